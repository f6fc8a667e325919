import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { changelog } from '../../../src/checks/preflight/changelog.js';
import { coupledVersions } from '../../../src/checks/preflight/coupled-versions.js';
import { readWorkspaceFile } from '../../../src/checks/shared/workspace-reads.js';
import { createGitApi } from '../../../src/clients/git.js';
import { createRepo, removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { BASE_CONFIG, fakeGit, makeContext } from '../../helpers/preflight-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

afterAll(removeTempDirs);

const VERSIONS = [{ file: 'package.json', key: 'version' }];
const pkg = (version: string) => JSON.stringify({ name: 'x', version });

/** A context over a real checkout, read with the real git client. */
function inRepo(dir: string, sha: string, config: Record<string, unknown> = BASE_CONFIG) {
  return makeContext({ workspace: dir, sha, git: createGitApi(), config });
}

describe('a checkout is read as committed, not as the working tree has it', () => {
  it('a working tree rewritten to the new version after checkout fails coupled-versions and changelog', async () => {
    const repo = createRepo({ 'package.json': pkg('1.2.2'), 'CHANGELOG.md': '# Changelog\n\n## 1.2.2\n' });
    const sha = repo.head();
    await fs.writeFile(path.join(repo.dir, 'package.json'), pkg('1.2.3'));
    await fs.writeFile(path.join(repo.dir, 'CHANGELOG.md'), '# Changelog\n\n## 1.2.3\n\n## 1.2.2\n');
    const ctx = inRepo(repo.dir, sha, { ...BASE_CONFIG, versions: VERSIONS });
    const versions = await runDeclaredCheck(coupledVersions, ctx);
    expect(versions.status).toBe('fail');
    expect(versions.summary).toBe('package.json (key version) has 1.2.2, expected 1.2.3 (SemVer)');
    const log = await runDeclaredCheck(changelog, ctx);
    expect(log.status).toBe('fail');
    expect(log.summary).toContain('has no heading for 1.2.3');
  });

  it('a clean checkout at the release commit passes', async () => {
    const repo = createRepo({ 'package.json': pkg('1.2.3'), 'CHANGELOG.md': '## 1.2.3\n' });
    const ctx = inRepo(repo.dir, repo.head(), { ...BASE_CONFIG, versions: VERSIONS });
    expect((await runDeclaredCheck(coupledVersions, ctx)).status).toBe('pass');
    expect((await runDeclaredCheck(changelog, ctx)).status).toBe('pass');
  });

  it('reads a workspace that is a sub-folder of the repository relative to that folder', async () => {
    const repo = createRepo({ 'app/package.json': pkg('1.2.3'), 'package.json': pkg('9.9.9') });
    const ctx = inRepo(path.join(repo.dir, 'app'), repo.head(), { ...BASE_CONFIG, versions: VERSIONS });
    expect((await runDeclaredCheck(coupledVersions, ctx)).status).toBe('pass');
  });

  it('refuses a committed symlink, a folder and a missing file by name', async () => {
    const repo = createRepo({ 'real.json': pkg('1.2.3'), 'dir/x': '' });
    repo.git('config', 'core.symlinks', 'true');
    await fs.symlink('/etc/hostname', path.join(repo.dir, 'escape.json'));
    const sha = repo.commit({});
    const versions = [
      { file: 'escape.json', key: 'version' },
      { file: 'dir', pattern: '(x)' },
      { file: 'gone.json', key: 'version' }
    ];
    const outcome = await runDeclaredCheck(coupledVersions, inRepo(repo.dir, sha, { ...BASE_CONFIG, versions }));
    expect(outcome.status).toBe('fail');
    const at = `the release commit ${sha.slice(0, 12)}`;
    expect(outcome.details).toEqual([
      `"escape.json" is a symlink in ${at} (to /etc/hostname); point the config at the file itself`,
      `"dir" is a folder in ${at}, not a regular file`,
      `"gone.json" does not exist in ${at}`
    ]);
  });

  it.each([
    [
      'a .git file pointing nowhere',
      async (dir: string) => fs.writeFile(path.join(dir, '.git'), 'gitdir: /nowhere/at/all\n'),
      /git cannot resolve HEAD in .*not a git repository: \/nowhere/
    ],
    ['an empty .git folder', async (dir: string) => fs.mkdir(path.join(dir, '.git')), /has a \.git that git does not recognise as a repository/]
  ])('a broken checkout (%s) fails instead of being read as "not a checkout"', async (_name, breakIt, message) => {
    const dir = tempDir('rg-broken-');
    await fs.writeFile(path.join(dir, 'package.json'), pkg('1.2.3'));
    await fs.writeFile(path.join(dir, 'CHANGELOG.md'), '## 1.2.3\n');
    await breakIt(dir);
    const ctx = makeContext({ workspace: dir, git: createGitApi(), config: { ...BASE_CONFIG, versions: VERSIONS } });
    await expect(runDeclaredCheck(coupledVersions, ctx)).rejects.toThrow(message);
    await expect(runDeclaredCheck(changelog, ctx)).rejects.toThrow(message);
  });
});

describe('outside a checkout, the working tree is read confined, regular files only', () => {
  it('a FIFO fails by name at once instead of blocking', async () => {
    const dir = tempDir('rg-fifo-');
    execFileSync('mkfifo', [path.join(dir, 'package.json')]);
    const read = await readWorkspaceFile(dir, 'package.json');
    expect(read).toEqual({ ok: false, problem: '"package.json" is a named pipe (FIFO), not a regular file; point it at the file itself' });
  });

  it.each([
    [
      '/proc/self/fd/1',
      /^"out.json" is a symlink to .*outside the workspace; refusing to read it$|^"out.json" is a symlink to \/proc\/self\/fd\/1, which cannot be resolved/
    ],
    ['/etc/hostname', /^"out.json" is a symlink to \/etc\/hostname, outside the workspace; refusing to read it$/],
    ['/dev/zero', /^"out.json" is a symlink to \/dev\/zero, outside the workspace; refusing to read it$/]
  ])('a symlink to %s fails by name', async (target, problem) => {
    const dir = tempDir('rg-link-');
    await fs.symlink(target, path.join(dir, 'out.json'));
    const read = await readWorkspaceFile(dir, 'out.json');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problem).toMatch(problem);
  });

  it('a file over the manifest cap is refused before it is read', async () => {
    const dir = tempDir('rg-big-');
    const handle = await fs.open(path.join(dir, 'big.json'), 'w');
    await handle.truncate(5 * 1024 * 1024 + 1);
    await handle.close();
    expect(await readWorkspaceFile(dir, 'big.json')).toEqual({ ok: false, problem: '"big.json" is 5242881 bytes; a manifest may be at most 5242880 bytes' });
  });

  it('a workspace read without git says it could not tie the files to the commit', async () => {
    const dir = tempDir('rg-plain-');
    await fs.writeFile(path.join(dir, 'package.json'), pkg('1.2.3'));
    const outcome = await runDeclaredCheck(
      coupledVersions,
      makeContext({ workspace: dir, git: fakeGit(null), config: { ...BASE_CONFIG, versions: VERSIONS } })
    );
    expect(outcome.status).toBe('pass');
  });
});

describe('smaller fail-opens', () => {
  it.each([' 1.2.3 ', '1.2.3 ', '\t1.2.3', '1.2.3\n'])('"version": %j fails, naming the whitespace', async (found) => {
    const dir = tempDir('rg-ws-');
    await fs.writeFile(path.join(dir, 'package.json'), JSON.stringify({ version: found }));
    const outcome = await runDeclaredCheck(
      coupledVersions,
      makeContext({ workspace: dir, git: fakeGit(null), config: { ...BASE_CONFIG, versions: VERSIONS } })
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(`package.json (key version) has ${JSON.stringify(found)}, with whitespace around the version; write it as 1.2.3 exactly`);
  });
});
