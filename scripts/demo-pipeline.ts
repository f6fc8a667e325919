/**
 * npm run demo -- --pipeline [--partial] — one SketchLog release published for real into loopback
 * servers (test-support/pipeline-scenario.ts) and the seven gates run through the command-line
 * bundle in the order of the `Build and Publish` workflow, each gate's verdict printed as it
 * comes, then one table of gates × checks with the time and peak RSS of each gate's process.
 *
 * --partial is the seed's failure: the image push is refused after PyPI and npm took the version.
 * `publication` fails on its container check, the jobs after it do not run (a failed required job
 * stops the workflow), and `release-gates status` says the version is burned and names the next
 * patch. The demo then exits 1, as the failed job does.
 *
 * Each gate runs with GITHUB_STEP_SUMMARY set, so the CLI appends the action's job summary to
 * one markdown file per gate: `runPipeline({ summaryDir })` keeps them there and returns their
 * paths as `summaries` (without `summaryDir` they are removed with the rest at the end).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { GATE_IDS, type GateId } from '../src/gates/ids.js';
import { parseJson } from '../src/util/json.js';
import { removeTempDirs } from '../test-support/git-repo.js';
import { PIPELINE_TOKEN, startPipelineScenario, type PipelineScenario } from '../test-support/pipeline-scenario.js';
import { peakRssArgs, readPeakRss } from '../test-support/run-action.js';
import { cliBundlePath } from '../test-support/run-cli.js';

export interface PipelineOptions {
  /** The image push is refused after PyPI and npm accepted the version. */
  partial?: boolean;
  /** Where each gate's job summary (markdown) is written and kept; default a temporary folder removed at the end. */
  summaryDir?: string;
  /** Where the lines go (default stdout). */
  print?: (line: string) => void;
}

export interface GateOutcome {
  gate: GateId;
  code: number;
  ms: number;
  /** The gate process's peak RSS in KiB (null: not measured). */
  peakKiB: number | null;
  checks: Array<{ id: string; status: string }>;
}

export interface PipelineResult {
  /** 0 only when every gate passed (and, with partial, 1 as the failed job). */
  code: number;
  gates: GateOutcome[];
  /** Each gate's job summary (markdown), by gate, as the CLI appended it to GITHUB_STEP_SUMMARY. */
  summaries: Partial<Record<GateId, string>>;
}

interface Command {
  code: number;
  stdout: string;
  ms: number;
  peakKiB: number | null;
}

/**
 * The bundle as a workflow's `run:` step starts it: only the environment given here, no token
 * printed. `rssFile`: where the process's own peak RSS (VmHWM, KiB) is written as it exits.
 */
function releaseGates(args: string[], env: Record<string, string>, rssFile?: string): Promise<Command> {
  const started = performance.now();
  const measure = rssFile ? peakRssArgs(rssFile) : { args: [], env: {} };
  const child = spawn(process.execPath, [...measure.args, cliBundlePath(), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env, ...measure.env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, ms: performance.now() - started, peakKiB: rssFile ? readPeakRss(rssFile) : null }))
  );
}

/** The summary: one row per gate, one cell per check (its status and id), and the gate's time. */
export function summaryTable(gates: GateOutcome[], notRun: GateId[]): string[] {
  const width = Math.max(...GATE_IDS.map((g) => g.length));
  const lines = [`${'gate'.padEnd(width)}  result   time    rss  checks`];
  for (const g of gates) {
    const cells = g.checks.map((c) => `${c.status} ${c.id}`).join(' · ');
    const rss = g.peakKiB === null ? '-' : `${Math.round(g.peakKiB / 1024)}M`;
    lines.push(
      `${g.gate.padEnd(width)}  ${(g.code === 0 ? 'PASS' : 'FAIL').padEnd(6)} ${`${(g.ms / 1000).toFixed(1)}s`.padStart(5)}  ${rss.padStart(5)}  ${cells}`
    );
  }
  for (const gate of notRun)
    lines.push(`${gate.padEnd(width)}  ${'-'.padEnd(6)} ${'-'.padStart(5)}  ${'-'.padStart(5)}  not run: a required job before it failed`);
  return lines;
}

function readIfThere(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The checks of the gate's report file (RUNNER_TEMP/release-gates-<gate>.json), or null when there is none to read. */
function reportChecks(file: string): GateOutcome['checks'] | null {
  const parsed = parseJson(readIfThere(file));
  if (!parsed.ok) return null;
  const checks = (parsed.value as { checks?: unknown }).checks;
  if (!Array.isArray(checks)) return null;
  return checks.map((c: { id?: unknown; status?: unknown }) => ({ id: String(c.id), status: String(c.status) }));
}

/** One line per secret that `text` carries. */
function secretsIn(where: string, text: string, secrets: Record<string, string>): string[] {
  return Object.entries(secrets)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => `secret leaked: ${where} carries the ${name}; it must be masked everywhere`);
}

