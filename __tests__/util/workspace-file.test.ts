import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { WorkspaceFileError, readRegularFile, readWorkspaceText, resolveInside } from '../../src/util/workspace-file.js';
import { removeTempDirs, tempDir } from '../../test-support/git-repo.js';

afterAll(removeTempDirs);

const OPTIONS = { maxBytes: 64, purpose: 'a test file' };

async function workspace(): Promise<string> {
  return fs.realpath(tempDir('rg-wsfile-'));
}

async function refused(work: Promise<unknown>): Promise<WorkspaceFileError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceFileError);
    return error as WorkspaceFileError;
  }
  throw new Error('accepted');
}

describe('readWorkspaceText', () => {
  it('reads a regular file inside the workspace, also by an absolute path inside it', async () => {
    const ws = await workspace();
    await fs.writeFile(path.join(ws, 'a.txt'), 'hello');
    expect(await readWorkspaceText(ws, 'a.txt', OPTIONS)).toBe('hello');
    expect(await readWorkspaceText(ws, path.join(ws, 'a.txt'), OPTIONS)).toBe('hello');
  });

  it.each([
    ['an absolute path elsewhere', '/etc/hostname', 'outside', '"/etc/hostname" is an absolute path; give a path relative to the workspace'],
    ['a path up and out', '../x', 'outside', /^"\.\.\/x" is outside the workspace /],
    ['a missing file', 'gone.txt', 'missing', '"gone.txt" does not exist in the workspace']
  ])('refuses %s', async (_name, rel, code, message) => {
    const error = await refused(readWorkspaceText(await workspace(), rel, OPTIONS));
    expect(error.reason).toBe(code);
    expect(error.code).toBe('workspace-file');
    expect(error.message).toMatch(message);
  });

  it('refuses a symlinked parent folder that leads out of the workspace', async () => {
    const ws = await workspace();
    const outside = await workspace();
    await fs.writeFile(path.join(outside, 'x.txt'), 'secret');
    await fs.symlink(outside, path.join(ws, 'linked'));
    const error = await refused(readWorkspaceText(ws, 'linked/x.txt', OPTIONS));
    expect(error.message).toBe(`"linked/x.txt" is a symlink to ${outside}/x.txt, outside the workspace; refusing to read it`);
  });

  it('names a dangling symlink by where it points', async () => {
    const ws = await workspace();
    await fs.symlink('nowhere.txt', path.join(ws, 'dangling.txt'));
    const error = await refused(readWorkspaceText(ws, 'dangling.txt', OPTIONS));
    expect(error.message).toBe('"dangling.txt" is a symlink to nowhere.txt, which cannot be resolved (ENOENT)');
  });

  it.each([
    ['a FIFO', async (file: string) => execFileSync('mkfifo', [file]), '"x" is a named pipe (FIFO), not a regular file; point it at the file itself'],
    ['a folder', (file: string) => fs.mkdir(file), '"x" is a folder, not a regular file; point it at the file itself']
  ])('refuses %s by name without blocking', async (_name, make, message) => {
    const ws = await workspace();
    await make(path.join(ws, 'x'));
    const error = await refused(readWorkspaceText(ws, 'x', OPTIONS));
    expect(error.reason).toBe('not-regular');
    expect(error.message).toBe(message);
  });

  it('refuses a file over the cap by its size', async () => {
    const ws = await workspace();
    await fs.writeFile(path.join(ws, 'big'), 'x'.repeat(65));
    const error = await refused(readWorkspaceText(ws, 'big', OPTIONS));
    expect(error.message).toBe('"big" is 65 bytes; a test file may be at most 64 bytes');
  });
});

describe('readRegularFile', () => {
  it('does not follow a symlink swapped in after the path was resolved (O_NOFOLLOW)', async () => {
    const ws = await workspace();
    await fs.writeFile(path.join(ws, 'target'), 'x');
    await fs.symlink('target', path.join(ws, 'link'));
    const error = await refused(readRegularFile(path.join(ws, 'link'), '"link"', 64, 'a test file'));
    expect(error.message).toBe('"link" was replaced by a symlink while being read; refusing to follow it');
  });

  it('a character device is refused, not read', async () => {
    const error = await refused(readRegularFile('/dev/zero', '"zero"', 64, 'a test file'));
    expect(error.message).toBe('"zero" is a character device, not a regular file; point it at the file itself');
  });
});

describe('resolveInside', () => {
  it('returns the real path of a file reached through a link that stays inside', async () => {
    const ws = await workspace();
    await fs.mkdir(path.join(ws, 'real'));
    await fs.writeFile(path.join(ws, 'real/f'), '');
    await fs.symlink('real', path.join(ws, 'alias'));
    expect(await resolveInside(ws, 'alias/f', '"alias/f"')).toBe(path.join(ws, 'real/f'));
  });
});
