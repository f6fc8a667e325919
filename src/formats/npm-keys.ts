/**
 * The npm registry's signing keys, in the two documents `npm audit signatures` takes them from:
 * - the registry's own answer, `GET {registry}/-/npm/v1/keys`:
 *   `{"keys": [{"expires": null | ISO, "keyid": "SHA256:…", "keytype", "scheme", "key": "<base64 SPKI DER>"}]}`;
 * - Sigstore TUF's target `registry.npmjs.org/keys.json`, which npm prefers where TUF vouches for it:
 *   `{"keys": [{"keyId", "keyUsage": "npm:signatures" | "npm:attestations", "publicKey": {"rawBytes", "keyDetails",
 *   "validFor": {"start", "end"?}}}]}`.
 *
 * Pure: parsed JSON in, typed keys out, or an NpmKeysFormatError naming the field. The SPKI is parsed (node:crypto,
 * no I/O) so that a key which is not a public key fails here, naming the entry, rather than at verification.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { ReleaseGatesError } from '../errors.js';
import { clip } from '../util/text.js';
import { firstZodIssue } from '../util/zod-issue.js';

/** The registry has two keys as of 2025; anything past this is not its answer. */
const MAX_KEYS = 64;
/** A P-256 SPKI is 91 bytes (124 base64 characters); 4 KiB leaves room for any key type a registry might add. */
const MAX_KEY_BASE64 = 4096;

/** Not a registry keys document; the message names the field and what is wrong. */
export class NpmKeysFormatError extends ReleaseGatesError {
  override name = 'NpmKeysFormatError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

/** One registry signing key, from either document. */
export interface NpmRegistryKey {
  /** `SHA256:<base64>`, as `dist.signatures[].keyid` and a publish attestation's DSSE `keyid` name it. */
  keyId: string;
  /** The public key, SubjectPublicKeyInfo DER. */
  spki: Buffer;
  /** `ecdsa-sha2-nistp256` from the registry; TUF's `keyDetails` (`PKIX_ECDSA_P256_SHA_256`). */
  keyType: string;
  /** `ecdsa-sha2-nistp256` from the registry; TUF's `keyDetails` again (TUF states one value for both). */
  scheme: string;
  /** TUF's `validFor.start`; null from the registry, which states no start. */
  validFrom: Date | null;
  /** When the key stopped signing (the registry's `expires`, TUF's `validFor.end`); null while it still signs. */
  expires: Date | null;
}

/** What TUF's keys.json says a key is for; npm reads `npm:signatures` for `dist.signatures`, `npm:attestations` for publish attestations. */
export type NpmKeyUsage = 'npm:signatures' | 'npm:attestations';

const isoDate = z
  .string()
  .max(64)
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'is not an ISO 8601 date' });
const base64Key = z
  .string()
  .min(1)
  .max(MAX_KEY_BASE64)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'is not base64' });

const registryKeysBody = z.looseObject({
  keys: z
    .array(
      z.looseObject({
        expires: isoDate.nullable(),
        keyid: z.string().min(1).max(256),
        keytype: z.string().max(128),
        scheme: z.string().max(128),
        key: base64Key
      })
    )
    .max(MAX_KEYS)
});

// Entries of another usage are only required to say their usage: a new kind of key must not make the file unreadable.
const tufKeysBody = z.looseObject({
  keys: z.array(z.looseObject({ keyUsage: z.string().max(128) })).max(MAX_KEYS)
});
const tufKeyEntry = z.looseObject({
  keyId: z.string().min(1).max(256),
  publicKey: z.looseObject({
    rawBytes: base64Key,
    keyDetails: z.string().max(128),
    validFor: z.looseObject({ start: isoDate, end: isoDate.optional() })
  })
});

function shapeError(error: z.ZodError, prefix: readonly PropertyKey[] = []): NpmKeysFormatError {
  return new NpmKeysFormatError(firstZodIssue(error, { top: '(top level)', prefix, pathMax: 80, messageMax: 120 }));
}

/** The DER of a base64 SPKI, refused unless node can read it as a public key. */
function spkiOf(base64: string, where: string): Buffer {
  const der = Buffer.from(base64, 'base64');
  try {
    createPublicKey({ key: der, format: 'der', type: 'spki' });
  } catch (error) {
    throw new NpmKeysFormatError(`${where}: is not a public key (SubjectPublicKeyInfo DER)`, { cause: error });
  }
  return der;
}

/** Reads the registry's `/-/npm/v1/keys` answer; throws NpmKeysFormatError naming the first wrong field, or when it lists no key. */
export function readRegistryKeys(raw: unknown): NpmRegistryKey[] {
  const parsed = registryKeysBody.safeParse(raw);
  if (!parsed.success) throw shapeError(parsed.error);
  if (parsed.data.keys.length === 0) throw new NpmKeysFormatError('keys: is empty, so no registry signature can be verified');
  return parsed.data.keys.map((k, i) => ({
    keyId: k.keyid,
    spki: spkiOf(k.key, `keys.${i}.key`),
    keyType: k.keytype,
    scheme: k.scheme,
    validFrom: null,
    expires: k.expires === null ? null : new Date(k.expires)
  }));
}

/**
 * Reads Sigstore TUF's `registry.npmjs.org/keys.json`: the keys of `usage` (default `npm:signatures`, the keys of
 * `dist.signatures`); keys of other usages are left out. Throws NpmKeysFormatError naming the first wrong field, or
 * when no key of that usage is listed.
 */
export function readTufRegistryKeys(raw: unknown, usage: NpmKeyUsage = 'npm:signatures'): NpmRegistryKey[] {
  const parsed = tufKeysBody.safeParse(raw);
  if (!parsed.success) throw shapeError(parsed.error);
  const keys: NpmRegistryKey[] = [];
  parsed.data.keys.forEach((entry, i) => {
    if (entry.keyUsage !== usage) return;
    const read = tufKeyEntry.safeParse(entry);
    if (!read.success) throw shapeError(read.error, ['keys', i]);
    const { keyId, publicKey } = read.data;
    keys.push({
      keyId,
      spki: spkiOf(publicKey.rawBytes, `keys.${i}.publicKey.rawBytes`),
      keyType: publicKey.keyDetails,
      scheme: publicKey.keyDetails,
      validFrom: new Date(publicKey.validFor.start),
      expires: publicKey.validFor.end === undefined ? null : new Date(publicKey.validFor.end)
    });
  });
  if (keys.length === 0) throw new NpmKeysFormatError(`keys: lists no ${usage} key, so no registry signature can be verified`);
  return keys;
}

/** An SSH wire-format string: a 32-bit big-endian length, then the bytes. */
function sshString(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/**
 * The keyid npm gives an ECDSA P-256 key: `SHA256:` and the unpadded base64 of the sha256 of the key in SSH wire
 * format (`ecdsa-sha2-nistp256`, `nistp256`, the uncompressed point) — OpenSSH's fingerprint, which is why the
 * registry calls the key type `ecdsa-sha2-nistp256`. Not a hash of the SPKI DER. Throws for a key of another type.
 */
export function npmKeyId(spki: Buffer): string {
  const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new NpmKeysFormatError(`the key is ${clip(String(key.asymmetricKeyType))}, not ECDSA P-256, so it has no npm keyid`);
  }
  const jwk = key.export({ format: 'jwk' });
  const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
  const wire = Buffer.concat([sshString(Buffer.from('ecdsa-sha2-nistp256')), sshString(Buffer.from('nistp256')), sshString(point)]);
  return `SHA256:${createHash('sha256').update(wire).digest('base64').replace(/=+$/, '')}`;
}
