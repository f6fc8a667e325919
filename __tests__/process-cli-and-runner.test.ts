/**
 * The command-line bundle (dist/cli/index.js) and the runner-facing edges of the
 * action bundle: summary off, no summary file on the runner, a gate this version
 * does not have. Also proves the GitHub test server's schema check can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRepo, removeTempDirs, tempDir, type TestRepo } from '../test-support/git-repo.js';
import { startGitHubServer, type GitHubTestServer } from '../test-support/github-server.js';
import { runAction } from '../test-support/run-action.js';
import { runCli, type CliRun } from '../test-support/run-cli.js';
import { sketchlogFiles } from '../test-support/sketchlog.js';
import { checkIds } from '../test-support/gate-checks.js';

const TOKEN = 'ghs_cli_token_0123456789';
let repo: TestRepo;
let server: GitHubTestServer;
let sha: string;

beforeAll(async () => {
  repo = createRepo(sketchlogFiles('1.2.3'));
  sha = repo.head();
  repo.tag('v1.2.3', { annotated: true });
  server = await startGitHubServer({ repoDir: repo.dir, token: TOKEN });
  server.runs.push({ headSha: sha });
});

afterAll(async () => {
  await server.close();
  removeTempDirs();
});

function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(args, { env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN, RELEASE_GATES_RETRY_BASE_MS: '5', RUNNER_TEMP: repo.dir, ...env } });
}

const base = () => ['preflight', '--workspace', repo.dir, '--tag', 'v1.2.3', '--repository', 'sketchlog/sketchlog'];

describe('command line', () => {
  it('passes with exit code 0, taking the sha from the workspace HEAD, and prints a readable table', async () => {
    const r = await cli(base());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('release-gates preflight: PASS');
    expect(r.stdout).toMatch(/pass {2}main-ci +the ci\.yml push run on main for [0-9a-f]{12} succeeded/);
    expect(r.stdout).toContain(`commit ${sha.slice(0, 7)}`);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('fails with exit code 1 naming the failed check when the commit is not the tagged one', async () => {
    const r = await cli([...base(), '--sha', 'f'.repeat(40)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('release-gates preflight: 5 checks failed: coupled-versions, changelog, tag-object, on-main, main-ci');
  });

  it('appends the job summary in a run: step (GITHUB_STEP_SUMMARY set), the section the action writes', async () => {
    const file = path.join(tempDir('rg-cli-summary-'), 'step-summary.md');
    writeFileSync(file, '## an earlier step\n');
    const r = await cli([...base(), '--json'], { GITHUB_STEP_SUMMARY: file });
    expect(r.code).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith('## an earlier step\n<h2>release-gates · preflight · ✅ pass</h2>')).toBe(true);
    expect(written).toContain('<td><code>main&#45;ci</code></td><td>✅ pass</td>');
    expect(written).not.toContain(TOKEN);
  });

  it('warns and keeps the verdict when the job summary file cannot be written', async () => {
    const file = path.join(tempDir('rg-cli-summary-'), 'missing-dir', 'step-summary.md');
    const r = await cli(base(), { GITHUB_STEP_SUMMARY: file });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: the job summary could not be written to GITHUB_STEP_SUMMARY ".+missing-dir\/step-summary\.md" \(ENOENT.*\); the report file has every result$/m
    );
  });

  it('prints the JSON report with --json', async () => {
    const r = await cli([...base(), '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { gate: string; result: string; sha: string; checks: Array<{ id: string }> };
    expect(report).toMatchObject({ gate: 'preflight', result: 'pass', sha });
    expect(report.checks.map((c) => c.id)).toEqual(checkIds('preflight'));
  });

  it('exits 2 with one clear line for bad input, and prints usage without a gate', async () => {
    const bad = await cli(['deploy', '--workspace', repo.dir, '--repository', 'sketchlog/sketchlog']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(
      /^error: unknown command or gate "deploy"; use one of: bump, prepare, tag, doctor, status, preflight, publication-preflight/
    );
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = await cli([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: release-gates <command> [options]');
    expect(usage.stdout).toBe('');
  });
});

describe('runner edges of the action bundle', () => {
  const inputs = { gate: 'preflight', tag: 'v1.2.3', token: TOKEN };

  it('writes outputs and the report but no summary when summary is false', async () => {
    const r = await runAction({ workspace: repo.dir, apiUrl: server.url, sha, inputs: { ...inputs, summary: 'false' } });
    expect(r.outputs.result).toBe('pass');
    expect(r.report?.result).toBe('pass');
    expect(r.summary).toBe('');
  });

  it('still runs, with a warning, on a runner without GITHUB_STEP_SUMMARY', async () => {
    const r = await runAction({ workspace: repo.dir, apiUrl: server.url, sha, inputs, env: { GITHUB_STEP_SUMMARY: '' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.stdout).toContain('::warning::GITHUB_STEP_SUMMARY is not set on this runner');
  });
});

describe('GitHub test server', () => {
  it("records a response that breaks GitHub's schema, so the process tests can trust an empty list", async () => {
    const before = server.violations.length;
    server.releases.push({ tag: 'v0.0.1', assets: [{ name: 'x.whl', content: 'x', state: 'exploded' as 'uploaded' }] });
    const res = await fetch(`${server.url}/repos/sketchlog/sketchlog/releases/tags/v0.0.1`, { headers: { authorization: `token ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(server.violations.slice(before)).toEqual([
      expect.stringMatching(/^repos\/get-release-by-tag 200: .*state must be equal to one of the allowed values/)
    ]);
    server.violations.length = before;
    server.releases.pop();
  });
});
