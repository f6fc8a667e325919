import { describe, expect, it } from '@jest/globals';
import { terminalWords } from '../../src/cli/vocabulary.js';

describe('terminalWords', () => {
  it.each([
    [
      'no GitHub token: input "token" is empty; keep its default (github.token) or pass a token with the permissions in the README',
      'no GitHub token: GITHUB_TOKEN (or GH_TOKEN) is not set; set it to a token that can read the repository (gh auth token prints yours)'
    ],
    [
      "npm-token is empty, so the npm identity cannot be verified; pass the publisher's token to the action as `npm-token: ${{ secrets.NPM_TOKEN }}`",
      "NPM_TOKEN is empty, so the npm identity cannot be verified; set NPM_TOKEN to the publisher's npm token"
    ],
    ['ci.yml is still in_progress; set wait-minutes to wait for it', 'ci.yml is still in_progress; set --wait-minutes to wait for it'],
    ['already says --wait-minutes 5', 'already says --wait-minutes 5']
  ])('%s', (action, terminal) => {
    expect(terminalWords(action)).toBe(terminal);
  });
});
