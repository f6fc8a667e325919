import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  classifyWheelNames,
  expandTags,
  parseSdistName,
  parseWheelName,
  platformInFamily,
  sdistFileName,
  servesInterpreter
} from '../../src/formats/wheel-name.js';
import { canonicalizeName } from '../../src/version.js';

describe('parseWheelName', () => {
  it.each([
    [
      'sketchlog-1.3.0rc1-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      {
        name: 'sketchlog',
        version: '1.3.0rc1',
        build: null,
        pythonTags: ['cp310'],
        abiTags: ['cp310'],
        platformTags: ['manylinux_2_17_x86_64', 'manylinux2014_x86_64']
      }
    ],
    ['sketchlog-1.2.3-1-cp312-cp312-win_amd64.whl', { build: '1', pythonTags: ['cp312'], platformTags: ['win_amd64'] }],
    ['sketchlog-1.2.3-2b-cp312-abi3-macosx_11_0_arm64.whl', { build: '2b', abiTags: ['abi3'] }],
    ['Sketch_Log-1.2.3-py2.py3-none-any.whl', { name: 'Sketch_Log', canonicalName: 'sketch-log', pythonTags: ['py2', 'py3'], abiTags: ['none'] }],
    ['sketch.log-1.2.3-cp313-cp313t-musllinux_1_2_aarch64.whl', { canonicalName: 'sketch-log', abiTags: ['cp313t'] }],
    ['sketchlog-1!2.0.post1+local.7-cp310-cp310-linux_x86_64.whl', { version: '1!2.0.post1+local.7' }]
  ])('parses %s', (file, expected) => {
    const parsed = parseWheelName(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.wheel).toMatchObject({ file, ...expected });
  });

  it.each([
    ['sketchlog-1.2.3-cp310-cp310-win_amd64.zip', /does not end in \.whl/],
    ['sketchlog-1.2.3-cp310-win_amd64.whl', /5 or 6 dash-separated parts, this has 4/],
    ['sketch-log-1.2.3-1-cp310-cp310-win_amd64.whl', /has 7/],
    ['sketchlog-one-cp310-cp310-win_amd64.whl', /version "one" is not PEP 440/],
    ['sketchlog-1.2.3-x1-cp310-cp310-win_amd64.whl', /build tag "x1" must start with a digit/],
    ['sketchlog-1.2.3-cp310-cp310-win..amd64.whl', /platform tag "win\.\.amd64"/],
    ['sketchlog-1.2.3-cp310-cp310-.whl', /platform tag ""/],
    ['_sketchlog-1.2.3-cp310-cp310-win_amd64.whl', /not a valid distribution name/]
  ])('rejects %s', (file, problem) => {
    const parsed = parseWheelName(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem).toMatch(problem);
      expect(parsed.problem).toContain(file);
    }
  });

  it('expands compressed tag sets into every triple', () => {
    const parsed = parseWheelName('sketchlog-1.0-py2.py3-none-manylinux1_x86_64.manylinux_2_5_x86_64.whl');
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(expandTags(parsed.wheel).sort()).toEqual(
      ['py2-none-manylinux1_x86_64', 'py2-none-manylinux_2_5_x86_64', 'py3-none-manylinux1_x86_64', 'py3-none-manylinux_2_5_x86_64'].sort()
    );
  });
});

describe('names', () => {
  it.each([
    ['SketchLog', 'sketchlog', 'sketchlog'],
    ['sketch-log', 'sketch-log', 'sketch_log'],
    ['Sketch__Log.-py', 'sketch-log-py', 'sketch_log_py'],
    ['zope.interface', 'zope-interface', 'zope_interface']
  ])('%s is %s (PEP 503) and %s in file names (PEP 625)', (name, canonical, fileForm) => {
    expect(canonicalizeName(name)).toBe(canonical);
    expect(sdistFileName(name, '1.3.0rc1')).toBe(`${fileForm}-1.3.0rc1.tar.gz`);
  });
});

