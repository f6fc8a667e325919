import { describe, expect, it } from '@jest/globals';
import { changelog } from '../../../src/checks/preflight/changelog.js';
import { addChangelogHeading } from '../../../src/formats/changelog.js';
import { BASE_CONFIG, OTHER_SHA, fakeGit, makeContext, workspaceWith } from '../../helpers/preflight-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

/** The hint names what bump writes, so following it or running bump gives the same heading. */
const HINT =
  'CHANGELOG.md has no heading for 1.2.3; run release-gates bump 1.2.3, which adds "## 1.2.3 - YYYY-MM-DD" (today\'s date), or add that heading with its changes';

async function check(text: string, tag = 'v1.2.3') {
  const workspace = await workspaceWith({ 'CHANGELOG.md': text });
  return runDeclaredCheck(changelog, makeContext({ tag, workspace }));
}

describe('changelog headings', () => {
  it.each([
    ['## 1.2.3', 'pass'],
    ['## [1.2.3]', 'pass'],
    ['## v1.2.3', 'pass'],
    ['## [v1.2.3]', 'pass'],
    ['## [1.2.3] - 2026-11-20', 'pass'],
    ['## v1.2.3 (2026-11-20)', 'pass'],
    ['## 1.2.3 2026-11-20', 'pass'],
    ['## 1.2.3 — 2026-11-20', 'pass'],
    ['## [1.2.3](https://github.com/sketchlog/sketchlog/compare/v1.2.2...v1.2.3) (2026-11-20)', 'pass'],
    ['## 1.2.3\r', 'pass'], // CRLF files
    ['## 1.2.30', 'fail'],
    ['## [1.2.30] - 2026-11-20', 'fail'],
    ['## 11.2.3', 'fail'],
    ['## 1.2.3-rc.1', 'fail'],
    ['## 1.2.3.1', 'fail'],
    ['### 1.2.3', 'fail'],
    ['# 1.2.3', 'fail'],
    ['##1.2.3', 'fail'],
    ['## 1x2x3', 'fail'], // dots are literal
    ['## Release 1.2.3', 'fail'],
    ['## [1.2.3] - Unreleased', 'fail'],
    ['- fixed 1.2.3 regression', 'fail']
  ])('%j → %s', async (heading, status) => {
    const outcome = await check(`# Changelog\n\n${heading}\n\n- changes\n\n## [1.2.2] - 2026-10-01\n\n- older\n`);
    expect(outcome.status).toBe(status);
    if (status === 'pass') {
      expect(outcome.summary).toBe('CHANGELOG.md has a heading for 1.2.3');
      expect(outcome.details).toEqual([heading.trim()]);
    } else {
      expect(outcome.summary).toBe(HINT);
    }
  });

  it('a prerelease needs its own heading', async () => {
    expect((await check('## [1.3.0-rc.1] - 2026-11-20\n', 'v1.3.0-rc.1')).status).toBe('pass');
    expect((await check('## [1.3.0] - 2026-11-20\n', 'v1.3.0-rc.1')).status).toBe('fail');
  });

  it('points at a heading that names the version in another form, and at the newest headings', async () => {
    const outcome = await check('# Changelog\n\n## Release 1.2.3 (final)\n\n## [1.2.2] - 2026-10-01\n\n## [1.2.1]\n\n## 1.2.0\n\n## 1.1.0\n');
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      'expected a heading like "## 1.2.3", "## [1.2.3] - YYYY-MM-DD" or "## v1.2.3 (YYYY-MM-DD)"',
      '"## Release 1.2.3 (final)" names 1.2.3 but is not in that form',
      'newest version headings: "## Release 1.2.3 (final)", "## [1.2.2] - 2026-10-01", "## [1.2.1]"'
    ]);
  });

  it('says when the changelog has no version headings at all', async () => {
    const outcome = await check('# Changelog\n\nNothing yet.\n');
    expect(outcome.details).toContain('the changelog has no version headings at all');
  });
});

describe('changelog file and config', () => {
  it('fails when the file is missing, naming it', async () => {
    const workspace = await workspaceWith({});
    const outcome = await runDeclaredCheck(changelog, makeContext({ workspace }));
    expect(outcome).toEqual({ status: 'fail', summary: 'changelog "CHANGELOG.md" does not exist in the release commit aaaaaaaaaaaa' });
  });

  it('refuses a changelog path outside the workspace', async () => {
    const workspace = await workspaceWith({});
    const outcome = await runDeclaredCheck(changelog, makeContext({ workspace, config: { ...BASE_CONFIG, changelog: '../CHANGELOG.md' } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('"../CHANGELOG.md" leaves the workspace');
  });

  it('fails when the workspace is at another commit', async () => {
    const workspace = await workspaceWith({ 'CHANGELOG.md': '## 1.2.3\n' });
    const outcome = await runDeclaredCheck(changelog, makeContext({ workspace, git: fakeGit(OTHER_SHA) }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`checked out at ${OTHER_SHA}`);
  });

  it('fails when the section is missing; skips when it is false', async () => {
    const { changelog: _omitted, ...config } = BASE_CONFIG;
    const missing = await runDeclaredCheck(changelog, makeContext({ config }));
    expect(missing.status).toBe('fail');
    expect(missing.summary).toContain('config has no "changelog" section');
    const off = await runDeclaredCheck(changelog, makeContext({ config: { ...BASE_CONFIG, changelog: false } }));
    expect(off.status).toBe('skip');
  });
});

describe('changelog: the hint is what bump writes', () => {
  it('the heading the hint names, with a date, is the one bump adds, and then passes', async () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n- new\n\n## [1.2.2] - 2026-10-01\n\n- older\n';
    const failing = await check(text);
    expect(failing.summary).toBe(HINT);
    const bumped = addChangelogHeading(text, '1.2.3', '2026-11-20')!;
    expect(HINT).toContain(`"${bumped.heading.replace('2026-11-20', 'YYYY-MM-DD')}"`);
    const passing = await check(bumped.text);
    expect(passing.status).toBe('pass');
    expect(passing.details).toEqual(['## 1.2.3 - 2026-11-20']);
  });
});
