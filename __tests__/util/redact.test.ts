/** Redaction comes before shortening: a token cut in half by clip() is still a leak. */
import { describe, expect, it } from '@jest/globals';
import { clip } from '../../src/util/text.js';
import { protectSecrets, redactor, redactKnownSecrets } from '../../src/util/redact.js';

describe('clip after redaction', () => {
  it('never prints part of a registered token that straddles the cut', () => {
    const token = 'npm_redact_first_0123456789';
    protectSecrets([token]);
    // The token starts at character 70: clipped at 80 without redaction, its first 10 characters would show.
    const echoed = `${'x'.repeat(70)}${token} and more`;
    const shown = clip(echoed, 80);
    expect(shown).not.toContain(token.slice(0, 6));
    expect(shown.startsWith(`${'x'.repeat(70)}***`)).toBe(true);
  });

  it('registers the bare token of a credential header value', () => {
    protectSecrets(['Bearer npm_header_value_0123456789']);
    expect(redactKnownSecrets('echo npm_header_value_0123456789!')).toBe('echo ***!');
  });
});

describe('redactor', () => {
  it('replaces the longer secret first, so one inside another is not half-shown', () => {
    expect(redactor(['abcd', 'abcdefgh'])('x abcdefgh y abcd')).toBe('x *** y ***');
  });

  it('ignores secrets too short to be tokens', () => {
    expect(redactor(['', 'ab'])('a tab and ab')).toBe('a tab and ab');
  });
});
