/**
 * The supply-chain gate run as a process (dist/index.js, as the runner starts it) over a world made of real
 * samples (issue 14): BuildKit SLSA v1 images built from BuildKit's own statements (__fixtures__/real/buildkit,
 * through test-support/buildkit-attestations.ts), Microsoft sbom-tool and SbomToolkit SPDX 2.2 documents copied
 * byte for byte into dist (__fixtures__/real/spdx), and Trivy's registry-image golden rewritten only to name the
 * test image's digest (__fixtures__/real/scan). The image signature and the dist provenance are signed by the
 * loopback Sigstore under SketchLog's exact identity as GitHub's certificate states it (Build Config URI, Source
 * Repository URI, ref, commit).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { shortRefs } from '../src/report/compact.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SLSA_PROVENANCE_V1, type ProvenanceOptions } from '../test-support/buildkit-attestations.js';
import { chainPemOf, cosignLayer, pushCosignSignatures, simpleSigningPayload, type SignedBundleJson } from '../test-support/cosign.js';
import { checkIds } from '../test-support/gate-checks.js';
import { createRepo, removeTempDirs } from '../test-support/git-repo.js';
import { startGitHubServer, type GitHubTestServer } from '../test-support/github-server.js';
import { OciPusher, pushBuildKitImage, startOciRegistry, type OciTestRegistry, type PushedImage } from '../test-support/oci-registry.js';
import { runAction, type ActionResult } from '../test-support/run-action.js';
import { supplyChainWorkspace } from '../test-support/supply-chain-workspace.js';
import { startTestSigstore, type TestSignerIdentity, type TestSigstore } from '../test-support/sigstore.js';

const TOKEN = 'ghs_SupplyChainRealProcessTestToken012345';
const VERSION = '1.2.3';
const TAG = `v${VERSION}`;
const REAL = path.resolve(import.meta.dirname, '../__fixtures__/real');
const REPOSITORY = 'sketchlog/sketchlog';
const WORKFLOW = `${REPOSITORY}/.github/workflows/release.yml@refs/tags/${TAG}`;
/** A reusable workflow that may run the attest step for release.yml, pinned as supply-chain.signer-workflows requires. */
const REUSABLE_SIGNER = `sketchlog/workflows/.github/workflows/attest.yml@${'5e1f'.repeat(10)}`;
const CHECKS = checkIds('supply-chain');
/** Where sbom-tool writes its SBOM: `_manifest/spdx_2.2/manifest.spdx.json`. */
const SBOM = 'manifest.spdx.json';
const SDIST = `sketchlog-${VERSION}.tar.gz`;
const PROVENANCE = `sketchlog-${VERSION}.sigstore.json`;
const SBOMS = { 'sbom-tool': 'spdx/sbom-tool-2.1-spdx22.json', 'sbom-toolkit': 'spdx/sbom-toolkit-1.0-spdx22.json' } as const;
/** The one `Metadata.RepoDigests` entry of Trivy's golden: the only bytes of the report the test rewrites. */
const TRIVY_REPO_DIGEST = 'localhost:53869/alpine@sha256:b1c5a500182b21d0bfa5a584a8526b56d8be316f89e87d951be04abed2446e60';
/** BuildKit's own Git-context example (moby/buildkit at v0.11.0): another repository's build. */
const OTHER_GIT_CONTEXT = (JSON.parse(fs.readFileSync(path.join(REAL, 'buildkit/configsource-v1-git-context.json'), 'utf8')) as { uri: string }).uri;
const OWN_GIT_CONTEXT = `https://github.com/${REPOSITORY}.git#refs/tags/${TAG}`;
const CONFIG_SOURCE_URI = 'predicate.buildDefinition.externalParameters.configSource.uri';

type Build = 'local-max' | 'git-context' | 'other-git-context-max' | 'other-git-context-min';
type Sbom = keyof typeof SBOMS;

let registry: OciTestRegistry;
let pusher: OciPusher;
let sigstore: TestSigstore;
let github: GitHubTestServer;
let sha: string;
const images = {} as Record<Build, PushedImage>;
const distOf = {} as Record<Sbom, Record<string, Buffer>>;
/** Per SBOM variant: the provenance bundle over its dist files, signed by release.yml itself and by the reusable workflow. */
const provenanceOf = {} as Record<Sbom, { workflow: string; reusable: string }>;

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const at = (build: Build) => `${registry.host}/${REPOSITORY}@${images[build].index.digest}`;

