import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { coupledVersions } from '../../../src/checks/preflight/coupled-versions.js';
import { BASE_CONFIG, OTHER_SHA, fakeGit, makeContext, workspaceWith } from '../../helpers/preflight-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const PATTERN = '__version__\\s*=\\s*"([^"]+)"';

/** SketchLog's coupled files, all at `version` (Python files spelled `python`). */
function sketchlogFiles(version: string, python = version): Record<string, string> {
  return {
    'pyproject.toml': `[build-system]\nrequires = ["maturin"]\n\n[project]\nname = "sketchlog"\nversion = "${python}"\n`,
    'python/sketchlog/__init__.py': `"""SketchLog."""\n__version__ = "${python}"\n`,
    'charts/sketchlog/Chart.yaml': `apiVersion: v2\nname: sketchlog\nversion: ${version}\nappVersion: "${version}"\n`,
    'clients/typescript/package.json': JSON.stringify({ name: '@sketchlog/client', version }, null, 2),
    // A .yaml file holding JSON is fine.
    'protocol/openapi.yaml': JSON.stringify({ openapi: '3.1.0', info: { title: 'SketchLog', version } })
  };
}

const SKETCHLOG_VERSIONS = [
  { file: 'pyproject.toml', key: 'project.version' },
  { file: 'python/sketchlog/__init__.py', pattern: PATTERN },
  { file: 'charts/sketchlog/Chart.yaml', key: 'version' },
  { file: 'charts/sketchlog/Chart.yaml', key: 'appVersion' },
  { file: 'clients/typescript/package.json', key: 'version' },
  { file: 'protocol/openapi.yaml', key: 'info.version' }
];

async function runWith(files: Record<string, string>, versions: unknown, tag = 'v1.2.3', head?: string | null) {
  const workspace = await workspaceWith(files);
  const ctx = makeContext({
    tag,
    workspace,
    config: { ...BASE_CONFIG, versions },
    ...(head !== undefined ? { git: fakeGit(head) } : {})
  });
  return runDeclaredCheck(coupledVersions, ctx);
}

describe('coupled-versions: versions by meaning', () => {
  it('passes when every file carries the version, and the table lists every file, key and version found', async () => {
    const outcome = await runWith(sketchlogFiles('1.2.3'), SKETCHLOG_VERSIONS);
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('all 6 coupled versions are 1.2.3');
    expect(outcome.table?.columns).toEqual(['file', 'key/pattern', 'version found', 'verdict']);
    expect(outcome.table?.rows).toEqual([
      ['pyproject.toml', 'key project.version', '1.2.3', 'ok'],
      ['python/sketchlog/__init__.py', `pattern ${PATTERN}`, '1.2.3', 'ok'],
      ['charts/sketchlog/Chart.yaml', 'key version', '1.2.3', 'ok'],
      ['charts/sketchlog/Chart.yaml', 'key appVersion', '1.2.3', 'ok'],
      ['clients/typescript/package.json', 'key version', '1.2.3', 'ok'],
      ['protocol/openapi.yaml', 'key info.version', '1.2.3', 'ok']
    ]);
  });

  it.each([
    // tag, Python spelling, other spelling, status
    ['v1.3.0-rc.1', '1.3.0rc1', '1.3.0-rc.1', 'pass'],
    ['v1.3.0-rc.1', '1.3.0-rc.1', '1.3.0-rc.1', 'pass'], // PEP 440 allows this spelling of rc1
    ['v2.0.0-alpha.2', '2.0.0a2', '2.0.0-alpha.2', 'pass'],
    ['v2.0.0-beta.1', '2.0.0b1', '2.0.0-beta.1', 'pass'],
    ['v1.3.0-rc.1', '1.3.0rc2', '1.3.0-rc.1', 'fail'],
    ['v1.3.0-rc.1', '1.3.0', '1.3.0-rc.1', 'fail'],
    ['v1.3.0-rc.1', '1.3.0rc1', '1.3.0rc1', 'fail'] // SemVer files are read as SemVer
  ])('tag %s: Python %s, others %s → %s', async (tag, python, other, status) => {
    const version = tag.slice(1);
    const files = sketchlogFiles(version, python);
    files['clients/typescript/package.json'] = JSON.stringify({ version: other });
    const outcome = await runWith(files, SKETCHLOG_VERSIONS, tag);
    expect(outcome.status).toBe(status);
    const found = outcome.table!.rows.map((row) => row[2]);
    expect(found).toEqual([python, python, version, version, other, version]);
  });

  it('names the one file that drifted, with what it has and what was expected', async () => {
    const files = sketchlogFiles('1.2.3');
    files['clients/typescript/package.json'] = JSON.stringify({ version: '1.2.2' });
    const outcome = await runWith(files, SKETCHLOG_VERSIONS);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('clients/typescript/package.json (key version) has 1.2.2, expected 1.2.3 (SemVer)');
    expect(outcome.table!.rows[4]).toEqual(['clients/typescript/package.json', 'key version', '1.2.2', 'mismatch']);
    expect(outcome.table!.rows.filter((r) => r[3] === 'ok')).toHaveLength(5);
  });

  it('says which Python spelling was expected', async () => {
    const outcome = await runWith(sketchlogFiles('1.3.0-rc.1', '1.3.0rc2'), SKETCHLOG_VERSIONS, 'v1.3.0-rc.1');
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('2 of 6 coupled versions are not 1.3.0-rc.1: pyproject.toml, python/sketchlog/__init__.py');
    expect(outcome.details).toContain('pyproject.toml (key project.version) has 1.3.0rc2, expected 1.3.0rc1 (PEP 440)');
  });

  it.each([
    ['1.2.30', 'a longer patch'],
    ['1.2.3+build.5', 'build metadata'],
    ['1.2.3-rc.1', 'a prerelease'],
    ['v1.2.3', 'a leading v']
  ])('a SemVer file holding %s (%s) is not 1.2.3', async (found) => {
    const outcome = await runWith({ 'package.json': JSON.stringify({ version: found }) }, [{ file: 'package.json', key: 'version' }]);
    expect(outcome.status).toBe('fail');
    expect(outcome.table!.rows[0]).toEqual(['package.json', 'key version', found, 'mismatch']);
  });

  it('says to drop the v when a chart version is the release version with a v in front', async () => {
    const outcome = await runWith({ 'Chart.yaml': 'version: v1.2.3\n' }, [{ file: 'Chart.yaml', key: 'version' }]);
    expect(outcome.summary).toContain('Chart.yaml (key version) has v1.2.3, expected 1.2.3 (SemVer); write it without the "v"');
  });
});

