import { describe, expect, it } from '@jest/globals';
import { githubToken, repositoryFromRemote } from '../../src/cli/environment.js';

describe('repositoryFromRemote', () => {
  it.each([
    ['git@github.com:sketchlog/sketchlog.git', 'sketchlog/sketchlog'],
    ['git@github.com:sketchlog/sketchlog', 'sketchlog/sketchlog'],
    ['ssh://git@github.com/sketchlog/release-gates.git', 'sketchlog/release-gates'],
    ['ssh://git@github.example.com:2222/acme/api.v2.git', 'acme/api.v2'],
    ['https://github.com/sketchlog/sketchlog', 'sketchlog/sketchlog'],
    ['https://github.com/sketchlog/sketchlog.git/', 'sketchlog/sketchlog'],
    ['https://x-access-token:secret@github.com/o/r.git', 'o/r'],
    ['https://ghe.example.com/org/repo.git', 'org/repo']
  ])('%s → %s', (url, expected) => {
    expect(repositoryFromRemote(url)).toBe(expected);
  });

  it.each([['/srv/git/sketchlog.git'], ['../sketchlog.git'], ['./x'], ['file:///srv/git/o/r.git'], ['https://github.com/only-owner'], ['']])(
    'a remote with no owner/repo on a server (%s) gives null',
    (url) => {
      expect(repositoryFromRemote(url)).toBeNull();
    }
  );
});

describe('githubToken', () => {
  it('prefers GITHUB_TOKEN and falls back to GH_TOKEN, as the GitHub CLI does', () => {
    expect(githubToken({ GITHUB_TOKEN: 'a-token', GH_TOKEN: 'b-token' })).toBe('a-token');
    expect(githubToken({ GITHUB_TOKEN: '', GH_TOKEN: 'b-token' })).toBe('b-token');
    expect(githubToken({})).toBe('');
  });
});