/** SketchLog's release workflow as Fulcio certifies it; `san` differs only when a reusable workflow ran the signing step. */
const signer = (san = `https://github.com/${WORKFLOW}`): TestSignerIdentity => ({
  san,
  sourceCommit: sha,
  sourceRef: `refs/tags/${TAG}`,
  workflowRef: WORKFLOW,
  repository: REPOSITORY
});

function slsaStatement(files: Record<string, Buffer>): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: Object.entries(files).map(([name, content]) => ({ name, digest: { sha256: sha256(content) } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: `refs/tags/${TAG}`, repository: `https://github.com/${REPOSITORY}`, path: '.github/workflows/release.yml' } },
        resolvedDependencies: [{ uri: `git+https://github.com/${REPOSITORY}@refs/tags/${TAG}`, digest: { gitCommit: sha } }]
      },
      runDetails: {
        builder: { id: `https://github.com/${WORKFLOW}` },
        metadata: { invocationId: `https://github.com/${REPOSITORY}/actions/runs/1/attempts/1` }
      }
    }
  };
}

async function pushSignedImage(build: Build, provenance: ProvenanceOptions): Promise<void> {
  const image = await pushBuildKitImage(pusher, REPOSITORY, {
    tags: [build],
    attestations: { provenance: { predicateType: SLSA_PROVENANCE_V1, ...provenance } }
  });
  const payload = simpleSigningPayload(`${registry.host}/${REPOSITORY}`, image.index.digest);
  const bundle = (await sigstore.signMessage(payload, signer())) as unknown as SignedBundleJson;
  const chain = chainPemOf(sigstore.trustedRoot() as Parameters<typeof chainPemOf>[0]);
  await pushCosignSignatures(pusher, REPOSITORY, image.index.digest, [cosignLayer(bundle, payload, chain)]);
  images[build] = image;
}

beforeAll(async () => {
  const repo = createRepo({ 'README.md': '# SketchLog\n' });
  sha = repo.git('rev-parse', 'HEAD').trim();
  [registry, sigstore, github] = await Promise.all([startOciRegistry(), startTestSigstore(), startGitHubServer({ repoDir: repo.dir, token: TOKEN })]);
  pusher = new OciPusher(registry);
  await pushSignedImage('local-max', { mode: 'max', revision: sha });
  await pushSignedImage('git-context', { gitContext: { uri: OWN_GIT_CONTEXT, revision: sha } });
  await pushSignedImage('other-git-context-max', { mode: 'max', gitContext: { uri: OTHER_GIT_CONTEXT, revision: sha } });
  await pushSignedImage('other-git-context-min', { gitContext: { uri: OTHER_GIT_CONTEXT, revision: sha } });
  for (const [sbom, file] of Object.entries(SBOMS) as Array<[Sbom, string]>) {
    distOf[sbom] = { [SBOM]: fs.readFileSync(path.join(REAL, file)), [SDIST]: Buffer.from('sketchlog 1.2.3 sdist bytes') };
    const statement = slsaStatement(distOf[sbom]);
    provenanceOf[sbom] = {
      workflow: JSON.stringify(await sigstore.signDsse(statement, signer())),
      reusable: JSON.stringify(await sigstore.signDsse(statement, signer(`https://github.com/${REUSABLE_SIGNER}`)))
    };
  }
}, 60_000);

afterAll(async () => {
  await Promise.all([registry?.close(), sigstore?.close(), github?.close()]);
  removeTempDirs();
});

interface World {
  build: Build;
  sbom?: Sbom;
  severity?: 'critical' | 'high' | 'medium' | 'low';
  ignoreUnfixed?: boolean;
  /** Who signed the dist provenance: release.yml itself (default) or the reusable workflow. */
  provenanceSigner?: 'workflow' | 'reusable';
  signerWorkflows?: string[];
}

