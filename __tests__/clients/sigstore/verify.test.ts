import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVerifier, SigstoreTrustError, SigstoreVerificationError, type SigstoreVerifier } from '../../../src/clients/sigstore/index.js';
import { readDsseStatement } from '../../../src/formats/in-toto.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { GITHUB_ACTIONS_ISSUER, startTestSigstore, type TestSigstore, type TestSignerIdentity } from '../../../test-support/sigstore.js';

const COMMIT = 'a'.repeat(40);
const IDENTITY: TestSignerIdentity = {
  san: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
  sourceCommit: COMMIT,
  sourceRef: 'refs/tags/v1.2.3'
};
const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'widget-1.2.3.tgz', digest: { sha256: 'b'.repeat(64) } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'https://example.test/build' } }
};

let sigstore: TestSigstore;
let verifier: SigstoreVerifier;
let dir: string;

beforeAll(async () => {
  sigstore = await startTestSigstore();
  dir = tempDir();
  verifier = await createVerifier({ trustedRootFile: sigstore.trustedRootFile(dir) });
});

afterAll(async () => {
  await sigstore.close();
  removeTempDirs();
});

describe('verify a DSSE bundle', () => {
  it('verifies a bundle with a Rekor entry and reads the signer from the certificate', async () => {
    const bundle = await sigstore.signDsse(STATEMENT, IDENTITY);
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    const verified = await verifier.verify(bundle);
    expect(verified.signer).toEqual({
      san: IDENTITY.san,
      issuer: GITHUB_ACTIONS_ISSUER,
      sourceCommit: COMMIT,
      sourceRef: 'refs/tags/v1.2.3',
      sourceRepositoryUri: null,
      buildConfigUri: null
    });
    expect(verified.content.kind).toBe('dsse');
    if (verified.content.kind !== 'dsse') throw new Error('unreachable');
    const statement = readDsseStatement(verified.content.payloadType, verified.content.payload);
    expect(statement).toEqual({
      type: 'https://in-toto.io/Statement/v1',
      predicateType: 'https://slsa.dev/provenance/v1',
      subjects: [{ name: 'widget-1.2.3.tgz', sha256: 'b'.repeat(64) }],
      predicate: STATEMENT.predicate
    });
  });

  it('verifies a bundle that has only an RFC 3161 timestamp from an instance without a log (how GitHub signs), with another issuer', async () => {
    const bundle = await sigstore.github.signDsse(STATEMENT, { ...IDENTITY, issuer: 'https://issuer.example.test', sourceRef: undefined }, { witness: 'tsa' });
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    const both = await createVerifier({ trustedRootFile: sigstore.trustedRootLinesFile(dir) });
    const verified = await both.verify(bundle);
    expect(verified.signer).toEqual({
      san: IDENTITY.san,
      issuer: 'https://issuer.example.test',
      sourceCommit: COMMIT,
      sourceRef: null,
      sourceRepositoryUri: null,
      buildConfigUri: null
    });
  });

  it('fails a timestamp-only bundle whose CA belongs to an instance with a log (public-good needs a log entry and an SCT)', async () => {
    const bundle = await sigstore.signDsse(STATEMENT, IDENTITY, { witness: 'tsa' });
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    for (const file of [sigstore.trustedRootFile(dir), sigstore.trustedRootLinesFile(dir)]) {
      const error = await (await createVerifier({ trustedRootFile: file })).verify(bundle).then(
        () => null,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(SigstoreVerificationError);
      expect((error as Error).message).toBe(
        "bundle does not verify: TLOG_ERROR: expected 1 tlog entries, got 0 (its CA belongs to an instance with a transparency log, which requires a log entry and an SCT; only an instance without a log, such as GitHub's, is trusted on an RFC 3161 timestamp alone)"
      );
    }
  });

  it('reads the Build Config URI and Source Repository URI a certificate since 2023 states', async () => {
    const modern = { ...IDENTITY, workflowRef: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3', repository: 'acme/widget' };
    const verified = await verifier.verify(await sigstore.signDsse(STATEMENT, modern));
    expect(verified.signer).toEqual({
      san: IDENTITY.san,
      issuer: GITHUB_ACTIONS_ISSUER,
      sourceCommit: COMMIT,
      sourceRef: 'refs/tags/v1.2.3',
      sourceRepositoryUri: 'https://github.com/acme/widget',
      buildConfigUri: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3'
    });
  });

  it('fails a bundle with neither a transparency-log entry nor a timestamp', async () => {
    const bundle = await sigstore.signDsse(STATEMENT, IDENTITY, { witness: 'none' });
    await expect(verifier.verify(bundle)).rejects.toThrow(/bundle does not verify: TIMESTAMP_ERROR: expected 1 timestamps, got 0/);
  });

  it('fails a bundle whose payload was changed after signing', async () => {
    const bundle = await sigstore.signDsse(STATEMENT, IDENTITY);
    const forged = { ...STATEMENT, subject: [{ name: 'widget-1.2.3.tgz', digest: { sha256: 'c'.repeat(64) } }] };
    const tampered = structuredClone(bundle);
    if (!tampered.dsseEnvelope) throw new Error('no envelope');
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(forged)).toString('base64');
    const error = await verifier.verify(tampered).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect((error as Error).message).toMatch(/^bundle does not verify: /);
  });

  it('fails a bundle whose certificate chains to a CA that is not in the trusted root', async () => {
    const bundle = await sigstore.foreign.signDsse(STATEMENT, IDENTITY);
    await expect(verifier.verify(bundle)).rejects.toThrow(/bundle does not verify: .*(CERTIFICATE_ERROR|TLOG)/);
  });

  it('fails a timestamp-only bundle from a foreign TSA and CA', async () => {
    const bundle = await sigstore.foreign.signDsse(STATEMENT, IDENTITY, { witness: 'tsa' });
    await expect(verifier.verify(bundle)).rejects.toThrow(SigstoreVerificationError);
  });

  it('verifies the foreign bundle against the foreign root (the failure above is about trust, not the bundle)', async () => {
    const foreignRoot = join(dir, 'foreign_root.json');
    writeFileSync(foreignRoot, JSON.stringify(sigstore.foreign.trustedRoot()));
    const foreignVerifier = await createVerifier({ trustedRootFile: foreignRoot });
    const verified = await foreignVerifier.verify(await sigstore.foreign.signDsse(STATEMENT, IDENTITY));
    expect(verified.signer.san).toBe(IDENTITY.san);
  });

  it.each([
    ['not an object', 'just text', /not a valid Sigstore bundle/],
    ['no media type', { verificationMaterial: {}, dsseEnvelope: {} }, /not a valid Sigstore bundle/]
  ])('fails a malformed bundle: %s', async (_name, bundle, message) => {
    await expect(verifier.verify(bundle)).rejects.toThrow(message);
  });
});

describe('verify a message-signature bundle', () => {
  const artifact = Buffer.from('widget 1.2.3 tarball bytes');

  it('verifies with the signed artifact and reports its digest', async () => {
    const bundle = await sigstore.signMessage(artifact, IDENTITY);
    const verified = await verifier.verify(bundle, { artifact });
    expect(verified.content).toEqual({ kind: 'message-signature', digest: { algorithm: 'sha256', hex: createHash('sha256').update(artifact).digest('hex') } });
    expect(verified.signer.sourceCommit).toBe(COMMIT);
  });

  it('verifies a timestamp-only message signature from an instance without a log, and fails one from the instance with a log', async () => {
    const both = await createVerifier({ trustedRootFile: sigstore.trustedRootLinesFile(dir) });
    const bundle = await sigstore.github.signMessage(artifact, IDENTITY, { witness: 'tsa' });
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    await expect(both.verify(bundle, { artifact })).resolves.toMatchObject({ signer: { san: IDENTITY.san } });
    // The log-less instance is not in the single-instance root: untrusted there.
    await expect(verifier.verify(bundle, { artifact })).rejects.toThrow(/^bundle does not verify: /);
    const logged = await sigstore.signMessage(artifact, IDENTITY, { witness: 'tsa' });
    await expect(both.verify(logged, { artifact })).rejects.toThrow(/^bundle does not verify: TLOG_ERROR: expected 1 tlog entries, got 0/);
  });

  it('fails a message signature from the foreign CA', async () => {
    const bundle = await sigstore.foreign.signMessage(artifact, IDENTITY);
    await expect(verifier.verify(bundle, { artifact })).rejects.toThrow(/bundle does not verify: CERTIFICATE_ERROR/);
  });

  it('fails with another artifact', async () => {
    const bundle = await sigstore.signMessage(artifact, IDENTITY);
    await expect(verifier.verify(bundle, { artifact: Buffer.from('another tarball') })).rejects.toThrow(/bundle does not verify: /);
  });

  it('fails without the artifact, saying it is needed', async () => {
    const bundle = await sigstore.signMessage(artifact, IDENTITY);
    await expect(verifier.verify(bundle)).rejects.toThrow('a message-signature bundle needs the signed artifact to verify');
  });
});

describe('trusted material', () => {
  it.each([
    ['missing file', null, /cannot read trusted root .*missing\.json: .*ENOENT/],
    ['not JSON', '{', /cannot read trusted root .*: /],
    [
      'no certificate authority',
      { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', certificateAuthorities: [], tlogs: [] },
      /certificateAuthorities/
    ],
    [
      'a transparency log without a CT log (no SCT could be checked)',
      {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        certificateAuthorities: [{ certChain: { certificates: [{ rawBytes: 'AA==' }] } }],
        tlogs: [{ publicKey: { rawBytes: 'AA==' }, logId: { keyId: 'AA==' } }]
      },
      /has a transparency log but no CT log: its certificates' SCTs could not be checked/
    ],
    [
      'JSON Lines with a broken second line',
      `${JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' })}\n{\n`,
      /cannot read trusted root .* line 2 \(JSON Lines, one trusted root a line\): /
    ],
    [
      'another media type',
      { mediaType: 'application/json', certificateAuthorities: [{ certChain: { certificates: [{ rawBytes: 'AA==' }] } }] },
      /mediaType application\/json/
    ]
  ])('rejects a trusted root file: %s', async (name, content, message) => {
    const file = join(dir, name === 'missing file' ? 'missing.json' : `${name.replace(/ /g, '-')}.json`);
    if (content !== null) writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    const error = await createVerifier({ trustedRootFile: file }).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(SigstoreTrustError);
    expect((error as Error).message).toMatch(message);
  });
});
