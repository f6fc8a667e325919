/**
 * `provenance`: the signer identity as GitHub's Fulcio certificate states it (SPEC, `supply-chain`), with
 * certificates made by test-support/sigstore.ts (Build Config URI, Source Repository URI and Ref written by the
 * mock Fulcio from the token's claims) and with real bundles (__fixtures__/real/sigstore, and the bundle GitHub's
 * attestations API answered inline in __fixtures__/real/github). Kept apart from provenance.test.ts, whose
 * dist/GitHub/BuildKit cases fill that file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { provenance } from '../../../src/checks/supply-chain/provenance.js';
import { createClients } from '../../../src/clients/index.js';
import { createRepo, removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { startGitHubServer, type GitHubTestServer } from '../../../test-support/github-server.js';
import { startTestSigstore, type TestSignerIdentity, type TestSigstore } from '../../../test-support/sigstore.js';
import { GITHUB_DIR, SIGSTORE_DIR, trustedRootLines } from '../../clients/sigstore/real-samples.js';
import { testContext, testSettings, type TestGateContext } from '../../helpers/context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const SHA = 'c0ffee'.padEnd(40, '1');
const TOKEN = 'ghs_provenance_signer_token_0123456789';
const WORKFLOW = '.github/workflows/release.yml';
const RELEASE_REF = `sketchlog/sketchlog/${WORKFLOW}@refs/tags/v1.2.3`;
const RELEASE_URI = `https://github.com/${RELEASE_REF}`;
const ATTEST = 'github/artifact-attestations-workflows/.github/workflows/attest.yml@1d4b3a5f1c5e3e0e8b9f0c2d7a6b5c4d3e2f1a09';
/** A certificate as Fulcio issues it since 2023: Build Config URI and Source Repository URI present. */
const SIGNER: TestSignerIdentity = {
  san: RELEASE_URI,
  sourceCommit: SHA,
  sourceRef: 'refs/tags/v1.2.3',
  workflowRef: RELEASE_REF,
  repository: 'sketchlog/sketchlog'
};
const DIST = { 'sketchlog-1.2.3.tar.gz': 'sdist bytes\n' };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let sigstore: TestSigstore;
let github: GitHubTestServer;

beforeAll(async () => {
  sigstore = await startTestSigstore();
  github = await startGitHubServer({ repoDir: createRepo({ 'README.md': 'x\n' }).dir, token: TOKEN });
}, 60_000);

afterAll(async () => {
  await Promise.all([sigstore?.close(), github?.close()]);
  removeTempDirs();
});

function statement(): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: Object.entries(DIST).map(([name, content]) => ({ name, digest: { sha256: sha256(content) } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } }
  };
}

