import * as fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from '@jest/globals';
import { changelog } from '../../../src/checks/preflight/changelog.js';
import { makeContext, workspaceWith } from '../../helpers/preflight-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

/** The hint names what bump writes, so following it or running bump gives the same heading. */
const HINT =
  'CHANGELOG.md has no heading for 1.2.3; run release-gates bump 1.2.3, which adds "## 1.2.3 - YYYY-MM-DD" (today\'s date), or add that heading with its changes';

const workspaces: string[] = [];
afterAll(async () => {
  for (const dir of workspaces) await fs.rm(dir, { recursive: true, force: true });
});

async function check(text: string) {
  const workspace = await workspaceWith({ 'CHANGELOG.md': text });
  workspaces.push(workspace);
  return runDeclaredCheck(changelog, makeContext({ tag: 'v1.2.3', workspace }));
}

describe('changelog: only a real Markdown heading counts', () => {
  it.each([
    ['an HTML comment', '# Changelog\n\n<!--\n## 1.2.3\n-->\n\n## 1.2.2\n'],
    ['a fenced code block', '# Changelog\n\n```markdown\n## 1.2.3\n```\n\n## 1.2.2\n'],
    ['a tilde fence', '# Changelog\n\n~~~\n## 1.2.3\n~~~\n'],
    ['an indented code block', '# Changelog\n\nText.\n\n    ## 1.2.3\n'],
    ['a block quote', '# Changelog\n\n> ## 1.2.3\n'],
    ['a list item', '# Changelog\n\n- ## 1.2.3\n']
  ])('a "## 1.2.3" inside %s is not the heading', async (_where, text) => {
    const outcome = await check(text);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(HINT);
  });

  it('the same heading outside those blocks passes', async () => {
    const outcome = await check('# Changelog\n\n<!-- notes -->\n\n```\n## 1.0.0\n```\n\n## [1.2.3] - 2026-11-20\n');
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toEqual(['## [1.2.3] - 2026-11-20']);
  });
});

describe('changelog: hostile Markdown ends within a bound', () => {
  it('the check fails naming the file when the changelog cannot be read', async () => {
    const outcome = await check(`${'> '.repeat(300)}## 1.2.3\n`);
    expect(outcome).toEqual({
      status: 'fail',
      summary: 'CHANGELOG.md line 1 nests quotes, lists or indentation 600 characters deep (at most 256 are read); the changelog cannot be checked'
    });
  });
});
