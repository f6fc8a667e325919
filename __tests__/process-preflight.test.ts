/**
 * The preflight gate end to end: the bundle runs as a separate process, the way
 * the runner starts it, against a GitHub REST test server whose tags and
 * comparisons come from a real git repository. No mocks, no internet, no timers:
 * waiting is driven by the server's request count.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { createRepo, removeTempDirs, writeFiles, type TestRepo } from '../test-support/git-repo.js';
import { secondaryRateLimit, serverError, startGitHubServer, type GitHubTestServer, type RunSpec } from '../test-support/github-server.js';
import { runAction, type ActionResult, summaryText } from '../test-support/run-action.js';
import { sketchlogConfig, sketchlogFiles } from '../test-support/sketchlog.js';
import { checkIds } from '../test-support/gate-checks.js';

const TOKEN = 'ghs_PreflightProcessTestToken0123456789';
const CHECKS = checkIds('preflight');
const RUNS_PATH = /\/actions\/workflows\/ci\.yml\/runs$/;

const servers: GitHubTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => removeTempDirs());

interface Release {
  repo: TestRepo;
  server: GitHubTestServer;
  /** The commit before the release commit (main's previous tip). */
  parent: string;
  /** The release commit. */
  sha: string;
  tag: string;
}

interface ReleaseOptions {
  version?: string;
  /** File changes on top of the SketchLog files at `version` (null deletes). */
  files?: Record<string, string | null>;
  /** How to tag: annotated (default), lightweight, or not at all. */
  tagKind?: 'annotated' | 'lightweight' | 'none';
  tag?: string;
  /** CI runs; default: the exact commit's push run on main succeeded. */
  runs?: (r: { sha: string; parent: string }) => RunSpec[];
  honorRunFilters?: boolean;
}

/** A SketchLog repository whose main holds the release commit, tagged, and a GitHub that knows it. */
async function release(options: ReleaseOptions = {}): Promise<Release> {
  const version = options.version ?? '1.2.3';
  const repo = createRepo(sketchlogFiles('0.9.0'));
  const parent = repo.head();
  const sha = repo.commit({ ...sketchlogFiles(version), ...options.files }, `Release ${version}`);
  const tag = options.tag ?? `v${version}`;
  const tagKind = options.tagKind ?? 'annotated';
  if (tagKind !== 'none') repo.tag(tag, { annotated: tagKind === 'annotated' });
  const server = await startGitHubServer({ repoDir: repo.dir, token: TOKEN, honorRunFilters: options.honorRunFilters ?? true });
  servers.push(server);
  server.runs.push(...(options.runs ? options.runs({ sha, parent }) : [{ headSha: sha }]));
  return { repo, server, parent, sha, tag };
}

