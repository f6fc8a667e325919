/** describeGitHubError: an Octokit error as one line naming the call and the fix, with the token redacted. */
import { describe, expect, it } from '@jest/globals';
import { describeGitHubError } from '../../../src/clients/github/errors.js';

const TOKEN = 'ghs_testtoken_0123456789abcdef';

describe('describeGitHubError', () => {
  it('redacts an echoed token before shortening the message, so no part of it shows', () => {
    // The token starts where a clip before redaction would cut it in half.
    const echo = { status: 422, message: 'x', response: { headers: {}, data: { message: `${'p'.repeat(110)}${TOKEN} was sent` } } };
    const error = describeGitHubError('releases/tags/v1', echo, TOKEN);
    expect(error.message).toMatch(/^GitHub answered 422 for releases\/tags\/v1: p{110}\*\*\*/);
    expect(error.message).not.toContain(TOKEN.slice(0, 8));
  });
});
