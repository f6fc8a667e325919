/** Properties of log escaping over any text: one line, no command marker, idempotent, never throws. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { neutralizeForLog, neutralizeLines } from '../../src/util/log-escape.js';

/** Text rich in the characters that matter, mixed with anything else. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('\n', '\r', '\r\n', '::', ':', '##[', '#', '\u2028', '\u0085', '\u202e', '\u0000', 'warning', ' ', '%0A'),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' })
    ),
    {
      maxLength: 30
    }
  )
  .map((parts) => parts.join(''));

describe('neutralizeForLog', () => {
  it('gives one line with no workflow command marker, and is idempotent', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = neutralizeForLog(text);
        expect(out).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
        expect(out).not.toContain('::');
        expect(out).not.toContain('##[');
        expect(neutralizeForLog(out)).toBe(out);
      }),
      { numRuns: 2000 }
    );
  });

  it('leaves plain printable text as it is', () => {
    const plain = fc.stringMatching(/^[A-Za-z0-9 .,;_\-/@=+()[\]{}!?'"*&^$~`|<>]{0,80}$/);
    fc.assert(fc.property(plain, (text) => neutralizeForLog(text) === text));
  });
});

describe('neutralizeLines', () => {
  it('no line of the result starts or holds a command, whatever the lines were', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const line of neutralizeLines(text).split('\n')) {
          expect(line.trimStart().startsWith('::')).toBe(false);
          expect(line).not.toContain('##[');
          expect(line).not.toContain('\r');
        }
      }),
      { numRuns: 1000 }
    );
  });
});