/** What each gate is given besides the common flags: the digests the pushes reported. */
function gateFlags(gate: GateId, p: PipelineScenario): string[] {
  const flags: string[] = [];
  if (['publication', 'supply-chain', 'smoke'].includes(gate) && p.digests.image) flags.push('--image-digest', p.digests.image);
  if (['publication', 'supply-chain', 'smoke'].includes(gate) && p.digests.chart) flags.push('--chart-digest', p.digests.chart);
  return flags;
}

export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineResult> {
  const print = options.print ?? ((line: string) => console.log(line));
  const work = mkdtempSync(path.join(tmpdir(), 'rg-demo-pipeline-'));
  const summaryDir = options.summaryDir ?? path.join(work, 'summaries');
  mkdirSync(summaryDir, { recursive: true });
  const runnerTemp = path.join(work, 'runner-temp');
  mkdirSync(runnerTemp);
  let p: PipelineScenario;
  try {
    p = await startPipelineScenario();
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    removeTempDirs();
    throw error;
  }
  const s = p.release;
  const env = {
    HOME: process.env.HOME ?? '',
    GITHUB_API_URL: p.github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_TOKEN: PIPELINE_TOKEN,
    NPM_TOKEN: s.npmToken,
    RUNNER_TEMP: runnerTemp
  };
  const common = ['--workspace', s.workspace, '--config', p.config, '--repository', 'sketchlog/sketchlog'];
  const secrets = { 'GitHub token': PIPELINE_TOKEN, 'npm token': s.npmToken };
  const leaked: string[] = [];
  const gates: GateOutcome[] = [];
  const summaries: PipelineResult['summaries'] = {};
  let code = 0;
  try {
    print(`SketchLog ${s.version}, released through the seven gates of Build and Publish against loopback servers:`);
    print(`GitHub ${p.github.url}, PyPI ${s.pypi.url}, Verdaccio ${s.npm.url}, GHCR-like registry ${p.ghcr.url}, Go proxy ${s.goProxy.url}, a local Sigstore.`);
    print(`$ GITHUB_API_URL=${p.github.url} GITHUB_TOKEN=*** NPM_TOKEN=*** release-gates <gate> --tag ${s.tag} --sha ${s.sha} ${common.join(' ')}\n`);
    for (const gate of GATE_IDS) {
      if (gate === 'publication') {
        const pushed = await p.publish({ refuseImage: options.partial === true });
        const image = pushed.refused ? `the image push was refused (${pushed.refused})` : 'the image was pushed, scanned and signed';
        print(`── publish: PyPI and npm took ${s.version}; ${image}; the chart was pushed and signed`);
      }
      if (gate === 'release') p.createRelease();
      const summary = path.join(summaryDir, `${gate}.md`);
      const run = await releaseGates(
        [gate, '--tag', s.tag, '--sha', s.sha, ...common, ...gateFlags(gate, p)],
        { ...env, GITHUB_STEP_SUMMARY: summary },
        path.join(work, `${gate}.rss`)
      );
      summaries[gate] = summary;
      leaked.push(...secretsIn(`${gate} (output and job summary)`, run.stdout + readIfThere(summary), secrets));
      const checks = reportChecks(path.join(runnerTemp, `release-gates-${gate}.json`));
      // No readable report is a failed gate, whatever the exit code said.
      gates.push({
        gate,
        code: checks ? run.code : run.code || 1,
        ms: run.ms,
        peakKiB: run.peakKiB,
        checks: checks ?? [{ id: 'no report file', status: 'fail' }]
      });
      const lines = run.stdout.split('\n');
      print(lines.find((l) => l.startsWith(`release-gates ${gate}: `)) ?? `release-gates ${gate}: exit ${run.code}`);
      if (gates.at(-1)!.code !== 0) {
        for (const line of lines.filter((l) => /^ {2}fail /.test(l))) print(line);
        code = gates.at(-1)!.code;
        break;
      }
    }
    const notRun = GATE_IDS.slice(gates.length);
    print('');
    for (const line of summaryTable(gates, notRun)) print(line);
    if (code !== 0) {
      print(`\nThe workflow stopped at ${gates.at(-1)!.gate}. Which places already hold ${s.version}?`);
      print(`$ release-gates status ${s.version} ${common.join(' ')}`);
      const status = await releaseGates(['status', s.version, ...common], env);
      leaked.push(...secretsIn('status', status.stdout, secrets));
      for (const line of status.stdout.trimEnd().split('\n')) print(line);
      const verdict = status.code === 0 ? `${s.version} is free` : `${s.version} is burned, or a place could not be asked`;
      print(`\nexit code ${code}: a gate failed, as the required job would (status exited ${status.code}: ${verdict})`);
    } else {
      print(`\nexit code 0: every gate passed; ${s.version} is released`);
    }
    // A secret in any output fails the demo as it would fail the contract, whatever the gates said.
    for (const line of leaked) print(line);
    return { code: leaked.length > 0 ? 1 : code, gates, summaries };
  } finally {
    await p.close();
    removeTempDirs();
    // The summaries stay only where the caller asked for them.
    rmSync(work, { recursive: true, force: true });
  }
}
