import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseConfig } from '../../src/config.js';
import { BumpRefused, applyBump, planBump, type BumpPlan } from '../../src/maintainer/bump.js';
import { removeTempDirs, tempDir, writeFiles } from '../../test-support/git-repo.js';

afterAll(removeTempDirs);

const TODAY = '2026-11-30';

/** A config with these `versions` entries (YAML flow mappings, one a line) and changelog. */
function config(entries: string[], changelog: string | false = false) {
  const lines = ['tags: { release: "v{version}" }', 'versions:', ...entries.map((e) => `  - ${e}`)];
  if (changelog !== false) lines.push(`changelog: ${changelog}`);
  return parseConfig(lines.join('\n'), 'test');
}

function workspaceWith(files: Record<string, string>): string {
  const dir = tempDir('rg-bump-');
  writeFiles(dir, files);
  return dir;
}

async function readAll(dir: string, files: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of files) out[file] = await fs.readFile(path.join(dir, file), 'utf8');
  return out;
}

async function bump(files: Record<string, string>, entries: string[], version: string, changelog: string | false = false) {
  const workspace = workspaceWith(files);
  const plan = await planBump({ workspace, config: config(entries, changelog), version, today: TODAY });
  await applyBump(workspace, plan);
  return { plan, after: await readAll(workspace, Object.keys(files)) };
}

async function refusal(promise: Promise<unknown>): Promise<BumpRefused> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  if (!(error instanceof BumpRefused)) throw new Error(`expected a BumpRefused, got ${String(error)}`);
  return error;
}

// Each fixture takes the value that bump must change; every other version-like text in it is fixed.
const pyproject = (v: string) => `# SketchLog: collaborative sketches
[build-system]
requires = ["hatchling>=1.2.2"]
build-backend = "hatchling.build"

[tool.legacy]
version = "1.2.2"   # not the project version

[project]
name = "sketchlog"   # the PyPI name
version = "${v}"  # written by release-gates bump
dependencies = [
  "attrs==1.2.2",
]

[tool.sketchlog.plugin]
version = '1.2.2'
`;

const pyprojectLiteral = (v: string) => `[project]\nname = 'sketchlog'\nversion = '${v}'\n`;

const packageJson2 = (v: string) => `{
  "name": "@sketchlog/client",
  "config": {
    "version": "1.2.2"
  },
  "dependencies": {
    "@sketchlog/wasm": "1.2.2"
  },
  "version": "${v}",
  "private": false
}
`;

// 4 spaces, CRLF, odd spacing after the colon, no trailing newline.
const packageJson4Crlf = (v: string) =>
  [
    '{',
    '    "version":  "' + v + '",',
    '    "name": "@sketchlog/react",',
    '    "peerDependencies": {',
    '        "@sketchlog/client": "1.2.2"',
    '    }',
    '}'
  ].join('\r\n');

const chart = (v: string, app: string) => `# Chart for SketchLog
apiVersion: v2
name: sketchlog
description: "SketchLog server"  # shown by helm search
type: application
version: ${v} # chart version
appVersion: "${app}"
dependencies:
  - name: redis
    version: 1.2.2
    repository: oci://example.test/charts
`;

const chartOtherQuoting = (v: string, app: string) => `apiVersion: v2\nname: sketchlog\nversion: '${v}'\nappVersion: ${app}\n`;

const openapi = (v: string) => `openapi: 3.1.0
info:
  title: SketchLog API
  version: '${v}'
  description: |
    Version 1.2.2 of the protocol.
paths: {}
components:
  schemas:
    Version:
      type: string
      example: 1.2.2
`;

const initPy = (v: string) => `"""SketchLog."""

# 1.2.2 added sketches; __version__ below is what bump writes.
__version__ = "${v}"
`;

const INIT_PATTERN = `{ file: python/sketchlog/__init__.py, pattern: '__version__\\s*=\\s*"([^"]+)"' }`;

