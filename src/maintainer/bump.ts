/**
 * The engine of `release-gates bump X.Y.Z`: plans the version bump (every
 * `versions` entry and the changelog heading) without touching the disk, then
 * writes the planned edits. Only the version value changes in a manifest: the
 * file is never re-serialised, so comments, quoting, key order, indentation and
 * line endings stay byte for byte (the text edits are src/formats/manifest-edit.ts
 * and src/formats/changelog.ts).
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { compare as comparePep440 } from '@renovatebot/pep440';
import * as semver from 'semver';
import { MAX_MANIFEST_BYTES, readWorkspaceFile } from '../checks/shared/workspace-reads.js';
import type { Config } from '../config.js';
import { ReleaseGatesError } from '../errors.js';
import { clip, messageOf } from '../util/text.js';
import { addChangelogHeading } from '../formats/changelog.js';
import { RewriteError, replaceKeyValue, replacePatternValue } from '../formats/manifest-edit.js';
import { manifestFormat, parseManifest, readDottedKey, readPattern } from '../formats/manifest.js';
import { WorkspaceFileError, readRegularFile, resolveInside, symlinkOnPath } from '../util/workspace-file.js';
import { isPythonFile, nextVersion, parsePep440, semverProblem, semverToPep440, type Pep440 } from '../version.js';

/** Why bump will not write: 'input' = a refused version (CLI exit 2); 'state' = a file it cannot edit (exit 1). */
export class BumpRefused extends ReleaseGatesError {
  override name = 'BumpRefused';
  constructor(
    message: string,
    readonly kind: 'input' | 'state',
    options?: ErrorOptions
  ) {
    super('bump', message, options);
  }
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

/** The files' text as read and as edited so far, by config path. */
type FileTexts = Map<string, { before: string; after: string }>;

/** Reads one versions entry's current value from its file's text, or refuses naming the entry. */
function readEntry(entry: VersionEntry, before: string): EntryRead {
  const where = whereOf(entry);
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
  return { entry, where, value, python, current };
}

/**
 * Writes the version into each entry's file text in `files`, in config order: the PEP 440 spelling
 * in a Python file, the SemVer one elsewhere. `pep440` is non-null whenever an entry is a Python file.
 */
function rewriteEntries(
  reads: readonly EntryRead[],
  files: FileTexts,
  version: { semver: string; pep440: string | null }
): { changes: EntryChange[]; unchanged: BumpPlan['unchanged'] } {
  const changes: EntryChange[] = [];
  const unchanged: BumpPlan['unchanged'] = [];
  for (const { entry, where, value, python } of reads) {
    const target = python ? version.pep440! : version.semver;
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
  return { changes, unchanged };
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
  const files: FileTexts = new Map();
  const readFile = async (file: string, what: string) => {
    const known = files.get(file);
    if (known) return known;
    // What prepare reads from the commit cannot be a symlink: refuse it here, before anything is written.
    const link = await symlinkOnPath(workspace, file);
    if (link) {
      const where = link.isFile
        ? `is a symlink (to ${clip(link.target, 80)}); point ${what} at the file itself`
        : `lies under "${clip(link.via)}", a symlink (to ${clip(link.target, 80)}); name the real folder in ${what} instead`;
      throw new BumpRefused(`cannot bump: "${clip(file)}" ${where}, as prepare would refuse it`, 'state');
    }
    const read = await readWorkspaceFile(workspace, file);
    if (!read.ok) throw new BumpRefused(`cannot bump: ${read.problem}; restore the file or fix ${what} in the config`, 'state');
    const entry = { before: read.text, after: read.text };
    files.set(file, entry);
    return entry;
  };

  const entries: VersionEntry[] = config.versions || [];
  const reads: EntryRead[] = [];
  for (const entry of entries) reads.push(readEntry(entry, (await readFile(entry.file, 'its versions entry')).before));

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

  const { changes, unchanged } = rewriteEntries(reads, files, { semver: version, pep440 });

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
