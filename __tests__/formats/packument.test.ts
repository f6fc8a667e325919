/**
 * npm packuments, full and abbreviated: which versions a package holds and held, one version's
 * dist (tarball, integrity, shasum, signatures, attestations) and gitHead — over the real registry
 * answers in __fixtures__/real/npm (see its README.md) and the refusals a wrong document earns.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  PackumentCollector,
  PACKUMENT_PATHS,
  PackumentError,
  readPackumentVersions,
  readVersionDocument,
  readVersionLookup,
  sha512OfIntegrity,
  type NpmVersionManifest
} from '../../src/formats/packument.js';
import { selectJsonBytes } from '../../src/util/json-stream.js';

/** What a streamed read of `text` hands the readers for `version` (null: the versions only). */
async function streamed(text: string, version: string | null): Promise<unknown> {
  const collector = new PackumentCollector(version);
  const outline = await selectJsonBytes(Buffer.from(text), PACKUMENT_PATHS, (found) => collector.take(found));
  return collector.reduced(outline);
}

const REAL = path.join(import.meta.dirname, '../../__fixtures__/real/npm');
// The folder also holds attestations and keys answers (read by npm-attestations.test.ts and npm-keys.test.ts).
const samples = readdirSync(REAL).filter((f) => /\.(full|abbreviated)\.json$/.test(f));
const load = (file: string): unknown => JSON.parse(readFileSync(path.join(REAL, file), 'utf8'));

const NOT_LICENSED_DIST = {
  tarball: 'https://registry.npmjs.org/not-licensed/-/not-licensed-1.0.0.tgz',
  integrity: 'sha512-U9DmnjDE+hh2EGC4ug7XOKHlxVkbv2+vguUXeHT0ffGUChyt6LsX5MZ8q5cuH05el8BQrCrxzzBkrGnDuFwV0Q==',
  shasum: 'e0c0d3022af1e51a49d24703c9c7a0c30a0f59a8',
  signatures: [
    {
      keyid: 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA',
      sig: 'MEUCICnUmc7y4OyUP8Cz5CFTnXBO3mzUTs+c5L9Fn7AjTml1AiEAk7VlYRz8GPdNGY+HgURUiX9ceiOLSZyMop2uBleTbOM='
    }
  ],
  attestations: null
};
const TINY_TARBALL_DIST = {
  tarball: 'https://registry.npmjs.org/tiny-tarball/-/tiny-tarball-1.0.0.tgz',
  integrity: 'sha512-SxmEuEiq4d9L2UjUCyP7g3KHND65MJnsFbEwCbaoMp9NYjHjufAzIUCRaRHB+FNTwzZ1e2xjBoYobBB8pqB5IQ==',
  shasum: 'bbf102d5ae73afe2c553295e0fb02230216f65b1',
  signatures: [
    {
      keyid: 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA',
      sig: 'MEUCICguG74eMv+l6RBT6cDoOhWysqtjms2zSXyWwg6LC5XnAiEAq1VSNbCx+D4LT6lgzYx0JGs0PPWKgP9XuQn8tniow2c='
    }
  ],
  attestations: null
};

/** What each real packument says: the package, its versions (and timed ones), latest, and the entry of `version`. */
const EXPECTED: Record<string, { name: string; version: string; versions: string[]; timed: string[]; latest: string; manifest: NpmVersionManifest }> = {
  'not-licensed.full.json': {
    name: 'not-licensed',
    version: '1.0.0',
    versions: ['1.0.0'],
    timed: ['1.0.0'],
    latest: '1.0.0',
    manifest: { version: '1.0.0', dist: NOT_LICENSED_DIST, gitHead: 'bd842fd7a3ac910f4c9cf084253bf99d2aab0a46', publishedAt: '2016-02-06T06:03:32.362Z' }
  },
  // The abbreviated form has no `time` (only `modified`) and no gitHead: gitHead and publishedAt read as absent, not as errors.
  'not-licensed.abbreviated.json': {
    name: 'not-licensed',
    version: '1.0.0',
    versions: ['1.0.0'],
    timed: [],
    latest: '1.0.0',
    manifest: { version: '1.0.0', dist: NOT_LICENSED_DIST, gitHead: null, publishedAt: null }
  },
  // Published with npm 2 (2015), before npm recorded gitHead: none in the full packument either.
  'tiny-tarball.full.json': {
    name: 'tiny-tarball',
    version: '1.0.0',
    versions: ['1.0.0'],
    timed: ['1.0.0'],
    latest: '1.0.0',
    manifest: { version: '1.0.0', dist: TINY_TARBALL_DIST, gitHead: null, publishedAt: '2015-03-24T00:12:24.039Z' }
  },
  'tiny-tarball.abbreviated.json': {
    name: 'tiny-tarball',
    version: '1.0.0',
    versions: ['1.0.0'],
    timed: [],
    latest: '1.0.0',
    manifest: { version: '1.0.0', dist: TINY_TARBALL_DIST, gitHead: null, publishedAt: null }
  }
};

