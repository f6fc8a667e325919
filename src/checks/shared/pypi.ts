import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { shownUrl } from '../../clients/http.js';
import { clip, messageOf } from '../../util/text.js';
import { CheckFailed, type DetailTable, type GateContext, type SectionValue } from '../../gate.js';
import { sha256File, type Sha256Result } from '../../util/hash.js';
import { waitAdvice, type PollResult, type WaitBudget } from '../../util/poll.js';
import { canonicalizeName, semverToPep440, type ReleaseKind } from '../../version.js';
import { DistError, listDistFiles, shownDist } from './dist-files.js';
import { parseSdistName, parseWheelName, pep440Key, sdistFileName } from '../../formats/wheel-name.js';

/**
 * What the PyPI checks of `publication` (`pypi`) and `smoke` (`pypi-resolves`) share:
 * which index a release kind publishes to, the PEP 440 version asked for, the built
 * files in dist with their sha256, and the comparison of those with what an index lists.
 */

/** The release as PyPI knows it, and where to ask. */
export interface PypiTarget {
  /** `pypi.project` as configured. */
  project: string;
  /** The release version in PEP 440 spelling (`1.3.0rc1`). */
  version: string;
  /** The index base URL (no trailing slash). */
  index: string;
  /** The index for messages: without credentials or query. */
  shownIndex: string;
  /** The config key the index came from, for messages. */
  indexKey: 'pypi.index' | 'pypi.rehearsal-index';
  /** `sketchlog 1.3.0rc1`, for messages. */
  subject: string;
}

/**
 * The index a release kind publishes to: a release tag to `pypi.index`, a rehearsal tag
 * to `pypi.rehearsal-index`. A rehearsal without `rehearsal-index` fails: checking
 * `pypi.index` instead would either find nothing or, worse, find a rehearsal on the real index.
 */
export function pypiTarget(section: SectionValue<'pypi'>, version: string, kind: ReleaseKind): PypiTarget {
  const pep440 = semverToPep440(version);
  if (pep440 === null) {
    throw new CheckFailed(
      `version ${clip(version)} has no PEP 440 spelling, so PyPI cannot hold it; use a prerelease PyPI understands (-alpha.N, -beta.N, -rc.N) or a plain X.Y.Z`
    );
  }
  let index: string;
  let indexKey: PypiTarget['indexKey'];
  if (kind === 'rehearsal') {
    const rehearsal = section['rehearsal-index'];
    if (rehearsal === undefined) {
      throw new CheckFailed(
        'rehearsal tag: rehearsals publish to pypi.rehearsal-index, which the config does not set; add it to the pypi section (e.g. "rehearsal-index: https://test.pypi.org"), so a rehearsal is never checked against, or published to, the real index'
      );
    }
    index = rehearsal;
    indexKey = 'pypi.rehearsal-index';
  } else {
    index = section.index;
    indexKey = 'pypi.index';
  }
  return {
    project: section.project,
    version: pep440,
    index,
    shownIndex: shownUrl(index).replace(/\/+$/, ''),
    indexKey,
    subject: `${section.project} ${pep440}`
  };
}

/**
 * Whether a file name is a wheel or sdist of this project and version (by meaning:
 * `SketchLog` is `sketchlog`, `1.3.0-rc.1`-style spellings compare as PEP 440). An sdist
 * is `{name}-{version}.tar.gz` (PEP 625; `.zip` as older uploads had it).
 */
export function releaseFileKind(file: string, project: string, version: string): 'wheel' | 'sdist' | null {
  const want = pep440Key(version);
  if (want === null) return null;
  const canonical = canonicalizeName(project);
  if (file.endsWith('.whl')) {
    const parsed = parseWheelName(file);
    return parsed.ok && parsed.wheel.canonicalName === canonical && pep440Key(parsed.wheel.version) === want ? 'wheel' : null;
  }
  if (file === sdistFileName(project, version)) return 'sdist';
  const parsed = parseSdistName(file);
  return parsed.ok && parsed.sdist.canonicalName === canonical && pep440Key(parsed.sdist.version) === want ? 'sdist' : null;
}

