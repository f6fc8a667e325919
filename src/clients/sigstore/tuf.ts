import { TrustedRoot } from '@sigstore/protobuf-specs';
import { initTUF, TUFError, type TUF } from '@sigstore/tuf';
import { clip } from '../../util/text.js';
import { SigstoreTrustError } from './instances.js';

/**
 * Sigstore's TUF repository as ONE client: the trusted root and every other target (npm's registry keys) are
 * read under the same refreshed, signature-checked metadata, so they cannot come from two different states of
 * the repository.
 */

export interface TufSource {
  tufCacheDir: string;
  /** TUF mirror; default Sigstore public-good. Another mirror needs `tufRootFile` (its initial root.json). */
  tufMirrorUrl?: string;
  tufRootFile?: string;
  /** Retries of a TUF download (default 2). */
  tufRetries?: number;
}

export const TRUSTED_ROOT_TARGET = 'trusted_root.json';
export const NPM_REGISTRY_KEYS_TARGET = 'registry.npmjs.org/keys.json';

/** The innermost message of an error chain (a TUF error wraps the fetch error that wraps ECONNREFUSED). */
export function causeChain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    // Read fields, not `instanceof Error`: fetch's errors come from another realm under a test runner's VM.
    const { message, code, cause } = current as { message?: unknown; code?: unknown; cause?: unknown };
    let text = typeof message === 'string' ? message : String(current);
    if (typeof code === 'string' && !text.includes(code)) text = text ? `${text} (${code})` : code;
    if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    current = cause;
  }
  return parts.join(': ');
}

export interface TufTrust {
  root: TrustedRoot;
  /** A target's text, through the same client; throws SigstoreTrustError "cannot get {name} through TUF: …". */
  target(name: string): Promise<string>;
}

/** Refreshes the TUF metadata under `tufCacheDir` and reads the trusted root. Throws SigstoreTrustError with the cause. */
export async function openTuf(source: TufSource): Promise<TufTrust> {
  let client: TUF;
  let text: string;
  try {
    client = await initTUF({
      cachePath: source.tufCacheDir,
      ...(source.tufMirrorUrl ? { mirrorURL: source.tufMirrorUrl } : {}),
      ...(source.tufRootFile ? { rootPath: source.tufRootFile } : {}),
      retry: source.tufRetries ?? 2
    }).catch((error: unknown) => {
      // initTUF's refresh throws tuf-js's own error; say what failed, as a target read would.
      throw error instanceof TUFError ? error : new TUFError({ code: 'TUF_REFRESH_METADATA_ERROR', message: 'error refreshing TUF metadata', cause: error });
    });
    text = await client.getTarget(TRUSTED_ROOT_TARGET);
  } catch (error) {
    throw new SigstoreTrustError(`cannot get the Sigstore trusted root through TUF: ${clip(causeChain(error), 300)}`, { cause: error });
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(JSON.parse(text));
  } catch (error) {
    throw new SigstoreTrustError(`the Sigstore trusted root from TUF is unreadable: ${clip(causeChain(error), 160)}`, { cause: error });
  }
  return {
    root,
    async target(name: string): Promise<string> {
      try {
        return await client.getTarget(name);
      } catch (error) {
        throw new SigstoreTrustError(`cannot get ${clip(name, 120)} through TUF: ${clip(causeChain(error), 300)}`, { cause: error });
      }
    }
  };
}
