import { Lexer } from 'marked';
import { clip } from '../../errors.js';
import { fail, pass, withSection, withVersion, type Check } from '../../gate.js';
import { escapeRegExp } from '../../version.js';
import { readWorkspaceFileOnce, workspaceCommit } from '../shared/manifest.js';

// An ISO date, bare or in parentheses, after an optional dash: "- 2026-11-20", "(2026-11-20)", "– 2026-11-20".
const DATE = String.raw`(?:[ \t]*[-–—])?[ \t]*(?:\d{4}-\d{2}-\d{2}|\(\d{4}-\d{2}-\d{2}\))`;

/**
 * The heading for exactly `version`: `## X.Y.Z` or `## [X.Y.Z]`, optional `v`,
 * optional date and nothing else, so that `## 1.2.30` or `## 1.2.3-rc.1` is
 * never taken for 1.2.3. The bracketed form may be a link (`## [1.2.3](…compare/…)`),
 * as release-please and standard-version write it.
 */
export function headingPattern(version: string): RegExp {
  const v = `v?${escapeRegExp(version)}`;
  return new RegExp(`^##[ \\t]+(?:\\[${v}\\](?:\\([^)\\s]*\\))?|${v})(?:${DATE})?[ \\t\\r]*$`, 'm');
}

// The first version a heading names, to show what the changelog does have.
const VERSION_IN_HEADING = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)/;

/**
 * Container prefixes (indentation, `>` quotes, list markers) longer than this are
 * refused: marked's block lexer is quadratic or worse in nesting depth (`> > > …`
 * over one long line, lists nested hundreds deep), and no changelog nests that deep.
 */
export const MAX_CONTAINER_PREFIX = 256;
const CONTAINER_PREFIX = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/gm;

export type HeadingsRead = { ok: true; headings: string[] } | { ok: false; problem: string };

/**
 * The changelog's level-2 `##` headings as a Markdown reader sees them, in file
 * order: a `## 1.2.3` inside an HTML comment, a fenced code block, a quote or a
 * list is not a heading and does not count. Only top-level tokens are read, and
 * only the block lexer runs (inline parsing is not needed for headings and is
 * where marked is slowest on hostile text).
 */
export function readLevel2Headings(text: string): HeadingsRead {
  for (const match of text.matchAll(CONTAINER_PREFIX)) {
    if (match[0].length > MAX_CONTAINER_PREFIX) {
      const line = text.slice(0, match.index).split('\n').length;
      return {
        ok: false,
        problem: `line ${line} nests quotes, lists or indentation ${match[0].length} characters deep (at most ${MAX_CONTAINER_PREFIX} are read)`
      };
    }
  }
  let tokens;
  try {
    // Line endings normalised as Lexer.lex does before it calls the block lexer.
    tokens = new Lexer({ gfm: true }).blockTokens(text.replace(/\r\n?/g, '\n'), []);
  } catch (error) {
    // A RangeError from a regular expression on a hostile file: fail closed, naming it.
    return { ok: false, problem: `cannot be read as Markdown (${clip(error instanceof Error ? error.message : String(error), 120)})` };
  }
  const headings = tokens.flatMap((token) => {
    if (token.type !== 'heading' || (token as { depth?: number }).depth !== 2) return [];
    // The ATX form only (`## …`); the raw line keeps the spelling the heading rules below judge.
    const line = token.raw.split('\n')[0]!.trim();
    return /^##[ \t]/.test(line) || line === '##' ? [line] : [];
  });
  return { ok: true, headings };
}

/** readLevel2Headings for tests and tools: the headings, or an Error naming the problem. */
export function level2Headings(text: string): string[] {
  const read = readLevel2Headings(text);
  if (!read.ok) throw new Error(read.problem);
  return read.headings;
}

/** Level-2 headings that name a version, in file order (newest first in a changelog). */
function versionHeadings(headings: readonly string[]): Array<{ line: string; version: string }> {
  return headings.flatMap((line) => {
    const match = VERSION_IN_HEADING.exec(line);
    return match ? [{ line, version: match[1]! }] : [];
  });
}

/** `changelog`: the changelog has a heading for the version. */
export const changelog: Check = {
  id: 'changelog',
  run(ctx) {
    return withSection(ctx, 'changelog', 'changelog', (file) =>
      withVersion(ctx, async (version) => {
        const head = await workspaceCommit(ctx);
        if (head.problem) return fail(head.problem);
        const content = await readWorkspaceFileOnce(ctx, file);
        if (!content.ok) return fail(`changelog ${content.problem}`);

        const read = readLevel2Headings(content.text);
        if (!read.ok) return fail(`${file} ${read.problem}; the changelog cannot be checked`);
        const all = read.headings;
        const wanted = headingPattern(version);
        const heading = all.find((line) => wanted.test(line));
        if (heading) return pass(`${file} has a heading for ${version}`, { details: [heading] });

        const headings = versionHeadings(all);
        // A heading that mentions the version but not in the agreed form is the likeliest near miss.
        const nearMiss = headings.filter((h) => h.version === version).map((h) => h.line);
        const latest = headings.slice(0, 3).map((h) => h.line);
        const details = [
          `expected a heading like "## ${version}", "## [${version}] - YYYY-MM-DD" or "## v${version} (YYYY-MM-DD)"`,
          ...nearMiss.map((h) => `"${clip(h, 100)}" names ${version} but is not in that form`),
          latest.length > 0 ? `newest version headings: ${latest.map((h) => `"${clip(h, 60)}"`).join(', ')}` : 'the changelog has no version headings at all'
        ];
        return fail(`${file} has no heading for ${version}; add "## [${version}]" with its changes`, { details });
      })
    );
  }
};