/** Runs the preflight gate; every run is also searched for the token and checked against GitHub's schemas. */
async function preflight(r: Release, inputs: Record<string, string> = {}): Promise<ActionResult> {
  const result = await runAction({
    workspace: r.repo.dir,
    apiUrl: r.server.url,
    sha: r.sha,
    ref: `refs/tags/${r.tag}`,
    inputs: { gate: 'preflight', token: TOKEN, ...inputs },
    env: { RELEASE_GATES_RETRY_BASE_MS: '10' }
  });
  expect(visible(result, inputs.token ?? TOKEN)).not.toContain(inputs.token ?? TOKEN);
  expect(r.server.violations).toEqual([]);
  // Never a stack trace, whatever happened.
  expect(result.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return result;
}

/**
 * Everything the run produced except the runner's `::add-mask::` command, which
 * the runner consumes to mask the secret and never shows. That command must
 * be there, once, for the token.
 */
function visible(result: ActionResult, token: string): string {
  const mask = `::add-mask::${token}\n`;
  expect(result.stdout.split(mask)).toHaveLength(2);
  return result.everything.replace(mask, '');
}

function statuses(result: ActionResult): Record<string, string | undefined> {
  return Object.fromEntries(CHECKS.map((id) => [id, result.status(id)]));
}

const ALL_PASS = Object.fromEntries(CHECKS.map((id) => [id, 'pass']));

describe('preflight process: a good release', () => {
  it('passes everything, in at most 5 GitHub requests, with a summary listing every coupled file', async () => {
    const r = await release();
    const result = await preflight(r);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '', version: '1.2.3', kind: 'release' });
    expect(statuses(result)).toEqual(ALL_PASS);
    expect(result.report?.checks.map((c) => c.id)).toEqual(CHECKS);
    expect(r.server.requests.length).toBeLessThanOrEqual(5);
    expect(r.server.requests.map((q) => q.path).sort()).toEqual(
      [
        '/repos/sketchlog/sketchlog/actions/workflows/ci.yml/runs',
        '/repos/sketchlog/sketchlog/compare/main...' + r.sha,
        '/repos/sketchlog/sketchlog/git/ref/tags/v1.2.3',
        `/repos/sketchlog/sketchlog/git/tags/${r.repo.git('rev-parse', 'refs/tags/v1.2.3')}`
      ].sort()
    );
    const runsQuery = r.server.requests.find((q) => RUNS_PATH.test(q.path))!.query;
    expect(runsQuery).toMatchObject({ head_sha: r.sha, event: 'push', branch: 'main' });

    const text = summaryText(result);
    expect(text).toContain('release-gates · preflight · ✅ pass');
    expect(text).toContain('all 9 coupled versions are 1.2.3');
    expect(text).toContain(`annotated tag v1.2.3 peels to ${r.sha.slice(0, 7)}`);
    expect(result.check('tag-object')!.summary).toContain(`annotated tag v1.2.3 peels to ${r.sha}`);
    expect(text).toContain(`the ci.yml push run on main for ${r.sha.slice(0, 12)} succeeded`);
    for (const file of [
      'pyproject.toml',
      'python/sketchlog/__init__.py',
      'charts/sketchlog/Chart.yaml',
      'wasm/package.json',
      'protocol/openapi.yaml',
      'website/package.json'
    ]) {
      expect(text).toContain(file);
    }
    expect(text).toContain('key info.version');
    // The run's link is in the summary.
    expect(result.summary).toMatch(/<a href="https:\/\/github\.example\.test\/sketchlog\/sketchlog\/actions\/runs\/\d+">/);
  });

  it('PEP 440: tag v1.3.0-rc.1 matches pyproject 1.3.0rc1', async () => {
    const r = await release({ version: '1.3.0-rc.1' });
    expect(sketchlogFiles('1.3.0-rc.1')['pyproject.toml']).toContain('version = "1.3.0rc1"');
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'pass', version: '1.3.0-rc.1', kind: 'release' });
    expect(result.status('coupled-versions')).toBe('pass');
    const rows = result.check('coupled-versions')!.details;
    expect(rows).toContain('pyproject.toml | key project.version | 1.3.0rc1 | ok');
    expect(rows).toContain('clients/typescript/package.json | key version | 1.3.0-rc.1 | ok');
  });

  it('rehearsal tag: the production-only checks skip with the reason, and GitHub is not asked', async () => {
    const r = await release({ tag: 'test-v1.2.3', tagKind: 'lightweight', runs: () => [] });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '', kind: 'rehearsal', version: '1.2.3' });
    expect(statuses(result)).toEqual({ ...ALL_PASS, 'tag-object': 'skip', 'on-main': 'skip', 'main-ci': 'skip' });
    expect(result.check('main-ci')!.summary).toBe('rehearsal tag: exact-main CI applies to release tags only');
    expect(summaryText(result)).toContain('rehearsal tag: exact-main CI applies to release tags only');
    expect(r.server.requests).toEqual([]);
  });
});

describe('preflight process: coupled files', () => {
  it('one coupled file drifts', async () => {
    const r = await release({ files: { 'wasm/package.json': JSON.stringify({ name: '@sketchlog/wasm', version: '1.2.2' }) } });
    const result = await preflight(r);
    expect(result.exitCode).not.toBe(0);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'coupled-versions' });
    expect(statuses(result)).toEqual({ ...ALL_PASS, 'coupled-versions': 'fail' });
    const summary = 'wasm/package.json (key version) has 1.2.2, expected 1.2.3 (SemVer)';
    expect(result.check('coupled-versions')!.summary).toBe(summary);
    const text = summaryText(result);
    expect(text).toContain(summary);
    expect(text).toContain('release-gates preflight: 1 check failed: coupled-versions');
    expect(result.stdout).toContain('::error::release-gates preflight: 1 check failed: coupled-versions');
  });

  it('missing and malformed manifests are each named', async () => {
    const r = await release({
      files: { 'website/package.json': null, 'pyproject.toml': '[project\nversion = "1.2.3"\n', 'protocol/openapi.yaml': 'info: {version: 1.2.3\n' }
    });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'coupled-versions' });
    const check = result.check('coupled-versions')!;
    expect(check.summary).toBe('3 of 9 coupled versions are not 1.2.3: pyproject.toml, protocol/openapi.yaml, website/package.json');
    expect(check.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^pyproject\.toml: is not valid TOML: /),
        expect.stringMatching(/^protocol\/openapi\.yaml: is not valid YAML: /),
        expect.stringMatching(/^"website\/package\.json" does not exist in the release commit [0-9a-f]{12}$/),
        'website/package.json | key version | — | error'
      ])
    );
    expect(summaryText(result)).toMatch(/"website\/package\.json" does not exist in the release commit [0-9a-f]{12}/);
  });

  it('a workspace checked out at another commit fails the file checks', async () => {
    const r = await release();
    r.repo.git('checkout', '-q', r.parent);
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'coupled-versions,changelog' });
    expect(result.check('coupled-versions')!.summary).toContain(`checked out at ${r.parent}, not at the commit being released ${r.sha}`);
  });
});