describe('platformInFamily', () => {
  it.each([
    // manylinux: every glibc version and the legacy aliases, of the same arch only
    ['manylinux_2_17_x86_64', 'manylinux_x86_64', true],
    ['manylinux_2_28_x86_64', 'manylinux_x86_64', true],
    ['manylinux2014_x86_64', 'manylinux_x86_64', true],
    ['manylinux2010_x86_64', 'manylinux_x86_64', true],
    ['manylinux1_x86_64', 'manylinux_x86_64', true],
    ['manylinux_2_17_aarch64', 'manylinux_x86_64', false],
    ['manylinux2014_aarch64', 'manylinux_aarch64', true],
    ['manylinux_2_17_i686', 'manylinux_x86_64', false],
    ['musllinux_1_2_x86_64', 'manylinux_x86_64', false],
    ['linux_x86_64', 'manylinux_x86_64', false],
    ['manylinux_2_17_x86_64', 'manylinux_2_17_x86_64', true],
    ['manylinux_2_28_x86_64', 'manylinux_2_17_x86_64', false],
    // musllinux
    ['musllinux_1_1_x86_64', 'musllinux_x86_64', true],
    ['musllinux_1_2_aarch64', 'musllinux_aarch64', true],
    ['musllinux_1_2_aarch64', 'musllinux_x86_64', false],
    ['manylinux_2_17_x86_64', 'musllinux_x86_64', false],
    // macOS: any deployment target; universal2 runs on both Apple architectures
    ['macosx_11_0_arm64', 'macosx_arm64', true],
    ['macosx_14_0_arm64', 'macosx_arm64', true],
    ['macosx_10_9_universal2', 'macosx_arm64', true],
    ['macosx_10_9_universal2', 'macosx_x86_64', true],
    ['macosx_10_9_x86_64', 'macosx_x86_64', true],
    ['macosx_10_9_x86_64', 'macosx_arm64', false],
    ['macosx_11_0_arm64', 'macosx_x86_64', false],
    ['macosx_10_9_intel', 'macosx_x86_64', true],
    ['macosx_10_9_intel', 'macosx_arm64', false],
    // Windows: exact
    ['win_amd64', 'win_amd64', true],
    ['win_arm64', 'win_arm64', true],
    ['win32', 'win_amd64', false],
    ['win_arm64', 'win_amd64', false],
    ['any', 'win_amd64', false]
  ])('%s in %s: %s', (platform, family, expected) => {
    expect(platformInFamily(platform, family)).toBe(expected);
  });
});

describe('servesInterpreter', () => {
  const tags = (file: string) => {
    const parsed = parseWheelName(file);
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.wheel;
  };
  it.each([
    ['x-1-cp310-cp310-win_amd64.whl', 'cp310', true],
    ['x-1-cp310-cp310-win_amd64.whl', 'cp311', false],
    ['x-1-cp311-cp311-win_amd64.whl', 'cp310', false],
    ['x-1-cp313-cp313t-win_amd64.whl', 'cp313', false],
    ['x-1-cp313-cp313t-win_amd64.whl', 'cp313t', true],
    ['x-1-cp313-cp313-win_amd64.whl', 'cp313t', false],
    // the stable ABI: built for 3.10, runs on 3.10 and later CPythons (not free-threaded ones)
    ['x-1-cp310-abi3-win_amd64.whl', 'cp310', true],
    ['x-1-cp310-abi3-win_amd64.whl', 'cp314', true],
    ['x-1-cp312-abi3-win_amd64.whl', 'cp311', false],
    ['x-1-cp310-abi3-win_amd64.whl', 'cp313t', false],
    ['x-1-py3-none-win_amd64.whl', 'cp312', true],
    ['x-1-py2-none-win_amd64.whl', 'cp312', false],
    ['x-1-py311-none-win_amd64.whl', 'cp310', false],
    ['x-1-cp37-cp37m-win_amd64.whl', 'cp37', true],
    ['x-1-pp310-pypy310_pp73-win_amd64.whl', 'pp310', true],
    ['x-1-pp310-pypy310_pp73-win_amd64.whl', 'cp310', false]
  ])('%s serves %s: %s', (file, interpreter, expected) => {
    expect(servesInterpreter(tags(file), interpreter)).toBe(expected);
  });
});

