/**
 * For `status` of a burned version: whether what PyPI and npm hold was published by the release workflow — the first
 * question after a partial or suspicious publication. The evidence and its judging are `publication`'s
 * (`pypi-provenance`, `npm-provenance`): here the files are the ones the index lists (there is no dist), and the
 * commit they must come from is the one the release tag points at.
 */
import { PypiError } from '../clients/pypi.js';
import { CheckFailed, sectionOf, type GateContext } from '../gate.js';
import { messageOf } from '../util/text.js';
import { mapLimit } from '../util/map-limit.js';
import { tagRefOnce } from '../checks/shared/version-holders.js';
import { isTrust, publisherTrust, type PublisherTrust } from '../checks/shared/publisher-trust.js';
import { CONCURRENT_FETCHES, fileTargets, judgeFile, type ExpectedPublisher } from '../checks/shared/pypi-publisher.js';
import { checkPackage } from '../checks/shared/npm-publisher.js';
import { pypiTarget } from '../checks/shared/pypi.js';

export interface PublisherVerdict {
  /** The place, as status names it: `PyPI`, `npm @sketchlog/client`. */
  place: string;
  /** true: the release workflow published all of it; false: something was not; null: it could not be told. */
  byReleaseWorkflow: boolean | null;
  detail: string;
}

/** The commit the release tag points at (through an annotated tag object), or null when there is no tag. */
async function releaseCommit(ctx: GateContext): Promise<string | null> {
  const ref = await tagRefOnce(ctx, ctx.release.tag);
  if (ref === null) return null;
  if (ref.object.type !== 'tag') return ref.object.sha.toLowerCase();
  return (await ctx.clients.github.getTagObject(ref.object.sha)).object.sha.toLowerCase();
}

/**
 * The release's signer trust, held to the tagged commit; the reason when it cannot be had; null when the project does
 * not publish with provenance (no `supply-chain` section, or provenance turned off), so there is nothing to ask.
 */
async function trustFor(ctx: GateContext, provenance: boolean, offKey: string, commit: string | null): Promise<PublisherTrust | string | null> {
  if (!provenance || sectionOf(ctx.config, 'supply-chain').state !== 'on') return null;
  let trust;
  try {
    trust = await publisherTrust(ctx, 'status', provenance, offKey);
  } catch (error) {
    // No trusted material (an unreadable trusted root, TUF out of reach): nothing can be told, never "yes".
    if (error instanceof CheckFailed) return error.message;
    throw error;
  }
  if (!isTrust(trust)) return trust.summary;
  if (commit === null) return `the release tag ${ctx.release.tag} does not exist, so no run of the release workflow for it can be told apart`;
  return { ...trust, policy: { ...trust.policy, sourceCommit: commit } };
}

async function pypiVerdict(ctx: GateContext, version: string, commit: string | null): Promise<PublisherVerdict | null> {
  const section = sectionOf(ctx.config, 'pypi');
  if (section.state !== 'on') return null;
  const place = 'PyPI';
  const trust = await trustFor(ctx, section.value.provenance, 'pypi.provenance', commit);
  if (trust === null) return null;
  if (typeof trust === 'string') return { place, byReleaseWorkflow: null, detail: trust };
  const target = pypiTarget(section.value, version, 'release');
  const api = ctx.clients.pypi(target.index);
  const release = await api.release(target.project, target.version);
  if (release === null) return null;
  const files = release.dists.map((d) => ({ file: d.filename, sha256: d.sha256 }));
  const expected: ExpectedPublisher = {
    repository: `${ctx.settings.owner}/${ctx.settings.repo}`,
    workflow: trust.workflowFile,
    environment: section.value.environment ?? null
  };
  const { targets } = await fileTargets(ctx, api, target, files);
  const findings = await mapLimit(targets, CONCURRENT_FETCHES, (t) => judgeFile(trust, expected, api, target, t));
  const failed = findings.filter((f) => f.problems.length > 0);
  if (failed.length === 0)
    return { place, byReleaseWorkflow: true, detail: `all ${files.length} files carry PEP 740 provenance from ${expected.repository} ${expected.workflow}` };
  return {
    place,
    byReleaseWorkflow: false,
    detail: `${failed.length} of ${files.length} files were not published by the release workflow: ${failed[0]!.problems[0]!}`
  };
}

async function npmVerdicts(ctx: GateContext, version: string, commit: string | null, holders: ReadonlySet<string>): Promise<PublisherVerdict[]> {
  const section = sectionOf(ctx.config, 'npm');
  if (section.state !== 'on') return [];
  const names = section.value.packages.filter((name) => holders.has(`npm ${name}`));
  if (names.length === 0) return [];
  const trust = await trustFor(ctx, section.value.provenance, 'npm.provenance', commit);
  if (trust === null) return [];
  const api = ctx.clients.npm(section.value.registry);
  return Promise.all(
    names.map(async (name): Promise<PublisherVerdict> => {
      const place = `npm ${name}`;
      if (typeof trust === 'string') return { place, byReleaseWorkflow: null, detail: trust };
      const finding = await checkPackage(ctx, trust, api, section.value.registry, name, version);
      if (finding.problems.length === 0) return { place, byReleaseWorkflow: true, detail: `npm provenance from ${finding.row[2]} at ${finding.row[3]}` };
      const unknown = finding.row[4] === 'could not be checked';
      return { place, byReleaseWorkflow: unknown ? null : false, detail: finding.problems[0]! };
    })
  );
}

/**
 * Who published what the registries hold, for the places that hold `version`. A place whose provenance cannot be
 * read is "could not be told" (null), never "by the release workflow".
 */
export async function publisherVerdicts(ctx: GateContext, version: string, holders: ReadonlySet<string>): Promise<PublisherVerdict[]> {
  let commit: string | null;
  try {
    commit = await releaseCommit(ctx);
  } catch (error) {
    const detail = `the release tag ${ctx.release.tag} could not be read: ${messageOf(error)}`;
    return [...holders].filter((p) => p === 'PyPI' || p.startsWith('npm ')).map((place) => ({ place, byReleaseWorkflow: null, detail }));
  }
  const pypi = holders.has('PyPI')
    ? await pypiVerdict(ctx, version, commit).catch((error: unknown): PublisherVerdict => {
        if (error instanceof PypiError) return { place: 'PyPI', byReleaseWorkflow: null, detail: messageOf(error) };
        return { place: 'PyPI', byReleaseWorkflow: null, detail: `could not be checked: ${messageOf(error)}` };
      })
    : null;
  const npm = await npmVerdicts(ctx, version, commit, holders);
  return [...(pypi ? [pypi] : []), ...npm];
}
