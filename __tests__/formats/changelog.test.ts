import { describe, expect, it, test } from '@jest/globals';
import { Lexer } from 'marked';
import { addChangelogHeading, MAX_CONTAINER_PREFIX, readLevel2Headings } from '../../src/formats/changelog.js';
import { level2Headings } from '../../test-support/changelog.js';
import { CHANGELOG_NESTED_PAST_THE_BOUND, countMarkdownWork, HOSTILE_CHANGELOGS } from '../../test-support/hostile-inputs.js';

describe('readLevel2Headings: only a real Markdown heading counts', () => {
  it('lists only top-level level-2 headings, in order', () => {
    expect(level2Headings('# T\n\n## 2.0.0\n\n### 1.9.0\n\n<!--\n## 1.5.0\n-->\n\n## [1.0.0] - 2026-01-01\n')).toEqual(['## 2.0.0', '## [1.0.0] - 2026-01-01']);
  });
});

const MiB = 1024 * 1024;

describe('readLevel2Headings: hostile Markdown ends within a bound', () => {
  // The work marked does is counted, not timed (scripts/bench-hostile-inputs.ts times these inputs).
  // Windows that double while no heading ends one lex at most 4 times the text at each level, and a
  // quote or list item's content is lexed again once per level it nests.
  it.each(HOSTILE_CHANGELOGS)('$name: block-lexed only, each level at most 4 times over', ({ make, nesting }) => {
    const text = make();
    const work = countMarkdownWork(() => readLevel2Headings(text));
    expect(work.result).toEqual({ ok: true, headings: [] });
    expect(work.inlineLexings).toBe(0);
    expect(work.blockChars).toBeGreaterThanOrEqual(text.length);
    expect(work.blockChars).toBeLessThanOrEqual(4 * text.length * (nesting + 1));
  });

  it('quotes nested past the bound on one line are refused by line, not parsed', () => {
    const work = countMarkdownWork(() => readLevel2Headings(CHANGELOG_NESTED_PAST_THE_BOUND.make()));
    expect(work.result).toEqual({
      ok: false,
      problem: `line 2 nests quotes, lists or indentation ${MiB} characters deep (at most 256 are read)`
    });
    expect(work.blockChars).toBe(0);
  });

  it(`nesting is read up to ${MAX_CONTAINER_PREFIX} characters deep and refused one past it`, () => {
    expect(MAX_CONTAINER_PREFIX).toBe(256);
    expect(readLevel2Headings(`## 1.0.0\n\n${'>'.repeat(255)} x\n`)).toEqual({ ok: true, headings: ['## 1.0.0'] });
    const work = countMarkdownWork(() => readLevel2Headings(`## 1.0.0\n\n${'>'.repeat(256)} x\n`));
    expect(work.result).toEqual({ ok: false, problem: 'line 3 nests quotes, lists or indentation 257 characters deep (at most 256 are read)' });
    expect(work.blockChars).toBe(0);
  });
});