describe('preflight process: the tag and main', () => {
  it('a lightweight release tag fails tag-object', async () => {
    const r = await release({ tagKind: 'lightweight' });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'tag-object' });
    expect(result.check('tag-object')!.summary).toBe(
      `tag v1.2.3 is lightweight (release tags must be annotated: git tag -a); tag the commit with an annotated tag: git tag -a v1.2.3 ${r.sha}`
    );
    expect(summaryText(result)).toContain('tag v1.2.3 is lightweight');
  });

  it('a moved tag fails with both commits', async () => {
    const r = await release();
    // After the workflow started for r.sha, someone moved the tag to a newer commit.
    const newer = r.repo.commit({ 'NOTES.md': 'late fix\n' }, 'late fix');
    r.repo.tag('v1.2.3', { annotated: true, force: true });
    r.repo.git('checkout', '-q', r.sha);
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'tag-object' });
    const summary = result.check('tag-object')!.summary;
    expect(summary).toContain(`points at commit ${newer}, not at ${r.sha} being released (moved tag)`);
    expect(summaryText(result)).toContain('(moved tag)');
  });

  it('a commit that is not on main fails on-main with the count', async () => {
    const r = await release({ runs: ({ sha }) => [{ headSha: sha, branch: 'feature' }] });
    // The release commit lives on a feature branch; main stays at the parent.
    r.repo.git('checkout', '-q', r.sha);
    r.repo.git('branch', '-q', 'feature', r.sha);
    r.repo.git('branch', '-q', '-f', 'main', r.parent);
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'on-main,main-ci' });
    expect(result.check('on-main')!.summary).toBe(
      `${r.sha} is not on main: it is 1 commit ahead of it (not merged); merge it to main and tag the merged commit`
    );
    expect(summaryText(result)).toContain('1 commit ahead of it (not merged)');
  });
});

