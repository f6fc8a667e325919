import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import yazl from 'yazl';
import { checksums } from '../../../src/checks/artifacts/checksums.js';
import { listDistFiles, shownDist } from '../../../src/checks/shared/dist-files.js';
import { sdist } from '../../../src/checks/artifacts/sdist.js';
import { readWheelFiles, wheels } from '../../../src/checks/artifacts/wheels.js';
import { readTarGzMember } from '../../../src/checks/artifacts/sdist.js';
import { artifacts } from '../../../src/gates/artifacts.js';
import { memo, runGate } from '../../../src/engine.js';
import type { GateContext } from '../../../src/gate.js';
import {
  PLATFORM_TAGS,
  SKETCHLOG_PLATFORMS,
  SKETCHLOG_PYTHON,
  sketchlogWheelSpecs,
  wheelFileName,
  writeSdist,
  writeSketchlogDist,
  writeWheel
} from '../../../test-support/python-dist.js';
import { ARTREL_CONFIG, artrelContext, distWorkspace } from '../../helpers/artrel-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const workspaces: string[] = [];
let template: { dist: string; files: string[] };
beforeAll(async () => {
  const { workspace, dist } = await distWorkspace();
  workspaces.push(workspace);
  template = { dist, files: await writeSketchlogDist(dist, '1.3.0-rc.1') };
});
afterAll(async () => {
  await Promise.all(workspaces.map((w) => fs.rm(w, { recursive: true, force: true })));
});

/** A workspace whose dist holds the complete SketchLog release for 1.3.0-rc.1 (1.3.0rc1 in Python): 20 wheels and the sdist. */
async function completeDist(): Promise<{ ctx: GateContext; dist: string; files: string[] }> {
  const { workspace, dist } = await distWorkspace();
  workspaces.push(workspace);
  await fs.cp(template.dist, dist, { recursive: true });
  return { ctx: artrelContext({ workspace }), dist, files: [...template.files] };
}

const wheelOf = (python: string, family: string) => sketchlogWheelSpecs('1.3.0-rc.1').find((s) => s.python === python && s.platform === PLATFORM_TAGS[family])!;