describe('real packuments', () => {
  test('every sample has expectations, and the README lists it', () => {
    expect(samples.sort()).toEqual(Object.keys(EXPECTED).sort());
    const readme = readFileSync(path.join(REAL, 'README.md'), 'utf8');
    for (const file of samples) expect([file, readme.includes(`| ${file} |`)]).toEqual([file, true]);
  });

  test.each(samples)('%s: versions held and the entry of the version', (file) => {
    const want = EXPECTED[file]!;
    const raw = load(file);
    expect(readPackumentVersions(raw, want.name)).toEqual({ name: want.name, versions: want.versions, timedVersions: want.timed });
    expect(readVersionLookup(raw, want.name, want.version)).toEqual({ manifest: want.manifest, versions: want.versions, latest: want.latest });
    // The recorded sha512 is the SRI's digest, as npm's ssri reads it.
    expect(sha512OfIntegrity(want.manifest.dist.integrity!, `${want.name}@${want.version}`)).toBe(want.manifest.dist.integrity!.slice('sha512-'.length));
  });

  test.each(samples)('%s: read as it streams, it answers as the whole document does', async (file) => {
    const want = EXPECTED[file]!;
    const text = readFileSync(path.join(REAL, file), 'utf8');
    expect(readPackumentVersions(await streamed(text, null), want.name)).toEqual(readPackumentVersions(JSON.parse(text), want.name));
    for (const version of [want.version, '9.9.9']) {
      expect(readVersionLookup(await streamed(text, version), want.name, version)).toEqual(readVersionLookup(JSON.parse(text), want.name, version));
    }
  });

  test.each([
    ['no versions', { name: 'p' }, /without a "versions" object/],
    ['versions as an array', { name: 'p', versions: [{ version: '1.0.0' }] }, /unexpected shape at versions/],
    ['versions as a string', { name: 'p', versions: '1.0.0' }, /unexpected shape at versions/],
    ['a name that is an object', { name: { x: 1 }, versions: {} }, /unexpected shape at name/],
    ['an array, not an object', [{ name: 'p' }], /unexpected shape/]
  ])('streamed, %s is refused as the whole document is', async (_label, doc, message) => {
    const text = JSON.stringify(doc);
    // An empty `versions` must never read as "no versions" when there is no `versions` at all.
    expect(() => readPackumentVersions(JSON.parse(text), 'p')).toThrow(message);
    const reduced = await streamed(text, null);
    expect(() => readPackumentVersions(reduced, 'p')).toThrow(message);
  });

  test('streamed, only the version asked keeps its entry: another version malformed is not read', async () => {
    const text = JSON.stringify({
      name: 'p',
      versions: { '0.1.0': { broken: [1, { deep: true }] }, '1.0.0': { version: '1.0.0', dist: { tarball: 'https://x/p.tgz' } } }
    });
    const reduced = (await streamed(text, '1.0.0')) as { versions: Record<string, unknown> };
    expect(reduced.versions['0.1.0']).toBe(true);
    expect(readVersionLookup(reduced, 'p', '1.0.0').manifest?.dist.tarball).toBe('https://x/p.tgz');
  });

  test.each([
    ['the entry', { name: 'p', version: '1.0.0', gitHead: 'abc', dist: { tarball: 'https://x/p.tgz', integrity: 'sha512-x' } }, null],
    ['JSON of another package', { name: 'q', version: '1.0.0', dist: { tarball: 'https://x/p.tgz' } }, /naming "q", not a packument of p/],
    ['JSON without a name', { error: 'not found' }, /without a "name"/],
    ['another version', { name: 'p', version: '2.0.0', dist: { tarball: 'https://x/p.tgz' } }, /says version "2\.0\.0"/],
    ['no dist', { name: 'p', version: '1.0.0' }, /unexpected shape at dist/]
  ])('the per-version document: %s', (_label, doc, message) => {
    if (message === null) {
      expect(readVersionDocument(doc, 'p', '1.0.0')).toMatchObject({ version: '1.0.0', gitHead: 'abc', publishedAt: null, dist: { integrity: 'sha512-x' } });
    } else {
      expect(() => readVersionDocument(doc, 'p', '1.0.0')).toThrow(message);
    }
  });

  test.each(samples)('%s: a version it does not list is no entry, with what it lists', (file) => {
    const want = EXPECTED[file]!;
    expect(readVersionLookup(load(file), want.name, '9.9.9')).toEqual({ manifest: null, versions: want.versions, latest: want.latest });
  });

  test.each(samples)('%s: read as the packument of another package, it is refused', (file) => {
    const want = EXPECTED[file]!;
    expect(() => readVersionLookup(load(file), 'left-pad', want.version)).toThrow(`with JSON naming "${want.name}", not a packument of left-pad`);
    expect(() => readPackumentVersions(load(file), 'left-pad')).toThrow(PackumentError);
  });
});

