/**
 * npm's attestations answers on real material (__fixtures__/real/npm/*.attestations.json): every sample has
 * expectations (a new one fails until it gets them) — each attestation's predicate type and bundle media type, and
 * the statement inside each: its subject (the package URL npm signs, in npm's spelling) with the sha512 of the
 * version's `dist.integrity`. Then the refusals a wrong answer or statement earns, each with its exact reason.
 * The cryptography of these bundles is the Sigstore verifier's (and, for the registry key, registry-keys.test.ts).
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NPM_PUBLISH_PREDICATE, NpmAttestationFormatError, npmPackageUrl, readNpmAttestations, readNpmStatement } from '../../src/formats/npm-attestations.js';
import { realFolder, realSamples } from '../../test-support/real-samples.js';

const FOLDER = realFolder('npm');
const samples = realSamples('npm').filter((f) => f.endsWith('.attestations.json'));
const load = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(FOLDER, file), 'utf8'));
const payloadOf = (bundle: unknown) => Buffer.from((bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload, 'base64');
/** What `run` threw: its class and message (jest's toThrow(error) would compare the cause too). */
function thrown(run: () => unknown): { type: string; message: string } {
  try {
    run();
  } catch (error) {
    return { type: (error as Error).constructor.name, message: (error as Error).message };
  }
  throw new Error('nothing was thrown');
}
const hexOfIntegrity = (integrity: string) => Buffer.from(integrity.slice('sha512-'.length), 'base64').toString('hex');

interface Expected {
  name: string;
  version: string;
  integrity: string;
  /** Per attestation: predicate type, bundle media type, statement `_type`. */
  attestations: Array<{ predicateType: string; mediaType: string }>;
}

