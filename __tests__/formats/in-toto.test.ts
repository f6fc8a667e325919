/**
 * The in-toto statement reader over every real BuildKit statement in __fixtures__/real/buildkit/ (SPDX SBOM,
 * SLSA v0.2 and v1 provenance): each file that is a statement has its exact expected values here, so a
 * sample added to the folder without expectations fails.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { InTotoFormatError, readInTotoStatement } from '../../src/formats/in-toto.js';

const FOLDER = new URL('../../__fixtures__/real/buildkit/', import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, FOLDER));
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
    const statement = readInTotoStatement(read(name));
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
      'subject: Too small: expected array to have >=1 items'
    ]
  ])('%s', (_, text, reason, message) => {
    let error: unknown;
    try {
      readInTotoStatement(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InTotoFormatError);
    expect({ reason: (error as InTotoFormatError).reason, message: (error as InTotoFormatError).message }).toEqual({ reason, message });
  });
});
