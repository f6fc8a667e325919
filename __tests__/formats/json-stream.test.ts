/**
 * The streamed JSON selector (src/formats/json-stream.ts) and the in-toto header read built on it: chosen
 * values come out, the rest is never held, nesting is bounded as the tokens arrive, and broken documents
 * fail with the parser's reason.
 */
import { describe, expect, it, test } from '@jest/globals';
import { JsonSelector, JsonStreamError, slices, type JsonPath } from '../../src/formats/json-stream.js';
import { InTotoFormatError, readInTotoStatementHeader } from '../../src/formats/in-toto.js';

const MiB = 1024 * 1024;

function select(text: string | Buffer, paths: string[], chunk = 7): Array<[JsonPath, unknown]> {
  const found: Array<[JsonPath, unknown]> = [];
  const selector = new JsonSelector(paths, (path, value) => found.push([path, value]));
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  // Small chunks: strings, numbers and escapes split across writes.
  for (let at = 0; at < bytes.length; at += chunk) selector.write(bytes.subarray(at, at + chunk));
  selector.end();
  return found;
}

describe('JsonSelector', () => {
  test('hands over the selected values in document order, with their paths, across chunk boundaries', () => {
    const text = JSON.stringify({
      _type: 'T',
      subject: [{ name: 'a\u00e9"b', digest: { sha256: 'ab' } }],
      predicate: { spdxVersion: 'SPDX-2.3', big: [1, 2, 3] }
    });
    expect(select(text, ['$._type', '$.subject', '$.predicate.spdxVersion'])).toEqual([
      [['_type'], 'T'],
      [['subject'], [{ name: 'a\u00e9"b', digest: { sha256: 'ab' } }]],
      [['predicate', 'spdxVersion'], 'SPDX-2.3']
    ]);
  });

  it.each([
    ['broken JSON', '{"_type":x}', false, /Unexpected "x"/],
    ['a document cut short', '{"_type":"T"', false, /ended in mid-parsing/],
    ['a second document after the first', '{"a":1} {"b":2}', false, /Unexpected "\{"/],
    ['nothing at all', '   ', false, /no JSON value \(empty\)/],
    ['nesting past 128 levels', `{"a":${'['.repeat(2_000_000)}`, true, /^nested deeper than 128 levels$/]
  ])('refuses %s with the reason', (_name, text, deep, message) => {
    let error: unknown;
    try {
      select(text, ['$.a'], 64 * 1024);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JsonStreamError);
    expect((error as JsonStreamError).deep).toBe(deep);
    expect((error as Error).message).toMatch(message);
  });

  test('what onValue throws goes through as it is', () => {
    const mine = new Error('mine');
    const selector = new JsonSelector(['$.a'], () => {
      throw mine;
    });
    expect(() => selector.write(Buffer.from('{"a":1}'))).toThrow(mine);
  });

  test('slices cover the bytes in 64 KiB pieces', () => {
    const bytes = Buffer.alloc(64 * 1024 * 2 + 5, 1);
    expect([...slices(bytes)].map((s) => s.length)).toEqual([65536, 65536, 5]);
  });
});

describe('readInTotoStatementHeader', () => {
  const subject = { name: 'img', digest: { sha256: 'a'.repeat(64) } };
  const head = `{"_type":"https://in-toto.io/Statement/v1","predicateType":"https://spdx.dev/Document","subject":${JSON.stringify([subject])},"predicate":{"spdxVersion":"SPDX-2.3","packages":[`;
  const pkg = Buffer.from(JSON.stringify({ SPDXID: 'SPDXRef-Package', name: 'p', downloadLocation: 'NOASSERTION', description: 'x'.repeat(900) }));

  /** A 40 MiB statement, generated chunk by chunk and never held whole by the test either. */
  function* fortyMiB(): Iterable<Uint8Array> {
    yield Buffer.from(head);
    const batch = Buffer.concat(Array.from({ length: 64 }, (_, i) => Buffer.concat([i === 0 ? Buffer.alloc(0) : Buffer.from(','), pkg])));
    const batches = Math.ceil((40 * MiB) / batch.length);
    for (let i = 0; i < batches; i++) yield i === 0 ? batch : Buffer.concat([Buffer.from(','), batch]);
    yield Buffer.from(']}}');
  }

  test('reads the statement of a 40 MiB SBOM layer without building its predicate', async () => {
    let total = 0;
    for (const chunk of fortyMiB()) total += chunk.length;
    expect(total).toBeGreaterThan(40 * MiB);
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    function* sampled(): Iterable<Uint8Array> {
      for (const chunk of fortyMiB()) {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
        yield chunk;
      }
    }
    const versions: unknown[] = [];
    const statement = await readInTotoStatementHeader(sampled(), { maxBytes: 64 * MiB }, ['$.predicate.spdxVersion'], (_path, value) => versions.push(value));
    expect(statement).toEqual({
      type: 'https://in-toto.io/Statement/v1',
      predicateType: 'https://spdx.dev/Document',
      subjects: [{ name: 'img', sha256: 'a'.repeat(64) }],
      predicate: null
    });
    expect(versions).toEqual(['SPDX-2.3']);
    // Building the predicate (≈ 45,000 packages) would keep well over 100 MiB of tree alive; garbage aside,
    // the header read holds a package at a time.
    expect(peak - before).toBeLessThan(48 * MiB);
  }, 60_000);

  it.each([
    ['more bytes than read', { maxBytes: 1024 }, [Buffer.from(head), pkg, pkg], 'size', /more than the 1024 bytes read/],
    ['not JSON', { maxBytes: MiB }, [Buffer.from('{"_type":')], 'json', /^not JSON$/],
    ['nested past 128 levels', { maxBytes: 8 * MiB }, [Buffer.from(`${head}${'['.repeat(200)}`)], 'json', /^nested deeper than 128 levels$/],
    ['a statement without subject', { maxBytes: MiB }, [Buffer.from('{"_type":"https://in-toto.io/Statement/v1","predicateType":"x"}')], 'shape', /subject/]
  ])('refuses %s', async (_name, options, chunks, reason, message) => {
    const error = await readInTotoStatementHeader(chunks, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InTotoFormatError);
    expect((error as InTotoFormatError).reason).toBe(reason);
    expect((error as Error).message).toMatch(message);
  });
});
