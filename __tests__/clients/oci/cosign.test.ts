/**
 * cosign's signature tag (src/clients/oci/cosign.ts) against the real Distribution registry: layers laid out
 * as cosign writes them from a real @sigstore/sign bundle (mock CA + tlog on loopback), read back and turned
 * into the v0.1 bundle cosign builds, which @sigstore/verify (through src/clients/sigstore) verifies with the
 * payload as the artifact.
 */
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { HttpClient } from '../../../src/clients/http.js';
import { cosignSignatureTag, normaliseRepository, readCosignSignatures } from '../../../src/clients/oci/cosign.js';
import { BUNDLE_V01, parseSimpleSigning, SIMPLE_SIGNING_TYPE } from '../../../src/formats/cosign.js';
import { createOciApi, parseImageRef, type ImageRef, type OciApi } from '../../../src/clients/oci/index.js';
import { createVerifier, SigstoreVerificationError, type SigstoreVerifier } from '../../../src/clients/sigstore/index.js';
import { chainPemOf, cosignLayer, pushCosignSignatures, simpleSigningPayload, type SignedBundleJson } from '../../../test-support/cosign.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { OciPusher, pushSinglePlatformImage, startOciRegistry, type OciTestRegistry } from '../../../test-support/oci-registry.js';
import { startTestSigstore, type TestSigstore } from '../../../test-support/sigstore.js';

const SHA = 'a'.repeat(40);
const IDENTITY = {
  san: 'https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v1.2.3',
  sourceCommit: SHA,
  sourceRef: 'refs/tags/v1.2.3'
};

let registry: OciTestRegistry;
let sigstore: TestSigstore;
let pusher: OciPusher;
let oci: OciApi;
let verifier: SigstoreVerifier;
let chain: string;

async function signedLayer(repository: string, digest: string) {
  const payload = simpleSigningPayload(repository, digest);
  const bundle = (await sigstore.signMessage(payload, IDENTITY)) as unknown as SignedBundleJson;
  return cosignLayer(bundle, payload, chain);
}

async function freshImage(repository: string): Promise<{ ref: ImageRef; digest: string }> {
  const pushed = await pushSinglePlatformImage(pusher, repository, '1.0.0');
  return { ref: parseImageRef(`${registry.host}/${repository}`), digest: pushed.manifest.digest };
}

beforeAll(async () => {
  [registry, sigstore] = await Promise.all([startOciRegistry(), startTestSigstore()]);
  pusher = new OciPusher(registry);
  oci = createOciApi({ http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 10_000, userAgent: 'test' }) });
  verifier = await createVerifier({ trustedRootFile: sigstore.trustedRootFile(tempDir('rg-cosign-')) });
  chain = chainPemOf(sigstore.trustedRoot() as Parameters<typeof chainPemOf>[0]);
});

afterAll(async () => {
  await Promise.all([registry?.close(), sigstore?.close()]);
  removeTempDirs();
});

test('the signature tag is sha256-<hex>.sig', () => {
  expect(cosignSignatureTag(`sha256:${'b'.repeat(64)}`)).toBe(`sha256-${'b'.repeat(64)}.sig`);
});

test('no .sig tag: found is false', async () => {
  const { ref, digest } = await freshImage('cosign/unsigned');
  expect(await readCosignSignatures(oci, ref, digest)).toEqual({ tag: cosignSignatureTag(digest), found: false, signatures: [], broken: [] });
});

test('a cosign signature layer becomes a v0.1 bundle that verifies with the payload as the artifact', async () => {
  const { ref, digest } = await freshImage('cosign/signed');
  const layer = await signedLayer(`${registry.host}/cosign/signed`, digest);
  await pushCosignSignatures(pusher, 'cosign/signed', digest, [layer]);
  const read = await readCosignSignatures(oci, ref, digest);
  expect(read.found).toBe(true);
  expect(read.broken).toEqual([]);
  expect(read.signatures).toHaveLength(1);
  const [signature] = read.signatures;
  expect(signature!.payload.equals(layer.payload)).toBe(true);
  expect(signature!.bundle).toMatchObject({
    mediaType: BUNDLE_V01,
    verificationMaterial: { tlogEntries: [{ kindVersion: { kind: 'hashedrekord', version: '0.0.1' } }] },
    messageSignature: { messageDigest: { algorithm: 'SHA2_256' } }
  });
  const verified = await verifier.verify(signature!.bundle, { artifact: signature!.payload });
  expect(verified.signer).toEqual({
    san: IDENTITY.san,
    issuer: 'https://token.actions.githubusercontent.com',
    sourceCommit: SHA,
    sourceRef: 'refs/tags/v1.2.3',
    // The test identity gives no workflow_ref or repository claim: a certificate as Fulcio issued before 2023.
    sourceRepositoryUri: null,
    buildConfigUri: null
  });
  expect(parseSimpleSigning(signature!.payload)).toEqual({
    dockerReference: `${registry.host}/cosign/signed`,
    manifestDigest: digest,
    type: 'cosign container image signature'
  });
});