/** Trivy's real registry-image report with its one RepoDigests entry naming `reference`; every other byte as Trivy wrote it. */
function trivyReport(reference: string): string {
  const real = fs.readFileSync(path.join(REAL, 'scan/trivy-alpine-310-registry.json'), 'utf8');
  expect(real.split(TRIVY_REPO_DIGEST)).toHaveLength(2);
  return real.replace(TRIVY_REPO_DIGEST, reference);
}

function workspace(world: World): string {
  const sbom = world.sbom ?? 'sbom-tool';
  const dir = supplyChainWorkspace({
    registryHost: registry.host,
    sigstore,
    scanReport: trivyReport(at(world.build)),
    dist: { ...distOf[sbom], [PROVENANCE]: provenanceOf[sbom][world.provenanceSigner ?? 'workflow'] },
    severity: world.severity,
    ignoreUnfixed: world.ignoreUnfixed,
    signerWorkflows: world.signerWorkflows,
    prefix: 'rg-supply-chain-real-'
  });
  // The SBOM reaches dist byte for byte as the tool wrote it.
  expect(fs.readFileSync(path.join(dir, 'dist', SBOM)).equals(fs.readFileSync(path.join(REAL, SBOMS[sbom])))).toBe(true);
  return dir;
}

async function supplyChainGate(world: World): Promise<ActionResult> {
  const result = await runAction({
    workspace: workspace(world),
    apiUrl: github.url,
    sha,
    ref: `refs/tags/${TAG}`,
    inputs: { gate: 'supply-chain', token: TOKEN, 'image-digest': images[world.build].index.digest }
  });
  // The runner learns the token through ::add-mask:: (once); nothing else may carry it.
  expect(result.everything.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN);
  expect(result.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(github.violations).toEqual([]);
  return result;
}

const ICON: Record<string, string> = { pass: '✅', fail: '❌' };
const decoded = (html: string) => html.replace(/<\/?code>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

/** The job summary's check table: [check, status, summary] per row, as a person reads it. */
function summaryRows(result: ActionResult): string[][] {
  const table = /<table>([\s\S]*?)<\/table>/.exec(result.summary)![1]!;
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
    .slice(1)
    .map(([, row]) => [...row!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, cell]) => decoded(cell!.replace(/<wbr>/g, ''))));
}

/** Outputs, the report's checks and the job summary's rows all say exactly `expected` (check id → [status, summary]). */
function expectVerdict(result: ActionResult, expected: Record<string, ['pass' | 'fail', string]>): void {
  // The report first: a wrong verdict shows which check said what.
  expect(result.report!.checks.map((c) => [c.id, c.status, c.summary])).toEqual(CHECKS.map((id) => [id, ...expected[id]!]));
  const failed = CHECKS.filter((id) => expected[id]![0] === 'fail');
  expect(result.exitCode).toBe(failed.length === 0 ? 0 : 1);
  expect(result.outputs).toMatchObject({ result: failed.length === 0 ? 'pass' : 'fail', failed: failed.join(','), kind: 'release', version: VERSION });
  expect(result.report!.result).toBe(failed.length === 0 ? 'pass' : 'fail');
  // The job summary shows the same lines with references and digests short (the report keeps them whole).
  expect(summaryRows(result)).toEqual(CHECKS.map((id) => [id, `${ICON[expected[id]![0]]} ${expected[id]![0]}`, shortRefs(expected[id]![1])]));
  if (failed.length > 0)
    expect(result.stdout).toContain(
      `::error::release-gates supply-chain: ${failed.length} check${failed.length === 1 ? '' : 's'} failed: ${failed.join(', ')}`
    );
}

/** What each check says when the world of `build` passes. */
function passing(build: Build, scan = ' with a fixed version'): Record<string, ['pass', string]> {
  return {
    'vulnerability-scan': ['pass', `Trivy JSON scan of ${at(build)}: no finding at or above high${scan}`],
    sbom: ['pass', `1 SPDX file in dist (${SBOM}); SPDX SBOM attestations for linux/amd64, linux/arm64 of ${at(build)}: valid SPDX`],
    provenance: [
      'pass',
      `2 release file(s) in dist covered by verified SLSA provenance; BuildKit provenance of linux/amd64, linux/arm64 of ${at(build)} records ${sha.slice(0, 12)}`
    ],
    signatures: ['pass', `container image ${at(build)}: signed (cosign signature (${images[build].index.digest.replace(':', '-')}.sig))`]
  };
}

