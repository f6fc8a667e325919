/**
 * The in-toto statement reader over every real BuildKit statement in __fixtures__/real/buildkit/ (SPDX SBOM,
 * SLSA v0.2 and v1 provenance): each file that is a statement has its exact expected values here, so a
 * sample added to the folder without expectations fails. Then the same reader behind a DSSE envelope's payload.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { InTotoFormatError, MAX_DSSE_STATEMENT_BYTES, readDsseStatement, readInTotoStatement } from '../../src/formats/in-toto.js';

const FOLDER = new URL('../../__fixtures__/real/buildkit/', import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, FOLDER));
/** As BuildKit's attestation layers are bounded (src/checks/shared/buildkit-attestations.ts). */
const READ = { maxBytes: 64 * 1024 * 1024 };
const DOCS_SUBJECT = 'e8275b2b76280af67e26f068e5d585eb905f8dfd2f1918b3229db98133cb4862';
const DOCS_NAME = 'pkg:docker/<registry>/<image>@<tag/digest>?platform=<platform>';

const EXPECTED: Record<string, { type: string; predicateType: string; subjects: Array<{ name: string; sha256: string | null }> }> = {
  'provenance-v02-min.json': {
    type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    subjects: [{ name: DOCS_NAME, sha256: DOCS_SUBJECT }]
  },
  'provenance-v02-max.json': {
    type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    subjects: [{ name: DOCS_NAME, sha256: DOCS_SUBJECT }]
  },
  'provenance-v02-microcks.json': {
    type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    // docker/build-push-action with two tags: one subject per name, the same platform manifest.
    subjects: [
      {
        name: 'pkg:docker/quay.io/microcks/microcks@nightly?platform=linux%2Famd64',
        sha256: '109c1a70123a64c824b32dfebaf0934b6d40db127af409ed07ae303966f1b412'
      },
      { name: 'pkg:docker/microcks/microcks@nightly?platform=linux%2Famd64', sha256: '109c1a70123a64c824b32dfebaf0934b6d40db127af409ed07ae303966f1b412' }
    ]
  },
  'provenance-v1-min.json': {
    type: 'https://in-toto.io/Statement/v1',
    predicateType: 'https://slsa.dev/provenance/v1',
    subjects: [{ name: DOCS_NAME, sha256: DOCS_SUBJECT }]
  },
  'provenance-v1-max.json': {
    type: 'https://in-toto.io/Statement/v1',
    predicateType: 'https://slsa.dev/provenance/v1',
    subjects: [{ name: DOCS_NAME, sha256: DOCS_SUBJECT }]
  },
  'sbom-spdx-microcks-postman-runtime.json': {
    type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://spdx.dev/Document',
    subjects: [
      {
        name: 'pkg:docker/quay.io/microcks/microcks-postman-runtime@nightly?platform=linux%2Famd64',
        sha256: '11c951599ed1bf649abbc2b23ae2730a4e1ef6ad9537a7f10df39b6546bf8429'
      }
    ]
  }
};

const statements = fs
  .readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json') && '_type' in (JSON.parse(read(name).toString('utf8')) as object))
  .sort();

