/**
 * Real bundles (__fixtures__/real/sigstore, and the one GitHub's attestations API answered inline) verified with
 * the real trusted roots, each at its own signing time (the roots' validity windows cover them), then judged
 * against the signer policy of their own identity and against SketchLog's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { signerPolicy } from '../../../src/checks/shared/supply-chain-signer.js';
import { createVerifier, signerMismatch, SigstoreVerificationError, type SignerPolicy, type SigstoreVerifier } from '../../../src/clients/sigstore/index.js';
import type { SignerIdentity } from '../../../src/formats/fulcio-certificate.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { testContext } from '../../helpers/context.js';
import { ROOT_FILE, SIGSTORE_DIR, realBundles, trustedRootLines, type Instance, type RealBundle } from './real-samples.js';

/** The parts of a serialized bundle the tampering below touches. */
interface BundleJson {
  dsseEnvelope: { payload: string; signatures: Array<{ sig: string }> };
  verificationMaterial: {
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: Array<{ rawBytes: string }> };
    tlogEntries?: unknown[];
    timestampVerificationData?: { rfc3161Timestamps?: unknown[] };
  };
}

const BUNDLES = realBundles();
const WORKFLOW_BUNDLES = BUNDLES.filter((b) => b.identity.buildConfigUri !== null);

let both: SigstoreVerifier;
const single: Partial<Record<Instance, SigstoreVerifier>> = {};

beforeAll(async () => {
  const file = path.join(tempDir('rg-real-sigstore-'), 'trusted_root.jsonl');
  fs.writeFileSync(file, trustedRootLines());
  both = await createVerifier({ trustedRootFile: file });
  for (const instance of ['public-good', 'github'] as const) single[instance] = await createVerifier({ trustedRootFile: ROOT_FILE[instance] });
});

afterAll(() => removeTempDirs());

/** The policy built for a bundle's own identity, as signerPolicy builds one (server, repository, workflow, ref, commit). */
function ownPolicy(bundle: RealBundle, issuer = bundle.identity.issuer ?? ''): SignerPolicy {
  const id = bundle.identity as Required<{ [K in keyof SignerIdentity]: string }>;
  return {
    san: id.buildConfigUri,
    signerWorkflows: bundle.signerWorkflows ?? [],
    issuer,
    sourceRepositoryUri: id.sourceRepositoryUri,
    sourceRef: id.sourceRef,
    sourceCommit: id.sourceCommit
  };
}

/** SketchLog's policy, from the one builder the checks use. */
const SKETCHLOG = (() => {
  const ctx = testContext({
    gate: 'supply-chain',
    tag: 'v1.2.3',
    config: { tags: { release: 'v{version}' }, 'supply-chain': { workflow: '.github/workflows/release.yml', scan: { report: 'scan.json' } } },
    clients: {} as never,
    settings: { sha: 'c0ffee'.padEnd(40, '1') }
  });
  const section = ctx.config['supply-chain'];
  if (!section) throw new Error('no supply-chain section');
  return signerPolicy(ctx, section);
})();

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e
  );

describe.each(BUNDLES.map((b) => [b.name, b] as const))('%s', (_name, bundle) => {
  it('verifies with its own instance and both instances as JSON Lines, and reads the signer and the statement', async () => {
    for (const verifier of [both, single[bundle.instance]!]) {
      const verified = await verifier.verify(bundle.json);
      expect(verified.signer).toEqual(bundle.identity);
      if (verified.content.kind !== 'dsse') throw new Error('expected a DSSE bundle');
      const statement = JSON.parse(verified.content.payload.toString('utf8')) as { predicateType: string; subject: unknown[] };
      expect(statement.predicateType).toBe(bundle.predicateType);
      expect(statement.subject.slice(0, 2)).toEqual(bundle.subjects);
      expect(statement.subject).toHaveLength(bundle.subjectCount);
    }
  });

  it('does not verify with the other instance alone (its CA is not there)', async () => {
    const other = bundle.instance === 'github' ? 'public-good' : 'github';
    const error = await failure(single[other]!.verify(bundle.json));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect((error as Error).message).toMatch(
      /^bundle does not verify: (CERTIFICATE_ERROR|TIMESTAMP_ERROR|TLOG_INCLUSION_PROOF_ERROR|TLOG_INCLUSION_PROMISE_ERROR)/
    );
  });

  it.each<[string, (json: BundleJson) => void]>([
    [
      'a payload byte flipped',
      (json) => {
        const payload = Buffer.from(json.dsseEnvelope.payload, 'base64');
        payload[payload.length >> 1]! ^= 0x01;
        json.dsseEnvelope.payload = payload.toString('base64');
      }
    ],
    [
      'a signature byte flipped',
      (json) => {
        const signature = json.dsseEnvelope.signatures[0]!;
        const sig = Buffer.from(signature.sig, 'base64');
        sig[sig.length - 5]! ^= 0x01;
        signature.sig = sig.toString('base64');
      }
    ],
    [
      'the certificate swapped for another real one of the same instance',
      (json) => {
        const donor = BUNDLES.find((b) => b.instance === bundle.instance && b.name !== bundle.name)!.json as BundleJson;
        const donorCert = donor.verificationMaterial.certificate ?? donor.verificationMaterial.x509CertificateChain!.certificates[0]!;
        if (json.verificationMaterial.certificate) json.verificationMaterial.certificate = donorCert;
        else json.verificationMaterial.x509CertificateChain!.certificates[0] = donorCert;
      }
    ]
  ])('fails as a verification error with %s', async (_what, tamper) => {
    const json = structuredClone(bundle.json) as BundleJson;
    tamper(json);
    const error = await failure(both.verify(json));
    expect(error).toBeInstanceOf(SigstoreVerificationError);
    expect((error as Error).message).toMatch(/^bundle does not verify: [A-Z_]+: /);
  });
});

