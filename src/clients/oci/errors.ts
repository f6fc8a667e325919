import { ReleaseGatesError } from '../../errors.js';

/** Why an OCI request failed, as far as a check's wording depends on it. */
export type OciErrorReason =
  /** An anonymous pull was refused (401/403, no anonymous token): the package is private. */
  | 'private'
  /** The push probe was refused: by the token service, by the registry, or by the rules for where the token may go. */
  | 'push-denied'
  /** Anything else: transport, HTTP status, malformed or mismatching answer. */
  | 'failed';

export class OciError extends ReleaseGatesError {
  override name = 'OciError';
  readonly reason: OciErrorReason;
  constructor(message: string, options: ErrorOptions & { reason?: OciErrorReason } = {}) {
    super('oci', message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = options.reason ?? 'failed';
  }
}

/** The fix for a refused anonymous pull, in the words a release manager acts on. */
export const PRIVATE_PACKAGE_FIX = 'the package is private; make it public (GHCR: package settings → Change visibility)';