describe('wheels', () => {
  it('passes the full SketchLog matrix and shows it as a table', async () => {
    const { ctx, files } = await completeDist();
    const outcome = await runDeclaredCheck(wheels, ctx);
    expect(outcome).toMatchObject({ status: 'pass' });
    expect(outcome.summary).toContain('20 wheels of sketchlog 1.3.0rc1 fill all 20');
    expect(outcome.table!.columns).toEqual(['interpreter', ...SKETCHLOG_PLATFORMS]);
    expect(outcome.table!.rows.map((r) => r[0])).toEqual(SKETCHLOG_PYTHON);
    const cells = outcome.table!.rows.flatMap((r) => r.slice(1));
    expect(new Set(cells)).toEqual(new Set(files.filter((f) => f.endsWith('.whl'))));
    // Each cell holds the wheel of its row and column.
    expect(outcome.table!.rows[4]![4]).toBe('sketchlog-1.3.0rc1-cp314-cp314-win_amd64.whl');
    expect(outcome.table!.rows[0]![1]).toBe('sketchlog-1.3.0rc1-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl');
  });

  it('fails a missing cell, naming it, and marks it in the matrix', async () => {
    const { ctx, dist } = await completeDist();
    await fs.rm(path.join(dist, wheelFileName(wheelOf('cp312', 'macosx_arm64'))));
    const outcome = await runDeclaredCheck(wheels, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe("missing cp312 × macosx_arm64: no wheel in dist; download that build's artifact or fix the build matrix");
    expect(outcome.table!.rows[2]![3]).toBe('missing');
    expect(outcome.table!.rows.flat().filter((c) => c === 'missing')).toHaveLength(1);
  });

  it('fails a duplicate: two wheels for one cell (another manylinux, a universal2 beside arm64)', async () => {
    const { ctx, dist } = await completeDist();
    const extra = await writeWheel(dist, { version: '1.3.0rc1', python: 'cp311', platform: 'manylinux_2_28_x86_64' });
    const fat = await writeWheel(dist, { version: '1.3.0rc1', python: 'cp313', platform: 'macosx_10_9_universal2' });
    const outcome = await runDeclaredCheck(wheels, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^duplicate cp311 × manylinux_x86_64: .*${extra.replace(/[.]/g, '\\.')}.*keep exactly one`)),
        expect.stringMatching(new RegExp(`^duplicate cp313 × macosx_x86_64: .*${fat.replace(/[.]/g, '\\.')}`)),
        expect.stringMatching(new RegExp(`^duplicate cp313 × macosx_arm64: .*${fat.replace(/[.]/g, '\\.')}`))
      ])
    );
    expect(outcome.details).toHaveLength(3);
    expect(outcome.table!.rows[1]![1]).toMatch(/^duplicate: /);
  });

  it('fails wheels of another version and another project, naming each', async () => {
    const { ctx, dist } = await completeDist();
    const old = await writeWheel(dist, { version: '1.2.0', python: 'cp310', platform: 'win_amd64' });
    const other = await writeWheel(dist, { name: 'sketchbook', version: '1.3.0rc1', python: 'cp310', platform: 'win_amd64' });
    const outcome = await runDeclaredCheck(wheels, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      `${other} is a wheel of project "sketchbook", not sketchlog; remove it from dist (it would be released with 1.3.0rc1)`,
      `${old} is version 1.2.0, not 1.3.0rc1; remove it from dist (it would be released with 1.3.0rc1)`
    ]);
    expect(outcome.summary).toMatch(/^2 wheel problems: sketchbook-1\.3\.0rc1-.*\(and 1 more, see details\)$/);
  });

  it('fails a corrupt zip, naming the file', async () => {
    const { ctx, dist } = await completeDist();
    const victim = wheelFileName(wheelOf('cp311', 'win_amd64'));
    const bytes = await fs.readFile(path.join(dist, victim));
    // Cut the end of central directory off: the zip can no longer be opened.
    await fs.writeFile(path.join(dist, victim), bytes.subarray(0, bytes.length - 30));
    const outcome = await runDeclaredCheck(wheels, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(new RegExp(`^${victim.replace(/[.]/g, '\\.')} is not a readable zip file \\(.+\\); rebuild it$`));
    // The name still fills its cell: the matrix is complete, the file is broken.
    expect(outcome.table!.rows[1]![4]).toBe(victim);
  });

  it('fails a wheel whose entry data is damaged (CRC or size mismatch)', async () => {
    const { ctx, dist } = await completeDist();
    const victim = wheelFileName(wheelOf('cp310', 'win_amd64'));
    const file = path.join(dist, victim);
    const bytes = await fs.readFile(file);
    // yazl stores METADATA compressed; flip bytes inside its data.
    const at = bytes.indexOf(Buffer.from('METADATA')) + 'METADATA'.length + 8;
    for (let i = at; i < at + 8; i++) bytes[i] = bytes[i]! ^ 0xff;
    await fs.writeFile(file, bytes);
    const outcome = await runDeclaredCheck(wheels, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(victim);
    expect(outcome.summary).toMatch(/ is a corrupt zip file \(.+\); rebuild it$/);
  });

  it.each([
    ['METADATA Name', { metadataName: 'sketchbook' }, /METADATA Name is "sketchbook", the file name says sketchlog/],
    ['METADATA Version', { metadataVersion: '1.3.0' }, /METADATA Version is "1\.3\.0", the file name says 1\.3\.0rc1/],
    ['WHEEL Tag', { wheelTags: ['cp310-cp310-manylinux_2_17_x86_64'] }, /WHEEL lacks Tag cp310-cp310-manylinux2014_x86_64/],
    [
      'WHEEL Tag (extra)',
      { wheelTags: ['cp310-cp310-manylinux_2_17_x86_64', 'cp310-cp310-manylinux2014_x86_64', 'cp310-cp310-linux_x86_64'] },
      /has Tag cp310-cp310-linux_x86_64 not in the file name/
    ],
    [
      'dist-info folder',
      { distInfo: 'sketchbook-1.3.0rc1.dist-info' },
      /metadata folder sketchbook-1\.3\.0rc1\.dist-info is not sketchlog-1\.3\.0rc1\.dist-info/
    ]
  ])('fails a wheel whose %s disagrees with its file name', async (_what, override, problem) => {
    const { ctx, dist } = await completeDist();
    const spec = { ...wheelOf('cp310', 'manylinux_x86_64'), ...override };
    await writeWheel(dist, spec); // overwrites the good one
    const outcome = await runDeclaredCheck(wheels, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toHaveLength(1);
    expect(outcome.summary).toMatch(problem);
    expect(outcome.summary.startsWith(wheelFileName(spec))).toBe(true);
  });

  it('accepts METADATA that spells name and version differently but means the same', async () => {
    const { ctx, dist } = await completeDist();
    await writeWheel(dist, { ...wheelOf('cp310', 'manylinux_x86_64'), metadataName: 'SketchLog', metadataVersion: '1.3.0-rc.1' });
    expect((await runDeclaredCheck(wheels, ctx)).status).toBe('pass');
  });

  it('fails a wheel that serves no configured cell and a file that is not a wheel name', async () => {
    const { ctx, dist } = await completeDist();
    const arm = await writeWheel(dist, { version: '1.3.0rc1', python: 'cp312', platform: 'manylinux_2_17_aarch64' });
    await fs.writeFile(path.join(dist, 'sketchlog.whl'), 'x');
    const outcome = await runDeclaredCheck(wheels, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      expect.stringMatching(/^sketchlog\.whl is not a wheel file name .*; remove it from dist or rename it/),
      `${arm} serves no configured interpreter × platform (python cp312, platform manylinux_2_17_aarch64); add them to pypi.python/pypi.platforms or leave it out of dist`
    ]);
  });

  it('refuses a zip with more entries than the bound, without reading them', async () => {
    const { dist } = await distWorkspace();
    workspaces.push(path.dirname(dist));
    const zip = new yazl.ZipFile();
    for (let i = 0; i < 50; i++) zip.addBuffer(Buffer.from('x'), `pkg/f${i}.py`);
    zip.end();
    const file = path.join(dist, 'many.whl');
    await pipeline(zip.outputStream, createWriteStream(file));
    await expect(readWheelFiles(file, { maxEntries: 10, maxMetadataBytes: 1000 })).rejects.toThrow('has 50 zip entries; at most 10 are accepted');
  });

  it('refuses a METADATA that inflates past the bound (a zip bomb)', async () => {
    const { dist } = await distWorkspace();
    workspaces.push(path.dirname(dist));
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.alloc(5 * 1024 * 1024, 'A'), 'x-1.dist-info/METADATA');
    zip.addBuffer(Buffer.from('Tag: py3-none-any\n'), 'x-1.dist-info/WHEEL');
    zip.end();
    const file = path.join(dist, 'bomb.whl');
    await pipeline(zip.outputStream, createWriteStream(file));
    expect((await fs.stat(file)).size).toBeLessThan(64 * 1024);
    await expect(readWheelFiles(file, { maxEntries: 10, maxMetadataBytes: 1024 * 1024 })).rejects.toThrow(/METADATA declares 5242880 bytes; at most 1048576/);
  });

  it('fails when dist is missing or holds no wheels', async () => {
    const { workspace, dist } = await distWorkspace();
    workspaces.push(workspace);
    const ctx = artrelContext({ workspace });
    expect(await runDeclaredCheck(wheels, ctx)).toMatchObject({ status: 'fail', summary: expect.stringMatching(/^no wheels \(\*\.whl\) in dist; download/) });
    await fs.rm(dist, { recursive: true });
    // The missing folder is stated by the helper (CheckFailed); the engine makes it the check's summary.
    // A new gate run (fresh ctx.once): the dist listing is shared within one run only.
    const run = await runGate({ id: 'artifacts', title: 'wheels only', checks: [wheels] }, { ...ctx, once: memo() }, []);
    expect(run.checks[0]).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(/^dist folder dist does not exist; download the wheel and sdist artifacts/)
    });
  });

  it('fails when the pypi section is missing and skips when it is turned off', async () => {
    const { ctx } = await completeDist();
    const { pypi: _pypi, ...withoutPypi } = ARTREL_CONFIG;
    const missing = artrelContext({ workspace: ctx.settings.workspace, config: withoutPypi });
    expect(await runDeclaredCheck(wheels, missing)).toMatchObject({ status: 'fail', summary: expect.stringContaining('no "pypi" section') });
    const off = artrelContext({ workspace: ctx.settings.workspace, config: { ...withoutPypi, pypi: false } });
    expect(await runDeclaredCheck(sdist, off)).toMatchObject({ status: 'skip' });
  });
});

describe('sdist', () => {
  it('passes the one PEP 625 sdist whose PKG-INFO agrees', async () => {
    const { ctx } = await completeDist();
    expect(await runDeclaredCheck(sdist, ctx)).toEqual({
      status: 'pass',
      summary: 'sketchlog-1.3.0rc1.tar.gz is the one sdist, and its PKG-INFO says sketchlog 1.3.0rc1'
    });
  });

  it.each([
    ['Name', { pkgInfoName: 'sketchbook' }, 'sketchlog-1.3.0rc1.tar.gz: PKG-INFO Name is "sketchbook", expected sketchlog'],
    ['Version', { pkgInfoVersion: '1.3.0' }, 'sketchlog-1.3.0rc1.tar.gz: PKG-INFO Version is "1.3.0", expected 1.3.0rc1'],
    [
      'presence',
      { noPkgInfo: true },
      'sketchlog-1.3.0rc1.tar.gz has no sketchlog-1.3.0rc1/PKG-INFO; build the sdist with a standard build backend (python -m build --sdist)'
    ],
    [
      'folder',
      { topDir: 'sketchlog' },
      'sketchlog-1.3.0rc1.tar.gz has no sketchlog-1.3.0rc1/PKG-INFO; build the sdist with a standard build backend (python -m build --sdist)'
    ]
  ])('fails when PKG-INFO %s disagrees', async (_what, override, summary) => {
    const { ctx, dist } = await completeDist();
    await writeSdist(dist, { version: '1.3.0rc1', ...override });
    expect(await runDeclaredCheck(sdist, ctx)).toMatchObject({ status: 'fail', summary });
  });

  it('fails a missing sdist, a non-normalised spelling and a stray tarball, each named', async () => {
    const { ctx, dist } = await completeDist();
    await fs.rm(path.join(dist, 'sketchlog-1.3.0rc1.tar.gz'));
    await writeSdist(dist, { version: '1.3.0rc1', fileName: 'SketchLog-1.3.0rc1.tar.gz' });
    await writeSdist(dist, { version: '1.2.0' });
    const outcome = await runDeclaredCheck(sdist, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      'no sdist sketchlog-1.3.0rc1.tar.gz in dist; download the sdist build artifact into it before this gate',
      'SketchLog-1.3.0rc1.tar.gz is not spelled as PEP 625 requires; rename it to sketchlog-1.3.0rc1.tar.gz (current build backends write that name)',
      'sketchlog-1.2.0.tar.gz is not the sdist of sketchlog 1.3.0rc1 (sketchlog-1.3.0rc1.tar.gz); remove it from dist'
    ]);
  });

  it('fails an sdist that is not gzip, or is truncated', async () => {
    const { ctx, dist } = await completeDist();
    const file = path.join(dist, 'sketchlog-1.3.0rc1.tar.gz');
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.length - 20));
    expect(await runDeclaredCheck(sdist, ctx)).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(/^sketchlog-1\.3\.0rc1\.tar\.gz is not a readable gzip-compressed tar archive \(.+\); rebuild it$/)
    });
    await fs.writeFile(file, '<html>not found</html>');
    expect((await runDeclaredCheck(sdist, ctx)).summary).toMatch(/is not a readable gzip-compressed tar archive/);
  });

  it('stops inflating at the bound (a gzip bomb)', async () => {
    const { dist } = await distWorkspace();
    workspaces.push(path.dirname(dist));
    const file = path.join(dist, 'bomb.tar.gz');
    await pipeline(
      Readable.from(
        (function* () {
          for (let i = 0; i < 64; i++) yield Buffer.alloc(1024 * 1024);
        })()
      ),
      createGzip(),
      createWriteStream(file)
    );
    await expect(readTarGzMember(file, 'x/PKG-INFO', { maxEntries: 10, maxInflatedBytes: 8 * 1024 * 1024, maxPkgInfoBytes: 1024 })).rejects.toThrow(
      /inflates past 8388608 bytes/
    );
  });
});

describe('checksums', () => {
  const sha256sum = (dir: string, names: string[]) => execFileSync('sha256sum', names, { cwd: dir, encoding: 'utf8' });

  it('writes SHA256SUMS over every release file, as sha256sum would, and sets the checksums output', async () => {
    const { ctx, dist, files } = await completeDist();
    await fs.writeFile(path.join(dist, 'sketchlog-1.3.0rc1.spdx.json'), '{"spdxVersion":"SPDX-2.3"}');
    await fs.writeFile(path.join(dist, '.hidden'), 'not a release file');
    const outcome = await runDeclaredCheck(checksums, ctx);
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('wrote dist/SHA256SUMS over 22 release files');
    expect(outcome.outputs).toEqual({ checksums: path.join(dist, 'SHA256SUMS') });
    const names = [...files, 'sketchlog-1.3.0rc1.spdx.json'].sort();
    expect(await fs.readFile(path.join(dist, 'SHA256SUMS'), 'utf8')).toBe(sha256sum(dist, names));
    expect(outcome.table!.rows).toHaveLength(22);
    // Nothing else was left behind (no temp file).
    expect((await fs.readdir(dist)).sort()).toEqual(['.hidden', 'SHA256SUMS', ...names].sort());
  });

  it('verifies an existing SHA256SUMS instead of rewriting it', async () => {
    const { ctx, dist, files } = await completeDist();
    const text = sha256sum(dist, files);
    await fs.writeFile(path.join(dist, 'SHA256SUMS'), text);
    const before = await fs.stat(path.join(dist, 'SHA256SUMS'));
    const outcome = await runDeclaredCheck(checksums, ctx);
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: 'dist/SHA256SUMS matches all 21 release files',
      outputs: { checksums: path.join(dist, 'SHA256SUMS') }
    });
    expect((await fs.stat(path.join(dist, 'SHA256SUMS'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('fails a tampered file, a missing entry and an extra entry, each named', async () => {
    const { ctx, dist, files } = await completeDist();
    await fs.writeFile(
      path.join(dist, 'SHA256SUMS'),
      sha256sum(
        dist,
        files.filter((f) => f !== files[3])
      ) + `${'0'.repeat(64)}  gone.whl\n`
    );
    await fs.appendFile(path.join(dist, files[0]!), 'tampered');
    const outcome = await runDeclaredCheck(checksums, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      expect.stringMatching(
        new RegExp(`^${files[0]!.replace(/[.]/g, '\\.')} does not match dist/SHA256SUMS: the file hashes to [0-9a-f]{64}, the list says [0-9a-f]{64}$`)
      ),
      `${files[3]} is in dist but not listed in dist/SHA256SUMS`,
      'dist/SHA256SUMS lists gone.whl, which is not in dist'
    ]);
    expect(outcome.summary).toMatch(/^3 checksum problems: .*; re-download the files, or delete dist\/SHA256SUMS to have it written afresh$/);
    expect(outcome.outputs).toBeUndefined();
  });

  it('fails a checksum file that is not sha256sum lines (an HTML page)', async () => {
    const { ctx, dist } = await completeDist();
    await fs.writeFile(path.join(dist, 'SHA256SUMS'), '<!DOCTYPE html>\n<title>404</title>');
    expect(await runDeclaredCheck(checksums, ctx)).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(/^dist\/SHA256SUMS is an HTML page.*; delete it to have this gate write it/)
    });
  });

  it('refuses a checksum name that is a path', async () => {
    const { ctx } = await completeDist();
    const bad = artrelContext({
      workspace: ctx.settings.workspace,
      config: { ...ARTREL_CONFIG, release: { ...ARTREL_CONFIG.release, checksum: '../SHA256SUMS' } }
    });
    expect(await runDeclaredCheck(checksums, bad)).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('release.checksum "../SHA256SUMS" must be a plain file name in dist')
    });
  });

  it('fails an empty dist rather than writing an empty list', async () => {
    const { workspace } = await distWorkspace();
    workspaces.push(workspace);
    expect(await runDeclaredCheck(checksums, artrelContext({ workspace }))).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('holds no release files')
    });
  });
});

describe('dist folder', () => {
  it('shows a dist folder named ..foo inside the workspace relative to it, and one outside as an absolute path', async () => {
    const { ctx } = await completeDist();
    const { workspace } = ctx.settings;
    const at = (distDir: string) => shownDist({ ...ctx, settings: { ...ctx.settings, distDir } });
    expect(at(path.join(workspace, '..foo'))).toBe('..foo');
    expect(at(path.join(workspace, '..foo', 'dist'))).toBe(path.join('..foo', 'dist'));
    expect(at(workspace)).toBe('.');
    expect(at(path.join(workspace, '..', 'elsewhere'))).toBe(path.join(path.dirname(workspace), 'elsewhere'));
  });

  it('lists dist once per gate run, so checksums writing its file does not change what the other checks see', async () => {
    const { ctx, files } = await completeDist();
    const shared = { ...ctx, once: memo() };
    const first = await listDistFiles(shared);
    expect(first).toEqual([...files].sort());
    expect(await runDeclaredCheck(checksums, shared)).toMatchObject({ status: 'pass', summary: `wrote dist/SHA256SUMS over ${files.length} release files` });
    expect(await listDistFiles(shared)).toBe(first);
    // A new gate run reads the folder afresh.
    expect(await listDistFiles({ ...ctx, once: memo() })).toContain('SHA256SUMS');
  });

  it('gives every check the same failure when dist is missing', async () => {
    const { workspace } = await distWorkspace();
    workspaces.push(workspace);
    const ctx = artrelContext({ workspace });
    const run = await runGate(artifacts, { ...ctx, settings: { ...ctx.settings, distDir: path.join(workspace, 'gone') } }, []);
    const message = 'dist folder gone does not exist; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input';
    expect(run.checks.map((c) => [c.id, c.status, c.summary])).toEqual([
      ['wheels', 'fail', message],
      ['sdist', 'fail', message],
      ['checksums', 'fail', message]
    ]);
  });
});

describe('artifacts gate', () => {
  it('runs wheels, sdist and checksums in contract order and passes a complete dist', async () => {
    const { ctx } = await completeDist();
    expect(artifacts.checks.map((c) => c.id)).toEqual(['wheels', 'sdist', 'checksums']);
    const run = await runGate(artifacts, { ...ctx, once: memo() }, []);
    expect(run.checks.map((c) => [c.id, c.status])).toEqual([
      ['wheels', 'pass'],
      ['sdist', 'pass'],
      ['checksums', 'pass']
    ]);
    expect(run.result).toBe('pass');
  });
});