/** "20 wheels and 1 sdist". */
export function countFiles(files: readonly string[], project: string, version: string): string {
  const wheels = files.filter((f) => releaseFileKind(f, project, version) === 'wheel').length;
  const sdists = files.filter((f) => releaseFileKind(f, project, version) === 'sdist').length;
  const parts = [`${wheels} wheel${wheels === 1 ? '' : 's'}`, `${sdists} sdist${sdists === 1 ? '' : 's'}`];
  const other = files.length - wheels - sdists;
  if (other > 0) parts.push(`${other} other file${other === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/** A file in dist with its sha256. */
export interface BuiltFile {
  file: string;
  sha256: string;
  size: number;
}

/**
 * The sha256 of a file in dist, hashed once per gate run (ctx.once) and streamed, so
 * checks that compare the same files share one read of each.
 */
export function distFileSha256(ctx: GateContext, file: string): Promise<Sha256Result> {
  return ctx.once(`dist-sha256:${file}`, async () => {
    try {
      return await sha256File(path.join(ctx.settings.distDir, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new DistError(`${clip(file)} in dist ${shownDist(ctx)} cannot be read (${code ?? clip(messageOf(error), 80)}); download the artifacts again`);
    }
  });
}

/** Whether the dist folder exists at all (a smoke run may have no artifacts downloaded). */
export async function distExists(ctx: GateContext): Promise<boolean> {
  try {
    await fs.stat(ctx.settings.distDir);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The wheels and sdist of this project and version in dist, with their sha256. Other
 * files (checksums, SBOMs, npm tarballs, another project's wheels) are not PyPI's.
 * A missing or unreadable dist throws DistError.
 */
export async function builtPythonFiles(ctx: GateContext, target: PypiTarget): Promise<BuiltFile[]> {
  const names = (await listDistFiles(ctx)).filter((f) => releaseFileKind(f, target.project, target.version) !== null);
  return Promise.all(
    names.map(async (file) => {
      const { hex, size } = await distFileSha256(ctx, file);
      return { file, sha256: hex, size };
    })
  );
}

/** A file as an index lists it (JSON API or simple API). */
export interface ListedFile {
  filename: string;
  /** Lower-case hex, or null when the index gives none. */
  sha256: string | null;
  yanked: boolean;
  yankedReason: string | null;
}

/** One row of the comparison: a file expected, listed, or both. */
export interface FileRow {
  file: string;
  expected: string | null;
  listed: string | null;
  verdict: string;
  /** Waiting cannot mend it: a wrong or missing digest, a yanked file, an unexpected file (when that is final). */
  final: boolean;
  /** The sentence for a summary, naming the file, the cause and the fix; null when the row is fine. */
  problem: string | null;
}

export interface Comparison {
  rows: FileRow[];
  /** Expected but not listed (yet). */
  missing: string[];
  /** Listed but not expected. */
  unexpected: string[];
  /** Rows waiting cannot mend. */
  finalProblems: FileRow[];
  /** `ok`: all listed, exact; `final`: a problem waiting cannot mend; `not-yet`: something is missing. */
  state: 'ok' | 'final' | 'not-yet';
}

export interface CompareOptions {
  /** Where the index lists files, for messages ("https://pypi.org", "the simple API of https://pypi.org"). */
  where: string;
  /** What the expected digests are ("built" for dist, "JSON API" for the index's own JSON API). */
  expectedFrom: 'built' | 'JSON API';
  /** A listed file that is not expected fails at once (true), or may be a lagging source (false: not yet). */
  unexpectedIsFinal: boolean;
}

const short = (hex: string | null) => (hex === null ? '-' : hex);

/**
 * Compares the expected files (name and sha256) with what an index lists. Names must
 * be identical (PyPI keeps a file's name as uploaded), digests identical, none yanked.
 */
export function compareFiles(expected: readonly { file: string; sha256: string }[], listed: readonly ListedFile[], options: CompareOptions): Comparison {
  const byName = new Map<string, ListedFile>();
  for (const f of listed) byName.set(f.filename, f);
  const expectedNames = new Set(expected.map((e) => e.file));
  const rows: FileRow[] = [];
  const whose = options.expectedFrom === 'built' ? "the built file's is" : 'the JSON API gives';
  const yankFix = 'un-yank it on the index (pip skips yanked files) or release a new version';
  for (const e of expected) {
    const l = byName.get(e.file);
    if (!l) {
      rows.push({
        file: e.file,
        expected: e.sha256,
        listed: null,
        verdict: 'not on the index',
        final: false,
        problem: `${options.where} does not list ${clip(e.file, 200)}`
      });
      continue;
    }
    if (l.sha256 === null) {
      rows.push({
        file: e.file,
        expected: e.sha256,
        listed: null,
        verdict: 'no sha256 on the index',
        final: true,
        problem: `${options.where} lists ${clip(e.file, 200)} without a sha256, so pip cannot verify what it downloads; use an index that publishes sha256 hashes`
      });
    } else if (l.sha256 !== e.sha256) {
      rows.push({
        file: e.file,
        expected: e.sha256,
        listed: l.sha256,
        verdict: 'sha256 differs',
        final: true,
        problem: `${options.where} lists ${clip(e.file, 200)} with sha256 ${l.sha256}, but ${whose} ${e.sha256}: ${
          options.expectedFrom === 'built'
            ? 'the index holds other bytes than were built; an index never replaces a file, so release a new version'
            : "the index's two APIs disagree, so pip may download other bytes than were published; ask the index's operators"
        }`
      });
    } else if (l.yanked) {
      const reason = l.yankedReason ? ` ("${clip(l.yankedReason, 80)}")` : '';
      rows.push({
        file: e.file,
        expected: e.sha256,
        listed: l.sha256,
        verdict: `yanked${reason}`,
        final: true,
        problem: `${options.where} lists ${clip(e.file, 200)} as yanked${reason}; ${yankFix}`
      });
    } else {
      rows.push({
        file: e.file,
        expected: e.sha256,
        listed: l.sha256,
        verdict: 'ok',
        final: false,
        problem: null
      });
    }
  }
  for (const l of listed) {
    if (expectedNames.has(l.filename)) continue;
    const yanked = l.yanked ? '; yanked' : '';
    const built = options.expectedFrom === 'built';
    rows.push({
      file: l.filename,
      expected: null,
      listed: l.sha256,
      verdict: `${built ? 'not built' : 'not in the JSON API'}${yanked}`,
      final: options.unexpectedIsFinal,
      problem: built
        ? `${options.where} lists ${clip(l.filename, 200)}, which was not built (it is not in dist): another job uploaded it, or dist lacks it; pip may install it, so find where it came from, remove it (or yank the release) and release a new version`
        : `${options.where} lists ${clip(l.filename, 200)}, which the JSON API does not list`
    });
  }
  const missing = rows.filter((r) => r.listed === null && r.verdict === 'not on the index').map((r) => r.file);
  const unexpected = rows.filter((r) => r.expected === null).map((r) => r.file);
  const finalProblems = rows.filter((r) => r.final);
  const state = finalProblems.length > 0 ? 'final' : rows.some((r) => r.problem !== null) ? 'not-yet' : 'ok';
  return { rows, missing, unexpected, finalProblems, state };
}

/** The comparison as the summary's table: file, expected sha256, listed sha256, verdict. */
export function comparisonTable(comparison: Comparison, expectedLabel: string, listedLabel: string): DetailTable {
  return {
    columns: ['file', expectedLabel, listedLabel, 'verdict'],
    rows: comparison.rows.map((r) => [r.file, short(r.expected), short(r.listed), r.verdict])
  };
}

/** A short phrase of what an index lists so far, for progress lines ("19 of 21 files listed; missing a.whl, b.whl"). */
export function listedPhrase(comparison: Comparison): string {
  const expected = comparison.rows.filter((r) => r.expected !== null).length;
  const listed = expected - comparison.missing.length;
  const names = comparison.missing.slice(0, 2).join(', ');
  const more = comparison.missing.length > 2 ? ` and ${comparison.missing.length - 2} more` : '';
  const missing = comparison.missing.length > 0 ? `; missing ${names}${more}` : '';
  const extra = comparison.unexpected.length > 0 ? `; ${comparison.unexpected.length} file(s) not expected` : '';
  return `${listed} of ${expected} files listed${missing}${extra}`;
}

/** One summary line for the final problems: the first, and how many more the table shows. */
export function finalProblemLine(comparison: Comparison): string {
  const [first, ...rest] = comparison.finalProblems;
  return `${first!.problem!}${rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}, see the table)` : ''}`;
}

/** The summary when time ran out while something was still missing. */
export function timedOutLine(wait: Pick<WaitBudget, 'minutes'>, result: PollResult<unknown>, what: string, lastSeen: string | null): string {
  return `${what}: last saw ${lastSeen ?? 'nothing'}${waitAdvice(wait, result, 'upload what is missing', 'the index to list it')}`;
}
