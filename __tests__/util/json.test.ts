import { describe, expect, it } from '@jest/globals';
import { jsonDepthProblem, MAX_JSON_DEPTH, parseJson } from '../../src/util/json.js';

const nested = (levels: number, open = '[', close = ']') => open.repeat(levels) + close.repeat(levels);

describe('jsonDepthProblem', () => {
  it.each([
    ['an array at the limit', nested(MAX_JSON_DEPTH), null],
    ['an array one past the limit', nested(MAX_JSON_DEPTH + 1), `nested deeper than ${MAX_JSON_DEPTH} levels`],
    ['objects past the limit', '{"a":'.repeat(MAX_JSON_DEPTH + 1) + '1' + '}'.repeat(MAX_JSON_DEPTH + 1), `nested deeper than ${MAX_JSON_DEPTH} levels`],
    ['brackets inside a string', JSON.stringify({ a: '['.repeat(10_000) }), null],
    ['an escaped quote inside a string', JSON.stringify({ a: '\\"[[[[' + '['.repeat(500) }), null],
    ['siblings that each stay shallow', '[' + '[[]],'.repeat(10_000) + '[]]', null]
  ])('%s', (_name, text, expected) => {
    expect(jsonDepthProblem(text)).toBe(expected);
    expect(jsonDepthProblem(Buffer.from(text, 'utf8'))).toBe(expected);
  });

  it('counts levels in UTF-8 bytes as in the string (multi-byte text beside brackets)', () => {
    const text = JSON.stringify({ ключ: ['é', ['日本', ['☃']]] });
    expect(jsonDepthProblem(Buffer.from(text), 3)).toBe('nested deeper than 3 levels');
    expect(jsonDepthProblem(Buffer.from(text), 4)).toBeNull();
    expect(jsonDepthProblem(text, 3)).toBe('nested deeper than 3 levels');
  });
});

describe('parseJson', () => {
  it('refuses 2 million levels with a reason, without recursing', () => {
    const parsed = parseJson(Buffer.from(nested(2_000_000)));
    expect(parsed).toEqual({ ok: false, reason: `nested deeper than ${MAX_JSON_DEPTH} levels`, deep: true });
  });

  it('parses what is shallow enough, from bytes or text', () => {
    expect(parseJson(Buffer.from('{"a":[1,{"b":2}]}'))).toEqual({ ok: true, value: { a: [1, { b: 2 }] } });
    expect(parseJson('"x"')).toEqual({ ok: true, value: 'x' });
  });

  it('gives the parser reason for what is not JSON', () => {
    const parsed = parseJson('{"a":');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.deep).toBe(false);
  });
});