describe('dist fields the samples lack', () => {
  const entry = (dist: Record<string, unknown>) => ({ name: 'p', 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { version: '1.0.0', dist } } });
  const tarball = 'https://registry.npmjs.org/p/-/p-1.0.0.tgz';

  test('provenance: dist.attestations gives the URL and the provenance predicate type', () => {
    const url = 'https://registry.npmjs.org/-/npm/v1/attestations/p@1.0.0';
    const read = readVersionLookup(entry({ tarball, attestations: { url, provenance: { predicateType: 'https://slsa.dev/provenance/v1' } } }), 'p', '1.0.0');
    expect(read.manifest?.dist.attestations).toEqual({ url, provenancePredicateType: 'https://slsa.dev/provenance/v1' });
    expect(readVersionLookup(entry({ tarball, attestations: { url } }), 'p', '1.0.0').manifest?.dist.attestations).toEqual({
      url,
      provenancePredicateType: null
    });
  });

  test("publishedAt is time[version]; another version's time, or `time.unpublished`, is not it", () => {
    const doc = (time: unknown) => ({ ...entry({ tarball }), time });
    expect(readVersionLookup(doc({ '1.0.0': '2025-02-01T10:00:00.000Z', '0.9.0': '2024-01-01T00:00:00.000Z' }), 'p', '1.0.0').manifest?.publishedAt).toBe(
      '2025-02-01T10:00:00.000Z'
    );
    expect(readVersionLookup(doc({ '0.9.0': '2024-01-01T00:00:00.000Z' }), 'p', '1.0.0').manifest?.publishedAt).toBeNull();
    expect(readVersionLookup(doc({ unpublished: { versions: ['0.9.0'] }, '1.0.0': 7 }), 'p', '1.0.0').manifest?.publishedAt).toBeNull();
    expect(() => readVersionLookup(doc('yesterday'), 'p', '1.0.0')).toThrow('with an unexpected shape at time');
  });

  test('a very old version without integrity or shasum reads with both absent', () => {
    expect(readVersionLookup(entry({ tarball }), 'p', '1.0.0').manifest?.dist).toEqual({
      tarball,
      integrity: null,
      shasum: null,
      signatures: [],
      attestations: null
    });
  });

  test.each([
    ['no dist', { name: 'p', versions: { '1.0.0': { version: '1.0.0' } } }, 'with an unexpected shape at versions.1.0.0.dist'],
    ['signatures that are not a list', entry({ tarball, signatures: 'x' }), 'with an unexpected shape at versions.1.0.0.dist.signatures'],
    ['no versions object', { name: 'p', modified: '2022-06-22T05:57:37.481Z' }, 'without a "versions" object']
  ])('refuses a packument with %s', (_what, raw, message) => {
    expect(() => readVersionLookup(raw, 'p', '1.0.0')).toThrow(message);
  });

  test('an unpublished package keeps its versions in time.unpublished', () => {
    const tombstone = { name: 'p', time: { created: 'x', modified: 'y', unpublished: { versions: ['1.0.0', '1.0.1'] } } };
    expect(readPackumentVersions(tombstone, 'p')).toEqual({ name: 'p', versions: [], timedVersions: ['1.0.0', '1.0.1'] });
  });
});

describe('sha512OfIntegrity', () => {
  const digest = createHash('sha512').update('bytes').digest('base64');
  test.each([
    ['a sha512 SRI', `sha512-${digest}`, digest],
    ['several hashes, sha512 second, with options', `sha1-AAAA sha512-${digest}?foo`, digest]
  ])('%s gives the sha512', (_label, integrity, expected) => {
    expect(sha512OfIntegrity(integrity, 'x@1.0.0')).toBe(expected);
  });

  test.each([
    ['sha1 only', 'sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=', 'dist.integrity of x@1.0.0 has no sha512 hash (only sha1)'],
    ['not an SRI string', 'deadbeef', 'dist.integrity of x@1.0.0 has no sha512 hash ("deadbeef", which is not an SRI hash)'],
    ['a truncated sha512', 'sha512-AAAA', 'dist.integrity of x@1.0.0 has no sha512 hash (only sha512)']
  ])('%s fails clearly', (_label, integrity, message) => {
    expect(() => sha512OfIntegrity(integrity, 'x@1.0.0')).toThrow(message);
  });
});
