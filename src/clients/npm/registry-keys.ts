/**
 * The registry's signing keys (`/-/npm/v1/keys`) and the check `npm audit signatures` makes with them: every
 * `dist.signatures` entry of a version is an ECDSA P-256 / SHA-256 signature over `{name}@{version}:{integrity}` by a
 * key the registry lists, which had not expired when the version was published (pacote's `verifySignatures`).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { NpmKeysFormatError, readRegistryKeys, type NpmRegistryKey } from '../../formats/npm-keys.js';
import type { NpmSignature } from '../../formats/packument.js';
import { clip } from '../../util/text.js';
import { HttpClient, shownUrl } from '../http.js';
import { NpmError, type NpmSession } from './session.js';

/** The answer is two keys (~600 bytes); 64 KiB is far beyond any registry's list. */
const KEYS_MAX_BYTES = 64 * 1024;
const KEYS_PATH = '/-/npm/v1/keys';

/** `/-/npm/v1/keys`, asked without the token: the keys are public, and a token adds nothing to them. */
export async function registryKeys(session: NpmSession): Promise<NpmRegistryKey[]> {
  const response = await session.get(KEYS_PATH, KEYS_PATH, [404], { maxBytes: KEYS_MAX_BYTES, anonymous: true });
  if (response.status === 404) {
    throw new NpmError(
      `${session.registry} serves no signing keys (${KEYS_PATH} answered 404), so its dist.signatures cannot be verified; npm audit signatures needs them too`
    );
  }
  let raw: unknown;
  try {
    raw = HttpClient.json(response);
  } catch (error) {
    throw new NpmError(`${session.registry} answered ${KEYS_PATH} with a body that is not JSON (${shownUrl(response.url)})`, { cause: error });
  }
  try {
    return readRegistryKeys(raw);
  } catch (error) {
    if (!(error instanceof NpmKeysFormatError)) throw error;
    throw new NpmError(`${session.registry} answered ${KEYS_PATH} with keys npm cannot use: ${error.message} (${shownUrl(response.url)})`, { cause: error });
  }
}

/** What the version the signatures are about says of itself. */
export interface SignedVersion {
  name: string;
  version: string;
  /** `dist.integrity`, exactly as the packument states it: it is part of the signed message. */
  integrity: string;
  /** `time[version]` of the full packument; null when the packument gives none. */
  publishedAt: string | null;
}

export type SignatureVerdict = { ok: true; keyIds: string[] } | { ok: false; reason: string };

/** The key as node reads it, or why it cannot verify an npm signature (a phrase: "which is …"). */
function p256(key: NpmRegistryKey): KeyObject | string {
  try {
    const object = createPublicKey({ key: key.spki, format: 'der', type: 'spki' });
    if (object.asymmetricKeyType === 'ec' && object.asymmetricKeyDetails?.namedCurve === 'prime256v1') return object;
    return `which is ${clip(String(object.asymmetricKeyDetails?.namedCurve ?? object.asymmetricKeyType))}, not ECDSA P-256`;
  } catch {
    return 'which is not a public key';
  }
}

/** ECDSA over SHA-256 with a DER signature, as the registry signs; a malformed signature is one that does not verify. */
function verifies(message: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    return verify('sha256', message, { key, dsaEncoding: 'der' }, signature);
  } catch {
    return false;
  }
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Why `key` was not valid for a version published at `published` (epoch ms, NaN when unknown), or null when it was.
 * pacote accepts a key that has no `expires`, or whose `expires` is after the publish time; it takes a missing time
 * as 2015, which would let every since-expired key vouch for any version, so a missing time is judged by `now`.
 * A key's start (TUF's `validFor.start`) is not checked, as npm does not: the registry signs old versions again
 * with a new key.
 */
function expiredFor(key: NpmRegistryKey, published: number, now: Date): string | null {
  if (key.expires === null) return null;
  if (!Number.isNaN(published)) {
    if (published < key.expires.getTime()) return null;
    return `which expired on ${day(key.expires)} before the version was published on ${day(new Date(published))}`;
  }
  if (now.getTime() < key.expires.getTime()) return null;
  return `which expired on ${day(key.expires)}, and the packument gives no publish time to place the signature before that`;
}

/**
 * Whether verifyRegistrySignatures' verdict depends on the publish time: only when a key a
 * signature names has expired by `now` (before then, "published before it expired" holds
 * whenever it was published). The per-version document has no `time`; the packument, which
 * has, is then asked only in this case.
 */
export function publishTimeMatters(keys: readonly NpmRegistryKey[], signatures: readonly NpmSignature[], now: Date = new Date()): boolean {
  return signatures.some((s) => keys.some((k) => k.keyId === s.keyid && k.expires !== null && k.expires.getTime() <= now.getTime()));
}

/**
 * Verifies a version's `dist.signatures` with the registry's keys, as pacote does: there is at least one; every one
 * names a listed key that was valid when the version was published; and every one verifies over
 * `{name}@{version}:{integrity}`. Reasons are one line naming the keyid.
 */
export function verifyRegistrySignatures(
  keys: readonly NpmRegistryKey[],
  subject: SignedVersion,
  signatures: readonly NpmSignature[],
  now: Date = new Date()
): SignatureVerdict {
  const id = `${clip(subject.name)}@${clip(subject.version)}`;
  if (signatures.length === 0) return { ok: false, reason: `${id} carries no registry signature (its dist.signatures is empty)` };
  const message = Buffer.from(`${subject.name}@${subject.version}:${subject.integrity}`);
  const published = subject.publishedAt === null ? Number.NaN : Date.parse(subject.publishedAt);
  if (subject.publishedAt !== null && Number.isNaN(published)) {
    return { ok: false, reason: `${id} has the publish time "${clip(subject.publishedAt, 40)}", which is not a date` };
  }
  const keyIds: string[] = [];
  for (const signature of signatures) {
    const keyid = clip(signature.keyid, 80);
    // TUF may list one keyid more than once (two validity windows): any entry that passes will do.
    const candidates = keys.filter((k) => k.keyId === signature.keyid);
    if (candidates.length === 0) return { ok: false, reason: `${id} is signed with key ${keyid}, which the registry's keys do not list` };
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature.sig)) return { ok: false, reason: `${id} has a signature by key ${keyid} that is not base64` };
    let reason = '';
    const good = candidates.some((key) => {
      const expired = expiredFor(key, published, now);
      const object = expired === null ? p256(key) : expired;
      if (typeof object === 'string') {
        reason = `${id} is signed with key ${keyid}, ${object}`;
        return false;
      }
      const valid = verifies(message, object, Buffer.from(signature.sig, 'base64'));
      if (!valid) reason = `${id} has a registry signature by key ${keyid} that does not verify over its name, version and dist.integrity`;
      return valid;
    });
    if (!good) return { ok: false, reason };
    keyIds.push(signature.keyid);
  }
  return { ok: true, keyIds };
}