describe('addChangelogHeading', () => {
  const H = '## 1.3.0 - 2026-11-30';
  it.each([
    {
      name: "right below the Unreleased heading, whose notes become the version's (Keep a Changelog)",
      text: '# Changelog\n\n## [Unreleased]\n\n- new thing\n\n## [1.2.2] - 2026-10-01\n\n- old\n',
      expected: `# Changelog\n\n## [Unreleased]\n\n${H}\n\n- new thing\n\n## [1.2.2] - 2026-10-01\n\n- old\n`
    },
    {
      name: 'above the newest version heading',
      text: '# Changelog\n\nAll notable changes.\n\n## 1.2.2 - 2026-10-01\n\n- old\n\n## 1.2.1\n\n- older\n',
      expected: `# Changelog\n\nAll notable changes.\n\n${H}\n\n## 1.2.2 - 2026-10-01\n\n- old\n\n## 1.2.1\n\n- older\n`
    },
    {
      name: 'not above a fake heading in a code fence or an HTML comment',
      text: '# Changelog\n\n```markdown\n## 9.9.9\n```\n\n<!--\n## 9.9.8\n-->\n\n## v1.2.2\n\n- old\n',
      expected: `# Changelog\n\n\`\`\`markdown\n## 9.9.9\n\`\`\`\n\n<!--\n## 9.9.8\n-->\n\n${H}\n\n## v1.2.2\n\n- old\n`
    },
    {
      name: 'below an Unreleased heading whose notes hold a fenced fake heading',
      text: '## Unreleased\n\n~~~\n## 1.0.0\n~~~\n\n## 1.2.2\n',
      expected: `## Unreleased\n\n${H}\n\n~~~\n## 1.0.0\n~~~\n\n## 1.2.2\n`
    },
    {
      name: 'above a version heading worded as a release',
      text: '# Changelog\n\n## Contributing\n\nSee CONTRIBUTING.md.\n\n## Release 1.2.2 (2026-10-01)\n',
      expected: `# Changelog\n\n## Contributing\n\nSee CONTRIBUTING.md.\n\n${H}\n\n## Release 1.2.2 (2026-10-01)\n`
    },
    {
      name: 'at the end when there is no version heading',
      text: '# Changelog\n\nNothing released yet.\n',
      expected: `# Changelog\n\nNothing released yet.\n\n${H}\n`
    },
    {
      name: 'at the end of a file without a trailing newline',
      text: '# Changelog',
      expected: `# Changelog\n\n${H}\n`
    },
    {
      name: 'at the end of a file that already ends with a blank line',
      text: '# Changelog\n\n',
      expected: `# Changelog\n\n${H}\n`
    },
    {
      name: 'as the only line of an empty file',
      text: '',
      expected: `${H}\n`
    },
    {
      name: 'below an Unreleased heading with no version after it',
      text: '# Changelog\n\n## Unreleased\n\n- wip\n',
      expected: `# Changelog\n\n## Unreleased\n\n${H}\n\n- wip\n`
    },
    {
      name: 'below an empty Unreleased section',
      text: '# Changelog\n\n## [Unreleased]\n\n## 1.2.2\n',
      expected: `# Changelog\n\n## [Unreleased]\n\n${H}\n\n## 1.2.2\n`
    },
    {
      name: 'below an Unreleased heading that ends the file without a newline',
      text: '# Changelog\n\n## Unreleased',
      expected: `# Changelog\n\n## Unreleased\n\n${H}\n`
    },
    {
      name: 'with CRLF line endings, below Unreleased',
      text: '# Changelog\r\n\r\n## Unreleased\r\n\r\n- wip\r\n\r\n## 1.2.2\r\n\r\n- old\r\n',
      expected: `# Changelog\r\n\r\n## Unreleased\r\n\r\n${H}\r\n\r\n- wip\r\n\r\n## 1.2.2\r\n\r\n- old\r\n`
    },
    {
      name: 'with CRLF line endings, at the end',
      text: '# Changelog\r\n\r\nNothing yet.\r\n',
      expected: `# Changelog\r\n\r\nNothing yet.\r\n\r\n${H}\r\n`
    },
    {
      name: 'at the start of an indented heading line',
      text: '# Changelog\n\n  ## 1.2.2\n',
      expected: `# Changelog\n\n${H}\n\n  ## 1.2.2\n`
    },
    {
      name: 'when only a prerelease of the version has a heading',
      text: '## 1.3.0-rc.1 - 2026-11-20\n',
      expected: `${H}\n\n## 1.3.0-rc.1 - 2026-11-20\n`
    }
  ])('adds the heading $name', ({ text, expected }) => {
    expect(addChangelogHeading(text, '1.3.0', '2026-11-30')).toEqual({ text: expected, heading: H });
  });

  it.each(['## [1.3.0] - 2026-11-29', '## 1.3.0', '## v1.3.0 (2026-11-29)', '## [1.3.0](https://example.test/compare/v1.2.2...v1.3.0)', '## 1.3.0\r'])(
    'adds nothing when the changelog has %j',
    (heading) => {
      expect(addChangelogHeading(`# Changelog\n\n## Unreleased\n\n${heading}\n\n- done\n`, '1.3.0', '2026-11-30')).toBeNull();
    }
  );

  it('refuses a changelog it cannot read safely', () => {
    expect(() => addChangelogHeading(`${'> '.repeat(200)}deep\n`, '1.3.0', '2026-11-30')).toThrow(/nests quotes, lists or indentation/);
  });
});

