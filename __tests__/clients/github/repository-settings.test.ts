/**
 * The repository-settings operations `release-gates doctor` uses, against the GitHub REST test server: every
 * answer validated against GitHub's OpenAPI operation (server.violations), rulesets paged and read in detail,
 * and the refusals told apart — a 403 names the permission, a 404 of a list says the repository cannot be
 * seen, a 404 of an environment or a file is "absent" (null).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubApi, GitHubError, SettingUnreadable, type GitHubApi } from '../../../src/clients/github/index.js';
import { HttpClient } from '../../../src/clients/http.js';
import { tokenlessGitHub } from '../../../src/clients/index.js';
import { createRepo, removeTempDirs, type TestRepo } from '../../../test-support/git-repo.js';
import { emptySettings } from '../../../test-support/github-server-settings.js';
import { serverError, startGitHubServer, type GitHubTestServer } from '../../../test-support/github-server.js';

const TOKEN = 'ghp_settings_token_0123456789abcdef';
const WORKFLOW = 'name: Build and Publish\non:\n  push:\n    tags: ["v*"]\njobs: {}\n';

let repo: TestRepo;
let server: GitHubTestServer;
let api: GitHubApi;

beforeAll(async () => {
  repo = createRepo({ '.github/workflows/release.yml': WORKFLOW, 'docs/a b.md': 'spaced\n' });
  server = await startGitHubServer({ repoDir: repo.dir, token: TOKEN });
  const http = new HttpClient({ retries: 2, retryBaseMs: 1, timeoutMs: 5000, userAgent: 'test' });
  api = createGitHubApi({
    token: TOKEN,
    apiUrl: server.url,
    owner: 'sketchlog',
    repo: 'sketchlog',
    retries: 2,
    retryBaseMs: 1,
    timeoutMs: 5000,
    http,
    retryAfterUnitMs: 1
  });
});

beforeEach(() => {
  server.settings = emptySettings();
  server.faults.length = 0;
  server.requests.length = 0;
  server.violations.length = 0;
});

afterAll(async () => {
  // Every answer of every test was valid by GitHub's OpenAPI description.
  expect(server.violations).toEqual([]);
  await server.close();
  removeTempDirs();
});

const paths = () => server.requests.map((r) => `${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query).toString()}` : ''}`);

describe('rulesets', () => {
  it('lists summaries with includes_parents, one page of 100, and reads one in detail', async () => {
    server.settings.rulesets.push(
      { name: 'Protect main', target: 'branch', include: ['~DEFAULT_BRANCH'], rules: ['deletion', 'non_fast_forward', 'pull_request'] },
      {
        name: 'Release tags',
        target: 'tag',
        include: ['refs/tags/v*', 'refs/tags/clients/go/v*'],
        exclude: ['refs/tags/v*-test'],
        rules: ['update', 'deletion'],
        bypassActors: [
          { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' },
          { actor_id: null, actor_type: 'DeployKey' }
        ]
      },
      { name: 'Org tags', target: 'tag', enforcement: 'evaluate', sourceType: 'Organization', include: ['~ALL'], rules: ['creation'] }
    );
    expect(await api.listRulesets()).toEqual([
      { id: 1, name: 'Protect main', target: 'branch', enforcement: 'active', sourceType: 'Repository', source: 'sketchlog/sketchlog' },
      { id: 2, name: 'Release tags', target: 'tag', enforcement: 'active', sourceType: 'Repository', source: 'sketchlog/sketchlog' },
      { id: 3, name: 'Org tags', target: 'tag', enforcement: 'evaluate', sourceType: 'Organization', source: 'sketchlog' }
    ]);
    expect(await api.getRuleset(2)).toEqual({
      id: 2,
      name: 'Release tags',
      target: 'tag',
      enforcement: 'active',
      sourceType: 'Repository',
      source: 'sketchlog/sketchlog',
      include: ['refs/tags/v*', 'refs/tags/clients/go/v*'],
      exclude: ['refs/tags/v*-test'],
      rules: ['update', 'deletion'],
      bypassActors: [
        { actorId: 5, actorType: 'RepositoryRole', bypassMode: 'always' },
        { actorId: null, actorType: 'DeployKey', bypassMode: 'always' }
      ],
      htmlUrl: 'https://github.example.test/sketchlog/sketchlog/rules/2'
    });
    expect(paths()).toEqual([
      '/repos/sketchlog/sketchlog/rulesets?includes_parents=true&per_page=100&page=1',
      '/repos/sketchlog/sketchlog/rulesets/2?includes_parents=true'
    ]);
  });

  it('follows rel="next" through every page', async () => {
    for (let i = 0; i < 5; i++) server.settings.rulesets.push({ name: `r${i}`, target: 'tag' });
    server.settings.rulesetPageLimit = 2;
    expect((await api.listRulesets()).map((r) => r.name)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(server.requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
  });

  it('gives bypassActors null when GitHub leaves them out (a token that may not edit the ruleset)', async () => {
    server.settings.rulesets.push({ name: 'Release tags', target: 'tag', include: ['~ALL'], rules: ['update'], bypassActors: [] });
    server.settings.access = 'no-administration';
    expect((await api.getRuleset(1)).bypassActors).toBeNull();
  });

  it('reads a 404 of the list as a repository the token cannot see, never as "no rulesets"', async () => {
    server.settings.access = 'no-repository';
    const error = await api.listRulesets().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingUnreadable);
    expect((error as Error).message).toBe(
      'the rulesets of sketchlog/sketchlog could not be read: GitHub answered 404, as it does when the token cannot see sketchlog/sketchlog; the token needs metadata: read on sketchlog/sketchlog (check the repository name too)'
    );
  });

  it('retries a 502 and then answers', async () => {
    server.faults.push(serverError(502, 1, /\/rulesets$/));
    expect(await api.listRulesets()).toEqual([]);
    expect(server.requests.map((r) => r.status)).toEqual([502, 200]);
  });

  it('refuses an answer of the wrong shape naming the field', async () => {
    server.faults.push({ path: /\/rulesets$/, times: 1, status: 200, body: [{ id: 'one', name: 'x', enforcement: 'active' }] });
    await expect(api.listRulesets()).rejects.toThrow('GitHub answered the rulesets of sketchlog/sketchlog with an unexpected shape at 0.id');
  });
});

describe('getBranchRules', () => {
  it('lists the rules of active branch rulesets targeting the branch, with their ruleset', async () => {
    server.settings.rulesets.push(
      { name: 'Protect main', include: ['~DEFAULT_BRANCH'], rules: ['pull_request', 'deletion'] },
      { name: 'Off', enforcement: 'disabled', include: ['~ALL'], rules: ['non_fast_forward'] },
      { name: 'Tags', target: 'tag', include: ['~ALL'], rules: ['update'] }
    );
    expect(await api.getBranchRules('main')).toEqual([
      { type: 'pull_request', rulesetId: 1, rulesetSource: 'sketchlog/sketchlog' },
      { type: 'deletion', rulesetId: 1, rulesetSource: 'sketchlog/sketchlog' }
    ]);
    expect(paths()).toEqual(['/repos/sketchlog/sketchlog/rules/branches/main?per_page=100&page=1']);
  });

  it('keeps the slashes of a branch name as path segments', async () => {
    server.settings.rulesets.push({ name: 'Release branches', include: ['refs/heads/release/*'], rules: ['deletion'] });
    expect((await api.getBranchRules('release/1.x')).map((r) => r.type)).toEqual(['deletion']);
    expect(server.requests[0]!.path).toBe('/repos/sketchlog/sketchlog/rules/branches/release/1.x');
  });
});

describe('getImmutableReleases', () => {
  it('reads enabled from a 200, and GitHub’s 404 as off (notFound)', async () => {
    server.settings.immutableReleases = true;
    expect(await api.getImmutableReleases()).toEqual({ enabled: true, enforcedByOwner: false, notFound: false });
    server.settings.immutableReleases = false;
    expect(await api.getImmutableReleases()).toEqual({ enabled: false, enforcedByOwner: false, notFound: true });
  });

  it('names the permission GitHub says it accepts when it answers 403', async () => {
    server.settings.access = 'no-administration';
    const error = await api.getImmutableReleases().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingUnreadable);
    expect((error as SettingUnreadable).permission).toBe('administration: read');
    expect((error as Error).message).toBe(
      'the immutable releases setting of sketchlog/sketchlog could not be read: the token needs administration: read (GitHub: Resource not accessible by personal access token)'
    );
  });

  it('tells a rate limit apart from a missing permission', async () => {
    server.faults.push({
      path: /immutable-releases/,
      times: 10,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0' },
      body: { message: 'API rate limit exceeded' }
    });
    const error = await api.getImmutableReleases().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error).not.toBeInstanceOf(SettingUnreadable);
    expect((error as Error).message).toMatch(/^GitHub rate limit hit for the immutable releases setting/);
  });
});

describe('environments', () => {
  it('reads an environment and its tag and branch policies; an absent one is null', async () => {
    server.settings.environments.push(
      {
        name: 'pypi',
        deployment: 'custom',
        policies: [
          { name: 'v*', type: 'tag' },
          { name: 'main', type: 'branch' }
        ]
      },
      { name: 'open', deployment: null },
      { name: 'protected', deployment: 'protected' }
    );
    expect(await api.getEnvironment('pypi')).toEqual({
      name: 'pypi',
      htmlUrl: 'https://github.example.test/sketchlog/sketchlog/deployments/activity_log?environments_filter=pypi',
      deploymentPolicy: { protectedBranches: false, customBranchPolicies: true }
    });
    expect(await api.listDeploymentPolicies('pypi')).toEqual([
      { name: 'v*', type: 'tag' },
      { name: 'main', type: 'branch' }
    ]);
    expect((await api.getEnvironment('open'))?.deploymentPolicy).toBeNull();
    expect((await api.getEnvironment('protected'))?.deploymentPolicy).toEqual({ protectedBranches: true, customBranchPolicies: false });
    expect(await api.getEnvironment('testpypi')).toBeNull();
  });

  it('encodes a slash in an environment name, as GitHub asks', async () => {
    server.settings.environments.push({ name: 'pypi/prod', deployment: null });
    expect((await api.getEnvironment('pypi/prod'))?.name).toBe('pypi/prod');
    expect(server.requests[0]!.path).toBe('/repos/sketchlog/sketchlog/environments/pypi%2Fprod');
  });

  it('a 403 names actions: read', async () => {
    server.faults.push({ path: /environments/, times: 1, status: 403, body: { message: 'Resource not accessible by integration' } });
    await expect(api.getEnvironment('pypi')).rejects.toThrow(
      'environment "pypi" of sketchlog/sketchlog could not be read: the token needs actions: read (GitHub: Resource not accessible by integration)'
    );
  });
});

describe('getFileText', () => {
  it('decodes a file at a branch; an absent file or branch is null', async () => {
    expect(await api.getFileText('.github/workflows/release.yml', 'main')).toBe(WORKFLOW);
    expect(await api.getFileText('docs/a b.md', 'main')).toBe('spaced\n');
    expect(await api.getFileText('.github/workflows/missing.yml', 'main')).toBeNull();
    expect(await api.getFileText('.github/workflows/release.yml', 'no-such-branch')).toBeNull();
    expect(paths()[0]).toBe('/repos/sketchlog/sketchlog/contents/.github/workflows/release.yml?ref=main');
  });

  it('refuses a directory and a file served without base64 content', async () => {
    server.faults.push({ path: /contents/, times: 1, status: 200, body: [{ type: 'file', name: 'a' }] });
    await expect(api.getFileText('.github', 'main')).rejects.toThrow('.github on main is a directory, not a file');
    server.faults.push({ path: /contents/, times: 1, status: 200, body: { type: 'file', encoding: 'none', content: '', size: 10 } });
    await expect(api.getFileText('big.yml', 'main')).rejects.toThrow('without base64 content (encoding none)');
  });
});

it('tokenlessGitHub refuses every settings operation with the fix', async () => {
  const none = tokenlessGitHub();
  await expect(none.listRulesets()).rejects.toThrow(/no GitHub token/);
  await expect(none.getFileText('a', 'main')).rejects.toThrow(/no GitHub token/);
});
