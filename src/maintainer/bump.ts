/**
 * The engine of `release-gates bump X.Y.Z`: plans the version bump (every
 * `versions` entry and the changelog heading) without touching the disk, then
 * writes the planned edits. Only the version value changes in a manifest: the
 * file is never re-serialised, so comments, quoting, key order, indentation and
 * line endings stay byte for byte.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Lexer, type Token } from 'marked';
import { compare as comparePep440 } from '@renovatebot/pep440';
import * as semver from 'semver';
import { headingPattern, readLevel2Headings } from '../checks/preflight/changelog.js';
import {
  MAX_MANIFEST_BYTES,
  manifestFormat,
  parseManifest,
  readDottedKey,
  readPattern,
  readWorkspaceFile,
  type ManifestFormat
} from '../checks/shared/manifest.js';
import { compileVersionPattern, type Config } from '../config.js';
import { clip, messageOf } from '../errors.js';
import { WorkspaceFileError, readRegularFile, resolveInside } from '../util/workspace-file.js';
import { isPythonFile, nextVersion, parsePep440, semverProblem, semverToPep440, type Pep440 } from '../version.js';

/** Why bump will not write: 'input' = a refused version (CLI exit 2); 'state' = a file it cannot edit (exit 1). */
export class BumpRefused extends Error {
  override name = 'BumpRefused';
  constructor(
    message: string,
    readonly kind: 'input' | 'state',
    options?: ErrorOptions
  ) {
    super(message, options);
  }
}

/** A value that cannot be replaced without changing something else in the file; the message says why. */
export class RewriteError extends Error {
  override name = 'RewriteError';
}

export interface EntryChange {
  file: string;
  /** 'key project.version' or 'pattern <re>', as the coupled-versions table shows it. */
  where: string;
  from: string;
  to: string;
}

export interface FileEdit {
  file: string;
  before: string;
  after: string;
}

export interface BumpPlan {
  /** The SemVer version asked for. */
  version: string;
  /** Highest version the `versions` entries hold now (as written), null if there are none. */
  current: string | null;
  /** One per versions entry whose value changes. */
  changes: EntryChange[];
  /** Entries that already hold the version's spelling. */
  unchanged: { file: string; where: string }[];
  /** The heading added, or null when the changelog already has one or none is configured. */
  changelog: { file: string; heading: string } | null;
  /** One per file whose text changes (manifests and changelog), in config order. */
  edits: FileEdit[];
}

type VersionEntry = { file: string; key: string } | { file: string; pattern: string };

/**
 * Occurrences of the old value tried as the one to replace. Each try re-parses the
 * file, so a file that repeats the value thousands of times is refused instead.
 */
export const MAX_REWRITE_CANDIDATES = 100;

// ---------------------------------------------------------------------------
// Version comparison

/** A current value read in its file's scheme. */
type CurrentVersion = { scheme: 'pep440'; parsed: Pep440 } | { scheme: 'semver'; parsed: semver.SemVer };

function readCurrent(value: string, python: boolean): CurrentVersion | null {
  if (python) {
    const parsed = parsePep440(value);
    return parsed ? { scheme: 'pep440', parsed } : null;
  }
  const parsed = semver.parse(value.trim());
  return parsed ? { scheme: 'semver', parsed } : null;
}

/**
 * Orders two current values from files of possibly different schemes, to name
 * the highest: by PEP 440 when both read as PEP 440 (SemVer's `1.3.0-rc.1` does),
 * else by SemVer when both do, else they count as equal.
 */
function compareAcross(a: string, b: string): number {
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  if (pa && pb) return comparePep440(a.trim(), b.trim());
  const sa = semver.parse(a.trim());
  const sb = semver.parse(b.trim());
  if (sa && sb) return semver.compare(sa, sb);
  return 0;
}

const PRE_NAME = { a: 'alpha', b: 'beta', rc: 'rc' } as const;

/**
 * The SemVer version to suggest above `current`: the next prerelease number for a
 * prerelease (1.3.0-rc.1 → 1.3.0-rc.2, 1.3.0rc1 → 1.3.0-rc.2), else the next patch.
 * Null when no SemVer version is above it (a PEP 440 epoch).
 */
function nextAbove(current: CurrentVersion): string | null {
  if (current.scheme === 'semver') return nextVersion(current.parsed.version);
  const v = current.parsed;
  if (v.epoch > 0) return null;
  const [major = 0, minor = 0, patch = 0] = v.release;
  const base = `${major}.${minor}.${patch}`;
  if (v.release.length > 3 || v.post !== null || (v.pre === null && v.dev === null)) return `${major}.${minor}.${patch + 1}`;
  // 1.3.0rc1.dev2 comes before 1.3.0rc1 itself.
  if (v.pre) return `${base}-${PRE_NAME[v.pre[0]]}.${v.dev !== null ? v.pre[1] : v.pre[1] + 1}`;
  return `${base}-dev.${v.dev! + 1}`;
}

