import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toTrustMaterial, type KeyFinderFunc, type SignedEntity } from '@sigstore/verify';
import { clip, messageOf } from '../../util/text.js';
import { SigstoreTrustError, SigstoreVerificationError, TRUSTED_ROOT_MEDIA_TYPE, describe, type SigstoreInstance } from './instances.js';

/**
 * Bundles signed with a bare public key named by `verificationMaterial.publicKey.hint` — npm's publish attestation,
 * which the registry signs with its own key. There is no certificate, so the only evidence of WHEN it was signed is
 * its Rekor entry: a verified entry from a log of the trusted material is required, and the key must have been
 * valid at that entry's integrated time (how npm retires a key without invalidating what it signed before).
 * The cryptography is @sigstore/verify's (signature, entry body, inclusion proof and promise, the key's window).
 */

/** A public key with the window in which it signed. */
export interface TimedPublicKey {
  /** What a bundle's `publicKey.hint` names it by (npm: `SHA256:<base64>`). */
  keyId: string;
  /** SubjectPublicKeyInfo DER. */
  spki: Buffer;
  /** Signatures logged before this are not its (null: no start). */
  validFrom: Date | null;
  /** Signatures logged at or after this are not its (null: still signing). */
  expires: Date | null;
}

export interface KeyVerified {
  keyId: string;
  /** The earliest integrated time of its log entries (null when no entry states one). */
  loggedAt: Date | null;
}

/** The evidence a key-signed bundle needs: a log entry (with its time); no certificate, hence no SCT. */
const KEY_SIGNED = { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 } as const;

/**
 * The logs (and TSAs) of the instances that have a log, as one trusted root without CAs: only a logged instance
 * can say when a key signed, and no certificate is involved.
 */
export function keySigningRoot(instances: readonly SigstoreInstance[]): TrustedRoot {
  const logged = instances.filter((instance) => instance.logged);
  if (logged.length === 0) {
    throw new SigstoreTrustError(
      'no instance of the trusted material has a transparency log: a bundle signed with a public key can only be dated by its log entry'
    );
  }
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: logged.flatMap((instance) => instance.root.tlogs),
    timestampAuthorities: logged.flatMap((instance) => instance.root.timestampAuthorities),
    certificateAuthorities: [],
    ctlogs: []
  };
}

const iso = (date: Date): string => date.toISOString();

function windowOf(key: TimedPublicKey): string {
  const from = key.validFrom ? `from ${iso(key.validFrom)}` : 'from no stated start';
  const until = key.expires ? `until ${iso(key.expires)}` : 'with no end';
  return `valid ${from} ${until}`;
}

function outsideWindow(key: TimedPublicKey, at: Date): string {
  const id = clip(key.keyId, 80);
  const when = `its log entry was integrated at ${iso(at)} (the key is ${windowOf(key)})`;
  if (key.expires && at >= key.expires) return `bundle is signed with key ${id}, which expired at ${iso(key.expires)}: ${when}`;
  if (key.validFrom && at < key.validFrom) return `bundle is signed with key ${id}, which was not valid before ${iso(key.validFrom)}: ${when}`;
  return `bundle is signed with key ${id}, which was not valid at ${iso(at)}: ${when}`;
}

function publicKeyOf(key: TimedPublicKey): KeyObject {
  try {
    return createPublicKey({ key: key.spki, format: 'der', type: 'spki' });
  } catch (error) {
    throw new SigstoreTrustError(`key ${clip(key.keyId, 80)} is not a public key (SPKI DER): ${clip(messageOf(error), 120)}`, { cause: error });
  }
}

function loggedAtOf(bundle: Bundle): Date | null {
  const times = bundle.verificationMaterial.tlogEntries.map((entry) => Number(entry.integratedTime)).filter((t) => Number.isFinite(t) && t > 0);
  return times.length ? new Date(Math.min(...times) * 1000) : null;
}

/**
 * Verifies a bundle signed with one of `keys` against the logs of `root` (keySigningRoot). Throws
 * SigstoreVerificationError: a certificate bundle, a key not in `keys`, a key outside its window at the log time,
 * a bad signature, an entry not from a trusted log.
 */
export function verifyWithPublicKeys(root: TrustedRoot, bundle: Bundle, entity: SignedEntity, keys: readonly TimedPublicKey[]): KeyVerified {
  if (entity.key.$case !== 'public-key') {
    throw new SigstoreVerificationError(
      'bundle is signed with a certificate: expected a bundle signed by the registry key (verificationMaterial.publicKey naming the key)'
    );
  }
  const hint = entity.key.hint;
  const key = keys.find((candidate) => candidate.keyId === hint);
  if (!key) {
    const listed = keys.length ? keys.map((k) => k.keyId).join(', ') : 'no key';
    throw new SigstoreVerificationError(
      `bundle is signed with key ${clip(hint || '(no key hint)', 80)}, which the registry's key list (${clip(listed, 200)}) does not list`
    );
  }
  const publicKey = publicKeyOf(key);
  let rejectedAt: Date | null = null;
  const finder: KeyFinderFunc = () => ({
    publicKey,
    validFor(date: Date): boolean {
      const valid = (key.validFrom === null || key.validFrom <= date) && (key.expires === null || date < key.expires);
      if (!valid) rejectedAt ??= date;
      return valid;
    }
  });
  try {
    new Verifier(toTrustMaterial(root, finder), KEY_SIGNED).verify(entity);
  } catch (error) {
    if (rejectedAt) throw new SigstoreVerificationError(outsideWindow(key, rejectedAt), { cause: error });
    throw new SigstoreVerificationError(`bundle does not verify: ${clip(describe(error), 400)}`, { cause: error });
  }
  return { keyId: key.keyId, loggedAt: loggedAtOf(bundle) };
}
