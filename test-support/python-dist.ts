/**
 * Real Python release files for tests: wheels (zip, via yazl) with a real
 * `*.dist-info/METADATA`, `WHEEL` and `RECORD`, and sdists (tar.gz, via
 * tar-stream and zlib) with a real top-level `PKG-INFO` — the layout pip,
 * twine and PyPI read. Each part can be made wrong on purpose.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import * as tar from 'tar-stream';
import yazl from 'yazl';
import { semverToPep440 } from '../src/version.js';

export const SKETCHLOG_PYTHON = ['cp310', 'cp311', 'cp312', 'cp313', 'cp314'];
export const SKETCHLOG_PLATFORMS = ['manylinux_x86_64', 'macosx_x86_64', 'macosx_arm64', 'win_amd64'];

/** Realistic platform tags as cibuildwheel names them, per configured family. */
export const PLATFORM_TAGS: Record<string, string> = {
  manylinux_x86_64: 'manylinux_2_17_x86_64.manylinux2014_x86_64',
  macosx_x86_64: 'macosx_10_9_x86_64',
  macosx_arm64: 'macosx_11_0_arm64',
  win_amd64: 'win_amd64'
};

export interface WheelSpec {
  /** Distribution name as written in the file name (default sketchlog). */
  name?: string;
  /** PEP 440 version in the file name. */
  version: string;
  build?: string;
  python: string;
  abi?: string;
  platform: string;
  /** What METADATA says (default: the file name's). */
  metadataName?: string;
  metadataVersion?: string;
  /** What WHEEL lists as Tag lines (default: the file name's tags expanded). */
  wheelTags?: string[];
  /** Name of the .dist-info folder (default `{name}-{version}.dist-info`). */
  distInfo?: string;
}

export function wheelFileName(spec: WheelSpec): string {
  const parts = [spec.name ?? 'sketchlog', spec.version, ...(spec.build ? [spec.build] : []), spec.python, spec.abi ?? spec.python, spec.platform];
  return `${parts.join('-')}.whl`;
}

function recordHash(data: Buffer): string {
  return `sha256=${createHash('sha256').update(data).digest('base64url')}`;
}

/** Writes a wheel into `dir`; returns its file name. */
export async function writeWheel(dir: string, spec: WheelSpec): Promise<string> {
  const file = wheelFileName(spec);
  const name = spec.name ?? 'sketchlog';
  const abi = spec.abi ?? spec.python;
  const distInfo = spec.distInfo ?? `${name}-${spec.version}.dist-info`;
  const tags = spec.wheelTags ?? spec.python.split('.').flatMap((py) => abi.split('.').flatMap((a) => spec.platform.split('.').map((p) => `${py}-${a}-${p}`)));
  const files: Array<[string, Buffer]> = [
    ['sketchlog/__init__.py', Buffer.from(`"""SketchLog."""\n\n__version__ = "${spec.version}"\n`)],
    [`sketchlog/_native.${spec.python}-${spec.platform.split('.')[0]}.so`, Buffer.from(`\x7fELF native code for ${spec.python} ${spec.platform}\n`)],
    [
      `${distInfo}/METADATA`,
      Buffer.from(
        [
          'Metadata-Version: 2.4',
          `Name: ${spec.metadataName ?? name}`,
          `Version: ${spec.metadataVersion ?? spec.version}`,
          'Summary: Collaborative sketch logging',
          'Requires-Python: >=3.10',
          'License-Expression: MIT',
          'Description-Content-Type: text/markdown',
          '',
          '# SketchLog',
          '',
          'Name: not-a-header (the body must not be read as headers)',
          ''
        ].join('\n')
      )
    ],
    [
      `${distInfo}/WHEEL`,
      Buffer.from(['Wheel-Version: 1.0', 'Generator: release-gates-tests (1.0)', 'Root-Is-Purelib: false', ...tags.map((t) => `Tag: ${t}`), ''].join('\n'))
    ]
  ];
  const record = [...files.map(([p, data]) => `${p},${recordHash(data)},${data.length}`), `${distInfo}/RECORD,,`, ''].join('\n');
  files.push([`${distInfo}/RECORD`, Buffer.from(record)]);

  const zip = new yazl.ZipFile();
  for (const [p, data] of files) zip.addBuffer(data, p, { mtime: new Date('2026-11-20T10:00:00Z') });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path.join(dir, file)));
  return file;
}

export interface SdistSpec {
  project?: string;
  version: string;
  /** File name (default: the PEP 625 name). */
  fileName?: string;
  /** Top-level folder (default: the file name without .tar.gz). */
  topDir?: string;
  pkgInfoName?: string;
  pkgInfoVersion?: string;
  /** Leave PKG-INFO out. */
  noPkgInfo?: boolean;
}

export function sdistName(project: string, version: string): string {
  return `${project.replace(/[-_.]+/g, '_').toLowerCase()}-${version}.tar.gz`;
}

/** Writes an sdist into `dir`; returns its file name. */
export async function writeSdist(dir: string, spec: SdistSpec): Promise<string> {
  const project = spec.project ?? 'sketchlog';
  const file = spec.fileName ?? sdistName(project, spec.version);
  const top = spec.topDir ?? file.slice(0, -'.tar.gz'.length);
  const pack = tar.pack();
  const mtime = new Date('2026-11-20T10:00:00Z');
  const add = (name: string, content: string) => pack.entry({ name: `${top}/${name}`, mtime, mode: 0o644 }, content);
  add('pyproject.toml', `[project]\nname = "${project}"\nversion = "${spec.version}"\n`);
  add('sketchlog/__init__.py', `__version__ = "${spec.version}"\n`);
  if (!spec.noPkgInfo) {
    add(
      'PKG-INFO',
      [
        'Metadata-Version: 2.4',
        `Name: ${spec.pkgInfoName ?? project}`,
        `Version: ${spec.pkgInfoVersion ?? spec.version}`,
        'Summary: Collaborative sketch logging',
        '',
        '# SketchLog',
        ''
      ].join('\n')
    );
  }
  add('README.md', '# SketchLog\n');
  pack.finalize();
  await pipeline(pack, createGzip(), createWriteStream(path.join(dir, file)));
  return file;
}

/** The full SketchLog wheel matrix for a SemVer release version: interpreters × platforms. */
export function sketchlogWheelSpecs(semverVersion: string): WheelSpec[] {
  const version = semverToPep440(semverVersion)!;
  return SKETCHLOG_PYTHON.flatMap((python) => SKETCHLOG_PLATFORMS.map((family) => ({ version, python, platform: PLATFORM_TAGS[family]! })));
}

/** Writes every wheel of the matrix and the sdist into `dir`; returns the file names. */
export async function writeSketchlogDist(dir: string, semverVersion: string): Promise<string[]> {
  const files = [];
  for (const spec of sketchlogWheelSpecs(semverVersion)) files.push(await writeWheel(dir, spec));
  files.push(await writeSdist(dir, { version: semverToPep440(semverVersion)! }));
  return files;
}
