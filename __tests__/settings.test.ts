import { describe, expect, it } from '@jest/globals';
import { InputError } from '../src/errors.js';
import { readSettings } from '../src/settings.js';
import { isOutside } from '../src/util/paths.js';

const SHA = 'a'.repeat(40);
const BASE_ENV = { GITHUB_REPOSITORY: 'sketchlog/sketchlog', GITHUB_WORKSPACE: '/work/ws', GITHUB_SHA: SHA, GITHUB_REF: 'refs/tags/v1.2.3' };

function settingsFrom(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return readSettings((name) => inputs[name] ?? '', { ...BASE_ENV, ...env });
}

describe('readSettings', () => {
  it('reads defaults from the runner: tag from GITHUB_REF, sha from GITHUB_SHA, dist and config in the workspace', () => {
    const s = settingsFrom({ gate: 'preflight' });
    expect(s).toMatchObject({
      gate: 'preflight',
      tag: 'v1.2.3',
      sha: SHA,
      configPath: '/work/ws/.github/release-gates.yml',
      distDir: '/work/ws/dist',
      waitMinutes: 0,
      summary: true,
      owner: 'sketchlog',
      repo: 'sketchlog',
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      retryBaseMs: 1000
    });
  });

  it('prefers inputs over the runner and accepts fractional wait-minutes', () => {
    const s = settingsFrom(
      { gate: 'release', tag: 'test-v2.0.0', sha: 'B'.repeat(40), 'wait-minutes': '2.5', summary: 'false', config: 'ci/gates.yml' },
      { GITHUB_API_URL: 'https://ghes.example.com/api/v3/' }
    );
    expect(s).toMatchObject({ tag: 'test-v2.0.0', sha: 'b'.repeat(40), waitMinutes: 2.5, summary: false, apiUrl: 'https://ghes.example.com/api/v3' });
    expect(s.configPath).toBe('/work/ws/ci/gates.yml');
  });

  it.each([
    [{ gate: 'preflight', tag: '' }, { GITHUB_REF: 'refs/heads/main' }, /no release tag: .*"refs\/heads\/main" is not a tag/],
    [{ gate: 'preflight', sha: 'abc123' }, {}, /commit "abc123" is not a full 40-hex SHA/],
    [{ gate: 'preflight', 'wait-minutes': 'ten' }, {}, /wait-minutes "ten" is not a number of minutes/],
    [{ gate: 'preflight', 'wait-minutes': '-1' }, {}, /wait-minutes "-1"/],
    [{ gate: 'preflight', summary: 'maybe' }, {}, /summary "maybe" must be true or false/],
    [{ gate: 'preflight', config: '../../etc/passwd' }, {}, /config "..\/..\/etc\/passwd" is outside the workspace/],
    [{ gate: 'preflight', dist: '/tmp' }, {}, /dist "\/tmp" is outside the workspace/],
    [{ gate: 'preflight' }, { GITHUB_REPOSITORY: 'no-slash' }, /GITHUB_REPOSITORY "no-slash" is not owner\/repo/],
    [{ gate: 'preflight' }, { RELEASE_GATES_RETRY_BASE_MS: 'fast' }, /RELEASE_GATES_RETRY_BASE_MS "fast"/]
  ])('rejects bad input %j %j with one clear message', (inputs, env, message) => {
    expect(() => settingsFrom(inputs, env)).toThrow(InputError);
    expect(() => settingsFrom(inputs, env)).toThrow(message);
  });

  it('keeps a folder whose name only starts with two dots inside the workspace', () => {
    expect(settingsFrom({ gate: 'preflight', dist: '..dist' }).distDir).toBe('/work/ws/..dist');
    expect(() => settingsFrom({ gate: 'preflight', dist: '..' })).toThrow(/outside the workspace/);
  });

  it('isOutside: only a first segment of exactly .. (or another root) leaves the root', () => {
    expect(isOutside('/work/ws', '/work/ws')).toBe(false);
    expect(isOutside('/work/ws', '/work/ws/dist')).toBe(false);
    expect(isOutside('/work/ws', '/work/ws/..foo')).toBe(false);
    expect(isOutside('/work/ws', '/work/ws/..foo/bar')).toBe(false);
    expect(isOutside('/work/ws', '/work')).toBe(true);
    expect(isOutside('/work/ws', '/work/other')).toBe(true);
    expect(isOutside('/work/ws', '/work/ws-other')).toBe(true);
  });

  it('clips a huge value in the message instead of echoing it whole', () => {
    const sha = 'x'.repeat(5000);
    let message = '';
    try {
      settingsFrom({ gate: 'preflight', sha });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('(5000 characters)');
    expect(message.length).toBeLessThan(400);
  });
});
