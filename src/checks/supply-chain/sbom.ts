import * as path from 'node:path';
import { clip } from '../../util/text.js';
import {
  CheckFailed,
  defineCheck,
  fail,
  pass,
  sectionMissingMessage,
  sectionOf,
  sectionOffMessage,
  withVersion,
  type CheckOutcome,
  type GateContext
} from '../../gate.js';
import { summarizeProblems } from '../../util/problems.js';
import { JsonStreamError } from '../../util/json-stream.js';
import { WorkspaceFileError, readWorkspaceChunks } from '../../util/workspace-file.js';
import { MAX_WHOLE_STATEMENT_BYTES, SPDX_PREDICATE_TYPE, planAndReadImageAttestations, statementsOf } from '../shared/buildkit-attestations.js';
import { listDistFiles, shownDist } from '../shared/dist-files.js';
import { SpdxReader, type SpdxValidation } from '../../formats/spdx.js';

/** An SPDX JSON document of a large image (every file listed) runs to tens of MiB. */
export const MAX_SBOM_BYTES = 64 * 1024 * 1024;

interface PartResult {
  problems: string[];
  details: string[];
  /** What passed, for the summary; null when the part did not run. */
  found: string | null;
}

/** Every dist file matching `release.sbom` is a valid SPDX 2.2/2.3 JSON document; at least one is there. */
async function checkDist(ctx: GateContext): Promise<PartResult> {
  const release = sectionOf(ctx.config, 'release');
  if (release.state === 'missing') {
    return { problems: [sectionMissingMessage('release', 'sbom', { purpose: 'for the SBOM file pattern (release.sbom)' })], details: [], found: null };
  }
  if (release.state === 'off') return { problems: [], details: [`SBOM files in dist not checked: ${sectionOffMessage('release')}`], found: null };
  const pattern = release.value.sbom;
  let files: readonly string[];
  try {
    files = await listDistFiles(ctx);
  } catch (error) {
    if (error instanceof CheckFailed) return { problems: [error.message], details: [], found: null };
    throw error;
  }
  const sboms = files.filter((name) => path.matchesGlob(name, pattern));
  if (sboms.length === 0) {
    return {
      problems: [
        `dist folder ${shownDist(ctx)} holds no file matching release.sbom "${clip(pattern)}"; write the SBOM there (e.g. anchore/sbom-action with format spdx-json and output-file ${shownDist(ctx)}/<name>.spdx.json)`
      ],
      details: [],
      found: null
    };
  }
  const problems: string[] = [];
  const details: string[] = [];
  for (const name of sboms) {
    const shown = `${shownDist(ctx)}/${clip(name)}`;
    let result: SpdxValidation;
    const reader = new SpdxReader();
    try {
      // Streamed into the reader a MiB at a time: an SBOM of a large image runs to tens of MiB.
      const rel = path.join(ctx.settings.distDir, name);
      await readWorkspaceChunks(ctx.settings.workspace, rel, { maxBytes: MAX_SBOM_BYTES, purpose: 'an SBOM', shown }, (chunk) => reader.write(chunk));
      result = reader.end();
    } catch (error) {
      if (error instanceof WorkspaceFileError) {
        problems.push(error.message);
        continue;
      }
      if (!(error instanceof JsonStreamError)) throw error;
      const why = error.deep ? `is ${error.message} (real SBOMs stay under 20)` : 'is not JSON';
      problems.push(`${shown} ${why}; write the SBOM as SPDX JSON (syft -o spdx-json, anchore/sbom-action format: spdx-json)`);
      continue;
    }
    if (!result.ok) problems.push(`${shown} ${result.problem}`);
    else details.push(`${shown}: ${result.document.version}, ${result.document.packages} package(s), created ${result.document.created}`);
  }
  return { problems, details, found: `${sboms.length} SPDX file${sboms.length === 1 ? '' : 's'} in ${shownDist(ctx)} (${clip(sboms.join(', '), 160)})` };
}

