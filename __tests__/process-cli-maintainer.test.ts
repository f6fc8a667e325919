/**
 * The maintainer's commands (bump, prepare, tag, status) run as the installed CLI
 * bundle (dist/cli/index.js) in a real git clone of a bare `origin`, against the
 * GitHub REST test server reading that origin, the PyPI test server and the Go
 * module proxy test server. The clone's origin URL is a GitHub URL that git
 * rewrites (url.<path>.insteadOf) to the bare repository, so --repository is read
 * from the remote as on a maintainer's laptop.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { removeTempDirs, tempDir } from '../test-support/git-repo.js';
import { startGitHubServer, type GitHubTestServer } from '../test-support/github-server.js';
import { startGoProxy, type TestGoProxy } from '../test-support/go-proxy.js';
import { startPypiServer, type PypiTestServer } from '../test-support/pypi-server.js';
import { ROOT } from '../test-support/run-action.js';
import { maintainerClone, MAINTAINER_GIT_ENV, type MaintainerClone } from '../test-support/maintainer-clone.js';
import { runCli, type CliRun } from '../test-support/run-cli.js';
import { sketchlogConfig, sketchlogFiles, type SketchlogConfig } from '../test-support/sketchlog.js';
import { checkIds } from '../test-support/gate-checks.js';

const TOKEN = 'ghp_maintainer_token_0123456789';
const REMOTE_URL = 'https://github.com/sketchlog/sketchlog.git';
const MODULE = 'github.com/sketchlog/sketchlog/clients/go';
const GIT_ENV = MAINTAINER_GIT_ENV;

let github: GitHubTestServer;
let pypi: PypiTestServer;
let goproxy: TestGoProxy;

beforeAll(async () => {
  [pypi, goproxy] = await Promise.all([startPypiServer(), startGoProxy()]);
});

afterAll(async () => {
  await Promise.all([github?.close(), pypi.close(), goproxy.close()]);
  removeTempDirs();
});

function cli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(args, { cwd, env: { GITHUB_API_URL: github.url, GITHUB_TOKEN: TOKEN, RELEASE_GATES_RETRY_BASE_MS: '5', ...GIT_ENV, ...env } });
}

/** The project's config with its registries at the test servers (npm, image and chart are covered by the status engine's tests). */
function config(): SketchlogConfig {
  return {
    ...sketchlogConfig(),
    pypi: { index: pypi.url, project: 'sketchlog', python: ['cp312'], platforms: ['manylinux_x86_64'] },
    goproxy: goproxy.url,
    npm: false,
    container: false,
    helm: false
  };
}

