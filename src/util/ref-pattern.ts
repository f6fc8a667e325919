/**
 * The two pattern languages GitHub matches ref names with, turned into RE2 expressions:
 *
 * - `fnmatch`: rulesets' `conditions.ref_name` and environments' deployment branch and tag policies.
 *   GitHub documents Ruby's `File.fnmatch` with `File::FNM_PATHNAME` and without `FNM_EXTGLOB`:
 *   `*` and `?` stop at `/`, `**` followed by `/` spans directories, `[...]` is a set, and there are
 *   no braces and no backslash escapes.
 * - `actions`: a workflow's `on.push.tags` filters ("Filter pattern cheat sheet"): `*` stops at `/`,
 *   `**` does not, `?` and `+` repeat the character before them (zero or one, one or more), `[...]`
 *   is a set, `\` escapes, and a leading `!` negates (handled by `actionsFilterIncludes`).
 *
 * Written by hand, not with minimatch or picomatch (neither is a dependency): both match bash
 * globs, with braces, extglobs, `!` negation and escapes that GitHub's fnmatch does not have, and no
 * glob library reads `?` and `+` as the quantifiers the Actions filters make them. RE2 (re2js, already
 * used for config patterns) matches in linear time, so a pattern from a repository's settings such as
 * `*a*a*a*a*b` cannot make the match backtrack.
 */
import { RE2JS } from 're2js';

export type PatternDialect = 'fnmatch' | 'actions';

/** Escapes one character for an RE2 expression (outside a set). */
function literal(ch: string): string {
  return /[A-Za-z0-9_/-]/.test(ch) ? ch : `\\${ch}`;
}

/** A `[...]` set starting at `start` (the `[`): its RE2 form and where it ends, or null when it is not closed. */
function charSet(pattern: string, start: number, dialect: PatternDialect): { re: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (dialect === 'fnmatch' && (pattern[i] === '!' || pattern[i] === '^')) {
    negate = true;
    i++;
  }
  let body = '';
  // A `]` right after the opening is a member, as in fnmatch.
  for (let first = true; i < pattern.length; i++, first = false) {
    const ch = pattern[i]!;
    if (ch === ']' && !first) {
      // With FNM_PATHNAME a negated set still never matches the separator.
      return { re: negate ? `[^${body}/]` : `[${body}]`, end: i };
    }
    if (ch === '-' && !first && pattern[i + 1] !== ']') body += '-';
    else body += /[A-Za-z0-9]/.test(ch) ? ch : `\\${ch}`;
  }
  return null;
}

/** The RE2 expression (anchored) for one pattern of a dialect. */
export function patternExpression(pattern: string, dialect: PatternDialect): string {
  let re = '';
  // The last atom a `?` or `+` of the Actions dialect repeats; null after a wildcard, which already repeats.
  let lastAtom: string | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      const double = pattern[i + 1] === '*';
      if (dialect === 'fnmatch' && double && pattern[i + 2] === '/') {
        // `**/`: zero or more whole directories.
        re += '(?:[^/]*/)*';
        i += 2;
      } else if (double) {
        // fnmatch: `**` not followed by `/` is `*`; actions: `**` crosses `/`.
        re += dialect === 'actions' ? '.*' : '[^/]*';
        i += 1;
      } else {
        re += '[^/]*';
      }
      lastAtom = null;
      continue;
    }
    if (ch === '[') {
      const set = charSet(pattern, i, dialect);
      if (set) {
        re += set.re;
        lastAtom = set.re;
        i = set.end;
        continue;
      }
    }
    if (dialect === 'fnmatch' && ch === '?') {
      re += '[^/]';
      continue;
    }
    if (dialect === 'actions' && (ch === '?' || ch === '+')) {
      // A quantifier with nothing to repeat (at the start, after a wildcard) is read as the character itself.
      if (lastAtom !== null) {
        re += ch;
        lastAtom = null;
      } else {
        re += literal(ch);
        lastAtom = literal(ch);
      }
      continue;
    }
    if (dialect === 'actions' && ch === '\\' && i + 1 < pattern.length) {
      i++;
      re += literal(pattern[i]!);
      lastAtom = literal(pattern[i]!);
      continue;
    }
    re += literal(ch);
    lastAtom = literal(ch);
  }
  return `^${re}$`;
}

const compiled = new Map<string, RE2JS | null>();

/** Whether `name` matches `pattern` in `dialect`. A pattern RE2 cannot compile matches nothing. */
export function matchesPattern(pattern: string, name: string, dialect: PatternDialect): boolean {
  const key = `${dialect}\0${pattern}`;
  let re = compiled.get(key);
  if (re === undefined) {
    try {
      re = RE2JS.compile(patternExpression(pattern, dialect));
    } catch {
      re = null;
    }
    // Bounded: a repository has a handful of patterns, but a long-lived process should not grow without end.
    if (compiled.size > 1000) compiled.clear();
    compiled.set(key, re);
  }
  return re !== null && re.matches(name);
}

/** A ruleset's `conditions.ref_name`, as GitHub stores it. */
export interface RefNameCondition {
  include: readonly string[];
  exclude: readonly string[];
}

/** Which of the condition's patterns decide `ref` (a full ref name, `refs/tags/v1.2.3`). */
export interface RefVerdict {
  covered: boolean;
  /** The include pattern that matched, if any. */
  includedBy: string | null;
  /** The exclude pattern that removed it, if any (exclusion wins over inclusion). */
  excludedBy: string | null;
}

/**
 * Whether a ruleset's ref-name condition targets `ref`: one include pattern matches (`~ALL` matches every
 * ref; `~DEFAULT_BRANCH` only the default branch, never a tag) and no exclude pattern does.
 */
export function refNameVerdict(condition: RefNameCondition, ref: string, defaultBranchRef: string | null = null): RefVerdict {
  const hits = (pattern: string) => pattern === '~ALL' || (pattern === '~DEFAULT_BRANCH' ? ref === defaultBranchRef : matchesPattern(pattern, ref, 'fnmatch'));
  const includedBy = condition.include.find(hits) ?? null;
  const excludedBy = condition.exclude.find(hits) ?? null;
  return { covered: includedBy !== null && excludedBy === null, includedBy, excludedBy };
}

/**
 * Whether a workflow's `on.push.tags` (or `branches`) list lets `name` through: the patterns are read in
 * order, a match of a positive pattern includes the name, a later match of a `!` pattern excludes it
 * again, and so on, as GitHub documents.
 */
export function actionsFilterIncludes(patterns: readonly string[], name: string): boolean {
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (included && matchesPattern(pattern.slice(1), name, 'actions')) included = false;
    } else if (!included && matchesPattern(pattern, name, 'actions')) {
      included = true;
    }
  }
  return included;
}