// ---------------------------------------------------------------------------
// Rewriting one value

/** Sets a dotted key, with readDottedKey's rules (own properties, numeric segments index arrays). */
function setDottedKey(data: unknown, key: string, value: string): boolean {
  const segments = key.split('.');
  let node: unknown = data;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    let container: Record<string, unknown> | unknown[];
    let slot: string | number;
    if (Array.isArray(node)) {
      const index = /^\d+$/.test(segment) ? Number(segment) : -1;
      if (index < 0 || index >= node.length) return false;
      container = node;
      slot = index;
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
      container = node as Record<string, unknown>;
      slot = segment;
    } else {
      return false;
    }
    if (last) {
      (container as Record<string | number, unknown>)[slot] = value;
      return true;
    }
    node = (container as Record<string | number, unknown>)[slot];
  }
  return false;
}

/** Start offsets of every occurrence of `literal` in `text`, at most `limit + 1` of them. */
function occurrences(text: string, literal: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(literal); at !== -1 && found.length <= limit; at = text.indexOf(literal, at + 1)) found.push(at);
  return found;
}

/**
 * Replaces the value of `key` in a TOML, JSON or YAML text without re-serialising it.
 *
 * No parser at hand keeps source positions for all three formats (smol-toml has
 * none), so each occurrence of the old value's text is tried: the one accepted is
 * the occurrence whose replacement makes the parsed document equal to the old one
 * with only `key` changed. Anything else (a comment, a dependency pinned to the
 * same version, another table's `version`) changes the document differently and
 * is left alone. No occurrence, or more than one, is a RewriteError.
 */
export function replaceKeyValue(text: string, format: ManifestFormat, key: string, newValue: string): { text: string; old: string } {
  const parsed = parseManifest(text, format);
  if (!parsed.ok) throw new RewriteError(parsed.problem);
  const lookup = readDottedKey(parsed.data, key);
  if (!lookup.ok) throw new RewriteError(lookup.problem);
  const old = lookup.value;
  if (old === newValue) return { text, old };
  if (old === '') throw new RewriteError(`key "${clip(key)}" is empty; write the version by hand`);

  // A fresh parse, not a clone: parsed TOML dates are objects a structured clone would not keep.
  const expected = parseManifest(text, format);
  if (!expected.ok || !setDottedKey(expected.data, key, newValue)) throw new RewriteError(`key "${clip(key)}" cannot be set`);

  const cannot = (why: string) => new RewriteError(`cannot rewrite ${clip(key)} without touching anything else (${why}); edit it by hand`);
  const starts = occurrences(text, old, MAX_REWRITE_CANDIDATES);
  if (starts.length > MAX_REWRITE_CANDIDATES) throw cannot(`"${clip(old, 40)}" occurs more than ${MAX_REWRITE_CANDIDATES} times`);
  const accepted = starts.flatMap((start) => {
    const candidate = text.slice(0, start) + newValue + text.slice(start + old.length);
    const reparsed = parseManifest(candidate, format);
    if (!reparsed.ok) return [];
    const now = readDottedKey(reparsed.data, key);
    return now.ok && now.value === newValue && isDeepStrictEqual(reparsed.data, expected.data) ? [candidate] : [];
  });
  if (accepted.length === 0) throw cannot(`no occurrence of "${clip(old, 40)}" in the text holds the key's value alone`);
  if (accepted.length > 1) throw cannot(`${accepted.length} occurrences of "${clip(old, 40)}" would each do`);
  return { text: accepted[0]!, old };
}

/**
 * Replaces what a `pattern` entry's capture group holds. Every match is rewritten
 * (readPattern requires that they all agree), and the result must read back as
 * `newValue` through the same pattern, or it is a RewriteError.
 */
export function replacePatternValue(text: string, pattern: string, newValue: string): { text: string; old: string } {
  let matcher;
  try {
    matcher = compileVersionPattern(pattern).matcher(text);
  } catch (error) {
    throw new RewriteError(`pattern is not a valid RE2 regular expression: ${clip(messageOf(error).split('\n')[0] ?? '', 120)}`, { cause: error });
  }
  const spans: Array<[number, number]> = [];
  const values = new Set<string>();
  while (matcher.find()) {
    const start = matcher.start(1);
    let end = matcher.end(1);
    if (start < 0) continue;
    // A trailing CR is the file's line ending (CRLF), not part of the version, as readPattern reads it.
    if (text[end - 1] === '\r' && end > start) end--;
    spans.push([start, end]);
    values.add(text.slice(start, end));
  }
  if (spans.length === 0) throw new RewriteError('pattern has no match');
  if (values.size > 1) {
    throw new RewriteError(`pattern matches different versions (${[...values].map((v) => `"${clip(v, 40)}"`).join(', ')}); anchor it to the one version`);
  }
  const old = [...values][0]!;
  if (old === newValue) return { text, old };
  if (old === '') throw new RewriteError('pattern captures an empty value; write the version by hand');
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + newValue;
    from = end;
  }
  out += text.slice(from);
  const check = readPattern(out, pattern);
  if (!check.ok || check.value !== newValue) {
    const found = check.ok ? `"${clip(check.value, 40)}"` : check.problem;
    throw new RewriteError(`after writing ${newValue}, the pattern reads ${found}; widen the pattern to match ${newValue} or edit the file by hand`);
  }
  return { text: out, old };
}

