import * as semver from 'semver';
import { clip } from './util/text.js';

export type ReleaseKind = 'release' | 'rehearsal';

export type TagParse = { ok: true; version: string; kind: ReleaseKind; template: string } | { ok: false; reason: string };

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** PEP 503: runs of `-`, `_` and `.` are one separator, case does not matter. */
export function canonicalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** A git ref component must not contain these (git check-ref-format), nor anything a shell would act on. */
const UNSAFE_TAG = /[\s~^:?*[\\\x00-\x1f\x7f;&|$`'"<>(){}!#]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/;

/**
 * Checks that `version` is SemVer 2.0.0 written canonically, without build metadata.
 * Returns a reason when it is not.
 */
export function semverProblem(version: string): string | null {
  if (version.length > 256) return `version is ${version.length} characters long; SemVer allows 256`;
  const parsed = semver.parse(version);
  if (!parsed || version.startsWith('v') || version.startsWith('=')) {
    if (/^\d+\.\d+$/.test(version)) return `version "${version}" has two parts; SemVer needs MAJOR.MINOR.PATCH`;
    if (/(^|\.)0\d/.test(version.split('-')[0] ?? '')) return `version "${clip(version)}" has a leading zero; SemVer forbids it`;
    return `version "${clip(version)}" is not SemVer 2.0.0 (MAJOR.MINOR.PATCH[-PRERELEASE])`;
  }
  if (parsed.build.length > 0) {
    return `version "${clip(version)}" carries build metadata (+${parsed.build.join('.')}); registries drop it, so release tags must not use it`;
  }
  if (parsed.version !== version) return `version "${clip(version)}" is not written canonically (expected ${parsed.version})`;
  return null;
}

/** Matches a tag against the configured release and rehearsal templates. */
export function parseTag(tag: string, templates: { release: string; rehearsal?: string | undefined }): TagParse {
  if (tag.length === 0) return { ok: false, reason: 'the tag is empty' };
  if (tag.length > 255) return { ok: false, reason: `the tag is ${tag.length} characters long; at most 255 are allowed` };
  const unsafe = UNSAFE_TAG.exec(tag);
  if (unsafe) {
    // Name the offending part: clip() folds a newline to a space, which would hide it.
    return {
      ok: false,
      reason: `tag "${clip(tag)}" contains ${JSON.stringify(unsafe[0])}, which is not allowed in a release tag (whitespace, shell or ref metacharacters)`
    };
  }
  const candidates: Array<[ReleaseKind, string]> = [['release', templates.release]];
  if (templates.rehearsal) candidates.push(['rehearsal', templates.rehearsal]);
  // The longer template is the more specific one: `test-v{version}` must win over `{version}`-like templates.
  candidates.sort((a, b) => b[1].length - a[1].length);
  for (const [kind, template] of candidates) {
    const [prefix = '', suffix = ''] = template.split('{version}');
    const match = new RegExp(`^${escapeRegExp(prefix)}(.+)${escapeRegExp(suffix)}$`).exec(tag);
    if (!match) continue;
    const version = match[1]!;
    const problem = semverProblem(version);
    if (problem) return { ok: false, reason: `tag "${clip(tag)}": ${problem}` };
    return { ok: true, version, kind, template };
  }
  const allowed = candidates.map(([, t]) => `"${t}"`);
  const which = allowed.length === 1 ? `does not match ${allowed[0]}` : `matches neither ${allowed.join(' nor ')}`;
  return { ok: false, reason: `tag "${clip(tag)}" ${which}` };
}

/** A PEP 440 version in canonical parts, for comparison by meaning. */
export interface Pep440 {
  epoch: number;
  release: number[];
  pre: ['a' | 'b' | 'rc', number] | null;
  post: number | null;
  dev: number | null;
  local: string | null;
}

// The PEP 440 appendix regex, case-insensitive.
const PEP440 =
  /^\s*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

export function parsePep440(text: string): Pep440 | null {
  const m = PEP440.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const preLabel = g.pre_l?.toLowerCase();
  const pre: Pep440['pre'] = preLabel ? [preLabel.startsWith('a') ? 'a' : preLabel === 'b' || preLabel === 'beta' ? 'b' : 'rc', Number(g.pre_n ?? 0)] : null;
  const post = g.post_n1 !== undefined ? Number(g.post_n1) : g.post_l ? Number(g.post_n2 ?? 0) : null;
  const release = g.release!.split('.').map(Number);
  // Trailing zeros do not change a release segment's meaning: 1.0 == 1.0.0.
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  return {
    epoch: Number(g.epoch ?? 0),
    release,
    pre,
    post,
    dev: g.dev_l ? Number(g.dev_n ?? 0) : null,
    local: g.local ? g.local.toLowerCase().replace(/[-_]/g, '.') : null
  };
}

/** Canonical PEP 440 text of parsed parts (the spelling PyPI shows). */
export function formatPep440(v: Pep440, minParts = 3): string {
  const release = [...v.release];
  while (release.length < minParts) release.push(0);
  let out = `${v.epoch ? `${v.epoch}!` : ''}${release.join('.')}`;
  if (v.pre) out += `${v.pre[0]}${v.pre[1]}`;
  if (v.post !== null) out += `.post${v.post}`;
  if (v.dev !== null) out += `.dev${v.dev}`;
  if (v.local) out += `+${v.local}`;
  return out;
}

/**
 * The PEP 440 spelling of a SemVer release version: 1.3.0-rc.1 → 1.3.0rc1,
 * -alpha.N → aN, -beta.N → bN, -dev.N → .devN. Null when the prerelease has no
 * PEP 440 equivalent (then no Python file can match the tag).
 */
export function semverToPep440(version: string): string | null {
  const parsed = semver.parse(version);
  if (!parsed) return null;
  const base = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
  if (parsed.prerelease.length === 0) return base;
  const [label, num, ...rest] = parsed.prerelease;
  if (rest.length > 0) return null;
  const n = num === undefined ? 0 : typeof num === 'number' ? num : /^\d+$/.test(num) ? Number(num) : NaN;
  if (Number.isNaN(n)) return null;
  // No `post`: SemVer 1.3.0-post.1 sorts before 1.3.0, PEP 440 1.3.0.post1 after it.
  const map: Record<string, string> = { alpha: 'a', a: 'a', beta: 'b', b: 'b', rc: 'rc', c: 'rc', dev: '.dev' };
  if (typeof label !== 'string') return null;
  const m = /^(alpha|beta|rc|a|b|c|dev)(\d*)$/.exec(label);
  if (!m) return null;
  if (m[2] && num !== undefined) return null;
  const number = m[2] ? Number(m[2]) : n;
  return `${base}${map[m[1]!]}${number}`;
}

function samePep440(a: Pep440, b: Pep440): boolean {
  const len = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < len; i++) if ((a.release[i] ?? 0) !== (b.release[i] ?? 0)) return false;
  return a.epoch === b.epoch && a.pre?.[0] === b.pre?.[0] && a.pre?.[1] === b.pre?.[1] && a.post === b.post && a.dev === b.dev && a.local === b.local;
}

/** Whether `found` (from a PEP 440 file) means the same version as the SemVer tag version. */
export function pep440Matches(found: string, tagVersion: string): boolean {
  const want = semverToPep440(tagVersion);
  const f = parsePep440(found);
  const w = want === null ? null : parsePep440(want);
  return f !== null && w !== null && samePep440(f, w);
}

/** Whether `found` (from a SemVer file) means the same version as the tag version. */
export function semverMatches(found: string, tagVersion: string): boolean {
  // Written exactly: a leading v (v1.2.3) is not SemVer, and Helm would publish the chart as v1.2.3.
  const text = found.trim();
  const f = semver.parse(text);
  return f !== null && f.build.length === 0 && f.version === tagVersion && text === f.version;
}

/** Python files are read as PEP 440 (pyproject.toml, setup.cfg, *.py); everything else as SemVer. */
export function isPythonFile(file: string): boolean {
  const base = file.split('/').pop() ?? file;
  return base === 'pyproject.toml' || base === 'setup.cfg' || base.endsWith('.py');
}

/**
 * The version to release instead of a burned one: the next patch for a final version, the next
 * prerelease number for a prerelease (`1.3.0-rc.1` → `1.3.0-rc.2`).
 */
export function nextVersion(version: string): string {
  const parsed = semver.parse(version);
  if (!parsed) return 'the next patch';
  return semver.inc(version, parsed.prerelease.length > 0 ? 'prerelease' : 'patch') ?? 'the next patch';
}
