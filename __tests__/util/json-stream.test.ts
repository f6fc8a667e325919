import { describe, expect, it } from '@jest/globals';
import { JsonStream, JsonStreamError, type JsonPath } from '../../src/util/json-stream.js';

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
