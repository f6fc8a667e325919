/**
 * The PEP 740 reader on real material (__fixtures__/real/pep740/): PyPI provenance objects (`*.provenance`, as the
 * integrity API answers) and single attestations (`*.attestation`) that pypi-attestations keeps as test assets.
 * Every sample in the folder has expectations (a new one fails until it gets them): its publishers, its attestation
 * count, and each statement's subject, sha256 and predicate type; then the Sigstore bundle each attestation becomes.
 * The cryptography is in __tests__/clients/sigstore/pep740-verify.test.ts.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import {
  IN_TOTO_PAYLOAD_TYPE,
  PYPI_PUBLISH_V1,
  Pep740FormatError,
  SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
  SLSA_PROVENANCE_V1,
  attestationToBundle,
  pep740AttestationFromJSON,
  pep740ProvenanceFromJSON,
  readPep740Attestation,
  readPep740Provenance,
  readPep740Statement,
  type Pep740Attestation,
  type Pep740Publisher
} from '../../src/formats/pep740.js';
import { realSamples } from '../../test-support/real-samples.js';

const FOLDER = new URL('../../__fixtures__/real/pep740/', import.meta.url);
const bytesOf = (name: string) => fs.readFileSync(new URL(name, FOLDER));

interface ExpectedStatement {
  subjectName: string;
  sha256: string;
  predicateType: string;
}
/** A provenance object: its bundles' publishers and statements; a lone attestation: its statement. */
type Expected = { provenance: Array<{ publisher: Pep740Publisher; statements: ExpectedStatement[] }> } | { attestation: ExpectedStatement };

const PYPI_ATTESTATIONS_0_0_19_SDIST = {
  subjectName: 'pypi_attestations-0.0.19.tar.gz',
  sha256: '9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3'
};

const EXPECTED: Record<string, Expected> = {
  'pypi_attestations-0.0.19.tar.gz.provenance': {
    provenance: [
      {
        publisher: { kind: 'GitHub', repository: 'trailofbits/pypi-attestations', workflow: 'release.yml', environment: null, claims: null },
        statements: [{ ...PYPI_ATTESTATIONS_0_0_19_SDIST, predicateType: PYPI_PUBLISH_V1 }]
      }
    ]
  },
  'sigstore-3.6.1.tar.gz.provenance': {
    provenance: [
      {
        publisher: { kind: 'GitHub', repository: 'sigstore/sigstore-python', workflow: 'release.yml', environment: null, claims: null },
        statements: [
          { subjectName: 'sigstore-3.6.1.tar.gz', sha256: 'ee60fdc9236fd6709271ad53b44027461360c3fde155d2af15482e4c451ff865', predicateType: PYPI_PUBLISH_V1 }
        ]
      }
    ]
  },
  'pypi_attestations-0.0.19.tar.gz.slsa.attestation': { attestation: { ...PYPI_ATTESTATIONS_0_0_19_SDIST, predicateType: SLSA_PROVENANCE_V1 } },
  'gitlab_oidc_project-0.0.3.tar.gz.publish.attestation': {
    attestation: {
      subjectName: 'gitlab_oidc_project-0.0.3.tar.gz',
      sha256: 'c1ca9b0d85df1606451098233018534497bf584362e10e4a8c21dfaea92c02a8',
      predicateType: PYPI_PUBLISH_V1
    }
  },
  'rfc8785-0.1.2-py3-none-any.whl.publish.attestation': {
    attestation: {
      subjectName: 'rfc8785-0.1.2-py3-none-any.whl',
      sha256: 'c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201',
      predicateType: PYPI_PUBLISH_V1
    }
  },
  'spt3g-1.0-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.publish.attestation': {
    attestation: {
      subjectName: 'spt3g-1.0-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      sha256: 'd2772f9a5199f05ed1be8d9aa78b879e51772e3ead9d73fe8057257b1aec7cf8',
      predicateType: PYPI_PUBLISH_V1
    }
  }
};

/** Every PEP 740 sample (the staging trusted root verifies two of them; it is not a sample). */
const samples = realSamples('pep740', ['staging-trusted_root.json']);

/** The attestations of a sample, with the raw JSON object each was read from. */
function attestationsOf(name: string): Array<{ attestation: Pep740Attestation; raw: Record<string, unknown> }> {
  const json = JSON.parse(bytesOf(name).toString('utf8')) as Record<string, unknown>;
  if (name.endsWith('.provenance')) {
    const raws = (json.attestation_bundles as Array<{ attestations: Array<Record<string, unknown>> }>).flatMap((b) => b.attestations);
    const read = readPep740Provenance(bytesOf(name)).bundles.flatMap((b) => b.attestations);
    return read.map((attestation, i) => ({ attestation, raw: raws[i] as Record<string, unknown> }));
  }
  return [{ attestation: readPep740Attestation(bytesOf(name)), raw: json }];
}