describe('classifyWheelNames', () => {
  const spec = { project: 'sketchlog', version: '1.3.0rc1', python: ['cp310', 'cp311'], platforms: ['manylinux_x86_64', 'macosx_arm64'] };

  it('puts each wheel in its cells and sorts out the rest, each with the reason', () => {
    const result = classifyWheelNames(
      [
        'sketchlog-1.3.0rc1-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
        'sketchlog-1.3.0rc1-cp310-cp310-manylinux_2_28_x86_64.whl',
        'sketchlog-1.3.0rc1-cp311-cp311-macosx_10_9_universal2.whl',
        'sketchlog-1.2.0-cp311-cp311-macosx_11_0_arm64.whl',
        'sketchbook-1.3.0rc1-cp311-cp311-macosx_11_0_arm64.whl',
        'sketchlog-1.3.0rc1-cp311-cp311-win_amd64.whl',
        'not-a-wheel.whl',
        // a SemVer spelling: "rc1" lands where the build tag goes, and a build tag starts with a digit
        'SketchLog-1.3.0-rc1-cp311-cp311-macosx_11_0_arm64.whl'
      ],
      spec
    );
    const files = (i: number, j: number) => result.cells[i]![j]!.map((w) => w.file);
    expect(files(0, 0)).toHaveLength(2); // cp310 × manylinux: a duplicate
    expect(files(0, 1)).toEqual([]); // cp310 × macosx_arm64: missing
    expect(files(1, 0)).toEqual([]);
    expect(files(1, 1)).toEqual(['sketchlog-1.3.0rc1-cp311-cp311-macosx_10_9_universal2.whl']);
    expect(result.foreign.map((f) => [f.wheel.file, f.reason])).toEqual([
      ['sketchlog-1.2.0-cp311-cp311-macosx_11_0_arm64.whl', 'is version 1.2.0, not 1.3.0rc1'],
      ['sketchbook-1.3.0rc1-cp311-cp311-macosx_11_0_arm64.whl', 'is a wheel of project "sketchbook", not sketchlog']
    ]);
    expect(result.outside.map((w) => w.file)).toEqual(['sketchlog-1.3.0rc1-cp311-cp311-win_amd64.whl']);
    expect(result.invalid.map((i) => i.file)).toEqual(['not-a-wheel.whl', 'SketchLog-1.3.0-rc1-cp311-cp311-macosx_11_0_arm64.whl']);
  });

  it('compares versions by PEP 440 meaning and names by PEP 503', () => {
    const result = classifyWheelNames(['Sketch_Log-1.3.0.rc1-cp310-cp310-manylinux1_x86_64.whl'], { ...spec, project: 'sketch-log' });
    expect(result.cells[0]![0]!.map((w) => w.file)).toEqual(['Sketch_Log-1.3.0.rc1-cp310-cp310-manylinux1_x86_64.whl']);
    expect(result.foreign).toEqual([]);
  });
});

/** Every file name the real PyPI answers of __fixtures__/real/pypi list (JSON API `urls[]`, PEP 691 `files[]`). */
const REAL = path.join(import.meta.dirname, '../../__fixtures__/real/pypi');
const realNames = readdirSync(REAL)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const body = JSON.parse(readFileSync(path.join(REAL, f), 'utf8')) as { urls?: Array<{ filename: string }>; files?: Array<{ filename: string }> };
    return [...(body.urls ?? []), ...(body.files ?? [])].map((u) => u.filename);
  });

