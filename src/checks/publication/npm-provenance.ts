import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { checkPackage } from '../shared/npm-publisher.js';
import { expectedSigner, isTrust, publisherTrust } from '../shared/publisher-trust.js';

async function checkNpmProvenance(ctx: GateContext, section: SectionValue<'npm'>, version: string): Promise<CheckOutcome> {
  const trust = await publisherTrust(ctx, 'npm-provenance', section.provenance, 'npm.provenance');
  if (!isTrust(trust)) return trust;
  const registry = section.registry;
  const api = ctx.clients.npm(registry);
  const findings = await Promise.all(section.packages.map((name) => checkPackage(ctx, trust, api, registry, name, version)));
  const problems = findings.flatMap((f) => f.problems);
  const rows = [...findings.filter((f) => f.problems.length > 0), ...findings.filter((f) => f.problems.length === 0)].map((f) => f.row);
  const table = { columns: ['package', 'publisher', 'signer', 'commit', 'verdict'], rows };
  const details = [...problems, ...findings.flatMap((f) => f.notes)];
  if (problems.length > 0) {
    const failed = findings.filter((f) => f.problems.length > 0).length;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more, see details)` : '';
    return fail(`${failed} of ${section.packages.length} npm package(s) lack provenance from the release workflow: ${problems[0]}${more}`, { details, table });
  }
  return pass(
    `${section.packages.length} npm package(s) at ${version} carry SLSA provenance signed by ${expectedSigner(trust.policy)}, npm's publish attestation and registry signatures over exactly their dist.integrity`,
    { details, table }
  );
}

/**
 * `npm-provenance`: every npm.packages entry's version carries npm provenance: a SLSA provenance bundle from the
 * signer identity of `supply-chain` whose subject is the version's package URL and dist.integrity sha512, npm's
 * publish attestation signed by the registry's key valid when it was logged, and registry signatures that verify.
 */
export const npmProvenance = defineCheck({
  id: 'npm-provenance',
  sections: ['npm'],
  releaseOnly: 'npm provenance',
  run: (ctx, { npm: section }) => withVersion(ctx, (version) => checkNpmProvenance(ctx, section, version))
});