const details = (result: ActionResult, id: string) => result.check(id)!.details;

describe('supply-chain process over real samples: releases that pass', () => {
  it('a BuildKit SLSA v1 mode=max image, the sbom-tool SPDX 2.2 SBOM, the real Trivy report at high ignoring unfixed', async () => {
    const result = await supplyChainGate({ build: 'local-max' });
    expectVerdict(result, passing('local-max'));
    for (const platform of ['linux/amd64', 'linux/arm64'])
      expect(details(result, 'provenance')).toContain(`${platform}: ${SLSA_PROVENANCE_V1} provenance records commit ${sha}`);
    expect(details(result, 'provenance')).toContain(`dist/${PROVENANCE}: verified SLSA provenance from https://github.com/${WORKFLOW}, naming 2 dist file(s)`);
  });

  it('a Git-context v1 build of this repository, the SbomToolkit SBOM (PACKAGE-MANAGER), Trivy at high counting unfixed', async () => {
    const result = await supplyChainGate({ build: 'git-context', sbom: 'sbom-toolkit', ignoreUnfixed: false });
    expectVerdict(result, passing('git-context', ''));
    for (const platform of ['linux/amd64', 'linux/arm64'])
      expect(details(result, 'provenance')).toContain(`${platform}: ${SLSA_PROVENANCE_V1} provenance records commit ${sha} (Git context ${OWN_GIT_CONTEXT})`);
  });

  it('dist provenance signed by a reusable workflow listed in supply-chain.signer-workflows', async () => {
    const result = await supplyChainGate({ build: 'local-max', provenanceSigner: 'reusable', signerWorkflows: [REUSABLE_SIGNER] });
    expectVerdict(result, passing('local-max'));
  });
});

describe('supply-chain process over real samples: releases that fail', () => {
  it.each<Build>(['other-git-context-max', 'other-git-context-min'])(
    'a Git-context v1 build of another repository (moby/buildkit, %s) fails provenance, naming its uri',
    async (build) => {
      const result = await supplyChainGate({ build });
      const problem = (index: number, platform: string) =>
        `${at(build)} (${platform}): the provenance (layer ${images[build].attestations[index]!.layers[1]!.digest}) is a Git-context build of ${OTHER_GIT_CONTEXT} (${CONFIG_SOURCE_URI}), not of https://github.com/${REPOSITORY}; build this repository's release commit`;
      expectVerdict(result, {
        ...passing(build),
        provenance: ['fail', `2 provenance problems: ${problem(0, 'linux/amd64')} (and 1 more, see details)`]
      });
      expect(details(result, 'provenance').slice(0, 2)).toEqual([problem(0, 'linux/amd64'), problem(1, 'linux/arm64')]);
    }
  );

  it("the real Trivy report's MEDIUM findings fail vulnerability-scan at severity medium", async () => {
    const result = await supplyChainGate({ build: 'local-max', severity: 'medium' });
    expectVerdict(result, {
      ...passing('local-max'),
      'vulnerability-scan': [
        'fail',
        `${at('local-max')} has 4 findings at or above medium with a fixed version (CVE-2019-1549, CVE-2019-1551): update the packages to the fixed versions and release again`
      ]
    });
  });

  it('dist provenance signed by an unlisted reusable workflow does not count: provenance fails', async () => {
    const result = await supplyChainGate({ build: 'local-max', provenanceSigner: 'reusable' });
    expectVerdict(result, {
      ...passing('local-max'),
      provenance: [
        'fail',
        `2 release file(s) in dist have no verified SLSA provenance (${SLSA_PROVENANCE_V1}) from https://github.com/${WORKFLOW}: ${SBOM}, ${SDIST}; attest them in that workflow (actions/attest-build-provenance with subject-path covering every file)`
      ]
    });
    expect(details(result, 'provenance')).toContain(
      `dist/${PROVENANCE}: does not count — signed by https://github.com/${REUSABLE_SIGNER} (certificate SAN, the workflow that ran the signing step), expected https://github.com/${WORKFLOW}; add it to supply-chain.signer-workflows if that reusable workflow is trusted to sign`
    );
  });
});
