import { createHash } from 'node:crypto';
import { z } from 'zod';
import { clip } from '../util/text.js';
import { PackumentError, readPackumentVersions, readVersionLookup, type NpmPackument, type NpmVersionLookup } from '../formats/packument.js';
import { HttpClient, rethrowAs, shownUrl, type HttpResponse } from './http.js';
import { isAllowedUrl } from '../util/loopback.js';
import { redactor } from '../util/redact.js';
import { ReleaseGatesError } from '../errors.js';

/** A package permission as the registry grants it to the token's user. */
export type NpmPermission = 'read-only' | 'read-write';

/** What `/-/whoami` says about the token. */
export type NpmWhoAmI = { ok: true; username: string } | { ok: false; status: number; reason: string };

export type { NpmPackument, NpmVersionLookup, NpmVersionManifest } from '../formats/packument.js';

/** What a downloaded tarball hashes to. */
export interface NpmTarballDigest {
  /** Where the bytes finally came from (after redirects), for messages. */
  url: string;
  size: number;
  /** sha512 in base64, as npm's integrity spells it. */
  sha512: string;
  /** sha1 in hex, as npm's `dist.shasum` spells it. */
  sha1: string;
}

/** The npm registry calls the gates make, against one registry. */
export interface NpmApi {
  /** The registry base URL, for messages. */
  readonly registry: string;
  /** Whether an npm token was given (every authenticated call needs one). */
  readonly hasToken: boolean;
  /** `/-/whoami` with the token. */
  whoami(): Promise<NpmWhoAmI>;
  /**
   * `/-/org/{scope}/package`: the packages the org holds; null when the registry has no such org.
   * The listing carries the ORG's access level (libnpmaccess lsPackages), the same whoever asks,
   * so it tells which packages exist, never what the token's user may do with them.
   */
  orgPackages(scope: string): Promise<Set<string> | null>;
  /** `/-/org/{scope}/user`: the org's members and their roles; null when the registry has no such org. */
  orgMembers(scope: string): Promise<Map<string, string> | null>;
  /**
   * `/-/package/{name}/collaborators?user={user}` (libnpmaccess lsCollaborators): `user`'s own
   * permission on the package, team grants included; null when the registry answers 404.
   */
  collaborators(name: string, user: string): Promise<Map<string, NpmPermission> | null>;
  /**
   * The packument of a package; null when the registry answers 404 (never published, or not
   * shown to this reader: a restricted package answers 404 too). A 200 that is not a packument
   * of `name` throws.
   */
  packument(name: string): Promise<NpmPackument | null>;
  /**
   * The full packument (`Accept: application/json`), read for `version`: its entry with
   * `dist` and `gitHead`, or the versions listed instead. Null when the registry answers 404
   * (no such package, or one not shown to this reader). Revalidated with ETags, for polling.
   */
  publishedVersion(name: string, version: string): Promise<NpmVersionLookup | null>;
  /**
   * The abbreviated install packument, asked as npm's installer asks
   * (`Accept: application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, *\/*`);
   * a registry without abbreviated packuments answers the full one, which reads the same.
   */
  installVersion(name: string, version: string): Promise<NpmVersionLookup | null>;
  /**
   * Downloads a tarball, streamed and size-bounded, and hashes it; null when it answers 404
   * (not served yet, e.g. by a CDN). The npm-token goes along
   * only when the tarball is on the registry's own host; a tarball elsewhere is fetched
   * without any credential.
   */
  tarball(url: string): Promise<NpmTarballDigest | null>;
}

/** A registry answer the gate cannot use; the message names the call and the cause. */
export class NpmError extends ReleaseGatesError {
  override name = 'NpmError';
  constructor(message: string, options?: ErrorOptions) {
    super('npm', message, options);
  }
}

/** npm's own CLI translates the registry's `read`/`write` to `read-only`/`read-write`; both spellings occur. */
const permission = z
  .enum(['read', 'write', 'read-only', 'read-write'])
  .transform((p): NpmPermission => (p === 'write' || p === 'read-write' ? 'read-write' : 'read-only'));
