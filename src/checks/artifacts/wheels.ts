import * as path from 'node:path';
import yauzl from 'yauzl';
import { ReleaseGatesError } from '../../errors.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext } from '../../gate.js';
import { canonicalizeName, semverToPep440 } from '../../version.js';
import { mapLimit } from '../../util/map-limit.js';
import { summarizeProblems } from '../../util/problems.js';
import { readHeaders, singleHeader } from '../../formats/core-metadata.js';
import { listDistFiles, shownDist } from '../shared/dist-files.js';
import { classifyWheelNames, expandTags, pep440Key, type WheelName } from '../../formats/wheel-name.js';

/**
 * Wheel contents are untrusted: a zip can claim millions of entries or inflate a
 * few bytes into gigabytes. Only the central directory and two small metadata
 * files are read, each bounded.
 */
export const WHEEL_LIMITS = {
  /** More entries than any real wheel has (large scientific wheels hold a few tens of thousands). */
  maxEntries: 200_000,
  /** METADATA carries the long description (the README), so it gets room; WHEEL is a few lines. */
  maxMetadataBytes: 8 * 1024 * 1024
};

/** A wheel whose contents cannot be read or do not agree with its name; the message names what and why. */
class WheelContentError extends ReleaseGatesError {
  override name = 'WheelContentError';
  constructor(message: string) {
    super('artifact-content', message);
  }
}

interface WheelFiles {
  distInfo: string;
  metadata: string;
  wheel: string;
}

