import { describe, expect, it } from '@jest/globals';
import { tagFormat } from '../../../src/checks/preflight/tag-format.js';
import { makeContext } from '../../helpers/preflight-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

describe('tag-format', () => {
  it.each([
    // tag, status, summary must contain
    ['v1.2.3', 'pass', 'v1.2.3 is a release tag for version 1.2.3'],
    ['v1.3.0-rc.1', 'pass', 'release tag for version 1.3.0-rc.1'],
    ['test-v1.2.3', 'pass', 'test-v1.2.3 is a rehearsal tag for version 1.2.3'],
    ['v01.2.3', 'fail', 'version "01.2.3" has a leading zero'],
    ['v1.2', 'fail', 'version "1.2" has two parts; SemVer needs MAJOR.MINOR.PATCH'],
    ['v1.2.3+build', 'fail', 'carries build metadata (+build)'],
    ['', 'fail', 'the tag is empty'],
    [`v${'1'.repeat(999)}`, 'fail', 'the tag is 1000 characters long; at most 255 are allowed'],
    ['v1.2.3;rm -rf', 'fail', 'contains ";", which is not allowed in a release tag'],
    ['v1.2.3$(x)', 'fail', 'contains "$", which is not allowed in a release tag'],
    ['v1.2.3\nv9.9.9', 'fail', 'contains "\\n"'],
    ['1.2.3', 'fail', 'matches neither "test-v{version}" nor "v{version}"'],
    ['v1.2.3.4', 'fail', 'is not SemVer 2.0.0']
  ])('%j → %s', async (tag, status, text) => {
    const outcome = await runDeclaredCheck(tagFormat, makeContext({ tag }));
    expect(outcome.status).toBe(status);
    expect(outcome.summary).toContain(text);
    if (status === 'fail') {
      // Every failure says what is allowed, and never repeats a 1,000-character tag whole.
      expect(outcome.summary).toContain('release tags look like "v{version}", rehearsal tags like "test-v{version}"');
      expect(outcome.summary.length).toBeLessThan(400);
    }
  });

  it('without a rehearsal template, a test- tag is not a release', async () => {
    const outcome = await runDeclaredCheck(
      tagFormat,
      makeContext({ tag: 'test-v1.2.3', config: { tags: { release: 'v{version}' }, versions: false, changelog: false, main: false } })
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('tag "test-v1.2.3" does not match "v{version}"');
    expect(outcome.summary).not.toContain('rehearsal tags like');
  });

  it('reads a custom release template', async () => {
    const config = { tags: { release: 'release-{version}' }, versions: false, changelog: false, main: false };
    expect((await runDeclaredCheck(tagFormat, makeContext({ tag: 'release-2.0.0', config }))).status).toBe('pass');
    expect((await runDeclaredCheck(tagFormat, makeContext({ tag: 'v2.0.0', config }))).status).toBe('fail');
  });
});
