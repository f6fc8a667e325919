/**
 * Real PEP 740 attestations (__fixtures__/real/pep740/), turned into Sigstore bundles the way pypi-attestations'
 * `to_bundle` does (src/formats/pep740.ts), verify with the project's own verifier against the trusted root of the
 * instance that signed them: Sigstore public-good (__fixtures__/real/sigstore/public-good-trusted_root.json) or its
 * staging instance (staging-trusted_root.json, for the two attestations pypi-attestations signed there by hand).
 * The verifier's signer is exactly what each real certificate states; one flipped byte of a statement fails.
 * Every sample in the folder has expectations here too.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createVerifier, signerMismatch, SigstoreVerificationError, type SignerIdentity, type SigstoreVerifier } from '../../../src/clients/sigstore/index.js';
import {
  attestationToBundle,
  IN_TOTO_PAYLOAD_TYPE,
  readPep740Attestation,
  readPep740Provenance,
  readPep740Statement,
  type Pep740Attestation,
  type Pep740Publisher
} from '../../../src/formats/pep740.js';
import { realSamples } from '../../../test-support/real-samples.js';

const FOLDER = new URL('../../../__fixtures__/real/pep740/', import.meta.url);
const TRUSTED_ROOTS = {
  'public-good': fileURLToPath(new URL('../../../__fixtures__/real/sigstore/public-good-trusted_root.json', import.meta.url)),
  staging: fileURLToPath(new URL('staging-trusted_root.json', FOLDER))
} as const;
type Instance = keyof typeof TRUSTED_ROOTS;

const GITHUB_ACTIONS = 'https://token.actions.githubusercontent.com';
const PYPI_ATTESTATIONS_0_0_19 = 'https://github.com/trailofbits/pypi-attestations/.github/workflows/release.yml@refs/tags/v0.0.19';
const PYPI_ATTESTATIONS_SIGNER: SignerIdentity = {
  san: PYPI_ATTESTATIONS_0_0_19,
  issuer: GITHUB_ACTIONS,
  sourceCommit: '08802efe1f8e5fec4ad842d6b8ce97656092ee72',
  sourceRef: 'refs/tags/v0.0.19',
  sourceRepositoryUri: 'https://github.com/trailofbits/pypi-attestations',
  buildConfigUri: PYPI_ATTESTATIONS_0_0_19
};
/** pypi-attestations' own test signer: a person's e-mail through GitHub's OAuth login, on the staging instance. */
const EMAIL_SIGNER: SignerIdentity = {
  san: 'william@yossarian.net',
  issuer: 'https://github.com/login/oauth',
  sourceCommit: null,
  sourceRef: null,
  sourceRepositoryUri: null,
  buildConfigUri: null
};

/** Per sample: the instance that signed it and the signer each attestation's certificate states, in order. */
const EXPECTED: Record<string, { instance: Instance; signers: SignerIdentity[] }> = {
  'pypi_attestations-0.0.19.tar.gz.provenance': { instance: 'public-good', signers: [PYPI_ATTESTATIONS_SIGNER] },
  'pypi_attestations-0.0.19.tar.gz.slsa.attestation': { instance: 'public-good', signers: [PYPI_ATTESTATIONS_SIGNER] },
  'sigstore-3.6.1.tar.gz.provenance': {
    instance: 'public-good',
    signers: [
      {
        san: 'https://github.com/sigstore/sigstore-python/.github/workflows/release.yml@refs/tags/v3.6.1',
        issuer: GITHUB_ACTIONS,
        sourceCommit: '896cfe13105495e6dc6f8faf23e1007da35edeeb',
        sourceRef: 'refs/tags/v3.6.1',
        sourceRepositoryUri: 'https://github.com/sigstore/sigstore-python',
        buildConfigUri: 'https://github.com/sigstore/sigstore-python/.github/workflows/release.yml@refs/tags/v3.6.1'
      }
    ]
  },
  'gitlab_oidc_project-0.0.3.tar.gz.publish.attestation': {
    instance: 'public-good',
    signers: [
      {
        san: 'https://gitlab.com/facutuesca/gitlab-oidc-project//.gitlab-ci.yml@refs/heads/main',
        issuer: 'https://gitlab.com',
        sourceCommit: '72f7c63b75eb55ea80864962f0e645c93414da34',
        sourceRef: 'refs/heads/main',
        sourceRepositoryUri: 'https://gitlab.com/facutuesca/gitlab-oidc-project',
        buildConfigUri: 'https://gitlab.com/facutuesca/gitlab-oidc-project//.gitlab-ci.yml@refs/heads/main'
      }
    ]
  },
  'rfc8785-0.1.2-py3-none-any.whl.publish.attestation': { instance: 'staging', signers: [EMAIL_SIGNER] },
  'spt3g-1.0-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.publish.attestation': { instance: 'staging', signers: [EMAIL_SIGNER] }
};

