/**
 * Runs the bundled action (dist/index.js) as a separate process the way the
 * GitHub runner does: INPUT_* variables, GITHUB_* variables, a GITHUB_OUTPUT
 * file and a GITHUB_STEP_SUMMARY file. Returns everything it wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReportFile } from '../src/report/report.js';
import { tempDir } from './git-repo.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle under test: dist/index.js, or RELEASE_GATES_TEST_BUNDLE while developing. */
export function bundlePath(): string {
  return path.resolve(ROOT, process.env.RELEASE_GATES_TEST_BUNDLE ?? 'dist/index.js');
}

export interface ActionRunOptions {
  workspace: string;
  /** Action inputs by their action.yml names (gate, tag, sha, token, config, npm-token, dist, wait-minutes, summary). */
  inputs: Record<string, string>;
  apiUrl?: string;
  serverUrl?: string;
  repository?: string;
  /** GITHUB_SHA (the sha input defaults to it). */
  sha?: string;
  /** GITHUB_REF (the tag input defaults to its tag). */
  ref?: string;
  env?: Record<string, string>;
  /** Record the process's peak RSS (see peak-rss.mjs) into `peakRssKiB`. */
  measurePeakRss?: boolean;
}

/** Node arguments that make a bundle write its peak RSS (KiB) to `file` at exit. */
export function peakRssArgs(file: string): { args: string[]; env: Record<string, string> } {
  return { args: ['--import', pathToFileURL(path.join(ROOT, 'test-support/peak-rss.mjs')).href], env: { RELEASE_GATES_PEAK_RSS_FILE: file } };
}

/** The peak RSS a run wrote (KiB), or null when it wrote none. */
export function readPeakRss(file: string): number | null {
  return existsSync(file) ? Number(readFileSync(file, 'utf8')) : null;
}

/** The report file as the action writes it. */
export type ReportJson = ReportFile;

export interface ActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report: ReportJson | null;
  /** Every byte the run produced (stdout, stderr, outputs, summary, report), for secret searches. */
  everything: string;
  /** A check's status in the report, or undefined. */
  /** With `measurePeakRss`: the process's peak RSS in KiB. */
  peakRssKiB: number | null;
  status(checkId: string): string | undefined;
  check(checkId: string): ReportJson['checks'][number] | undefined;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER` … `DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]!);
      outputs[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      outputs[k!] = v.join('=');
    }
  }
  return outputs;
}

export async function runAction(options: ActionRunOptions): Promise<ActionResult> {
  const temp = tempDir('rg-runner-');
  const outputFile = path.join(temp, 'output.txt');
  const summaryFile = path.join(temp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'sketchlog/sketchlog',
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    // Retries stay real but fast in tests.
    RELEASE_GATES_RETRY_BASE_MS: '20',
    ...(options.sha ? { GITHUB_SHA: options.sha } : {}),
    ...(options.ref ? { GITHUB_REF: options.ref } : {}),
    ...options.env
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const rssFile = path.join(temp, 'peak-rss.txt');
  const measure = options.measurePeakRss ? peakRssArgs(rssFile) : { args: [], env: {} };
  const child = spawn(process.execPath, [...measure.args, bundlePath()], {
    cwd: options.workspace,
    env: { ...env, ...measure.env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
  const outputText = readFileSync(outputFile, 'utf8');
  const outputs = parseOutputFile(outputText);
  const summary = readFileSync(summaryFile, 'utf8');
  const reportFile = outputs.report ?? path.join(temp, `release-gates-${options.inputs.gate ?? ''}.json`);
  const reportText = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const report = reportText ? (JSON.parse(reportText) as ReportJson) : null;
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    report,
    everything: [stdout, stderr, outputText, summary, reportText].join('\n'),
    peakRssKiB: options.measurePeakRss ? readPeakRss(rssFile) : null,
    status: (id) => report?.checks.find((c) => c.id === id)?.status,
    check: (id) => report?.checks.find((c) => c.id === id)
  };
}

/** The job summary as a person reads it (entities decoded, tags dropped). */
export function summaryText(result: ActionResult): string {
  return result.summary
    .replace(/<wbr>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ');
}

/**
 * Everything the run wrote except the `::add-mask::` lines: the runner learns the secrets
 * through those, and nothing else may carry them.
 */
export function unmasked(result: ActionResult): string {
  return result.everything
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
