import { InputError } from '../errors.js';

/**
 * What makes a credential unusable, or null when it is fine. Tokens (GitHub, npm, registry)
 * are single words of visible characters: whitespace or a control character is a pasting
 * mistake (a trailing line break from `echo`, a second line of a file). Sent anyway, the HTTP
 * library rejects the header and quotes it in its error, token and all; so the value is
 * refused here, and the reason never contains the value itself.
 */
export function credentialProblem(value: string): string | null {
  // Index only: the character's position helps find it without showing the secret around it.
  const bad = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u.exec(value);
  if (!bad) return null;
  const ch = bad[0];
  const what = ch === '\n' || ch === '\r' ? 'a line break' : /\s/u.test(ch) ? 'whitespace' : 'a control character';
  return `contains ${what} (character ${bad.index + 1})`;
}

/**
 * Refuses a secret input that contains whitespace or a control character, as bad input,
 * without echoing it. An empty value is left to the caller (it means "not given").
 */
export function checkSecretInput(input: string, value: string): void {
  const problem = credentialProblem(value);
  if (problem) {
    throw new InputError(`input "${input}" ${problem}; a token is one word of visible characters — remove the stray space or line break from the secret`);
  }
}

/**
 * Whether a header value (`Bearer <token>`, `token <token>`) can be sent: the scheme and one
 * token separated by a single space, no control characters. Checked before every send.
 */
export function credentialHeaderProblem(headerValue: string): string | null {
  const space = headerValue.indexOf(' ');
  const token = space > 0 && /^[A-Za-z]+$/.test(headerValue.slice(0, space)) ? headerValue.slice(space + 1) : headerValue;
  return token.length === 0 ? 'is empty' : credentialProblem(token);
}

/** `checkSecretInput`, then the value: for reading an input in one expression (`token: checkedSecret('token', input('token'))`). */
export function checkedSecret(input: string, value: string): string {
  checkSecretInput(input, value);
  return value;
}
