/** Streamed JSON reads: selected values in order, the outline, and the refusals (depth, not JSON, cut short). */
import { describe, expect, test } from '@jest/globals';
import { DepthGuard, JsonStreamError, selectJson, selectJsonBytes, type SelectedValue } from '../../src/util/json-stream.js';

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

  test('a depth exactly at the bound passes; brackets in strings and escaped quotes do not count', () => {
    const guard = new DepthGuard(3);
    expect(guard.feed(Buffer.from('[[["[[[[\\"[[[['))).toBeNull();
    expect(guard.feed(Buffer.from('"]]]'))).toBeNull();
    expect(new DepthGuard(3).feed(Buffer.from('[[[['))).toBe('nested deeper than 3 levels');
  });
});
