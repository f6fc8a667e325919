/**
 * The trusted root and npm's registry keys through a real TUF repository on loopback (test-support/tuf-repo.ts),
 * refreshed by the real @sigstore/tuf client: the verifier built from it verifies the test instance's bundles,
 * and its other target comes through the same client.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVerifier, SigstoreTrustError, type VerifierSource } from '../../../src/clients/sigstore/index.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { startTestSigstore, type TestSigstore } from '../../../test-support/sigstore.js';
import { startTufRepository, type TufRepository } from '../../../test-support/tuf-repo.js';

const KEYS_JSON = Buffer.from(
  JSON.stringify({ keys: [{ keyId: 'SHA256:test', keyUsage: 'npm:attestations', publicKey: { rawBytes: 'AAAA', keyDetails: 'PKIX_ECDSA_P256_SHA_256' } }] })
);
const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'widget-1.2.3.tgz', digest: { sha256: 'b'.repeat(64) } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {}
};
const IDENTITY = { san: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3', sourceCommit: 'a'.repeat(40) };

let sigstore: TestSigstore;
let withKeys: TufRepository;
let withoutKeys: TufRepository;

const sourceFor = (repository: TufRepository, cacheDir = tempDir()): VerifierSource => ({
  tufCacheDir: cacheDir,
  tufMirrorUrl: repository.url,
  tufRootFile: repository.rootFile(tempDir()),
  tufRetries: 0
});

beforeAll(async () => {
  sigstore = await startTestSigstore();
  withKeys = await startTufRepository({ trustedRoot: sigstore.trustedRoot() as object, targets: { 'registry.npmjs.org/keys.json': KEYS_JSON } });
  withoutKeys = await startTufRepository({ trustedRoot: sigstore.trustedRoot() as object });
});

afterAll(async () => {
  await Promise.all([sigstore.close(), withKeys.close(), withoutKeys.close()]);
  removeTempDirs();
});

describe('trust through a TUF repository', () => {
  it('refreshes the metadata as tuf-js does and verifies a bundle of the instance its trusted_root.json names', async () => {
    withKeys.requests.length = 0;
    const verifier = await createVerifier(sourceFor(withKeys));
    expect(verifier.trust).toBe('tuf');
    const trustedRootHash = withKeys.requests.find((r) => r.endsWith('.trusted_root.json'));
    expect(withKeys.requests).toEqual(['/2.root.json', '/timestamp.json', '/1.snapshot.json', '/1.targets.json', trustedRootHash]);
    expect(trustedRootHash).toMatch(/^\/targets\/[0-9a-f]{64}\.trusted_root\.json$/);
    const verified = await verifier.verify(await sigstore.signDsse(STATEMENT, IDENTITY));
    expect(verified.signer.san).toBe(IDENTITY.san);
    // A bundle of another instance is not trusted by this root.
    await expect(verifier.verify(await sigstore.foreign.signDsse(STATEMENT, IDENTITY))).rejects.toThrow(/^bundle does not verify/);
  });

  it('reads registry.npmjs.org/keys.json through the same client, from the hash-prefixed path', async () => {
    const verifier = await createVerifier(sourceFor(withKeys));
    withKeys.requests.length = 0;
    expect(await verifier.registryKeysTarget()).toBe(KEYS_JSON.toString('utf8'));
    // No second refresh: the metadata the trusted root came from vouches for this target too.
    expect(withKeys.requests).toEqual([expect.stringMatching(/^\/targets\/registry\.npmjs\.org\/[0-9a-f]{64}\.keys\.json$/)]);
  });

  it('fails naming the cause when the repository has no registry.npmjs.org/keys.json', async () => {
    const verifier = await createVerifier(sourceFor(withoutKeys));
    const error = await verifier.registryKeysTarget().then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(SigstoreTrustError);
    expect((error as Error).message).toBe(
      'cannot get registry.npmjs.org/keys.json through TUF: target registry.npmjs.org/keys.json not found (TUF_FIND_TARGET_ERROR)'
    );
    expect((error as Error).cause).toBeDefined();
  });

  it('fails naming the cause when the repository stops answering after the refresh', async () => {
    const repository = await startTufRepository({ trustedRoot: sigstore.trustedRoot() as object, targets: { 'registry.npmjs.org/keys.json': KEYS_JSON } });
    const verifier = await createVerifier(sourceFor(repository));
    await repository.close();
    await expect(verifier.registryKeysTarget()).rejects.toThrow(/^cannot get registry\.npmjs\.org\/keys\.json through TUF: error downloading target/);
  });

  it('keeps metadata and targets in the cache folder given, and reads them from there the next time', async () => {
    const cacheDir = tempDir();
    const first = await createVerifier(sourceFor(withKeys, cacheDir));
    await first.registryKeysTarget();
    const mirror = join(cacheDir, encodeURIComponent(new URL(withKeys.url).host));
    for (const file of ['root.json', 'timestamp.json', 'snapshot.json', 'targets.json']) expect(existsSync(join(mirror, file))).toBe(true);
    expect(readFileSync(join(mirror, 'targets', encodeURIComponent('registry.npmjs.org/keys.json')))).toEqual(KEYS_JSON);
    expect(existsSync(join(mirror, 'targets', 'trusted_root.json'))).toBe(true);

    withKeys.requests.length = 0;
    const second = await createVerifier(sourceFor(withKeys, cacheDir));
    expect(await second.registryKeysTarget()).toBe(KEYS_JSON.toString('utf8'));
    // Metadata is always refreshed; the targets, whose hashes match the cached files, are not downloaded again.
    expect(withKeys.requests).toEqual(['/2.root.json', '/timestamp.json']);
  });
});
