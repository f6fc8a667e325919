/**
 * The Sigstore client's errors, apart from the libraries: a check that only tells them apart
 * (instanceof) imports them from here, so loading the check does not load @sigstore/verify.
 */
import { ReleaseGatesError } from '../../errors.js';

/** The trusted material could not be loaded (unreadable or malformed trusted_root.json, TUF refresh failure). */
export class SigstoreTrustError extends ReleaseGatesError {
  override name = 'SigstoreTrustError';
  constructor(message: string, options?: ErrorOptions) {
    super('sigstore-trust', message, options);
  }
}

/** A bundle that does not verify: malformed, bad signature, tampered, untrusted chain, no tlog proof or timestamp. */
export class SigstoreVerificationError extends ReleaseGatesError {
  override name = 'SigstoreVerificationError';
  constructor(message: string, options?: ErrorOptions) {
    super('sigstore-verify', message, options);
  }
}
