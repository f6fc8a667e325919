import { describe, expect, it } from '@jest/globals';
import { InTotoStatementError, MAX_STATEMENT_BYTES, parseStatement } from '../../../src/clients/sigstore/in-toto.js';

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

describe('parseStatement', () => {
  it.each(['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'])('reads a %s statement', (type) => {
    expect(parseStatement(TYPE, statement({ _type: type }))).toEqual({
      predicateType: 'https://spdx.dev/Document',
      subjects: [
        { name: 'pkg:docker/acme/widget', sha256: 'a'.repeat(64) },
        { name: 'notes.txt', sha256: null }
      ],
      predicate: { spdxVersion: 'SPDX-2.3' }
    });
  });

  it.each<[string, string, Buffer, RegExp]>([
    [
      'another payload type',
      'application/vnd.dsse.envelope.v1+json',
      statement(),
      /DSSE payload type is application\/vnd\.dsse\.envelope\.v1\+json, expected application\/vnd\.in-toto\+json/
    ],
    ['an empty payload type', '', statement(), /DSSE payload type is \(empty\)/],
    ['a payload that is not JSON', TYPE, Buffer.from('not json'), /in-toto statement is not JSON/],
    ['a JSON array', TYPE, Buffer.from('[]'), /malformed in-toto statement: \(top level\)/],
    ['another statement type', TYPE, statement({ _type: 'https://in-toto.io/Statement/v2' }), /_type is https:\/\/in-toto\.io\/Statement\/v2, expected one of/],
    ['no predicate type', TYPE, statement({ predicateType: undefined }), /malformed in-toto statement: predicateType/],
    ['no subjects', TYPE, statement({ subject: [] }), /malformed in-toto statement: subject/],
    ['a subject without digest', TYPE, statement({ subject: [{ name: 'x' }] }), /malformed in-toto statement: subject\.0\.digest/],
    ['a digest that is not a string', TYPE, statement({ subject: [{ name: 'x', digest: { sha256: 5 } }] }), /subject\.0\.digest\.sha256/],
    ['a malformed sha256', TYPE, statement({ subject: [{ name: 'x', digest: { sha256: 'zz' } }] }), /subject 0 has a malformed sha256 digest zz/],
    ['an oversized payload', TYPE, Buffer.alloc(MAX_STATEMENT_BYTES + 1, 0x20), /more than the \d+ read/]
  ])('rejects %s, naming it', (_name, payloadType, payload, message) => {
    expect(() => parseStatement(payloadType, payload)).toThrow(InTotoStatementError);
    expect(() => parseStatement(payloadType, payload)).toThrow(message);
  });
});
