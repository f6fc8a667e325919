/**
 * The registry's signing keys on real material: `/-/npm/v1/keys` as registry.npmjs.org serves it
 * (__fixtures__/real/npm/registry-keys.json) and Sigstore TUF's `registry.npmjs.org/keys.json`
 * (registry.npmjs.org-keys.tuf.json) — both real keys with their validity, each keyid recomputed from its key, and
 * each key proven to be the one that signed a real publish attestation. Then the refusals, each with its exact reason.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NpmKeysFormatError, npmKeyId, readRegistryKeys, readTufRegistryKeys } from '../../src/formats/npm-keys.js';
import { realFolder } from '../../test-support/real-samples.js';

const FOLDER = realFolder('npm');
const load = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(FOLDER, file), 'utf8'));

const KEY_2022 = 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA';
const KEY_2025 = 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U';
const SPKI_2022 = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg==';
const SPKI_2025 = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY6Ya7W++7aUPzvMTrezH6Ycx3c+HOKYCcNGybJZSCJq/fd7Qa8uuAKtdIkUQtQiEKERhAmE5lMMJhP8OkDOa2g==';
const EC = 'ecdsa-sha2-nistp256';
const PKIX = 'PKIX_ECDSA_P256_SHA_256';

/** A key as the readers return it, with the SPKI shown in base64 for comparison. */
const shown = (keys: ReturnType<typeof readRegistryKeys>) => keys.map((k) => ({ ...k, spki: k.spki.toString('base64') }));

/** What `run` threw: its class and message. */
function thrown(run: () => unknown): { type: string; message: string } {
  try {
    run();
  } catch (error) {
    return { type: (error as Error).constructor.name, message: (error as Error).message };
  }
  throw new Error('nothing was thrown');
}

