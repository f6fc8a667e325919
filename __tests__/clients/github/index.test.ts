/**
 * The GitHub adapter against the GitHub REST test server: real HTTP, real git
 * data behind the refs, and responses checked against GitHub's OpenAPI schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubApi, type GitHubApi } from '../../../src/clients/github/index.js';
import { HttpClient } from '../../../src/clients/http.js';
import { tokenlessGitHub } from '../../../src/clients/index.js';
import { createRepo, removeTempDirs, type TestRepo } from '../../../test-support/git-repo.js';
import { secondaryRateLimit, serverError, startGitHubServer, type GitHubTestServer } from '../../../test-support/github-server.js';

const TOKEN = 'ghs_testtoken_0123456789abcdef';

let repo: TestRepo;
let server: GitHubTestServer;
let api: GitHubApi;
let first: string;
let second: string;

function client({ token = TOKEN, retries = 2, retryBaseMs = 5 }: { token?: string; retries?: number; retryBaseMs?: number } = {}): GitHubApi {
  const http = new HttpClient({ retries, retryBaseMs, timeoutMs: 5000, userAgent: 'test' });
  // One second of Retry-After lasts 1 ms here: rate limits are waited out without the test sleeping.
  return createGitHubApi({
    token,
    apiUrl: server.url,
    owner: 'sketchlog',
    repo: 'sketchlog',
    retries,
    retryBaseMs,
    timeoutMs: 5000,
    http,
    retryAfterUnitMs: 1
  });
}

beforeAll(async () => {
  repo = createRepo({ 'README.md': 'one\n' });
  first = repo.head();
  second = repo.commit({ 'README.md': 'two\n' });
  repo.tag('v1.0.0', { annotated: true, target: first });
  repo.tag('clients/go/v1.0.0', { target: first });
  repo.git('tag', '-a', '-m', 'tag of a tag', 'v1.0.0-outer', 'v1.0.0');
  server = await startGitHubServer({ repoDir: repo.dir, token: TOKEN });
  api = client();
});

afterAll(async () => {
  await server.close();
  removeTempDirs();
});

describe('git data from the real repository', () => {
  it('answers an annotated tag ref with a tag object that peels to the commit', async () => {
    const ref = await api.getTagRef('v1.0.0');
    expect(ref?.object.type).toBe('tag');
    const tag = await api.getTagObject(ref!.object.sha);
    expect(tag).toMatchObject({ tag: 'v1.0.0', object: { type: 'commit', sha: first } });
  });

  it('answers a lightweight tag with a slash in its name as a commit ref', async () => {
    const ref = await api.getTagRef('clients/go/v1.0.0');
    expect(ref).toEqual({ ref: 'refs/tags/clients/go/v1.0.0', object: { sha: first, type: 'commit' } });
    // Literal slashes: some GitHub Enterprise Server versions answer 404 to an encoded %2F.
    expect(server.requests.at(-1)!.path).toBe('/repos/sketchlog/sketchlog/git/ref/tags/clients/go/v1.0.0');
  });

  it('answers a tag of a tag with a tag object pointing at another tag', async () => {
    const ref = await api.getTagRef('v1.0.0-outer');
    const outer = await api.getTagObject(ref!.object.sha);
    expect(outer.object.type).toBe('tag');
  });

  it('answers null for a missing tag', async () => {
    expect(await api.getTagRef('v9.9.9')).toBeNull();
  });

  it('compares commits like GitHub: behind, identical, ahead', async () => {
    expect(await api.compareCommits('main', first)).toMatchObject({ status: 'behind', aheadBy: 0, behindBy: 1 });
    expect(await api.compareCommits('main', second)).toMatchObject({ status: 'identical' });
    expect(await api.compareCommits(first, second)).toMatchObject({ status: 'ahead', aheadBy: 1 });
    expect(await api.compareCommits('main', 'f'.repeat(40))).toBeNull();
  });
});

describe('workflow runs', () => {
  it('reads every page and supports conditional requests', async () => {
    server.runs.length = 0;
    server.honorRunFilters = false;
    for (let i = 0; i < 150; i++) server.runs.push({ headSha: first, event: 'pull_request' });
    server.runs.push({ headSha: second });
    const before = server.requests.length;
    const page = await api.listWorkflowRuns('ci.yml', { headSha: second, event: 'push', branch: 'main' });
    expect(page.notModified).toBe(false);
    if (page.notModified) return;
    expect(page.runs).toHaveLength(151);
    expect(page.requests).toBe(2);
    expect(server.requests.length - before).toBe(2);
    const again = await api.listWorkflowRuns('ci.yml', { headSha: second, event: 'push', branch: 'main' }, page.etag);
    expect(again).toEqual({ notModified: true });
    expect(server.requests.at(-1)?.status).toBe(304);
    server.honorRunFilters = true;
  });

  it('names a workflow file that does not exist', async () => {
    server.runs.length = 0;
    const page = await api.listWorkflowRuns('nope.yml', { headSha: second, event: 'push', branch: 'main' });
    expect(page).toMatchObject({ notModified: false, runs: [] });
  });
});

describe('releases and assets', () => {
  it('downloads an asset through the storage redirect without sending the token there', async () => {
    server.releases.push({ tag: 'v1.0.0', assets: [{ name: 'SHA256SUMS', content: 'abc  x\n' }] });
    const release = await api.getReleaseByTag('v1.0.0');
    expect(release?.assets[0]?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const chunks: Buffer[] = [];
    for await (const c of await api.downloadReleaseAsset(release!.assets[0]!.id, 1024)) chunks.push(Buffer.from(c));
    expect(Buffer.concat(chunks).toString()).toBe('abc  x\n');
    expect(server.storageRequests).toHaveLength(1);
    expect(server.storageRequests[0]!.headers.authorization).toBeUndefined();
    const apiCall = server.requests.find((r) => r.path.endsWith(`/releases/assets/${release!.assets[0]!.id}`));
    expect(apiCall?.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('answers null when no release exists for the tag', async () => {
    expect(await api.getReleaseByTag('v7.7.7')).toBeNull();
  });
});

describe('faults', () => {
  it('retries a 5xx and then succeeds', async () => {
    server.faults.push(serverError(502, 1, /git\/ref/));
    const ref = await api.getTagRef('v1.0.0');
    expect(ref?.object.type).toBe('tag');
    expect(server.faults.at(-1)!.times).toBe(0);
  });

  it('fails closed with the cause when 5xx persists', async () => {
    server.faults.push(serverError(503, Infinity, /git\/ref/));
    await expect(api.getTagRef('v1.0.0')).rejects.toThrow(/GitHub answered 503 .*after retries/);
    server.faults.length = 0;
  });

  it('waits out a secondary rate limit with retry-after and then succeeds', async () => {
    server.faults.push(secondaryRateLimit(1, 1, /compare/));
    expect(await api.compareCommits('main', first)).toMatchObject({ status: 'behind' });
    expect(server.faults.at(-1)!.times).toBe(0);
    server.faults.length = 0;
  });

  it('fails every call with the fix when there is no token at all', async () => {
    await expect(tokenlessGitHub().getReleaseByTag('v1.0.0')).rejects.toThrow(/no GitHub token: input "token" is empty/);
  });

  it('names a malformed answer as such, not as GitHub being unreachable', async () => {
    server.faults.push({ path: /git\/ref\/tags\/v1\.0\.0$/, times: 1, status: 200, body: { ref: 'refs/tags/v1.0.0' } });
    await expect(api.getTagRef('v1.0.0')).rejects.toThrow(/^GitHub answered a ref without the expected fields \(malformed response\)$/);
  });

  it('refuses a token with a line break unsent, without echoing it', async () => {
    const broken = 'ghs_linebreak_0123456789\nabcdef';
    const bad = client({ token: broken, retries: 0, retryBaseMs: 1 });
    const before = server.requests.length;
    for (const call of [() => bad.getTagRef('v1.0.0'), () => bad.listWorkflowRuns('ci.yml', { headSha: first }), () => bad.downloadReleaseAsset(1, 10)]) {
      const error = (await call().catch((e: unknown) => e)) as Error;
      expect(error.message).toBe(
        'input "token" contains a line break (character 25), so it was not sent; remove the stray space or line break from the secret'
      );
    }
    expect(server.requests.length).toBe(before);
  });

  it('refuses an asset size limit that is not a byte count instead of downloading without a cap', async () => {
    await expect(api.downloadReleaseAsset(1, Number('abc'))).rejects.toThrow(/^release asset 1 has no usable size limit \(NaN\); nothing was downloaded$/);
  });

  it('names a rejected token', async () => {
    const bad = client({ token: 'wrong-token-value', retries: 0, retryBaseMs: 1 });
    await expect(bad.getTagRef('v1.0.0')).rejects.toThrow(/rejected the token .*401/);
  });
});

it('sent only responses that match GitHub OpenAPI schemas', () => {
  expect(server.violations).toEqual([]);
});
