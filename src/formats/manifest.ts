/**
 * Version holders: TOML, JSON and YAML manifests (`pyproject.toml`, `package.json`, `Chart.yaml`)
 * read by a dotted key, and any other text file read with a config pattern's capture group.
 * Pure functions over the text: reading the file from the release commit or the workspace is
 * src/checks/shared/workspace-reads.ts's part.
 */
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { clip, messageOf } from '../util/text.js';
import { compileVersionPattern } from '../util/version-pattern.js';
import { parseYamlBounded } from '../util/yaml.js';

/**
 * Keys and list items in a YAML manifest: a large OpenAPI document has tens of thousands.
 * Parsing costs about 3 KiB per entry, so this bound keeps a hostile manifest under ~150 MiB.
 */
export const MAX_MANIFEST_ITEMS = 50_000;

export type ManifestFormat = 'toml' | 'json' | 'yaml';

/** The structured format `key` entries are read as, by file extension; null for any other file. */
export function manifestFormat(file: string): ManifestFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.toml') return 'toml';
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return null;
}

export type ParseResult = { ok: true; data: unknown } | { ok: false; problem: string };

/** Parser messages span lines (with a caret diagram); the first line is the one a person needs. */
function firstLine(error: unknown): string {
  return clip(messageOf(error).split('\n')[0]?.trim() ?? '', 160);
}

/** Parses manifest text; a `.yaml` file holding JSON is fine, since YAML 1.2 is a superset of JSON. */
export function parseManifest(text: string, format: ManifestFormat): ParseResult {
  try {
    switch (format) {
      case 'toml':
        return { ok: true, data: parseToml(text) };
      case 'json':
        return { ok: true, data: JSON.parse(text) as unknown };
      case 'yaml':
        // Bounded and linear in time: `yaml`'s own duplicate-key check is quadratic in the keys of a mapping.
        return parseYamlBounded(text, { maxItems: MAX_MANIFEST_ITEMS, maxAliasCount: 100 });
    }
  } catch (error) {
    return { ok: false, problem: `is not valid ${format.toUpperCase()}: ${firstLine(error)}` };
  }
}

export type KeyLookup = { ok: true; value: string } | { ok: false; problem: string };

/**
 * Reads a dotted key (`project.version`, `info.version`; a numeric segment
 * indexes an array). Only own properties count, so `constructor` or
 * `__proto__` can never resolve to something the file does not hold.
 */
export function readDottedKey(data: unknown, key: string): KeyLookup {
  let node: unknown = data;
  const segments = key.split('.');
  for (const [i, segment] of segments.entries()) {
    const walked = segments.slice(0, i + 1).join('.');
    if (Array.isArray(node)) {
      const index = /^\d+$/.test(segment) ? Number(segment) : -1;
      if (index < 0 || index >= node.length) return { ok: false, problem: `has no key "${clip(walked)}"` };
      node = node[index];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return { ok: false, problem: `has no key "${clip(walked)}"` };
    }
  }
  if (typeof node === 'string') return { ok: true, value: node };
  if (typeof node === 'number') {
    // A YAML `appVersion: 1.10` is the number 1.1: the spelling is already lost, so say how to keep it.
    return { ok: false, problem: `key "${clip(key)}" holds the number ${node}, not a version string; quote it` };
  }
  const kind = node === null ? 'null' : Array.isArray(node) ? 'a list' : typeof node === 'object' ? 'a table' : typeof node;
  return { ok: false, problem: `key "${clip(key)}" holds ${kind}, not a version string` };
}

export type PatternLookup = { ok: true; value: string } | { ok: false; problem: string };

/**
 * Finds the version with a config pattern (one capture group). Every match
 * must agree: if the pattern also catches, say, a dependency's version, taking
 * the first match would be a guess.
 */
export function readPattern(text: string, pattern: string): PatternLookup {
  let matcher;
  try {
    // RE2 (re2js): linear in the text, so a pattern that would backtrack catastrophically cannot hang the run.
    matcher = compileVersionPattern(pattern).matcher(text);
  } catch (error) {
    return { ok: false, problem: `pattern is not a valid RE2 regular expression: ${firstLine(error)}` };
  }
  const found = new Set<string>();
  while (found.size < 2 && matcher.find()) {
    const value = matcher.group(1);
    // A trailing CR is the file's line ending (CRLF), not part of the version; other whitespace is kept and judged.
    if (value !== null) found.add(value.replace(/\r$/, ''));
  }
  if (found.size === 0) return { ok: false, problem: 'pattern has no match' };
  const values = [...found];
  if (values.length > 1) {
    return {
      ok: false,
      problem: `pattern matches different versions (${values.map((v) => `"${clip(v, 40)}"`).join(', ')}); anchor it to the one version`
    };
  }
  return { ok: true, value: values[0]! };
}
