import { fail, pass, withVersion, type Check } from '../../gate.js';
import { nextVersion } from '../../version.js';
import { probeGitHub, probeRegistries } from '../shared/version-holders.js';

/**
 * `unpublished`: no registry already holds this version (PyPI, each npm package,
 * the container image tag, the Helm chart version) and no GitHub release exists
 * for the tag. A version any registry accepted is burned, because registries
 * never take the same version twice.
 */
export const unpublished: Check = {
  id: 'unpublished',
  run: (ctx) =>
    withVersion(ctx, async (version) => {
      const probes = (await Promise.all([probeRegistries(ctx, version), probeGitHub(ctx)])).flat();
      const table = {
        columns: ['registry', 'asked for', 'answer'],
        rows: probes.map((p) => [p.registry, p.subject, `${p.state}: ${p.note}`])
      };
      const links = probes.flatMap((p) => (p.link ? [p.link] : []));
      const taken = probes.filter((p) => p.state === 'taken');
      const unknown = probes.filter((p) => p.state === 'unknown' || p.state === 'unconfigured');
      const trouble = unknown.map((p) => `${p.registry} (${p.subject}): ${p.note}`);

      if (taken.length > 0) {
        const where = taken.map((p) => `${p.registry} (${p.subject})`).join(', ');
        return fail(
          `version ${version} is burned: ${where} already ${taken.length > 1 ? 'hold' : 'holds'} it; registries never accept a version twice, so bump the patch and release ${nextVersion(version)} instead`,
          { details: [...taken.map((p) => `${p.registry}: ${p.note}`), ...trouble], table, links }
        );
      }
      if (unknown.length > 0) {
        return fail(`cannot confirm that ${version} is unpublished: ${trouble[0]}${unknown.length > 1 ? ` (and ${unknown.length - 1} more, below)` : ''}`, {
          details: trouble,
          table,
          links
        });
      }
      const asked = probes.filter((p) => p.state === 'free').map((p) => p.registry);
      const names = [...new Set(asked)].map((r) => {
        const n = asked.filter((a) => a === r).length;
        return n > 1 ? `${r} (${n} packages)` : r;
      });
      const off = probes.filter((p) => p.state === 'off').map((p) => p.registry);
      return pass(`${version} is on no registry: ${names.join(', ')}${off.length ? `; not asked (turned off): ${off.join(', ')}` : ''}`, { table, links });
    })
};
