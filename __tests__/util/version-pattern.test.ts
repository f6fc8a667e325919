/** A config's version pattern: RE2, multi-line, exactly one capture group. */
import { describe, expect, it } from '@jest/globals';
import { compileVersionPattern, versionPatternProblem } from '../../src/util/version-pattern.js';

describe('compileVersionPattern', () => {
  it('anchors ^ and $ to lines', () => {
    const matcher = compileVersionPattern('^version = "([^"]+)"$').matcher('name = "x"\nversion = "1.2.3"\n');
    expect(matcher.find()).toBe(true);
    expect(matcher.group(1)).toBe('1.2.3');
  });
});

describe('versionPatternProblem', () => {
  it.each<[string, string | null]>([
    ['^version: (\\S+)$', null],
    ['^version: \\S+$', 'must be a valid regular expression with exactly one capture group (it has 0)'],
    ['(a)(b)', 'must be a valid regular expression with exactly one capture group (it has 2)'],
    ['(?=v)(\\d+)', 'must be a regular expression in RE2 syntax (no lookaround or backreferences): invalid or unsupported Perl syntax: `(?=`']
  ])('%s', (pattern, problem) => {
    expect(versionPatternProblem(pattern)).toBe(problem);
  });
});
