import { PypiError, type PypiRelease } from '../../formats/pypi.js';
import { clip } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext } from '../../gate.js';
import { poll, waitNote, pollHost } from '../../util/poll.js';
import { pep440Key } from '../../formats/wheel-name.js';
import { shownDist } from '../shared/dist-files.js';
import {
  builtPythonFiles,
  compareFiles,
  comparisonTable,
  countFiles,
  finalProblemLine,
  listedPhrase,
  pypiTarget,
  timedOutLine,
  type BuiltFile,
  type Comparison,
  type PypiTarget
} from '../shared/pypi.js';

/** What one look at the JSON API found. */
type Look = { kind: 'absent' } | { kind: 'release'; release: PypiRelease; comparison: Comparison } | { kind: 'wrong-version'; release: PypiRelease };

async function verify(ctx: GateContext, target: PypiTarget, built: BuiltFile[]): Promise<CheckOutcome> {
  const api = ctx.clients.pypi(target.index);
  const where = `${target.indexKey} ${target.shownIndex}`;
  const result = await poll(ctx, `pypi: ${target.subject} on ${target.shownIndex}`, pollHost(target.index), async () => {
    const release = await api.release(target.project, target.version, {
      revalidate: true
    });
    if (release === null) {
      return {
        done: false,
        seen: `no release ${target.version} yet (JSON API 404)`,
        value: { kind: 'absent' } as Look
      };
    }
    if (pep440Key(release.version) !== pep440Key(target.version))
      return {
        done: true,
        value: { kind: 'wrong-version', release } as Look
      };
    const comparison = compareFiles(
      built,
      release.dists.map((d) => ({
        filename: d.filename,
        sha256: d.sha256,
        yanked: d.yanked,
        yankedReason: d.yankedReason
      })),
      { where, expectedFrom: 'built', unexpectedIsFinal: true }
    );
    const value: Look = { kind: 'release', release, comparison };
    if (comparison.state === 'not-yet') return { done: false, seen: listedPhrase(comparison), value };
    return { done: true, value };
  });
  const wait = waitNote(result);
  const look = result.value;
  if (look.kind === 'wrong-version') {
    return fail(
      `${where} answered the JSON API for ${target.subject} with version ${clip(look.release.version)}; the index does not serve this release as PyPI does (check ${target.indexKey})`,
      { details: wait }
    );
  }
  if (look.kind === 'absent') {
    return fail(timedOutLine(ctx.wait, result, `${where} has no release ${target.subject}`, result.lastSeen), {
      details: [
        ...wait,
        `built: ${countFiles(
          built.map((b) => b.file),
          target.project,
          target.version
        )} in dist`
      ]
    });
  }
  const { comparison } = look;
  const table = comparisonTable(comparison, 'built sha256', 'index sha256');
  const details = [
    ...wait,
    `built in dist: ${countFiles(
      built.map((b) => b.file),
      target.project,
      target.version
    )}`
  ];
  if (comparison.state === 'final') return fail(finalProblemLine(comparison), { details, table });
  if (comparison.state === 'not-yet') {
    return fail(timedOutLine(ctx.wait, result, `${where} does not list every built file of ${target.subject}`, result.lastSeen), { details, table });
  }
  return pass(
    `${where} lists ${target.subject} with exactly the ${built.length} built files (${countFiles(
      built.map((b) => b.file),
      target.project,
      target.version
    )}): same names, same sha256, none yanked`,
    { details: wait, table }
  );
}

/**
 * `pypi`: the JSON API lists for this version exactly the wheels and sdist in dist —
 * same names, same sha256, none yanked. Waits while the release or some files are not
 * there yet (an upload in progress, the CDN); a wrong digest, an extra or a yanked
 * file is final. Rehearsal tags are checked against pypi.rehearsal-index.
 */
export const pypi = defineCheck({
  id: 'pypi',
  sections: ['pypi'],
  run: (ctx, { pypi: section }) =>
    withVersion(ctx, async (version, kind) => {
      const target = pypiTarget(section, version, kind);
      const built = await builtPythonFiles(ctx, target);
      if (built.length === 0) {
        return fail(
          `dist ${shownDist(ctx)} holds no wheel or sdist of ${target.subject}, so nothing proves what was built; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`
        );
      }
      try {
        return await verify(ctx, target, built);
      } catch (error) {
        if (error instanceof PypiError) return fail(`cannot verify ${target.subject} on ${target.indexKey} ${target.shownIndex}: ${error.message}`);
        throw error;
      }
    })
});