// ---------------------------------------------------------------------------
// Changelog

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
 * Adds `## <version> - <date>` to a changelog: above the newest version heading,
 * below an `## Unreleased` section, or at the end when there is no version heading.
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
  let before: HeadingAt | undefined;
  if (unreleased >= 0) {
    // Right after the Unreleased section: the next version heading, or the next heading that ends the section.
    const after = headings.slice(headings.indexOf(level2[unreleased]!) + 1);
    before = after.find((h) => h.depth === 2 && VERSION_HEADING.test(h.line)) ?? after.find((h) => h.depth <= 2);
  } else {
    before = level2.find((h) => VERSION_HEADING.test(h.line));
  }
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

// ---------------------------------------------------------------------------
// Plan and apply

function whereOf(entry: VersionEntry): string {
  return 'key' in entry ? `key ${entry.key}` : `pattern ${entry.pattern}`;
}

interface EntryRead {
  entry: VersionEntry;
  where: string;
  value: string;
  python: boolean;
  current: CurrentVersion;
}

/** Plans the bump: reads every versions entry and the changelog, refuses or returns the edits. Writes nothing. */
export async function planBump(options: { workspace: string; config: Config; version: string; today: string }): Promise<BumpPlan> {
  const { workspace, config, version, today } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`planBump: today must be YYYY-MM-DD, got ${clip(today)}`);

  const problem = semverProblem(version);
  if (problem) {
    const fix = /^[vV]/.test(version) ? `write it without the leading v (${clip(version.slice(1), 40)})` : 'give a version like 1.2.3 or 1.3.0-rc.1';
    throw new BumpRefused(`cannot bump: ${problem}; ${fix}`, 'input');
  }

  // The files' text as read and as edited so far: several entries can edit one file (Chart.yaml version and appVersion).
  const files = new Map<string, { before: string; after: string }>();
  const readFile = async (file: string, what: string) => {
    const known = files.get(file);
    if (known) return known;
    const read = await readWorkspaceFile(workspace, file);
    if (!read.ok) throw new BumpRefused(`cannot bump: ${read.problem}; restore the file or fix ${what} in the config`, 'state');
    const entry = { before: read.text, after: read.text };
    files.set(file, entry);
    return entry;
  };

  const entries: VersionEntry[] = config.versions || [];
  const reads: EntryRead[] = [];
  for (const entry of entries) {
    const where = whereOf(entry);
    const { before } = await readFile(entry.file, 'its versions entry');
    const refuse = (why: string) => new BumpRefused(`cannot bump: ${entry.file} (${clip(where, 80)}) ${why}`, 'state');
    let value: string;
    if ('key' in entry) {
      const format = manifestFormat(entry.file);
      if (format === null) throw refuse('cannot be read: "key" reads .toml, .json, .yaml and .yml files only; use "pattern" for this file');
      const parsed = parseManifest(before, format);
      if (!parsed.ok) throw refuse(parsed.problem);
      const lookup = readDottedKey(parsed.data, entry.key);
      if (!lookup.ok) throw refuse(`${lookup.problem}; add it or fix the versions entry`);
      value = lookup.value;
    } else {
      const lookup = readPattern(before, entry.pattern);
      if (!lookup.ok) throw refuse(`cannot be read: ${lookup.problem}`);
      value = lookup.value;
    }
    const python = isPythonFile(entry.file);
    const current = readCurrent(value, python);
    if (!current) {
      throw refuse(`holds "${clip(value, 60)}", which is not a ${python ? 'PEP 440' : 'SemVer'} version; write the current version there by hand`);
    }
    reads.push({ entry, where, value, python, current });
  }

  const pep440 = semverToPep440(version);
  const firstPython = reads.find((r) => r.python);
  if (firstPython && pep440 === null) {
    throw new BumpRefused(
      `cannot bump: ${version} has no PEP 440 spelling for ${firstPython.entry.file}; use a prerelease of the form -alpha.N, -beta.N, -rc.N or -dev.N`,
      'input'
    );
  }

  // Not greater than a current value, each compared in its own file's scheme.
  const notBelow = reads.filter((r) =>
    r.current.scheme === 'pep440' ? comparePep440(pep440!, r.value.trim()) <= 0 : semver.compare(version, r.current.parsed) <= 0
  );
  if (notBelow.length > 0) {
    const highest = notBelow.reduce((best, r) => (compareAcross(r.value, best.value) > 0 ? r : best));
    const next = nextAbove(highest.current);
    const fix = next ? `bump to ${next} or later` : `no SemVer version is greater (it has a PEP 440 epoch); edit ${highest.entry.file} by hand`;
    throw new BumpRefused(`${version} is not greater than the current version ${clip(highest.value, 60)} (in ${highest.entry.file}); ${fix}`, 'input');
  }

  const changes: EntryChange[] = [];
  const unchanged: BumpPlan['unchanged'] = [];
  for (const { entry, where, value, python } of reads) {
    const target = python ? pep440! : version;
    if (value === target) {
      unchanged.push({ file: entry.file, where });
      continue;
    }
    const state = files.get(entry.file)!;
    try {
      const replaced =
        'key' in entry ? replaceKeyValue(state.after, manifestFormat(entry.file)!, entry.key, target) : replacePatternValue(state.after, entry.pattern, target);
      // An earlier entry over the same text (the same key twice, a key and a pattern) may already have written it.
      if (replaced.old === target) {
        unchanged.push({ file: entry.file, where });
        continue;
      }
      state.after = replaced.text;
      changes.push({ file: entry.file, where, from: replaced.old, to: target });
    } catch (error) {
      if (!(error instanceof RewriteError)) throw error;
      throw new BumpRefused(`cannot bump: ${entry.file} (${clip(where, 80)}): ${error.message}`, 'state', { cause: error });
    }
  }

  let changelog: BumpPlan['changelog'] = null;
  if (config.changelog) {
    const file = config.changelog;
    const state = await readFile(file, '"changelog"');
    let added;
    try {
      added = addChangelogHeading(state.after, version, today);
    } catch (error) {
      if (!(error instanceof RewriteError)) throw error;
      throw new BumpRefused(`cannot bump: changelog ${file} ${error.message}`, 'state', { cause: error });
    }
    if (added) {
      state.after = added.text;
      changelog = { file, heading: added.heading };
    }
  }

  const highest = reads.length ? reads.reduce((best, r) => (compareAcross(r.value, best.value) > 0 ? r : best)).value : null;
  const edits = [...files].flatMap(([file, { before, after }]) => (before === after ? [] : [{ file, before, after }]));
  return { version, current: highest, changes, unchanged, changelog, edits };
}

