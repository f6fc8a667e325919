/**
 * npx tsx scripts/bench-publication.ts — the publication and smoke gates over the whole
 * SketchLog release (20 wheels + sdist, 3 npm packages, a 2-platform image with BuildKit
 * attestations, the Helm chart, the Go module), run as the runner runs the bundle.
 *
 * 1. publication with LATENCY_MS added to every registry answer (a loopback proxy in front
 *    of each registry): requests and bytes per registry, and wall time against the longest
 *    chain of dependent requests (goal: within 2× that chain).
 * 2. smoke against registries that start serving only T seconds after the gate starts (the
 *    proxies answer each registry's own "not found" until then): time from T to the verdict
 *    (goal ≤ max(1 s, 10 % of T)) and requests per registry per minute (goal ≤ 12).
 *
 * Figures, not pass/fail: the tests prove the behaviour without timing it.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { removeTempDirs } from '../test-support/git-repo.js';
import { startReleaseScenario, type ReleaseScenario } from '../test-support/release-scenario.js';
import { runAction } from '../test-support/run-action.js';

const LATENCY_MS = 20;

interface BenchProxy {
  url: string;
  host: string;
  requests: number;
  bytes: number;
  /** Epoch ms before which every request is answered "not found" as the registry would. */
  openAt: number;
  notFound: { status: number; type: string; body: string };
  latencyMs: number;
  close(): Promise<void>;
}

