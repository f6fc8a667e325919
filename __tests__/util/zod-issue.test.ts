import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { dottedPath, firstZodIssue, firstZodIssueParts, type ZodIssueFormat } from '../../src/util/zod-issue.js';

const release = z.object({
  info: z.object({ name: z.string() }),
  urls: z.array(z.object({ digests: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be 64 hex digits' }) }) })),
  kind: z.union([z.literal('wheel'), z.literal('sdist')]).optional(),
  note: z
    .string()
    .refine(() => false, { message: 'line one\nline two' })
    .optional()
});

const valid = { info: { name: 'demo' }, urls: [{ digests: { sha256: 'a'.repeat(64) } }] };

function errorOf(raw: unknown, schema: z.ZodType = release): z.ZodError {
  const parsed = schema.safeParse(raw);
  if (parsed.success) throw new Error('expected the parse to fail');
  return parsed.error;
}

const longKey = 'k'.repeat(30);
const deep = z.object({ [longKey]: z.object({ [longKey]: z.number() }) });

describe('firstZodIssue', () => {
  const cases: { name: string; raw: unknown; schema?: z.ZodType; options: ZodIssueFormat; expected: string }[] = [
    {
      name: 'a nested path with an array index',
      raw: { ...valid, urls: [valid.urls[0], { digests: { sha256: 'xyz' } }] },
      options: { top: '(document)' },
      expected: 'urls.1.digests.sha256: must be 64 hex digits'
    },
    {
      name: 'the empty path shown as the reader names its document',
      raw: 'not an object',
      options: { top: 'the document' },
      expected: 'the document: Invalid input: expected object, received string'
    },
    {
      name: 'another name for the empty path',
      raw: null,
      options: { top: '(top level)' },
      expected: '(top level): Invalid input: expected object, received null'
    },
    {
      name: 'a prefix above the parsed value',
      raw: { ...valid, info: {} },
      options: { top: '(top level)', prefix: ['attestation_bundles', 0] },
      expected: 'attestation_bundles.0.info.name: Invalid input: expected string, received undefined'
    },
    {
      name: 'a prefix alone when the issue is at the top of the parsed value',
      raw: 7,
      options: { top: '(top level)', prefix: ['versions', '1.2.3'] },
      expected: 'versions.1.2.3: Invalid input: expected object, received number'
    },
    {
      name: 'a union reported at its own path with zod’s message, not a branch’s',
      raw: { ...valid, kind: 'egg' },
      options: { top: '(document)' },
      expected: 'kind: Invalid input'
    },
    {
      name: 'a path longer than pathMax clipped with its length',
      raw: { [longKey]: { [longKey]: 'x' } },
      schema: deep,
      options: { top: '(document)', pathMax: 40 },
      expected: `${'k'.repeat(30)}.${'k'.repeat(9)}… (61 characters): Invalid input: expected number, received string`
    },
    {
      name: 'a message longer than messageMax clipped with its length',
      raw: { ...valid, info: { name: 1 } },
      options: { top: '(document)', messageMax: 20 },
      expected: 'info.name: Invalid input: expec… (47 characters)'
    },
    {
      name: 'a message clipped to one line when messageMax is given',
      raw: { ...valid, note: 'x' },
      options: { top: '(document)', messageMax: 120 },
      expected: 'note: line one line two'
    },
    {
      name: 'a message shown whole, line break and all, without messageMax',
      raw: { ...valid, note: 'x' },
      options: { top: '(top)' },
      expected: 'note: line one\nline two'
    }
  ];

  it.each(cases)('$name', ({ raw, schema, options, expected }) => {
    expect(firstZodIssue(errorOf(raw, schema), options)).toBe(expected);
  });

  it.each([
    { options: { top: '(document)' }, expected: 'invalid' },
    { options: { top: 'the document', none: 'unexpected shape' }, expected: 'unexpected shape' }
  ])('an error without an issue reads as $expected', ({ options, expected }) => {
    expect(firstZodIssue(new z.ZodError([]), options)).toBe(expected);
  });
});

describe('firstZodIssueParts', () => {
  it.each([
    {
      name: 'nested path and message',
      raw: { ...valid, info: {} },
      options: {},
      path: 'info.name',
      message: 'Invalid input: expected string, received undefined'
    },
    { name: 'the empty path as ""', raw: [], options: {}, path: '', message: 'Invalid input: expected object, received array' },
    {
      name: 'a prefix',
      raw: [],
      options: { prefix: ['versions', '2.0.0'] },
      path: 'versions.2.0.0',
      message: 'Invalid input: expected object, received array'
    },
    {
      name: 'a clipped path and message',
      raw: { ...valid, info: {} },
      options: { pathMax: 4, messageMax: 7 },
      path: 'info… (9 characters)',
      message: 'Invalid… (50 characters)'
    }
  ])('$name', ({ raw, options, path, message }) => {
    expect(firstZodIssueParts(errorOf(raw), options)).toEqual({ path, message });
  });

  it('an error without an issue has no message, and only the prefix as its path', () => {
    expect(firstZodIssueParts(new z.ZodError([]), { prefix: ['versions', '1.0.0'] })).toEqual({ path: 'versions.1.0.0', message: undefined });
    expect(firstZodIssueParts(new z.ZodError([]))).toEqual({ path: '', message: undefined });
  });
});

describe('dottedPath', () => {
  it.each([
    { path: [], expected: '' },
    { path: ['urls', 3, 'digests'], expected: 'urls.3.digests' },
    { path: [Symbol('meta'), 'x'], expected: 'Symbol(meta).x' }
  ])('$expected', ({ path, expected }) => {
    expect(dottedPath(path)).toBe(expected);
  });
});
