/**
 * The artifacts gate end to end: the bundle runs as a separate process, the way
 * the runner starts it, over a dist folder of real wheels (zips with METADATA,
 * WHEEL and RECORD) and a real sdist (tar.gz with PKG-INFO).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { removeTempDirs, tempDir, writeFiles } from '../test-support/git-repo.js';
import {
  PLATFORM_TAGS,
  SKETCHLOG_PLATFORMS,
  SKETCHLOG_PYTHON,
  sketchlogWheelSpecs,
  wheelFileName,
  writeSdist,
  writeSketchlogDist,
  writeWheel
} from '../test-support/python-dist.js';
import { runAction, type ActionResult, summaryText } from '../test-support/run-action.js';
import { configYaml, sketchlogConfig } from '../test-support/sketchlog.js';

const TOKEN = 'ghs_ArtifactsProcessTestToken0123456789';
const SHA = '5eed'.padEnd(40, '7');
const VERSION = '1.3.0-rc.1';
const PEP440 = '1.3.0rc1';

let template: { dist: string; files: string[] };
beforeAll(async () => {
  const dist = tempDir('rg-dist-template-');
  template = { dist, files: await writeSketchlogDist(dist, VERSION) };
});
afterAll(() => removeTempDirs());

/** A workspace with the SketchLog config and a dist holding the complete release. */
async function workspace(config = sketchlogConfig()): Promise<{ dir: string; dist: string; files: string[] }> {
  const dir = tempDir('rg-artifacts-');
  writeFiles(dir, { '.github/release-gates.yml': configYaml(config) });
  const dist = path.join(dir, 'dist');
  await fs.cp(template.dist, dist, { recursive: true });
  return { dir, dist, files: [...template.files] };
}