describe.each(WORKFLOW_BUNDLES.map((b) => [b.name, b] as const))('the signer of %s', (_name, bundle) => {
  it('is exactly the policy built for its own identity', async () => {
    const verified = await both.verify(bundle.json);
    expect(signerMismatch(verified.signer, ownPolicy(bundle))).toBeNull();
  });

  it('is not SketchLog: the message names the field, what the certificate says and what was expected', async () => {
    const verified = await both.verify(bundle.json);
    const expected =
      bundle.identity.issuer === SKETCHLOG.issuer
        ? `certificate Build Config URI (the workflow run) is ${bundle.identity.buildConfigUri}, expected https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v1.2.3`
        : `certificate issuer is ${bundle.identity.issuer}, expected https://token.actions.githubusercontent.com (set supply-chain.issuer when the workflow runs with a GitHub Enterprise issuer)`;
    expect(signerMismatch(verified.signer, SKETCHLOG)).toBe(expected);
  });

  it.each<[string, (p: SignerPolicy) => SignerPolicy, RegExp]>([
    [
      'another ref',
      (p) => ({ ...p, sourceRef: 'refs/tags/v1.2.3' }),
      /^certificate Source Repository Ref is refs\/heads\/main, expected refs\/tags\/v1\.2\.3$/
    ],
    ['another commit', (p) => ({ ...p, sourceCommit: 'f'.repeat(40) }), /^signed from commit [0-9a-f]{40}, expected f{40} /],
    [
      'another repository URI',
      (p) => ({ ...p, sourceRepositoryUri: 'https://github.com/evil/fork' }),
      /^certificate Source Repository URI is https:\/\/github\.com\/.+, expected https:\/\/github\.com\/evil\/fork$/
    ],
    [
      'a workflow path that only matches as a regular expression',
      (p) => ({ ...p, san: p.san.replace('.yml@', 'Xyml@') }),
      /^certificate Build Config URI .* expected .*Xyml@/
    ]
  ])('fails a policy differing by %s, on that field', async (_what, change, message) => {
    const verified = await both.verify(bundle.json);
    expect(signerMismatch(verified.signer, change(ownPolicy(bundle)))).toMatch(message);
  });
});