const EXPECTED: Record<string, Expected> = {
  'playwright-cli-0.1.1.attestations.json': {
    name: '@playwright/cli',
    version: '0.1.1',
    integrity: 'sha512-9k11ZfDwAfMVDDIuEVW1Wvs8SoDNXIY1dNQ+9C9/SS8ZmElkcxesu5eoL7vNa96ntibUGaq1TM2qQoqvdl/I9g==',
    attestations: [
      { predicateType: NPM_PUBLISH_PREDICATE, mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2' },
      { predicateType: 'https://slsa.dev/provenance/v1', mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }
    ]
  },
  'sigstore-0.4.0.attestations.json': {
    name: 'sigstore',
    version: '0.4.0',
    integrity: 'sha512-KCwMX6k20mQyFkNYG2XT3lwK9u1P36wS9YURFd85zCXPrwrSLZCEh7/vMBFNYcJXRiBtGDS+T4/RZZF493zABA==',
    attestations: [
      { predicateType: 'https://slsa.dev/provenance/v0.2', mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1' },
      { predicateType: NPM_PUBLISH_PREDICATE, mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1' }
    ]
  }
};

describe('real attestations answers', () => {
  test('every sample has expectations, and the README lists it', () => {
    expect(samples).toEqual(Object.keys(EXPECTED).sort());
    const readme = fs.readFileSync(path.join(FOLDER, 'README.md'), 'utf8');
    for (const file of samples) expect([file, readme.includes(`| ${file} |`)]).toEqual([file, true]);
  });

  test.each(samples)('%s: the attestations, their bundles untouched', (file) => {
    const want = EXPECTED[file]!;
    const raw = load(file) as { attestations: Array<{ bundle: unknown }> };
    const read = readNpmAttestations(raw);
    expect(read.map((a) => ({ predicateType: a.predicateType, mediaType: (a.bundle as { mediaType: string }).mediaType }))).toEqual(want.attestations);
    // The bundle is the registry's JSON as it is, for the Sigstore verifier.
    read.forEach((a, i) => expect(a.bundle).toEqual(raw.attestations[i]!.bundle));
  });

  test.each(samples)('%s: each statement signs the package URL with the sha512 of dist.integrity', (file) => {
    const want = EXPECTED[file]!;
    for (const attestation of readNpmAttestations(load(file))) {
      const statement = readNpmStatement(payloadOf(attestation.bundle));
      expect(statement.predicateType).toBe(attestation.predicateType);
      expect(statement.subjects).toEqual([{ name: npmPackageUrl(want.name, want.version), sha512: hexOfIntegrity(want.integrity) }]);
      if (statement.predicateType === NPM_PUBLISH_PREDICATE) {
        expect(statement.predicate).toEqual({ name: want.name, version: want.version, registry: 'https://registry.npmjs.org' });
      }
    }
  });

  test("npmPackageUrl spells a scoped name as npm's toPurl does, as the real subject shows", () => {
    const statement = readNpmStatement(payloadOf(readNpmAttestations(load('playwright-cli-0.1.1.attestations.json'))[0]!.bundle));
    expect(statement.subjects[0]!.name).toBe('pkg:npm/%40playwright/cli@0.1.1');
    expect(npmPackageUrl('@playwright/cli', '0.1.1')).toBe('pkg:npm/%40playwright/cli@0.1.1');
    expect(npmPackageUrl('@sketchlog/client', '1.2.3')).toBe('pkg:npm/%40sketchlog/client@1.2.3');
    expect(npmPackageUrl('sigstore', '0.4.0')).toBe('pkg:npm/sigstore@0.4.0');
    expect(npmPackageUrl('@sketchlog/client', '2.0.0-rc.1')).toBe('pkg:npm/%40sketchlog/client@2.0.0-rc.1');
  });
});

describe('refusals', () => {
  const bundle = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' };
  test.each([
    ['a list at the top', [], '(top level): Invalid input: expected object, received array'],
    ['no attestations', { attestations: null }, 'attestations: Invalid input: expected array, received null'],
    [
      'an attestation without a predicate type',
      { attestations: [{ bundle }] },
      'attestations.0.predicateType: Invalid input: expected string, received undefined'
    ],
    [
      'an empty predicate type',
      { attestations: [{ predicateType: '', bundle }] },
      'attestations.0.predicateType: Too small: expected string to have >=1 characters'
    ],
    [
      'a bundle that is a string',
      { attestations: [{ predicateType: NPM_PUBLISH_PREDICATE, bundle: 'e30=' }] },
      'attestations.0.bundle: Invalid input: expected record, received string'
    ],
    [
      'seventeen attestations',
      { attestations: Array.from({ length: 17 }, () => ({ predicateType: NPM_PUBLISH_PREDICATE, bundle })) },
      'attestations: Too big: expected array to have <=16 items'
    ]
  ])('an answer with %s', (_what, raw, reason) => {
    expect(thrown(() => readNpmAttestations(raw))).toEqual({ type: NpmAttestationFormatError.name, message: reason });
  });

  test('an empty list reads as no attestations (the check says what is missing)', () => {
    expect(readNpmAttestations({ attestations: [] })).toEqual([]);
  });

  const statement = (subject: unknown, extra: Record<string, unknown> = {}) =>
    Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicateType: NPM_PUBLISH_PREDICATE, subject, predicate: {}, ...extra }));
  const purl = 'pkg:npm/%40sketchlog/client@1.2.3';

  test.each([
    ['not JSON', Buffer.from('{'), 'npm attestation statement is not JSON'],
    [
      'another statement type',
      statement([{ name: purl, digest: { sha512: 'ab'.repeat(64) } }], { _type: 'https://in-toto.io/Statement/v9' }),
      'malformed npm attestation statement: _type: must be https://in-toto.io/Statement/v0.1 or https://in-toto.io/Statement/v1'
    ],
    ['no subject', statement([]), 'malformed npm attestation statement: subject: is empty: a statement is about at least one subject'],
    [
      'a short sha512',
      statement([{ name: purl, digest: { sha512: 'ab'.repeat(63) } }]),
      `npm attestation statement subject ${purl} has a malformed sha512 digest ${'ab'.repeat(63)}`
    ],
    [
      'a sha512 that is not hex',
      statement([{ name: purl, digest: { sha512: 'zz'.repeat(64) } }]),
      `npm attestation statement subject ${purl} has a malformed sha512 digest ${'zz'.repeat(64)}`
    ]
  ])('a statement that is %s', (_what, payload, reason) => {
    expect(thrown(() => readNpmStatement(payload))).toEqual({ type: NpmAttestationFormatError.name, message: reason });
  });

  test('a subject without sha512 reads with sha512 null, and upper-case hex is read as lower-case', () => {
    const read = readNpmStatement(
      statement([
        { name: purl, digest: { sha256: 'cd'.repeat(32) } },
        { name: 'other', digest: { sha512: 'AB'.repeat(64) } }
      ])
    );
    expect(read.subjects).toEqual([
      { name: purl, sha512: null },
      { name: 'other', sha512: 'ab'.repeat(64) }
    ]);
    expect(read.predicateType).toBe(NPM_PUBLISH_PREDICATE);
    expect(read.predicate).toEqual({});
  });
});
