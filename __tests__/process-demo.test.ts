/** The README's `npm run demo` commands, run as a user runs them: their exit codes and what they print. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GATE_IDS } from '../src/gates/ids.js';
import { checkIds } from '../test-support/gate-checks.js';
import { removeTempDirs, tempDir } from '../test-support/git-repo.js';
import { PIPELINE_TOKEN } from '../test-support/pipeline-scenario.js';
import { ROOT } from '../test-support/run-action.js';

afterAll(() => removeTempDirs());

function demo(args: string[]): Promise<{ code: number; stdout: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts', ...args], {
    cwd: ROOT,
    // The bundle under test may be a fresh build outside the repository (run-cli.ts).
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.RELEASE_GATES_TEST_CLI ? { RELEASE_GATES_TEST_CLI: process.env.RELEASE_GATES_TEST_CLI } : {})
    },
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

  it("--pipeline runs the seven gates in the workflow's order, each passing, then the gates × checks table", async () => {
    const summaries = tempDir('rg-demo-summaries-');
    const r = await demo(['--pipeline', '--summaries', summaries]);
    // First on the whole output, so a run that went wrong shows what it printed.
    expect(r.stdout).toContain('exit code 0: every gate passed');
    expect(r.code).toBe(0);
    const verdicts = r.stdout.split('\n').filter((l) => /^release-gates \S+: [A-Z]+ /.test(l));
    expect(verdicts.map((l) => l.split('  ')[0])).toEqual(GATE_IDS.map((g) => `release-gates ${g}: PASS`));
    // The publish step comes between artifacts and publication, as in the workflow.
    expect(r.stdout.indexOf('── publish: PyPI and npm took 1.4.0; the image was pushed, scanned and signed')).toBeGreaterThan(
      r.stdout.indexOf('release-gates artifacts: PASS')
    );
    expect(r.stdout.indexOf('── publish:')).toBeLessThan(r.stdout.indexOf('release-gates publication: PASS'));
    const table = tableOf(r.stdout);
    expect(table.map((row) => row.gate)).toEqual(GATE_IDS);
    for (const row of table) {
      expect([row.gate, row.result, row.cells]).toEqual([row.gate, 'PASS', checkIds(row.gate).map((id) => `pass ${id}`)]);
      expect(row.time).toMatch(/^\d+\.\ds$/);
      // Each gate's process stays under the 200 MiB the action is held to.
      expect(row.rss).toMatch(/^\d+M$/);
      expect(Number.parseInt(row.rss, 10)).toBeLessThan(200);
    }
    expect(r.stdout).toContain('exit code 0: every gate passed; 1.4.0 is released');
    expect(r.stdout).not.toContain(PIPELINE_TOKEN);
    expect(r.stdout).not.toContain('publisher-password-1');
    // Each gate's job summary, as the CLI appended it to GITHUB_STEP_SUMMARY.
    for (const gate of GATE_IDS) {
      const markdown = readFileSync(path.join(summaries, `${gate}.md`), 'utf8');
      expect(markdown).toContain(`<h2>release-gates · ${gate.replaceAll('-', '&#45;')} · ✅ pass</h2>`);
      expect(markdown).not.toContain(PIPELINE_TOKEN);
    }
  }, 90_000);

  it('--pipeline --partial: the image push refused after PyPI and npm took 1.4.0; publication fails on container, the rest is not run, 1.4.0 is burned', async () => {
    const r = await demo(['--pipeline', '--partial']);
    // First on the whole output, so a run that went wrong elsewhere shows what it printed.
    expect(r.stdout).toContain('release-gates publication: FAIL');
    expect(r.code).toBe(1);
    const verdicts = r.stdout.split('\n').filter((l) => /^release-gates \S+: [A-Z]+ /.test(l));
    expect(verdicts.map((l) => l.split('  ')[0])).toEqual([
      'release-gates preflight: PASS',
      'release-gates publication-preflight: PASS',
      'release-gates artifacts: PASS',
      'release-gates publication: FAIL'
    ]);
    expect(r.stdout).toMatch(/the image push was refused \(127\.0\.0\.1:\d+\/sketchlog\/sketchlog:1\.4\.0: 403 DENIED/);
    expect(r.stdout).toMatch(/\n {2}fail {2}container +container image 127\.0\.0\.1:\d+\/sketchlog\/sketchlog: tag 1\.4\.0 not served yet/);
    // Only the container check failed: PyPI, npm and the chart hold what was built.
    expect(r.stdout.match(/\n {2}fail {2}\S+/g)).toHaveLength(1);
    const table = tableOf(r.stdout);
    expect(table.map((row) => [row.gate, row.result])).toEqual(GATE_IDS.map((g, i) => [g, i < 3 ? 'PASS' : i === 3 ? 'FAIL' : '-']));
    expect(table[3]!.cells).toEqual(checkIds('publication').map((id) => `${id === 'container' ? 'fail' : 'pass'} ${id}`));
    for (const row of table.slice(4)) expect(row.cells).toEqual(['not run: a required job before it failed']);
    expect(r.stdout).toMatch(/\nimage 127\.0\.0\.1:\d+\/sketchlog\/sketchlog +free /);
    expect(r.stdout).toMatch(
      /\n1\.4\.0 is burned: PyPI, npm @sketchlog\/client, npm @sketchlog\/react, npm @sketchlog\/wasm, chart \S+, Go proxy, tag v1\.4\.0, tag clients\/go\/v1\.4\.0 hold it; release 1\.4\.1 instead\n/
    );
    expect(r.stdout).toContain('exit code 1: a gate failed, as the required job would');
    expect(r.stdout).not.toContain(PIPELINE_TOKEN);
  }, 90_000);
});

interface Row {
  gate: (typeof GATE_IDS)[number];
  result: string;
  time: string;
  rss: string;
  cells: string[];
}

/** The summary table after its header: gate, result, time, peak RSS, then the check cells joined by ' · '. */
function tableOf(stdout: string): Row[] {
  const lines = stdout.split('\n');
  const header = lines.findIndex((l) => /^gate +result +time +rss +checks$/.test(l));
  expect(header).toBeGreaterThan(0);
  return lines.slice(header + 1, header + 1 + GATE_IDS.length).map((line) => {
    const [, gate, result, time, rss, cells] = /^(\S+) +(\S+) +(\S+) +(\S+) {2}(.*)$/.exec(line) ?? [];
    return { gate: gate as Row['gate'], result: result!, time: time!, rss: rss!, cells: (cells ?? '').split(' · ') };
  });
}
