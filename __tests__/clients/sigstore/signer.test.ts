import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createVerifier, signerMismatch, type SignerIdentity, type SignerPolicy } from '../../../src/clients/sigstore/index.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { GITHUB_ACTIONS_ISSUER, startTestSigstore, type TestSigstore } from '../../../test-support/sigstore.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const POLICY: SignerPolicy = {
  san: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
  issuer: GITHUB_ACTIONS_ISSUER,
  sourceCommit: COMMIT
};
const GOOD: SignerIdentity = { san: POLICY.san, issuer: POLICY.issuer, sourceCommit: COMMIT, sourceRef: 'refs/tags/v1.2.3' };

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
