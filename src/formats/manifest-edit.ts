/**
 * Editing the version a manifest holds without re-serialising it: the value at a dotted key of a
 * TOML, JSON or YAML text, or what a config pattern's capture group holds, is replaced and nothing
 * else, so comments, quoting, key order, indentation and line endings stay byte for byte. Pure:
 * text in, the edited text out, or a RewriteError saying why the edit cannot be made that way.
 */
import { isDeepStrictEqual } from 'node:util';
import { clip, messageOf } from '../util/text.js';
import { compileVersionPattern } from '../util/version-pattern.js';
import { parseManifest, readDottedKey, readPattern, type ManifestFormat } from './manifest.js';
import { ReleaseGatesError } from '../errors.js';

/** A value that cannot be replaced without changing something else in the file (a manifest or the changelog); the message says why. */
export class RewriteError extends ReleaseGatesError {
  override name = 'RewriteError';
  constructor(message: string, options?: ErrorOptions) {
    super('rewrite', message, options);
  }
}

/**
 * Occurrences of the old value tried as the one to replace. Each try re-parses the
 * file, so a file that repeats the value thousands of times is refused instead.
 */
export const MAX_REWRITE_CANDIDATES = 100;

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
