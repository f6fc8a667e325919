/**
 * go-tag, go-module and unpublished (PyPI, GitHub, config sections) over real
 * parts: git repositories made with git, the GitHub REST test server reading
 * their tags, the PyPI JSON test server; plus the parsers these checks rely on.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parseChallenges, parseImageRef } from '../../../src/clients/oci/index.js';
import { escapedPackageName } from '../../../src/clients/npm/index.js';
import { goModule } from '../../../src/checks/publication-preflight/go-module.js';
import { goTag } from '../../../src/checks/publication-preflight/go-tag.js';
import { unpublished } from '../../../src/checks/publication-preflight/unpublished.js';
import { publicationPreflight } from '../../../src/gates/publication-preflight.js';
import { createRepo, removeTempDirs, tempDir, type TestRepo } from '../../../test-support/git-repo.js';
import { serverError, startGitHubServer, type GitHubTestServer } from '../../../test-support/github-server.js';
import { startPypiServer, type PypiTestServer } from '../../../test-support/pypi-server.js';
import { fakeGitHub } from '../../helpers/context.js';
import { publicationContext } from '../../helpers/publication-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const GO_MOD = 'module github.com/sketchlog/sketchlog/clients/go\n\ngo 1.22\n';

let repo: TestRepo;
let release: string;
let other: string;
let github: GitHubTestServer;
let pypi: PypiTestServer;

beforeAll(async () => {
  repo = createRepo({ 'clients/go/go.mod': GO_MOD, 'README.md': 'SketchLog\n' });
  other = repo.head();
  release = repo.commit({ 'README.md': 'SketchLog 1.2.3\n' }, 'Release 1.2.3');
  repo.tag('clients/go/v1.2.3'); // lightweight, on the release commit: right
  repo.tag('clients/go/v1.2.4', { annotated: true }); // annotated: wrong
  repo.tag('clients/go/v1.2.5', { target: other }); // another commit: wrong
  // The release tags whose push started the workflow: unpublished confirms a "no release" answer by seeing the tag.
  for (const tag of ['v1.2.3', 'v1.2.4', 'v1.2.6', 'v1.3.0-rc.1']) repo.tag(tag, { annotated: true });
  [github, pypi] = await Promise.all([startGitHubServer({ repoDir: repo.dir }), startPypiServer()]);
});

afterAll(async () => {
  await Promise.all([github?.close(), pypi?.close()]);
  removeTempDirs();
});

const BASE = { tags: { release: 'v{version}', rehearsal: 'test-v{version}' } };

function ctxFor(config: Record<string, unknown>, tag: string, extra: { sha?: string; workspace?: string; serverUrl?: string } = {}) {
  return publicationContext({
    config: { ...BASE, ...config },
    tag,
    sha: extra.sha ?? release,
    workspace: extra.workspace ?? repo.dir,
    apiUrl: github.url,
    serverUrl: extra.serverUrl
  });
}

describe('publication-preflight gate', () => {
  test("lists the contract's checks in the contract's order", () => {
    expect(publicationPreflight.checks.map((c) => c.id)).toEqual(['npm-identity', 'npm-scope', 'go-tag', 'go-module', 'unpublished', 'oci-push']);
  });
});

describe('go-tag', () => {
  const go = { go: { dir: 'clients/go' } };

  test('a lightweight tag on the release commit passes', async () => {
    expect(await runDeclaredCheck(goTag, ctxFor(go, 'v1.2.3'))).toEqual({
      status: 'pass',
      summary: `Go tag "clients/go/v1.2.3" is lightweight and points at ${release}`
    });
  });

  test('a missing tag fails with the command that pushes it', async () => {
    const outcome = await runDeclaredCheck(goTag, ctxFor(go, 'v1.2.9'));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `Go tag "clients/go/v1.2.9" does not exist on GitHub; push it (lightweight, on the release commit) before the release tag: git tag clients/go/v1.2.9 ${release} && git push origin refs/tags/clients/go/v1.2.9`
    );
  });

  test('an annotated tag fails: lightweight tag expected', async () => {
    const outcome = await runDeclaredCheck(goTag, ctxFor(go, 'v1.2.4'));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('Go tag "clients/go/v1.2.4" is an annotated tag: lightweight tag expected');
    expect(outcome.details).toEqual([`refs/tags/clients/go/v1.2.4 points at tag object ${repo.git('rev-parse', 'refs/tags/clients/go/v1.2.4')}`]);
  });

  test('a tag on another commit fails, showing both SHAs', async () => {
    const outcome = await runDeclaredCheck(goTag, ctxFor(go, 'v1.2.5'));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `Go tag "clients/go/v1.2.5" points at commit ${other}, but the release commit is ${release}: the Go module would ship other code than the release`
    );
  });

  test('a rehearsal tag skips: rehearsals push no Go tag', async () => {
    const outcome = await runDeclaredCheck(goTag, ctxFor(go, 'test-v1.2.9'));
    expect(outcome.status).toBe('skip');
    expect(outcome.summary).toBe('rehearsal tag: the Go module tag applies to release tags only');
  });

  test('GitHub failing after retries fails closed', async () => {
    github.faults.push(serverError(502, 2, /git\/ref/));
    const outcome = await runDeclaredCheck(goTag, ctxFor(go, 'v1.2.3'));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^Go tag "clients\/go\/v1\.2\.3" could not be looked up: GitHub answered 502/);
    github.faults.length = 0;
  });

  test("every GitHub answer the checks read matched GitHub's OpenAPI schemas", () => {
    expect(github.requests.length).toBeGreaterThan(0);
    expect(github.violations).toEqual([]);
  });

  test('go: false skips; no go section fails', async () => {
    expect((await runDeclaredCheck(goTag, ctxFor({ go: false }, 'v1.2.3'))).status).toBe('skip');
    const missing = await runDeclaredCheck(goTag, ctxFor({}, 'v1.2.3'));
    expect(missing.status).toBe('fail');
    expect(missing.summary).toContain('config has no "go" section');
  });
});

describe('go-module', () => {
  /** A real git workspace with a go.mod, checked out at its HEAD. */
  function workspace(files: Record<string, string>) {
    const ws = createRepo(files);
    return { workspace: ws.dir, sha: ws.head() };
  }
  const go = (dir = 'clients/go', tag = 'clients/go/v{version}') => ({ go: { dir, tag } });

  test('a v1 module at the expected path passes', async () => {
    const outcome = await runDeclaredCheck(goModule, ctxFor(go(), 'v1.2.3', workspace({ 'clients/go/go.mod': GO_MOD })));
    expect(outcome).toEqual({
      status: 'pass',
      summary: 'clients/go/go.mod declares "github.com/sketchlog/sketchlog/clients/go", and Go finds v1.2.3 at tag "clients/go/v1.2.3"'
    });
  });

  test('v2 needs the /v2 suffix: without it the check fails and says why', async () => {
    const outcome = await runDeclaredCheck(goModule, ctxFor(go(), 'v2.0.0', workspace({ 'clients/go/go.mod': GO_MOD })));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'clients/go/go.mod declares module "github.com/sketchlog/sketchlog/clients/go", expected "github.com/sketchlog/sketchlog/clients/go/v2"; Go requires the /v2 suffix from major version 2 on'
    );
    const v2 = await runDeclaredCheck(
      goModule,
      ctxFor(go(), 'v2.0.0', workspace({ 'clients/go/go.mod': 'module github.com/sketchlog/sketchlog/clients/go/v2 // comment\n\ngo 1.22\n' }))
    );
    expect(v2.status).toBe('pass');
  });

  test('a /vN suffix on a v1 release fails', async () => {
    const outcome = await runDeclaredCheck(
      goModule,
      ctxFor(go(), 'v1.2.3', workspace({ 'clients/go/go.mod': 'module github.com/sketchlog/sketchlog/clients/go/v2\n' }))
    );
    expect(outcome.summary).toContain('a /vN suffix belongs to major version 2 or more, and this release is 1.2.3');
  });

  test('the module path follows GITHUB_SERVER_URL (GitHub Enterprise Server)', async () => {
    const ws = workspace({ 'clients/go/go.mod': GO_MOD });
    const ghes = await runDeclaredCheck(goModule, ctxFor(go(), 'v1.2.3', { ...ws, serverUrl: 'https://ghe.example.com' }));
    expect(ghes.status).toBe('fail');
    expect(ghes.summary).toContain('expected "ghe.example.com/sketchlog/sketchlog/clients/go"');
  });

  test('a missing go.mod fails, naming go.dir', async () => {
    const ws = workspace({ 'clients/go/go.mod': GO_MOD });
    const outcome = await runDeclaredCheck(goModule, ctxFor(go('clients/golang'), 'v1.2.3', ws));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `go.mod of go.dir "clients/golang" cannot be used: "clients/golang/go.mod" does not exist in the release commit ${ws.sha.slice(0, 12)}; check out the repository before this step, or correct go.dir`
    );
  });

  test('an unparsable go.mod fails with the line', async () => {
    const outcome = await runDeclaredCheck(
      goModule,
      ctxFor(go(), 'v1.2.3', workspace({ 'clients/go/go.mod': 'module "github.com/sketchlog/sketchlog/clients/go\n' }))
    );
    expect(outcome.summary).toBe('clients/go/go.mod cannot be parsed: line 1: unterminated quoted string');
  });

  test('go.dir may not leave the workspace, not even through a symlink', async () => {
    const outside = tempDir('rg-outside-');
    writeFileSync(path.join(outside, 'go.mod'), GO_MOD);
    const ws = createRepo({ 'README.md': 'x\n' });
    symlinkSync(outside, path.join(ws.dir, 'clients'));
    const sha = ws.commit({}, 'symlink');
    const escaped = await runDeclaredCheck(goModule, ctxFor(go('../elsewhere'), 'v1.2.3', { workspace: ws.dir, sha }));
    expect(escaped.summary).toContain('leaves the workspace');
    const linked = await runDeclaredCheck(goModule, ctxFor(go('clients'), 'v1.2.3', { workspace: ws.dir, sha }));
    expect(linked.status).toBe('fail');
    expect(linked.summary).toContain(
      `"clients/go.mod" lies under "clients", a symlink in the release commit ${sha.slice(0, 12)} (to ${outside}); name the real folder instead`
    );
  });

  test('a workspace checked out at another commit fails', async () => {
    const ws = workspace({ 'clients/go/go.mod': GO_MOD });
    const outcome = await runDeclaredCheck(goModule, ctxFor(go(), 'v1.2.3', { workspace: ws.workspace, sha: 'f'.repeat(40) }));
    expect(outcome.summary).toContain(`go.mod is not read: the workspace is checked out at ${ws.sha}, not at the commit being released`);
  });

  test('go.tag must be where Go looks for a module in go.dir', async () => {
    const outcome = await runDeclaredCheck(goModule, ctxFor(go('clients/go', 'go/v{version}'), 'v1.2.3', workspace({ 'clients/go/go.mod': GO_MOD })));
    expect(outcome.summary).toBe(
      'go.tag "go/v1.2.3" is not where Go looks for v1.2.3 of a module in "clients/go": the tag must be "clients/go/v1.2.3"; correct go.tag'
    );
  });

  test('a module at the repository root', async () => {
    const outcome = await runDeclaredCheck(
      goModule,
      ctxFor(go('.', 'v{version}'), 'v1.2.3', workspace({ 'go.mod': 'module github.com/sketchlog/sketchlog\n' }))
    );
    expect(outcome.status).toBe('pass');
  });
});

