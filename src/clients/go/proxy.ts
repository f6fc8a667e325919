import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { firstZodIssue } from '../../util/zod-issue.js';
import { HttpClient, rethrowAs, shownUrl } from '../http.js';
import { escapeModulePath, escapeModuleVersion } from './module-path.js';
import { ReleaseGatesError } from '../../errors.js';

/** A version's `.info` as a Go module proxy serves it (GOPROXY protocol). */
export interface GoModuleInfo {
  Version: string;
  Time?: string | undefined;
  /** Where the proxy got the version from (Go ≥ 1.19 proxies record it; older ones do not). */
  Origin?:
    { VCS?: string | undefined; URL?: string | undefined; Ref?: string | undefined; Hash?: string | undefined; Subdir?: string | undefined } | null | undefined;
}

/** The GOPROXY protocol calls smoke makes, anonymously. `null` means 404/410: not there (yet). */
export interface GoProxyApi {
  readonly base: string;
  info(module: string, version: string): Promise<GoModuleInfo | null>;
  mod(module: string, version: string): Promise<Buffer | null>;
  /** Downloads the module zip to `file`, bounded; its size, or null when the proxy does not have it. */
  downloadZip(module: string, version: string, file: string): Promise<{ size: number } | null>;
}

export class GoProxyError extends ReleaseGatesError {
  override name = 'GoProxyError';
  constructor(message: string, options?: ErrorOptions) {
    super('go-proxy', message, options);
  }
}

/** An `.info` is a few hundred bytes. */
const INFO_MAX_BYTES = 64 * 1024;
/** cmd/go refuses a go.mod over 16 MiB (golang.org/x/mod/zip MaxGoMod). */
export const MOD_MAX_BYTES = 16 * 1024 * 1024;
/** cmd/go refuses a module zip over 500 MiB (golang.org/x/mod/zip MaxZipFile). */
export const ZIP_MAX_BYTES = 500 * 1024 * 1024;

/** 404 and 410 are how the GOPROXY protocol says "no such version" (cmd/go treats both as not found). */
const ABSENT = [404, 410];

const infoSchema = z.looseObject({
  Version: z.string().min(1).max(256),
  Time: z.string().max(64).optional(),
  Origin: z
    .looseObject({
      VCS: z.string().max(32).optional(),
      URL: z.string().max(4096).optional(),
      Ref: z.string().max(1024).optional(),
      Hash: z.string().max(128).optional(),
      Subdir: z.string().max(4096).optional()
    })
    .nullable()
    .optional()
});

export function createGoProxyApi(options: { proxy: string; http: HttpClient }): GoProxyApi {
  const base = options.proxy.replace(/\/+$/, '');
  const shown = shownUrl(base).replace(/\/+$/, '');
  const http = options.http;
  const url = (module: string, version: string, ext: string) => `${base}/${escapeModulePath(module)}/@v/${escapeModuleVersion(version)}.${ext}`;
  const wrap = (what: string) => (error: unknown) => rethrowAs(error, (m, o) => new GoProxyError(m, o), `the Go module proxy ${shown} could not serve ${what}`);

  return {
    base,
    async info(module, version) {
      const target = url(module, version, 'info');
      // Polled while the proxy catches up: revalidated with its ETag.
      const response = await http.request({ url: target, accept: ABSENT, maxBytes: INFO_MAX_BYTES, revalidate: true }).catch(wrap(`${module}@${version}.info`));
      if (ABSENT.includes(response.status)) return null;
      let body: unknown;
      try {
        body = JSON.parse(response.body.toString('utf8'));
      } catch {
        throw new GoProxyError(`the Go module proxy answered ${shownUrl(target)} with a body that is not JSON`);
      }
      const parsed = infoSchema.safeParse(body);
      if (!parsed.success) {
        const issue = firstZodIssue(parsed.error, { top: 'the document', pathMax: 40, messageMax: 80, none: 'the document: unexpected shape' });
        throw new GoProxyError(`the Go module proxy answered ${shownUrl(target)} with an unexpected .info (${issue})`);
      }
      return parsed.data as GoModuleInfo;
    },
    async mod(module, version) {
      const target = url(module, version, 'mod');
      const response = await http.request({ url: target, accept: ABSENT, maxBytes: MOD_MAX_BYTES, revalidate: true }).catch(wrap(`${module}@${version}.mod`));
      return ABSENT.includes(response.status) ? null : response.body;
    },
    async downloadZip(module, version, file) {
      const target = url(module, version, 'zip');
      const stream = await http.stream({ url: target, accept: ABSENT, maxBytes: ZIP_MAX_BYTES }).catch(wrap(`${module}@${version}.zip`));
      try {
        if (ABSENT.includes(stream.status)) {
          for await (const chunk of stream.body) void chunk;
          return null;
        }
        let size = 0;
        const counted = Readable.from(
          (async function* () {
            for await (const chunk of stream.body) {
              size += chunk.byteLength;
              yield chunk;
            }
          })()
        );
        await pipeline(counted, createWriteStream(file, { mode: 0o600 }));
        return { size };
      } catch (error) {
        return wrap(`${module}@${version}.zip`)(error);
      }
    }
  };
}
