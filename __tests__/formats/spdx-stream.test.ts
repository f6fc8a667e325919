/**
 * SpdxReader, fed in chunks as the sbom check feeds it from the file: the verdict of validateSpdx on the
 * parsed whole for every real document and for documents broken in their lists or their top level; an
 * invalid package deep in a long list is still named.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { SpdxReader, validateSpdx, type SpdxValidation } from '../../src/formats/spdx.js';
import { realSamples } from '../../test-support/real-samples.js';

const FOLDER = new URL('../../__fixtures__/real/spdx/', import.meta.url);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const text = (name: string) => fs.readFileSync(new URL(name, FOLDER), 'utf8');

function streamed(content: string, size: number): SpdxValidation {
  const reader = new SpdxReader();
  const bytes = Buffer.from(content, 'utf8');
  for (let i = 0; i < bytes.length; i += size) reader.write(bytes.subarray(i, i + size));
  return reader.end();
}

describe('real SPDX documents, streamed', () => {
  test.each(realSamples('spdx').flatMap((name) => [1, 4096].map((size) => [name, size] as const)))('%s in chunks of %i bytes', (name, size) => {
    expect(streamed(text(name), size)).toEqual(validateSpdx(JSON.parse(text(name))));
  });
});

const syft23 = () => JSON.parse(text('syft-0.91-spdx23.json')) as Json;
const syft22 = () => JSON.parse(text('syft-0.91-spdx22.json')) as Json;

/** A document with its first package copied `count` times (distinct SPDXIDs), then `edit`ed. */
function many(base: Json, count: number, edit: (doc: Json) => void): string {
  const doc = structuredClone(base);
  doc.packages = Array.from({ length: count }, (_, i) => ({ ...base.packages[0], SPDXID: `SPDXRef-Package-${i}` }));
  edit(doc);
  return JSON.stringify(doc);
}

describe('broken documents: the same verdict as the whole tree', () => {
  test.each<[string, () => Json, (doc: Json) => void]>([
    ['a package without a name deep in the list', syft23, (d) => delete d.packages[4999].name],
    ['a package of a wrong type', syft23, (d) => (d.packages[2500] = 'not a package')],
    ['an unknown package field', syft23, (d) => (d.packages[3000].colour = 'blue')],
    ['a relationship without its type', syft23, (d) => delete d.relationships[0].relationshipType],
    ['a file of a wrong type', syft23, (d) => (d.files = [{ SPDXID: 7 }])],
    ['packages not a list', syft23, (d) => (d.packages = { a: 1 })],
    ['packages null (dropped, as an absent list)', syft23, (d) => (d.packages = null)],
    ['a null field in a package (dropped)', syft23, (d) => (d.packages[10].description = null)],
    ['a top-level field missing', syft23, (d) => delete d.dataLicense],
    ['a bad created date', syft23, (d) => (d.creationInfo.created = 'yesterday')],
    ['2.2 without copyrightText in a package', syft22, (d) => delete d.packages[4000].copyrightText],
    [
      '2.2 with the spec spelling PACKAGE-MANAGER',
      syft22,
      (d) => (d.packages[1].externalRefs = [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/a@1' }])
    ],
    [
      '2.3 with PACKAGE-MANAGER',
      syft23,
      (d) => (d.packages[1].externalRefs = [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/a@1' }])
    ],
    [
      'spdxVersion after the lists, 2.2',
      syft22,
      (d) => {
        const v = d.spdxVersion;
        delete d.spdxVersion;
        d.spdxVersion = v;
      }
    ]
  ])('%s', (_, base, edit) => {
    const content = many(base(), 5000, edit);
    expect(streamed(content, 64 * 1024)).toEqual(validateSpdx(JSON.parse(content)));
  });

  test('an invalid package deep in the list fails validation naming it', () => {
    const content = many(syft23(), 5000, (d) => delete d.packages[4999].name);
    expect(streamed(content, 64 * 1024)).toEqual({
      ok: false,
      problem: "is not a valid SPDX-2.3 document: /packages/4999: must have required property 'name'"
    });
  });

  test('a valid document counts every package streamed', () => {
    const result = streamed(
      many(syft23(), 5000, () => undefined),
      64 * 1024
    );
    expect(result.ok && result.document.packages).toBe(5000);
  });
});