const permissionTable = z.record(z.string().max(214), permission);
const memberTable = z.record(z.string().max(214), z.string().max(64));
const whoamiBody = z.looseObject({ username: z.string().max(214).optional() });
/** Packuments of busy packages are large; anything past this is not a packument we publish. */
const PACKUMENT_MAX_BYTES = 64 * 1024 * 1024;
const SMALL_MAX_BYTES = 4 * 1024 * 1024;
/** npm refuses packages much larger than this; a bigger answer is not a tarball of ours. */
export const TARBALL_MAX_BYTES = 512 * 1024 * 1024;
/** What npm's installer (pacote, npm-registry-fetch) sends for install metadata. */
export const INSTALL_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';
const FULL_ACCEPT = 'application/json';

/** A scoped name as npm puts it in a packument URL: `@scope%2fname`. */
export function escapedPackageName(name: string): string {
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  if (scoped) return `@${encodeURIComponent(scoped[1]!)}%2f${encodeURIComponent(scoped[2]!)}`;
  return encodeURIComponent(name);
}

export interface NpmApiOptions {
  /** Base URL without a trailing slash (config has checked https, or http on loopback). */
  registry: string;
  token: string;
  http: HttpClient;
  /** Largest tarball accepted (default TARBALL_MAX_BYTES). */
  tarballMaxBytes?: number;
}

