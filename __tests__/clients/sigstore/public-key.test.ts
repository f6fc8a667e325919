/**
 * Bundles signed with a bare public key (npm's publish attestation): made by the real @sigstore/sign with the
 * registry-style key and logged in the loopback Rekor as a `dsse` entry; then npm's real publish attestation of
 * @playwright/cli@0.1.1 with the real public-good trusted root and the registry's 2025 key.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createVerifier,
  SigstoreTrustError,
  SigstoreVerificationError,
  type SigstoreVerifier,
  type TimedPublicKey
} from '../../../src/clients/sigstore/index.js';
import { npmKeyId, readRegistryKeys } from '../../../src/formats/npm-keys.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { startTestSigstore, type TestSigningKey, type TestSigstore } from '../../../test-support/sigstore.js';

const PUBLISH_PREDICATE = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v0.1',
  subject: [{ name: 'pkg:npm/%40acme/widget@1.2.3', digest: { sha512: 'c'.repeat(128) } }],
  predicateType: PUBLISH_PREDICATE,
  predicate: { name: '@acme/widget', version: '1.2.3', registry: 'https://registry.npmjs.org' }
};
const DAY = 24 * 60 * 60 * 1000;

interface RegistryKey {
  signing: TestSigningKey;
  timed: (validFrom: Date | null, expires: Date | null) => TimedPublicKey;
}

/** A P-256 key named as npm names its registry keys (SHA256 OpenSSH fingerprint). */
function registryKey(): RegistryKey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = createPublicKey(privateKey as KeyObject).export({ format: 'der', type: 'spki' });
  const keyId = npmKeyId(spki);
  return { signing: { privateKey, keyId }, timed: (validFrom, expires) => ({ keyId, spki, validFrom, expires }) };
}

/** The parts of a serialized key-signed bundle these tests read or tamper with. */
interface KeyBundleJson {
  mediaType: string;
  dsseEnvelope: { payload: string; payloadType: string; signatures: Array<{ sig: string; keyid: string }> };
  verificationMaterial: {
    publicKey?: { hint: string };
    tlogEntries: Array<{ kindVersion: { kind: string; version: string }; canonicalizedBody: string; integratedTime: string }>;
  };
}

const asJson = (bundle: unknown): KeyBundleJson => JSON.parse(JSON.stringify(bundle)) as KeyBundleJson;

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  if (!(error instanceof Error)) throw new Error('expected a failure');
  return error;
}

let sigstore: TestSigstore;
let verifier: SigstoreVerifier;
let dir: string;
const current = registryKey();

beforeAll(async () => {
  sigstore = await startTestSigstore();
  dir = tempDir();
  verifier = await createVerifier({ trustedRootFile: sigstore.trustedRootFile(dir) });
});

afterAll(async () => {
  await sigstore.close();
  removeTempDirs();
});

