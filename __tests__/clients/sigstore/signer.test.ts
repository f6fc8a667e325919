import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createVerifier, signerMismatch, type SignerIdentity, type SignerPolicy } from '../../../src/clients/sigstore/index.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { GITHUB_ACTIONS_ISSUER, startTestSigstore, type TestSigstore } from '../../../test-support/sigstore.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const POLICY: SignerPolicy = {
  san: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
  signerWorkflows: [],
  issuer: GITHUB_ACTIONS_ISSUER,
  sourceRepositoryUri: 'https://github.com/acme/widget',
  sourceRef: 'refs/tags/v1.2.3',
  sourceCommit: COMMIT
};
/** As Fulcio before 2023 wrote it: no Build Config URI nor Source Repository URI, judged by the SAN alone. */
const GOOD: SignerIdentity = {
  san: POLICY.san,
  issuer: POLICY.issuer,
  sourceCommit: COMMIT,
  sourceRef: 'refs/tags/v1.2.3',
  sourceRepositoryUri: null,
  buildConfigUri: null
};

describe('signerMismatch', () => {
  it('accepts the expected signer, comparing the commit without regard to case', () => {
    expect(signerMismatch(GOOD, POLICY)).toBeNull();
    expect(signerMismatch({ ...GOOD, sourceCommit: COMMIT.toUpperCase() }, POLICY)).toBeNull();
    expect(signerMismatch(GOOD, { ...POLICY, sourceCommit: COMMIT.toUpperCase() })).toBeNull();
  });

  it.each<[string, Partial<SignerIdentity>, RegExp]>([
    [
      'another workflow',
      { san: 'https://github.com/acme/widget/.github/workflows/other.yml@refs/tags/v1.2.3' },
      /signed by .*other\.yml.*, expected .*release\.yml/
    ],
    [
      'a branch ref instead of the tag',
      { san: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main' },
      /signed by .*refs\/heads\/main/
    ],
    ['another repository', { san: 'https://github.com/evil/widget/.github/workflows/release.yml@refs/tags/v1.2.3' }, /signed by https:\/\/github\.com\/evil\//],
    // As a regular expression the policy SAN's `.` would match any character: `releaseXyml` must not pass.
    ['a SAN that only matches the policy as a regex', { san: 'https://github.com/acme/widget/.github/workflows/releaseXyml@refs/tags/v1.2.3' }, /releaseXyml/],
    ['a longer SAN containing the policy SAN', { san: `${POLICY.san}-evil` }, /signed by .*v1\.2\.3-evil/],
    ['a SAN differing only in case', { san: POLICY.san.toUpperCase() }, /signed by HTTPS:/],
    ['no SAN', { san: null }, /signed by \(no SAN\)/],
    ['another issuer', { issuer: 'https://issuer.example.test' }, /certificate issuer is https:\/\/issuer\.example\.test, expected https:\/\/token\.actions/],
    ['no issuer', { issuer: null }, /certificate issuer is \(none\)/],
    ['another commit', { sourceCommit: 'f'.repeat(40) }, new RegExp(`signed from commit f{40}, expected ${COMMIT}`)],
    ['a commit prefix', { sourceCommit: COMMIT.slice(0, 12) }, /signed from commit 0123456789ab, expected/],
    ['no commit in the certificate', { sourceCommit: null }, /signed from commit \(not stated in the certificate\)/]
  ])('rejects %s', (_name, change, message) => {
    expect(signerMismatch({ ...GOOD, ...change }, POLICY)).toMatch(message);
  });
});

describe('signerMismatch, for a certificate with a Build Config URI (Fulcio since 2023)', () => {
  const REUSABLE = 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@' + 'ab'.repeat(20);
  const MODERN: SignerIdentity = { ...GOOD, sourceRepositoryUri: 'https://github.com/acme/widget', buildConfigUri: POLICY.san };

  it('accepts the release workflow, and a reusable workflow only when it is one of the signer workflows', () => {
    expect(signerMismatch(MODERN, POLICY)).toBeNull();
    expect(signerMismatch({ ...MODERN, san: REUSABLE }, { ...POLICY, signerWorkflows: [REUSABLE] })).toBeNull();
  });

  it.each<[string, Partial<SignerIdentity>, Partial<SignerPolicy>, string]>([
    [
      'another workflow run',
      { buildConfigUri: 'https://github.com/acme/widget/.github/workflows/ci.yml@refs/tags/v1.2.3' },
      {},
      `certificate Build Config URI (the workflow run) is https://github.com/acme/widget/.github/workflows/ci.yml@refs/tags/v1.2.3, expected ${POLICY.san}`
    ],
    [
      'an untrusted reusable workflow as the SAN',
      { san: REUSABLE },
      {},
      `signed by ${REUSABLE} (certificate SAN, the workflow that ran the signing step), expected ${POLICY.san}; add it to supply-chain.signer-workflows if that reusable workflow is trusted to sign`
    ],
    [
      'a reusable workflow at another ref than the trusted one',
      { san: REUSABLE.replace(/@.*/, '@refs/heads/main') },
      { signerWorkflows: [REUSABLE] },
      `signed by ${REUSABLE.replace(/@.*/, '@refs/heads/main')} (certificate SAN, the workflow that ran the signing step), expected ${POLICY.san} or one of supply-chain.signer-workflows (${REUSABLE}); add it to supply-chain.signer-workflows if that reusable workflow is trusted to sign`
    ],
    [
      'no Source Repository URI',
      { sourceRepositoryUri: null },
      {},
      'certificate Source Repository URI is (not stated in the certificate), expected https://github.com/acme/widget'
    ],
    ['another Source Repository Ref', { sourceRef: 'refs/heads/main' }, {}, 'certificate Source Repository Ref is refs/heads/main, expected refs/tags/v1.2.3'],
    [
      'another issuer (checked first)',
      { issuer: 'https://token.actions.githubusercontent.com/acme', buildConfigUri: 'https://github.com/x/y/.github/workflows/z.yml@refs/heads/main' },
      {},
      'certificate issuer is https://token.actions.githubusercontent.com/acme, expected https://token.actions.githubusercontent.com (set supply-chain.issuer when the workflow runs with a GitHub Enterprise issuer)'
    ]
  ])('rejects %s, naming the field, what the certificate says and what was expected', (_name, change, policy, message) => {
    expect(signerMismatch({ ...MODERN, ...change }, { ...POLICY, ...policy })).toBe(message);
  });

  it('judges a certificate without a Build Config URI by its SAN alone: a trusted reusable workflow does not help there', () => {
    expect(signerMismatch({ ...GOOD, san: REUSABLE }, { ...POLICY, signerWorkflows: [REUSABLE] })).toBe(
      `signed by ${REUSABLE}, expected ${POLICY.san} (a certificate without a Build Config URI is judged by its SAN alone)`
    );
  });
});

describe('signer identity read from real certificates', () => {
  let sigstore: TestSigstore;

  beforeAll(async () => {
    sigstore = await startTestSigstore();
  });

  afterAll(async () => {
    await sigstore.close();
    removeTempDirs();
  });

  it.each([
    ['the release workflow at the tag', POLICY.san, COMMIT, null],
    ['a workflow on a branch', 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main', COMMIT, /refs\/heads\/main/],
    ['another commit', POLICY.san, 'e'.repeat(40), /signed from commit e{40}/],
    ['a regex look-alike SAN', 'https://github.com/acme/widget/.github/workflows/releaseXyml@refs/tags/v1.2.3', COMMIT, /releaseXyml/]
  ])('%s', async (_name, san, sourceCommit, expected) => {
    const verifier = await createVerifier({ trustedRootFile: sigstore.trustedRootFile(tempDir()) });
    const verified = await verifier.verify(await sigstore.signDsse({ _type: 'https://in-toto.io/Statement/v1' }, { san, sourceCommit }));
    expect(verified.signer.san).toBe(san);
    expect(verified.signer.sourceCommit).toBe(sourceCommit);
    const mismatch = signerMismatch(verified.signer, POLICY);
    if (expected === null) expect(mismatch).toBeNull();
    else expect(mismatch).toMatch(expected);
  });
});
