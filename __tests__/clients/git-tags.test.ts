/** The git adapter's maintainer operations against real repositories: status, fetch, tags and pushes. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createGitApi, GitCommandError } from '../../src/clients/git.js';
import { createRepo, removeTempDirs, tempDir, type TestRepo } from '../../test-support/git-repo.js';

const git = createGitApi();
const IDENTITY = {
  GIT_COMMITTER_NAME: 'Maintainer',
  GIT_COMMITTER_EMAIL: 'maintainer@example.test',
  GIT_AUTHOR_NAME: 'Maintainer',
  GIT_AUTHOR_EMAIL: 'maintainer@example.test'
};
const saved: Record<string, string | undefined> = {};

beforeAll(() => {
  // createTag -a needs a tagger; the process's git reads it from the environment, as at a terminal.
  for (const [k, v] of Object.entries(IDENTITY)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  removeTempDirs();
});

/** A bare origin and a clone of it. */
function originAndClone(): { origin: string; clone: TestRepo; seed: TestRepo } {
  const seed = createRepo({ 'a.txt': 'a\n', 'b.txt': 'b\n' });
  const origin = path.join(tempDir('rg-origin-'), 'o.git');
  execFileSync('git', ['clone', '-q', '--bare', seed.dir, origin]);
  const dir = path.join(tempDir('rg-clone-'), 'c');
  execFileSync('git', ['clone', '-q', origin, dir]);
  const run = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...IDENTITY } }).trim();
  const clone: TestRepo = {
    dir,
    git: run,
    commit: () => {
      throw new Error('unused');
    },
    tag: () => {
      throw new Error('unused');
    },
    head: () => run('rev-parse', 'HEAD'),
    peel: (name) => run('rev-parse', `refs/tags/${name}^{commit}`)
  };
  return { origin, clone, seed };
}

describe('changedFiles', () => {
  it('lists modified, staged, untracked and renamed files among those asked, and nothing else', async () => {
    const repo = createRepo({ 'a.txt': 'a\n', 'b.txt': 'b\n', 'c.txt': 'c\n', 'd.txt': 'd\n', 'sub/e.txt': 'e\n' });
    expect(await git.changedFiles(repo.dir, ['a.txt', 'b.txt', 'sub/e.txt'])).toEqual([]);
    writeFileSync(path.join(repo.dir, 'a.txt'), 'changed\n');
    writeFileSync(path.join(repo.dir, 'b.txt'), 'staged\n');
    repo.git('add', 'b.txt');
    writeFileSync(path.join(repo.dir, 'new.txt'), 'new\n');
    renameSync(path.join(repo.dir, 'd.txt'), path.join(repo.dir, 'moved.txt'));
    repo.git('add', '-A', 'd.txt', 'moved.txt');
    writeFileSync(path.join(repo.dir, 'c.txt'), 'not asked about\n');
    const changed = await git.changedFiles(repo.dir, ['a.txt', 'b.txt', 'new.txt', 'moved.txt', 'sub/e.txt']);
    expect(changed.sort()).toEqual(['a.txt', 'b.txt', 'moved.txt', 'new.txt']);
  });
});

describe('remotes, fetch and tags', () => {
  it('reads the origin URL as configured, before insteadOf rewrites it', async () => {
    const { clone, origin } = originAndClone();
    clone.git('remote', 'set-url', 'origin', 'git@github.com:sketchlog/sketchlog.git');
    clone.git('config', `url.${origin}.insteadOf`, 'git@github.com:sketchlog/sketchlog.git');
    expect(await git.remoteUrl(clone.dir, 'origin')).toBe('git@github.com:sketchlog/sketchlog.git');
    expect(await git.remoteUrl(clone.dir, 'upstream')).toBeNull();
    // …and git still reaches the real origin through the rewrite.
    await git.fetchBranch(clone.dir, 'origin', 'main');
    expect(await git.resolveRef(clone.dir, 'refs/remotes/origin/main')).toBe(clone.head());
  });

  it('fetch names the branch and git’s reason when it fails', async () => {
    const { clone } = originAndClone();
    await expect(git.fetchBranch(clone.dir, 'origin', 'no-such-branch')).rejects.toThrow(
      new GitCommandError("git fetch origin no-such-branch failed: fatal: couldn't find remote ref refs/heads/no-such-branch")
    );
  });

  it('creates lightweight and annotated tags, reads them back, and never moves one', async () => {
    const { clone } = originAndClone();
    const head = clone.head();
    await git.createTag(clone.dir, 'clients/go/v1.2.3', head);
    await git.createTag(clone.dir, 'v1.2.3', head, 'sketchlog v1.2.3');
    expect(await git.localTag(clone.dir, 'clients/go/v1.2.3')).toEqual({ commit: head, annotated: false });
    expect(await git.localTag(clone.dir, 'v1.2.3')).toEqual({ commit: head, annotated: true });
    expect(clone.git('tag', '-l', '--format=%(contents:subject)', 'v1.2.3')).toBe('sketchlog v1.2.3');
    expect(await git.localTag(clone.dir, 'v9.9.9')).toBeNull();
    await expect(git.createTag(clone.dir, 'v1.2.3', head, 'again')).rejects.toThrow(/^git tag v1\.2\.3 failed: fatal: tag 'v1\.2\.3' already exists$/);
    // A name that looks like an option stays a name, and git refuses it.
    await expect(git.createTag(clone.dir, '-f', head)).rejects.toThrow("git tag -f failed: fatal: '-f' is not a valid tag name.");
    expect(clone.git('tag', '-l')).toBe('clients/go/v1.2.3\nv1.2.3');
  });

  it('pushes a tag, and the origin refuses to replace a tag it already has with another commit', async () => {
    const { clone, origin } = originAndClone();
    const first = clone.head();
    await git.createTag(clone.dir, 'v1.0.0', first);
    await git.pushTag(clone.dir, 'origin', 'v1.0.0');
    expect(execFileSync('git', ['-C', origin, 'rev-parse', 'refs/tags/v1.0.0'], { encoding: 'utf8' }).trim()).toBe(first);

    // Another clone tags another commit with the same name and tries to push it.
    const other = path.join(tempDir('rg-other-'), 'c');
    execFileSync('git', ['clone', '-q', '--no-tags', origin, other]);
    execFileSync('git', ['-C', other, 'commit', '-q', '--allow-empty', '-m', 'second'], { env: { ...process.env, ...IDENTITY } });
    execFileSync('git', ['-C', other, 'tag', 'v1.0.0', 'HEAD']);
    await expect(git.pushTag(other, 'origin', 'v1.0.0')).rejects.toThrow(/^git push origin v1\.0\.0 failed: .*\[rejected\].*already exists/);
    expect(execFileSync('git', ['-C', origin, 'rev-parse', 'refs/tags/v1.0.0'], { encoding: 'utf8' }).trim()).toBe(first);
  });
});
