import type { NpmApi } from '../../clients/npm/index.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { waitNote } from '../../util/poll.js';
import { absentMessage, awaitNpmRelease, checkDistTarball, compareRegistryTarball, distTarballs, NPM_TOKEN_HINT, shortSri } from '../shared/npm.js';

/** What one package's check found: its table row and its problems (empty when it holds). */
interface PackageFinding {
  row: string[];
  problems: string[];
  notes: string[];
}

async function checkPackage(ctx: GateContext, api: NpmApi, registry: string, inDist: Set<string>, name: string, version: string): Promise<PackageFinding> {
  const subject = `${clip(name)}@${version}`;
  const sha = ctx.settings.sha;
  const row = (integrity: string, tarball: string, local: string, gitHead: string) => [name, integrity, tarball, local, gitHead];
  let waited;
  try {
    waited = await awaitNpmRelease(ctx, `npm: ${subject} on ${registry}`, api, name, version, () => api.publishedVersion(name, version));
  } catch (error) {
    return { row: row('could not be checked', '-', '-', '-'), problems: [messageOf(error)], notes: [] };
  }
  const notes = waitNote(waited).map((note) => `${subject}: ${note}`);
  const served = waited.value;
  if (served === null) {
    // Without npm-token a restricted package answers 404, exactly as one never published.
    const restricted = waited.lastSeen?.includes('(404)') && !api.hasToken ? `; a restricted package answers 404 without npm-token: ${NPM_TOKEN_HINT}` : '';
    return { row: row('not published', '-', '-', '-'), problems: [absentMessage(ctx, subject, registry, waited) + restricted], notes };
  }
  const { manifest, recorded, digest } = served;

  const problems: string[] = [];
  // gitHead is written by npm publish in a Git checkout; a version published elsewhere has none.
  let gitHeadCell = 'not recorded';
  if (manifest.gitHead !== null) {
    if (manifest.gitHead.toLowerCase() === sha) gitHeadCell = `${sha.slice(0, 12)} (sha)`;
    else {
      gitHeadCell = `${clip(manifest.gitHead.slice(0, 12))}… (not sha)`;
      problems.push(
        `${subject} was published from commit ${clip(manifest.gitHead, 64)}, not ${sha}; the version is burned with another commit's code: release a new patch version from ${sha.slice(0, 12)}`
      );
    }
  }
  if ('problem' in recorded || digest === null) {
    const why = 'problem' in recorded ? recorded.problem : `${subject}: the tarball was not checked`;
    return { row: row('no sha512', 'not checked', 'not checked', gitHeadCell), problems: [...problems, why], notes };
  }
  const remote = compareRegistryTarball(manifest, digest, recorded.sha512, subject);
  const local = await checkDistTarball(ctx, inDist, name, version, recorded.sha512, subject);
  for (const finding of [remote, local]) if (finding.problem) problems.push(finding.problem);
  return { row: row(shortSri(recorded.sha512), remote.cell, local.cell, gitHeadCell), problems, notes };
}

async function checkNpm(ctx: GateContext, npm: SectionValue<'npm'>, version: string): Promise<CheckOutcome> {
  const registry = npm.registry;
  // With npm-token, restricted packages can be read too; the token goes to this registry's host only.
  const api = ctx.clients.npm(registry);
  const inDist = await distTarballs(ctx);
  const findings = await Promise.all(npm.packages.map((name) => checkPackage(ctx, api, registry, inDist, name, version)));
  const table = { columns: ['package', 'dist.integrity', 'registry tarball', 'dist tarball', 'gitHead'], rows: findings.map((f) => f.row) };
  const problems = findings.flatMap((f) => f.problems);
  const notes = findings.flatMap((f) => f.notes);
  if (problems.length > 0) {
    const failed = findings.filter((f) => f.problems.length > 0).length;
    return fail(`${failed} of ${npm.packages.length} npm package(s) fail: ${problems[0]}`, { details: [...problems, ...notes], table });
  }
  const compared = findings.filter((f) => f.row[3]!.startsWith('matches')).length;
  const local = compared > 0 ? ` and ${compared} npm pack tarball(s) in dist` : '';
  return pass(`${npm.packages.length} npm package(s) hold ${version} on ${registry}; each dist.integrity (sha512) matches the registry's tarball${local}`, {
    details: notes,
    table
  });
}

/**
 * `npm`: every npm.packages entry has the version; its dist.integrity (sha512) is what the
 * registry's tarball hashes to, and what the `npm pack` tarball in dist hashes to where there
 * is one; its gitHead, where recorded, is `sha`. Waits while the version is not listed yet.
 */
export const npm = defineCheck({
  id: 'npm',
  sections: ['npm'],
  releaseOnly: 'npm publication',
  run: (ctx, { npm: section }) => withVersion(ctx, (version) => checkNpm(ctx, section, version))
});