/** A counting, delaying reverse proxy in front of one registry. */
async function benchProxy(target: string, notFound: BenchProxy['notFound']): Promise<BenchProxy> {
  const to = new URL(target);
  const proxy: BenchProxy = { url: '', host: '', requests: 0, bytes: 0, openAt: 0, notFound, latencyMs: 0, close: async () => {} };
  const server = http.createServer((req, res) => {
    proxy.requests++;
    setTimeout(() => {
      if (Date.now() < proxy.openAt) {
        res.writeHead(proxy.notFound.status, { 'content-type': proxy.notFound.type });
        res.end(proxy.notFound.body);
        return;
      }
      const upstream = http.request(
        { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: { ...req.headers, host: to.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.on('data', (chunk: Buffer) => (proxy.bytes += chunk.length));
          answer.pipe(res);
        }
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    }, proxy.latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  proxy.url = `http://127.0.0.1:${port}${to.pathname.replace(/\/$/, '')}`;
  proxy.host = `127.0.0.1:${port}`;
  proxy.close = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return proxy;
}

const JSON_404 = (body: object) => ({ status: 404, type: 'application/json', body: JSON.stringify(body) });

const scenario: ReleaseScenario = await startReleaseScenario();
const proxies = {
  PyPI: await benchProxy(scenario.urls.pypi, JSON_404({ message: 'Not Found' })),
  npm: await benchProxy(scenario.urls.npm, JSON_404({ error: 'not found' })),
  OCI: await benchProxy(`http://${scenario.oci.host}`, JSON_404({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] })),
  'Go proxy': await benchProxy(scenario.urls.goProxy, { status: 404, type: 'text/plain', body: 'not found' }),
  'Go sumdb': await benchProxy(scenario.urls.sumdb, { status: 404, type: 'text/plain', body: 'not found' })
};
const [sumdbKey] = scenario.urls.gosumdb.split(' ');
const configFile = scenario.writeConfig('bench', (config) => {
  if (config.npm) config.npm.registry = proxies.npm.url;
  if (config.pypi) config.pypi.index = proxies.PyPI.url;
  if (config.container) config.container.image = config.container.image.replace(scenario.oci.host, proxies.OCI.host);
  if (config.helm) config.helm.chart = config.helm.chart.replace(scenario.oci.host, proxies.OCI.host);
  config.goproxy = proxies['Go proxy'].url;
  config.gosumdb = `${sumdbKey} ${proxies['Go sumdb'].url}`;
});
const all = Object.entries(proxies);
const reset = () => all.forEach(([, p]) => ((p.requests = 0), (p.bytes = 0)));
const fmtBytes = (n: number) => (n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`);

// --- 1. publication with latency ----------------------------------------------------------
for (const [, p] of all) p.latencyMs = LATENCY_MS;
const npmTarballsBefore = scenario.npm.requests.filter((r) => r.path.endsWith('.tgz')).length;
const walls: number[] = [];
const gates: number[] = [];
let perRegistry: Array<[string, number, number]> = [];
for (let i = 0; i < 4; i++) {
  reset();
  const started = performance.now();
  const result = await runAction({ ...scenario.runOptions('publication', { config: configFile }), env: { RELEASE_GATES_RETRY_BASE_MS: '20' } });
  const wall = performance.now() - started;
  if (result.outputs.result !== 'pass') {
    console.error(`publication did not pass in the benchmark setup:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  perRegistry = all.map(([name, p]) => [name, p.requests, p.bytes]);
  if (i === 0) continue; // warm-up
  walls.push(wall);
  gates.push(result.report?.durationMs ?? NaN);
}
const npmTarballs = (scenario.npm.requests.filter((r) => r.path.endsWith('.tgz')).length - npmTarballsBefore) / 4;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// The longest dependent chain: an OCI manifest answered 401 → anonymous token → manifest →
// the chart's config blob → its layer check (4 registry round trips).
const chain = 4 * LATENCY_MS;
console.log(`publication over the SketchLog release, ${LATENCY_MS} ms added to every registry answer (median of 3)`);
for (const [name, requests, bytes] of perRegistry) {
  if (name.startsWith('Go')) continue;
  console.log(`  ${name.padEnd(10)} ${String(requests).padStart(4)} requests  ${fmtBytes(bytes).padStart(10)} downloaded`);
}
console.log(`  npm tarballs downloaded (straight from the registry's tarball URLs): ${npmTarballs} per run`);
console.log(`  gate wall time ${median(gates).toFixed(0)} ms (checks start to verdict); longest dependent chain ${chain} ms → goal ≤ ${2 * chain} ms`);
console.log(`  process wall time ${median(walls).toFixed(0)} ms (spawn to exit, incl. Node start and hashing 21 dist files)`);

// --- 1b. what the provenance checks add --------------------------------------------------
// The same run with pypi-provenance and npm-provenance turned off: the difference is what they cost.
const noProvenance = scenario.writeConfig('bench-no-provenance', (config) => {
  if (config.npm) Object.assign(config.npm, { registry: proxies.npm.url, provenance: false });
  if (config.pypi) Object.assign(config.pypi, { index: proxies.PyPI.url, provenance: false });
  if (config.container) config.container.image = config.container.image.replace(scenario.oci.host, proxies.OCI.host);
  if (config.helm) config.helm.chart = config.helm.chart.replace(scenario.oci.host, proxies.OCI.host);
  config.goproxy = proxies['Go proxy'].url;
  config.gosumdb = `${sumdbKey} ${proxies['Go sumdb'].url}`;
});
const measure = async (config: string): Promise<{ ms: number; pypi: number; npm: number }> => {
  const runs: Array<{ ms: number; pypi: number; npm: number }> = [];
  for (let i = 0; i < 3; i++) {
    reset();
    // Provenance objects are asked where the simple page says they are: on the index itself, past the proxy.
    const integrityBefore = scenario.pypi.requests.filter((r) => r.path.startsWith('/integrity/')).length;
    const result = await runAction({ ...scenario.runOptions('publication', { config }), env: { RELEASE_GATES_RETRY_BASE_MS: '20' } });
    if (result.outputs.result !== 'pass') {
      console.error(`publication did not pass in the provenance benchmark:\n${result.stdout}\n${result.stderr}`);
      process.exit(1);
    }
    const integrity = scenario.pypi.requests.filter((r) => r.path.startsWith('/integrity/')).length - integrityBefore;
    runs.push({ ms: result.report?.durationMs ?? NaN, pypi: proxies.PyPI.requests + integrity, npm: proxies.npm.requests });
  }
  return { ms: median(runs.map((r) => r.ms)), pypi: runs[0]!.pypi, npm: runs[0]!.npm };
};
const withChecks = await measure(configFile);
const without = await measure(noProvenance);
console.log(`pypi-provenance and npm-provenance over the SketchLog release (21 files on PyPI, 3 npm packages; ${LATENCY_MS} ms latency, median of 3)`);
console.log(`  PyPI requests added: ${withChecks.pypi - without.pypi} (one simple page, one provenance object per file)`);
console.log(`  npm requests added:  ${withChecks.npm - without.npm} (per package: its packument, its attestations; once: the registry's keys)`);
console.log(
  `  gate time added: ${(withChecks.ms - without.ms).toFixed(0)} ms (${without.ms.toFixed(0)} ms → ${withChecks.ms.toFixed(0)} ms; the checks run concurrently with the others)`
);

// --- 2. smoke against registries that start serving after T ------------------------------
for (const [, p] of all) p.latencyMs = 0;
console.log(`smoke against registries that start serving T seconds after the gate starts`);
for (const t of [5, 20, 60]) {
  reset();
  const started = Date.now();
  for (const [, p] of all) p.openAt = started + t * 1000;
  const result = await runAction({ ...scenario.runOptions('smoke', { config: configFile, 'wait-minutes': '5' }) });
  const ended = Date.now();
  const minutes = (ended - started) / 60_000;
  const late = (ended - (started + t * 1000)) / 1000;
  const goal = Math.max(1, t / 10);
  const rates = all.map(([name, p]) => `${name} ${(p.requests / minutes).toFixed(1)}/min`).join(', ');
  console.log(
    `  T = ${String(t).padStart(2)} s: ${result.outputs.result}, verdict ${late.toFixed(1)} s after T (goal ≤ ${goal.toFixed(1)} s: ${late <= goal ? 'met' : 'missed'}); requests per registry: ${rates}`
  );
}

await Promise.all(all.map(([, p]) => p.close()));
await scenario.close();
removeTempDirs();
