import type { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toTrustMaterial, type SignedEntity } from '@sigstore/verify';
import { z } from 'zod';
import { clip, messageOf } from '../../util/text.js';
import { firstZodIssue } from '../../util/zod-issue.js';
import { ReleaseGatesError } from '../../errors.js';
import { SigstoreTrustError } from './errors.js';

/**
 * The trusted material split into Sigstore instances, each verified with the evidence its own verifiers require
 * (SPEC, `supply-chain`). The cryptography is all @sigstore/verify's: this module only decides which thresholds a
 * bundle is held to, from the instance whose CA issued its certificate.
 */

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

/**
 * An instance with a transparency log (Sigstore public-good): a verified Rekor entry and an SCT from a trusted CT
 * log, as `cosign` and `gh attestation verify` require, and a timestamp (the entry's inclusion promise or an RFC 3161
 * timestamp) at which the certificate was valid.
 */
const LOGGED_INSTANCE = { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 } as const;
/**
 * An instance without a log (GitHub's own, which signs for private repositories and release attestations): only
 * its TSA can say when the certificate was used, so an RFC 3161 timestamp from that instance's TSA is required.
 * With no log in its material, a log entry cannot count (every entry a bundle carries is still verified, and fails).
 */
export { SigstoreTrustError, SigstoreVerificationError } from './errors.js';

const TIMESTAMP_ONLY_INSTANCE = { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 } as const;

/** @sigstore/verify's error: a code (TLOG_ERROR, CERTIFICATE_ERROR, …) and a message. */
export class InstanceVerificationError extends ReleaseGatesError {
  override name = 'InstanceVerificationError';
  constructor(message: string, options?: ErrorOptions) {
    super('sigstore-verify', message, options);
  }
}

export interface SigstoreInstance {
  /** Whether it has a transparency log, hence which evidence its bundles need. */
  logged: boolean;
  /** Its CAs' certificates: a leaf one of them signed claims to come from this instance. */
  caCertificates: X509Certificate[];
  verifier: Verifier;
  /** The trusted root it came from: its logs also vouch for bundles signed with a bare public key (public-key.ts). */
  root: TrustedRoot;
}

/** Just enough shape to name what is wrong before the protobuf reader fills in defaults for anything missing. */
const trustedRootShape = z.object({
  mediaType: z.string(),
  certificateAuthorities: z.array(z.object({ certChain: z.object({ certificates: z.array(z.object({ rawBytes: z.string() })).min(1) }) })).min(1),
  tlogs: z.array(z.object({ publicKey: z.object({ rawBytes: z.string() }), logId: z.object({ keyId: z.string() }) })).optional(),
  timestampAuthorities: z.array(z.unknown()).optional(),
  ctlogs: z.array(z.unknown()).optional()
});

/** One instance from a trusted root already in protobuf form (what TUF gives). */
export function instanceOf(root: TrustedRoot): SigstoreInstance {
  const trustMaterial = toTrustMaterial(root);
  const logged = root.tlogs.length > 0;
  return {
    logged,
    caCertificates: trustMaterial.certificateAuthorities.flatMap((ca) => ca.certChain),
    verifier: new Verifier(trustMaterial, logged ? LOGGED_INSTANCE : TIMESTAMP_ONLY_INSTANCE),
    root
  };
}

/**
 * One instance from a trusted_root.json document (already parsed). A document is one instance, as
 * `gh attestation trusted-root` prints one per line (public-good, then GitHub's); CAs merged into a document
 * with a log are held to that log — stricter, never weaker.
 */
export function instanceFromJSON(json: unknown, shownAs: string): SigstoreInstance {
  const parsed = trustedRootShape.safeParse(json);
  if (!parsed.success) {
    throw new SigstoreTrustError(`${shownAs} is not a Sigstore trusted root: ${firstZodIssue(parsed.error, { top: '(top)' })}`);
  }
  const { mediaType, tlogs = [], ctlogs = [], timestampAuthorities = [] } = parsed.data;
  if (!mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw new SigstoreTrustError(`${shownAs} has mediaType ${clip(mediaType)}, expected ${TRUSTED_ROOT_MEDIA_TYPE}`);
  }
  if (tlogs.length === 0 && timestampAuthorities.length === 0) {
    throw new SigstoreTrustError(`${shownAs} has neither a transparency log nor a timestamp authority: no bundle could prove when it was signed`);
  }
  if (tlogs.length > 0 && ctlogs.length === 0) {
    throw new SigstoreTrustError(
      `${shownAs} has a transparency log but no CT log: its certificates' SCTs could not be checked, so no bundle of that instance could verify; use the instance's complete trusted_root.json`
    );
  }
  try {
    return instanceOf(TrustedRoot.fromJSON(json));
  } catch (error) {
    throw new SigstoreTrustError(`${shownAs} holds an unreadable key or certificate: ${clip(messageOf(error), 160)}`, { cause: error });
  }
}

/** Whether `ca` signed `leaf` (its issuer name and its signature, checked by @sigstore/core). */
function issued(ca: X509Certificate, leaf: X509Certificate): boolean {
  try {
    return leaf.issuer.equals(ca.subject) && leaf.verify(ca);
  } catch {
    return false;
  }
}

/** How far @sigstore/verify got before failing, so that the most telling failure is the one reported. */
function stage(error: unknown): number {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code.startsWith('TIMESTAMP')) return 0;
  if (code.startsWith('CERTIFICATE') || code.startsWith('PUBLIC_KEY')) return 1;
  if (code.startsWith('TLOG')) return 2;
  return 3;
}

/** @sigstore/verify's code and message. */
export function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = messageOf(error);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * Verifies `entity` under the instance whose CA issued its certificate (all instances when none did: the library
 * then says why the chain fails). Throws InstanceVerificationError with the most telling failure.
 */
export function verifyWithInstances(instances: readonly SigstoreInstance[], entity: SignedEntity, leaf: X509Certificate): void {
  const claimed = instances.filter((instance) => instance.caCertificates.some((ca) => issued(ca, leaf)));
  let worst: { error: unknown; instance: SigstoreInstance } | null = null;
  for (const instance of claimed.length ? claimed : instances) {
    try {
      // No identity policy here: the library would treat the SAN as a regular expression (see signerMismatch).
      instance.verifier.verify(entity);
      return;
    } catch (error) {
      if (!worst || stage(error) > stage(worst.error)) worst = { error, instance };
    }
  }
  if (!worst) throw new InstanceVerificationError('no Sigstore instance in the trusted material');
  const why = describe(worst.error);
  const hint =
    worst.instance.logged && /tlog entries|SCTs/.test(why)
      ? " (its CA belongs to an instance with a transparency log, which requires a log entry and an SCT; only an instance without a log, such as GitHub's, is trusted on an RFC 3161 timestamp alone)"
      : '';
  throw new InstanceVerificationError(`${why}${hint}`, { cause: worst.error });
}
