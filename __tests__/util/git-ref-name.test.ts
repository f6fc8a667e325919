import { execFileSync } from 'node:child_process';
import { describe, expect, test } from '@jest/globals';
import { tagNameProblem } from '../../src/util/git-ref-name.js';

/** The authority: what the real git says of `refs/tags/<name>`. */
function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', `refs/tags/${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const NAMES: Array<[string, string | null]> = [
  ['v1.2.4', null],
  ['clients/go/v1.2.4', null],
  ['release-1.2.4-rc.1', null],
  ['v1.2.4+build.5', null],
  ['v..1.2.4', 'contains ".."'],
  ['v1.2.4@{u}', 'contains "@{"'],
  ['v1.2.4~1', 'contains "~"'],
  ['v1.2.4^', 'contains "^"'],
  ['v1:2', 'contains ":"'],
  ['v1.2.4?', 'contains "?"'],
  ['v1.2.*', 'contains "*"'],
  ['v1[2]', 'contains "["'],
  ['v1\\2', 'contains "\\"'],
  ['v 1.2.4', 'contains a space or a control character'],
  ['v1.2.4\t', 'contains a space or a control character'],
  ['v1.2.4.', 'ends with "."'],
  ['v1.2.4/', 'has an empty path component (a leading, trailing or double "/")'],
  ['clients//v1.2.4', 'has an empty path component (a leading, trailing or double "/")'],
  ['.v1.2.4', 'has a path component ".v1.2.4" that starts with "."'],
  ['clients/.go/v1', 'has a path component ".go" that starts with "."'],
  ['v1.2.4.lock', 'has a path component "v1.2.4.lock" that ends with ".lock"']
];

describe('tagNameProblem', () => {
  test.each(NAMES)('%j: %s', (name, problem) => {
    expect(tagNameProblem(name)).toBe(problem);
    // git agrees on every name: a refusal here is one git makes, and a name accepted here git accepts too.
    expect(gitAccepts(name)).toBe(problem === null);
  });

  test.each(['-v1.2.4', '--delete=1.2.4'])('%j is refused: git reads it as an option', (name) => {
    expect(tagNameProblem(name)).toBe('starts with "-", which git reads as an option');
  });
});