interface RewriteCase {
  name: string;
  files: Record<string, string>;
  entries: string[];
  version: string;
  expected: Record<string, string>;
}

interface RefusalCase {
  name: string;
  files: Record<string, string>;
  entries: string[];
  changelog?: string;
  version: string;
  kind: 'input' | 'state';
  /** The exact message, or a matcher for one that quotes a parser's words. */
  message: unknown;
}

describe('planBump + applyBump: only the value changes', () => {
  it.each<RewriteCase>([
    {
      name: 'TOML pyproject with comments, [project] table and other tables holding version',
      files: { 'pyproject.toml': pyproject('1.2.2') },
      entries: ['{ file: pyproject.toml, key: project.version }'],
      version: '1.3.0',
      expected: { 'pyproject.toml': pyproject('1.3.0') }
    },
    {
      name: 'TOML literal string keeps its single quotes',
      files: { 'pyproject.toml': pyprojectLiteral('1.2.2') },
      entries: ['{ file: pyproject.toml, key: project.version }'],
      version: '2.0.0',
      expected: { 'pyproject.toml': pyprojectLiteral('2.0.0') }
    },
    {
      name: 'JSON, 2-space indent, nested "version" and a dependency at the same version',
      files: { 'package.json': packageJson2('1.2.2') },
      entries: ['{ file: package.json, key: version }'],
      version: '1.2.3',
      expected: { 'package.json': packageJson2('1.2.3') }
    },
    {
      name: 'JSON, 4-space indent, CRLF, no trailing newline',
      files: { 'frontend/package.json': packageJson4Crlf('1.2.2') },
      entries: ['{ file: frontend/package.json, key: version }'],
      version: '1.3.0',
      expected: { 'frontend/package.json': packageJson4Crlf('1.3.0') }
    },
    {
      name: 'YAML Chart.yaml with comments: version unquoted and appVersion quoted, equal, both entries',
      files: { 'charts/sketchlog/Chart.yaml': chart('1.2.2', '1.2.2') },
      entries: ['{ file: charts/sketchlog/Chart.yaml, key: version }', '{ file: charts/sketchlog/Chart.yaml, key: appVersion }'],
      version: '1.3.0',
      expected: { 'charts/sketchlog/Chart.yaml': chart('1.3.0', '1.3.0') }
    },
    {
      name: 'YAML Chart.yaml: version single-quoted, appVersion unquoted',
      files: { 'Chart.yaml': chartOtherQuoting('1.2.2', '1.2.2') },
      entries: ['{ file: Chart.yaml, key: appVersion }', '{ file: Chart.yaml, key: version }'],
      version: '1.3.0-rc.1',
      expected: { 'Chart.yaml': chartOtherQuoting('1.3.0-rc.1', '1.3.0-rc.1') }
    },
    {
      name: 'OpenAPI info.version, with the same version in a block scalar and an example',
      files: { 'protocol/openapi.yaml': openapi('1.2.2') },
      entries: ['{ file: protocol/openapi.yaml, key: info.version }'],
      version: '1.2.10',
      expected: { 'protocol/openapi.yaml': openapi('1.2.10') }
    },
    {
      name: 'pattern entry in a Python file',
      files: { 'python/sketchlog/__init__.py': initPy('1.2.2') },
      entries: [INIT_PATTERN],
      version: '1.3.0',
      expected: { 'python/sketchlog/__init__.py': initPy('1.3.0') }
    },
    {
      name: 'PEP 440 spelling in Python files, SemVer elsewhere (1.3.0-rc.1)',
      files: { 'pyproject.toml': pyproject('1.2.2'), 'python/sketchlog/__init__.py': initPy('1.2.2'), 'package.json': packageJson2('1.2.2') },
      entries: ['{ file: pyproject.toml, key: project.version }', INIT_PATTERN, '{ file: package.json, key: version }'],
      version: '1.3.0-rc.1',
      expected: {
        'pyproject.toml': pyproject('1.3.0rc1'),
        'python/sketchlog/__init__.py': initPy('1.3.0rc1'),
        'package.json': packageJson2('1.3.0-rc.1')
      }
    },
    {
      name: 'from a PEP 440 release candidate to the final release',
      files: { 'pyproject.toml': pyproject('1.3.0rc1'), 'package.json': packageJson2('1.3.0-rc.1') },
      entries: ['{ file: pyproject.toml, key: project.version }', '{ file: package.json, key: version }'],
      version: '1.3.0',
      expected: { 'pyproject.toml': pyproject('1.3.0'), 'package.json': packageJson2('1.3.0') }
    },
    {
      name: 'PEP 440 alpha → beta (1.3.0-beta.1 is 1.3.0b1)',
      files: { 'python/sketchlog/__init__.py': initPy('1.3.0a4') },
      entries: [INIT_PATTERN],
      version: '1.3.0-beta.1',
      expected: { 'python/sketchlog/__init__.py': initPy('1.3.0b1') }
    }
  ])('$name', async ({ files, entries, version, expected }) => {
    const { plan, after } = await bump(files, entries, version);
    expect(after).toEqual(expected);
    expect(plan.version).toBe(version);
    expect(plan.changes).toHaveLength(entries.length);
    expect(plan.unchanged).toEqual([]);
    expect(plan.edits.map((e) => e.file)).toEqual(Object.keys(files));
    expect(plan.edits.map((e) => e.after)).toEqual(Object.values(expected));
  });

  it('describes each change and the current version, in config order', async () => {
    const workspace = workspaceWith({
      'pyproject.toml': pyproject('1.2.2'),
      'charts/sketchlog/Chart.yaml': chart('1.2.2', '1.2.2'),
      'python/sketchlog/__init__.py': initPy('1.2.2'),
      'CHANGELOG.md': '# Changelog\n\n## 1.2.2 - 2026-10-01\n\n- old\n'
    });
    const plan = await planBump({
      workspace,
      config: config(
        [
          '{ file: charts/sketchlog/Chart.yaml, key: version }',
          '{ file: pyproject.toml, key: project.version }',
          INIT_PATTERN,
          '{ file: charts/sketchlog/Chart.yaml, key: appVersion }'
        ],
        'CHANGELOG.md'
      ),
      version: '1.3.0-alpha.2',
      today: TODAY
    });
    const expected: BumpPlan = {
      version: '1.3.0-alpha.2',
      current: '1.2.2',
      changes: [
        { file: 'charts/sketchlog/Chart.yaml', where: 'key version', from: '1.2.2', to: '1.3.0-alpha.2' },
        { file: 'pyproject.toml', where: 'key project.version', from: '1.2.2', to: '1.3.0a2' },
        { file: 'python/sketchlog/__init__.py', where: 'pattern __version__\\s*=\\s*"([^"]+)"', from: '1.2.2', to: '1.3.0a2' },
        { file: 'charts/sketchlog/Chart.yaml', where: 'key appVersion', from: '1.2.2', to: '1.3.0-alpha.2' }
      ],
      unchanged: [],
      changelog: { file: 'CHANGELOG.md', heading: '## 1.3.0-alpha.2 - 2026-11-30' },
      edits: [
        { file: 'charts/sketchlog/Chart.yaml', before: chart('1.2.2', '1.2.2'), after: chart('1.3.0-alpha.2', '1.3.0-alpha.2') },
        { file: 'pyproject.toml', before: pyproject('1.2.2'), after: pyproject('1.3.0a2') },
        { file: 'python/sketchlog/__init__.py', before: initPy('1.2.2'), after: initPy('1.3.0a2') },
        {
          file: 'CHANGELOG.md',
          before: '# Changelog\n\n## 1.2.2 - 2026-10-01\n\n- old\n',
          after: '# Changelog\n\n## 1.3.0-alpha.2 - 2026-11-30\n\n## 1.2.2 - 2026-10-01\n\n- old\n'
        }
      ]
    };
    expect(plan).toEqual(expected);
    // Planning writes nothing.
    expect(await fs.readFile(path.join(workspace, 'pyproject.toml'), 'utf8')).toBe(pyproject('1.2.2'));
  });

  it('lists an entry whose text an earlier entry already rewrote as unchanged', async () => {
    const workspace = workspaceWith({ 'pyproject.toml': pyprojectLiteral('1.2.2') });
    const plan = await planBump({
      workspace,
      config: config(['{ file: pyproject.toml, key: project.version }', `{ file: pyproject.toml, pattern: "^version = '([^']+)'" }`]),
      version: '1.3.0',
      today: TODAY
    });
    expect(plan.changes).toEqual([{ file: 'pyproject.toml', where: 'key project.version', from: '1.2.2', to: '1.3.0' }]);
    expect(plan.unchanged).toEqual([{ file: 'pyproject.toml', where: "pattern ^version = '([^']+)'" }]);
    expect(plan.edits).toEqual([{ file: 'pyproject.toml', before: pyprojectLiteral('1.2.2'), after: pyprojectLiteral('1.3.0') }]);
  });

  it('names the highest current version when entries disagree', async () => {
    const workspace = workspaceWith({ 'package.json': packageJson2('1.2.2'), 'pyproject.toml': pyproject('1.2.10') });
    const plan = await planBump({
      workspace,
      config: config(['{ file: package.json, key: version }', '{ file: pyproject.toml, key: project.version }']),
      version: '1.3.0',
      today: TODAY
    });
    expect(plan.current).toBe('1.2.10');
    expect(plan.changes.map((c) => c.from)).toEqual(['1.2.2', '1.2.10']);
  });

  it.each([
    ['changelog: false', false as const, 'x', null],
    ['a heading already present in bracket form', 'CHANGELOG.md', '# Changelog\n\n## [1.3.0] - 2026-11-29\n\n- done\n', null]
  ])('adds no changelog heading with %s', async (_name, changelog, text, heading) => {
    const workspace = workspaceWith({ 'package.json': packageJson2('1.2.2'), 'CHANGELOG.md': text });
    const plan = await planBump({ workspace, config: config(['{ file: package.json, key: version }'], changelog), version: '1.3.0', today: TODAY });
    expect(plan.changelog).toBe(heading);
    expect(plan.edits.map((e) => e.file)).toEqual(['package.json']);
  });

  it('plans nothing to change in versions when none are configured', async () => {
    const workspace = workspaceWith({ 'CHANGELOG.md': '# Changelog\n' });
    const plan = await planBump({ workspace, config: parseConfig('tags: {}\nchangelog: CHANGELOG.md\n', 'test'), version: '0.1.0', today: TODAY });
    expect(plan).toEqual({
      version: '0.1.0',
      current: null,
      changes: [],
      unchanged: [],
      changelog: { file: 'CHANGELOG.md', heading: '## 0.1.0 - 2026-11-30' },
      edits: [{ file: 'CHANGELOG.md', before: '# Changelog\n', after: '# Changelog\n\n## 0.1.0 - 2026-11-30\n' }]
    });
  });
});