const samples = realSamples('pep740', ['staging-trusted_root.json']);

/** Each attestation of a sample with the publisher of its bundle (null for a lone attestation file). */
function attestationsOf(name: string): Array<{ attestation: Pep740Attestation; publisher: Pep740Publisher | null }> {
  const bytes = fs.readFileSync(new URL(name, FOLDER));
  if (name.endsWith('.provenance')) {
    return readPep740Provenance(bytes).bundles.flatMap((bundle) => bundle.attestations.map((attestation) => ({ attestation, publisher: bundle.publisher })));
  }
  return [{ attestation: readPep740Attestation(bytes), publisher: null }];
}

/** The same attestation with one byte of its statement flipped: a bit of the subject's sha256. */
function tampered(attestation: Pep740Attestation): Pep740Attestation {
  const statement = Buffer.from(attestation.statement);
  const at = statement.indexOf(readPep740Statement(statement).sha256);
  statement[at] = statement[at]! ^ 0x01;
  return { ...attestation, statement };
}

/** The verifier refuses with a SigstoreVerificationError whose message is exactly `message`. */
async function expectRejection(verification: Promise<unknown>, message: string): Promise<void> {
  const error = await verification.then(
    () => null,
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(SigstoreVerificationError);
  expect((error as Error).message).toBe(message);
}

const verifiers = {} as Record<Instance, SigstoreVerifier>;

beforeAll(async () => {
  verifiers['public-good'] = await createVerifier({ trustedRootFile: TRUSTED_ROOTS['public-good'] });
  verifiers.staging = await createVerifier({ trustedRootFile: TRUSTED_ROOTS.staging });
});

describe('real PEP 740 attestations through the Sigstore verifier', () => {
  test('every sample in the folder has expectations, and every expectation a sample', () => {
    expect(samples.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(samples)('%s: verifies, and the signer is the identity its certificate states', async (name) => {
    const expected = EXPECTED[name];
    if (!expected) throw new Error(`${name} has no expectations`);
    const attestations = attestationsOf(name);
    expect(attestations).toHaveLength(expected.signers.length);
    for (const [index, { attestation, publisher }] of attestations.entries()) {
      const verified = await verifiers[expected.instance].verify(attestationToBundle(attestation));
      const signer = expected.signers[index]!;
      expect(verified.signer).toEqual(signer);
      expect(verified.content).toEqual({ kind: 'dsse', payloadType: IN_TOTO_PAYLOAD_TYPE, payload: attestation.statement });
      if (signer.sourceCommit !== null && signer.sourceRef !== null && signer.sourceRepositoryUri !== null && signer.issuer !== null && signer.san !== null) {
        // A policy built from the certificate's own identity accepts it (every comparison is exact).
        const policy = {
          san: signer.san,
          signerWorkflows: [],
          issuer: signer.issuer,
          sourceRepositoryUri: signer.sourceRepositoryUri,
          sourceRef: signer.sourceRef,
          sourceCommit: signer.sourceCommit
        };
        expect(signerMismatch(verified.signer, policy)).toBeNull();
        expect(signerMismatch(verified.signer, { ...policy, sourceRef: 'refs/tags/v0.0.0' })).toBe(
          `certificate Source Repository Ref is ${signer.sourceRef}, expected refs/tags/v0.0.0`
        );
      }
      if (publisher?.kind === 'GitHub') {
        // The Trusted Publisher PyPI states is the workflow the certificate names (pypi-attestations' GitHub policy).
        expect(`https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}@${signer.sourceRef}`).toBe(signer.buildConfigUri);
        expect(`https://github.com/${publisher.repository}`).toBe(signer.sourceRepositoryUri);
      }
    }
  });

  test.each(samples)('%s: one flipped byte of the statement fails verification', async (name) => {
    const expected = EXPECTED[name]!;
    for (const { attestation } of attestationsOf(name)) {
      const bundle = attestationToBundle(tampered(attestation));
      // The Rekor entry records the payload's hash, so the changed statement is caught there, before the signature.
      await expectRejection(verifiers[expected.instance].verify(bundle), 'bundle does not verify: TLOG_BODY_ERROR: DSSE payload hash mismatch');
    }
  });

  test.each(samples.filter((name) => EXPECTED[name]?.instance === 'staging'))('%s: staging material is not trusted by the public-good root', async (name) => {
    for (const { attestation } of attestationsOf(name)) {
      await expectRejection(
        verifiers['public-good'].verify(attestationToBundle(attestation)),
        'bundle does not verify: CERTIFICATE_ERROR: Failed to verify certificate chain'
      );
    }
  });
});