function context(supplyChain: Record<string, unknown> = {}, options: { dist?: Record<string, string>; trustedRoot?: string } = {}): TestGateContext {
  const workspace = tempDir('rg-provenance-signer-');
  fs.mkdirSync(path.join(workspace, 'dist'));
  for (const [name, content] of Object.entries({ ...DIST, ...options.dist })) fs.writeFileSync(path.join(workspace, 'dist', name), content);
  fs.mkdirSync(path.join(workspace, '.github/sigstore'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.github/sigstore/trusted_root.json'), options.trustedRoot ?? JSON.stringify(sigstore.trustedRoot()));
  const overrides = {
    gate: 'supply-chain' as const,
    tag: 'v1.2.3',
    sha: SHA,
    token: TOKEN,
    apiUrl: github.url,
    runnerTemp: tempDir('rg-runner-temp-'),
    retries: 0,
    retryBaseMs: 0
  };
  return testContext({
    gate: 'supply-chain',
    config: {
      tags: { release: 'v{version}' },
      container: false,
      helm: false,
      release: { sbom: '*.spdx.json', provenance: '*.sigstore.json' },
      'supply-chain': { workflow: WORKFLOW, 'trusted-root': '.github/sigstore/trusted_root.json', scan: { report: 'scan.json' }, ...supplyChain }
    },
    tag: 'v1.2.3',
    clients: createClients(testSettings(workspace, overrides)),
    workspace,
    settings: overrides,
    noSleep: 'provenance never waits'
  });
}

function attestOnGitHub(bundles: unknown[]): void {
  github.attestations.length = 0;
  for (const bundle of bundles) github.attestations.push({ subjects: Object.values(DIST).map((c) => `sha256:${sha256(c)}`), bundle });
}

describe('provenance: the signer identity of a certificate with a Build Config URI', () => {
  it('passes when every field is the release workflow at the tag and commit', async () => {
    attestOnGitHub([await sigstore.signDsse(statement(), SIGNER)]);
    const outcome = await runDeclaredCheck(provenance, context());
    expect(outcome.summary).toBe('1 release file(s) in dist covered by verified SLSA provenance');
    expect(outcome.status).toBe('pass');
  });

  it.each<[string, Partial<TestSignerIdentity>, string]>([
    [
      'another workflow run (Build Config URI), though the SAN is the release workflow',
      { workflowRef: `sketchlog/sketchlog/.github/workflows/ci.yml@refs/tags/v1.2.3` },
      `certificate Build Config URI (the workflow run) is https://github.com/sketchlog/sketchlog/.github/workflows/ci.yml@refs/tags/v1.2.3, expected ${RELEASE_URI}`
    ],
    [
      'another Source Repository URI',
      { repository: 'fork/sketchlog' },
      'certificate Source Repository URI is https://github.com/fork/sketchlog, expected https://github.com/sketchlog/sketchlog'
    ],
    [
      'a branch as the Source Repository Ref',
      { sourceRef: 'refs/heads/main' },
      'certificate Source Repository Ref is refs/heads/main, expected refs/tags/v1.2.3'
    ],
    [
      'a reusable workflow not in supply-chain.signer-workflows',
      { san: `https://github.com/${ATTEST}` },
      `signed by https://github.com/${ATTEST} (certificate SAN, the workflow that ran the signing step), expected ${RELEASE_URI}; add it to supply-chain.signer-workflows if that reusable workflow is trusted to sign`
    ],
    [
      'a GitHub Enterprise issuer while supply-chain.issuer is the default',
      { issuer: 'https://token.actions.githubusercontent.com/sketchlog' },
      'certificate issuer is https://token.actions.githubusercontent.com/sketchlog, expected https://token.actions.githubusercontent.com (set supply-chain.issuer when the workflow runs with a GitHub Enterprise issuer)'
    ]
  ])('a verified bundle with %s does not count, saying which field', async (_name, change, reason) => {
    attestOnGitHub([await sigstore.signDsse(statement(), { ...SIGNER, ...change })]);
    const outcome = await runDeclaredCheck(provenance, context());
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toContain(`GitHub attestation (inline): does not count — ${reason}`);
  });

  it('counts a reusable workflow named in supply-chain.signer-workflows (its exact ref), and only that one', async () => {
    attestOnGitHub([await sigstore.signDsse(statement(), { ...SIGNER, san: `https://github.com/${ATTEST}` })]);
    expect((await runDeclaredCheck(provenance, context({ 'signer-workflows': [ATTEST] }))).status).toBe('pass');
    const otherRef = ATTEST.replace(/@.*/, '@refs/heads/main');
    const outcome = await runDeclaredCheck(provenance, context({ 'signer-workflows': [otherRef] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.details!.join('\n')).toContain(`or one of supply-chain.signer-workflows (https://github.com/${otherRef})`);
  });

  it('counts a GitHub Enterprise issuer when supply-chain.issuer names it exactly', async () => {
    attestOnGitHub([await sigstore.signDsse(statement(), { ...SIGNER, issuer: 'https://token.actions.githubusercontent.com/sketchlog' })]);
    expect((await runDeclaredCheck(provenance, context({ issuer: 'https://token.actions.githubusercontent.com/sketchlog' }))).status).toBe('pass');
    expect((await runDeclaredCheck(provenance, context({ issuer: 'https://token.actions.githubusercontent.com/sketchlog/' }))).status).toBe('fail');
  });

  it('judges a certificate without a Build Config URI (Fulcio before 2023) by its SAN alone: a reusable workflow cannot sign', async () => {
    const legacy = { san: `https://github.com/${ATTEST}`, sourceCommit: SHA, sourceRef: 'refs/tags/v1.2.3' };
    attestOnGitHub([await sigstore.signDsse(statement(), legacy)]);
    const outcome = await runDeclaredCheck(provenance, context({ 'signer-workflows': [ATTEST] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toContain(
      `GitHub attestation (inline): does not count — signed by https://github.com/${ATTEST}, expected ${RELEASE_URI} (a certificate without a Build Config URI is judged by its SAN alone)`
    );
  });
});

describe('provenance: real bundles and a real GitHub attestations answer', () => {
  it("real public-good bundles in dist verify but are not SketchLog's: each does not count, naming the field", async () => {
    attestOnGitHub([]);
    const real = (file: string) => fs.readFileSync(path.join(SIGSTORE_DIR, file), 'utf8');
    const outcome = await runDeclaredCheck(
      provenance,
      context(
        {},
        {
          trustedRoot: trustedRootLines(),
          dist: { 'npm.sigstore.json': real('sigstore-js-2.1.0-bundle.json'), 'reusable.sigstore.json': real('reusable-workflow-attestation.sigstore.json') }
        }
      )
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual(
      expect.arrayContaining([
        `dist/npm.sigstore.json: does not count — certificate Build Config URI (the workflow run) is https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main, expected ${RELEASE_URI}`,
        `dist/reusable.sigstore.json: does not count — certificate Build Config URI (the workflow run) is https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main, expected ${RELEASE_URI}`
      ])
    );
  });

  it("GitHub's real inline release attestation (its own instance, RFC 3161 timestamp only) verifies but names no workflow", async () => {
    const answer = JSON.parse(fs.readFileSync(path.join(GITHUB_DIR, 'attestations-inline-tsa.json'), 'utf8')) as { attestations: Array<{ bundle: unknown }> };
    attestOnGitHub([answer.attestations[0]!.bundle]);
    const outcome = await runDeclaredCheck(provenance, context({}, { trustedRoot: trustedRootLines() }));
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toContain(
      'GitHub attestation (inline): does not count — certificate issuer is (none), expected https://token.actions.githubusercontent.com (set supply-chain.issuer when the workflow runs with a GitHub Enterprise issuer)'
    );
    expect(github.violations).toEqual([]);
  });
});
