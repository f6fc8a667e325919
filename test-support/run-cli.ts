/** Runs the command-line bundle (dist/cli/index.js) as a separate process, as a terminal would. */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './run-action.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command-line bundle under test: dist/cli/index.js, or RELEASE_GATES_TEST_CLI while developing (as run-action's RELEASE_GATES_TEST_BUNDLE). */
export function cliBundlePath(): string {
  return path.resolve(ROOT, process.env.RELEASE_GATES_TEST_CLI ?? 'dist/cli/index.js');
}

/** `env` is the whole environment besides PATH: nothing of the test process leaks in. */
export function runCli(args: string[], options: { cwd?: string; env: Record<string, string> }): Promise<CliRun> {
  const child = spawn(process.execPath, [cliBundlePath(), ...args], {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}