async function readEntryText(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<string> {
  if (entry.uncompressedSize > maxBytes) {
    throw new WheelContentError(`${entry.fileName} declares ${entry.uncompressedSize} bytes; at most ${maxBytes} are read`);
  }
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new WheelContentError(`${entry.fileName} inflates past ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new WheelContentError(`${entry.fileName} is not UTF-8 text`);
  }
}

/** Reads the one `*.dist-info/` folder's METADATA and WHEEL from a wheel, bounded. */
export async function readWheelFiles(file: string, limits = WHEEL_LIMITS): Promise<WheelFiles> {
  let zip: yauzl.ZipFile;
  try {
    // validateEntrySizes (the default) makes yauzl fail an entry whose bytes disagree with its declared size.
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true });
  } catch (error) {
    throw new WheelContentError(`is not a readable zip file (${clip(messageOf(error), 120)})`);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new WheelContentError(`has ${zip.entryCount} zip entries; at most ${limits.maxEntries} are accepted`);
    }
    const distInfos = new Set<string>();
    const found = new Map<string, string>();
    for await (const entry of zip.eachEntry()) {
      const m = /^([^/]+\.dist-info)\/(METADATA|WHEEL)?/.exec(entry.fileName);
      if (!m) continue;
      distInfos.add(m[1]!);
      if (m[2] && entry.fileName === `${m[1]}/${m[2]}`) {
        if (found.has(entry.fileName)) throw new WheelContentError(`holds ${entry.fileName} twice`);
        found.set(entry.fileName, await readEntryText(zip, entry, limits.maxMetadataBytes));
      }
    }
    if (distInfos.size !== 1) {
      throw new WheelContentError(
        distInfos.size === 0
          ? 'has no .dist-info folder'
          : `has ${distInfos.size} .dist-info folders (${[...distInfos].map((d) => clip(d, 60)).join(', ')}); a wheel has exactly one`
      );
    }
    const distInfo = [...distInfos][0]!;
    const metadata = found.get(`${distInfo}/METADATA`);
    const wheel = found.get(`${distInfo}/WHEEL`);
    if (metadata === undefined) throw new WheelContentError(`has no ${clip(distInfo, 60)}/METADATA`);
    if (wheel === undefined) throw new WheelContentError(`has no ${clip(distInfo, 60)}/WHEEL`);
    return { distInfo, metadata, wheel };
  } catch (error) {
    if (error instanceof WheelContentError) throw error;
    throw new WheelContentError(`is a corrupt zip file (${clip(messageOf(error), 120)})`);
  } finally {
    zip.close();
  }
}

/** What is wrong inside one wheel (its metadata against its file name), or an empty list. */
export async function wheelContentProblems(dir: string, wheel: WheelName): Promise<string[]> {
  let files: WheelFiles;
  try {
    files = await readWheelFiles(path.join(dir, wheel.file));
  } catch (error) {
    return [`${wheel.file} ${messageOf(error)}; rebuild it`];
  }
  const problems: string[] = [];
  const dirMatch = /^(.+)-([^-]+)\.dist-info$/.exec(files.distInfo);
  if (!dirMatch || canonicalizeName(dirMatch[1]!) !== wheel.canonicalName || pep440Key(dirMatch[2]!) !== pep440Key(wheel.version)) {
    problems.push(`${wheel.file}: its metadata folder ${clip(files.distInfo, 60)} is not ${wheel.name}-${wheel.version}.dist-info`);
  }
  const metadata = readHeaders(files.metadata);
  const name = singleHeader(metadata, 'Name');
  const version = singleHeader(metadata, 'Version');
  if (name === null || canonicalizeName(name) !== wheel.canonicalName) {
    problems.push(`${wheel.file}: METADATA Name is ${name === null ? 'missing' : `"${clip(name)}"`}, the file name says ${wheel.name}`);
  }
  if (version === null || pep440Key(version) !== pep440Key(wheel.version)) {
    problems.push(`${wheel.file}: METADATA Version is ${version === null ? 'missing' : `"${clip(version)}"`}, the file name says ${wheel.version}`);
  }
  const declared = new Set(readHeaders(files.wheel).get('tag') ?? []);
  const expected = new Set(expandTags(wheel));
  const missing = [...expected].filter((t) => !declared.has(t));
  const extra = [...declared].filter((t) => !expected.has(t));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length
        ? `lacks Tag ${missing
            .slice(0, 4)
            .map((t) => clip(t, 60))
            .join(', ')}`
        : '',
      extra.length
        ? `has Tag ${extra
            .slice(0, 4)
            .map((t) => clip(t, 60))
            .join(', ')} not in the file name`
        : ''
    ].filter(Boolean);
    problems.push(`${wheel.file}: WHEEL ${parts.join(' and ')}`);
  }
  return problems;
}

async function checkWheels(ctx: GateContext, pypi: { project: string; python: string[]; platforms: string[] }, version: string): Promise<CheckOutcome> {
  const pep440 = semverToPep440(version);
  if (pep440 === null) {
    return fail(`version ${version} has no PEP 440 spelling, so no wheel can carry it; use a prerelease of the form -alpha.N, -beta.N or -rc.N`);
  }
  const files = await listDistFiles(ctx);
  const wheelFiles = files.filter((f) => f.endsWith('.whl'));
  const sorted = classifyWheelNames(wheelFiles, { project: pypi.project, version: pep440, python: pypi.python, platforms: pypi.platforms });

  const table = {
    title: `${pypi.project} ${pep440}: one wheel per interpreter × platform`,
    columns: ['interpreter', ...pypi.platforms],
    rows: pypi.python.map((interpreter, i) => [
      interpreter,
      ...pypi.platforms.map((_, j) => {
        const cell = sorted.cells[i]![j]!;
        if (cell.length === 0) return 'missing';
        return cell.length === 1 ? cell[0]!.file : `duplicate: ${cell.map((w) => w.file).join(', ')}`;
      })
    ])
  };

  const problems: string[] = [];
  pypi.python.forEach((interpreter, i) =>
    pypi.platforms.forEach((family, j) => {
      const cell = sorted.cells[i]![j]!;
      if (cell.length === 0)
        problems.push(`missing ${interpreter} × ${family}: no wheel in ${shownDist(ctx)}; download that build's artifact or fix the build matrix`);
      if (cell.length > 1) {
        problems.push(`duplicate ${interpreter} × ${family}: ${cell.map((w) => w.file).join(', ')}; keep exactly one (PyPI would serve either)`);
      }
    })
  );
  for (const { problem } of sorted.invalid) problems.push(`${problem}; remove it from ${shownDist(ctx)} or rename it to a valid wheel name`);
  for (const { wheel, reason } of sorted.foreign)
    problems.push(`${wheel.file} ${reason}; remove it from ${shownDist(ctx)} (it would be released with ${pep440})`);
  for (const wheel of sorted.outside) {
    problems.push(
      `${wheel.file} serves no configured interpreter × platform (python ${wheel.pythonTags.join('.')}, platform ${wheel.platformTags.join('.')}); add them to pypi.python/pypi.platforms or leave it out of ${shownDist(ctx)}`
    );
  }
  const ours = [...sorted.matched, ...sorted.outside];
  const contentProblems = await mapLimit(ours, 4, (wheel) => wheelContentProblems(ctx.settings.distDir, wheel));
  problems.push(...contentProblems.flat());

  if (wheelFiles.length === 0) {
    return fail(`no wheels (*.whl) in ${shownDist(ctx)}; download the wheel build artifacts into it before this gate`, { table, details: problems });
  }
  if (problems.length > 0) return fail(summarizeProblems(problems, 'wheel'), { details: problems, table });
  const cells = pypi.python.length * pypi.platforms.length;
  return pass(
    `${sorted.matched.length} wheels of ${pypi.project} ${pep440} fill all ${cells} interpreter × platform cells; metadata agrees with every file name`,
    { table }
  );
}

export const wheels = defineCheck({
  id: 'wheels',
  sections: ['pypi'],
  run: (ctx, { pypi }) => withVersion(ctx, (version) => checkWheels(ctx, pypi, version))
});