describe('preflight process: exact-main CI', () => {
  it.each<[string, (r: { sha: string; parent: string }) => RunSpec[], string]>([
    [
      'success only on a pull_request run',
      ({ sha }) => [{ headSha: sha, event: 'pull_request', branch: 'feature' }],
      'a pull_request run succeeded for this commit, but only push runs on main count'
    ],
    [
      'success only on another branch',
      ({ sha }) => [{ headSha: sha, branch: 'release-prep' }],
      'a push run on branch "release-prep" succeeded for this commit; success found only on another branch does not count, only main does'
    ]
  ])('%s fails main-ci and says why', async (_name, runs, why) => {
    const r = await release({ runs });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'main-ci' });
    const summary = `no ci.yml push run on main for exactly ${r.sha}; ${why}`;
    expect(result.check('main-ci')!.summary).toBe(summary);
    expect(summaryText(result)).toContain(summary.replace(r.sha, r.sha.slice(0, 7)));
  });

  it('success only on the parent commit: the run is not even listed, and the summary says no run', async () => {
    const r = await release({ runs: ({ parent }) => [{ headSha: parent }] });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'main-ci' });
    expect(result.check('main-ci')!.summary).toBe(`no ci.yml push run on main for exactly ${r.sha}`);
    expect(summaryText(result)).toContain('runs for other commits, such as its parent, do not');
  });

  it('no CI run at all', async () => {
    const r = await release({ runs: () => [] });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'main-ci' });
    expect(summaryText(result)).toContain(`no ci.yml push run on main for exactly ${r.sha.slice(0, 7)}`);
  });

  it('a failed run fails with its link', async () => {
    const r = await release({ runs: ({ sha }) => [{ id: 4711, headSha: sha, conclusion: 'failure' }] });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'main-ci' });
    expect(result.check('main-ci')!.summary).toBe(
      `the ci.yml push run on main for ${r.sha.slice(0, 12)} concluded failure; fix the failure and re-run it, then re-run this job`
    );
    expect(result.check('main-ci')!.links).toContain('https://github.example.test/sketchlog/sketchlog/actions/runs/4711');
    expect(result.summary).toContain('<a href="https://github.example.test/sketchlog/sketchlog/actions/runs/4711">');
  });

  it('failed, then a re-run succeeded: passes, saying it was a re-run', async () => {
    const r = await release({ runs: ({ sha }) => [{ headSha: sha, runAttempt: 2, conclusion: 'success' }] });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '' });
    expect(result.check('main-ci')!.summary).toBe(`the ci.yml push run on main for ${r.sha.slice(0, 12)} succeeded on attempt 2 (re-run)`);
  });

  it('a run in progress that succeeds within wait-minutes passes; unchanged polls are 304s', async () => {
    const r = await release({
      runs: ({ sha }) => [{ headSha: sha, status: 'in_progress', completeAfter: { requests: 3, conclusion: 'success' } }]
    });
    // The third look (about 2 s in) sees it succeed, however slow the machine: the minute only bounds a failure.
    const result = await preflight(r, { 'wait-minutes': '1' });
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '' });
    expect(result.check('main-ci')!.details.filter((d) => /^waited [\d.]+ (ms|s) over 3 looks$/.test(d))).toHaveLength(1);
    // The job log says what it waits for once (not once per poll), and when it is ready.
    const progress = result.stdout.split('\n').filter((l) => l.startsWith(`main-ci: ci.yml push run on main for ${r.sha.slice(0, 12)}:`));
    expect(progress).toHaveLength(2);
    expect(progress[0]).toMatch(/: run \d+: in_progress; waiting up to [\d.]+ s$/);
    expect(progress[1]).toMatch(/: ready after [\d.]+ s \(3 looks\)$/);
    const polls = r.server.requests.filter((q) => RUNS_PATH.test(q.path));
    expect(polls.map((q) => q.status)).toEqual([200, 304, 200]);
    // Each poll after the first is conditional on the previous answer's etag.
    expect(polls[0]!.headers['if-none-match']).toBeUndefined();
    expect(polls[1]!.headers['if-none-match']).toMatch(/^W\/"[0-9a-f]+"$/);
  });

  it('a run still in progress past wait-minutes fails as still running', async () => {
    const r = await release({ runs: ({ sha }) => [{ headSha: sha, status: 'in_progress' }] });
    const result = await preflight(r, { 'wait-minutes': '0.02' });
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'main-ci' });
    const summary = result.check('main-ci')!.summary;
    const waited = new RegExp(
      `^the ci\\.yml push run on main for ${r.sha.slice(0, 12)} is still in_progress after waiting (\\d+\\.\\d) s \\(wait-minutes 0\\.02\\)`
    ).exec(summary);
    expect(waited).not.toBeNull();
    // At least the 1.2 s wait less the start-up before the first look; a loaded machine may take longer over the last look.
    expect(Number(waited?.[1])).toBeGreaterThanOrEqual(1);
    expect(summaryText(result)).toContain('is still in_progress after waiting');
    // It waited until the deadline (the gate's clock starts just before its checks)...
    expect(result.report!.durationMs).toBeGreaterThanOrEqual(1100);
    // ...and every poll after the first was conditional and answered 304. (How many polls fit
    // in 1.2 s depends on the machine; the intervals themselves are unit-tested on a fake clock.)
    const polls = r.server.requests.filter((q) => RUNS_PATH.test(q.path));
    expect(polls[0]!.status).toBe(200);
    expect(polls.slice(1).map((q) => q.status)).toEqual(polls.slice(1).map(() => 304));
  });

  it('finds the matching run on page 2 of more than 100 runs (a server that ignores the filters)', async () => {
    const r = await release({
      honorRunFilters: false,
      runs: ({ sha, parent }) => [
        // The lowest id sorts last: newest-first puts it on page 2.
        { id: 1, headSha: sha },
        ...Array.from({ length: 150 }, (_, i) => ({ id: 100 + i, headSha: i % 2 ? parent : 'c'.repeat(40) }))
      ]
    });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '' });
    expect(result.check('main-ci')!.links).toEqual(['https://github.example.test/sketchlog/sketchlog/actions/runs/1']);
    const pages = r.server.requests.filter((q) => RUNS_PATH.test(q.path)).map((q) => q.query.page);
    expect(pages).toEqual(['1', '2']);
  });
});