/** What each real name reads as: a wheel's name, version and tags, or an sdist's name, version and format. */
const REAL_NAMES: Record<string, { wheel: [string, string, string, string, string] } | { sdist: [string, string, 'tar.gz' | 'zip'] }> = {
  'attrs-17.4.0-py2.py3-none-any.whl': { wheel: ['attrs', '17.4.0', 'py2.py3', 'none', 'any'] },
  'attrs-17.4.0.tar.gz': { sdist: ['attrs', '17.4.0', 'tar.gz'] },
  'black-21.11b0-py3-none-any.whl': { wheel: ['black', '21.11b0', 'py3', 'none', 'any'] },
  'black-21.11b0.tar.gz': { sdist: ['black', '21.11b0', 'tar.gz'] },
  'beautifulsoup4-4.0.1.tar.gz': { sdist: ['beautifulsoup4', '4.0.1', 'tar.gz'] },
  'beautifulsoup4-4.0.2.tar.gz': { sdist: ['beautifulsoup4', '4.0.2', 'tar.gz'] },
  'beautifulsoup4-4.12.3-py3-none-any.whl': { wheel: ['beautifulsoup4', '4.12.3', 'py3', 'none', 'any'] },
  'beautifulsoup4-4.12.3.tar.gz': { sdist: ['beautifulsoup4', '4.12.3', 'tar.gz'] },
  'beautifulsoup4-4.13.0b2-py3-none-any.whl': { wheel: ['beautifulsoup4', '4.13.0b2', 'py3', 'none', 'any'] },
  'beautifulsoup4-4.13.0b2.tar.gz': { sdist: ['beautifulsoup4', '4.13.0b2', 'tar.gz'] }
};

describe('real wheel and sdist names from PyPI', () => {
  it('every real name has expectations', () => {
    expect([...new Set(realNames)].sort()).toEqual(Object.keys(REAL_NAMES).sort());
  });

  it.each([...new Set(realNames)])('%s', (file) => {
    const want = REAL_NAMES[file]!;
    if ('wheel' in want) {
      const [name, version, python, abi, platform] = want.wheel;
      const parsed = parseWheelName(file);
      expect(parsed).toEqual({
        ok: true,
        wheel: { file, name, canonicalName: name, version, build: null, pythonTags: python.split('.'), abiTags: [abi], platformTags: [platform] }
      });
      expect(parseSdistName(file).ok).toBe(false);
    } else {
      const [name, version, format] = want.sdist;
      expect(parseSdistName(file)).toEqual({ ok: true, sdist: { file, name, canonicalName: name, version, format } });
      expect(parseWheelName(file).ok).toBe(false);
    }
  });
});

describe('parseSdistName', () => {
  it.each([
    // Older uploads kept dashes in the name and used .zip (PEP 527 still allowed it); pip splits at the last dash.
    ['python-dateutil-2.8.2.tar.gz', { name: 'python-dateutil', canonicalName: 'python-dateutil', version: '2.8.2', format: 'tar.gz' }],
    ['Django-1.0.zip', { name: 'Django', canonicalName: 'django', version: '1.0', format: 'zip' }],
    ['sketchlog-1.3.0rc1.tar.gz', { name: 'sketchlog', canonicalName: 'sketchlog', version: '1.3.0rc1', format: 'tar.gz' }]
  ])('%s', (file, sdist) => {
    expect(parseSdistName(file)).toEqual({ ok: true, sdist: { file, ...sdist } });
  });

  it.each([
    ['sketchlog-1.2.3.tar.bz2', 'ends neither in .tar.gz nor in .zip'],
    ['sketchlog.tar.gz', 'has no dash before the version'],
    ['sketchlog-latest.tar.gz', 'version "latest" is not PEP 440']
  ])('refuses %s', (file, problem) => {
    const parsed = parseSdistName(file);
    expect(parsed.ok ? null : parsed.problem).toContain(problem);
  });
});
