import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { GitHubError } from '../../clients/github/errors.js';
import { SigstoreVerificationError } from '../../clients/sigstore/errors.js';
import type { SignerPolicy, SigstoreVerifier } from '../../clients/sigstore/index.js';
import { signerMismatch } from '../../clients/sigstore/signer-policy.js';
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
  type GateContext,
  type SectionValue
} from '../../gate.js';
import { sha256File } from '../../util/hash.js';
import { summarizeProblems } from '../../util/problems.js';
import { WorkspaceFileError, readWorkspaceText } from '../../util/workspace-file.js';
import { InTotoFormatError, readDsseStatement } from '../../formats/in-toto.js';
import { parseJson } from '../../util/json.js';
import { SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1, gitContextNamesRepository } from '../../formats/buildkit-provenance.js';
import { planAndReadImageAttestations, statementsOf, type AttestationStatement } from '../shared/buildkit-attestations.js';
import { listDistFiles, shownDist } from '../shared/dist-files.js';
import { signerPolicy, signerVerifier } from '../shared/supply-chain-signer.js';

/** A provenance file in dist: a few bundles of a few KiB each; attest-build-provenance's JSON Lines stay far below this. */
export const MAX_PROVENANCE_FILE_BYTES = 16 * 1024 * 1024;
/** Bundles read from one JSON Lines file; more is not a provenance file. */
const MAX_BUNDLES_PER_FILE = 1000;

type SupplyChainSection = SectionValue<'supply-chain'>;

interface PartResult {
  problems: string[];
  details: string[];
  /** What passed, for the summary; null when the part did not run. */
  found: string | null;
  table?: { columns: string[]; rows: string[][] };
}

interface Subject {
  name: string;
  sha256: string;
  /** Where the first verified SLSA v1 statement from the signer that names it came from; null while none did. */
  coveredBy: string | null;
}

/** One bundle to verify, with where it came from (for messages and the table). */
interface SourcedBundle {
  bundle: unknown;
  source: string;
}

/** Bundles of a provenance file: one JSON bundle, or JSON Lines of them (actions/attest-build-provenance's bundle-path). */
function bundlesIn(text: string, shown: string): SourcedBundle[] {
  // Depth bounded before parsing (util/json.ts): a bundle nested millions of levels deep is refused with
  // the reason (by the line below) instead of overflowing the stack in the verifier or the content hash.
  const whole = parseJson(text);
  if (whole.ok && whole.value !== null && typeof whole.value === 'object' && !Array.isArray(whole.value)) return [{ bundle: whole.value, source: shown }];
  // Not one JSON document: read it as JSON Lines below.
  const lines = text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '');
  if (lines.length === 0) throw new CheckFailed(`${shown} is empty; it should hold the Sigstore bundle(s) actions/attest-build-provenance wrote`);
  if (lines.length > MAX_BUNDLES_PER_FILE) throw new CheckFailed(`${shown} holds ${lines.length} lines, more than the ${MAX_BUNDLES_PER_FILE} bundles read`);
  return lines.map(({ line, number }) => {
    const parsed = parseJson(line);
    if (!parsed.ok) {
      throw new CheckFailed(
        parsed.deep
          ? `${lines.length === 1 ? shown : `${shown} line ${number}`} is ${parsed.reason}; a Sigstore bundle is a flat JSON document — write the bundle actions/attest-build-provenance produced`
          : `${shown} line ${number} is not JSON; a provenance file is one Sigstore bundle (JSON) or JSON Lines of them`
      );
    }
    const bundle = parsed.value;
    if (bundle === null || typeof bundle !== 'object' || Array.isArray(bundle)) {
      throw new CheckFailed(`${shown} line ${number} is not a JSON object (a Sigstore bundle was expected)`);
    }
    return { bundle, source: lines.length === 1 ? shown : `${shown} line ${number}` };
  });
}

/**
 * Verifies bundles and records, for every subject, the first verified SLSA v1 provenance from the signer that
 * names its sha256. A bundle that does not verify is a problem (even when others are good); a verified bundle
 * from another signer or of another predicate type does not count and is only noted in the details.
 */
