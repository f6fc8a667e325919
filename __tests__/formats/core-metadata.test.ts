/**
 * The header block of METADATA, WHEEL and PKG-INFO, read as Python's email parser (compat32, the
 * one packaging's parse_email, pip and PyPI use) reads it, over the real samples in
 * __fixtures__/real/core-metadata (see its README.md). The expected keys, counts and values are
 * what `email.parser.Parser(policy=compat32)` gives for each sample.
 */
import { describe, expect, it, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readHeaders, singleHeader } from '../../src/formats/core-metadata.js';
import { realSamples } from '../../test-support/real-samples.js';

const REAL = path.join(import.meta.dirname, '../../__fixtures__/real/core-metadata');
const samples = realSamples('core-metadata');
const load = (file: string): string => readFileSync(path.join(REAL, file), 'utf8');

interface Expected {
  metadataVersion: string | null;
  name: string | null;
  version: string | null;
  tags: string[];
  /** Distinct keys, lower-cased, in first-seen order. */
  keys: string[];
  /** Header lines in all (a repeated key counts each time), as Python's msg.keys() counts them. */
  headerLines: number;
  /** Single values that must read exactly so. */
  values: Record<string, string>;
}

const EXPECTED: Record<string, Expected> = {
  'everything-2.4.METADATA': {
    metadataVersion: '2.4',
    name: 'BeagleVote',
    version: '1.0a2',
    tags: [],
    keys: [
      'metadata-version',
      'name',
      'version',
      'platform',
      'supported-platform',
      'summary',
      'description-content-type',
      'keywords',
      'home-page',
      'download-url',
      'author',
      'author-email',
      'maintainer',
      'maintainer-email',
      'license',
      'license-expression',
      'license-file',
      'classifier',
      'provides-extra',
      'requires-dist',
      'requires-python',
      'requires-external',
      'project-url',
      'provides-dist',
      'dynamic',
      'import-name',
      'thisisnotreal'
    ],
    headerLines: 41,
    values: {
      'requires-python': '>=3',
      license: 'This software may only be obtained by sending the\n        author a postcard, and then the user promises not\n        to redistribute it.',
      author: 'C. Schultz, Universal Features Syndicate,\n        Los Angeles, CA <cschultz@peanuts.example.com>',
      'license-expression': 'Apache-2.0 OR BSD-2-Clause',
      thisisnotreal: 'Hello!'
    }
  },
  'backports.tarfile-1.1.1.METADATA': {
    metadataVersion: '2.1',
    name: 'backports.tarfile',
    version: '1.1.1',
    tags: [],
    keys: [
      'metadata-version',
      'name',
      'version',
      'summary',
      'author-email',
      'project-url',
      'classifier',
      'requires-python',
      'description-content-type',
      'license-file',
      'provides-extra',
      'requires-dist'
    ],
    headerLines: 26,
    values: { 'requires-python': '>=3.8', 'author-email': '"Jason R. Coombs" <jaraco@jaraco.com>', 'description-content-type': 'text/x-rst' }
  },
  'pep427-example.WHEEL': {
    metadataVersion: null,
    name: null,
    version: null,
    tags: ['py2-none-any', 'py3-none-any'],
    keys: ['wheel-version', 'generator', 'root-is-purelib', 'tag', 'build'],
    headerLines: 6,
    values: { 'wheel-version': '1.0', generator: 'bdist_wheel 1.0', 'root-is-purelib': 'true', build: '1' }
  },
  'setuptools-44.1.1.1.PKG-INFO': {
    metadataVersion: '2.1',
    name: 'setuptools',
    version: '44.1.1.1',
    tags: [],
    // Keywords … Provides-Extra follow the folded Description, whose blank lines are 8 spaces:
    // before the move the reader stopped at the first of them and lost these six keys.
    keys: [
      'metadata-version',
      'name',
      'version',
      'summary',
      'home-page',
      'author',
      'author-email',
      'license',
      'project-url',
      'description',
      'keywords',
      'platform',
      'classifier',
      'requires-python',
      'description-content-type',
      'provides-extra'
    ],
    headerLines: 31,
    values: {
      'requires-python': '!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*,>=2.7',
      keywords: 'CPAN PyPI distutils eggs package management',
      'description-content-type': 'text/x-rst; charset=UTF-8',
      license: 'UNKNOWN'
    }
  },
  'sampleproject-2.0.0.PKG-INFO': {
    metadataVersion: '2.1',
    name: 'sampleproject',
    version: '2.0.0',
    tags: [],
    // The first empty line (inside what was the folded Description) ends the headers: Keywords,
    // Classifier, Requires-Python and Requires-Dist below it are body text to Python, and to us.
    keys: ['metadata-version', 'name', 'version', 'summary', 'home-page', 'author', 'author-email', 'license', 'project-url', 'description'],
    headerLines: 13,
    values: { description: '# A sample Python project', license: 'UNKNOWN', 'home-page': 'https://github.com/pypa/sampleproject' }
  }
};

test('every real sample has expectations, and the folder README attributes each', () => {
  expect(samples.sort()).toEqual(Object.keys(EXPECTED).sort());
  const readme = load('README.md');
  for (const file of samples) {
    const row = readme.split('\n').find((line) => line.startsWith(`| ${file} |`));
    expect(row).toBeDefined();
    // file | repository | path | commit | licence | changed
    const cells = row!.split('|').map((c) => c.trim());
    expect(cells[4]).toMatch(/^[0-9a-f]{40}$/);
    expect(cells[5]).not.toBe('');
  }
});

