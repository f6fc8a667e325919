/**
 * test-support/pep740.ts makes PEP 740 material from real signatures of the loopback Sigstore: what it writes has the
 * shape of the real provenance objects in __fixtures__/real/pep740/, reads with src/formats/pep740.ts, becomes a
 * Sigstore bundle that the project's verifier accepts with the signer read back, and stops verifying when the
 * statement is changed. Served by the PyPI test server, the client reads the same object.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { SerializedBundle } from '@sigstore/bundle';
import * as fs from 'node:fs';
import { HttpClient } from '../../src/clients/http.js';
import { createPypiApi } from '../../src/clients/pypi.js';
import { createVerifier, type SignerIdentity, type SigstoreVerifier } from '../../src/clients/sigstore/index.js';
import { attestationToBundle, IN_TOTO_PAYLOAD_TYPE, PYPI_PUBLISH_V1, readPep740Provenance, readPep740Statement } from '../../src/formats/pep740.js';
import { removeTempDirs, tempDir } from '../../test-support/git-repo.js';
import { githubPublisher, pep740Attestation, pep740Provenance, publishStatement, signedProvenance } from '../../test-support/pep740.js';
import { sha256Of, standInBytes, startPypiServer, type PypiTestServer } from '../../test-support/pypi-server.js';
import { startTestSigstore, type TestSignerIdentity, type TestSigstore } from '../../test-support/sigstore.js';

const SDIST = 'sketchlog-1.2.3.tar.gz';
const SHA256 = sha256Of(standInBytes(SDIST));
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const SAN = 'https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v1.2.3';
const IDENTITY: TestSignerIdentity = {
  san: SAN,
  sourceCommit: COMMIT,
  sourceRef: 'refs/tags/v1.2.3',
  workflowRef: 'sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v1.2.3',
  repository: 'sketchlog/sketchlog'
};
const SIGNER: SignerIdentity = {
  san: SAN,
  issuer: 'https://token.actions.githubusercontent.com',
  sourceCommit: COMMIT,
  sourceRef: 'refs/tags/v1.2.3',
  sourceRepositoryUri: 'https://github.com/sketchlog/sketchlog',
  buildConfigUri: SAN
};
const PUBLISHER = githubPublisher({ repository: 'sketchlog/sketchlog', workflow: 'release.yml', environment: 'pypi' });

let sigstore: TestSigstore;
let verifier: SigstoreVerifier;
/** One provenance object signed once for the suite (signing is real cryptography over HTTP). */
let provenance: object;

beforeAll(async () => {
  sigstore = await startTestSigstore();
  verifier = await createVerifier({ trustedRootFile: sigstore.trustedRootFile(tempDir('rg-pep740-')) });
  provenance = await signedProvenance(sigstore, { filename: SDIST, sha256: SHA256, identity: IDENTITY, publisher: PUBLISHER });
});
afterAll(async () => {
  await sigstore?.close();
  removeTempDirs();
});