export function createNpmApi(options: NpmApiOptions): NpmApi {
  const { registry, token, http } = options;
  // The token travels in a header, never in a URL, and HttpClient drops it on a redirect to another host.
  const credential = token ? { header: 'authorization', value: `Bearer ${token}` } : undefined;
  // A registry may echo what it was sent in an error body; nothing this client reports may carry the token.
  const scrub = redactor([token]);

  async function get(
    path: string,
    what: string,
    accept: number[],
    maxBytes = SMALL_MAX_BYTES,
    options: { accepts?: string; revalidate?: boolean } = {}
  ): Promise<HttpResponse> {
    try {
      return await http.request({
        url: `${registry}${path}`,
        headers: { accept: options.accepts ?? FULL_ACCEPT },
        credential,
        accept,
        maxBytes,
        ...(options.revalidate ? { revalidate: true } : {})
      });
    } catch (error) {
      rethrowAs(error, (m, o) => new NpmError(m, o), `npm registry could not answer ${what}`, scrub);
    }
  }

  function parse<T extends z.ZodType>(response: HttpResponse, schema: T, what: string): z.infer<T> {
    let raw: unknown;
    try {
      raw = HttpClient.json(response);
    } catch (error) {
      throw new NpmError(`npm registry answered ${what} with a body that is not JSON (${shownUrl(response.url)})`, { cause: error });
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` at ${clip(issue.path.map(String).join('.'), 60)}` : '';
      throw new NpmError(`npm registry answered ${what} with an unexpected shape${where} (${shownUrl(response.url)})`);
    }
    return result.data;
  }

  /** 401/403 on an authenticated listing: the token cannot read it, which the check must not mistake for "no access". */
  function refused(response: HttpResponse, what: string): NpmError {
    return new NpmError(
      `npm registry refused ${what} (${response.status}): the npm-token cannot read it; use a token of the publisher with read access to the org`
    );
  }

  const fix = 'check that npm.registry is the registry base URL (e.g. https://registry.npmjs.org)';

  /** The packument of `name` read for `version`, full or abbreviated. */
  async function lookupVersion(name: string, version: string, accepts: string, kind: string): Promise<NpmVersionLookup | null> {
    const what = `the ${kind} packument of ${clip(name)}`;
    const response = await get(`/${escapedPackageName(name)}`, what, [404], PACKUMENT_MAX_BYTES, { accepts, revalidate: true });
    if (response.status === 404) return null;
    return readOrExplain(response, what, (raw) => readVersionLookup(raw, name, version));
  }

  /** A packument reader's answer, or its PackumentError worded with the registry, the call and the fix. */
  function readOrExplain<T>(response: HttpResponse, what: string, read: (raw: unknown) => T): T {
    let raw: unknown;
    try {
      raw = HttpClient.json(response);
    } catch (error) {
      throw new NpmError(`npm registry answered ${what} with a body that is not JSON (${shownUrl(response.url)})`, { cause: error });
    }
    try {
      return read(raw);
    } catch (error) {
      if (!(error instanceof PackumentError)) throw error;
      const then = error.then === 'fix' ? `; ${fix}` : error.then === 'url' ? ` (${shownUrl(response.url)})` : '';
      throw new NpmError(`${registry} answered ${what} ${error.message}${then}`, { cause: error });
    }
  }

  return {
    registry,
    hasToken: token.length > 0,

    publishedVersion: (name, version) => lookupVersion(name, version, FULL_ACCEPT, 'full'),
    installVersion: (name, version) => lookupVersion(name, version, INSTALL_ACCEPT, 'install'),

    async tarball(url) {
      let target: URL;
      try {
        target = new URL(url, `${registry}/`);
      } catch {
        throw new NpmError(`the packument names the tarball "${clip(url)}", which is not a URL`);
      }
      if (!isAllowedUrl(target)) {
        throw new NpmError(`the packument names the tarball ${shownUrl(target.toString())}; only https (or http on a loopback address) is fetched`);
      }
      // The token belongs to the registry: only a tarball on the registry's own origin gets it
      // (as npm sends it); HttpClient drops it on a redirect elsewhere.
      const home = new URL(registry);
      const own = target.protocol === home.protocol && target.host === home.host;
      const sha512 = createHash('sha512');
      const sha1 = createHash('sha1');
      let size = 0;
      let finalUrl = target.toString();
      try {
        const stream = await http.stream({
          url: target.toString(),
          headers: { accept: '*/*' },
          ...(own && credential ? { credential } : {}),
          // A registry may redirect its tarballs to a CDN or storage host: followed without the
          // credential, which is sound here because the bytes are then checked by hash.
          crossHost: 'allow',
          accept: [404],
          maxBytes: options.tarballMaxBytes ?? TARBALL_MAX_BYTES
        });
        finalUrl = stream.url;
        if (stream.status === 404) {
          // Leaving the body early cancels the transfer of whatever the 404 page holds.
          for await (const _chunk of stream.body) break;
          return null;
        }
        for await (const chunk of stream.body) {
          sha512.update(chunk);
          sha1.update(chunk);
          size += chunk.byteLength;
        }
      } catch (error) {
        rethrowAs(error, (m, o) => new NpmError(m, o), `could not download the tarball ${shownUrl(target.toString())}`, scrub);
      }
      return { url: finalUrl, size, sha512: sha512.digest('base64'), sha1: sha1.digest('hex') };
    },

    async whoami() {
      const response = await get('/-/whoami', '/-/whoami', [401, 403]);
      if (response.status === 401 || response.status === 403) {
        return { ok: false, status: response.status, reason: `the registry answered ${response.status}` };
      }
      const body = parse(response, whoamiBody, '/-/whoami');
      // Some registries answer 200 `{}` to a token they do not know: that is a rejection, not an identity.
      if (!body.username) return { ok: false, status: response.status, reason: `the registry answered ${response.status} without a username` };
      return { ok: true, username: body.username };
    },

    async orgPackages(scope) {
      const path = `/-/org/${encodeURIComponent(scope)}/package`;
      const response = await get(path, path, [401, 403, 404]);
      if (response.status === 404) return null;
      if (response.status !== 200) throw refused(response, path);
      // The values are the org's access level, not the token user's: only the names are used.
      return new Set(Object.keys(parse(response, permissionTable, path)));
    },

    async orgMembers(scope) {
      const path = `/-/org/${encodeURIComponent(scope)}/user`;
      const response = await get(path, path, [401, 403, 404]);
      if (response.status === 404) return null;
      if (response.status !== 200) throw refused(response, path);
      return new Map(Object.entries(parse(response, memberTable, path)));
    },

    async collaborators(name, user) {
      // As npm's CLI asks (libnpmaccess lsCollaborators): the escaped name, format=cli, and the user.
      const query = new URLSearchParams({ format: 'cli', user }).toString();
      const path = `/-/package/${escapedPackageName(name)}/collaborators?${query}`;
      const what = `/-/package/${clip(name)}/collaborators?user=${clip(user)}`;
      const response = await get(path, what, [401, 403, 404]);
      if (response.status === 404) return null;
      if (response.status !== 200) throw refused(response, what);
      return new Map(Object.entries(parse(response, permissionTable, what)));
    },

    async packument(name) {
      const what = `the packument of ${clip(name)}`;
      const response = await get(`/${escapedPackageName(name)}`, what, [404], PACKUMENT_MAX_BYTES);
      if (response.status === 404) return null;
      return readOrExplain(response, what, (raw) => readPackumentVersions(raw, name));
    }
  };
}
