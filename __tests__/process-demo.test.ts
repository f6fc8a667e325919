/** The README's `npm run demo` commands, run as a user runs them: their exit codes and what they print. */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../test-support/run-action.js';

function demo(args: string[]): Promise<{ code: number; stdout: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout })));
}

describe('npm run demo', () => {
  it('passes, printing the command it ran', async () => {
    const r = await demo([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /\$ GITHUB_API_URL=http:\/\/127\.0\.0\.1:\d+ GITHUB_TOKEN=\*\*\* release-gates preflight --workspace \S+ --tag v1\.2\.3 --sha [0-9a-f]{40} /
    );
    expect(r.stdout).toContain('release-gates preflight: PASS');
    expect(r.stdout).not.toContain('demo-token-not-a-secret');
  });

  it('--drift fails as the required check would, with exit code 1', async () => {
    const r = await demo(['--drift']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fail {2}coupled-versions +wasm\/package\.json \(key version\) has 1\.2\.2, expected 1\.2\.3/);
  });

  it('--release runs bump, prepare, tag --push and status in a clone', async () => {
    const r = await demo(['--release']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('release-gates prepare: PASS');
    expect(r.stdout).toContain('pushed v1.2.3 to origin');
    expect(r.stdout).toContain('1.2.3 is burned: PyPI, tag v1.2.3, tag clients/go/v1.2.3 hold it; release 1.2.4 instead');
  });
});
