/**
 * The Action's entry point (src/index.ts, run from source with tsx) on hostile runner
 * variables and files: whatever goes wrong, the step ends with exactly one `::error::`
 * line, no stack trace, and a `result` output when the output file can be written.
 */
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { removeTempDirs, tempDir } from '../test-support/git-repo.js';

afterAll(removeTempDirs);

interface Step {
  code: number | null;
  stdout: string;
  stderr: string;
  output: string | null;
  ms: number;
}

/** Runs the entry point once as the runner would: inputs as INPUT_*, a GITHUB_OUTPUT file, a workspace. */
async function step(
  options: { env?: Record<string, string>; inputs?: Record<string, string>; workspace?: (dir: string) => Promise<void> } = {}
): Promise<Step> {
  const root = await fs.realpath(tempDir('rg-entry-'));
  const workspace = path.join(root, 'ws');
  await fs.mkdir(path.join(workspace, '.github'), { recursive: true });
  await fs.writeFile(path.join(workspace, '.github/release-gates.yml'), 'tags: {}\nversions: false\nchangelog: false\nmain: false\n');
  await options.workspace?.(workspace);
  const outputFile = path.join(root, 'output');
  await fs.writeFile(outputFile, '');
  const inputs = { gate: 'preflight', tag: 'v1.2.3', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: root,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'sketchlog/sketchlog',
    GITHUB_SHA: 'a'.repeat(40),
    // Nothing listens on port 1: a GitHub call is refused at once.
    GITHUB_API_URL: 'http://127.0.0.1:1',
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: root,
    RELEASE_GATES_RETRY_BASE_MS: '0',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env
  };
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      void fs.readFile(outputFile, 'utf8').then(
        (output) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr, output, ms: Date.now() - started }),
        () => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr, output: null, ms: Date.now() - started })
      );
    });
  });
}

function errorLines(s: Step): string[] {
  return s.stdout.split('\n').filter((l) => l.startsWith('::error::'));
}

function expectOneCleanError(s: Step, message: RegExp): void {
  expect(s.code).toBe(1);
  expect(errorLines(s)).toEqual([expect.stringMatching(message)]);
  // No stack trace anywhere.
  expect(`${s.stdout}\n${s.stderr}`).not.toMatch(/^\s+at /m);
}

describe('the entry point validates the runner before any library reads it', () => {
  it('an unparsable GITHUB_API_URL is one error line, not a throw inside @actions/github at import', async () => {
    const s = await step({ env: { GITHUB_API_URL: 'http://[::1' } });
    expectOneCleanError(s, /^::error::GITHUB_API_URL "http:\/\/\[:\\:1" is not a URL; it is set by the runner/);
    expect(s.output).toMatch(/^result<<.*\nfail\n/m);
  });

  it('a GITHUB_OUTPUT file that does not exist: one error line naming it, and the handler does not throw', async () => {
    const s = await step({ env: { GITHUB_OUTPUT: '/nonexistent/release-gates-output' } });
    expectOneCleanError(
      s,
      /^::error::GITHUB_OUTPUT "\/nonexistent\/release-gates-output" does not exist; .*\(the "result" output could not be written either: Missing file at path: \/nonexistent\/release-gates-output\)$/
    );
  });

  it('a path-like GITHUB_REPOSITORY is refused', async () => {
    const s = await step({ env: { GITHUB_REPOSITORY: '../..' } });
    expectOneCleanError(s, /^::error::GITHUB_REPOSITORY "\.\.\/\.\." is not owner\/repo/);
    expect(s.output).toMatch(/fail/);
  });
});

describe('the gate input is checked against the gates once they are loaded', () => {
  it('an unknown gate is one error line naming it and every gate, with result fail', async () => {
    const s = await step({ inputs: { gate: 'preflite' } });
    expectOneCleanError(
      s,
      /^::error::unknown gate "preflite"; use one of: preflight, publication-preflight, artifacts, publication, supply-chain, smoke, release$/
    );
    expect(s.output).toMatch(/^result<<.*\nfail\n/m);
  });

  it('a bad runner variable is still named first: the gates are not loaded before the runner is checked', async () => {
    const s = await step({ inputs: { gate: 'preflite' }, env: { GITHUB_API_URL: 'http://[::1' } });
    expectOneCleanError(s, /^::error::GITHUB_API_URL "http:\/\/\[:\\:1" is not a URL/);
  });
});

describe('the config file cannot hang or flood the step', () => {
  it('a FIFO config ends the step at once with one error line and result fail', async () => {
    const s = await step({
      workspace: async (ws) => {
        await fs.rm(path.join(ws, '.github/release-gates.yml'));
        execFileSync('mkfifo', [path.join(ws, '.github/release-gates.yml')]);
      }
    });
    expectOneCleanError(s, /^::error::config file \.github\/release-gates\.yml is a named pipe \(FIFO\), not a regular file/);
    expect(s.output).toMatch(/^result<<.*\nfail\n/m);
  });

  it('a 50 MB config is refused by size with one error line', async () => {
    const s = await step({
      workspace: async (ws) => {
        const handle = await fs.open(path.join(ws, '.github/release-gates.yml'), 'w');
        await handle.truncate(50 * 1024 * 1024);
        await handle.close();
      }
    });
    expectOneCleanError(s, /^::error::config file \.github\/release-gates\.yml is 52428800 bytes; a config file may be at most 1048576 bytes$/);
  });
});

describe('the tag input is judged as given', () => {
  it('"v1.2.3\\n" is not trimmed: tag-format fails, with one error line for the step', async () => {
    const s = await step({ inputs: { tag: 'v1.2.3\n' } });
    expect(s.code).toBe(1);
    expect(errorLines(s)).toHaveLength(1);
    expect(s.stdout).toMatch(/fail tag-format: tag "v1\.2\.3 " contains "\\n", which is not allowed/);
    expect(s.output).toMatch(/^failed<<.*\n.*tag-format/m);
  });
});