async function artifacts(dir: string, tag = `v${VERSION}`): Promise<ActionResult> {
  const result = await runAction({ workspace: dir, sha: SHA, ref: `refs/tags/${tag}`, inputs: { gate: 'artifacts', token: TOKEN } });
  // The runner learns the token through ::add-mask:: (once); nothing else may carry it.
  expect(result.everything.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN);
  expect(result.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return result;
}

/** The wheel matrix from the summary: rows of cells, as rendered in the HTML table. */
function summaryMatrix(result: ActionResult): string[][] {
  const decoded = result.summary.replace(/<wbr>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  const table = /<table>(<tr><th>interpreter<\/th>.*?)<\/table>/s.exec(decoded)![1]!;
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => [...row[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/gs)].map((c) => c[1]!.trim()));
}

describe('artifacts process', () => {
  it('passes a complete SketchLog dist, writes SHA256SUMS and shows the matrix', async () => {
    const { dir, dist, files } = await workspace();
    const result = await artifacts(dir);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '', version: VERSION, kind: 'release', checksums: path.join(dist, 'SHA256SUMS') });
    expect(result.report!.checks.map((c) => [c.id, c.status])).toEqual([
      ['wheels', 'pass'],
      ['sdist', 'pass'],
      ['checksums', 'pass']
    ]);
    // The file the action wrote is what sha256sum writes over the same files.
    expect(await fs.readFile(result.outputs.checksums!, 'utf8')).toBe(execFileSync('sha256sum', [...files].sort(), { cwd: dist, encoding: 'utf8' }));
    expect(execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: dist, encoding: 'utf8' })).not.toContain('FAILED');

    const matrix = summaryMatrix(result);
    expect(matrix[0]).toEqual(['interpreter', ...SKETCHLOG_PLATFORMS]);
    expect(matrix.slice(1).map((r) => r[0])).toEqual(SKETCHLOG_PYTHON);
    SKETCHLOG_PYTHON.forEach((python, i) =>
      SKETCHLOG_PLATFORMS.forEach((family, j) => {
        expect(matrix[i + 1]![j + 1]).toBe(wheelFileName({ version: PEP440, python, platform: PLATFORM_TAGS[family]! }));
      })
    );
    expect(summaryText(result)).toContain(`sketchlog-${PEP440}.tar.gz is the one sdist, and its PKG-INFO says sketchlog ${PEP440}`);
  });

  it('names every defect: missing cell, duplicate, other version, other project, corrupt zip, METADATA, PKG-INFO', async () => {
    const { dir, dist } = await workspace();
    const spec = (python: string, family: string) => sketchlogWheelSpecs(VERSION).find((s) => s.python === python && s.platform === PLATFORM_TAGS[family])!;
    const missing = wheelFileName(spec('cp314', 'win_amd64'));
    await fs.rm(path.join(dist, missing));
    const duplicate = await writeWheel(dist, { version: PEP440, python: 'cp313', platform: 'manylinux_2_28_x86_64' });
    const oldVersion = await writeWheel(dist, { version: '1.2.3', python: 'cp310', platform: 'win_amd64' });
    const otherProject = await writeWheel(dist, { name: 'sketchbook', version: PEP440, python: 'cp310', platform: 'win_amd64' });
    const corrupt = wheelFileName(spec('cp311', 'macosx_x86_64'));
    await fs.writeFile(path.join(dist, corrupt), 'PK\u0003\u0004 not really a zip');
    const lying = await writeWheel(dist, { ...spec('cp312', 'macosx_arm64'), metadataVersion: '1.3.0' });
    await writeSdist(dist, { version: PEP440, pkgInfoName: 'sketch-book' });

    const result = await artifacts(dir);
    expect(result.exitCode).not.toBe(0);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'wheels,sdist' });
    expect(result.outputs.checksums).toEqual(path.join(dist, 'SHA256SUMS'));
    expect(result.stdout).toContain('::error::release-gates artifacts: 2 checks failed: wheels, sdist');

    const wheels = result.check('wheels')!;
    expect(wheels.summary).toMatch(/^6 wheel problems: duplicate cp313 × manylinux_x86_64: /);
    const expected = [
      expect.stringMatching(new RegExp(`^duplicate cp313 × manylinux_x86_64: .*${duplicate.replace(/\./g, '\\.')}; keep exactly one`)),
      `missing cp314 × win_amd64: no wheel in dist; download that build's artifact or fix the build matrix`,
      `${otherProject} is a wheel of project "sketchbook", not sketchlog; remove it from dist (it would be released with ${PEP440})`,
      `${oldVersion} is version 1.2.3, not ${PEP440}; remove it from dist (it would be released with ${PEP440})`,
      expect.stringMatching(new RegExp(`^${corrupt.replace(/\./g, '\\.')} is not a readable zip file \\(.+\\); rebuild it$`)),
      `${lying}: METADATA Version is "1.3.0", the file name says ${PEP440}`
    ];
    expect(wheels.details.slice(0, expected.length)).toEqual(expected);
    expect(result.check('sdist')!.summary).toBe(`sketchlog-${PEP440}.tar.gz: PKG-INFO Name is "sketch-book", expected sketchlog`);

    const matrix = summaryMatrix(result);
    expect(matrix[5]![4]).toBe('missing');
    expect(matrix[4]![1]).toMatch(/^duplicate: /);
    const text = summaryText(result);
    expect(text).toContain('release-gates artifacts: 2 checks failed: wheels, sdist');
    expect(text).toContain(`${lying}: METADATA Version is "1.3.0"`);
  });

  it('verifies an existing SHA256SUMS: a tampered file and a missing entry fail, naming them', async () => {
    const { dir, dist, files } = await workspace();
    const tampered = 'sketchlog-1.3.0rc1.spdx.json';
    await fs.writeFile(path.join(dist, tampered), '{"spdxVersion":"SPDX-2.3","packages":[]}\n');
    const unlisted = files[7]!;
    await fs.writeFile(
      path.join(dist, 'SHA256SUMS'),
      execFileSync(
        'sha256sum',
        [...files, tampered].filter((f) => f !== unlisted),
        { cwd: dist, encoding: 'utf8' }
      )
    );
    await fs.writeFile(path.join(dist, tampered), '{"spdxVersion":"SPDX-2.3","packages":[{"name":"evil"}]}\n');
    const before = await fs.readFile(path.join(dist, 'SHA256SUMS'), 'utf8');

    const result = await artifacts(dir);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'checksums' });
    expect(result.outputs.checksums).toBeUndefined();
    const check = result.check('checksums')!;
    const hashOf = (text: string) => text.slice(0, 64);
    const listedHash = hashOf(before.split('\n').find((l) => l.endsWith(`  ${tampered}`))!);
    const actualHash = hashOf(execFileSync('sha256sum', [tampered], { cwd: dist, encoding: 'utf8' }));
    expect(check.details.slice(0, 2)).toEqual([
      `${unlisted} is in dist but not listed in dist/SHA256SUMS`,
      `${tampered} does not match dist/SHA256SUMS: the file hashes to ${actualHash}, the list says ${listedHash}`
    ]);
    // Verifying never rewrites the file.
    expect(await fs.readFile(path.join(dist, 'SHA256SUMS'), 'utf8')).toBe(before);
  });

  it('fails each check with one clear line when dist is missing, and when the release section is missing', async () => {
    const { pypi: _pypi, release: _release, ...rest } = sketchlogConfig();
    const { dir, dist } = await workspace({ ...rest, pypi: sketchlogConfig().pypi });
    await fs.rm(dist, { recursive: true });
    const result = await artifacts(dir);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'wheels,sdist,checksums' });
    expect(result.check('wheels')!.summary).toBe(
      'dist folder dist does not exist; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input'
    );
    expect(result.check('checksums')!.summary).toBe(
      'config has no "release" section, which checksums needs; add it, or set "release: false" to turn this check off'
    );
  });
});
