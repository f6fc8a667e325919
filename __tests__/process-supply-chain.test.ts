/**
 * The supply-chain gate end to end: the bundle runs as a separate process, as the runner starts it,
 * against a real Distribution registry holding a BuildKit-shaped image (SBOM and provenance
 * attestations) signed with cosign's layout, a loopback Sigstore (real @sigstore/sign bundles, a
 * trusted_root.json in the workspace), the GitHub REST test server (attestations API), and a workspace
 * with a Trivy report, an SPDX SBOM and a SLSA provenance bundle in dist.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chainPemOf, cosignLayer, pushCosignSignatures, simpleSigningPayload, type SignedBundleJson } from '../test-support/cosign.js';
import { createRepo, removeTempDirs } from '../test-support/git-repo.js';
import { supplyChainWorkspace } from '../test-support/supply-chain-workspace.js';
import { startGitHubServer, type GitHubTestServer } from '../test-support/github-server.js';
import { OciPusher, pushBuildKitImage, startOciRegistry, type OciTestRegistry, type PushedImage } from '../test-support/oci-registry.js';
import { runAction, type ActionResult } from '../test-support/run-action.js';
import { startTestSigstore, type TestSignerIdentity, type TestSigstore } from '../test-support/sigstore.js';
import { checkIds } from '../test-support/gate-checks.js';

const TOKEN = 'ghs_SupplyChainProcessTestToken0123456789';
const VERSION = '1.2.3';
const TAG = `v${VERSION}`;
const FIXTURES = path.resolve(import.meta.dirname, '../__fixtures__');
const SBOM = `sketchlog-${VERSION}.spdx.json`;
const SDIST = `sketchlog-${VERSION}.tar.gz`;
const PROVENANCE = `sketchlog-${VERSION}.sigstore.json`;
const REPOSITORY = 'sketchlog/sketchlog';
const CHECKS = checkIds('supply-chain');

let registry: OciTestRegistry;
let pusher: OciPusher;
let sigstore: TestSigstore;
let github: GitHubTestServer;
/** The commit being released (the GitHub test server's repository HEAD). */
let sha: string;
let identity: TestSignerIdentity;
/** The release image: signed, attested by BuildKit with the release commit. */
let image: PushedImage;
/** Release files of dist (the SBOM and an sdist) and a SLSA v1 provenance bundle over them. */
let distFiles: Record<string, string>;
let provenanceBundle: string;

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

async function signImage(digest: string): Promise<void> {
  const payload = simpleSigningPayload(`${registry.host}/${REPOSITORY}`, digest);
  const bundle = (await sigstore.signMessage(payload, identity)) as unknown as SignedBundleJson;
  await pushCosignSignatures(pusher, REPOSITORY, digest, [
    cosignLayer(bundle, payload, chainPemOf(sigstore.trustedRoot() as Parameters<typeof chainPemOf>[0]))
  ]);
}

function slsaStatement(files: Record<string, string>): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: Object.entries(files).map(([name, content]) => ({ name, digest: { sha256: sha256(content) } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: { ref: `refs/tags/${TAG}`, repository: 'https://github.com/sketchlog/sketchlog', path: '.github/workflows/release.yml' }
        },
        internalParameters: { github: { event_name: 'push', repository_id: '4242', repository_owner_id: '4241' } },
        resolvedDependencies: [{ uri: `git+https://github.com/sketchlog/sketchlog@refs/tags/${TAG}`, digest: { gitCommit: sha } }]
      },
      runDetails: {
        builder: { id: `https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/${TAG}` },
        metadata: { invocationId: 'https://github.com/sketchlog/sketchlog/actions/runs/1/attempts/1' }
      }
    }
  };
}

beforeAll(async () => {
  const repo = createRepo({ 'README.md': '# SketchLog\n' });
  sha = repo.git('rev-parse', 'HEAD').trim();
  identity = { san: `https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/${TAG}`, sourceCommit: sha, sourceRef: `refs/tags/${TAG}` };
  [registry, sigstore, github] = await Promise.all([startOciRegistry(), startTestSigstore(), startGitHubServer({ repoDir: repo.dir, token: TOKEN })]);
  pusher = new OciPusher(registry);
  image = await pushBuildKitImage(pusher, REPOSITORY, {
    tags: [VERSION],
    attestations: { provenance: { revision: sha, source: 'https://github.com/sketchlog/sketchlog' } }
  });
  await signImage(image.index.digest);
  distFiles = { [SBOM]: fs.readFileSync(path.join(FIXTURES, `sbom/${SBOM}`), 'utf8'), [SDIST]: 'sketchlog 1.2.3 sdist bytes' };
  provenanceBundle = JSON.stringify(await sigstore.signDsse(slsaStatement(distFiles), identity));
}, 60_000);

