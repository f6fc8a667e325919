import * as fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from '@jest/globals';
import { changelog, level2Headings, readLevel2Headings } from '../../../src/checks/preflight/changelog.js';
import { makeContext, workspaceWith } from '../../helpers/preflight-context.js';

const workspaces: string[] = [];
afterAll(async () => {
  for (const dir of workspaces) await fs.rm(dir, { recursive: true, force: true });
});

async function check(text: string) {
  const workspace = await workspaceWith({ 'CHANGELOG.md': text });
  workspaces.push(workspace);
  return changelog.run(makeContext({ tag: 'v1.2.3', workspace }));
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
    expect(outcome.summary).toBe('CHANGELOG.md has no heading for 1.2.3; add "## [1.2.3]" with its changes');
  });

  it('the same heading outside those blocks passes', async () => {
    const outcome = await check('# Changelog\n\n<!-- notes -->\n\n```\n## 1.0.0\n```\n\n## [1.2.3] - 2026-11-20\n');
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toEqual(['## [1.2.3] - 2026-11-20']);
  });

  it('lists only top-level level-2 headings, in order', () => {
    expect(level2Headings('# T\n\n## 2.0.0\n\n### 1.9.0\n\n<!--\n## 1.5.0\n-->\n\n## [1.0.0] - 2026-01-01\n')).toEqual(['## 2.0.0', '## [1.0.0] - 2026-01-01']);
  });
});

describe('changelog: hostile Markdown ends within a bound', () => {
  const MiB = 1024 * 1024;
  it.each([
    ['emphasis runs', () => '*a'.repeat(MiB / 2)],
    ['an unclosed comment', () => `<!--${'x\n'.repeat(MiB / 2)}`],
    [
      'lists nested 128 deep',
      () =>
        Array.from({ length: 128 }, (_, i) => `${' '.repeat(i * 2)}- a`)
          .join('\n')
          .repeat(40)
    ],
    ['quotes 120 deep on many lines', () => `${'> '.repeat(120)}a\n`.repeat(4000)],
    ['a long table', () => `|a|b|\n|-|-|\n${'|x|y|\n'.repeat(MiB / 6)}`]
  ])('%s: read in under 5 s', (_name, make) => {
    const text = make();
    const started = Date.now();
    readLevel2Headings(text);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('quotes nested past the bound on one line are refused by line, not parsed', () => {
    const started = Date.now();
    expect(readLevel2Headings(`## 1.0.0\n${'> '.repeat(MiB / 2)}x\n`)).toEqual({
      ok: false,
      problem: `line 2 nests quotes, lists or indentation ${MiB} characters deep (at most 256 are read)`
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('the check fails naming the file when the changelog cannot be read', async () => {
    const outcome = await check(`${'> '.repeat(300)}## 1.2.3\n`);
    expect(outcome).toEqual({
      status: 'fail',
      summary: 'CHANGELOG.md line 1 nests quotes, lists or indentation 600 characters deep (at most 256 are read); the changelog cannot be checked'
    });
  });
});
