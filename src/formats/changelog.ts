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
  const read = readHeadings(text);
  return read.ok ? { ok: true, headings: level2(read.headings).map((h) => h.line) } : read;
}

/** The ATX headings of the top-level block tokens, with offsets in the LF-normalised text, or why the text cannot be read. */
function readHeadings(text: string): { ok: true; headings: HeadingAt[] } | { ok: false; problem: string } {
  for (const match of text.matchAll(CONTAINER_PREFIX)) {
    if (match[0].length > MAX_CONTAINER_PREFIX) {
      const line = text.slice(0, match.index).split('\n').length;
      return {
        ok: false,
        problem: `line ${line} nests quotes, lists or indentation ${match[0].length} characters deep (at most ${MAX_CONTAINER_PREFIX} are read)`
      };
    }
  }
  try {
    // Line endings normalised as Lexer.lex does before it calls the block lexer.
    return { ok: true, headings: blockHeadings(text.replace(/\r\n?/g, '\n')) };
  } catch (error) {
    if (error instanceof RewriteError) return { ok: false, problem: error.message };
    // A RangeError from a regular expression on a hostile file: fail closed, naming it.
    return { ok: false, problem: `cannot be read as Markdown (${clip(error instanceof Error ? error.message : String(error), 120)})` };
  }
}

/** The `##` headings among `headings`. */
const level2 = (headings: readonly HeadingAt[]) => headings.filter((h) => h.depth === 2 && /^##([ \t]|$)/.test(h.line));

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

/** Text lexed at a time (see blockHeadings); doubled while a window holds no heading to resume at. */
const LEX_WINDOW = 16 * 1024;

/**
 * The ATX headings among the top-level block tokens of `normalised` (LF line endings), with their offsets.
 *
 * Lexing a whole changelog at once builds marked's token tree for all of it (every paragraph, list and code
 * block with its raw and text copies, and the inline queue): some 25 times the text, so a 5 MB changelog
 * held over 100 MiB, and bump lexed it twice. Only the headings are needed, so the text is lexed a window
 * at a time and each window's tokens are dropped once its headings are taken. A window's tokens are kept
 * only up to its last top-level heading that starts a line: a block before such a heading has ended there
 * (a heading interrupts a paragraph, a list or a quote, and an open code fence or HTML block would have
 * swallowed it), so those tokens are what lexing the whole text gives; the next window starts at that
 * heading. When the raw texts of the tokens do not add up to the window (marked skipped text), the whole
 * text is lexed at once, as before.
 */
function blockHeadings(normalised: string): HeadingAt[] {
  const headings: HeadingAt[] = [];
  let start = 0;
  let size = LEX_WINDOW;
  while (start < normalised.length) {
    const end = start + size >= normalised.length ? normalised.length : normalised.indexOf('\n', start + size) + 1 || normalised.length;
    const last = end === normalised.length;
    const tokens: Token[] = new Lexer({ gfm: true }).blockTokens(normalised.slice(start, end), []);
    const found: HeadingAt[] = [];
    let offset = start;
    let resume = -1;
    for (const token of tokens) {
      if (!normalised.startsWith(token.raw, offset)) return start === 0 && last ? unmapped() : lexedWhole(normalised);
      if (token.type === 'heading') {
        const line = token.raw.split('\n')[0]!.trim();
        if (offset > start && token.raw.startsWith('#')) resume = found.length;
        // ATX only, as the changelog check reads headings; a setext heading's first line is its text.
        if (/^#{1,6}([ \t]|$)/.test(line))
          found.push({ offset: normalised.lastIndexOf('\n', offset - 1) + 1, depth: (token as { depth: number }).depth, line });
      }
      offset += token.raw.length;
    }
    if (last) {
      headings.push(...found);
      break;
    }
    if (resume < 0) {
      // No heading to resume at past the window's start: lex a larger window from the same place.
      size *= 2;
      continue;
    }
    headings.push(...found.slice(0, resume));
    start = found[resume]!.offset;
    size = LEX_WINDOW;
  }
  return headings;
}

function unmapped(): never {
  throw new RewriteError('cannot be mapped to Markdown blocks (the lexer skipped text); add the heading by hand');
}

/** As blockHeadings, lexing the whole text at once: for a text whose tokens do not map back onto it window by window. */
function lexedWhole(normalised: string): HeadingAt[] {
  const tokens: Token[] = new Lexer({ gfm: true }).blockTokens(normalised, []);
  const headings: HeadingAt[] = [];
  let offset = 0;
  for (const token of tokens) {
    if (!normalised.startsWith(token.raw, offset)) unmapped();
    if (token.type === 'heading') {
      const line = token.raw.split('\n')[0]!.trim();
      if (/^#{1,6}([ \t]|$)/.test(line))
        headings.push({ offset: normalised.lastIndexOf('\n', offset - 1) + 1, depth: (token as { depth: number }).depth, line });
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

/** The heading bump writes for `version` (and the changelog check suggests): `## 1.2.3 - 2026-11-20`. */
export function changelogHeading(version: string, date: string): string {
  return `## ${version} - ${date}`;
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
  // One lex for both questions (is the version there, where does its heading go).
  const read = readHeadings(text);
  if (!read.ok) throw new RewriteError(read.problem);
  const headings = level2(read.headings);
  const wanted = headingPattern(version);
  if (headings.some((h) => wanted.test(h.line))) return null;

  const heading = changelogHeading(version, date);
  const eol = /\r?\n/.exec(text)?.[0] ?? '\n';
  const unreleased = headings.findIndex((h) => UNRELEASED_HEADING.test(h.line));
  if (unreleased >= 0) {
    // As Keep a Changelog does: the Unreleased notes become the new version's section. The heading goes right
    // below `## [Unreleased]`, which stays, empty, above it.
    const normalised = text.replace(/\r\n?/g, '\n');
    const lineEnd = normalised.indexOf('\n', headings[unreleased]!.offset);
    if (lineEnd < 0) return { text: `${text}${eol}${eol}${heading}${eol}`, heading };
    const at = originalOffset(text, lineEnd + 1);
    return { text: `${text.slice(0, at)}${eol}${heading}${eol}${text.slice(at)}`, heading };
  }
  const before: HeadingAt | undefined = headings.find((h) => VERSION_HEADING.test(h.line));
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