/** Resolves and reads an edit's file as bytes, refusing when it is no longer the text that was planned. */
async function confirmUnchanged(workspace: string, edit: FileEdit): Promise<string> {
  const shown = `"${clip(edit.file)}"`;
  let real: string;
  let bytes: Buffer;
  try {
    real = await resolveInside(workspace, edit.file, shown);
    bytes = await readRegularFile(real, shown, MAX_MANIFEST_BYTES, 'a manifest');
  } catch (error) {
    if (!(error instanceof WorkspaceFileError)) throw error;
    throw new BumpRefused(`cannot bump: ${error.message}`, 'state', { cause: error });
  }
  if (!bytes.equals(Buffer.from(edit.before, 'utf8'))) {
    if (bytes.toString('utf8') === edit.before) {
      // Decoding replaced bytes that are not UTF-8: writing the text back would change them.
      throw new BumpRefused(`cannot bump: ${shown} is not valid UTF-8, so rewriting it would change more than the version; edit it by hand`, 'state');
    }
    throw new BumpRefused(`cannot bump: ${shown} changed since the bump was planned; run bump again`, 'state');
  }
  return real;
}

/** Writes `text` over `real` through a temporary file in the same folder and a rename, keeping the file's mode. */
async function replaceFile(real: string, shown: string, text: string): Promise<void> {
  const mode = (await fs.stat(real)).mode & 0o7777;
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${randomBytes(6).toString('hex')}.release-gates-bump`);
  try {
    await fs.writeFile(temp, text, { flag: 'wx', mode });
    // The umask narrows the mode given at creation; set it exactly.
    await fs.chmod(temp, mode);
    await fs.rename(temp, real);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new BumpRefused(`cannot write ${shown}: ${clip(messageOf(error), 160)}`, 'state', { cause: error });
  }
}

/**
 * Writes a plan's edits. Every file is first confirmed to hold exactly the text
 * the plan was made from, so nothing is written when any of them changed since.
 */
export async function applyBump(workspace: string, plan: BumpPlan): Promise<void> {
  const targets: Array<{ real: string; edit: FileEdit }> = [];
  for (const edit of plan.edits) targets.push({ real: await confirmUnchanged(workspace, edit), edit });
  for (const { real, edit } of targets) await replaceFile(real, `"${clip(edit.file)}"`, edit.after);
}
