import { describe, expect, it } from '@jest/globals';
import { commandSettings, githubToken, repositoryFromRemote, type SettingsRequest } from '../../src/cli/environment.js';
import { InputError } from '../../src/errors.js';

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

describe('commandSettings', () => {
  const SHA = 'c'.repeat(40);
  const request = (overrides: Partial<SettingsRequest> = {}): SettingsRequest => ({
    command: 'preflight',
    workspace: '/work/clone',
    tag: 'v1.2.3',
    sha: SHA,
    repository: 'sketchlog/sketchlog',
    ...overrides
  });

  it("builds the settings from the flags, with the repository and workspace given, not the runner's", () => {
    const env = { GITHUB_TOKEN: 'a-token', NPM_TOKEN: 'npm-token', GITHUB_REPOSITORY: 'other/repo', GITHUB_WORKSPACE: '/elsewhere' };
    const settings = commandSettings(
      request({ config: ' ci/gates.yml ', dist: ' out ', waitMinutes: ' 2.5 ', imageDigest: ` sha256:${'A'.repeat(64)} ` }),
      env
    );
    expect(settings).toMatchObject({
      gate: 'preflight',
      token: 'a-token',
      npmToken: 'npm-token',
      tag: 'v1.2.3',
      sha: SHA,
      workspace: '/work/clone',
      configPath: '/work/clone/ci/gates.yml',
      configInput: 'ci/gates.yml',
      distDir: '/work/clone/out',
      waitMinutes: 2.5,
      summary: true,
      owner: 'sketchlog',
      repo: 'sketchlog',
      imageDigest: `sha256:${'a'.repeat(64)}`,
      chartDigest: '',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      retryBaseMs: 1000
    });
  });

  it('keeps the tag exactly as given, so a stray newline fails tag-format rather than being trimmed away', () => {
    expect(commandSettings(request({ tag: 'v1.2.3\n' }), {}).tag).toBe('v1.2.3\n');
  });

  it("takes what the terminal's environment says where no flag does: GITHUB_REF, GITHUB_SHA, the runner URLs and the retry base", () => {
    const env = {
      GITHUB_REF: 'refs/tags/v2.0.0',
      GITHUB_SHA: 'D'.repeat(40),
      GITHUB_API_URL: 'https://ghes.example.com/api/v3/',
      GITHUB_SERVER_URL: 'https://ghes.example.com',
      RELEASE_GATES_RETRY_BASE_MS: '7'
    };
    expect(commandSettings(request({ tag: '', sha: ' ' }), env)).toMatchObject({
      tag: 'v2.0.0',
      sha: 'd'.repeat(40),
      apiUrl: 'https://ghes.example.com/api/v3',
      serverUrl: 'https://ghes.example.com',
      retryBaseMs: 7
    });
  });

  it('refuses what the action refuses, with the same message', () => {
    const refused = (overrides: Partial<SettingsRequest>) => () => commandSettings(request(overrides), {});
    expect(refused({ repository: 'not-a-repository' })).toThrow(InputError);
    expect(refused({ repository: 'not-a-repository' })).toThrow(/^GITHUB_REPOSITORY "not-a-repository" is not owner\/repo /);
    expect(refused({ waitMinutes: 'soon' })).toThrow(/^wait-minutes "soon" is not a number of minutes between 0 and 360$/);
    expect(refused({ sha: 'abc' })).toThrow(/^commit "abc" is not a full 40-hex SHA; pass "sha" or run where GITHUB_SHA is set$/);
    expect(refused({ config: '../outside.yml' })).toThrow(/^config "\.\.\/outside\.yml" is outside the workspace \/work\/clone; /);
  });
});