describe('readInTotoStatement on real BuildKit statements', () => {
  test('every statement in the folder has expectations', () => {
    expect(statements).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(statements)('%s', (name) => {
    const statement = readInTotoStatement(read(name), READ);
    const { type, predicateType, subjects } = EXPECTED[name]!;
    expect({ type: statement.type, predicateType: statement.predicateType, subjects: statement.subjects }).toEqual({ type, predicateType, subjects });
    expect(statement.predicate).toEqual((JSON.parse(read(name).toString('utf8')) as { predicate: unknown }).predicate);
  });
});

describe('readInTotoStatement refuses what is not a statement', () => {
  test.each([
    ['not JSON', '{"_type":', 'json', 'not JSON'],
    ['an index', read('attestation-storage-index.json').toString('utf8'), 'shape', '_type: Invalid input: expected string, received undefined'],
    [
      'no subject',
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1', subject: [], predicate: {} }),
      'shape',
      'subject: is empty: a statement is about at least one subject'
    ]
  ])('%s', (_, text, reason, message) => {
    let error: unknown;
    try {
      readInTotoStatement(text, READ);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InTotoFormatError);
    expect({ reason: (error as InTotoFormatError).reason, message: (error as InTotoFormatError).message }).toEqual({ reason, message });
  });
});

describe('readInTotoStatement holds each place to its own bounds', () => {
  const longType = `https://example.test/${'p'.repeat(600)}`;
  const manySubjects = Array.from({ length: 5000 }, (_, i) => ({ name: `f${i}`, digest: { sha256: 'a'.repeat(64) } }));
  const text = (fields: Record<string, unknown>) =>
    JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1', subject: manySubjects.slice(0, 1), ...fields });
  // BuildKit's tighter bounds (src/checks/shared/buildkit-attestations.ts), against a DSSE statement's defaults.
  const TIGHT = { maxBytes: READ.maxBytes, maxSubjects: 4096, maxPredicateType: 512, maxDigestValue: 256 };
  test.each([
    ['a 621-character predicate type', { predicateType: longType }, 'predicateType: Too big: expected string to have <=512 characters'],
    ['5000 subjects', { subject: manySubjects }, 'subject: Too big: expected array to have <=4096 items'],
    [
      'a 300-character digest',
      { subject: [{ name: 'x', digest: { sha512: 'b'.repeat(300) } }] },
      'subject.0.digest.sha512: Too big: expected string to have <=256 characters'
    ]
  ])('%s is read under the defaults and refused under tighter bounds', (_, fields, message) => {
    expect(readInTotoStatement(text(fields), READ).predicateType).toBe(
      (fields as { predicateType?: string }).predicateType ?? 'https://slsa.dev/provenance/v1'
    );
    expect(() => readInTotoStatement(text(fields), TIGHT)).toThrow(message);
  });
});

const TYPE = 'application/vnd.in-toto+json';
const SHA = 'A'.repeat(64);
const statement = (overrides: Record<string, unknown> = {}): Buffer =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: 'https://spdx.dev/Document',
      subject: [
        { name: 'pkg:docker/acme/widget', digest: { sha256: SHA } },
        { name: 'notes.txt', digest: { sha512: 'ab' } }
      ],
      predicate: { spdxVersion: 'SPDX-2.3' },
      ...overrides
    })
  );

describe('readDsseStatement', () => {
  test.each(['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'])('reads a %s statement', (type) => {
    expect(readDsseStatement(TYPE, statement({ _type: type }))).toEqual({
      type,
      predicateType: 'https://spdx.dev/Document',
      subjects: [
        { name: 'pkg:docker/acme/widget', sha256: 'a'.repeat(64) },
        { name: 'notes.txt', sha256: null }
      ],
      predicate: { spdxVersion: 'SPDX-2.3' }
    });
  });

  test('reads a statement without a predicate, as sigstore-python allows, with a null predicate', () => {
    expect(readDsseStatement(TYPE, statement({ predicate: undefined })).predicate).toBeNull();
  });

  test.each<[string, string, Buffer, RegExp]>([
    [
      'another payload type',
      'application/vnd.dsse.envelope.v1+json',
      statement(),
      /DSSE payload type is application\/vnd\.dsse\.envelope\.v1\+json, expected application\/vnd\.in-toto\+json/
    ],
    ['an empty payload type', '', statement(), /DSSE payload type is \(empty\)/],
    ['a payload that is not JSON', TYPE, Buffer.from('not json'), /in-toto statement is not JSON/],
    ['a JSON array', TYPE, Buffer.from('[]'), /malformed in-toto statement: \(top level\)/],
    [
      'another statement type',
      TYPE,
      statement({ _type: 'https://in-toto.io/Statement/v2' }),
      /malformed in-toto statement: _type: must be https:\/\/in-toto\.io\/Statement\/v0\.1 or https:\/\/in-toto\.io\/Statement\/v1$/
    ],
    ['no predicate type', TYPE, statement({ predicateType: undefined }), /malformed in-toto statement: predicateType/],
    ['no subjects', TYPE, statement({ subject: [] }), /malformed in-toto statement: subject: is empty: a statement is about at least one subject$/],
    ['a subject without digest', TYPE, statement({ subject: [{ name: 'x' }] }), /malformed in-toto statement: subject\.0\.digest/],
    ['a digest that is not a string', TYPE, statement({ subject: [{ name: 'x', digest: { sha256: 5 } }] }), /subject\.0\.digest\.sha256/],
    [
      'a malformed sha256',
      TYPE,
      statement({ subject: [{ name: 'x', digest: { sha256: 'zz' } }] }),
      /^in-toto statement subject x has a malformed sha256 digest zz$/
    ],
    [
      'a malformed sha256 of a nameless subject',
      TYPE,
      statement({ subject: [{ digest: { sha256: 'zz' } }] }),
      /^in-toto statement subject 0 has a malformed sha256 digest zz$/
    ],
    ['an oversized payload', TYPE, Buffer.alloc(MAX_DSSE_STATEMENT_BYTES + 1, 0x20), /^in-toto statement is \d+ bytes, more than the \d+ read$/]
  ])('rejects %s, naming it', (_name, payloadType, payload, message) => {
    expect(() => readDsseStatement(payloadType, payload)).toThrow(InTotoFormatError);
    expect(() => readDsseStatement(payloadType, payload)).toThrow(message);
  });
});
