import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createGitApi } from '../../src/clients/git.js';
import { createRepo, removeTempDirs } from '../../test-support/git-repo.js';

afterAll(removeTempDirs);

describe('GitApi.showFile reads a file as committed', () => {
  const git = createGitApi();

  it('returns the committed text, not the working tree, relative to a sub-folder', async () => {
    const repo = createRepo({ 'app/v.txt': 'committed\n' });
    await fs.writeFile(path.join(repo.dir, 'app/v.txt'), 'rewritten\n');
    expect(await git.showFile(repo.dir, repo.head(), 'app/v.txt', 100)).toEqual({ kind: 'file', text: 'committed\n' });
    expect(await git.showFile(path.join(repo.dir, 'app'), repo.head(), 'v.txt', 100)).toEqual({ kind: 'file', text: 'committed\n' });
  });

  it('refuses a blob over the cap by its size, without reading it', async () => {
    const repo = createRepo({ 'big.txt': 'x'.repeat(101) });
    expect(await git.showFile(repo.dir, repo.head(), 'big.txt', 100)).toEqual({ kind: 'too-large', size: 101 });
  });

  it('takes a name literally: a "*" in the config is not a glob', async () => {
    const repo = createRepo({ 'a.json': '{}' });
    expect(await git.showFile(repo.dir, repo.head(), '*.json', 100)).toEqual({ kind: 'missing' });
    expect(await git.showFile(repo.dir, repo.head(), ':(glob)*.json', 100)).toEqual({ kind: 'missing' });
  });

  it('names a folder, a symlink and a symlinked folder on the way', async () => {
    const repo = createRepo({ 'dir/x': '', 'real/f': 'f' });
    await fs.symlink('real/f', path.join(repo.dir, 'link'));
    await fs.symlink('/etc', path.join(repo.dir, 'etc'));
    const sha = repo.commit({});
    expect(await git.showFile(repo.dir, sha, 'dir', 100)).toEqual({ kind: 'not-a-file', type: 'a folder' });
    expect(await git.showFile(repo.dir, sha, 'link', 100)).toEqual({ kind: 'symlink', target: 'real/f' });
    expect(await git.showFile(repo.dir, sha, 'etc/hostname', 100)).toEqual({ kind: 'symlink', target: '/etc', via: 'etc' });
  });

  it('throws, naming the commit, when the commit is not in the repository', async () => {
    const repo = createRepo({ 'a.txt': 'a' });
    await expect(git.showFile(repo.dir, 'f'.repeat(40), 'a.txt', 100)).rejects.toThrow(`git cannot list a.txt in commit ${'f'.repeat(40)}`);
  });
});
