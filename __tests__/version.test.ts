import { describe, expect, it } from '@jest/globals';
import { formatPep440, isPythonFile, parsePep440, parseTag, pep440Matches, semverMatches, semverToPep440 } from '../src/version.js';

const TEMPLATES = { release: 'v{version}', rehearsal: 'test-v{version}' };

describe('parseTag', () => {
  it.each([
    ['v1.2.3', 'release', '1.2.3'],
    ['v1.3.0-rc.1', 'release', '1.3.0-rc.1'],
    ['test-v1.2.3', 'rehearsal', '1.2.3'],
    ['v10.20.30', 'release', '10.20.30']
  ])('%s is a %s of %s', (tag, kind, version) => {
    expect(parseTag(tag, TEMPLATES)).toEqual({ ok: true, kind, version, template: kind === 'release' ? 'v{version}' : 'test-v{version}' });
  });

  it.each([
    ['v01.2.3', /leading zero/],
    ['v1.2', /two parts/],
    ['v1.2.3+build.5', /build metadata/],
    ['', /empty/],
    ['v' + '1'.repeat(1000), /1001 characters long/],
    ['v1.2.3;rm -rf /', /not allowed/],
    ['v1.2.3$(id)', /not allowed/],
    ['v1.2.3`id`', /not allowed/],
    ['1.2.3', /matches neither "test-v\{version\}" nor "v\{version\}"/],
    ['release-1.2.3', /matches neither/],
    ['vv1.2.3', /not SemVer/]
  ])('rejects %j', (tag, reason) => {
    const parsed = parseTag(tag, TEMPLATES);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('does not take a rehearsal tag for a release when templates overlap', () => {
    expect(parseTag('rc-v1.0.0', { release: '{version}', rehearsal: 'rc-v{version}' })).toMatchObject({ ok: true, kind: 'rehearsal' });
  });
});

describe('PEP 440', () => {
  it.each([
    ['1.3.0-rc.1', '1.3.0rc1'],
    ['1.3.0-alpha.2', '1.3.0a2'],
    ['1.3.0-beta.3', '1.3.0b3'],
    ['1.3.0-rc1', '1.3.0rc1'],
    ['2.0.0', '2.0.0'],
    ['1.0.0-dev.4', '1.0.0.dev4'],
    ['1.0.0-banana.1', null],
    ['1.0.0-rc.1.2', null],
    ['1.3.0-post.1', null]
  ])('semverToPep440(%s) = %s', (semver, pep) => {
    expect(semverToPep440(semver)).toBe(pep);
  });

  it.each([
    ['1.3.0rc1', '1.3.0-rc.1', true],
    ['1.3.0RC1', '1.3.0-rc.1', true],
    ['1.3.0-rc.1', '1.3.0-rc.1', true],
    ['1.3.0.rc1', '1.3.0-rc.1', true],
    ['1.3.0c1', '1.3.0-rc.1', true],
    ['1.3rc1', '1.3.0-rc.1', true],
    ['v1.3.0rc1', '1.3.0-rc.1', true],
    ['1.3.0a1', '1.3.0-alpha.1', true],
    ['1.3.0alpha1', '1.3.0-alpha.1', true],
    ['1.3.0b2', '1.3.0-beta.2', true],
    ['1.3.0rc2', '1.3.0-rc.1', false],
    ['1.3.0', '1.3.0-rc.1', false],
    ['1.3.0.post1', '1.3.0', false],
    ['1.3.0+local', '1.3.0', false],
    ['1.3.1', '1.3.0', false],
    ['not a version', '1.3.0', false]
  ])('%s means %s: %s', (found, tag, same) => {
    expect(pep440Matches(found, tag)).toBe(same);
  });

  it('formats the canonical spelling PyPI shows', () => {
    expect(formatPep440(parsePep440('1.3RC1')!)).toBe('1.3.0rc1');
    expect(formatPep440(parsePep440('1!2.0.post3.dev1')!)).toBe('1!2.0.0.post3.dev1');
  });
});

describe('semverMatches and isPythonFile', () => {
  it.each([
    ['1.2.3', '1.2.3', true],
    ['v1.2.3', '1.2.3', false],
    ['=1.2.3', '1.2.3', false],
    [' 1.2.3 ', '1.2.3', true],
    ['1.2.3+build', '1.2.3', false],
    ['1.2.4', '1.2.3', false],
    ['1.3.0rc1', '1.3.0-rc.1', false],
    ['^1.2.3', '1.2.3', false]
  ])('%s vs %s: %s', (found, tag, same) => {
    expect(semverMatches(found, tag)).toBe(same);
  });

  it.each([
    ['pyproject.toml', true],
    ['python/sketchlog/__init__.py', true],
    ['setup.cfg', true],
    ['package.json', false],
    ['charts/Chart.yaml', false]
  ])('%s is python: %s', (file, expected) => {
    expect(isPythonFile(file)).toBe(expected);
  });
});
