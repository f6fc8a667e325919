/**
 * Streamed JSON reads (src/util/json-stream.ts): JsonStream hands over array elements and keeps the
 * skeleton; JsonSelector and selectJson give only the values at chosen paths (and the top level's
 * outline), and the in-toto header read is built on them. Nesting is bounded as the tokens arrive, and
 * broken documents fail with the parser's reason, whatever the chunking.
 */
import { describe, expect, it, test } from '@jest/globals';
import { InTotoFormatError, readInTotoStatementHeader } from '../../src/formats/in-toto.js';
import {
  JsonSelector,
  JsonStream,
  JsonStreamError,
  selectJson,
  selectJsonBytes,
  slices,
  type JsonPath,
  type SelectedValue
} from '../../src/util/json-stream.js';

/** Feeds `text` in chunks of `size` bytes (cutting through strings and multi-byte characters); the skeleton and the elements handed over. */
function read(text: string, elements: string[], size: number) {
  const got: Array<[JsonPath, unknown]> = [];
  const stream = new JsonStream({ elements, onElement: (path, value) => got.push([path, value]) });
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) stream.write(bytes.subarray(i, i + size));
  return { skeleton: stream.end(), got };
}

describe('JsonStream', () => {
  const doc = { a: 1, list: [{ x: 'é€😀' }, 2, [3]], nested: { list: [4] }, obj: { list: { k: 5 } } };
  it.each([1, 3, 7, 1024])('hands over each element of the named lists in order and leaves them empty (chunks of %i bytes)', (size) => {
    const { skeleton, got } = read(JSON.stringify(doc), ['$.list.*', '$.nested.list.*', '$.obj.list.*'], size);
    expect(got).toEqual([
      [['list', 0], { x: 'é€😀' }],
      [['list', 1], 2],
      [['list', 2], [3]],
      [['nested', 'list', 0], 4]
    ]);
    // An element of an object is no list element: it stays where it is.
    expect(skeleton).toEqual({ a: 1, list: [], nested: { list: [] }, obj: { list: { k: 5 } } });
  });

  it.each([
    ['{"a": [1, 2]} x', false],
    ['{"a": [1,]}', false],
    ['{"a": ', false],
    ['01', false],
    [`${'['.repeat(129)}${']'.repeat(129)}`, true]
  ])('refuses %j as JSON.parse would, or as too deep', (text, deep) => {
    let error: unknown;
    try {
      read(text, ['$.a.*'], 4);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonStreamError);
    expect((error as JsonStreamError).deep).toBe(deep);
    if (deep) expect((error as Error).message).toBe('nested deeper than 128 levels');
  });

  it('accepts 128 levels and whitespace after the value; only whitespace is empty', () => {
    expect(read(`${'['.repeat(128)}${']'.repeat(128)} \n`, [], 5).skeleton).toBeInstanceOf(Array);
    const blank = new JsonStream({ elements: [], onElement: () => undefined });
    blank.write(' \n');
    expect(blank.empty).toBe(true);
    expect(() => blank.end()).toThrow(JsonStreamError);
  });
});

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
    // Building the predicate (≈ 45,000 packages) would keep well over 100 MiB of tree alive; garbage aside (the
    // bound leaves room for what a busy machine has not collected yet),
    // the header read holds a package at a time.
    expect(peak - before).toBeLessThan(96 * MiB);
  }, 60_000);

  test('with stopWhenRead, ends once the header and the predicate paths are in and leaves the rest unread; a header that comes last is read to the end', async () => {
    const pulled: number[] = [];
    const source = [Buffer.from(head), pkg, Buffer.from(','), pkg, Buffer.from(']}}')];
    function* counted(): Iterable<Uint8Array> {
      for (const [i, chunk] of source.entries()) {
        pulled.push(i);
        yield chunk;
      }
    }
    const statement = await readInTotoStatementHeader(counted(), { maxBytes: MiB, stopWhenRead: true }, ['$.predicate.spdxVersion']);
    expect(statement.predicateType).toBe('https://spdx.dev/Document');
    expect(pulled).toEqual([0]);
    // Without it, every chunk is read.
    pulled.length = 0;
    await readInTotoStatementHeader(counted(), { maxBytes: MiB }, ['$.predicate.spdxVersion']);
    expect(pulled).toEqual([0, 1, 2, 3, 4]);
    // The predicate first: the header is whole only at the end, so all of it is read, and a broken predicate is refused.
    const predicateFirst = `{"predicate":{"spdxVersion":"SPDX-2.3","packages":[${pkg.toString()}]},"_type":"https://in-toto.io/Statement/v1","predicateType":"https://spdx.dev/Document","subject":${JSON.stringify([subject])}}`;
    const late = await readInTotoStatementHeader(chunks(predicateFirst, 64), { maxBytes: MiB, stopWhenRead: true }, ['$.predicate.spdxVersion']);
    expect(late.subjects).toEqual([{ name: 'img', sha256: 'a'.repeat(64) }]);
    const broken = await readInTotoStatementHeader(chunks(predicateFirst.replace('"packages":[', '"packages":[}'), 64), {
      maxBytes: MiB,
      stopWhenRead: true
    }).catch((e: unknown) => e);
    expect((broken as InTotoFormatError).reason).toBe('json');
  });

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

