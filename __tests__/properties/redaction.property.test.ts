/**
 * No secret survives in any output, even when the text is shortened: over any text with the
 * token anywhere (and any clip length), neither the token nor any long part of it remains.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { clip } from '../../src/util/text.js';
import { HttpError, rethrowAs } from '../../src/clients/http.js';
import { protectSecrets } from '../../src/util/redact.js';
import { neutralizeForLog } from '../../src/util/log-escape.js';

const TOKEN = 'npm_Prop3rtyT0ken_abcdefghij012345';
protectSecrets([TOKEN]);

/** The longest run of the token's characters a text shows: anything of 8 or more is a leak. */
function longestTokenPart(text: string): number {
  let best = 0;
  for (let start = 0; start < TOKEN.length; start++) {
    for (let end = TOKEN.length; end - start > best; end--) {
      if (text.includes(TOKEN.slice(start, end))) best = end - start;
    }
  }
  return best;
}

const around = fc.tuple(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 3 }));

describe('redaction before clipping', () => {
  it('clip() shows no part of a registered token, wherever it sits and however short the clip', () => {
    fc.assert(
      fc.property(around, ([before, after, max, copies]) => {
        const text = `${before}${Array.from({ length: copies }, () => TOKEN).join(after)}${after}`;
        expect(longestTokenPart(clip(text, max))).toBeLessThan(8);
      }),
      { numRuns: 1000 }
    );
  });

  it('a client error built from an echoing answer shows no part of the token, and never throws', () => {
    fc.assert(
      fc.property(around, ([before, after, max]) => {
        const echoed = new HttpError(`http://r.test/-/whoami answered 500 (${before}${TOKEN}${after})`, 500, 'http://r.test/-/whoami');
        let message = '';
        try {
          rethrowAs(echoed, (m, o) => new Error(m, o), 'npm registry could not answer /-/whoami');
        } catch (error) {
          message = clip((error as Error).message, max);
        }
        expect(longestTokenPart(neutralizeForLog(message))).toBeLessThan(8);
      }),
      { numRuns: 500 }
    );
  });
});
