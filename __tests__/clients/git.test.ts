/** The git adapter against real repositories. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { createGitApi } from '../../src/clients/git.js';
import { createRepo, removeTempDirs, tempDir } from '../../test-support/git-repo.js';

afterAll(removeTempDirs);

describe('GitApi.headSha', () => {
  const git = createGitApi();

  it('answers the commit HEAD points at, also from a subfolder of the work tree', async () => {
    const repo = createRepo({ 'a.txt': 'a\n', 'sub/b.txt': 'b\n' });
    const second = repo.commit({ 'a.txt': 'changed\n' });
    expect(await git.headSha(repo.dir)).toBe(second);
    expect(await git.headSha(path.join(repo.dir, 'sub'))).toBe(second);
  });

  it('follows a detached checkout of an older commit, as actions/checkout leaves a tag build', async () => {
    const repo = createRepo({ 'a.txt': 'a\n' });
    const first = repo.head();
    repo.commit({ 'a.txt': 'b\n' });
    repo.git('checkout', '-q', '--detach', first);
    expect(await git.headSha(repo.dir)).toBe(first);
  });

  it('answers null outside any work tree', async () => {
    const dir = tempDir('rg-plain-');
    expect(await git.headSha(dir)).toBeNull();
  });

  it('fails, rather than answering null, for a repository whose HEAD cannot be resolved', async () => {
    const dir = tempDir('rg-empty-');
    mkdirSync(dir, { recursive: true });
    execFileSync('git', ['-C', dir, 'init', '-q']);
    await expect(git.headSha(dir)).rejects.toThrow(/git cannot resolve HEAD in .*rg-empty-/);
  });
});