describe('planBump refusals', () => {
  const PY = '{ file: pyproject.toml, key: project.version }';
  const PKG = '{ file: package.json, key: version }';
  it.each<RefusalCase>([
    {
      name: 'equal to the current version',
      files: { 'pyproject.toml': pyproject('1.2.2') },
      entries: [PY],
      version: '1.2.2',
      kind: 'input',
      message: '1.2.2 is not greater than the current version 1.2.2 (in pyproject.toml); bump to 1.2.3 or later'
    },
    {
      name: 'lower than the current version',
      files: { 'package.json': packageJson2('1.2.2') },
      entries: [PKG],
      version: '1.2.1',
      kind: 'input',
      message: '1.2.1 is not greater than the current version 1.2.2 (in package.json); bump to 1.2.3 or later'
    },
    {
      name: 'lower than the highest of several entries',
      files: { 'package.json': packageJson2('1.2.2'), 'charts/x/Chart.yaml': chart('1.4.0', '1.2.2') },
      entries: [PKG, '{ file: charts/x/Chart.yaml, key: version }', '{ file: charts/x/Chart.yaml, key: appVersion }'],
      version: '1.3.0',
      kind: 'input',
      message: '1.3.0 is not greater than the current version 1.4.0 (in charts/x/Chart.yaml); bump to 1.4.1 or later'
    },
    {
      name: 'equal by PEP 440 meaning (1.3.0rc1 is 1.3.0-rc.1)',
      files: { 'pyproject.toml': pyproject('1.3.0rc1') },
      entries: [PY],
      version: '1.3.0-rc.1',
      kind: 'input',
      message: '1.3.0-rc.1 is not greater than the current version 1.3.0rc1 (in pyproject.toml); bump to 1.3.0-rc.2 or later'
    },
    {
      name: 'an earlier SemVer prerelease',
      files: { 'package.json': packageJson2('1.3.0-rc.2') },
      entries: [PKG],
      version: '1.3.0-rc.1',
      kind: 'input',
      message: '1.3.0-rc.1 is not greater than the current version 1.3.0-rc.2 (in package.json); bump to 1.3.0-rc.3 or later'
    },
    {
      name: 'a prerelease of a released PEP 440 version',
      files: { 'pyproject.toml': pyproject('1.3.0') },
      entries: [PY],
      version: '1.3.0-rc.9',
      kind: 'input',
      message: '1.3.0-rc.9 is not greater than the current version 1.3.0 (in pyproject.toml); bump to 1.3.1 or later'
    },
    {
      name: 'malformed (two parts)',
      files: { 'pyproject.toml': pyproject('1.2.2') },
      entries: [PY],
      version: '1.3',
      kind: 'input',
      message: 'cannot bump: version "1.3" has two parts; SemVer needs MAJOR.MINOR.PATCH; give a version like 1.2.3 or 1.3.0-rc.1'
    },
    {
      name: 'v-prefixed',
      files: { 'pyproject.toml': pyproject('1.2.2') },
      entries: [PY],
      version: 'v1.3.0',
      kind: 'input',
      message: 'cannot bump: version "v1.3.0" is not SemVer 2.0.0 (MAJOR.MINOR.PATCH[-PRERELEASE]); write it without the leading v (1.3.0)'
    },
    {
      name: 'with build metadata',
      files: { 'pyproject.toml': pyproject('1.2.2') },
      entries: [PY],
      version: '1.3.0+build.5',
      kind: 'input',
      message:
        'cannot bump: version "1.3.0+build.5" carries build metadata (+build.5); registries drop it, so release tags must not use it; give a version like 1.2.3 or 1.3.0-rc.1'
    },
    {
      name: 'a prerelease with no PEP 440 spelling, for a Python file',
      files: { 'pyproject.toml': pyproject('1.2.2') },
      entries: [PY],
      version: '1.3.0-preview.1',
      kind: 'input',
      message: 'cannot bump: 1.3.0-preview.1 has no PEP 440 spelling for pyproject.toml; use a prerelease of the form -alpha.N, -beta.N, -rc.N or -dev.N'
    },
    {
      name: 'a missing file',
      files: { 'package.json': packageJson2('1.2.2') },
      entries: [PKG, PY],
      version: '1.3.0',
      kind: 'state',
      message: 'cannot bump: "pyproject.toml" does not exist in the workspace; restore the file or fix its versions entry in the config'
    },
    {
      name: 'a missing key',
      files: { 'pyproject.toml': '[project]\nname = "sketchlog"\n' },
      entries: [PY],
      version: '1.3.0',
      kind: 'state',
      message: 'cannot bump: pyproject.toml (key project.version) has no key "project.version"; add it or fix the versions entry'
    },
    {
      name: 'a pattern with no match',
      files: { 'python/sketchlog/__init__.py': 'VERSION = "1.2.2"\n' },
      entries: [INIT_PATTERN],
      version: '1.3.0',
      kind: 'state',
      message: 'cannot bump: python/sketchlog/__init__.py (pattern __version__\\s*=\\s*"([^"]+)") cannot be read: pattern has no match'
    },
    {
      name: 'a current value that is not a version',
      files: { 'package.json': '{ "version": "latest" }\n' },
      entries: [PKG],
      version: '1.3.0',
      kind: 'state',
      message: 'cannot bump: package.json (key version) holds "latest", which is not a SemVer version; write the current version there by hand'
    },
    {
      name: 'a file that is not valid for its format',
      files: { 'package.json': '{ "version": "1.2.2", }\n' },
      entries: [PKG],
      version: '1.3.0',
      kind: 'state',
      message: expect.stringMatching(/^cannot bump: package\.json \(key version\) is not valid JSON: /)
    },
    {
      name: 'a value shared through a YAML alias (cannot change one key alone)',
      files: { 'Chart.yaml': 'name: x\nversion: &v 1.2.2\nappVersion: *v\n' },
      entries: ['{ file: Chart.yaml, key: version }'],
      version: '1.3.0',
      kind: 'state',
      message:
        'cannot bump: Chart.yaml (key version): cannot rewrite version without touching anything else (no occurrence of "1.2.2" in the text holds the key\'s value alone); edit it by hand'
    },
    {
      name: 'a pattern that would not read the new version back',
      files: { 'python/sketchlog/__init__.py': '__version__ = "1.2.2"\n' },
      entries: [`{ file: python/sketchlog/__init__.py, pattern: '__version__ = "(\\d+\\.\\d+\\.\\d+)"' }`],
      version: '1.3.0-rc.1',
      kind: 'state',
      message:
        'cannot bump: python/sketchlog/__init__.py (pattern __version__ = "(\\d+\\.\\d+\\.\\d+)"): after writing 1.3.0rc1, the pattern reads pattern has no match; widen the pattern to match 1.3.0rc1 or edit the file by hand'
    },
    {
      name: 'a configured changelog that does not exist',
      files: { 'package.json': packageJson2('1.2.2') },
      entries: [PKG],
      changelog: 'CHANGELOG.md',
      version: '1.3.0',
      kind: 'state',
      message: 'cannot bump: "CHANGELOG.md" does not exist in the workspace; restore the file or fix "changelog" in the config'
    }
  ])('refuses $name', async ({ files, entries, changelog, version, kind, message }) => {
    const workspace = workspaceWith(files);
    const error = await refusal(planBump({ workspace, config: config(entries, changelog ?? false), version, today: TODAY }));
    expect(error.kind).toBe(kind);
    expect(error.message).toEqual(message);
    expect(error.message).not.toContain('\n');
    expect(await readAll(workspace, Object.keys(files))).toEqual(files);
  });
});

