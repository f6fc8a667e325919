/**
 * Go's h1 hash (dirhash.Hash1): the definition and its order, golang.org/x/mod's own vectors, and
 * the real samples of __fixtures__/real/go: a module's dirhash summary hashes to the h1 that
 * sum.golang.org records for it, and the rows of cmd/go's zip_sums.csv read as Go writes them.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { escapeModulePath, escapeModuleVersion } from '../../src/clients/go/module-path.js';
import { DirHashError, goModHash, h1Digest, hash1, hash1Summary, readHash1Summary } from '../../src/formats/dirhash.js';
import { parseLookup, recordHashes } from '../../src/formats/sumdb.js';

const REAL = path.join(import.meta.dirname, '../../__fixtures__/real/go');
const real = (file: string) => readFileSync(path.join(REAL, file), 'utf8');
const samples = (prefix: string) => readdirSync(REAL).filter((f) => f.startsWith(prefix));

const hex = (text: string) => createHash('sha256').update(text).digest('hex');
const b64 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('dirhash h1', () => {
  test('no files: the sha256 of nothing', () => {
    expect(hash1([])).toBe('h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  test("golang.org/x/mod's TestHash1 case: lines sorted by name, two spaces, newline", () => {
    const files = ['xyz', 'abc'].map((name) => ({ name, sha256: hex(`data for ${name}`) }));
    const want = `${hex('data for abc')}  abc\n${hex('data for xyz')}  xyz\n`;
    expect(hash1(files)).toBe(`h1:${b64(want)}`);
  });

  test('go.mod is hashed under the bare name go.mod, as cmd/go does', () => {
    const mod = 'module example.com/m\n';
    expect(goModHash(Buffer.from(mod))).toBe(`h1:${b64(`${hex(mod)}  go.mod\n`)}`);
  });

  test('a name with a line break is refused', () => {
    expect(() => hash1([{ name: 'a\nb', sha256: hex('') }])).toThrow(DirHashError);
  });

  test('names sort by their UTF-8 bytes, as Go sorts strings', () => {
    // U+FF5E sorts before U+1F600 in UTF-8 (EF BD… < F0 9F…), after it in UTF-16 (FF5E > D83D).
    const files = [
      { name: 'm/\u{1F600}', sha256: hex('a') },
      { name: 'm/\uFF5E', sha256: hex('b') }
    ];
    expect(hash1Summary(files)).toBe(`${hex('b')}  m/\uFF5E\n${hex('a')}  m/\u{1F600}\n`);
  });
});

describe('golang.org/x/mod/sumdb/dirhash hash_test.go vectors', () => {
  // TestHash1, TestHashDir and TestHashZip: files abc and xyz holding "data for <name>", bare and under "prefix/".
  const files = (prefix: string) => ['xyz', 'abc'].map((name) => ({ name: `${prefix}${name}`, sha256: hex(`data for ${name}`) }));
  test.each(['', 'prefix/'])('files under %j', (prefix) => {
    const want = `h1:${b64(`${hex('data for abc')}  ${prefix}abc\n${hex('data for xyz')}  ${prefix}xyz\n`)}`;
    expect(hash1(files(prefix))).toBe(want);
  });
  test('a name with a line break is refused (Hash1: "expected error on newline in filenames")', () => {
    expect(() =>
      hash1([
        { name: 'xyz', sha256: hex('data for xyz') },
        { name: 'a\nbc', sha256: hex('x') }
      ])
    ).toThrow('file name "a bc" contains a line break');
  });
});

/** Each real dirhash summary and the lookup answer that records its module's hashes. */
const SUMMARIES: Record<string, { lookup: string; module: string; version: string; files: number }> = {
  'dirhash-go-libp2p-blankhost@v0.2.0.txt': {
    lookup: 'lookup-go-libp2p-blankhost@v0.2.0.txt',
    module: 'github.com/libp2p/go-libp2p-blankhost',
    version: 'v0.2.0',
    files: 7
  }
};