describe('a bundle signed with a registry key', () => {
  it('has the shape of npm publish attestations: bundle v0.2, publicKey.hint, a Rekor dsse 0.0.1 entry holding hashes and the signature', async () => {
    const bundle = asJson(await sigstore.signDsseWithKey(STATEMENT, current.signing));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle+json;version=0.2');
    expect(bundle.verificationMaterial.publicKey).toEqual({ hint: current.signing.keyId });
    expect(bundle.dsseEnvelope.signatures.map((s) => s.keyid)).toEqual([current.signing.keyId]);
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    const [entry] = bundle.verificationMaterial.tlogEntries;
    expect(entry?.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    const body = JSON.parse(Buffer.from(entry?.canonicalizedBody ?? '', 'base64').toString('utf8')) as {
      spec: { payloadHash: unknown; signatures: Array<{ signature: string; verifier: string }> };
    };
    const pem = createPublicKey(current.signing.privateKey).export({ format: 'pem', type: 'spki' }).toString();
    expect(body.spec.signatures).toEqual([{ signature: bundle.dsseEnvelope.signatures[0]?.sig, verifier: Buffer.from(pem).toString('base64') }]);
    expect(Object.keys(body.spec).sort()).toEqual(['envelopeHash', 'payloadHash', 'signatures']);
  });

  it('verifies with the key it names, returning the key id, the statement and when it was logged', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const bundle = await sigstore.signDsseWithKey(STATEMENT, current.signing);
    const after = Date.now();
    const other = registryKey();
    const verified = await verifier.verifyWithKeys(bundle, [other.timed(null, null), current.timed(new Date(Date.now() - DAY), null)]);
    expect(verified.keyId).toBe(current.signing.keyId);
    expect(verified.content.kind).toBe('dsse');
    if (verified.content.kind !== 'dsse') throw new Error('unreachable');
    expect(verified.content.payloadType).toBe('application/vnd.in-toto+json');
    expect(JSON.parse(verified.content.payload.toString('utf8'))).toEqual(STATEMENT);
    expect(verified.loggedAt?.getTime()).toBe(Number(asJson(bundle).verificationMaterial.tlogEntries[0]?.integratedTime) * 1000);
    expect(verified.loggedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(verified.loggedAt!.getTime()).toBeLessThanOrEqual(after);
  });

  it('fails when the key it names is not among the keys given', async () => {
    const bundle = await sigstore.signDsseWithKey(STATEMENT, current.signing);
    const other = registryKey();
    const error = await failure(verifier.verifyWithKeys(bundle, [other.timed(null, null)]));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect(error.message).toBe(`bundle is signed with key ${current.signing.keyId}, which the registry's key list (${other.signing.keyId}) does not list`);
  });

  it('fails when another key has the named id (the signature does not verify with it)', async () => {
    const bundle = await sigstore.signDsseWithKey(STATEMENT, current.signing);
    const impostor = { ...registryKey().timed(null, null), keyId: current.signing.keyId };
    const error = await failure(verifier.verifyWithKeys(bundle, [impostor]));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect(error.message).toBe('bundle does not verify: SIGNATURE_ERROR: signature verification failed');
  });

  it('fails when the key was not yet valid when the entry was logged', async () => {
    const bundle = await sigstore.signDsseWithKey(STATEMENT, current.signing);
    const loggedAt = new Date(Number(asJson(bundle).verificationMaterial.tlogEntries[0]?.integratedTime) * 1000);
    const from = new Date(Date.now() + DAY);
    const error = await failure(verifier.verifyWithKeys(bundle, [current.timed(from, null)]));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect(error.message).toBe(
      `bundle is signed with key ${current.signing.keyId}, which was not valid before ${from.toISOString()}: its log entry was integrated at ${loggedAt.toISOString()} (the key is valid from ${from.toISOString()} with no end)`
    );
  });

  it('rotation: a bundle signed with the key that expired yesterday fails, one signed with its successor verifies', async () => {
    const old = registryKey();
    const yesterday = new Date(Date.now() - DAY);
    const keys = [old.timed(null, yesterday), current.timed(yesterday, null)];
    const late = await sigstore.signDsseWithKey(STATEMENT, old.signing);
    const loggedAt = new Date(Number(asJson(late).verificationMaterial.tlogEntries[0]?.integratedTime) * 1000);
    const error = await failure(verifier.verifyWithKeys(late, keys));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect(error.message).toBe(
      `bundle is signed with key ${old.signing.keyId}, which expired at ${yesterday.toISOString()}: its log entry was integrated at ${loggedAt.toISOString()} (the key is valid from no stated start until ${yesterday.toISOString()})`
    );
    const fresh = await sigstore.signDsseWithKey(STATEMENT, current.signing);
    await expect(verifier.verifyWithKeys(fresh, keys)).resolves.toMatchObject({ keyId: current.signing.keyId });
    // Expiry is exclusive: a key that expires at the very second of the entry no longer signed it.
    const atLogTime = new Date(Number(asJson(fresh).verificationMaterial.tlogEntries[0]?.integratedTime) * 1000);
    await expect(verifier.verifyWithKeys(fresh, [current.timed(null, atLogTime)])).rejects.toThrow(/which expired at/);
    await expect(verifier.verifyWithKeys(fresh, [current.timed(atLogTime, null)])).resolves.toMatchObject({ keyId: current.signing.keyId });
  });

  it('fails when the payload was changed after signing', async () => {
    const bundle = asJson(await sigstore.signDsseWithKey(STATEMENT, current.signing));
    const changed = { ...STATEMENT, subject: [{ name: 'pkg:npm/%40acme/widget@6.6.6', digest: { sha512: 'c'.repeat(128) } }] };
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(changed)).toString('base64');
    const error = await failure(verifier.verifyWithKeys(bundle, [current.timed(null, null)]));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    // The log entry holds the payload's hash: the changed payload no longer matches it.
    expect(error.message).toBe('bundle does not verify: TLOG_BODY_ERROR: DSSE payload hash mismatch');
  });

  it('fails when the entry is in a log the trusted material does not list', async () => {
    const bundle = await sigstore.foreign.signDsseWithKey(STATEMENT, current.signing);
    const error = await failure(verifier.verifyWithKeys(bundle, [current.timed(null, null)]));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect(error.message).toBe('bundle does not verify: TLOG_INCLUSION_PROMISE_ERROR: inclusion promise could not be verified');
  });

  it('fails without a log entry', async () => {
    const bundle = await sigstore.signDsseWithKey(STATEMENT, current.signing, { witness: 'none' });
    await expect(verifier.verifyWithKeys(bundle, [current.timed(null, null)])).rejects.toThrow(
      'bundle does not verify: TIMESTAMP_ERROR: expected 1 timestamps, got 0'
    );
  });

  it('refuses a bundle signed with a Fulcio certificate', async () => {
    const bundle = await sigstore.signDsse(STATEMENT, {
      san: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
      sourceCommit: 'a'.repeat(40)
    });
    const error = await failure(verifier.verifyWithKeys(bundle, [current.timed(null, null)]));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect(error.message).toBe(
      'bundle is signed with a certificate: expected a bundle signed by the registry key (verificationMaterial.publicKey naming the key)'
    );
  });

  it('is refused by verify(), which needs a certificate to name the signer', async () => {
    const bundle = await sigstore.signDsseWithKey(STATEMENT, current.signing);
    await expect(verifier.verify(bundle)).rejects.toThrow('bundle is signed with a bare public key, not a Fulcio certificate: the signer cannot be identified');
  });

  it('cannot be dated by trusted material without a log (a SigstoreTrustError)', async () => {
    const file = join(dir, 'github-only.json');
    writeFileSync(file, JSON.stringify(sigstore.github.trustedRoot()));
    const logless = await createVerifier({ trustedRootFile: file });
    const bundle = await sigstore.signDsseWithKey(STATEMENT, current.signing);
    const error = await failure(logless.verifyWithKeys(bundle, [current.timed(null, null)]));
    expect(error).toBeInstanceOf(SigstoreTrustError);
    expect(error.message).toMatch(/^no instance of the trusted material has a transparency log/);
  });

  it('has file trust, so no TUF target', async () => {
    expect(verifier.trust).toBe('file');
    await expect(verifier.registryKeysTarget()).rejects.toThrow(
      new SigstoreTrustError('cannot get registry.npmjs.org/keys.json through TUF: the trusted material comes from a trusted_root.json file, not TUF')
    );
  });
});

