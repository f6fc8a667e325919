/**
 * cosign's signature tag (src/clients/oci/cosign.ts) against the real Distribution registry: layers laid out
 * as cosign writes them from a real @sigstore/sign bundle (mock CA + tlog on loopback), read back and turned
 * into the v0.1 bundle cosign builds, which @sigstore/verify (through src/clients/sigstore) verifies with the
 * payload as the artifact.
 */
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { HttpClient } from '../../../src/clients/http.js';
import { cosignSignatureTag, MAX_SIGNATURE_LAYERS, normaliseRepository, readCosignSignatures, type CosignSignature } from '../../../src/clients/oci/cosign.js';
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

/** Every signature readCosignSignatures hands over, beside what it returns. */
async function readAll(ref: ImageRef, digest: string, api: OciApi = oci) {
  const signatures: CosignSignature[] = [];
  const { layers: _layers, ...read } = await readCosignSignatures(api, ref, digest, async (signature) => void signatures.push(signature));
  return { ...read, signatures };
}

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
  expect(await readAll(ref, digest)).toEqual({ tag: cosignSignatureTag(digest), found: false, signatures: [], broken: [] });
});

test('a cosign signature layer becomes a v0.1 bundle that verifies with the payload as the artifact', async () => {
  const { ref, digest } = await freshImage('cosign/signed');
  const layer = await signedLayer(`${registry.host}/cosign/signed`, digest);
  await pushCosignSignatures(pusher, 'cosign/signed', digest, [layer]);
  const read = await readAll(ref, digest);
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
  const [signature] = (await readAll(ref, digest)).signatures;
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
    const read = await readAll(ref, digest);
    expect(read.signatures).toEqual([]);
    expect(read.broken).toHaveLength(1);
    expect(read.broken[0]!.problem).toMatch(problem);
  });
});

test('layers are read one at a time: the next payload is fetched only after the one before is handed over', async () => {
  const { ref, digest } = await freshImage('cosign/several');
  const layers = await Promise.all([1, 2, 3].map(() => signedLayer(`${registry.host}/cosign/several`, digest)));
  await pushCosignSignatures(pusher, 'cosign/several', digest, layers);
  let blobs = 0;
  const counting: OciApi = { ...oci, getBlob: (...args) => (blobs++, oci.getBlob(...args)) };
  const seen: number[] = [];
  const read = await readCosignSignatures(counting, ref, digest, async () => void seen.push(blobs));
  // Reading every layer first (the old shape) would show [3, 3, 3].
  expect(seen).toEqual([1, 2, 3]);
  expect(read).toMatchObject({ found: true, layers: 3, broken: [] });
});

test(`a .sig manifest of more than ${MAX_SIGNATURE_LAYERS} layers is refused before any payload is fetched`, async () => {
  const { ref, digest } = await freshImage('cosign/many');
  const layer = await signedLayer(`${registry.host}/cosign/many`, digest);
  await pushCosignSignatures(
    pusher,
    'cosign/many',
    digest,
    Array.from({ length: MAX_SIGNATURE_LAYERS + 1 }, () => layer)
  );
  let blobs = 0;
  const counting: OciApi = { ...oci, getBlob: (...args) => (blobs++, oci.getBlob(...args)) };
  await expect(readCosignSignatures(counting, ref, digest, async () => {})).rejects.toThrow(
    `(cosign's signature tag) has ${MAX_SIGNATURE_LAYERS + 1} layers, more than the ${MAX_SIGNATURE_LAYERS} read; cosign adds one per signing — delete the tag and sign the digest again`
  );
  expect(blobs).toBe(0);
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