describe('a large changelog, lexed a window at a time', () => {
  /** What marked's block lexer finds over the whole text at once: the level-2 ATX headings (the reading before windows). */
  const wholeLex = (text: string) =>
    new Lexer({ gfm: true })
      .blockTokens(text.replace(/\r\n?/g, '\n'), [])
      .filter((t) => t.type === 'heading' && (t as { depth: number }).depth === 2)
      .map((t) => t.raw.split('\n')[0]!.trim())
      .filter((line) => /^##([ \t]|$)/.test(line));

  /** ~350 KB (some 20 windows): many sections, code fences and comments holding `## ` lines, one fence and one list longer than a window (16 KiB). */
  function large(eol: string): string {
    const parts = ['# Changelog\n\n## [Unreleased]\n\n- pending\n\n'];
    for (let i = 0; i < 3000; i++) {
      parts.push(`## [1.${3000 - i}.0] - 2026-01-01\n\n### Fixed\n\n- item ${i} with \`code\` and *emphasis*\n\n`);
      if (i % 97 === 0) parts.push('```markdown\n', '## 9.9.9 inside a fence\n\n'.repeat(i === 970 ? 2000 : 3), '```\n\n');
      if (i % 89 === 0) parts.push('<!--\n## 8.8.8 inside a comment\n-->\n\n');
      if (i === 1500) parts.push(Array.from({ length: 1500 }, (_, k) => `- entry ${k}\n  ## 7.7.7 inside a list item\n`).join(''), '\n');
      if (i % 101 === 0) parts.push('> quoted\n## 1.0.0 right after a quote\n\n');
    }
    return parts.join('').replace(/\n/g, eol);
  }

  test.each(['\n', '\r\n'])('the headings are those of the whole text lexed at once (line ending %j)', (eol) => {
    const text = large(eol);
    expect(text.length).toBeGreaterThan(300_000);
    const headings = level2Headings(text);
    expect(headings).toEqual(wholeLex(text));
    expect(headings.some((h) => h.includes('inside'))).toBe(false);
    expect(headings.filter((h) => h === '## 1.0.0 right after a quote')).toHaveLength(30);
  });

  test.each(['\n', '\r\n'])('bump adds the heading where it adds it in a small one, every other byte kept (line ending %j)', (eol) => {
    const text = large(eol);
    const added = addChangelogHeading(text, '1.3001.0', '2026-11-20')!;
    const unreleased = `## [Unreleased]${eol}`;
    const at = text.indexOf(unreleased) + unreleased.length;
    expect(added.text).toBe(`${text.slice(0, at)}${eol}## 1.3001.0 - 2026-11-20${eol}${text.slice(at)}`);
    // Without an Unreleased heading it goes above the newest version heading, found past the first windows.
    const plain = text.replace(`## [Unreleased]${eol}${eol}- pending${eol}${eol}`, '');
    const before = addChangelogHeading(plain, '1.3001.0', '2026-11-20')!;
    const newest = plain.indexOf('## [1.3000.0]');
    expect(before.text).toBe(`${plain.slice(0, newest)}## 1.3001.0 - 2026-11-20${eol}${eol}${plain.slice(newest)}`);
    // A version already there, deep in the file, is found: nothing to add.
    expect(addChangelogHeading(text, '1.5.0', '2026-11-20')).toBeNull();
  });
});