describe("npm's real publish attestation", () => {
  const fixtures = join(process.cwd(), '__fixtures__/real');
  const answer = JSON.parse(readFileSync(join(fixtures, 'npm/playwright-cli-0.1.1.attestations.json'), 'utf8')) as {
    attestations: Array<{ predicateType: string; bundle: unknown }>;
  };
  const publish = answer.attestations.find((a) => a.predicateType === PUBLISH_PREDICATE);
  const keys = readRegistryKeys(JSON.parse(readFileSync(join(fixtures, 'npm/registry-keys.json'), 'utf8')));
  const KEY_2025 = 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U';
  let publicGood: SigstoreVerifier;

  beforeAll(async () => {
    publicGood = await createVerifier({ trustedRootFile: join(fixtures, 'sigstore/public-good-trusted_root.json') });
  });

  it('verifies with public-good and the 2025 registry key: logged 2026-02-14T23:28:45Z, naming @playwright/cli@0.1.1', async () => {
    const verified = await publicGood.verifyWithKeys(publish?.bundle, keys);
    expect(verified.keyId).toBe(KEY_2025);
    expect(verified.loggedAt?.toISOString()).toBe('2026-02-14T23:28:45.000Z');
    if (verified.content.kind !== 'dsse') throw new Error('expected DSSE');
    const statement = JSON.parse(verified.content.payload.toString('utf8')) as { subject: unknown; predicate: unknown };
    expect(statement.subject).toEqual([
      {
        name: 'pkg:npm/%40playwright/cli@0.1.1',
        digest: { sha512: 'f64d7565f0f001f3150c322e1155b55afb3c4a80cd5c863574d43ef42f7f492f199849647317acbb97a82fbbcd6bdea7b626d419aab54ccdaa428aaf765fc8f6' }
      }
    ]);
    expect(statement.predicate).toEqual({ name: '@playwright/cli', version: '0.1.1', registry: 'https://registry.npmjs.org' });
  });

  it('fails with only the 2022 key, and with the 2025 key had it expired before the entry', async () => {
    const key2022 = keys.filter((k) => k.keyId !== KEY_2025);
    await expect(publicGood.verifyWithKeys(publish?.bundle, key2022)).rejects.toThrow(
      `bundle is signed with key ${KEY_2025}, which the registry's key list (SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA) does not list`
    );
    const expired = keys.map((k) => (k.keyId === KEY_2025 ? { ...k, expires: new Date('2026-01-01T00:00:00Z') } : k));
    await expect(publicGood.verifyWithKeys(publish?.bundle, expired)).rejects.toThrow(
      `bundle is signed with key ${KEY_2025}, which expired at 2026-01-01T00:00:00.000Z: its log entry was integrated at 2026-02-14T23:28:45.000Z`
    );
  });
});
