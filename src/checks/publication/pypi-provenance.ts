import { PypiError } from '../../clients/pypi.js';
import { messageOf } from '../../util/text.js';
import { mapLimit } from '../../util/map-limit.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { shownDist } from '../shared/dist-files.js';
import { builtPythonFiles, countFiles, pypiTarget } from '../shared/pypi.js';
import { CONCURRENT_FETCHES, fileTargets, judgeFile, type ExpectedPublisher } from '../shared/pypi-publisher.js';
import { expectedSigner, isTrust, publisherTrust } from '../shared/publisher-trust.js';

async function checkPypiProvenance(ctx: GateContext, section: SectionValue<'pypi'>, version: string, kind: 'release' | 'rehearsal'): Promise<CheckOutcome> {
  const trust = await publisherTrust(ctx, 'pypi-provenance', section.provenance, 'pypi.provenance');
  if (!isTrust(trust)) return trust;
  const target = pypiTarget(section, version, kind);
  const built = await builtPythonFiles(ctx, target);
  if (built.length === 0) {
    return fail(
      `dist ${shownDist(ctx)} holds no wheel or sdist of ${target.subject}, so there is nothing whose provenance to check; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`
    );
  }
  const expected: ExpectedPublisher = {
    repository: `${ctx.settings.owner}/${ctx.settings.repo}`,
    workflow: trust.workflowFile,
    environment: section.environment ?? null
  };
  const api = ctx.clients.pypi(target.index);
  const { targets, notes } = await fileTargets(ctx, api, target, built);
  const findings = await mapLimit(targets, CONCURRENT_FETCHES, (t) => judgeFile(trust, expected, api, target, t));
  const problems = findings.flatMap((f) => f.problems);
  // Failing files first, so the row that matters is the one a reader sees.
  const rows = [...findings.filter((f) => f.problems.length > 0), ...findings.filter((f) => f.problems.length === 0)].map((f) => f.row);
  const table = { columns: ['file', 'publisher', 'signer', 'commit', 'verdict'], rows };
  const details = [...problems, ...findings.flatMap((f) => f.notes), ...notes];
  if (problems.length > 0) {
    const failed = findings.filter((f) => f.problems.length > 0).length;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more, see details)` : '';
    return fail(`${failed} of ${built.length} files of ${target.subject} lack provenance from the release workflow: ${problems[0]}${more}`, { details, table });
  }
  const environment = expected.environment ? ` in environment ${expected.environment}` : '';
  return pass(
    `all ${built.length} files of ${target.subject} (${countFiles(
      built.map((b) => b.file),
      target.project,
      target.version
    )}) carry PEP 740 provenance on ${target.indexKey} ${target.shownIndex}, published by ${expected.repository} ${expected.workflow}${environment} and signed by ${expectedSigner(trust.policy)}`,
    { details, table }
  );
}

/**
 * `pypi-provenance`: every wheel and sdist of the version has a PEP 740 provenance object with an attestation bundle
 * from this repository's release workflow (and `pypi.environment`), whose attestation verifies from the signer
 * identity of `supply-chain` and attests exactly that file and sha256 with PyPI's publish predicate. Rehearsal tags
 * are checked against pypi.rehearsal-index.
 */
export const pypiProvenance = defineCheck({
  id: 'pypi-provenance',
  sections: ['pypi'],
  run: (ctx, { pypi: section }) =>
    withVersion(ctx, async (version, kind) => {
      try {
        return await checkPypiProvenance(ctx, section, version, kind);
      } catch (error) {
        if (error instanceof PypiError) return fail(`cannot check PEP 740 provenance: ${messageOf(error)}`);
        throw error;
      }
    })
});
