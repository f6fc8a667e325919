/**
 * npx tsx scripts/bench-supply-chain.ts — the supply-chain gate verifying a SketchLog-sized
 * release, run as the runner runs the bundle: 25 files in dist under one GitHub attestation
 * (bundle behind bundle_url), a 2-platform BuildKit image with SBOM and provenance
 * attestations, signed in cosign's layout, all from a loopback Sigstore (real @sigstore/sign).
 * Prints wall time, CPU time of the process, requests to GitHub and to the registry, and the
 * bundle size the Sigstore libraries add. Figures, not pass/fail.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { chainPemOf, cosignLayer, pushCosignSignatures, simpleSigningPayload, type SignedBundleJson } from '../test-support/cosign.js';
import { createRepo, removeTempDirs, tempDir } from '../test-support/git-repo.js';
import { startGitHubServer } from '../test-support/github-server.js';
import { OciPusher, pushBuildKitImage, startOciRegistry } from '../test-support/oci-registry.js';
import { startRecordingProxy } from '../test-support/release-scenario.js';
import { bundlePath, parseOutputFile } from '../test-support/run-action.js';
import { startTestSigstore } from '../test-support/sigstore.js';

const TOKEN = 'ghs_bench_supply_chain_0123456789';
const TAG = 'v1.2.3';
const REPOSITORY = 'sketchlog/sketchlog';
const FIXTURES = path.resolve(import.meta.dirname, '../__fixtures__');
const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

const repo = createRepo({ 'README.md': '# SketchLog\n' });
const sha = repo.git('rev-parse', 'HEAD').trim();
const identity = {
  san: `https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/${TAG}`,
  sourceCommit: sha,
  sourceRef: `refs/tags/${TAG}`
};
const [registry, sigstore, github] = await Promise.all([startOciRegistry(), startTestSigstore(), startGitHubServer({ repoDir: repo.dir, token: TOKEN })]);
const proxy = await startRecordingProxy(registry.url);
const pusher = new OciPusher(registry);
const image = await pushBuildKitImage(pusher, REPOSITORY, {
  tags: ['1.2.3'],
  attestations: { provenance: { revision: sha, source: 'https://github.com/sketchlog/sketchlog' } }
});
const payload = simpleSigningPayload(`${proxy.host}/${REPOSITORY}`, image.index.digest);
const signed = (await sigstore.signMessage(payload, identity)) as unknown as SignedBundleJson;
await pushCosignSignatures(pusher, REPOSITORY, image.index.digest, [
  cosignLayer(signed, payload, chainPemOf(sigstore.trustedRoot() as Parameters<typeof chainPemOf>[0]))
]);

// 24 release files (wheels and the sdist stand-ins) and the SBOM: 25 subjects under one attestation.
const dist: Record<string, string> = { 'sketchlog-1.2.3.spdx.json': fs.readFileSync(path.join(FIXTURES, 'sbom/sketchlog-1.2.3.spdx.json'), 'utf8') };
for (let i = 0; i < 24; i++) dist[`sketchlog-1.2.3-file${i}.whl`] = `wheel ${i} ${'x'.repeat(64 * 1024)}`;
const statement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: Object.entries(dist).map(([name, content]) => ({ name, digest: { sha256: sha256(content) } })),
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {
    buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1', externalParameters: {} },
    runDetails: { builder: { id: identity.san } }
  }
};
const bundle = await sigstore.signDsse(statement, identity);
github.attestations.push({ subjects: Object.values(dist).map((c) => `sha256:${sha256(c)}`), bundle: bundle as never, delivery: 'bundle_url' });

const dir = tempDir('rg-bench-sc-');
const files: Record<string, string> = {
  '.github/release-gates.yml': stringify({
    tags: { release: 'v{version}' },
    pypi: false,
    npm: false,
    helm: false,
    container: { image: `${proxy.host}/{owner}/{repo}`, platforms: ['linux/amd64', 'linux/arm64'] },
    release: { checksum: 'SHA256SUMS', sbom: '*.spdx.json', provenance: '*.sigstore.json' },
    'supply-chain': {
      workflow: '.github/workflows/release.yml',
      'trusted-root': '.github/sigstore/trusted_root.json',
      scan: { report: 'trivy-results.json', severity: 'high', 'ignore-unfixed': true }
    }
  }),
  'trivy-results.json': (() => {
    const report = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'scan/trivy.json'), 'utf8')) as { Metadata: { RepoDigests: string[] } };
    report.Metadata.RepoDigests = [`${proxy.host}/${REPOSITORY}@${image.index.digest}`];
    return JSON.stringify(report);
  })(),
  ...Object.fromEntries(Object.entries(dist).map(([name, content]) => [`dist/${name}`, content]))
};
for (const [rel, content] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), content);
}
fs.mkdirSync(path.join(dir, '.github/sigstore'), { recursive: true });
sigstore.trustedRootFile(path.join(dir, '.github/sigstore'));

async function once(): Promise<{ wall: number; gate: number; cpuS: number; result: string; github: number; registry: number }> {
  const temp = tempDir('rg-bench-sc-run-');
  const out = path.join(temp, 'out');
  const timeFile = path.join(temp, 'time');
  fs.writeFileSync(out, '');
  github.requests.length = 0;
  proxy.requests.length = 0;
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
    RUNNER_TEMP: temp,
    GITHUB_SHA: sha,
    GITHUB_REF: `refs/tags/${TAG}`,
    INPUT_GATE: 'supply-chain',
    INPUT_TOKEN: TOKEN,
    'INPUT_IMAGE-DIGEST': image.index.digest
  };
  fs.writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const started = performance.now();
  await new Promise<void>((resolve) =>
    spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, bundlePath()], { cwd: dir, env, stdio: 'ignore' }).on('close', () => resolve())
  );
  const wall = performance.now() - started;
  const [user, system] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  const outputs = parseOutputFile(fs.readFileSync(out, 'utf8'));
  const report = JSON.parse(fs.readFileSync(outputs.report!, 'utf8')) as { durationMs: number };
  return {
    wall,
    gate: report.durationMs,
    cpuS: user! + system!,
    result: outputs.result ?? '(none)',
    github: github.requests.length,
    registry: proxy.requests.length
  };
}

const runs = [];
for (let i = 0; i < 4; i++) runs.push(await once());
const measured = runs.slice(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const last = measured[measured.length - 1]!;
console.log(`supply-chain over 25 dist files under one attestation (bundle_url) and a signed 2-platform image with BuildKit attestations (median of 3)`);
console.log(
  `  result ${last.result}; gate wall time ${median(measured.map((r) => r.gate)).toFixed(0)} ms; process wall time ${median(measured.map((r) => r.wall)).toFixed(0)} ms; CPU ${median(measured.map((r) => r.cpuS)).toFixed(2)} s`
);
console.log(`  requests: GitHub API ${last.github} (attestations; the bundle_url download is not counted here), registry ${last.registry}`);
await Promise.all([proxy.close(), registry.close(), sigstore.close(), github.close()]);
removeTempDirs();