describe('applyBump', () => {
  it('keeps the file mode and leaves no temporary file', async () => {
    const workspace = workspaceWith({ 'python/sketchlog/__init__.py': initPy('1.2.2'), 'real/package.json': packageJson2('1.2.2') });
    await fs.chmod(path.join(workspace, 'python/sketchlog/__init__.py'), 0o751);
    const plan = await planBump({
      workspace,
      config: config([INIT_PATTERN, '{ file: real/package.json, key: version }']),
      version: '1.3.0',
      today: TODAY
    });
    await applyBump(workspace, plan);
    const init = path.join(workspace, 'python/sketchlog/__init__.py');
    expect((await fs.stat(init)).mode & 0o7777).toBe(0o751);
    expect(await fs.readFile(init, 'utf8')).toBe(initPy('1.3.0'));
    expect(await fs.readFile(path.join(workspace, 'real/package.json'), 'utf8')).toBe(packageJson2('1.3.0'));
    expect((await fs.readdir(path.join(workspace, 'python/sketchlog'))).sort()).toEqual(['__init__.py']);
    expect((await fs.readdir(path.join(workspace, 'real'))).sort()).toEqual(['package.json']);
  });

  // prepare reads the files from the commit, where git keeps a symlink as a link: bump refuses first, writing nothing.
  it.each([
    [
      'the file itself',
      'package.json',
      'real/package.json',
      '"package.json" is a symlink (to real/package.json); point its versions entry at the file itself, as prepare would refuse it'
    ],
    [
      'a folder on its path',
      'linked',
      'real',
      '"linked/package.json" lies under "linked", a symlink (to real); name the real folder in its versions entry instead, as prepare would refuse it'
    ]
  ])('refuses a symlink at %s, writing nothing', async (_what, link, target, message) => {
    const workspace = workspaceWith({ 'python/sketchlog/__init__.py': initPy('1.2.2'), 'real/package.json': packageJson2('1.2.2') });
    await fs.symlink(target, path.join(workspace, link));
    const file = link === 'linked' ? 'linked/package.json' : 'package.json';
    const error = await refusal(planBump({ workspace, config: config([INIT_PATTERN, `{ file: ${file}, key: version }`]), version: '1.3.0', today: TODAY }));
    expect(error.kind).toBe('state');
    expect(error.message).toBe(`cannot bump: ${message}`);
    expect(await readAll(workspace, ['python/sketchlog/__init__.py', 'real/package.json'])).toEqual({
      'python/sketchlog/__init__.py': initPy('1.2.2'),
      'real/package.json': packageJson2('1.2.2')
    });
  });

  it('writes nothing when any file changed since planning', async () => {
    const workspace = workspaceWith({ 'pyproject.toml': pyproject('1.2.2'), 'package.json': packageJson2('1.2.2') });
    const plan = await planBump({
      workspace,
      config: config(['{ file: pyproject.toml, key: project.version }', '{ file: package.json, key: version }']),
      version: '1.3.0',
      today: TODAY
    });
    const edited = packageJson2('1.2.2').replace('"private": false', '"private": true');
    await fs.writeFile(path.join(workspace, 'package.json'), edited);
    const error = await refusal(applyBump(workspace, plan));
    expect(error.kind).toBe('state');
    expect(error.message).toBe('cannot bump: "package.json" changed since the bump was planned; run bump again');
    expect(await readAll(workspace, ['pyproject.toml', 'package.json'])).toEqual({ 'pyproject.toml': pyproject('1.2.2'), 'package.json': edited });
  });

  it('refuses a file that is not valid UTF-8 instead of rewriting its bytes', async () => {
    const workspace = tempDir('rg-bump-');
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n__version__ = "1.2.2"\n')]);
    await fs.mkdir(path.join(workspace, 'python/sketchlog'), { recursive: true });
    await fs.writeFile(path.join(workspace, 'python/sketchlog/__init__.py'), bytes);
    const plan = await planBump({ workspace, config: config([INIT_PATTERN]), version: '1.3.0', today: TODAY });
    const error = await refusal(applyBump(workspace, plan));
    expect(error.kind).toBe('state');
    expect(error.message).toMatch(/^cannot bump: "python\/sketchlog\/__init__\.py" is not valid UTF-8/);
    expect((await fs.readFile(path.join(workspace, 'python/sketchlog/__init__.py'))).equals(bytes)).toBe(true);
  });

  it('refuses a file that disappeared since planning', async () => {
    const workspace = workspaceWith({ 'package.json': packageJson2('1.2.2') });
    const plan = await planBump({ workspace, config: config(['{ file: package.json, key: version }']), version: '1.3.0', today: TODAY });
    await fs.rm(path.join(workspace, 'package.json'));
    const error = await refusal(applyBump(workspace, plan));
    expect(error.kind).toBe('state');
    expect(error.message).toBe('cannot bump: "package.json" does not exist in the workspace');
  });
});
