/**
 * Changelogs in Markdown (Keep a Changelog and the release tools' forms): the level-2 headings a
 * Markdown reader sees, the heading for one version, and adding that heading while keeping every
 * other byte. Pure: text in, headings or the edited text out. Headings are read with marked's block
 * lexer, so a `## 1.2.3` inside a code fence, an HTML comment, a quote or a list does not count.
 */
import { Lexer, type Token } from 'marked';
import { clip } from '../util/text.js';
import { escapeRegExp } from '../version.js';
import { RewriteError } from './manifest-edit.js';

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

/** Level-2 headings that name a version, in file order (newest first in a changelog). */
export function versionHeadings(headings: readonly string[]): Array<{ line: string; version: string }> {
  return headings.flatMap((line) => {
    const match = VERSION_IN_HEADING.exec(line);
    return match ? [{ line, version: match[1]! }] : [];
  });
}

// ---------------------------------------------------------------------------
// Adding a heading

// A heading that starts with a version (`## 1.2`, `## [v1.2.3]`) or names a full one anywhere (`## Release 1.2.3`), as the changelog check reads them.
const VERSION_HEADING = /^##[ \t]+\[?v?\d+\.\d+|\bv?\d+\.\d+\.\d+/;
const UNRELEASED_HEADING = /^##[ \t]+\[?unreleased\b/i;

interface HeadingAt {
  /** Offset of the line the heading starts on, in the LF-normalised text. */
  offset: number;
  depth: number;
  line: string;
}

/** ATX headings of the top-level block tokens, with offsets taken from the tokens' raw lengths. */
function headingsWithOffsets(normalised: string): HeadingAt[] {
  const tokens: Token[] = new Lexer({ gfm: true }).blockTokens(normalised, []);
  const headings: HeadingAt[] = [];
  let offset = 0;
  for (const token of tokens) {
    if (normalised.startsWith(token.raw, offset) === false) {
      throw new RewriteError('cannot be mapped to Markdown blocks (the lexer skipped text); add the heading by hand');
    }
    if (token.type === 'heading') {
      const line = token.raw.split('\n')[0]!.trim();
      // ATX only, as the changelog check reads headings; a setext heading's first line is its text.
      if (/^#{1,6}([ \t]|$)/.test(line)) {
        const lineStart = normalised.lastIndexOf('\n', offset - 1) + 1;
        headings.push({ offset: lineStart, depth: (token as { depth: number }).depth, line });
      }
    }
    offset += token.raw.length;
  }
  return headings;
}

/** Offset in `text` of offset `normalisedOffset` in `text` with CRLF and lone CR turned into LF. */
function originalOffset(text: string, normalisedOffset: number): number {
  let seen = 0;
  let i = 0;
  while (seen < normalisedOffset && i < text.length) {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    seen++;
  }
  return i;
}

/**
 * Adds `## <version> - <date>` to a changelog: right below an `## Unreleased` heading (its notes become the
 * version's), else above the newest version heading, or at the end when there is no version heading.
 * Null when the changelog already has a heading for the version (any form the
 * changelog check accepts, such as `## [1.2.3]`). Headings are found with marked,
 * so a heading inside a code fence or an HTML comment does not count. The file's
 * line ending (CRLF or LF) is kept. Throws RewriteError when the text cannot be read as Markdown.
 */
export function addChangelogHeading(text: string, version: string, date: string): { text: string; heading: string } | null {
  const read = readLevel2Headings(text);
  if (!read.ok) throw new RewriteError(read.problem);
  const wanted = headingPattern(version);
  if (read.headings.some((line) => wanted.test(line))) return null;

  const heading = `## ${version} - ${date}`;
  const eol = /\r?\n/.exec(text)?.[0] ?? '\n';
  const headings = headingsWithOffsets(text.replace(/\r\n?/g, '\n'));
  const level2 = headings.filter((h) => h.depth === 2);
  const unreleased = level2.findIndex((h) => UNRELEASED_HEADING.test(h.line));
  if (unreleased >= 0) {
    // As Keep a Changelog does: the Unreleased notes become the new version's section. The heading goes right
    // below `## [Unreleased]`, which stays, empty, above it.
    const normalised = text.replace(/\r\n?/g, '\n');
    const lineEnd = normalised.indexOf('\n', level2[unreleased]!.offset);
    if (lineEnd < 0) return { text: `${text}${eol}${eol}${heading}${eol}`, heading };
    const at = originalOffset(text, lineEnd + 1);
    return { text: `${text.slice(0, at)}${eol}${heading}${eol}${text.slice(at)}`, heading };
  }
  const before: HeadingAt | undefined = level2.find((h) => VERSION_HEADING.test(h.line));
  if (before) {
    const at = originalOffset(text, before.offset);
    return { text: `${text.slice(0, at)}${heading}${eol}${eol}${text.slice(at)}`, heading };
  }
  if (text === '') return { text: `${heading}${eol}`, heading };
  // One line ending to close the last line, then one blank line before the heading.
  const tail = text.slice(-4).replace(/\r\n?/g, '\n');
  const missing = tail.endsWith('\n\n') ? '' : tail.endsWith('\n') ? eol : `${eol}${eol}`;
  return { text: `${text}${missing}${heading}${eol}`, heading };
}
