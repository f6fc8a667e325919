/**
 * The ref-name matchers, against the examples GitHub documents: rulesets' fnmatch (File.fnmatch with
 * FNM_PATHNAME, no extglob, no escapes) and the Actions filter patterns ("Filter pattern cheat sheet").
 */
import { describe, expect, it } from '@jest/globals';
import { actionsFilterIncludes, matchesPattern, patternExpression, refNameVerdict } from '../../src/util/ref-pattern.js';
import { BACKTRACKING_REF_PATTERN } from '../../test-support/hostile-inputs.js';

describe('fnmatch (rulesets, deployment policies)', () => {
  it.each<[string, string, boolean]>([
    // The ruleset docs' own examples: * stops at /, **/ spans directories.
    ['qa/*', 'qa/foo', true],
    ['qa/*', 'qa/foo/bar', false],
    ['qa/**/*', 'qa/foo/bar/foobar/hello-world', true],
    ['qa/**/*', 'qa/foo', true],
    ['refs/tags/v*', 'refs/tags/v1.2.3', true],
    ['refs/tags/v*', 'refs/tags/clients/go/v1.2.3', false],
    ['refs/tags/clients/go/v*', 'refs/tags/clients/go/v10.20.30', true],
    ['refs/tags/**', 'refs/tags/clients/go/v1', false],
    ['refs/tags/v?.*', 'refs/tags/v1.2', true],
    ['refs/tags/v?.*', 'refs/tags/v10.2', false],
    ['refs/tags/v[0-9]*', 'refs/tags/v1', true],
    ['refs/tags/v[!0-9]*', 'refs/tags/v1', false],
    ['refs/tags/v[!0-9]*', 'refs/tags/vx', true],
    // No braces (FNM_EXTGLOB is off), no backslash escapes, special characters are literal.
    ['refs/tags/{a,b}', 'refs/tags/a', false],
    ['refs/tags/{a,b}', 'refs/tags/{a,b}', true],
    ['refs/tags/v1.+', 'refs/tags/v1.+', true],
    ['refs/tags/v1.+', 'refs/tags/v1x+', false],
    ['a[]b]c', 'a]c', true],
    ['x[a-', 'x[a-', true]
  ])('%s against %s is %s', (pattern, name, matches) => {
    expect(matchesPattern(pattern, name, 'fnmatch')).toBe(matches);
  });

  it('matches with RE2, however the pattern backtracks', () => {
    // A backtracking matcher would not end on this (it needs some n⁶ steps), so the test would time out;
    // how fast RE2 ends it is scripts/bench-hostile-inputs.ts's figure.
    const { pattern, name } = BACKTRACKING_REF_PATTERN;
    expect(matchesPattern(pattern, name, 'fnmatch')).toBe(false);
    expect(matchesPattern(pattern, `${name}b`, 'fnmatch')).toBe(true);
  });
});

describe('Actions filter patterns (on.push.tags)', () => {
  it.each<[string, string, boolean]>([
    ['feature/*', 'feature/my-branch', true],
    ['feature/*', 'feature/beta-a/my-branch', false],
    ['feature/**', 'feature/mona/the/octocat', true],
    ['*', 'releases/x', false],
    ['**', 'clients/go/v1.2.3', true],
    ['*feature', 'ver-10-feature', true],
    ['v2*', 'v2.9', true],
    ['v[12].[0-9]+.[0-9]+', 'v1.10.1', true],
    ['v[12].[0-9]+.[0-9]+', 'v3.0.0', false],
    ['v[0-9]+.[0-9]+.[0-9]+', 'v1.0.0-rc.1', false],
    ['v1.?0', 'v1.0', true],
    ['v1.?0', 'v10', true],
    ['v1.?0', 'v1..0', false],
    ['v\\*', 'v*', true],
    ['v\\*', 'v1', false],
    // A quantifier with nothing before it is the character itself.
    ['+v', '+v', true]
  ])('%s against %s is %s', (pattern, name, matches) => {
    expect(matchesPattern(pattern, name, 'actions')).toBe(matches);
  });

  it('reads a list in order: a later ! pattern excludes, a later positive one includes again', () => {
    expect(actionsFilterIncludes(['v*', '!v*-rc*'], 'v1.0.0-rc.1')).toBe(false);
    expect(actionsFilterIncludes(['v*', '!v*-rc*'], 'v1.0.0')).toBe(true);
    expect(actionsFilterIncludes(['v*', '!v*-rc*', 'v1.0.0-rc.1'], 'v1.0.0-rc.1')).toBe(true);
    expect(actionsFilterIncludes(['!v1*', 'v*'], 'v1.0.0')).toBe(true);
    expect(actionsFilterIncludes([], 'v1.0.0')).toBe(false);
  });

  it('turns patterns into anchored RE2 expressions', () => {
    expect(patternExpression('v[0-9]+.*', 'actions')).toBe('^v[0-9]+\\.[^/]*$');
    expect(patternExpression('refs/tags/**/v*', 'fnmatch')).toBe('^refs/tags/(?:[^/]*/)*v[^/]*$');
  });
});

describe('refNameVerdict', () => {
  it.each([
    [{ include: ['~ALL'], exclude: [] }, 'refs/tags/v1', { covered: true, includedBy: '~ALL', excludedBy: null }],
    [
      { include: ['refs/tags/v*'], exclude: ['refs/tags/v*-rc*'] },
      'refs/tags/v1-rc.1',
      { covered: false, includedBy: 'refs/tags/v*', excludedBy: 'refs/tags/v*-rc*' }
    ],
    [{ include: ['~DEFAULT_BRANCH'], exclude: [] }, 'refs/tags/main', { covered: false, includedBy: null, excludedBy: null }],
    [{ include: [], exclude: [] }, 'refs/tags/v1', { covered: false, includedBy: null, excludedBy: null }]
  ])('%j targets %s: %j', (condition, ref, verdict) => {
    expect(refNameVerdict(condition, ref)).toEqual(verdict);
  });

  it('reads ~DEFAULT_BRANCH as the default branch only', () => {
    expect(refNameVerdict({ include: ['~DEFAULT_BRANCH'], exclude: [] }, 'refs/heads/main', 'refs/heads/main').covered).toBe(true);
  });
});
