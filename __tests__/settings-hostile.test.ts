import { describe, expect, it } from '@jest/globals';
import { InputError } from '../src/errors.js';
import { readSettings } from '../src/settings.js';
import { parseTag } from '../src/version.js';

const SHA = 'a'.repeat(40);
const BASE_ENV = { GITHUB_REPOSITORY: 'sketchlog/sketchlog', GITHUB_WORKSPACE: '/work/ws', GITHUB_SHA: SHA };
const TEMPLATES = { release: 'v{version}', rehearsal: 'test-v{version}' };

function settingsFrom(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return readSettings((name) => inputs[name] ?? '', { ...BASE_ENV, ...env });
}

describe('the tag is judged exactly as given', () => {
  it.each([
    ['a no-break space', 'v1.2.3\u00a0'],
    ['a BOM prefix', '\ufeffv1.2.3'],
    ['a trailing newline', 'v1.2.3\n'],
    ['a leading space', ' v1.2.3'],
    ['a trailing tab', 'v1.2.3\t']
  ])('%s: kept in the settings and refused by tag-format, as the same through GITHUB_REF', (_name, tag) => {
    const fromInput = settingsFrom({ gate: 'preflight', tag });
    expect(fromInput.tag).toBe(tag);
    const fromRef = settingsFrom({ gate: 'preflight' }, { GITHUB_REF: `refs/tags/${tag}` });
    expect(fromRef.tag).toBe(tag);
    const parsed = parseTag(fromInput.tag, TEMPLATES);
    expect(parsed.ok).toBe(false);
    expect(parseTag(fromRef.tag, TEMPLATES)).toEqual(parsed);
  });
});

describe('runner variables are validated before any library reads them', () => {
  it.each([
    ['../..'],
    ['../../etc'],
    ['sketchlog/..'],
    ['sketchlog/.'],
    ['./repo'],
    ['owner/repo/extra'],
    ['-owner/repo'],
    ['owner-/repo'],
    ['own--er/repo'],
    ['ow.ner/repo'],
    ['owner/re po'],
    ['owner/repo%2F..'],
    [`${'o'.repeat(40)}/repo`],
    [`owner/${'r'.repeat(101)}`],
    ['']
  ])('GITHUB_REPOSITORY %j is refused', (repository) => {
    expect(() => settingsFrom({ gate: 'preflight', tag: 'v1.2.3' }, { GITHUB_REPOSITORY: repository })).toThrow(InputError);
    expect(() => settingsFrom({ gate: 'preflight', tag: 'v1.2.3' }, { GITHUB_REPOSITORY: repository })).toThrow(/^GITHUB_REPOSITORY ".*" is not owner\/repo/);
  });

  it.each([['octo-cat/hello.world'], ['a/b'], ['octocat_acme/my_repo-2'], ['Sketch-Log/.github'], [`${'o'.repeat(39)}/${'r'.repeat(100)}`]])(
    'GITHUB_REPOSITORY %j is accepted',
    (repository) => {
      const s = settingsFrom({ gate: 'preflight', tag: 'v1.2.3' }, { GITHUB_REPOSITORY: repository });
      expect(`${s.owner}/${s.repo}`).toBe(repository);
    }
  );

  it.each([
    ['GITHUB_API_URL', 'http://[::1', /is not a URL/],
    ['GITHUB_API_URL', 'api.github.com', /is not a URL/],
    ['GITHUB_API_URL', 'file:///etc/passwd', /uses file:, not https:\/\//],
    ['GITHUB_API_URL', 'https://user:pw@api.github.com', /carries credentials/],
    ['GITHUB_API_URL', 'https://api.github.com/?x=1', /has a query or fragment/],
    ['GITHUB_API_URL', 'http://ghes.example.com/api/v3', /uses http:\/\/ off loopback, which would send the token unencrypted; use https:\/\//],
    ['GITHUB_SERVER_URL', 'http://github.example.com', /uses http:\/\/ off loopback/],
    ['GITHUB_SERVER_URL', 'javascript:alert(1)', /uses javascript:/]
  ])('%s %j is refused by name', (name, value, problem) => {
    expect(() => settingsFrom({ gate: 'preflight', tag: 'v1.2.3' }, { [name]: value })).toThrow(InputError);
    expect(() => settingsFrom({ gate: 'preflight', tag: 'v1.2.3' }, { [name]: value })).toThrow(new RegExp(`^${name} ".*" ${problem.source}`));
  });

  it('accepts a GitHub Enterprise Server and a loopback test server', () => {
    expect(settingsFrom({ gate: 'preflight', tag: 'v1.2.3' }, { GITHUB_API_URL: 'https://ghes.example.com/api/v3/' }).apiUrl).toBe(
      'https://ghes.example.com/api/v3'
    );
    expect(settingsFrom({ gate: 'preflight', tag: 'v1.2.3' }, { GITHUB_API_URL: 'http://127.0.0.1:8080' }).apiUrl).toBe('http://127.0.0.1:8080');
  });
});