describe('coupled-versions: every broken entry fails and is named', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string]>([
    ['a missing file', {}, { file: 'wasm/package.json', key: 'version' }, '"wasm/package.json" does not exist in the release commit aaaaaaaaaaaa'],
    [
      'a missing key',
      { 'pyproject.toml': '[project]\nname = "x"\n' },
      { file: 'pyproject.toml', key: 'project.version' },
      'pyproject.toml: has no key "project.version"'
    ],
    ['a missing parent key', { 'pyproject.toml': 'name = "x"\n' }, { file: 'pyproject.toml', key: 'project.version' }, 'pyproject.toml: has no key "project"'],
    ['an inherited key', { 'package.json': '{}' }, { file: 'package.json', key: 'constructor' }, 'package.json: has no key "constructor"'],
    ['a pattern with no match', { 'version.py': 'VERSION = "1.2.3"\n' }, { file: 'version.py', pattern: PATTERN }, 'version.py: pattern has no match'],
    [
      'an ambiguous pattern',
      { 'version.py': '__version__ = "1.2.3"\n__version__ = "1.0.0"\n' },
      { file: 'version.py', pattern: PATTERN },
      'pattern matches different versions ("1.2.3", "1.0.0")'
    ],
    [
      'unparsable TOML',
      { 'pyproject.toml': '[project\nversion = "1.2.3"\n' },
      { file: 'pyproject.toml', key: 'project.version' },
      'pyproject.toml: is not valid TOML'
    ],
    ['unparsable JSON', { 'package.json': '{"version": "1.2.3",}' }, { file: 'package.json', key: 'version' }, 'package.json: is not valid JSON'],
    ['unparsable YAML', { 'Chart.yaml': 'version: [1.2.3\n' }, { file: 'Chart.yaml', key: 'version' }, 'Chart.yaml: is not valid YAML'],
    [
      'a YAML number',
      { 'Chart.yaml': 'appVersion: 1.10\n' },
      { file: 'Chart.yaml', key: 'appVersion' },
      'key "appVersion" holds the number 1.1, not a version string; quote it'
    ],
    ['a table where a version belongs', { 'package.json': '{"version": {"x": 1}}' }, { file: 'package.json', key: 'version' }, 'key "version" holds a table'],
    [
      'key on a file with no structured format',
      { 'VERSION.txt': '1.2.3\n' },
      { file: 'VERSION.txt', key: 'version' },
      '"key" reads .toml, .json, .yaml and .yml files only; use "pattern"'
    ],
    [
      'a directory',
      { 'pkg/package.json/x': '' },
      { file: 'pkg/package.json', key: 'version' },
      '"pkg/package.json" is a folder in the release commit aaaaaaaaaaaa, not a regular file'
    ],
    ['a path leaving the workspace', {}, { file: '../package.json', key: 'version' }, '"../package.json" leaves the workspace'],
    ['a path leaving through a subfolder', {}, { file: 'a/../../package.json', key: 'version' }, 'leaves the workspace'],
    ['an absolute path', {}, { file: '/etc/passwd', pattern: '(root)' }, '"/etc/passwd" is an absolute path']
  ])('%s', async (_name, files, entry, problem) => {
    const good = { 'good/package.json': JSON.stringify({ version: '1.2.3' }) };
    const outcome = await runWith({ ...good, ...files }, [{ file: 'good/package.json', key: 'version' }, entry]);
    expect(outcome.status).toBe('fail');
    // One broken entry: its problem is the summary, and the good entry still shows in the table.
    expect(outcome.summary).toContain(problem);
    expect(outcome.table!.rows[0]).toEqual(['good/package.json', 'key version', '1.2.3', 'ok']);
    expect(outcome.table!.rows[1]![0]).toBe(entry.file);
    expect(outcome.table!.rows[1]![3]).toBe('error');
  });

  it('outside a checkout: refuses a symlink that points out of the workspace, and reads one that stays inside', async () => {
    // A second workspace stands for the folder outside: the helper removes both after the file.
    const outside = await workspaceWith({ 'package.json': JSON.stringify({ version: '1.2.3' }) });
    const workspace = await workspaceWith({ 'real/package.json': JSON.stringify({ version: '1.2.3' }) });
    await fs.symlink(path.join(outside, 'package.json'), path.join(workspace, 'escape.json'));
    await fs.symlink(outside, path.join(workspace, 'linked-dir'));
    await fs.symlink('real/package.json', path.join(workspace, 'inside.json'));
    const ctx = makeContext({
      workspace,
      git: fakeGit(null),
      config: {
        ...BASE_CONFIG,
        versions: [
          { file: 'escape.json', key: 'version' },
          { file: 'linked-dir/package.json', key: 'version' },
          { file: 'inside.json', key: 'version' }
        ]
      }
    });
    const outcome = await runDeclaredCheck(coupledVersions, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      `"escape.json" is a symlink to ${outside}/package.json, outside the workspace; refusing to read it`,
      `"linked-dir/package.json" is a symlink to ${outside}/package.json, outside the workspace; refusing to read it`,
      expect.stringContaining('not a git checkout')
    ]);
    expect(outcome.table!.rows.map((r) => r[3])).toEqual(['error', 'error', 'ok']);
  });
});

