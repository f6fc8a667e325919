/** A token with whitespace or a control character is refused as bad input, and never echoed. */
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import { checkSecretInput, checkedSecret, credentialHeaderProblem, credentialProblem } from '../../src/util/secrets.js';

const SECRET = 'npm_0123456789abcdefSECRET';

describe('checkSecretInput', () => {
  it.each([
    ['a line break', `${SECRET}\n`, /input "npm-token" contains a line break \(character 27\)/],
    ['a carriage return inside', `npm_0123${'\r'}456789abcdefSECRET`, /contains a line break \(character 9\)/],
    ['a space', `npm_0123 456789abcdefSECRET`, /contains whitespace \(character 9\)/],
    ['a no-break space', `npm_0123\u00a0456789abcdefSECRET`, /contains whitespace \(character 9\)/],
    ['a NUL', `npm_0123\u0000456789abcdefSECRET`, /contains a control character \(character 9\)/],
    ['a BOM', `\ufeff${SECRET}`, /contains (whitespace|a control character) \(character 1\)/]
  ])('refuses a token with %s without echoing it', (_what, value, message) => {
    let thrown: unknown;
    try {
      checkSecretInput('npm-token', value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toMatch(/npm_|SECRET|0123/);
  });

  it('accepts a token of visible characters, and leaves an empty one to the caller', () => {
    expect(() => checkSecretInput('token', 'ghs_AbC123-._~+/=')).not.toThrow();
    expect(() => checkSecretInput('token', '')).not.toThrow();
    expect(credentialProblem(SECRET)).toBeNull();
    expect(checkedSecret('token', SECRET)).toBe(SECRET);
    expect(() => checkedSecret('token', `${SECRET}\n`)).toThrow(InputError);
  });
});

describe('credentialHeaderProblem', () => {
  it.each([
    ['Bearer npm_abc', null],
    ['token ghs_abc', null],
    ['npm_abc', null],
    ['Bearer npm_a\nbc', 'contains a line break (character 6)'],
    ['Bearer npm_a bc', 'contains whitespace (character 6)'],
    ['Bearer ', 'is empty']
  ])('%j → %j', (value, problem) => {
    expect(credentialHeaderProblem(value)).toBe(problem);
  });
});
