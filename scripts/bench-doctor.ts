/**
 * npx tsx scripts/bench-doctor.ts — the requests `release-gates doctor` makes, with latency added to every
 * GitHub answer: each request, how many pages each list took (goal: one page per list), the longest chain
 * of dependent requests and the wall time next to its lower bound. In-process (the checks and the real
 * GitHub client against the test server), so it needs no bundle. Figures, not pass/fail.
 */
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { parseConfig } from '../src/config.js';
import { createGateContext } from '../src/context.js';
import { runGate } from '../src/engine.js';
import { doctor } from '../src/gates/doctor.js';
import { buildSettings } from '../src/settings.js';
import { createRepo, removeTempDirs } from '../test-support/git-repo.js';
import { emptySettings, type RepositorySettingsState } from '../test-support/github-server-settings.js';
import { startGitHubServer } from '../test-support/github-server.js';

const LATENCY_MS = 50;
const TOKEN = 'bench-token';
const CONFIG = {
  tags: { release: 'v{version}' },
  main: { branch: 'main', workflow: 'ci.yml' },
  go: { dir: 'clients/go', tag: 'clients/go/v{version}' },
  pypi: { project: 'sketchlog', python: ['cp312'], platforms: ['manylinux_x86_64'], environment: 'pypi' },
  'supply-chain': { workflow: '.github/workflows/release.yml', scan: { report: 'trivy-results.json' } }
};

/** A compliant repository, with `extraRulesets` more branch rulesets (an organization's) in its list. */
function settings(extraRulesets: number): RepositorySettingsState {
  return {
    ...emptySettings(),
    rulesets: [
      { name: 'Protect main', include: ['~DEFAULT_BRANCH'], rules: ['pull_request', 'required_status_checks', 'deletion', 'non_fast_forward'] },
      { name: 'Release tags', target: 'tag', include: ['refs/tags/v*', 'refs/tags/clients/go/v*'], rules: ['update', 'deletion'] },
      ...Array.from({ length: extraRulesets }, (_, i) => ({ name: `org branch rules ${i}`, sourceType: 'Organization' as const, include: ['refs/heads/x'] }))
    ],
    immutableReleases: true,
    environments: [{ name: 'pypi', deployment: 'custom', policies: [{ name: 'v*', type: 'tag' }] }]
  };
}

const repo = createRepo({ '.github/workflows/release.yml': "on:\n  push:\n    tags: ['v*']\n" });
const server = await startGitHubServer({ repoDir: repo.dir, latencyMs: LATENCY_MS, token: TOKEN });
const config = parseConfig(stringify(CONFIG), 'bench config');
const runSettings = buildSettings({
  gate: 'doctor',
  token: TOKEN,
  npmToken: '',
  config: '',
  tag: 'v{version}',
  ref: undefined,
  sha: '0'.repeat(40),
  dist: '',
  waitMinutes: '',
  summary: '',
  imageDigest: '',
  chartDigest: '',
  workspace: repo.dir,
  repository: 'sketchlog/sketchlog',
  serverUrl: undefined,
  apiUrl: server.url,
  runnerTemp: undefined,
  retryBaseMs: '1'
});

console.log(`release-gates doctor on a compliant repository, ${LATENCY_MS} ms added to every GitHub response`);
for (const extra of [0, 150]) {
  server.settings = settings(extra);
  server.requests.length = 0;
  const ctx = createGateContext(runSettings, config, { tag: '', version: null, kind: null, tagProblem: null }, () => {});
  const started = performance.now();
  const run = await runGate(doctor, ctx, [TOKEN]);
  const wall = performance.now() - started;
  if (run.result !== 'pass') {
    console.error(`doctor did not pass in the benchmark setup:\n${JSON.stringify(run.checks, null, 2)}`);
    process.exit(1);
  }
  const pagesOf = (suffix: RegExp) => server.requests.filter((r) => suffix.test(r.path)).length;
  // Dependent chains: every page of rulesets, then each tag ruleset in detail; environment → its policies. The rest is one request each.
  const depth = Math.max(pagesOf(/\/rulesets$/) + 1, 2);
  console.log(`  ${server.settings.rulesets.length} rulesets in the list`);
  for (const r of server.requests) console.log(`    ${r.method} ${r.path}${r.query.page ? ` (page ${r.query.page})` : ''}`);
  console.log(
    `    ${server.requests.length} requests; pages: rulesets ${pagesOf(/\/rulesets$/)}, rules/branches ${pagesOf(/\/rules\/branches\//)}, deployment-branch-policies ${pagesOf(/deployment-branch-policies$/)}`
  );
  console.log(
    `    wall time ${wall.toFixed(0)} ms (lower bound: ${depth} dependent requests × ${LATENCY_MS} ms = ${depth * LATENCY_MS} ms per page of the longest list)`
  );
}
await server.close();
removeTempDirs();
