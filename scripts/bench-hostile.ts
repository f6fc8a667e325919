/**
 * npx tsx scripts/bench-hostile.ts — runs the bundled action (dist/index.js) as the
 * runner does over hostile inputs and faults, and prints each run's wall time, peak
 * RSS (GNU time's maximum resident set size), exit code and result output. Goals:
 * every run ends (within its deadline) with a `result` output and one ::error:: line,
 * and peak RSS stays under 200 MiB. Figures, not pass/fail: the tests prove the
 * behaviour without timing it.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRepo, removeTempDirs, tempDir, type TestRepo } from '../test-support/git-repo.js';
import { bundlePath, parseOutputFile } from '../test-support/run-action.js';
import { configYaml, sketchlogConfig, sketchlogFiles } from '../test-support/sketchlog.js';

const MiB = 1024 * 1024;

interface Case {
  name: string;
  gate: string;
  /** Prepares the workspace (after the SketchLog files are committed); returns extra env. */
  setup(repo: TestRepo, servers: Servers): Record<string, string> | void;
}

interface Servers {
  /** Answers every request with a body that drips one byte every 2 s, forever. */
  drip: string;
  /** Answers every request with a 200 MB JSON body, as fast as the client reads. */
  huge: string;
}

function serve(handler: http.RequestListener): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

const timers = new Set<NodeJS.Timeout>();
const drip = await serve((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{');
  const timer = setInterval(() => res.write(' '), 2000);
  timers.add(timer);
  res.on('close', () => {
    clearInterval(timer);
    timers.delete(timer);
  });
});
const huge = await serve((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(MiB, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < 200) {
      sent++;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end('{}');
  };
  res.write('{"total_count": 1, "workflow_runs": [], "pad": "');
  pump();
});
const servers: Servers = { drip: drip.url, huge: huge.url };

function writeConfig(repo: TestRepo, text: string): void {
  writeFileSync(path.join(repo.dir, '.github/release-gates.yml'), text);
}

const cases: Case[] = [
  {
    name: 'config is a FIFO',
    gate: 'preflight',
    setup(repo) {
      const file = path.join(repo.dir, '.github/release-gates.yml');
      execFileSync('rm', ['-f', file]);
      execFileSync('mkfifo', [file]);
    }
  },
  {
    name: 'config links to /proc/self/fd/1',
    gate: 'preflight',
    setup(repo) {
      const file = path.join(repo.dir, '.github/release-gates.yml');
      execFileSync('rm', ['-f', file]);
      symlinkSync('/proc/self/fd/1', file);
    }
  },
  {
    name: 'config links to /dev/zero',
    gate: 'preflight',
    setup(repo) {
      const file = path.join(repo.dir, '.github/release-gates.yml');
      execFileSync('rm', ['-f', file]);
      symlinkSync('/dev/zero', file);
    }
  },
  {
    name: 'config of 50 MB',
    gate: 'preflight',
    setup(repo) {
      writeConfig(repo, `${configYaml(sketchlogConfig())}${'# padding\n'.repeat(5 * MiB)}`);
    }
  },
  {
    name: 'pattern ^(?:a+)+(\\d) over a 4 MB manifest',
    gate: 'preflight',
    setup(repo) {
      const config = sketchlogConfig();
      config.versions = [{ file: 'python/sketchlog/__init__.py', pattern: '^(?:a+)+(\\d)' }];
      writeConfig(repo, configYaml(config));
      writeFileSync(path.join(repo.dir, 'python/sketchlog/__init__.py'), `${'a'.repeat(4 * MiB)}!`);
      repo.commit({}, 'hostile manifest');
    }
  },
  {
    name: 'YAML manifest with 80,000 keys',
    gate: 'preflight',
    setup(repo) {
      const lines = Array.from({ length: 80_000 }, (_, i) => `k${i}: ${i}`);
      writeFileSync(path.join(repo.dir, 'charts/sketchlog/Chart.yaml'), `version: 1.2.3\nappVersion: "1.2.3"\n${lines.join('\n')}\n`);
      repo.commit({}, 'hostile chart');
    }
  },
  {
    name: 'GitHub answers 200 MB bodies',
    gate: 'preflight',
    setup(_repo, s) {
      return { GITHUB_API_URL: s.huge };
    }
  },
  {
    name: 'npm registry drips one byte every 2 s',
    gate: 'publication-preflight',
    setup(repo, s) {
      const config = sketchlogConfig();
      config.npm = { registry: s.drip, publisher: 'balavignesh', scope: 'sketchlog', packages: ['@sketchlog/client'] };
      config.pypi = false;
      config.container = false;
      config.helm = false;
      config.go = false;
      writeConfig(repo, configYaml(config));
    }
  }
];

interface Run {
  wallMs: number;
  maxRssKiB: number;
  exitCode: number;
  result: string | undefined;
  errorLines: number;
}

async function runCase(c: Case): Promise<Run> {
  const repo = createRepo(sketchlogFiles('1.2.3'));
  const extra = c.setup(repo, servers) ?? {};
  const temp = tempDir('rg-bench-hostile-');
  const outputFile = path.join(temp, 'output.txt');
  const summaryFile = path.join(temp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  mkdirSync(path.join(temp, 'runner'), { recursive: true });
  const timeFile = path.join(temp, 'time.txt');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: 'sketchlog/sketchlog',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: path.join(temp, 'runner'),
    GITHUB_SHA: repo.head(),
    GITHUB_REF: 'refs/tags/v1.2.3',
    RELEASE_GATES_RETRY_BASE_MS: '20',
    INPUT_GATE: c.gate,
    INPUT_TOKEN: 'bench-token-0123456789',
    'INPUT_NPM-TOKEN': 'npm_bench_token_0123456789',
    ...extra
  };
  const started = performance.now();
  let stdout = '';
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, bundlePath()], {
      cwd: repo.dir,
      env,
      stdio: ['ignore', 'pipe', 'ignore']
    });
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (code) => resolve(code ?? -1));
  });
  const wallMs = performance.now() - started;
  const maxRssKiB = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  return { wallMs, maxRssKiB, exitCode, result: outputs.result, errorLines: stdout.split('\n').filter((l) => l.startsWith('::error::')).length };
}

console.log(
  `hostile inputs and faults against ${path.relative(process.cwd(), bundlePath())} (goal: every run ends with result=fail and one ::error:: line; peak RSS < 200 MiB)`
);
let worstMs = 0;
let worstRss = 0;
for (const c of cases) {
  const r = await runCase(c);
  worstMs = Math.max(worstMs, r.wallMs);
  worstRss = Math.max(worstRss, r.maxRssKiB);
  const ok = r.result === 'fail' && r.errorLines === 1 && r.exitCode !== 0;
  console.log(
    `  ${c.name.padEnd(46)} ${(r.wallMs / 1000).toFixed(1).padStart(6)} s  ${(r.maxRssKiB / 1024).toFixed(0).padStart(4)} MiB  exit ${r.exitCode}  result=${r.result ?? '(none)'}  ::error:: lines ${r.errorLines}  ${ok ? 'ok' : 'NOT OK'}`
  );
}
console.log(
  `  worst case: ${(worstMs / 1000).toFixed(1)} s, peak RSS ${(worstRss / 1024).toFixed(0)} MiB (goal < 200 MiB: ${worstRss / 1024 < 200 ? 'met' : 'missed'})`
);
for (const t of timers) clearInterval(t);
drip.server.closeAllConnections();
huge.server.closeAllConnections();
await Promise.all([new Promise((r) => drip.server.close(r)), new Promise((r) => huge.server.close(r))]);
removeTempDirs();