class Coverage {
  /** Bundles already verified (by content hash): GitHub lists the same attestation under every subject it covers. */
  private readonly seen = new Set<string>();
  readonly problems: string[] = [];
  readonly details: string[] = [];

  constructor(
    private readonly verifier: SigstoreVerifier,
    private readonly policy: SignerPolicy,
    private readonly subjects: Map<string, Subject[]>
  ) {}

  async add({ bundle, source }: SourcedBundle): Promise<void> {
    // The text is hashed as it is, not copied into a Buffer first: a bundle of MiBs, checked a hundred at a
    // time, would otherwise leave a MiB-sized native copy per bundle for the garbage collector to find.
    const key = createHash('sha256').update(JSON.stringify(bundle)).digest('hex');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    let verified;
    try {
      verified = await this.verifier.verify(bundle);
    } catch (error) {
      if (error instanceof SigstoreVerificationError) {
        this.problems.push(`${source}: ${clip(error.message, 300)}; a provenance bundle that does not verify fails the check — remove it or attest again`);
        return;
      }
      throw error;
    }
    const mismatch = signerMismatch(verified.signer, this.policy);
    if (mismatch) {
      this.details.push(`${source}: does not count — ${mismatch}`);
      return;
    }
    if (verified.content.kind !== 'dsse') {
      this.details.push(`${source}: does not count — a signature over a file, not an in-toto provenance statement`);
      return;
    }
    let statement;
    try {
      statement = readDsseStatement(verified.content.payloadType, verified.content.payload);
    } catch (error) {
      if (error instanceof InTotoFormatError) {
        this.problems.push(`${source}: signed by the release workflow but unusable: ${error.message}`);
        return;
      }
      throw error;
    }
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
      this.details.push(`${source}: does not count — predicate type ${clip(statement.predicateType, 120)}, not ${SLSA_PROVENANCE_V1}`);
      return;
    }
    let named = 0;
    for (const s of statement.subjects) {
      for (const subject of (s.sha256 && this.subjects.get(s.sha256)) || []) {
        subject.coveredBy ??= source;
        named++;
      }
    }
    this.details.push(`${source}: verified SLSA provenance from ${this.policy.san}, naming ${named} dist file(s)`);
  }
}

/** Verifies the bundles of each provenance file in turn: one file's text and bundles are held at a time. */
async function addProvenanceFiles(ctx: GateContext, names: readonly string[], coverage: Coverage): Promise<void> {
  for (const name of names) {
    const shown = `${shownDist(ctx)}/${clip(name)}`;
    let text: string;
    try {
      text = await readWorkspaceText(ctx.settings.workspace, path.join(ctx.settings.distDir, name), {
        maxBytes: MAX_PROVENANCE_FILE_BYTES,
        purpose: 'a provenance file',
        shown
      });
    } catch (error) {
      if (error instanceof WorkspaceFileError) throw new CheckFailed(error.message);
      throw error;
    }
    for (const bundle of bundlesIn(text, shown)) await coverage.add(bundle);
  }
}

