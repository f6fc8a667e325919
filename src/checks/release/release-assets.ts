import * as path from 'node:path';
import { clip } from '../../util/text.js';
import { defineCheck, fail, pass, sectionMissingMessage, sectionOf, withVersion, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import type { ReleaseAsset } from '../../clients/github/index.js';
import { canonicalizeName, semverToPep440 } from '../../version.js';
import { summarizeProblems } from '../../util/problems.js';
import { parseWheelName, pep440Key, sdistFileName } from '../../formats/wheel-name.js';
import { lookupRelease } from './shared.js';

type ReleaseSection = SectionValue<'release'>;
type PypiSection = SectionValue<'pypi'>;

interface Requirement {
  what: string;
  assets: ReleaseAsset[];
  /** How to get it onto the release when it is missing. */
  fix: string;
  /** How the pass summary names what was found. */
  found(assets: readonly ReleaseAsset[]): string;
}

const names = (assets: readonly ReleaseAsset[]) => assets.map((a) => a.name).join(', ');

function requirementsFor(
  assets: readonly ReleaseAsset[],
  section: ReleaseSection,
  pypi: PypiSection | false,
  version: string,
  problems: string[]
): Requirement[] {
  const required: Requirement[] = [];
  if (pypi !== false) {
    const pep440 = semverToPep440(version);
    if (pep440 === null) {
      problems.push(`version ${version} has no PEP 440 spelling, so no wheel or sdist can carry it`);
    } else {
      const wheels: ReleaseAsset[] = [];
      for (const asset of assets.filter((a) => a.name.endsWith('.whl'))) {
        const parsed = parseWheelName(asset.name);
        if (!parsed.ok) problems.push(`asset ${parsed.problem}`);
        else if (parsed.wheel.canonicalName !== canonicalizeName(pypi.project) || pep440Key(parsed.wheel.version) !== pep440Key(pep440)) {
          problems.push(`asset ${asset.name} is not a wheel of ${pypi.project} ${pep440}; delete it from the release`);
        } else wheels.push(asset);
      }
      required.push({ what: 'wheel', assets: wheels, fix: 'upload the wheels from dist', found: (a) => `${a.length} wheel${a.length === 1 ? '' : 's'}` });
      const sdist = sdistFileName(pypi.project, pep440);
      required.push({ what: `sdist ${sdist}`, assets: assets.filter((a) => a.name === sdist), fix: `upload dist/${sdist}`, found: names });
    }
  }
  required.push(
    {
      what: `checksum file ${section.checksum}`,
      assets: assets.filter((a) => a.name === section.checksum),
      fix: `upload dist/${section.checksum} (the artifacts gate writes it)`,
      found: names
    },
    {
      what: `SBOM (${section.sbom})`,
      assets: assets.filter((a) => path.matchesGlob(a.name, section.sbom)),
      fix: 'upload the SBOM the supply-chain job generated',
      found: (a) => `SBOM ${names(a)}`
    },
    {
      what: `provenance (${section.provenance})`,
      assets: assets.filter((a) => path.matchesGlob(a.name, section.provenance)),
      fix: 'upload the provenance attestation bundle',
      found: (a) => `provenance ${names(a)}`
    }
  );
  return required;
}

async function checkReleaseAssets(ctx: GateContext, section: ReleaseSection, pypi: PypiSection | false, version: string): Promise<CheckOutcome> {
  const release = await lookupRelease(ctx);
  if (release === null) return fail(`no published GitHub release for tag ${clip(ctx.release.tag)} to carry the assets (see release-exists)`);
  const problems: string[] = [];
  const required = requirementsFor(release.assets, section, pypi, version, problems);
  for (const req of required) {
    if (req.assets.length === 0) problems.unshift(`the release has no ${req.what}; ${req.fix}`);
  }
  for (const asset of release.assets) {
    if (asset.state !== 'uploaded') {
      problems.push(`asset ${asset.name} is in state "${clip(asset.state)}", not "uploaded" (its upload did not finish); delete it and upload it again`);
    }
  }
  const table = {
    title: `assets of ${release.name ?? release.tagName}`,
    columns: ['required', 'assets', 'state'],
    rows: required.map((req) => [
      req.what,
      req.assets.length === 0 ? 'missing' : names(req.assets),
      req.assets.length === 0 ? '' : [...new Set(req.assets.map((a) => a.state))].join(', ')
    ])
  };
  if (problems.length > 0) return fail(summarizeProblems(problems, 'release asset'), { details: problems, table, links: [release.htmlUrl] });
  const skipped = pypi === false ? ' (no wheels or sdist required: "pypi: false")' : '';
  return pass(`the release carries ${required.map((r) => r.found(r.assets)).join(', ')}, all uploaded${skipped}`, { table, links: [release.htmlUrl] });
}

export const releaseAssets = defineCheck({
  id: 'release-assets',
  sections: ['release'],
  run: (ctx, { release: section }) => {
    const pypi = sectionOf(ctx.config, 'pypi');
    if (pypi.state === 'missing') {
      // The wheels and sdist the release must carry are named after pypi.project.
      return Promise.resolve(
        fail(
          sectionMissingMessage('pypi', 'release-assets', {
            purpose: 'to name the wheels and sdist',
            remedy: 'when the release carries no Python package'
          })
        )
      );
    }
    return withVersion(ctx, (version) => checkReleaseAssets(ctx, section, pypi.state === 'on' ? pypi.value : false, version));
  }
});
