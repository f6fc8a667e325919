/**
 * PyPI's JSON API release document and the PEP 691 JSON simple page, read as pip reads them:
 * files, sha256, yanked (and why), core metadata, provenance — over the real answers in
 * __fixtures__/real/pypi (see its README.md) and the PEP keys those samples lack.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PypiError, readPypiRelease, readSimpleProject, type PypiFile, type SimpleFile } from '../../src/formats/pypi.js';

const REAL = path.join(import.meta.dirname, '../../__fixtures__/real/pypi');
const samples = readdirSync(REAL).filter((f) => f.endsWith('.json'));
const load = (file: string): unknown => JSON.parse(readFileSync(path.join(REAL, file), 'utf8'));
const FILES = 'https://files.pythonhosted.org/packages';

/** The JSON API samples: the release and its files. */
const RELEASES: Record<string, { name: string; version: string; yanked: boolean; yankedReason: string | null; dists: PypiFile[] }> = {
  'attrs-17.4.0.json': {
    name: 'attrs',
    version: '17.4.0',
    // Written before PyPI had `yanked`: no key at all, which is "not yanked".
    yanked: false,
    yankedReason: null,
    dists: [
      {
        filename: 'attrs-17.4.0-py2.py3-none-any.whl',
        sha256: 'a17a9573a6f475c99b551c0e0a812707ddda1ec9653bed04c13841404ed6f450',
        yanked: false,
        yankedReason: null,
        packagetype: 'bdist_wheel',
        url: `${FILES}/b5/60/4e178c1e790fd60f1229a9b3cb2f8bc2f4cc6ff2c8838054c142c70b5adc/attrs-17.4.0-py2.py3-none-any.whl`
      },
      {
        filename: 'attrs-17.4.0.tar.gz',
        sha256: '1c7960ccfd6a005cd9f7ba884e6316b5e430a3f1a6c37c5f87d8b43f83b54ec9',
        yanked: false,
        yankedReason: null,
        packagetype: 'sdist',
        url: `${FILES}/8b/0b/a06cfcb69d0cb004fde8bc6f0fd192d96d565d1b8aa2829f0f20adb796e5/attrs-17.4.0.tar.gz`
      }
    ]
  },
  'black-21.11b0.json': {
    name: 'black',
    version: '21.11b0',
    yanked: true,
    yankedReason: 'Broken regex dependency. Use 21.11b1 instead.',
    dists: [
      {
        filename: 'black-21.11b0-py3-none-any.whl',
        sha256: 'e16b6879ed61f9268994b879174fad1cb2319a651afd20f8cf036428ac65f846',
        yanked: true,
        yankedReason: 'Broken regex dependency. Use 21.11b1 instead.',
        packagetype: 'bdist_wheel',
        url: `${FILES}/3d/ad/1cf514e7f9ee4c3d8df7c839d7977f7605ad76557f3fca741ec67f76dba6/black-21.11b0-py3-none-any.whl`
      },
      {
        filename: 'black-21.11b0.tar.gz',
        sha256: 'f23c482185d842e2f19d506e55c004061167e3c677c063ecd721042c62086ada',
        yanked: true,
        yankedReason: 'Broken regex dependency. Use 21.11b1 instead.',
        packagetype: 'sdist',
        url: `${FILES}/2f/db/03e8cef689ab0ff857576ee2ee288d1ff2110ef7f3a77cac62e61f18acaf/black-21.11b0.tar.gz`
      }
    ]
  }
};

const simple = (filename: string, sha256: string, url: string, requiresPython: string | null, metadata: string | null): SimpleFile => ({
  filename,
  url: `${FILES}/${url}/${filename}`,
  sha256,
  yanked: false,
  yankedReason: null,
  coreMetadata: metadata === null ? null : { sha256: metadata },
  provenance: null,
  requiresPython
});

/** The PEP 691 samples: the page and every file it lists. */
const PAGES: Record<string, { project: string; apiVersion: string; files: SimpleFile[] }> = {
  'simple-beautifulsoup4.json': {
    project: 'BeautifulSoup4',
    apiVersion: '1.1',
    files: [
      simple(
        'beautifulsoup4-4.0.1.tar.gz',
        'dc6bc8e8851a1c590c8cc8f25915180fdcce116e268d1f37fa991d2686ea38de',
        '6f/be/99dcf74d947cc1e7abef5d0c4572abcb479c33ef791d94453a8fd7987d8f',
        null,
        null
      ),
      simple(
        'beautifulsoup4-4.0.2.tar.gz',
        '353792f8246a9551b232949fb14dce21d9b6ced9207bf9f4a69a4c4eb46c8127',
        'a0/75/db36172ea767dd2f0c9817a99e24f7e9b79c2ce63eb2f8b867284cc60daf',
        null,
        null
      ),
      simple(
        'beautifulsoup4-4.12.3-py3-none-any.whl',
        'b80878c9f40111313e55da8ba20bdba06d8fa3969fc68304167741bbf9e082ed',
        'b1/fe/e8c672695b37eecc5cbf43e1d0638d88d66ba3a44c4d321c796f4e59167f',
        '>=3.6.0',
        '524392d64a088e56a4232f50d6edb208dc03105394652acb72c6d5fa64c89f3e'
      ),
      simple(
        'beautifulsoup4-4.12.3.tar.gz',
        '74e3d1928edc070d21748185c46e3fb33490f22f52a3addee9aee0f4f7781051',
        'b3/ca/824b1195773ce6166d388573fc106ce56d4a805bd7427b624e063596ec58',
        '>=3.6.0',
        null
      ),
      simple(
        'beautifulsoup4-4.13.0b2-py3-none-any.whl',
        '7e05ad0b6c26108d9990e2235e8a9b4e2c03ead6f391ceb60347f8ebea6b80ba',
        '14/7e/e4313dad823c3a0751c99b9bc0182b1dd19aea164ce7445e9a70429b9e92',
        '>=3.6.0',
        'd0aa787c2b55e5b0b3aff66f137cf33341c5e781cb87b4dc184cbb25c7ac0ab5'
      ),
      simple(
        'beautifulsoup4-4.13.0b2.tar.gz',
        'c684ddec071aa120819889aa9e8940f85c3f3cdaa08e23b9fa26510387897bd5',
        '81/bd/c97d94e2b96f03d1c50bc9de04130e014eda89322ba604923e0c251eb02e',
        '>=3.6.0',
        null
      )
    ]
  }
};