/** Every release file in dist is the subject of a verified SLSA v1 provenance bundle from the signer. */
async function checkDist(ctx: GateContext, section: SupplyChainSection): Promise<PartResult> {
  const release = sectionOf(ctx.config, 'release');
  if (release.state === 'missing') {
    return {
      problems: [sectionMissingMessage('release', 'provenance', { purpose: 'for the provenance file pattern (release.provenance)' })],
      details: [],
      found: null
    };
  }
  if (release.state === 'off') return { problems: [], details: [`release files in dist not checked: ${sectionOffMessage('release')}`], found: null };
  const pattern = release.value.provenance;
  try {
    const files = await listDistFiles(ctx);
    const provenanceFiles = files.filter((name) => path.matchesGlob(name, pattern));
    const releaseFiles = files.filter((name) => !path.matchesGlob(name, pattern));
    if (releaseFiles.length === 0) {
      return {
        problems: [`dist folder ${shownDist(ctx)} holds no release file (besides provenance bundles); download the release files into it`],
        details: [],
        found: null
      };
    }
    const bySha = new Map<string, Subject[]>();
    const subjects: Subject[] = [];
    for (const name of releaseFiles) {
      const { hex } = await sha256File(path.join(ctx.settings.distDir, name));
      const subject: Subject = { name, sha256: hex, coveredBy: null };
      subjects.push(subject);
      bySha.set(hex, [...(bySha.get(hex) ?? []), subject]);
    }
    // Trust first: without it no bundle can be believed (a CheckFailed naming the cause).
    const verifier = await signerVerifier(ctx, section);
    const coverage = new Coverage(verifier, signerPolicy(ctx, section), bySha);
    await addProvenanceFiles(ctx, provenanceFiles, coverage);

    // GitHub is asked only for files no dist bundle covered: one attestation (actions/attest-build-provenance
    // over dist/*) usually names every file, so after the first answer the other files are covered already and
    // a release of many files costs one request instead of one per file. The contract's "bundles come from
    // both" still holds: a file a dist bundle does not cover is looked up on GitHub.
    // Bundle URLs already fetched for one subject are not fetched again for the next (Coverage would skip them anyway).
    const fetchedUrls = new Set<string>();
    for (const subject of subjects) {
      if (subject.coveredBy !== null) continue;
      try {
        // Each bundle is verified as it arrives and dropped: the next bundle_url is fetched after this one is checked.
        await ctx.clients.github.listAttestations(`sha256:${subject.sha256}`, (attestation) => coverage.add(attestation), fetchedUrls);
      } catch (error) {
        if (error instanceof GitHubError) {
          coverage.problems.push(`GitHub attestations of ${shownDist(ctx)}/${clip(subject.name)}: ${clip(error.message, 400)}`);
          break;
        }
        throw error;
      }
    }

    const problems = [...coverage.problems];
    const uncovered = subjects.filter((s) => s.coveredBy === null);
    if (uncovered.length > 0) {
      problems.push(
        `${uncovered.length} release file(s) in ${shownDist(ctx)} have no verified SLSA provenance (${SLSA_PROVENANCE_V1}) from ${signerPolicy(ctx, section).san}: ${clip(
          uncovered.map((s) => s.name).join(', '),
          200
        )}; attest them in that workflow (actions/attest-build-provenance with subject-path covering every file)`
      );
    }
    return {
      problems,
      details: coverage.details,
      found: `${subjects.length} release file(s) in ${shownDist(ctx)} covered by verified SLSA provenance`,
      table: {
        columns: ['file', 'sha256', 'covered by', 'verdict'],
        rows: subjects.map((s) => [s.name, s.sha256, s.coveredBy ?? '—', s.coveredBy ? 'attested' : 'not attested'])
      }
    };
  } catch (error) {
    if (error instanceof CheckFailed) return { problems: [error.message], details: [], found: null };
    throw error;
  }
}

/**
 * The problems (and, when it passes, the detail) of one BuildKit provenance statement: every revision it
 * records (src/formats/buildkit-provenance.ts: vcs hint, Git-context config source) must be `sha`, a Git
 * context must be this repository, and at least one must be recorded. Each message names the place read.
 */
function judgeRevisions(
  ctx: GateContext,
  statement: AttestationStatement,
  platform: string,
  where: string,
  fix: string
): { problems: string[]; details: string[] } {
  const sha = ctx.settings.sha.toLowerCase();
  const layer = `the provenance (layer ${statement.layerDigest})`;
  // Read with the layer (src/checks/shared/buildkit-attestations.ts); null for any other predicate type.
  const recorded = statement.provenance;
  if (recorded === null) return { problems: [], details: [] };
  if (recorded.revisions.length === 0) {
    return {
      problems: [
        `${where}: ${layer} records no vcs.revision, so nothing ties the image to commit ${sha} (read ${recorded.read.join(' and ')}: neither is set); ${fix}`
      ],
      details: []
    };
  }
  const { serverUrl, owner, repo } = ctx.settings;
  const repository = `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}`;
  const problems: string[] = [];
  const details: string[] = [];
  for (const r of recorded.revisions) {
    if (r.kind === 'config-source' && (r.uri === null || !gitContextNamesRepository(r.uri, serverUrl, owner, repo))) {
      problems.push(
        `${where}: ${layer} is a Git-context build of ${r.uri === null ? 'an unnamed repository (no uri)' : clip(r.uri, 200)} (${r.place.replace(/\.digest\.sha1$/, '.uri')}), not of ${repository}; build this repository's release commit`
      );
    } else if (r.revision.toLowerCase() !== sha) {
      problems.push(`${where}: ${layer} records commit ${clip(r.revision, 60)}, not the release commit ${sha} (read at ${r.place}); ${fix}`);
    } else {
      details.push(
        `${platform}: ${statement.predicateType} provenance records commit ${sha}${r.kind === 'config-source' ? ` (Git context ${clip(r.uri ?? '', 200)})` : ''}`
      );
    }
  }
  return { problems, details };
}