describe('real dirhash summaries', () => {
  test('each sample has expectations', () => {
    expect(samples('dirhash-').sort()).toEqual(Object.keys(SUMMARIES).sort());
  });

  test.each(samples('dirhash-'))('%s hashes to the h1 sum.golang.org records, and its go.mod line to the /go.mod hash', (file) => {
    const want = SUMMARIES[file]!;
    const text = real(file);
    const files = readHash1Summary(text);
    expect(files).toHaveLength(want.files);
    for (const f of files) expect(f.name.startsWith(`${want.module}@${want.version}/`)).toBe(true);
    // The summary is already in Go's order: rebuilding it gives the same bytes.
    expect(hash1Summary(files)).toBe(text);
    const record = recordHashes(parseLookup(Buffer.from(real(want.lookup)), want.lookup).text, want.module, want.version);
    expect(hash1(files)).toBe(record.zip);
    const goMod = files.find((f) => f.name === `${want.module}@${want.version}/go.mod`)!;
    expect(hash1([{ name: 'go.mod', sha256: goMod.sha256 }])).toBe(record.mod);
    // One changed digest is another module.
    expect(hash1([{ ...files[0]!, sha256: hex('other') }, ...files.slice(1)])).not.toBe(record.zip);
  });

  test.each([
    ['a line without two spaces', 'abc go.mod\n', 'line 1 of the dirhash summary is not "<sha256 hex>  <file name>"'],
    ['no final line break', `${hex('x')}  go.mod`, 'does not end with a line break']
  ])('refuses a summary with %s', (_what, text, message) => {
    expect(() => readHash1Summary(text)).toThrow(message);
  });
});

/** Rows of cmd/go's zip_sums.csv excerpt: module,version,h1 of the zip's files,sha256 of the zip file. */
const ZIP_SUM_ROWS: Record<string, { rows: number; picks: Array<{ row: number; escapedPath: string; escapedVersion: string; h1: string }> }> = {
  'zip_sums-excerpt.csv': {
    rows: 18,
    picks: [
      { row: 0, escapedPath: '9fans.net/go', escapedVersion: 'v0.0.2', h1: 'h1:RYM6lWITV8oADrwLfdzxmt8ucfW6UtP9v1jg4qAbqts=' },
      {
        row: 12,
        escapedPath: 'github.com/!andreas!briese/bbloom',
        escapedVersion: 'v0.0.0-20190306092124-e2d15f34fcf9',
        h1: 'h1:HD8gA2tkByhMAwYaFAX9w2l7vxvBQ5NMoxDrkhqhtn4='
      },
      {
        row: 17,
        escapedPath: 'github.com/!azure/azure-sdk-for-go',
        escapedVersion: 'v36.0.0+incompatible',
        h1: 'h1:XIaBmA4pgKqQ7jInQPaNJQ4pOHrdJjw9gYXhbyiChaU='
      }
    ]
  }
};

describe("real rows of cmd/go's zip_sums.csv (their zips are not here: read, not hashed)", () => {
  test('each sample has expectations', () => {
    expect(samples('zip_sums-').sort()).toEqual(Object.keys(ZIP_SUM_ROWS).sort());
  });

  test.each(samples('zip_sums-'))('%s: every row is a module, a version, a 32-byte h1 and a zip sha256', (file) => {
    const want = ZIP_SUM_ROWS[file]!;
    const rows = real(file)
      .trimEnd()
      .split('\n')
      .map((line) => line.split(','));
    expect(rows).toHaveLength(want.rows);
    for (const [module, version, h1, zipSha256, ...more] of rows) {
      expect(more).toEqual([]);
      expect(h1Digest(h1!)?.length).toBe(32);
      expect(zipSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(escapeModulePath(module!)).not.toContain('A');
      expect(escapeModuleVersion(version!)).toMatch(/^v\d/);
    }
    for (const pick of want.picks) {
      const [module, version, h1] = rows[pick.row]!;
      expect([escapeModulePath(module!), escapeModuleVersion(version!), h1]).toEqual([pick.escapedPath, pick.escapedVersion, pick.h1]);
    }
  });

  test.each([['h2:RYM6lWITV8oADrwLfdzxmt8ucfW6UtP9v1jg4qAbqts='], ['h1:RYM6lWITV8oADrwLfdzxmt8ucfW6UtP9v1jg4qAbqt='], ['h1:']])('%s is no h1 hash', (value) => {
    expect(h1Digest(value)).toBeNull();
  });
});

test('DirHashError is what refuses a summary', () => {
  expect(() => readHash1Summary('x\n')).toThrow(DirHashError);
});
