import type { NpmApi } from '../../clients/npm/index.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { waitNote } from '../../util/poll.js';
import { absentMessage, awaitNpmRelease, compareRegistryTarball, shortSri } from '../shared/npm.js';

interface PackageFinding {
  row: string[];
  problems: string[];
  notes: string[];
}

async function resolvePackage(ctx: GateContext, api: NpmApi, registry: string, name: string, version: string): Promise<PackageFinding> {
  const subject = `${clip(name)}@${version}`;
  let waited;
  try {
    waited = await awaitNpmRelease(ctx, `npm-resolves: ${subject} on ${registry}`, api, name, version, () => api.installVersion(name, version));
  } catch (error) {
    return { row: [name, 'could not be checked', '-'], problems: [messageOf(error)], notes: [] };
  }
  const notes = waitNote(waited).map((note) => `${subject}: ${note}`);
  const served = waited.value;
  if (served === null) {
    // npm answers 404 to an anonymous reader of a restricted package, exactly as for a missing one.
    const restricted = waited.lastSeen?.includes('(404)')
      ? `; a restricted package also answers 404 to anonymous readers: publish it with --access public`
      : '';
    return { row: [name, 'not published', '-'], problems: [absentMessage(ctx, subject, registry, waited) + restricted], notes };
  }
  const { manifest, recorded, digest } = served;
  if ('problem' in recorded || digest === null) {
    const why = 'problem' in recorded ? recorded.problem : `${subject}: the tarball was not checked`;
    return { row: [name, 'no sha512', 'not checked'], problems: [why], notes };
  }
  const tarball = compareRegistryTarball(manifest, digest, recorded.sha512, subject);
  return { row: [name, shortSri(recorded.sha512), tarball.cell], problems: tarball.problem ? [tarball.problem] : [], notes };
}

async function checkResolves(ctx: GateContext, npm: SectionValue<'npm'>, version: string): Promise<CheckOutcome> {
  const registry = npm.registry;
  // Anyone must be able to install: the client holds no npm-token at all.
  const api = ctx.clients.npm(registry, { anonymous: true });
  const findings = await Promise.all(npm.packages.map((name) => resolvePackage(ctx, api, registry, name, version)));
  const table = { columns: ['package', 'dist.integrity', 'anonymous tarball'], rows: findings.map((f) => f.row) };
  const problems = findings.flatMap((f) => f.problems);
  const notes = findings.flatMap((f) => f.notes);
  if (problems.length > 0) {
    const failed = findings.filter((f) => f.problems.length > 0).length;
    return fail(`${failed} of ${npm.packages.length} npm package(s) do not resolve anonymously: ${problems[0]}`, { details: [...problems, ...notes], table });
  }
  return pass(
    `${npm.packages.length} npm package(s) resolve ${version} anonymously on ${registry}, as npm install reads them; each tarball matches its dist.integrity (sha512)`,
    {
      details: notes,
      table
    }
  );
}

/**
 * `npm-resolves`: each package's install metadata as npm reads it (the abbreviated packument)
 * has the version, asked anonymously, and its tarball downloads anonymously and hashes to
 * dist.integrity. Waits while a CDN or the registry does not serve the version yet.
 */
export const npmResolves = defineCheck({
  id: 'npm-resolves',
  sections: ['npm'],
  releaseOnly: 'npm-resolves',
  run: (ctx, { npm }) => withVersion(ctx, (version) => checkResolves(ctx, npm, version))
});