async function* chunks(text: string, size: number): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('selectJson', () => {
  test.each([1, 3, 1024])('selects the paths asked, in order, whatever the chunking (%i bytes)', async (size) => {
    const text = '{"name":"p","skip":{"big":"x"},"versions":{"1.0.0":{"a":[1]},"2.0.0":{}},"esc":"\\"}{[","files":[{"f":1},{"f":2}]}';
    const found: SelectedValue[] = [];
    const outline = await selectJson(chunks(text, size), ['$.name', '$.versions.*', '$.files.*'], (v) => found.push(v));
    expect(found).toEqual([
      { path: ['name'], value: 'p' },
      { path: ['versions', '1.0.0'], value: { a: [1] } },
      { path: ['versions', '2.0.0'], value: {} },
      { path: ['files', 0], value: { f: 1 } },
      { path: ['files', 1], value: { f: 2 } }
    ]);
    expect(outline.root).toBe('object');
    expect([...outline.members]).toEqual([
      ['name', 'string'],
      ['skip', 'object'],
      ['versions', 'object'],
      ['esc', 'string'],
      ['files', 'array']
    ]);
  });

  test.each([
    ['nested past the bound', `{"a":${'['.repeat(200)}${']'.repeat(200)}}`, 'nested deeper than 128 levels', true],
    ['not JSON', '<html></html>', /Unexpected/, false],
    ['cut short', '{"versions":{"1.0.0":', /ended in mid-parsing/, false],
    ['two documents', '{}{}', /Unexpected/, false],
    ['empty', '', /./, false]
  ])('%s is refused with the reason', async (_label, text, reason, deep) => {
    const error = await selectJson(chunks(text, 7), ['$.*'], () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JsonStreamError);
    expect((error as JsonStreamError).message).toMatch(reason);
    expect((error as JsonStreamError).deep).toBe(deep);
  });

  test('what onValue throws ends the read and is thrown as it is', async () => {
    const stop = new Error('stop');
    await expect(
      selectJsonBytes(Buffer.from('[1,2,3]'), ['$.*'], () => {
        throw stop;
      })
    ).rejects.toBe(stop);
  });

  test('a depth exactly at the bound passes; brackets in strings and escaped quotes do not count', async () => {
    const text = '[[["[[[[\\"[[[[","]]]"]]]';
    await expect(selectJsonBytes(Buffer.from(text), ['$.*'], () => undefined)).resolves.toMatchObject({ root: 'array' });
    const deep = await selectJson(
      (async function* () {
        yield Buffer.from('['.repeat(129));
      })(),
      ['$.*'],
      () => undefined
    ).catch((e: unknown) => e);
    expect((deep as JsonStreamError).message).toBe('nested deeper than 128 levels');
  });
});