/** With `image-attestations`, every image platform carries BuildKit's SPDX SBOM attestation, and it validates. */
async function checkImage(ctx: GateContext): Promise<PartResult> {
  const planned = await planAndReadImageAttestations(ctx, 'sbom', 'image SBOM attestations');
  if (planned.state === 'ended') return { problems: planned.problems, details: planned.details, found: null };
  const { attestations, plan } = planned;
  const problems: string[] = [];
  const details: string[] = [];
  const fix = 'build with docker/build-push-action "sbom: true" (BuildKit --sbom=true) and push again';
  for (const platform of attestations.platforms) {
    const where = `${attestations.reference} (${platform.platform})`;
    if (platform.attestationDigest === null) {
      problems.push(`${where} has no BuildKit attestation manifest for its platform manifest ${platform.manifestDigest}; ${fix}`);
      continue;
    }
    const statements = statementsOf(platform, SPDX_PREDICATE_TYPE);
    if (statements.length === 0) {
      problems.push(`${where}: attestation manifest ${platform.attestationDigest} has no SPDX SBOM (predicate type ${SPDX_PREDICATE_TYPE}); ${fix}`);
      continue;
    }
    for (const statement of statements) {
      const sbom = statement.sbom!;
      const layer = `the SPDX SBOM attestation (layer ${statement.layerDigest})`;
      if (!sbom.whole) {
        // Too large to parse whole within the memory budget: the statement is checked, the document is not.
        if (sbom.spdxVersion !== 'SPDX-2.2' && sbom.spdxVersion !== 'SPDX-2.3') {
          problems.push(
            `${where}: ${layer} has spdxVersion ${sbom.spdxVersion === null ? 'missing' : `"${sbom.spdxVersion}"`}, not SPDX-2.2 or SPDX-2.3; ${fix}`
          );
        } else {
          details.push(
            `${platform.platform}: ${sbom.spdxVersion} SBOM attestation of ${sbom.bytes} bytes in ${platform.attestationDigest} (its statement checked; the document is larger than the ${MAX_WHOLE_STATEMENT_BYTES} bytes validated whole)`
          );
        }
        continue;
      }
      const result = sbom.validation;
      if (!result.ok) problems.push(`${where}: ${layer} ${result.problem}`);
      else
        details.push(
          `${platform.platform}: ${result.document.version} SBOM attestation (${result.document.packages} package(s)) in ${platform.attestationDigest}`
        );
    }
  }
  return { problems, details, found: `SPDX SBOM attestations for ${plan.target.platforms.join(', ')} of ${plan.written}@${plan.target.digest}` };
}

async function checkSbom(ctx: GateContext): Promise<CheckOutcome> {
  const [dist, image] = await Promise.all([checkDist(ctx), checkImage(ctx)]);
  const problems = [...dist.problems, ...image.problems];
  const details = [...dist.details, ...image.details];
  if (problems.length > 0) return fail(summarizeProblems(problems, 'SBOM'), { details: [...(problems.length > 1 ? problems : []), ...details] });
  const found = [dist.found, image.found].filter((f): f is string => f !== null);
  // Never a pass on nothing: release: false and no image attestations leave nothing to prove.
  if (found.length === 0)
    return fail('no SBOM was checked: release: false and no image attestations to read; configure release.sbom or set "supply-chain: false"', { details });
  return pass(`${found.join('; ')}: valid SPDX`, { details });
}

/**
 * `sbom`: `dist` holds at least one file matching `release.sbom`, each a valid SPDX 2.2/2.3 JSON document
 * (the SPDX JSON schema, `SPDXID` `SPDXRef-DOCUMENT`, a `documentNamespace`, a `created` date); with
 * `supply-chain.image-attestations`, every image platform carries a BuildKit SPDX SBOM attestation that
 * validates too. For a rehearsal tag the dist part runs and the image part is skipped.
 */
export const sbom = defineCheck({
  id: 'sbom',
  sections: ['supply-chain'],
  run: (ctx) => withVersion(ctx, () => checkSbom(ctx))
});