test('a tampered payload (same annotations) does not verify', async () => {
  const { ref, digest } = await freshImage('cosign/tampered');
  const layer = await signedLayer(`${registry.host}/cosign/tampered`, digest);
  const other = simpleSigningPayload(`${registry.host}/cosign/tampered`, `sha256:${'c'.repeat(64)}`);
  await pushCosignSignatures(pusher, 'cosign/tampered', digest, [{ payload: other, annotations: layer.annotations }]);
  const [signature] = (await readCosignSignatures(oci, ref, digest)).signatures;
  await expect(verifier.verify(signature!.bundle, { artifact: signature!.payload })).rejects.toThrow(SigstoreVerificationError);
});

describe('layers that cannot be read as a keyless signature are reported, not dropped', () => {
  it.each([
    ['no certificate (a key signature)', (a: Record<string, string>) => ({ ...a, 'dev.sigstore.cosign/certificate': '' }), /signed with a key, not keyless/],
    ['no Rekor bundle', (a: Record<string, string>) => ({ ...a, 'dev.sigstore.cosign/bundle': '' }), /no dev\.sigstore\.cosign\/bundle annotation/],
    [
      'a Rekor bundle without its Payload',
      (a: Record<string, string>) => ({ ...a, 'dev.sigstore.cosign/bundle': '{"SignedEntryTimestamp":"abc"}' }),
      /bundle annotation is malformed \(Payload/
    ],
    ['a certificate that is not PEM', (a: Record<string, string>) => ({ ...a, 'dev.sigstore.cosign/certificate': 'hello' }), /holds no PEM certificate/],
    [
      'a signature that is not base64',
      (a: Record<string, string>) => ({ ...a, 'dev.cosignproject.cosign/signature': 'not base64!' }),
      /signature annotation is not base64/
    ]
  ])('%s', async (_name, change, problem) => {
    const repository = `cosign/broken-${Math.random().toString(36).slice(2, 8)}`;
    const { ref, digest } = await freshImage(repository);
    const layer = await signedLayer(`${registry.host}/${repository}`, digest);
    await pushCosignSignatures(pusher, repository, digest, [{ payload: layer.payload, annotations: change(layer.annotations) }]);
    const read = await readCosignSignatures(oci, ref, digest);
    expect(read.signatures).toEqual([]);
    expect(read.broken).toHaveLength(1);
    expect(read.broken[0]!.problem).toMatch(problem);
  });
});

test('the layer media type is simple signing', () => {
  expect(SIMPLE_SIGNING_TYPE).toBe('application/vnd.dev.cosign.simplesigning.v1+json');
});

describe('normaliseRepository compares as Docker does', () => {
  it.each([
    ['GHCR.io/SketchLog/App', 'ghcr.io/sketchlog/app'],
    ['docker.io/library/nginx', 'registry-1.docker.io/library/nginx'],
    ['index.docker.io/library/nginx', 'registry-1.docker.io/library/nginx'],
    ['nginx', 'registry-1.docker.io/library/nginx'],
    ['docker.io/nginx:1.2', 'registry-1.docker.io/library/nginx'],
    ['ghcr.io/o/r@sha256:' + 'a'.repeat(64), 'ghcr.io/o/r'],
    ['127.0.0.1:5000/o/r', '127.0.0.1:5000/o/r'],
    ['not a reference', null]
  ])('%s → %s', (reference, expected) => expect(normaliseRepository(reference)).toBe(expected));
});