test('every real PyPI sample has expectations, and the README lists it', () => {
  expect(samples.sort()).toEqual([...Object.keys(RELEASES), ...Object.keys(PAGES)].sort());
  const readme = readFileSync(path.join(REAL, 'README.md'), 'utf8');
  for (const file of samples) expect([file, readme.includes(`| ${file} |`)]).toEqual([file, true]);
});

describe('real JSON API release documents', () => {
  test.each(Object.keys(RELEASES))('%s', (file) => {
    const want = RELEASES[file]!;
    expect(readPypiRelease(load(file))).toEqual({ ok: true, release: { ...want, files: want.dists.map((d) => d.filename) } });
  });

  test.each(Object.keys(RELEASES))('%s read as a simple page is refused: it is the other API', (file) => {
    expect(() => readSimpleProject(load(file), RELEASES[file]!.name, 'https://pypi.org/simple/x/', 'https://pypi.org/simple/x/')).toThrow(
      'the simple API page https://pypi.org/simple/x/ is a malformed PEP 691 page (meta:'
    );
  });
});

describe('real PEP 691 project pages', () => {
  test.each(Object.keys(PAGES))('%s', (file) => {
    const want = PAGES[file]!;
    const page = 'https://pypi.org/simple/beautifulsoup4/';
    expect(readSimpleProject(load(file), want.project, page, page)).toEqual({
      name: 'beautifulsoup4',
      apiVersion: want.apiVersion,
      url: page,
      files: want.files
    });
  });

  test.each(Object.keys(PAGES))('%s is refused for another project, and as a release document', (file) => {
    const page = 'https://pypi.org/simple/other/';
    expect(() => readSimpleProject(load(file), 'other', page, page)).toThrow(
      'the simple API page https://pypi.org/simple/other/ is for project "beautifulsoup4", not other'
    );
    expect(readPypiRelease(load(file))).toEqual({ ok: false, missingInfo: true, issue: expect.stringContaining('info') });
  });
});

describe('PEP 691 keys the samples lack, as pip reads them', () => {
  const page = 'https://index.example/simple/p/';
  const one = (file: Record<string, unknown>) =>
    readSimpleProject(
      { meta: { 'api-version': '1.3' }, name: 'p', files: [{ filename: 'p-1.0.tar.gz', url: '../../files/p-1.0.tar.gz', hashes: {}, ...file }] },
      'p',
      page,
      page
    ).files[0]!;

  test.each([
    ['a reason string: yanked, with the reason', 'broken build', true, 'broken build'],
    ['true: yanked without a reason', true, true, null],
    // pip's Link.from_json: an empty string is falsy, so the file is not yanked.
    ['an empty string: not yanked (pip)', '', false, null],
    ['false', false, false, null]
  ])('yanked as %s', (_what, yanked, isYanked, reason) => {
    expect(one({ yanked })).toMatchObject({ yanked: isYanked, yankedReason: reason });
  });

  test('core-metadata wins over data-dist-info-metadata; the old key alone still counts; true has no hash', () => {
    const a = 'a'.repeat(64);
    const b = 'B'.repeat(64);
    expect(one({ 'core-metadata': { sha256: a }, 'data-dist-info-metadata': { sha256: 'c'.repeat(64) } }).coreMetadata).toEqual({ sha256: a });
    expect(one({ 'data-dist-info-metadata': { sha256: b } }).coreMetadata).toEqual({ sha256: b.toLowerCase() });
    expect(one({ 'core-metadata': true }).coreMetadata).toEqual({ sha256: null });
    expect(one({ 'core-metadata': false, 'data-dist-info-metadata': false }).coreMetadata).toBeNull();
  });

  test('relative file and provenance URLs resolve against the page (PEP 740 provenance)', () => {
    const file = one({ provenance: '/integrity/p/1.0/p-1.0.tar.gz/provenance' });
    expect([file.url, file.provenance]).toEqual(['https://index.example/files/p-1.0.tar.gz', 'https://index.example/integrity/p/1.0/p-1.0.tar.gz/provenance']);
    expect(one({ provenance: null }).provenance).toBeNull();
  });

  test('a sha256 that is not 64 hex digits is refused, naming the file', () => {
    expect(() => one({ hashes: { sha256: 'abc' } })).toThrow(PypiError);
    expect(() => one({ hashes: { sha256: 'abc' } })).toThrow('gives files.0.hashes.sha256 that is not 64 hex digits (p-1.0.tar.gz)');
  });
});