describe('unpublished: PyPI, GitHub and config sections', () => {
  const pypiSection = () => ({ index: pypi.url, project: 'SketchLog', python: ['cp312'], platforms: ['manylinux_x86_64'] });
  const config = (over: Record<string, unknown> = {}) => ({ pypi: pypiSection(), npm: false, container: false, helm: false, ...over });

  beforeAll(() => {
    pypi.projects.sketchlog = {
      '1.2.3': { files: ['sketchlog-1.2.3.tar.gz'] },
      '1.3.0rc1': { files: ['sketchlog-1.3.0rc1-cp312-cp312-manylinux_2_17_x86_64.whl'], yanked: true }
    };
    github.releases.push({ tag: 'v1.2.6' });
  });

  test('PyPI is asked for the PEP 440 spelling; a yanked release is still burned', async () => {
    const outcome = await runDeclaredCheck(unpublished, ctxFor(config(), 'v1.3.0-rc.1'));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'version 1.3.0-rc.1 is burned: PyPI (SketchLog 1.3.0rc1) already holds it; registries never accept a version twice, so bump the patch and release 1.3.0-rc.2 instead'
    );
    expect(outcome.details?.[0]).toContain('(yanked, still burned)');
    expect(pypi.requests.some((r) => r.path === '/pypi/sketchlog/1.3.0rc1/json' && r.status === 200)).toBe(true);
  });

  test('a version PyPI does not have passes (404 expected)', async () => {
    const outcome = await runDeclaredCheck(unpublished, ctxFor(config(), 'v1.2.4'));
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: '1.2.4 is on no registry: PyPI, GitHub release; not asked (turned off): npm, container image, Helm chart'
    });
    // The "absent" answer was PyPI's own: a JSON 404.
    const asked = await fetch(`${pypi.url}/pypi/sketchlog/1.2.4/json`);
    expect([asked.status, asked.headers.get('content-type'), await asked.json()]).toEqual([404, 'application/json', { message: 'Not Found' }]);
  });

  test('a pypi.index that answers 404 pages that are not the JSON API fails closed (e.g. https://pypi.org/simple)', async () => {
    // A host that answers every path with a plain-text 404 and no content type.
    const bare = http.createServer((_req, res) => res.writeHead(404).end('Not Found'));
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    try {
      const simple = await runDeclaredCheck(unpublished, ctxFor(config({ pypi: { ...pypiSection(), index: `${pypi.url}/simple` } }), 'v1.2.4'));
      expect(simple.status).toBe('fail');
      expect(simple.summary).toBe(
        `cannot confirm that 1.2.4 is unpublished: PyPI (SketchLog 1.2.4): could not be asked: pypi.index ${pypi.url}/simple does not answer like the PyPI JSON API (404 with content type text/html; charset=utf-8 for ${pypi.url}/simple/pypi/sketchlog/1.2.4/json); set it to the index base, e.g. https://pypi.org`
      );
      const plain = await runDeclaredCheck(unpublished, ctxFor(config({ pypi: { ...pypiSection(), index: bareUrl } }), 'v1.2.4'));
      expect(plain.status).toBe('fail');
      expect(plain.summary).toContain(
        `pypi.index ${bareUrl} does not answer like the PyPI JSON API (404 with no content type for ${bareUrl}/pypi/sketchlog/1.2.4/json)`
      );
    } finally {
      bare.closeAllConnections();
      await new Promise((r) => bare.close(r));
    }
  });

  test('PyPI failing after retries fails closed', async () => {
    pypi.faults.push({ path: /^\/pypi\//, times: 2, status: 503 });
    const outcome = await runDeclaredCheck(unpublished, ctxFor(config(), 'v1.2.4'));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^cannot confirm that 1\.2\.4 is unpublished: PyPI \(SketchLog 1\.2\.4\): could not be asked: .*answered 503.*\(after 2 attempts\)/
    );
    expect(pypi.faults[0]!.times).toBe(0);
    pypi.faults.length = 0;
  });

  test('a GitHub release for the tag burns the version, with its link', async () => {
    const outcome = await runDeclaredCheck(unpublished, ctxFor(config(), 'v1.2.6'));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('version 1.2.6 is burned: GitHub release (v1.2.6) already holds it');
    expect(outcome.links?.[0]).toMatch(/releases\/tag\/v1\.2\.6$/);
  });

  test('no release and no tag either fails closed: GitHub answers 404 too when the token cannot see the repository', async () => {
    const message = (tag: string, repoName = 'sketchlog/sketchlog') =>
      `GitHub shows neither tag ${tag} nor a release for it in ${repoName}: the token cannot see the repository, or the tag was not pushed; give the "token" input read access to ${repoName} (contents: read), and run this gate from the push of ${tag}`;
    // The tag was never pushed.
    const unpushed = await runDeclaredCheck(unpublished, ctxFor(config(), 'v1.2.7'));
    expect(unpushed.status).toBe('fail');
    expect(unpushed.summary).toBe(`cannot confirm that 1.2.7 is unpublished: GitHub release (v1.2.7): ${message('v1.2.7')}`);
    // A repository the token cannot see: every call answers 404, the release lookup included.
    const hidden = await runDeclaredCheck(
      unpublished,
      publicationContext({ config: { ...BASE, ...config() }, tag: 'v1.2.4', sha: release, workspace: repo.dir, apiUrl: github.url, owner: 'someone-else' })
    );
    expect(hidden.status).toBe('fail');
    expect(hidden.summary).toBe(`cannot confirm that 1.2.4 is unpublished: GitHub release (v1.2.4): ${message('v1.2.4', 'someone-else/sketchlog')}`);
  });

  test('the release tag confirms a "no release" answer; a failing tag lookup fails closed; a release needs no tag lookup', async () => {
    const off = { pypi: false, npm: false, container: false, helm: false };
    const tagRef = (t: string) => Promise.resolve({ ref: `refs/tags/${t}`, object: { type: 'tag', sha: 'c'.repeat(40) } });
    const seen = fakeGitHub({ getReleaseByTag: () => Promise.resolve(null), getTagRef: tagRef });
    const free = await runDeclaredCheck(unpublished, publicationContext({ config: { ...BASE, ...off }, tag: 'v1.2.4', clients: { github: seen } }));
    expect(free.status).toBe('pass');
    expect(free.table?.rows).toEqual(expect.arrayContaining([['GitHub release', 'v1.2.4', 'free: no release for tag v1.2.4 (the tag exists)']]));
    expect(seen.calls).toEqual(['getReleaseByTag "v1.2.4"', 'getTagRef "v1.2.4"']);

    const blind = fakeGitHub({ getReleaseByTag: () => Promise.resolve(null), getTagRef: () => Promise.resolve(null) });
    const unseen = await runDeclaredCheck(unpublished, publicationContext({ config: { ...BASE, ...off }, tag: 'v1.2.4', clients: { github: blind } }));
    expect(unseen.status).toBe('fail');
    expect(unseen.summary).toContain('GitHub release (v1.2.4): GitHub shows neither tag v1.2.4 nor a release for it');

    const broken = fakeGitHub({
      getReleaseByTag: () => Promise.resolve(null),
      getTagRef: () => Promise.reject(new Error('GitHub answered 502 for git/ref/tags/v1.2.4 after retries'))
    });
    const failed = await runDeclaredCheck(unpublished, publicationContext({ config: { ...BASE, ...off }, tag: 'v1.2.4', clients: { github: broken } }));
    expect(failed.status).toBe('fail');
    expect(failed.summary).toBe(
      'cannot confirm that 1.2.4 is unpublished: GitHub release (v1.2.4): could not be asked: GitHub answered 502 for git/ref/tags/v1.2.4 after retries'
    );

    const released = fakeGitHub({
      getReleaseByTag: (t) =>
        Promise.resolve({
          id: 1,
          tagName: t,
          name: t,
          draft: true,
          prerelease: false,
          htmlUrl: `https://github.com/sketchlog/sketchlog/releases/tag/${t}`,
          targetCommitish: 'main',
          assets: []
        })
    });
    const burned = await runDeclaredCheck(unpublished, publicationContext({ config: { ...BASE, ...off }, tag: 'v1.2.4', clients: { github: released } }));
    expect(burned.summary).toContain('version 1.2.4 is burned: GitHub release (v1.2.4) already holds it');
    expect(released.calls).toEqual(['getReleaseByTag "v1.2.4"']);
  });

  test('before the tag exists, the main branch proves the token sees the repository; an unseen branch fails closed', async () => {
    const main = (branch: string) => ({ main: { branch, workflow: 'ci.yml' } });
    // v1.2.7 was never pushed: branch main shows the repository is visible, so "no release" is real.
    const visible = await runDeclaredCheck(unpublished, ctxFor(config(main('main')), 'v1.2.7'));
    expect(visible.status).toBe('pass');
    expect(visible.table?.rows).toEqual(expect.arrayContaining([['GitHub release', 'v1.2.7', 'free: no release for tag v1.2.7 (branch main is visible)']]));
    const wrongBranch = await runDeclaredCheck(unpublished, ctxFor(config(main('trunk')), 'v1.2.7'));
    expect(wrongBranch.status).toBe('fail');
    expect(wrongBranch.summary).toBe(
      'cannot confirm that 1.2.7 is unpublished: GitHub release (v1.2.7): GitHub shows neither tag v1.2.7, a release for it, nor branch trunk in sketchlog/sketchlog: the token cannot see the repository (GitHub answers 404 then), or main.branch is wrong; give the GitHub token read access to sketchlog/sketchlog (contents: read), or correct main.branch'
    );
    // A repository the token cannot see hides the branch too.
    const hidden = await runDeclaredCheck(
      unpublished,
      publicationContext({
        config: { ...BASE, ...config(main('main')) },
        tag: 'v1.2.4',
        sha: release,
        workspace: repo.dir,
        apiUrl: github.url,
        owner: 'someone-else'
      })
    );
    expect(hidden.status).toBe('fail');
    expect(hidden.summary).toContain('GitHub shows neither tag v1.2.4, a release for it, nor branch main in someone-else/sketchlog');
    // The tag, when there, is proof enough: the branch is not asked.
    const seen = fakeGitHub({
      getReleaseByTag: () => Promise.resolve(null),
      getTagRef: (t) => Promise.resolve({ ref: `refs/tags/${t}`, object: { type: 'tag', sha: 'c'.repeat(40) } })
    });
    const off = { pypi: false, npm: false, container: false, helm: false };
    expect(
      (await runDeclaredCheck(unpublished, publicationContext({ config: { ...BASE, ...off, ...main('main') }, tag: 'v1.2.4', clients: { github: seen } })))
        .status
    ).toBe('pass');
    expect(seen.calls).toEqual(['getReleaseByTag "v1.2.4"', 'getTagRef "v1.2.4"']);
  });

  test('every hit is named', async () => {
    const outcome = await runDeclaredCheck(unpublished, ctxFor(config(), 'v1.2.3'));
    expect(outcome.summary).toBe(
      'version 1.2.3 is burned: PyPI (SketchLog 1.2.3) already holds it; registries never accept a version twice, so bump the patch and release 1.2.4 instead'
    );
    github.releases.push({ tag: 'v1.2.3' });
    const both = await runDeclaredCheck(unpublished, ctxFor(config(), 'v1.2.3'));
    expect(both.summary).toContain('burned: PyPI (SketchLog 1.2.3), GitHub release (v1.2.3) already hold it');
    github.releases.pop();
  });

  test('a missing section fails; `false` turns off that registry only', async () => {
    const missing = await runDeclaredCheck(unpublished, ctxFor({ npm: false, container: false, helm: false }, 'v1.2.4'));
    expect(missing.status).toBe('fail');
    expect(missing.summary).toContain('cannot confirm that 1.2.4 is unpublished: PyPI (-): config has no "pypi" section');
    const allOff = await runDeclaredCheck(unpublished, ctxFor({ pypi: false, npm: false, container: false, helm: false }, 'v1.2.4'));
    expect(allOff.status).toBe('pass');
    expect(allOff.summary).toBe('1.2.4 is on no registry: GitHub release; not asked (turned off): PyPI, npm, container image, Helm chart');
  });

  test('a malformed image reference fails closed, naming the key', async () => {
    const outcome = await runDeclaredCheck(
      unpublished,
      ctxFor(config({ container: { image: 'ghcr.io/{owner}/{repo}:latest', platforms: ['linux/amd64'] } }), 'v1.2.4')
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('container.image: reference "ghcr.io/sketchlog/sketchlog:latest" carries a tag or digest');
  });
});