describe('preflight process: bad input and a faulty GitHub', () => {
  it('an unknown gate fails the step with one line naming it and what is allowed', async () => {
    const r = await release();
    const result = await preflight(r, { gate: 'preflite' });
    expect(result.exitCode).not.toBe(0);
    expect(result.outputs.result).toBe('fail');
    expect(result.stdout).toContain(
      '::error::unknown gate "preflite"; use one of: preflight, publication-preflight, artifacts, publication, supply-chain, smoke, release'
    );
    expect(r.server.requests).toEqual([]);
  });

  it('a malformed config fails the step naming the key', async () => {
    const r = await release();
    writeFiles(r.repo.dir, { '.github/release-gates.yml': 'tags:\n  release: "v{version}"\nversion:\n  - { file: x.json, key: version }\n' });
    r.repo.git('commit', '-qam', 'broken config');
    const result = await preflight({ ...r, sha: r.repo.head() });
    expect(result.outputs.result).toBe('fail');
    expect(result.stdout).toContain('::error::config .github/release-gates.yml is invalid: unknown key "version"');
    expect(result.report).toBeNull();
  });

  it('a malformed tag fails tag-format and asks GitHub nothing', async () => {
    const r = await release({ tag: 'v1.2', tagKind: 'lightweight' });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'tag-format', version: '', kind: '' });
    expect(result.check('tag-format')!.summary).toContain('version "1.2" has two parts; SemVer needs MAJOR.MINOR.PATCH');
    expect(r.server.requests).toEqual([]);
  });

  it('a tag built to inject HTML is refused, and escaped wherever it is shown', async () => {
    const r = await release({ tagKind: 'none' });
    const tag = 'v1.2.3<img src=x onerror=alert(1)>';
    const result = await preflight(r, { tag });
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'tag-format' });
    expect(result.check('tag-format')!.summary).toContain('contains "<", which is not allowed in a release tag');
    expect(result.summary).not.toContain('<img');
    expect(summaryText(result)).toContain(tag);
    expect(r.server.requests).toEqual([]);
  });

  it('a config without a main section fails on-main and main-ci naming the section', async () => {
    const config = { ...sketchlogConfig() };
    delete config.main;
    const r = await release({ files: { '.github/release-gates.yml': JSON.stringify(config) } });
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'on-main,main-ci' });
    expect(result.check('main-ci')!.summary).toContain('config has no "main" section, which main-ci needs');
  });

  it('API 5xx, then success: retried, passes', async () => {
    const r = await release();
    r.server.faults.push(serverError(502, 2));
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '' });
    expect(r.server.requests.filter((q) => q.status === 502)).toHaveLength(2);
  });

  it('API 5xx for good: the GitHub checks fail closed with the cause', async () => {
    const r = await release();
    r.server.faults.push(serverError(503, Infinity));
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'tag-object,on-main,main-ci' });
    expect(statuses(result)).toEqual({ ...ALL_PASS, 'tag-object': 'fail', 'on-main': 'fail', 'main-ci': 'fail' });
    for (const id of ['tag-object', 'on-main', 'main-ci']) {
      expect(result.check(id)!.summary).toMatch(new RegExp(`^${id} could not finish: GitHub answered 503 for .+ after retries`));
    }
    // Three calls, each tried four times (1 + 3 retries).
    expect(r.server.requests).toHaveLength(12);
  });

  it('403 secondary rate limit with retry-after: 1 is waited out, then passes', async () => {
    const r = await release();
    r.server.faults.push(secondaryRateLimit(1, 1, RUNS_PATH));
    const result = await preflight(r);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '' });
    expect(r.server.requests.filter((q) => RUNS_PATH.test(q.path)).map((q) => q.status)).toEqual([403, 200]);
  });

  it('a rejected token fails closed, and the token appears nowhere', async () => {
    const r = await release();
    const wrong = 'ghs_WrongTokenThatMustNotLeak0123456789';
    const result = await preflight(r, { token: wrong });
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'tag-object,on-main,main-ci' });
    expect(result.check('on-main')!.summary).toContain('GitHub rejected the token');
    expect(visible(result, wrong)).not.toContain(wrong);
  });
});