/** Every object's keys, by path: the shape of a document without its values. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.length ? shape(value[0], `${path}[]`) : [`${path}[]`];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [`${path}.${key}`, ...shape(inner, `${path}.${key}`)]);
}

describe('PEP 740 test material', () => {
  test('publishStatement and githubPublisher are what PyPI writes', () => {
    expect(JSON.stringify(publishStatement(SDIST, SHA256))).toBe(
      `{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"${SDIST}","digest":{"sha256":"${SHA256}"}}],"predicateType":"https://docs.pypi.org/attestations/publish/v1","predicate":null}`
    );
    expect(githubPublisher({ repository: 'o/r', workflow: 'release.yml' })).toEqual({
      kind: 'GitHub',
      repository: 'o/r',
      workflow: 'release.yml',
      environment: null
    });
  });

  test('a provenance object has the shape, key order included, of the one PyPI served for sigstore 3.6.1', () => {
    const real = JSON.parse(fs.readFileSync(new URL('../../__fixtures__/real/pep740/sigstore-3.6.1.tar.gz.provenance', import.meta.url), 'utf8')) as unknown;
    // Inside an inclusion proof the mock Rekor differs from the real one (a one-entry log has no hashes, index 0 is
    // dropped from protobuf JSON, no checkpoint): that is Sigstore's material, passed through as it is.
    const outsideProofs = (paths: string[]) => paths.filter((p) => !p.includes('.inclusionProof.'));
    expect(outsideProofs(shape(provenance))).toEqual(outsideProofs(shape(real)));
  });

  test('it reads, becomes a Sigstore bundle that verifies, and the signer and statement are read back', async () => {
    const read = readPep740Provenance(JSON.stringify(provenance));
    expect(read.bundles.map((b) => b.publisher)).toEqual([
      { kind: 'GitHub', repository: 'sketchlog/sketchlog', workflow: 'release.yml', environment: 'pypi', claims: null }
    ]);
    const [attestation] = read.bundles[0]!.attestations;
    const verified = await verifier.verify(attestationToBundle(attestation!));
    expect(verified.signer).toEqual(SIGNER);
    expect(verified.content.kind === 'dsse' && verified.content.payloadType).toBe(IN_TOTO_PAYLOAD_TYPE);
    const payload = verified.content.kind === 'dsse' ? verified.content.payload : Buffer.alloc(0);
    expect(readPep740Statement(payload)).toEqual({ predicateType: PYPI_PUBLISH_V1, subjectName: SDIST, sha256: SHA256, predicate: null });
  });

  test('pep740Attestation takes the leaf from a certificate chain too', async () => {
    const bundle = await sigstore.signDsse(publishStatement(SDIST, SHA256), IDENTITY);
    const leaf = bundle.verificationMaterial.certificate!.rawBytes;
    // As a v0.1/v0.2 bundle carries it: the leaf first in a chain, no `certificate`.
    const chained: SerializedBundle = {
      ...bundle,
      verificationMaterial: {
        tlogEntries: bundle.verificationMaterial.tlogEntries,
        timestampVerificationData: bundle.verificationMaterial.timestampVerificationData,
        x509CertificateChain: { certificates: [{ rawBytes: leaf }] },
        certificate: undefined,
        publicKey: undefined
      }
    };
    expect(pep740Attestation(chained)).toEqual(pep740Attestation(bundle));
    expect((pep740Attestation(bundle) as { verification_material: { certificate: string } }).verification_material.certificate).toBe(leaf);
  });

  test('a statement changed after signing (another sha256) does not verify', async () => {
    const tampered = JSON.parse(JSON.stringify(provenance)) as {
      attestation_bundles: Array<{ attestations: Array<{ envelope: { statement: string } }> }>;
    };
    const other = JSON.stringify(publishStatement(SDIST, sha256Of(Buffer.from('other bytes'))));
    tampered.attestation_bundles[0]!.attestations[0]!.envelope.statement = Buffer.from(other).toString('base64');
    const [attestation] = readPep740Provenance(JSON.stringify(tampered)).bundles[0]!.attestations;
    await expect(verifier.verify(attestationToBundle(attestation!))).rejects.toThrow(/does not verify/);
  });

  test('an attestation signed by a foreign Sigstore instance does not verify', async () => {
    const foreign = pep740Provenance([
      { publisher: PUBLISHER, attestations: [pep740Attestation(await sigstore.foreign.signDsse(publishStatement(SDIST, SHA256), IDENTITY))] }
    ]);
    const [attestation] = readPep740Provenance(JSON.stringify(foreign)).bundles[0]!.attestations;
    await expect(verifier.verify(attestationToBundle(attestation!))).rejects.toThrow(/does not verify/);
  });
});

describe('served by the PyPI test server', () => {
  let server: PypiTestServer;
  beforeAll(async () => {
    server = await startPypiServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('the client reads the provenance object at the URL the simple page gives, and it verifies', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [{ filename: SDIST, provenance }] } };
    const api = createPypiApi({ index: server.url, http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 5000, userAgent: 'release-gates-test' }) });
    const page = await api.simpleProject('sketchlog');
    const url = page!.files[0]!.provenance!;
    expect(url).toBe(api.provenanceUrl('sketchlog', '1.2.3', SDIST));
    const read = await api.provenance(url);
    expect(read).toEqual(readPep740Provenance(JSON.stringify(provenance)));
    const verified = await verifier.verify(attestationToBundle(read!.bundles[0]!.attestations[0]!));
    expect(verified.signer).toEqual(SIGNER);
  });
});
