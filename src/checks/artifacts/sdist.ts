import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import { ReleaseGatesError } from '../../errors.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext } from '../../gate.js';
import { canonicalizeName, semverToPep440 } from '../../version.js';
import { summarizeProblems } from '../../util/problems.js';
import { readHeaders, singleHeader } from '../../formats/core-metadata.js';
import { listDistFiles, shownDist } from '../shared/dist-files.js';
import { pep440Key, sdistFileName } from '../../formats/wheel-name.js';

/**
 * An sdist is untrusted too: the whole archive is read (so a truncated or
 * corrupt one fails) but never held in memory, and decompression is capped so a
 * gzip bomb ends the check instead of the runner.
 */
export const SDIST_LIMITS = {
  maxEntries: 200_000,
  maxInflatedBytes: 2 * 1024 * 1024 * 1024,
  maxPkgInfoBytes: 8 * 1024 * 1024
};

class SdistContentError extends ReleaseGatesError {
  override name = 'SdistContentError';
  constructor(message: string) {
    super('artifact-content', message);
  }
}

async function readAll(stream: AsyncIterable<Buffer>, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw new SdistContentError(`${what} is larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Reads `member` (e.g. `sketchlog-1.3.0/PKG-INFO`) from a .tar.gz, streaming the whole archive through. */
export async function readTarGzMember(file: string, member: string, limits = SDIST_LIMITS): Promise<string | null> {
  let inflated = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) done(new SdistContentError(`inflates past ${limits.maxInflatedBytes} bytes`));
      else done(null, chunk);
    }
  });
  const extract = tar.extract();
  const piping = pipeline(createReadStream(file), createGunzip(), counter, extract);
  // The iteration below reports the same failure; this keeps the pipeline's rejection from going unhandled.
  piping.catch(() => undefined);
  let text: string | null = null;
  let entries = 0;
  try {
    for await (const entry of extract) {
      if (++entries > limits.maxEntries) throw new SdistContentError(`has more than ${limits.maxEntries} entries`);
      const name = entry.header.name.replace(/^\.\//, '');
      if (name === member && entry.header.type === 'file') {
        if (text !== null) throw new SdistContentError(`holds ${member} twice`);
        text = (await readAll(entry as AsyncIterable<Buffer>, limits.maxPkgInfoBytes, member)).toString('utf8');
      } else {
        entry.resume();
      }
    }
    await piping;
  } catch (error) {
    extract.destroy();
    if (error instanceof SdistContentError) throw error;
    throw new SdistContentError(`is not a readable gzip-compressed tar archive (${clip(messageOf(error), 120)})`);
  }
  return text;
}

async function pkgInfoProblems(dir: string, file: string, project: string, pep440: string): Promise<string[]> {
  const stem = file.slice(0, -'.tar.gz'.length);
  let text: string | null;
  try {
    text = await readTarGzMember(path.join(dir, file), `${stem}/PKG-INFO`);
  } catch (error) {
    return [`${file} ${messageOf(error)}; rebuild it`];
  }
  if (text === null) return [`${file} has no ${stem}/PKG-INFO; build the sdist with a standard build backend (python -m build --sdist)`];
  const headers = readHeaders(text);
  const name = singleHeader(headers, 'Name');
  const version = singleHeader(headers, 'Version');
  const problems: string[] = [];
  if (name === null || canonicalizeName(name) !== canonicalizeName(project)) {
    problems.push(`${file}: PKG-INFO Name is ${name === null ? 'missing' : `"${clip(name)}"`}, expected ${project}`);
  }
  if (version === null || pep440Key(version) !== pep440Key(pep440)) {
    problems.push(`${file}: PKG-INFO Version is ${version === null ? 'missing' : `"${clip(version)}"`}, expected ${pep440}`);
  }
  return problems;
}

async function checkSdist(ctx: GateContext, project: string, version: string): Promise<CheckOutcome> {
  const pep440 = semverToPep440(version);
  if (pep440 === null) {
    return fail(`version ${version} has no PEP 440 spelling, so no sdist can carry it; use a prerelease of the form -alpha.N, -beta.N or -rc.N`);
  }
  const files = await listDistFiles(ctx);
  const expected = sdistFileName(project, pep440);
  const tarballs = files.filter((f) => f.endsWith('.tar.gz'));
  const problems: string[] = [];
  for (const file of tarballs) {
    if (file === expected) continue;
    const stem = file.slice(0, -'.tar.gz'.length);
    const dash = stem.lastIndexOf('-');
    const sameRelease =
      dash > 0 && canonicalizeName(stem.slice(0, dash)) === canonicalizeName(project) && pep440Key(stem.slice(dash + 1)) === pep440Key(pep440);
    // PyPI publishing uploads every .tar.gz beside the wheels as an sdist, so a stray one is never harmless.
    problems.push(
      sameRelease
        ? `${file} is not spelled as PEP 625 requires; rename it to ${expected} (current build backends write that name)`
        : `${file} is not the sdist of ${project} ${pep440} (${expected}); remove it from ${shownDist(ctx)}`
    );
  }
  if (!tarballs.includes(expected)) {
    problems.unshift(`no sdist ${expected} in ${shownDist(ctx)}; download the sdist build artifact into it before this gate`);
  } else {
    problems.push(...(await pkgInfoProblems(ctx.settings.distDir, expected, project, pep440)));
  }
  if (problems.length > 0) return fail(summarizeProblems(problems, 'sdist'), { details: problems });
  return pass(`${expected} is the one sdist, and its PKG-INFO says ${project} ${pep440}`);
}

export const sdist = defineCheck({
  id: 'sdist',
  sections: ['pypi'],
  run: (ctx, { pypi }) => withVersion(ctx, (version) => checkSdist(ctx, pypi.project, version))
});