describe('coupled-versions: the workspace must be the commit being released', () => {
  const files = { 'package.json': JSON.stringify({ version: '1.2.3' }) };
  const versions = [{ file: 'package.json', key: 'version' }];

  it('fails when the checkout is at another commit, naming both', async () => {
    const outcome = await runWith(files, versions, 'v1.2.3', OTHER_SHA);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`checked out at ${OTHER_SHA}, not at the commit being released ${'a'.repeat(40)}`);
    expect(outcome.table).toBeUndefined();
  });

  it('reads the files of a workspace that is not a git checkout, and says so', async () => {
    const outcome = await runWith(files, versions, 'v1.2.3', null);
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toEqual([expect.stringContaining('not a git checkout')]);
  });
});

describe('coupled-versions: config', () => {
  it('fails when the versions section is missing, naming it', async () => {
    const { versions: _omitted, ...config } = BASE_CONFIG;
    const outcome = await runDeclaredCheck(coupledVersions, makeContext({ config }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('config has no "versions" section');
  });

  it('skips when turned off with versions: false', async () => {
    const outcome = await runDeclaredCheck(coupledVersions, makeContext({ config: { ...BASE_CONFIG, versions: false } }));
    expect(outcome.status).toBe('skip');
    expect(outcome.summary).toContain('"versions: false"');
  });

  it('skips when the tag did not parse (tag-format fails the gate)', async () => {
    const outcome = await runDeclaredCheck(coupledVersions, makeContext({ tag: 'v1.2' }));
    expect(outcome.status).toBe('skip');
    expect(outcome.summary).toContain('see tag-format');
  });
});

describe('coupled-versions: one file, several keys', () => {
  it('a missing file read by two entries fails both rows, and says it once', async () => {
    const files = sketchlogFiles('1.2.3');
    delete files['charts/sketchlog/Chart.yaml'];
    const outcome = await runWith(files, SKETCHLOG_VERSIONS);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('2 of 6 coupled versions are not 1.2.3: charts/sketchlog/Chart.yaml (version), charts/sketchlog/Chart.yaml (appVersion)');
    expect(outcome.details).toEqual(['"charts/sketchlog/Chart.yaml" does not exist in the release commit aaaaaaaaaaaa']);
    expect(outcome.table!.rows.map((r) => r[3])).toEqual(['ok', 'ok', 'error', 'error', 'ok', 'ok']);
  });

  it('every failing entry is counted and listed once, a file of two entries with each key (N of N lists N)', async () => {
    const outcome = await runWith(sketchlogFiles('1.2.2'), SKETCHLOG_VERSIONS);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      '6 of 6 coupled versions are not 1.2.3: pyproject.toml, python/sketchlog/__init__.py, charts/sketchlog/Chart.yaml (version), charts/sketchlog/Chart.yaml (appVersion), clients/typescript/package.json, protocol/openapi.yaml'
    );
  });
});