describe.each(samples)('%s', (file) => {
  const text = load(file);
  const expected = EXPECTED[file]!;
  const headers = readHeaders(text);

  it('reads Metadata-Version, Name, Version and the Tag list exactly', () => {
    expect(singleHeader(headers, 'Metadata-Version')).toBe(expected.metadataVersion);
    expect(singleHeader(headers, 'Name')).toBe(expected.name);
    expect(singleHeader(headers, 'Version')).toBe(expected.version);
    expect(headers.get('tag') ?? []).toEqual(expected.tags);
  });

  it('reads the same keys and header lines as Python, and nothing of the body', () => {
    expect([...headers.keys()]).toEqual(expected.keys);
    expect([...headers.values()].reduce((n, v) => n + v.length, 0)).toBe(expected.headerLines);
    for (const [key, value] of Object.entries(expected.values)) expect(singleHeader(headers, key)).toBe(value);
  });

  it('reads CRLF and bare-CR line endings as Python does (\\r\\n, \\r and \\n all end a line)', () => {
    expect(readHeaders(text.replace(/\n/g, '\r\n'))).toEqual(headers);
    expect(readHeaders(text.replace(/\n/g, '\r'))).toEqual(headers);
  });

  it('matches keys in any case', () => {
    const recased = text.replace(/^([A-Za-z-]+):/gm, (_, key: string) => `${key.toUpperCase()}:`);
    const end = text.search(/\n\n/);
    // Only the header block is re-cased: the body stays as it was.
    const swapped = end < 0 ? recased : recased.slice(0, end) + text.slice(end);
    expect(readHeaders(swapped)).toEqual(headers);
  });
});

describe('the header block ends where Python ends it', () => {
  const setuptools = load('setuptools-44.1.1.1.PKG-INFO');

  it('keeps a folded Description whose blank lines are 8 spaces, continuation lines and all', () => {
    const description = singleHeader(readHeaders(setuptools), 'Description')!;
    expect(
      description.startsWith('.. image:: https://img.shields.io/pypi/v/setuptools.svg\n           :target: https://pypi.org/project/setuptools\n        \n')
    ).toBe(true);
    expect(description.endsWith('`PyPA Code of Conduct <https://www.pypa.io/en/latest/code-of-conduct/>`_.')).toBe(true);
    // Python's value has 52 lines; the last is the trailing 8-space line, which the trim drops.
    expect(description.split('\n')).toHaveLength(51);
  });

  it('never reads the body, even lines of it that look like headers', () => {
    const sample = load('everything-2.4.METADATA');
    const withBody = `${sample}Name: not-this\nVersion: 9\nTag: py3-none-any\n`;
    expect(readHeaders(withBody)).toEqual(readHeaders(sample));
    const pkgInfo = readHeaders(load('sampleproject-2.0.0.PKG-INFO'));
    for (const key of ['keywords', 'classifier', 'requires-python', 'requires-dist', 'provides-extra']) expect(pkgInfo.has(key)).toBe(false);
  });

  it('ends at a line that is not a header (Python reads the rest as the body)', () => {
    const sample = load('backports.tarfile-1.1.1.METADATA');
    for (const intruder of ['This line has no colon', 'Summary : a space before the colon']) {
      const headers = readHeaders(sample.replace('Version: 1.1.1\n', `Version: 1.1.1\n${intruder}\n`));
      expect([...headers.keys()]).toEqual(['metadata-version', 'name', 'version']);
      expect(singleHeader(headers, 'Version')).toBe('1.1.1');
    }
  });

  it('skips a header with an empty key and a continuation line before any header', () => {
    const headers = readHeaders('  stray continuation\n: no key\nName: sketchlog\nVersion: 1.0\n');
    expect([...headers.entries()]).toEqual([
      ['name', ['sketchlog']],
      ['version', ['1.0']]
    ]);
  });
});

describe('singleHeader', () => {
  const everything = readHeaders(load('everything-2.4.METADATA'));

  it('is null for a key repeated with different values (Platform, Tag) and for a missing key', () => {
    expect(everything.get('platform')).toEqual(['ObscureUnix', 'RareDOS']);
    expect(singleHeader(everything, 'Platform')).toBeNull();
    expect(singleHeader(readHeaders(load('pep427-example.WHEEL')), 'Tag')).toBeNull();
    expect(singleHeader(everything, 'Obsoletes-Dist')).toBeNull();
  });

  it('takes the key in any case', () => {
    expect(singleHeader(everything, 'METADATA-VERSION')).toBe('2.4');
    expect(singleHeader(everything, 'name')).toBe('BeagleVote');
  });

  it('reads a Name given twice alike once, and given twice differently as none', () => {
    const text = load('everything-2.4.METADATA');
    expect(singleHeader(readHeaders(text.replace('Name: BeagleVote\n', 'Name: BeagleVote\nName: BeagleVote\n')), 'Name')).toBe('BeagleVote');
    expect(singleHeader(readHeaders(text.replace('Name: BeagleVote\n', 'Name: BeagleVote\nName: BeagleBallot\n')), 'Name')).toBeNull();
  });
});
