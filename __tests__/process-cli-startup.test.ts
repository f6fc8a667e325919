/**
 * Start-up: `--version`, `--help` and a usage error load nothing but the CLI's entry file, and a
 * gate loads only its chunks. Proven by running the entry file alone, in a folder without the
 * chunks ncc emitted beside it: what needs no chunk still works, what needs one says so.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { removeTempDirs, tempDir } from '../test-support/git-repo.js';
import { cliBundlePath } from '../test-support/run-cli.js';
import { bundlePath } from '../test-support/run-action.js';

afterAll(() => removeTempDirs());

/** The bundle's entry file and package.json, without its chunks. */
function entryAlone(entry: string): string {
  const dir = tempDir('rg-entry-alone-');
  copyFileSync(entry, path.join(dir, 'index.js'));
  copyFileSync(path.join(path.dirname(entry), 'package.json'), path.join(dir, 'package.json'));
  return path.join(dir, 'index.js');
}

const run = (file: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

describe('the CLI entry file', () => {
  it('has chunks beside it: the commands and gates are not in it', () => {
    const chunks = readdirSync(path.dirname(cliBundlePath())).filter((name) => /^\d+\.index\.js$/.test(name));
    expect(chunks.length).toBeGreaterThan(5);
  });

  it.each([
    [['--version'], 0, /^\d+\.\d+\.\d+\n$/],
    [['--help'], 0, /^release-gates \d+\.\d+\.\d+ — fail-closed checks/],
    [['--bogus'], 2, /^error: "--bogus" comes before a command/]
  ])('answers %j without loading any chunk', (args, code, output) => {
    const result = run(entryAlone(cliBundlePath()), args);
    expect(result.status).toBe(code);
    expect(`${result.stdout}${result.stderr}`).toMatch(output);
  });

  it('needs its chunks for a command: without them a gate cannot load', () => {
    const result = run(entryAlone(cliBundlePath()), ['preflight', '--help']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });
});

describe('the action entry file', () => {
  const runner = { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: 'a'.repeat(40), GITHUB_REPOSITORY: 'o/r', GITHUB_WORKSPACE: '/tmp' };
  it.each([
    [{ INPUT_GATE: 'deploy' }, 'unknown gate "deploy"; use one of: preflight,'],
    [{ INPUT_GATE: 'preflight', 'INPUT_WAIT-MINUTES': 'soon' }, 'wait-minutes "soon" is not a number of minutes between 0 and 360']
  ])('validates the inputs before loading anything: %j fails as one line without any chunk', (inputs, message) => {
    const result = run(entryAlone(bundlePath()), [], { ...runner, ...inputs });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([expect.stringContaining(`::error::${message}`)]);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/Cannot find module|\n\s+at .+:\d+:\d+/);
    // No GITHUB_OUTPUT file: the result goes out as the old command, after a blank line.
    expect(result.stdout).toContain('\n::set-output name=result::fail\n');
  });

  it('writes the result output and masks the token without any chunk: @actions/core is not needed to fail', () => {
    const outputFile = path.join(tempDir('rg-entry-output-'), 'output');
    writeFileSync(outputFile, '');
    const token = 'ghp_notARealToken0123456789abcdefghijklm';
    const result = run(entryAlone(bundlePath()), [], {
      ...runner,
      GITHUB_OUTPUT: outputFile,
      INPUT_GATE: 'preflight',
      INPUT_TOKEN: token,
      'INPUT_WAIT-MINUTES': '50%\nsoon'
    });
    expect(result.status).toBe(1);
    expect(result.stdout.startsWith(`::add-mask::${token}\n`)).toBe(true);
    // The message escaped as @actions/core escapes it: `%` as %25, the line break clipped away before.
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([
      '::error::wait-minutes "50%25 soon" is not a number of minutes between 0 and 360'
    ]);
    expect(result.stdout).not.toMatch(/Cannot find module|\n\s+at .+:\d+:\d+/);
    expect(readFileSync(outputFile, 'utf8')).toMatch(/^result<<(ghadelimiter_[0-9a-f-]{36})\nfail\n\1\n$/);
  });

  it('is small: the gates and the libraries, @actions/core among them, are in chunks', () => {
    // With @actions/core imported up front the entry file was 1.1 MB (core brings @actions/http-client and undici).
    expect(statSync(bundlePath()).size).toBeLessThan(200_000);
  });
});
