/**
 * npm run bench — prints the preflight gate's cost, measured on the bundle:
 * GitHub requests made, wall time, and the lower bound (the longest chain of
 * dependent requests × the latency added to every response); then the bundle's
 * size and its cold start next to `node -e 0`. Figures, not pass/fail: tests
 * stay deterministic; this shows whether the targets hold on this machine.
 */
import { spawn } from 'node:child_process';
import { statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createRepo, removeTempDirs } from '../test-support/git-repo.js';
import { startGitHubServer } from '../test-support/github-server.js';
import { bundlePath, runAction } from '../test-support/run-action.js';
import { sketchlogFiles } from '../test-support/sketchlog.js';

const LATENCY_MS = 50;
const RUNS = 5;
const TOKEN = 'bench-token';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const repo = createRepo(sketchlogFiles('1.2.3'));
const sha = repo.head();
repo.tag('v1.2.3', { annotated: true });
const server = await startGitHubServer({ repoDir: repo.dir, latencyMs: LATENCY_MS, token: TOKEN });
server.runs.push({ headSha: sha });

const walls: number[] = [];
const gateTimes: number[] = [];
let requests = 0;
let depth = 0;
for (let i = 0; i < RUNS + 1; i++) {
  const before = server.requests.length;
  const started = performance.now();
  const result = await runAction({
    workspace: repo.dir,
    apiUrl: server.url,
    sha,
    inputs: { gate: 'preflight', tag: 'v1.2.3', token: TOKEN }
  });
  const wall = performance.now() - started;
  if (result.outputs.result !== 'pass') {
    console.error(`preflight did not pass in the benchmark setup:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const made = server.requests.slice(before);
  // The only dependent chain: the tag ref, then one tag object per annotation level.
  depth = made.some((r) => r.path.includes('/git/ref/')) ? 1 + made.filter((r) => r.path.includes('/git/tags/')).length : 1;
  requests = made.length;
  if (i === 0) continue; // warm-up: file cache, first spawn
  walls.push(wall);
  gateTimes.push(result.report?.durationMs ?? NaN);
}
await server.close();

const lowerBound = depth * LATENCY_MS;
const timeNode = async (args: string[]) => {
  const xs: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const t = performance.now();
    await new Promise<void>((resolve) => spawn(process.execPath, args, { stdio: 'ignore', env: { PATH: process.env.PATH } }).on('close', () => resolve()));
    if (i > 0) xs.push(performance.now() - t);
  }
  return median(xs);
};
const nodeBaseline = await timeNode(['-e', '0']);
// Without inputs the bundle loads, reads its inputs and fails fast: that is its cold start.
const bundleCold = await timeNode([bundlePath()]);
const bundle = readFileSync(bundlePath());

const wall = median(walls);
const gate = median(gateTimes);
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
console.log(`preflight on a passing release tag, ${LATENCY_MS} ms added to every GitHub response (median of ${RUNS})`);
console.log(`  GitHub requests made     ${requests}   (target ≤ 5: ${verdict(requests <= 5)})`);
console.log(`  longest dependent chain  ${depth} request${depth > 1 ? 's' : ''} → lower bound ${fmt(lowerBound)}`);
console.log(
  `  wall time of the gate    ${fmt(gate)}   (checks start to verdict; target ≤ bound + 300 ms = ${fmt(lowerBound + 300)}: ${verdict(gate <= lowerBound + 300)})`
);
console.log(`  wall time of the process ${fmt(wall)}   (spawn to exit: Node start and bundle load below, plus config, report and summary)`);
console.log(`bundle`);
console.log(`  dist/index.js            ${(statSync(bundlePath()).size / 1024).toFixed(0)} KiB (${(gzipSync(bundle).length / 1024).toFixed(0)} KiB gzip)`);
console.log(`  cold start               ${fmt(bundleCold)}   (node -e 0: ${fmt(nodeBaseline)})`);
removeTempDirs();
