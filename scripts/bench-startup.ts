/**
 * npx tsx scripts/bench-startup.ts — start-up of the bundles against Node itself, in the same run:
 * the median wall time of 10 interleaved runs of each command beside `node -e 0`, as a ratio, and the peak
 * RSS of `--version`. Goals: `--version`, `--help` and a usage error at most 1.5× Node; a gate
 * that stops on bad input at most 2×; `--version` under 60 MiB. Figures, not pass/fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundlePath, peakRssArgs, readPeakRss } from '../test-support/run-action.js';
import { cliBundlePath } from '../test-support/run-cli.js';

const RUNS = 10;
const temp = mkdtempSync(path.join(tmpdir(), 'rg-bench-startup-'));
const env = { PATH: process.env.PATH ?? '', HOME: temp };

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** The goal as a ratio to `node -e 0`. */
  goal: number | null;
}

const cli = cliBundlePath();
const cases: Case[] = [
  { name: 'node -e 0', args: ['-e', '0'], goal: null },
  { name: 'release-gates --version', args: [cli, '--version'], goal: 1.5 },
  { name: 'release-gates --help', args: [cli, '--help'], goal: 1.5 },
  { name: 'release-gates --bogus (usage error)', args: [cli, '--bogus'], goal: 1.5 },
  {
    name: 'release-gates preflight, bad input',
    args: [cli, 'preflight', '--tag', 'v1.2.3', '--wait-minutes', 'soon', '--repository', 'o/r', '--sha', 'a'.repeat(40)],
    goal: 2
  },
  {
    name: 'action (dist/index.js), bad input',
    args: [bundlePath()],
    env: {
      GITHUB_OUTPUT: '',
      INPUT_GATE: 'preflight',
      INPUT_TAG: 'v1.2.3',
      'INPUT_WAIT-MINUTES': 'soon',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKSPACE: temp,
      GITHUB_SHA: 'a'.repeat(40)
    },
    goal: 2
  }
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Timed {
  ms: number;
  status: number | null;
  firstLine: string;
}

/**
 * Every case once per round, RUNS rounds, the median per case: run side by side this way, a
 * change of the machine's load during the bench weighs on Node and the bundles alike.
 */
function timeAll(all: Case[]): Timed[] {
  const times = all.map((): number[] => []);
  const last: Array<ReturnType<typeof spawnSync> | null> = all.map(() => null);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, c] of all.entries()) {
      const started = performance.now();
      last[i] = spawnSync(process.execPath, c.args, { cwd: temp, env: { ...env, ...c.env }, encoding: 'utf8' });
      times[i]!.push(performance.now() - started);
    }
  }
  return all.map((_, i) => {
    const output = `${String(last[i]!.stdout)}${String(last[i]!.stderr)}`;
    return { ms: median(times[i]!), status: last[i]!.status, firstLine: output.split('\n').find((l) => l.trim()) ?? '' };
  });
}

console.log(`start-up, median of ${RUNS} interleaved runs each, against node -e 0 in the same rounds (Node ${process.version})`);
const timed = timeAll(cases);
const base = timed[0]!;
for (const [i, c] of cases.entries()) {
  const r = timed[i]!;
  const ratio = r.ms / base.ms;
  const goal = c.goal === null ? '' : `goal ≤ ${c.goal}×: ${ratio <= c.goal ? 'met' : 'missed'}`;
  console.log(
    `  ${c.name.padEnd(38)} ${r.ms.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2).padStart(5)}×  exit ${r.status}  ${goal.padEnd(18)} ${r.firstLine.slice(0, 70)}`
  );
}
const rssFile = path.join(temp, 'rss.txt');
const measure = peakRssArgs(rssFile);
spawnSync(process.execPath, [...measure.args, cli, '--version'], { cwd: temp, env: { ...env, ...measure.env } });
const rss = readPeakRss(rssFile) ?? 0;
console.log(`  peak RSS of release-gates --version: ${(rss / 1024).toFixed(0)} MiB (goal < 60 MiB: ${rss / 1024 < 60 ? 'met' : 'missed'})`);
rmSync(temp, { recursive: true, force: true });