/** A bare origin at 1.2.2 (what GitHub holds), a maintainer's clone of it, and the GitHub test server over the origin. */
async function world(): Promise<MaintainerClone> {
  const w = maintainerClone(sketchlogFiles('1.2.2', config()), REMOTE_URL);
  await github?.close();
  github = await startGitHubServer({ repoDir: w.origin, token: TOKEN });
  return w;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('bump', () => {
  it('writes the new version into every coupled file and the changelog, changing only the values, and checks them', async () => {
    const { clone, git } = await world();
    const before = today();
    const r = await cli(clone, ['bump', '1.2.3']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bump 1.2.2 → 1.2.3');
    expect(r.stdout).toMatch(/pyproject\.toml +key project\.version: 1\.2\.2 → 1\.2\.3/);
    expect(r.stdout).toContain('release-gates bump: PASS');
    expect(r.stdout).toMatch(/pass {2}coupled-versions +all 9 coupled versions are 1\.2\.3/);
    // The diff is exactly the values: one line out and one in per entry, plus the changelog heading.
    const diff = git('diff', '-U0', '--no-color');
    const removed = diff.split('\n').filter((l) => /^-[^-]/.test(l));
    const added = diff.split('\n').filter((l) => /^\+[^+]/.test(l));
    expect(removed.map((l) => l.slice(1).replace('1.2.2', 'X'))).toEqual(
      added.filter((l) => !l.startsWith('+## ') && l !== '+').map((l) => l.slice(1).replace('1.2.3', 'X'))
    );
    expect(removed).toHaveLength(9);
    expect(git('diff', '--stat').split('\n').pop()).toMatch(/9 files changed, 1[01] insertions\(\+\), 9 deletions\(-\)/);
    const changelog = readFileSync(path.join(clone, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^# Changelog\\n\\n## 1\\.2\\.3 - (${before}|${today()})\\n\\n## \\[1\\.2\\.2\\]`));
  });

  it('refuses a version that is not greater (exit 2) and a file with uncommitted changes (exit 1), writing nothing', async () => {
    const { clone, git } = await world();
    const same = await cli(clone, ['bump', '1.2.2']);
    expect(same.code).toBe(2);
    expect(same.stderr.trim()).toMatch(/^error: 1\.2\.2 is not greater than the current version 1\.2\.2/);
    const vPrefixed = await cli(clone, ['bump', 'v1.2.3']);
    expect(vPrefixed.code).toBe(2);
    expect(vPrefixed.stderr).toContain('write 1.2.3, without the v');

    writeFileSync(
      path.join(clone, 'wasm/package.json'),
      readFileSync(path.join(clone, 'wasm/package.json'), 'utf8').replace('"private": false', '"private": true')
    );
    const dirty = await cli(clone, ['bump', '1.2.3']);
    expect(dirty.code).toBe(1);
    expect(dirty.stderr.trim()).toMatch(/^error: wasm\/package\.json has uncommitted changes; .*commit or stash them first$/);
    expect(dirty.stderr).not.toMatch(/\n\s+at /);
    expect(git('status', '--porcelain')).toBe('M wasm/package.json');
  });

  it('refuses a coupled file that is a symlink, as prepare would, writing nothing (exit 1)', async () => {
    const { clone, git } = await world();
    git('mv', 'wasm/package.json', 'wasm/package.real.json');
    symlinkSync('package.real.json', path.join(clone, 'wasm/package.json'));
    git('add', 'wasm/package.json');
    git('commit', '-qm', 'link');
    const r = await cli(clone, ['bump', '1.2.3']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'error: cannot bump: "wasm/package.json" is a symlink (to package.real.json); point its versions entry at the file itself, as prepare would refuse it'
    );
    expect(git('status', '--porcelain')).toBe('');
  });
});

/** bump, commit, and push to origin's main: the merged release commit. */
async function mergedRelease(version: string): Promise<Awaited<ReturnType<typeof world>> & { sha: string }> {
  const w = await world();
  const bumped = await cli(w.clone, ['bump', version]);
  expect(bumped.code).toBe(0);
  w.git('commit', '-qam', `Release ${version}`);
  w.git('push', '-q', 'origin', 'main');
  return { ...w, sha: w.git('rev-parse', 'HEAD') };
}

describe('prepare and tag', () => {
  it('prepare fails on a red CI run and passes on a green one, printing the tag commands in order', async () => {
    const { clone, sha } = await mergedRelease('1.2.3');
    github.runs.push({ headSha: sha, conclusion: 'failure' });
    const red = await cli(clone, ['prepare', '1.2.3']);
    expect(red.code).toBe(1);
    expect(red.stdout).toContain('release-gates prepare: 1 check failed: main-ci');
    expect(red.stdout).toContain('Nothing was tagged');
    const redJson = await cli(clone, ['prepare', '1.2.3', '--json']);
    expect(redJson.code).toBe(1);
    expect(JSON.parse(redJson.stdout)).toMatchObject({ gate: 'prepare', result: 'fail', tag: 'v1.2.3', version: '1.2.3', sha, commands: [] });

    github.runs.push({ headSha: sha, conclusion: 'success' });
    const green = await cli(clone, ['prepare', '1.2.3']);
    expect(green.stderr).toBe('');
    expect(green.code).toBe(0);
    for (const id of checkIds('prepare')) {
      expect(green.stdout).toMatch(new RegExp(`pass {2}${id} `));
    }
    expect(green.stdout).toContain(
      [
        `  git tag --end-of-options clients/go/v1.2.3 ${sha}`,
        `  git tag -a -m 'sketchlog v1.2.3' --end-of-options v1.2.3 ${sha}`,
        '  git push --end-of-options origin refs/tags/clients/go/v1.2.3',
        '  git push --end-of-options origin refs/tags/v1.2.3'
      ].join('\n')
    );
    // The repository came from the origin remote: every API request went to sketchlog/sketchlog.
    expect(github.requests.every((q) => q.path.startsWith('/repos/sketchlog/sketchlog/'))).toBe(true);
    expect(green.stdout + green.stderr).not.toContain(TOKEN);
  });

  it('prepare fails when the tree is dirty, and when HEAD is not the tip of origin/main', async () => {
    const { clone, git, sha } = await mergedRelease('1.2.3');
    github.runs.push({ headSha: sha, conclusion: 'success' });
    writeFileSync(path.join(clone, 'CHANGELOG.md'), `${readFileSync(path.join(clone, 'CHANGELOG.md'), 'utf8')}\nmore\n`);
    const dirty = await cli(clone, ['prepare', '1.2.3']);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toMatch(/fail {2}working-tree +CHANGELOG\.md has uncommitted changes/);
    git('checkout', '-q', '--', 'CHANGELOG.md');

    git('commit', '-q', '--allow-empty', '-m', 'not pushed');
    const ahead = await cli(clone, ['prepare', '1.2.3']);
    expect(ahead.code).toBe(1);
    expect(ahead.stdout).toMatch(/fail {2}main-tip +HEAD [0-9a-f]{12} is not the tip of origin\/main \([0-9a-f]{12}\)/);
  });

  it('tag --push creates the lightweight Go tag and the annotated release tag on HEAD and pushes the Go tag first; a second run stops at the existing tags', async () => {
    const { clone, git, origin, sha, pushLog } = await mergedRelease('1.2.3');
    github.runs.push({ headSha: sha, conclusion: 'success' });
    const r = await cli(clone, ['tag', '1.2.3', '--push']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pushed clients/go/v1.2.3 to origin');
    expect(pushLog()).toEqual(['refs/heads/main', 'refs/tags/clients/go/v1.2.3', 'refs/tags/v1.2.3']);
    const originGit = (...args: string[]) => execFileSync('git', ['-C', origin, ...args], { encoding: 'utf8' }).trim();
    expect(originGit('cat-file', '-t', 'refs/tags/clients/go/v1.2.3')).toBe('commit');
    expect(originGit('cat-file', '-t', 'refs/tags/v1.2.3')).toBe('tag');
    expect(originGit('rev-parse', 'refs/tags/v1.2.3^{commit}')).toBe(sha);
    expect(originGit('tag', '-l', '--format=%(contents:subject)', 'v1.2.3')).toBe('sketchlog v1.2.3');

    const releaseTagObject = git('rev-parse', 'refs/tags/v1.2.3');
    const again = await cli(clone, ['tag', '1.2.3', '--push']);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/fail {2}tags-free +tag v1\.2\.3 already exists on GitHub/);
    expect(again.stdout).toContain('Nothing was tagged');
    expect(git('rev-parse', 'refs/tags/v1.2.3')).toBe(releaseTagObject);
    expect(pushLog()).toHaveLength(3);
  });

  it('tag without --push creates the tags locally only; tag --push then pushes those same tags', async () => {
    const { clone, git, sha, pushLog } = await mergedRelease('1.2.4');
    github.runs.push({ headSha: sha, conclusion: 'success' });
    const local = await cli(clone, ['tag', '1.2.4']);
    expect(local.code).toBe(0);
    expect(local.stdout).toContain('Tagged locally');
    expect(pushLog()).toEqual(['refs/heads/main']);
    const made = git('rev-parse', 'refs/tags/v1.2.4');
    const push = await cli(clone, ['tag', '1.2.4', '--push', '--json']);
    expect(push.code).toBe(0);
    expect(JSON.parse(push.stdout)).toMatchObject({
      gate: 'prepare',
      result: 'pass',
      steps: [
        { action: 'create', tag: 'clients/go/v1.2.4', done: true },
        { action: 'create', tag: 'v1.2.4', done: true },
        { action: 'push', tag: 'clients/go/v1.2.4', done: true },
        { action: 'push', tag: 'v1.2.4', done: true }
      ]
    });
    expect(pushLog().slice(1)).toEqual(['refs/tags/clients/go/v1.2.4', 'refs/tags/v1.2.4']);
    expect(git('rev-parse', 'refs/tags/v1.2.4')).toBe(made);
  });
});

describe('tag names git refuses', () => {
  it.each(['-go{version}', 'clients/go/v..{version}', 'clients/go/v{version}@{u}'])(
    'a go.tag of %j: prepare prints no command, tag --push creates neither tag',
    async (template) => {
      const { clone, git, sha, pushLog } = await mergedRelease('1.2.6');
      const file = path.join(clone, '.github/release-gates.yml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('tag: clients/go/v{version}', `tag: "${template}"`));
      git('commit', '-qam', 'go.tag');
      git('push', '-q', 'origin', 'main');
      github.runs.push({ headSha: git('rev-parse', 'HEAD'), conclusion: 'success' });
      const name = template.replace('{version}', '1.2.6');
      const prepared = await cli(clone, ['prepare', '1.2.6']);
      expect(prepared.code).toBe(1);
      expect(prepared.stdout).toContain(`go.tag makes the tag name "${name}", which git refuses`);
      expect(prepared.stdout).not.toContain('git tag ');
      const r = await cli(clone, ['tag', '1.2.6', '--push']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Nothing was tagged');
      expect(git('tag', '-l')).toBe('');
      expect(pushLog().filter((ref) => ref.startsWith('refs/tags/'))).toEqual([]);
      expect(sha).toMatch(/^[0-9a-f]{40}$/);
    },
    60_000
  );
});

describe('tag when the push fails half-way', () => {
  it('stops at the refused push, says what was done, exits 1 and deletes nothing', async () => {
    const { clone, git, origin, sha, pushLog } = await mergedRelease('1.2.5');
    github.runs.push({ headSha: sha, conclusion: 'success' });
    // The origin refuses release tags (a protected-tag rule), not the Go tag.
    writeFileSync(
      path.join(origin, 'hooks/pre-receive'),
      '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/tags/v*) echo "tag protection: $ref" >&2; exit 1;; esac; done\n'
    );
    chmodSync(path.join(origin, 'hooks/pre-receive'), 0o755);
    const r = await cli(clone, ['tag', '1.2.5', '--push']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('pushed clients/go/v1.2.5 to origin');
    expect(r.stdout).toMatch(/error: git push origin v1\.2\.5 failed: .*tag protection: refs\/tags\/v1\.2\.5/);
    expect(r.stdout).toContain(
      'stopped: done so far: created clients/go/v1.2.5, created v1.2.5, pushed clients/go/v1.2.5; nothing was moved or deleted. Run release-gates status 1.2.5'
    );
    expect(pushLog()).toEqual(['refs/heads/main', 'refs/tags/clients/go/v1.2.5']);
    expect(git('tag', '-l', 'v1.2.5', 'clients/go/v1.2.5').split('\n').sort()).toEqual(['clients/go/v1.2.5', 'v1.2.5']);
  });
});

describe('status', () => {
  it('says a tagged version is burned and names the next patch; a free version exits 0; --json has the documented shape', async () => {
    const { clone, sha } = await mergedRelease('1.2.3');
    github.runs.push({ headSha: sha, conclusion: 'success' });
    expect((await cli(clone, ['tag', '1.2.3', '--push'])).code).toBe(0);
    pypi.projects.sketchlog = { '1.2.3': { files: ['sketchlog-1.2.3.tar.gz'] } };
    await goproxy.publish({ module: MODULE, version: 'v1.2.3', files: { 'go.mod': `module ${MODULE}\n\ngo 1.22\n` }, commit: sha });

    const burned = await cli(clone, ['status', '1.2.3', '--json']);
    expect(burned.code).toBe(1);
    const report = JSON.parse(burned.stdout) as {
      version: string;
      burned: boolean | null;
      next: string;
      places: Array<{ place: string; holds: boolean | null }>;
    };
    expect(report).toMatchObject({ version: '1.2.3', burned: true, next: '1.2.4' });
    const holds = Object.fromEntries(report.places.map((p) => [p.place, p.holds]));
    expect(holds).toMatchObject({ 'tag v1.2.3': true, 'tag clients/go/v1.2.3': true, 'Go proxy': true, 'GitHub release': false });
    expect(Object.entries(holds).find(([place]) => place.startsWith('PyPI'))?.[1]).toBe(true);

    const free = await cli(clone, ['status', '1.2.5']);
    expect(free.code).toBe(0);
    expect(free.stdout).toMatch(/1\.2\.5 is free/);
  });

  it('cannot tell without a token: exit 1, naming GITHUB_TOKEN, and GH_TOKEN works as well', async () => {
    const { clone } = await world();
    const none = await cli(clone, ['status', '1.2.9'], { GITHUB_TOKEN: '' });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('GITHUB_TOKEN (or GH_TOKEN) is not set');
    expect(none.stdout).not.toContain('input "token"');
    const gh = await cli(clone, ['status', '1.2.9'], { GITHUB_TOKEN: '', GH_TOKEN: TOKEN });
    expect(gh.code).toBe(0);
  });
});

describe('a conventional command line', () => {
  it('prints its version and a help that marks what each command needs', async () => {
    const { clone } = await world();
    const version = await cli(clone, ['--version']);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const help = await cli(clone, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/prepare X\.Y\.Z[^\n]*\n\s+needs: GITHUB_TOKEN/);
    const unknownFlag = await cli(clone, ['status', '1.2.3', '--frobnicate']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr.trim()).toMatch(/^error: Unknown option '--frobnicate'; see release-gates status --help$/);
  });

  it('says in one line (exit 2) when it is not run in a clone, or cannot tell the repository', async () => {
    const plain = tempDir('rg-not-a-clone-');
    writeFileSync(path.join(plain, 'release-gates.yml'), 'tags: { release: "v{version}" }\n');
    const outside = await cli(plain, ['prepare', '1.2.3', '--config', 'release-gates.yml', '--repository', 'sketchlog/sketchlog']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^error: \S+ is not inside a git repository; run release-gates in your clone of the project \(or pass --workspace\)\n$/);

    const { clone, git } = await world();
    git('remote', 'remove', 'origin');
    const noRemote = await cli(clone, ['status', '1.2.3']);
    expect(noRemote.code).toBe(2);
    expect(noRemote.stderr).toBe('error: cannot tell which GitHub repository this is: this repository has no "origin" remote; pass --repository owner/repo\n');
  });

  it('stops quietly with its own exit code when the reader of its output goes away (EPIPE)', async () => {
    const { clone } = await world();
    // The child writes after its stdout's reader is gone, as `release-gates status 1.2.3 | head -0` does.
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'status', '1.2.9'], {
      cwd: clone,
      env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: github.url, GITHUB_TOKEN: TOKEN, ...GIT_ENV },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