afterAll(async () => {
  await Promise.all([registry?.close(), sigstore?.close(), github?.close()]);
  removeTempDirs();
});

/** A Trivy JSON report (shaped after real output) naming `reference`. */
function trivyReport(reference: string): string {
  const report = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'scan/trivy.json'), 'utf8')) as { Metadata: { RepoDigests: string[] } };
  report.Metadata.RepoDigests = [reference];
  return JSON.stringify(report);
}

/** The release job's workspace: config, trusted root, scan report, dist with the SBOM (and by default the provenance bundle). */
function workspace(options: { scanned?: string; provenanceInDist?: boolean } = {}): string {
  return supplyChainWorkspace({
    registryHost: registry.host,
    sigstore,
    scanReport: trivyReport(options.scanned ?? `${registry.host}/${REPOSITORY}@${image.index.digest}`),
    dist: { ...distFiles, ...(options.provenanceInDist === false ? {} : { [PROVENANCE]: provenanceBundle }) }
  });
}

async function supplyChainGate(dir: string, inputs: Record<string, string> = {}, tag = TAG): Promise<ActionResult> {
  const result = await runAction({
    workspace: dir,
    apiUrl: github.url,
    sha,
    ref: `refs/tags/${tag}`,
    inputs: { gate: 'supply-chain', token: TOKEN, 'image-digest': image.index.digest, ...inputs }
  });
  // The runner learns the token through ::add-mask:: (once); nothing else may carry it.
  expect(result.everything.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN);
  expect(result.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(github.violations).toEqual([]);
  expect(result.report!.checks.map((c) => c.id)).toEqual(CHECKS);
  return result;
}

const statuses = (result: ActionResult) => Object.fromEntries(result.report!.checks.map((c) => [c.id, c.status]));
const failedIds = (result: ActionResult) => (result.outputs.failed ?? '').split(',').filter(Boolean);

describe('supply-chain process: a good release', () => {
  it('passes: scanned, described, attested and signed', async () => {
    github.requests.length = 0;
    const result = await supplyChainGate(workspace());
    expect(statuses(result)).toEqual({ 'vulnerability-scan': 'pass', sbom: 'pass', provenance: 'pass', signatures: 'pass' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '', kind: 'release', version: VERSION });
    const at = `${registry.host}/${REPOSITORY}@${image.index.digest}`;
    expect(result.check('vulnerability-scan')!.summary).toBe(`Trivy JSON scan of ${at}: no finding at or above high with a fixed version`);
    expect(result.check('sbom')!.summary).toBe(`1 SPDX file in dist (${SBOM}); SPDX SBOM attestations for linux/amd64, linux/arm64 of ${at}: valid SPDX`);
    expect(result.check('provenance')!.summary).toContain(`2 release file(s) in dist covered by verified SLSA provenance`);
    expect(result.check('provenance')!.summary).toContain(`records ${sha.slice(0, 12)}`);
    expect(result.check('signatures')!.summary).toBe(`container image ${at}: signed (cosign signature (${image.index.digest.replace(':', '-')}.sig))`);
    // Every dist file was covered by the dist bundle: GitHub's attestations were not needed.
    expect(github.requests.filter((r) => r.path.includes('/attestations/'))).toEqual([]);
  });

  it('passes with the provenance from GitHub attestations (bundle behind bundle_url, fetched without the token)', async () => {
    const subjects = Object.values(distFiles).map((content) => `sha256:${sha256(content)}`);
    github.attestations.splice(0, github.attestations.length, { subjects, bundle: JSON.parse(provenanceBundle), delivery: 'bundle_url' });
    try {
      const result = await supplyChainGate(workspace({ provenanceInDist: false }));
      expect(statuses(result)).toEqual({ 'vulnerability-scan': 'pass', sbom: 'pass', provenance: 'pass', signatures: 'pass' });
      for (const request of github.storageRequests) expect(request.headers.authorization).toBeUndefined();
    } finally {
      github.attestations.length = 0;
    }
  });

  it('a rehearsal tag: scan and signatures skip; SBOM and provenance check dist only', async () => {
    const result = await supplyChainGate(workspace(), {}, `test-v${VERSION}`);
    expect(statuses(result)).toEqual({ 'vulnerability-scan': 'skip', sbom: 'pass', provenance: 'fail', signatures: 'skip' });
    // The dist bundle was signed for the release tag's workflow ref: a rehearsal's signer is another SAN.
    expect(result.check('provenance')!.summary).toContain('no verified SLSA provenance');
    expect(result.check('sbom')!.summary).toBe(`1 SPDX file in dist (${SBOM}): valid SPDX`);
  });
});

describe('supply-chain process: failures', () => {
  it('the GitHub API answering 500 fails provenance closed, with the cause', async () => {
    github.faults.push({ path: /\/attestations\//, times: Infinity, status: 500 });
    github.requests.length = 0;
    try {
      const result = await supplyChainGate(workspace({ provenanceInDist: false }));
      expect(result.exitCode).toBe(1);
      expect(failedIds(result)).toEqual(['provenance']);
      expect(result.check('provenance')!.summary).toMatch(
        /GitHub attestations of dist\/\S+: GitHub answered 500 for attestations\/sha256:[0-9a-f]{64} after retries/
      );
      // Retried before failing (a transient 5xx is not a verdict), then failed closed.
      expect(github.requests.filter((r) => r.path.includes('/attestations/')).length).toBeGreaterThan(1);
      expect(result.stdout).toContain('::error::release-gates supply-chain: 1 check failed: provenance');
    } finally {
      github.faults.length = 0;
    }
  });

  it('the GitHub API answering garbage fails provenance closed, naming what was wrong', async () => {
    github.faults.push({ path: /\/attestations\//, times: Infinity, status: 200, body: { attestations: 'not a list' } });
    try {
      const result = await supplyChainGate(workspace({ provenanceInDist: false }));
      expect(result.exitCode).toBe(1);
      expect(failedIds(result)).toEqual(['provenance']);
      expect(result.check('provenance')!.summary).toMatch(
        /GitHub attestations of dist\/\S+: GitHub answered attestations\/sha256:[0-9a-f]{64} with an unexpected shape at attestations: .*\(malformed response\)/
      );
    } finally {
      github.faults.length = 0;
    }
  });

  it('an unsigned image fails signatures (and only signatures)', async () => {
    const unsigned = await pushBuildKitImage(pusher, REPOSITORY, { tags: ['unsigned'], build: 'unsigned', attestations: { provenance: { revision: sha } } });
    const dir = workspace({ scanned: `${registry.host}/${REPOSITORY}@${unsigned.index.digest}` });
    const result = await supplyChainGate(dir, { 'image-digest': unsigned.index.digest });
    expect(result.exitCode).toBe(1);
    expect(failedIds(result)).toEqual(['signatures']);
    expect(result.check('signatures')!.summary).toContain(
      `${registry.host}/${REPOSITORY}@${unsigned.index.digest}: no Sigstore signature from the release workflow over the digest`
    );
  });

  it('a scan of another build fails vulnerability-scan, naming both', async () => {
    const other = `sha256:${'0'.repeat(64)}`;
    const result = await supplyChainGate(workspace({ scanned: `${registry.host}/${REPOSITORY}@${other}` }));
    expect(result.exitCode).toBe(1);
    expect(failedIds(result)).toEqual(['vulnerability-scan']);
    expect(result.check('vulnerability-scan')!.summary).toContain(
      `is not a scan of ${registry.host}/${REPOSITORY}@${image.index.digest}: it names ${registry.host}/${REPOSITORY}@${other}`
    );
  });

  it('a missing image-digest fails every check that needs the image', async () => {
    const result = await supplyChainGate(workspace(), { 'image-digest': '' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(failedIds(result)).toEqual(CHECKS);
    for (const id of ['vulnerability-scan', 'sbom', 'provenance']) expect(result.check(id)!.summary).toMatch(/image-digest is empty/);
    expect(result.check('signatures')!.summary).toContain('image-digest is empty');
    expect(result.stdout).toContain('::error::release-gates supply-chain: 4 checks failed: vulnerability-scan, sbom, provenance, signatures');
  });
});
