/** Runs the command-line bundle (dist/cli/index.js) as a separate process, as a terminal would. */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { peakRssArgs, readPeakRss, ROOT } from './run-action.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** With `measurePeakRss`: the process's peak RSS in KiB. */
  peakRssKiB?: number | null;
}

/** The command-line bundle under test: dist/cli/index.js, or RELEASE_GATES_TEST_CLI while developing (as run-action's RELEASE_GATES_TEST_BUNDLE). */
export function cliBundlePath(): string {
  return path.resolve(ROOT, process.env.RELEASE_GATES_TEST_CLI ?? 'dist/cli/index.js');
}

/** `env` is the whole environment besides PATH: nothing of the test process leaks in. */
export function runCli(args: string[], options: { cwd?: string; env: Record<string, string>; measurePeakRss?: boolean }): Promise<CliRun> {
  const rssFile = options.measurePeakRss ? path.join(mkdtempSync(path.join(tmpdir(), 'rg-cli-rss-')), 'peak-rss.txt') : null;
  const measure = rssFile ? peakRssArgs(rssFile) : { args: [], env: {} };
  const child = spawn(process.execPath, [...measure.args, cliBundlePath(), ...args], {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: { PATH: process.env.PATH ?? '', ...options.env, ...measure.env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const peakRssKiB = rssFile ? readPeakRss(rssFile) : undefined;
      if (rssFile) rmSync(path.dirname(rssFile), { recursive: true, force: true });
      resolve({ code: code ?? -1, stdout, stderr, ...(peakRssKiB !== undefined ? { peakRssKiB } : {}) });
    })
  );
}