describe('real PEP 740 samples', () => {
  test('every sample in the folder has expectations, and every expectation a sample', () => {
    expect(samples.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(samples.every((name) => name.endsWith('.provenance') || name.endsWith('.attestation'))).toBe(true);
  });

  test.each(samples)('%s: publishers, attestation count, statements', (name) => {
    const expected = EXPECTED[name];
    if (!expected) throw new Error(`${name} has no expectations`);
    if ('provenance' in expected) {
      const provenance = readPep740Provenance(bytesOf(name));
      expect(provenance.version).toBe(1);
      expect(provenance.bundles.map((b) => b.publisher)).toEqual(expected.provenance.map((b) => b.publisher));
      expect(provenance.bundles.map((b) => b.attestations.length)).toEqual(expected.provenance.map((b) => b.statements.length));
      const statements = provenance.bundles.map((b) => b.attestations.map((a) => readPep740Statement(a.statement)));
      expect(statements.map((list) => list.map(({ subjectName, sha256, predicateType }) => ({ subjectName, sha256, predicateType })))).toEqual(
        expected.provenance.map((b) => b.statements)
      );
    } else {
      const attestation = readPep740Attestation(bytesOf(name));
      const { subjectName, sha256, predicateType } = readPep740Statement(attestation.statement);
      expect({ subjectName, sha256, predicateType }).toEqual(expected.attestation);
    }
  });

  test.each(samples)('%s: each attestation decodes to its bytes and becomes the bundle to_bundle builds', (name) => {
    for (const { attestation, raw } of attestationsOf(name)) {
      const material = raw.verification_material as { certificate: string; transparency_entries: unknown[] };
      const envelope = raw.envelope as { statement: string; signature: string };
      expect(attestation.version).toBe(1);
      // A DER certificate (SEQUENCE), the statement's JSON, a DER ECDSA signature (SEQUENCE).
      expect(attestation.certificate[0]).toBe(0x30);
      expect(attestation.signature[0]).toBe(0x30);
      expect(attestation.statement.toString('utf8').startsWith('{"_type":"https://in-toto.io/Statement/v1"')).toBe(true);
      expect(attestation.transparencyEntries).toEqual(material.transparency_entries);
      expect(attestationToBundle(attestation)).toEqual({
        mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: { certificate: { rawBytes: material.certificate }, tlogEntries: [material.transparency_entries[0]] },
        dsseEnvelope: { payload: envelope.statement, payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [{ sig: envelope.signature }] }
      });
    }
  });

  test('a provenance object read from parsed JSON equals the one read from bytes', () => {
    const name = 'sigstore-3.6.1.tar.gz.provenance';
    expect(pep740ProvenanceFromJSON(JSON.parse(bytesOf(name).toString('utf8')))).toEqual(readPep740Provenance(bytesOf(name)));
  });
});

/** A real attestation, as JSON, to break one field at a time. */
const realAttestation = () =>
  JSON.parse(bytesOf('gitlab_oidc_project-0.0.3.tar.gz.publish.attestation').toString('utf8')) as {
    version: unknown;
    verification_material: { certificate: unknown; transparency_entries: unknown[] };
    envelope: { statement: unknown; signature: unknown };
  };
const realProvenance = () =>
  JSON.parse(bytesOf('sigstore-3.6.1.tar.gz.provenance').toString('utf8')) as {
    version?: unknown;
    attestation_bundles: Array<{ publisher: Record<string, unknown>; attestations: unknown[] }>;
  };
const statementBytes = (statement: unknown) => Buffer.from(JSON.stringify(statement));
const SUBJECT = { name: 'sketchlog-1.2.3.tar.gz', digest: { sha256: 'a'.repeat(64) } };

describe('what is not PEP 740', () => {
  test.each<[string, () => unknown, string]>([
    [
      'a second attestation version',
      () => ({ ...realAttestation(), version: 2 }),
      'malformed PEP 740 attestation: version: must be 1 (the only PEP 740 attestation version)'
    ],
    [
      'a certificate that is not base64',
      () => {
        const a = realAttestation();
        a.verification_material.certificate = 'not base64!';
        return a;
      },
      'malformed PEP 740 attestation: verification_material.certificate: is not standard padded base64'
    ],
    [
      'no transparency entry',
      () => {
        const a = realAttestation();
        a.verification_material.transparency_entries = [];
        return a;
      },
      'malformed PEP 740 attestation: verification_material.transparency_entries: is empty: an attestation needs at least one transparency log entry'
    ],
    [
      'a transparency entry without its body',
      () => {
        const a = realAttestation();
        delete (a.verification_material.transparency_entries[0] as Record<string, unknown>).canonicalizedBody;
        return a;
      },
      'malformed PEP 740 attestation: verification_material.transparency_entries.0.canonicalizedBody: Invalid input: expected string, received undefined'
    ],
    [
      'an empty signature',
      () => {
        const a = realAttestation();
        a.envelope.signature = '';
        return a;
      },
      'malformed PEP 740 attestation: envelope.signature: is empty, expected base64'
    ]
  ])('an attestation with %s', (_what, make, message) => {
    expect(() => pep740AttestationFromJSON(make())).toThrow(new Pep740FormatError(message));
  });

  test.each<[string, () => unknown, string]>([
    [
      'no attestation bundle',
      () => ({ version: 1, attestation_bundles: [] }),
      'attestation_bundles: is empty: a provenance object has at least one attestation bundle'
    ],
    ['a second version', () => ({ ...realProvenance(), version: 2 }), 'version: must be 1 (the only PEP 740 provenance version)'],
    [
      'a GitHub publisher without its workflow',
      () => {
        const p = realProvenance();
        delete p.attestation_bundles[0]!.publisher.workflow;
        return p;
      },
      'attestation_bundles.0.publisher.workflow: Invalid input: expected string, received undefined'
    ],
    [
      'a broken attestation inside a bundle',
      () => {
        const p = realProvenance();
        (p.attestation_bundles[0]!.attestations[0] as { envelope: { statement: string } }).envelope.statement = '@@@@';
        return p;
      },
      'attestation_bundles.0.attestations.0.envelope.statement: is not standard padded base64'
    ]
  ])('a provenance object with %s', (_what, make, reason) => {
    let error: unknown;
    try {
      pep740ProvenanceFromJSON(make());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Pep740FormatError);
    expect((error as Error).message.endsWith(reason)).toBe(true);
  });

  test('a provenance object that is not JSON', () => {
    expect(() => readPep740Provenance('<html>')).toThrow(Pep740FormatError);
    expect(() => readPep740Provenance('<html>')).toThrow(/^PEP 740 provenance object is not JSON: /);
  });

  test('a provenance object without a version is version 1 (pypi-attestations defaults it)', () => {
    const { version: _version, ...unversioned } = realProvenance();
    expect(pep740ProvenanceFromJSON(unversioned).version).toBe(1);
  });

  test('GitLab, Google and unknown publishers are read; an unknown kind is kept, not refused', () => {
    const p = realProvenance();
    const attestations = p.attestation_bundles[0]!.attestations;
    p.attestation_bundles = [
      { publisher: { kind: 'GitLab', repository: 'group/sub/project', workflow_filepath: '.gitlab-ci.yml', environment: 'release' }, attestations },
      { publisher: { kind: 'Google', email: 'publisher@project.iam.gserviceaccount.com', claims: { sub: '123' } }, attestations },
      { publisher: { kind: 'ActiveState', organization: 'acme', claims: null }, attestations }
    ];
    expect(pep740ProvenanceFromJSON(p).bundles.map((b) => b.publisher)).toEqual([
      { kind: 'GitLab', repository: 'group/sub/project', workflowFilepath: '.gitlab-ci.yml', environment: 'release', claims: null },
      { kind: 'Google', email: 'publisher@project.iam.gserviceaccount.com', claims: { sub: '123' } },
      { kind: 'other', publisherKind: 'ActiveState', fields: { organization: 'acme' }, claims: null }
    ]);
  });

  test.each<[string, unknown, string]>([
    [
      'two subjects',
      { _type: 'https://in-toto.io/Statement/v1', subject: [SUBJECT, SUBJECT], predicateType: PYPI_PUBLISH_V1, predicate: null },
      'attestation statement has 2 subjects, expected exactly one (the distribution file)'
    ],
    [
      'a v0.1 statement',
      { _type: 'https://in-toto.io/Statement/v0.1', subject: [SUBJECT], predicateType: PYPI_PUBLISH_V1, predicate: null },
      'attestation statement _type is https://in-toto.io/Statement/v0.1, expected https://in-toto.io/Statement/v1 (PEP 740 signs in-toto v1 statements)'
    ],
    [
      'a subject without sha256',
      { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: SUBJECT.name, digest: { sha512: 'b'.repeat(128) } }], predicateType: PYPI_PUBLISH_V1 },
      'attestation statement subject sketchlog-1.2.3.tar.gz has no sha256 digest'
    ],
    [
      'a malformed sha256',
      { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: SUBJECT.name, digest: { sha256: 'abc' } }], predicateType: PYPI_PUBLISH_V1 },
      'attestation statement subject sketchlog-1.2.3.tar.gz has a malformed sha256 digest abc'
    ],
    [
      'a subject without a name',
      { _type: 'https://in-toto.io/Statement/v1', subject: [{ digest: SUBJECT.digest }], predicateType: PYPI_PUBLISH_V1 },
      'attestation statement subject has no name (PEP 740 names the distribution file)'
    ],
    [
      'no subject',
      { _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: PYPI_PUBLISH_V1 },
      'malformed attestation statement: subject: is empty: a statement is about at least one subject'
    ]
  ])('a statement with %s', (_what, statement, message) => {
    let error: unknown;
    try {
      readPep740Statement(statementBytes(statement));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Pep740FormatError);
    expect((error as Error).message).toBe(message);
  });

  test('a statement that is not JSON', () => {
    expect(() => readPep740Statement('{')).toThrow(new Pep740FormatError('attestation statement is not JSON'));
  });
});