describe('OCI and npm parsers', () => {
  test('image references: registry, repository and scheme', () => {
    expect(parseImageRef('ghcr.io/sketchlog/charts/sketchlog')).toEqual({
      registry: 'ghcr.io',
      repository: 'sketchlog/charts/sketchlog',
      baseUrl: 'https://ghcr.io'
    });
    expect(parseImageRef('oci://127.0.0.1:5000/a/b')).toEqual({ registry: '127.0.0.1:5000', repository: 'a/b', baseUrl: 'http://127.0.0.1:5000' });
    expect(parseImageRef('localhost:5000/a').baseUrl).toBe('http://localhost:5000');
    expect(parseImageRef('[::1]:5000/a').baseUrl).toBe('http://[::1]:5000');
    // A registry that only looks local is spoken to over HTTPS.
    expect(parseImageRef('127.0.0.1.example.com/a').baseUrl).toBe('https://127.0.0.1.example.com');
    expect(parseImageRef('nginx')).toEqual({ registry: 'registry-1.docker.io', repository: 'library/nginx', baseUrl: 'https://registry-1.docker.io' });
    expect(() => parseImageRef('ghcr.io/Sketchlog/x')).toThrow(/not a valid repository/);
    expect(() => parseImageRef('ghcr.io/a/b@sha256:00')).toThrow(/carries a tag or digest/);
  });

  test('WWW-Authenticate challenges', () => {
    expect(parseChallenges('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull' } }
    ]);
    expect(parseChallenges('Basic realm="x", Bearer realm="https://a/t", error="insufficient_scope"')).toEqual([
      { scheme: 'basic', params: { realm: 'x' } },
      { scheme: 'bearer', params: { realm: 'https://a/t', error: 'insufficient_scope' } }
    ]);
    expect(parseChallenges('Bearer realm="a \\"quoted\\" realm"')[0]!.params.realm).toBe('a "quoted" realm');
    expect(parseChallenges('')).toEqual([]);
  });

  test('scoped package names in packument URLs', () => {
    expect(escapedPackageName('@sketchlog/client')).toBe('@sketchlog%2fclient');
    expect(escapedPackageName('plain')).toBe('plain');
  });
});
