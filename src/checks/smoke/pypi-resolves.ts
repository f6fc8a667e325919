import type { PypiApi } from '../../clients/pypi.js';
import { PypiError, type SimpleProject } from '../../formats/pypi.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext } from '../../gate.js';
import { shownUrl } from '../../clients/http.js';
import { poll, waitNote, type PollAnswer, pollHost } from '../../util/poll.js';
import { shownDist } from '../shared/dist-files.js';
import {
  builtPythonFiles,
  compareFiles,
  comparisonTable,
  countFiles,
  distExists,
  finalProblemLine,
  listedPhrase,
  pypiTarget,
  releaseFileKind,
  timedOutLine,
  type Comparison,
  type PypiTarget
} from '../shared/pypi.js';

interface Expected {
  file: string;
  sha256: string;
}

/** What one look found: what was expected (dist, or the JSON API), and what the simple API lists. */
type Look =
  | { kind: 'no-json-release' }
  | { kind: 'no-json-files' }
  | { kind: 'no-simple-page'; expected: Expected[] }
  | {
      kind: 'page';
      expected: Expected[];
      page: SimpleProject;
      comparison: Comparison;
    };

/** The built files in dist, or null when dist is missing or holds none of this release (then the JSON API says what to expect). */
async function builtExpectation(ctx: GateContext, target: PypiTarget): Promise<Expected[] | null> {
  if (!(await distExists(ctx))) return null;
  const built = await builtPythonFiles(ctx, target);
  return built.length > 0 ? built.map((b) => ({ file: b.file, sha256: b.sha256 })) : null;
}

async function lookOnce(api: PypiApi, target: PypiTarget, built: Expected[] | null, where: string): Promise<PollAnswer<Look>> {
  let expected = built;
  if (expected === null) {
    const release = await api.release(target.project, target.version, {
      revalidate: true
    });
    if (release === null)
      return {
        done: false,
        seen: `the JSON API has no release ${target.version} yet (404)`,
        value: { kind: 'no-json-release' }
      };
    if (release.dists.length === 0)
      return {
        done: false,
        seen: `the JSON API lists ${target.version} without files yet`,
        value: { kind: 'no-json-files' }
      };
    expected = release.dists.map((d) => ({
      file: d.filename,
      sha256: d.sha256
    }));
  }
  const names = new Set(expected.map((e) => e.file));
  // Only this version's files (and the expected ones) are read off the page: every other release's entries are skipped unread.
  const ofVersion = (filename: string) => names.has(filename) || releaseFileKind(filename, target.project, target.version) !== null;
  const page = await api.simpleProject(target.project, { files: ofVersion });
  if (page === null)
    return {
      done: false,
      seen: `the simple API has no page for ${target.project} yet (404)`,
      value: { kind: 'no-simple-page', expected }
    };
  // Every file of this version counts, not only the expected ones: pip may pick any of them.
  const listed = page.files;
  const comparison = compareFiles(expected, listed, {
    where,
    expectedFrom: built === null ? 'JSON API' : 'built',
    // Against dist an extra file is final; against the JSON API it may be the JSON API lagging.
    unexpectedIsFinal: built !== null
  });
  const value: Look = { kind: 'page', expected, page, comparison };
  if (comparison.state === 'not-yet') return { done: false, seen: listedPhrase(comparison), value };
  return { done: true, value };
}

async function verify(ctx: GateContext, target: PypiTarget, built: Expected[] | null): Promise<CheckOutcome> {
  const api = ctx.clients.pypi(target.index);
  const where = `the simple API of ${target.indexKey} ${target.shownIndex}`;
  const result = await poll(ctx, `pypi-resolves: ${target.subject} on ${target.shownIndex}/simple/`, pollHost(target.index), () =>
    lookOnce(api, target, built, where)
  );
  const wait = waitNote(result);
  const source =
    built === null
      ? `expected: the files the JSON API lists (dist ${shownDist(ctx)} is missing or holds no file of ${target.subject})`
      : `expected: the ${built.length} built files in dist ${shownDist(ctx)}`;
  const look = result.value;
  if (look.kind !== 'page') {
    const what =
      look.kind === 'no-simple-page'
        ? `${where} does not list ${target.project}`
        : `${target.indexKey} ${target.shownIndex} has no files of ${target.subject} in its JSON API to look for`;
    return fail(timedOutLine(ctx.wait, result, what, result.lastSeen), {
      details: [...wait, source]
    });
  }
  const { comparison, page, expected } = look;
  const expectedLabel = built === null ? 'JSON API sha256' : 'built sha256';
  const table = comparisonTable(comparison, expectedLabel, 'simple API sha256');
  const details = [...wait, source, `read ${shownUrl(page.url)} as pip does (PEP 691 JSON, api-version ${page.apiVersion}), anonymously`];
  if (comparison.state === 'final') return fail(finalProblemLine(comparison), { details, table });
  if (comparison.state === 'not-yet') {
    return fail(timedOutLine(ctx.wait, result, `${where} does not list every file of ${target.subject}`, result.lastSeen), { details, table });
  }
  const counts = countFiles(
    expected.map((e) => e.file),
    target.project,
    target.version
  );
  const digests = built === null ? "the JSON API's sha256" : 'the sha256 of the built file';
  return pass(`${where} lists all ${expected.length} files of ${target.subject} (${counts}), each with ${digests}, none yanked: pip can install it`, {
    details,
    table
  });
}

/**
 * `pypi-resolves`: the index's simple API, as pip reads it (PEP 691 JSON), lists every
 * file of the version with the sha256 of the built file (or, without dist, the JSON
 * API's), none yanked. Anonymous; waits while the CDN catches up, final on a wrong
 * digest or a yanked file.
 */
export const pypiResolves = defineCheck({
  id: 'pypi-resolves',
  sections: ['pypi'],
  run: (ctx, { pypi: section }) =>
    withVersion(ctx, async (version, kind) => {
      const target = pypiTarget(section, version, kind);
      const built = await builtExpectation(ctx, target);
      try {
        return await verify(ctx, target, built);
      } catch (error) {
        if (error instanceof PypiError)
          return fail(`cannot verify that pip resolves ${target.subject} from ${target.indexKey} ${target.shownIndex}: ${error.message}`);
        throw error;
      }
    })
});