/** With `image-attestations`, every image platform carries BuildKit provenance whose vcs.revision is `sha`. */
async function checkImage(ctx: GateContext): Promise<PartResult> {
  const planned = await planAndReadImageAttestations(ctx, 'provenance', 'image provenance attestations');
  if (planned.state === 'ended') return { problems: planned.problems, details: planned.details, found: null };
  const { attestations, plan } = planned;
  const sha = ctx.settings.sha.toLowerCase();
  const fix = 'build with docker/build-push-action "provenance: mode=max" from the release commit and push again';
  const problems: string[] = [];
  const details: string[] = [];
  for (const platform of attestations.platforms) {
    const where = `${attestations.reference} (${platform.platform})`;
    if (platform.attestationDigest === null) {
      problems.push(`${where} has no BuildKit attestation manifest for its platform manifest ${platform.manifestDigest}; ${fix}`);
      continue;
    }
    const statements = [...statementsOf(platform, SLSA_PROVENANCE_V02), ...statementsOf(platform, SLSA_PROVENANCE_V1)];
    if (statements.length === 0) {
      problems.push(
        `${where}: attestation manifest ${platform.attestationDigest} has no SLSA provenance (${SLSA_PROVENANCE_V02} or ${SLSA_PROVENANCE_V1}); ${fix}`
      );
      continue;
    }
    for (const statement of statements) {
      const judged = judgeRevisions(ctx, statement, platform.platform, where, fix);
      problems.push(...judged.problems);
      details.push(...judged.details);
    }
  }
  return {
    problems,
    details,
    found: `BuildKit provenance of ${plan.target.platforms.join(', ')} of ${plan.written}@${plan.target.digest} records ${sha.slice(0, 12)}`
  };
}

async function checkProvenance(ctx: GateContext, section: SupplyChainSection): Promise<CheckOutcome> {
  const [dist, image] = await Promise.all([checkDist(ctx, section), checkImage(ctx)]);
  const problems = [...dist.problems, ...image.problems];
  const details = [...dist.details, ...image.details];
  const table = dist.table ? { table: dist.table } : {};
  if (problems.length > 0) {
    return fail(summarizeProblems(problems, 'provenance'), { details: [...(problems.length > 1 ? problems : []), ...details], ...table });
  }
  const found = [dist.found, image.found].filter((f): f is string => f !== null);
  // Never a pass on nothing: release: false and no image attestations leave nothing proven.
  if (found.length === 0)
    return fail('no provenance was checked: release: false and no image attestations to read; configure release.provenance or set "supply-chain: false"', {
      details
    });
  return pass(found.join('; '), { details, ...table });
}

/**
 * `provenance`: every release file in dist (all but the provenance bundles themselves) is the subject, by sha256,
 * of a verified SLSA v1 provenance bundle from the signer (the release workflow at the tag and commit). Bundles
 * come from dist files matching `release.provenance` and from GitHub's attestations. With
 * `supply-chain.image-attestations`, every image platform's BuildKit provenance records `sha` as vcs.revision.
 * For a rehearsal tag the dist part runs and the image part skips.
 */
export const provenance = defineCheck({
  id: 'provenance',
  sections: ['supply-chain'],
  run: (ctx, { 'supply-chain': section }) => withVersion(ctx, () => checkProvenance(ctx, section))
});