describe('identity details of particular real bundles', () => {
  const named = (name: string) => BUNDLES.find((b) => b.name === name)!;

  it('the custom-issuer (GitHub Enterprise) bundle counts only when supply-chain.issuer names its issuer', async () => {
    const bundle = named('custom-issuer.sigstore.json');
    const verified = await both.verify(bundle.json);
    expect(signerMismatch(verified.signer, ownPolicy(bundle, 'https://token.actions.githubusercontent.com'))).toBe(
      'certificate issuer is https://token.actions.githubusercontent.com/hammer-time, expected https://token.actions.githubusercontent.com (set supply-chain.issuer when the workflow runs with a GitHub Enterprise issuer)'
    );
    expect(signerMismatch(verified.signer, ownPolicy(bundle, 'https://token.actions.githubusercontent.com/hammer-time'))).toBeNull();
  });

  it('the reusable-workflow attestation counts only when its SAN is one of the signer workflows', async () => {
    const bundle = named('reusable-workflow-attestation.sigstore.json');
    const verified = await both.verify(bundle.json);
    expect(signerMismatch(verified.signer, { ...ownPolicy(bundle), signerWorkflows: [] })).toBe(
      'signed by https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main (certificate SAN, the workflow that ran the signing step), expected https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main; add it to supply-chain.signer-workflows if that reusable workflow is trusted to sign'
    );
    expect(
      signerMismatch(verified.signer, {
        ...ownPolicy(bundle),
        signerWorkflows: ['https://github.com/bdehamer/workflows/.github/workflows/attest.yml@0000000000000000000000000000000000000000']
      })
    ).toMatch(
      /^signed by .*attest\.yml@refs\/heads\/main .* or one of supply-chain\.signer-workflows \(https:\/\/github\.com\/bdehamer\/workflows\/.*@0{40}\)/
    );
    expect(signerMismatch(verified.signer, ownPolicy(bundle))).toBeNull();
  });

  it.each(['github_release_bundle.json', 'attestations-inline-tsa.json#attestations[0].bundle'])(
    '%s (GitHub release attestation, RFC 3161 timestamp only) verifies but names no workflow, so no policy accepts it',
    async (name) => {
      const verified = await both.verify(named(name).json);
      expect(signerMismatch(verified.signer, SKETCHLOG)).toBe(
        'certificate issuer is (none), expected https://token.actions.githubusercontent.com (set supply-chain.issuer when the workflow runs with a GitHub Enterprise issuer)'
      );
    }
  );

  it('the npm provenance subject is the registry tarball: its sha512 is the recorded dist.integrity', () => {
    const digest = named('sigstore-js-2.1.0-bundle.json').subjects[0]!.digest as { sha512: string };
    expect(`sha512-${Buffer.from(digest.sha512, 'hex').toString('base64')}`).toBe(
      'sha512-kPIj+ZLkyI3QaM0qX8V/nSsweYND3W448pwkDgS6CQ74MfhEkIR8ToK5Iyx46KJYRjseVcD3Rp9zAmUAj6ZjPw=='
    );
  });

  it('the npm provenance subject is the real tarball npm serves for sigstore@2.1.0, byte for byte', () => {
    // The tarball is code, so it is not committed: `npm run setup` packs it from the npm registry into .tmp/.
    const tarball = path.resolve(import.meta.dirname, '../../../.tmp/real-tarballs/sigstore-2.1.0.tgz');
    expect({ present: fs.existsSync(tarball), hint: 'run npm run setup: it packs sigstore@2.1.0 into .tmp/real-tarballs' }).toEqual({
      present: true,
      hint: expect.any(String)
    });
    const digest = named('sigstore-js-2.1.0-bundle.json').subjects[0]!.digest as { sha512: string };
    expect(createHash('sha512').update(fs.readFileSync(tarball)).digest('hex')).toBe(digest.sha512);
  });

  it('the custom-issuer subject is the committed artifact, byte for byte', () => {
    const bytes = fs.readFileSync(path.join(SIGSTORE_DIR, 'custom-issuer-artifact'));
    expect(named('custom-issuer.sigstore.json').subjects[0]).toEqual({
      name: 'artifact',
      digest: { sha256: createHash('sha256').update(bytes).digest('hex') }
    });
  });
});

describe('evidence per instance, on real bundles', () => {
  it('a real public-good bundle stripped of its log entry fails: the public-good CA needs a log entry and an SCT', async () => {
    const json = structuredClone(BUNDLES.find((b) => b.name === 'custom-issuer.sigstore.json')!.json) as BundleJson;
    json.verificationMaterial.tlogEntries = [];
    const error = await failure(both.verify(json));
    expect((error as Error).message).toBe('bundle does not verify: TIMESTAMP_ERROR: expected 1 timestamps, got 0');
  });

  it("a real GitHub-instance bundle verifies on its TSA's timestamp alone, and fails without it", async () => {
    const bundle = BUNDLES.find((b) => b.name === 'github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl')!;
    await expect(both.verify(bundle.json)).resolves.toMatchObject({ signer: bundle.identity });
    const json = structuredClone(bundle.json) as BundleJson;
    json.verificationMaterial.timestampVerificationData!.rfc3161Timestamps = [];
    expect(((await failure(both.verify(json))) as Error).message).toBe('bundle does not verify: TIMESTAMP_ERROR: expected 1 timestamps, got 0');
  });
});
