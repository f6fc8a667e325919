import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { checksums } from '../../../src/checks/artifacts/checksums.js';
import { wheels } from '../../../src/checks/artifacts/wheels.js';
import { listDistFiles } from '../../../src/checks/shared/dist-files.js';
import { memo, runGate } from '../../../src/engine.js';
import { CheckFailed, type Check, type GateContext } from '../../../src/gate.js';
import { artifacts } from '../../../src/gates/artifacts.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { artrelContext, distWorkspace } from '../../helpers/artrel-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const workspaces: string[] = [];
afterAll(async () => {
  removeTempDirs();
  for (const dir of workspaces) await fs.rm(dir, { recursive: true, force: true });
});

/** distWorkspace, removed after the tests. */
async function freshDist() {
  const made = await distWorkspace();
  workspaces.push(made.workspace);
  return made;
}

const WHEEL = 'sketchlog-1.3.0rc1-cp312-cp312-win_amd64.whl';

/** A check's verdict as the engine records it: a CheckFailed thrown from a helper is a one-line failure. */
async function verdict(check: Check, ctx: GateContext) {
  try {
    return await runDeclaredCheck(check, ctx);
  } catch (error) {
    if (error instanceof CheckFailed) return { status: 'fail', summary: error.message };
    throw error;
  }
}

async function withDist(setup: (dist: string) => Promise<void>) {
  const { workspace, dist } = await freshDist();
  await fs.writeFile(path.join(dist, 'sketchlog-1.3.0rc1.tar.gz'), 'not really');
  await setup(dist);
  return { workspace, dist, ctx: artrelContext({ workspace }) };
}

describe('dist is confined to the workspace and holds regular files only', () => {
  it('a dist that is a symlink to an outside folder fails every check, and nothing is written there', async () => {
    const outside = await fs.realpath(tempDir('rg-outside-dist-'));
    await fs.writeFile(path.join(outside, 'secret.txt'), 'outside');
    const { workspace } = await freshDist();
    await fs.rm(path.join(workspace, 'dist'), { recursive: true });
    await fs.symlink(outside, path.join(workspace, 'dist'));
    const ctx = artrelContext({ workspace });
    const run = await runGate(artifacts, { ...ctx, once: memo() }, []);
    const message = `dist folder dist is a symlink to ${outside}, outside the workspace; refusing to read it; set the "dist" input to a folder inside the workspace`;
    expect(run.checks.map((c) => [c.id, c.status, c.summary])).toEqual([
      ['wheels', 'fail', message],
      ['sdist', 'fail', message],
      ['checksums', 'fail', message]
    ]);
    expect(await fs.readdir(outside)).toEqual(['secret.txt']);
  });

  it('a release file that is a symlink to /etc/hostname fails by name and is not hashed', async () => {
    const { ctx, dist } = await withDist((d) => fs.symlink('/etc/hostname', path.join(d, 'hostname.txt')));
    const outcome = await verdict(checksums, ctx);
    expect(outcome).toEqual({
      status: 'fail',
      summary: 'hostname.txt in dist is a symlink to /etc/hostname, outside the workspace; refusing to read it; copy the file into dist instead'
    });
    await expect(fs.stat(path.join(dist, 'SHA256SUMS'))).rejects.toThrow(/ENOENT/);
  });

  it('a .whl that is a FIFO fails by name at once instead of being skipped', async () => {
    const { ctx } = await withDist(async (d) => {
      execFileSync('mkfifo', [path.join(d, WHEEL)]);
    });
    await expect(listDistFiles(ctx)).rejects.toThrow(`${WHEEL} in dist is a named pipe (FIFO), not a release file; remove it`);
    expect(await verdict(wheels, { ...ctx, once: memo() })).toEqual({
      status: 'fail',
      summary: `${WHEEL} in dist is a named pipe (FIFO), not a release file; remove it`
    });
  });

  it('a .whl that is a symlink to /dev/zero fails by name', async () => {
    const { ctx } = await withDist((d) => fs.symlink('/dev/zero', path.join(d, WHEEL)));
    const outcome = await verdict(wheels, ctx);
    expect(outcome).toEqual({
      status: 'fail',
      summary: `${WHEEL} in dist is a symlink to /dev/zero, outside the workspace; refusing to read it; copy the file into dist instead`
    });
  });

  it('a link inside the workspace to a file is a release file; one to a folder is skipped like a folder', async () => {
    const { ctx } = await withDist(async (d) => {
      const workspace = path.dirname(d);
      await fs.writeFile(path.join(workspace, 'built.txt'), 'x');
      await fs.mkdir(path.join(workspace, 'folder'));
      await fs.symlink('../built.txt', path.join(d, 'built.txt'));
      await fs.symlink('../folder', path.join(d, 'folder'));
    });
    expect(await listDistFiles(ctx)).toEqual(['built.txt', 'sketchlog-1.3.0rc1.tar.gz']);
  });

  it('several bad entries are counted, the first named', async () => {
    const { ctx } = await withDist(async (d) => {
      execFileSync('mkfifo', [path.join(d, 'a.whl')]);
      await fs.symlink('/dev/null', path.join(d, 'b.whl'));
    });
    await expect(listDistFiles(ctx)).rejects.toThrow(
      /^2 dist entry problems: a\.whl in dist is a named pipe \(FIFO\), not a release file; remove it \(and 1 more, see details\)$/
    );
  });

  it('a checksum file that is a link to a device is refused by name (it is listed as a bad entry)', async () => {
    const { ctx } = await withDist((d) => fs.symlink('/dev/zero', path.join(d, 'SHA256SUMS')));
    const outcome = await verdict(checksums, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('SHA256SUMS in dist is a symlink to /dev/zero, outside the workspace; refusing to read it; copy the file into dist instead');
  });
});