describe('real keys', () => {
  test('/-/npm/v1/keys: the 2022 key (expired 2025-01-29) and the 2025 key (no expiry)', () => {
    expect(shown(readRegistryKeys(load('registry-keys.json')))).toEqual([
      { keyId: KEY_2022, spki: SPKI_2022, keyType: EC, scheme: EC, validFrom: null, expires: new Date('2025-01-29T00:00:00.000Z') },
      { keyId: KEY_2025, spki: SPKI_2025, keyType: EC, scheme: EC, validFrom: null, expires: null }
    ]);
  });

  test("TUF's keys.json: the npm:signatures keys with their validity windows", () => {
    expect(shown(readTufRegistryKeys(load('registry.npmjs.org-keys.tuf.json')))).toEqual([
      {
        keyId: KEY_2022,
        spki: SPKI_2022,
        keyType: PKIX,
        scheme: PKIX,
        validFrom: new Date('1999-01-01T00:00:00.000Z'),
        expires: new Date('2025-01-29T00:00:00.000Z')
      },
      { keyId: KEY_2025, spki: SPKI_2025, keyType: PKIX, scheme: PKIX, validFrom: new Date('2025-01-13T00:00:00.000Z'), expires: null }
    ]);
  });

  test("TUF's keys.json: the npm:attestations keys, on request, start later for the 2022 key", () => {
    const keys = readTufRegistryKeys(load('registry.npmjs.org-keys.tuf.json'), 'npm:attestations');
    expect(keys.map((k) => [k.keyId, k.validFrom?.toISOString(), k.expires?.toISOString() ?? null])).toEqual([
      [KEY_2022, '2022-12-01T00:00:00.000Z', '2025-01-29T00:00:00.000Z'],
      [KEY_2025, '2025-01-13T00:00:00.000Z', null]
    ]);
  });

  test("npmKeyId recomputes each real keyid from its key (OpenSSH's fingerprint, not a hash of the DER)", () => {
    for (const [keyId, spki] of [
      [KEY_2022, SPKI_2022],
      [KEY_2025, SPKI_2025]
    ] as const) {
      const der = Buffer.from(spki, 'base64');
      expect(npmKeyId(der)).toBe(keyId);
      expect(`SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`).not.toBe(keyId);
    }
  });

  test.each([
    ['playwright-cli-0.1.1.attestations.json', KEY_2025],
    ['sigstore-0.4.0.attestations.json', KEY_2022]
  ])("%s: the registry's publish attestation verifies with the key it names, from the keys sample", (file, keyId) => {
    const answer = load(file) as {
      attestations: Array<{ bundle: { dsseEnvelope: { payload: string; payloadType: string; signatures: Array<{ keyid: string; sig: string }> } } }>;
    };
    const envelopes = answer.attestations.map((a) => a.bundle.dsseEnvelope).filter((e) => e.signatures[0]!.keyid !== '');
    expect(envelopes.map((e) => e.signatures[0]!.keyid)).toEqual([keyId]);
    const { payload, payloadType, signatures } = envelopes[0]!;
    const body = Buffer.from(payload, 'base64');
    // DSSE's pre-authentication encoding: what the registry's key signed.
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${body.length} `), body]);
    const key = readRegistryKeys(load('registry-keys.json')).find((k) => k.keyId === keyId)!;
    const publicKey = createPublicKey({ key: key.spki, format: 'der', type: 'spki' });
    expect(verify('sha256', pae, publicKey, Buffer.from(signatures[0]!.sig, 'base64'))).toBe(true);
    expect(verify('sha256', Buffer.concat([pae, Buffer.from(' ')]), publicKey, Buffer.from(signatures[0]!.sig, 'base64'))).toBe(false);
  });
});

describe('refusals', () => {
  const entry = { expires: null, keyid: KEY_2025, keytype: EC, scheme: EC, key: SPKI_2025 };
  test.each([
    ['a list at the top', [], '(top level): Invalid input: expected object, received array'],
    ['no keys', {}, 'keys: Invalid input: expected array, received undefined'],
    ['an empty list', { keys: [] }, 'keys: is empty, so no registry signature can be verified'],
    ['a key without keyid', { keys: [{ ...entry, keyid: undefined }] }, 'keys.0.keyid: Invalid input: expected string, received undefined'],
    ['an expiry that is not a date', { keys: [{ ...entry, expires: 'soon' }] }, 'keys.0.expires: is not an ISO 8601 date'],
    ['an expiry that is a number', { keys: [entry, { ...entry, expires: 1738108800 }] }, 'keys.1.expires: Invalid input: expected string, received number'],
    ['a key that is not base64', { keys: [{ ...entry, key: 'not base64!' }] }, 'keys.0.key: is not base64'],
    [
      'a key that is not a public key',
      { keys: [{ ...entry, key: Buffer.from('not a key').toString('base64') }] },
      'keys.0.key: is not a public key (SubjectPublicKeyInfo DER)'
    ]
  ])('/-/npm/v1/keys with %s', (_what, raw, reason) => {
    expect(thrown(() => readRegistryKeys(raw))).toEqual({ type: NpmKeysFormatError.name, message: reason });
  });

  const tuf = (publicKey: Record<string, unknown>, keyUsage = 'npm:signatures') => ({
    keys: [{ keyId: KEY_2025, keyUsage, publicKey: { rawBytes: SPKI_2025, keyDetails: PKIX, validFor: { start: '2025-01-13T00:00:00.000Z' }, ...publicKey } }]
  });
  test.each([
    ['no keys', { keys: 'x' }, 'keys: Invalid input: expected array, received string'],
    ['an entry without keyUsage', { keys: [{ keyId: KEY_2025 }] }, 'keys.0.keyUsage: Invalid input: expected string, received undefined'],
    ['only npm:attestations keys', tuf({}, 'npm:attestations'), 'keys: lists no npm:signatures key, so no registry signature can be verified'],
    ['no validFor', tuf({ validFor: undefined }), 'keys.0.publicKey.validFor: Invalid input: expected object, received undefined'],
    [
      'an end that is not a date',
      tuf({ validFor: { start: '2025-01-13T00:00:00.000Z', end: '2025-13-45' } }),
      'keys.0.publicKey.validFor.end: is not an ISO 8601 date'
    ],
    ['rawBytes that are not a key', tuf({ rawBytes: 'AAAA' }), 'keys.0.publicKey.rawBytes: is not a public key (SubjectPublicKeyInfo DER)']
  ])("TUF's keys.json with %s", (_what, raw, reason) => {
    expect(thrown(() => readTufRegistryKeys(raw))).toEqual({ type: NpmKeysFormatError.name, message: reason });
  });

  test('an entry of another usage is left out unread, however it is shaped', () => {
    const raw = { keys: [{ keyUsage: 'npm:something-new', publicKey: 42 }, ...tuf({}).keys] };
    expect(readTufRegistryKeys(raw).map((k) => k.keyId)).toEqual([KEY_2025]);
  });

  test('npmKeyId refuses a key that is not ECDSA P-256', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    expect(thrown(() => npmKeyId(spki))).toEqual({ type: NpmKeysFormatError.name, message: 'the key is ed25519, not ECDSA P-256, so it has no npm keyid' });
  });
});
