/** The command-line entry point (src/cli/index.ts, run from source with tsx): a failure is one clean stderr line. */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.resolve('src/cli/index.ts'), ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr })
    );
  });
}

describe('release-gates on a failure', () => {
  it('prints the error with the token redacted and a workflow command neutralised, exactly once', async () => {
    const token = 'ghp_cli_error_token_0123456789';
    const r = await cli([`--x::set-output name=result::${token}`], { GITHUB_TOKEN: token });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: "--x:\\:set-output name=result:\\:***" comes before a command; usage: release-gates <command> [options] (release-gates --help lists them)\n'
    );
  });
});
