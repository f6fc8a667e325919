import * as semver from 'semver';
import { parseImageRef } from '../../clients/oci/index.js';
import { clip, messageOf } from '../../errors.js';
import { fail, pass, sectionMissingMessage, sectionOf, sectionOffMessage, withVersion, type Check, type GateContext } from '../../gate.js';
import { semverToPep440 } from '../../version.js';
import { OCI_KEY, OCI_LABEL, ociRepository, ociTemplate, type OciSection } from '../shared/oci-refs.js';
import { hiddenPackage, NPM_TOKEN_HINT, npmOrgPackages, npmPackument } from '../shared/npm.js';

/** What one registry says about the release version. */
interface Probe {
  registry: string;
  /** What was asked for, e.g. `sketchlog 1.2.3` or `ghcr.io/o/r:1.2.3`. */
  subject: string;
  /** `taken`: the registry holds the version; `unknown`: it could not be asked (fail closed). */
  state: 'free' | 'taken' | 'unknown' | 'off' | 'unconfigured';
  note: string;
  link?: string;
}

type RegistrySection = 'pypi' | 'npm' | 'container' | 'helm';

/** A config section `unpublished` cannot probe: off explicitly, or missing (an error). */
function sectionProbe(name: RegistrySection, section: { state: 'missing' | 'off' }, registry: string): Probe {
  if (section.state === 'off') return { registry, subject: '-', state: 'off', note: sectionOffMessage(name) };
  return {
    registry,
    subject: '-',
    state: 'unconfigured',
    note: sectionMissingMessage(name, 'unpublished', { remedy: 'if this release does not publish there' })
  };
}

async function asked(registry: string, subject: string, ask: () => Promise<Omit<Probe, 'registry' | 'subject'>>): Promise<Probe> {
  try {
    return { registry, subject, ...(await ask()) };
  } catch (error) {
    // Fail closed: a registry that cannot answer may hold the version.
    return { registry, subject, state: 'unknown', note: `could not be asked: ${messageOf(error)}` };
  }
}

function probePypi(ctx: GateContext, version: string): Promise<Probe[]> {
  const section = sectionOf(ctx.config, 'pypi');
  if (section.state !== 'on') return Promise.resolve([sectionProbe('pypi', section, 'PyPI')]);
  const pypi = section.value;
  const pep440 = semverToPep440(version);
  if (pep440 === null) {
    return Promise.resolve([
      {
        registry: 'PyPI',
        subject: pypi.project,
        state: 'unknown',
        note: `version ${version} has no PEP 440 spelling, so PyPI cannot be asked; use a prerelease PyPI understands (-alpha.N, -beta.N, -rc.N)`
      }
    ]);
  }
  const subject = `${pypi.project} ${pep440}`;
  return Promise.all([
    asked('PyPI', subject, async () => {
      const release = await ctx.clients.pypi(pypi.index).release(pypi.project, pep440);
      if (release === null) return { state: 'free', note: `${pypi.index} has no release ${pep440}` };
      const yanked = release.yanked ? ' (yanked, still burned)' : '';
      return { state: 'taken', note: `${pypi.index} holds ${clip(release.name)} ${clip(release.version)}${yanked} with ${release.files.length} file(s)` };
    })
  ]);
}

function probeNpm(ctx: GateContext, version: string): Promise<Probe[]> {
  const section = sectionOf(ctx.config, 'npm');
  if (section.state !== 'on') return Promise.resolve([sectionProbe('npm', section, 'npm')]);
  const npm = section.value;
  return Promise.all(
    npm.packages.map((name) =>
      asked('npm', `${name}@${version}`, async () => {
        const packument = await npmPackument(ctx, npm.registry, name);
        if (packument === null) return absentPackage(ctx, npm.registry, name);
        if (packument.versions.includes(version)) return { state: 'taken', note: `${npm.registry} serves ${name}@${version}` };
        // npm never lets a version be published again, even after it was unpublished.
        if (packument.timedVersions.includes(version)) {
          return { state: 'taken', note: `${name}@${version} was published on ${npm.registry} and later unpublished; npm never takes it again` };
        }
        return { state: 'free', note: `${name} has ${packument.versions.length} other version(s), not ${version}` };
      })
    )
  );
}

/**
 * What a 404 packument means. npm answers 404 both for a package never published and for a
 * restricted package the reader may not see, so for a scoped package the org's package
 * listing must confirm that the package does not exist. Unscoped packages are always public.
 */
async function absentPackage(ctx: GateContext, registry: string, name: string): Promise<Omit<Probe, 'registry' | 'subject'>> {
  const never = { state: 'free' as const, note: `${name} was never published on ${registry}` };
  const scope = /^@([^/]+)\//.exec(name)?.[1];
  if (scope === undefined) return never;
  if (!ctx.clients.npm(registry).hasToken) {
    return {
      state: 'unknown',
      note: `${registry} shows no ${name} to an anonymous reader, and without npm-token the org listing that tells a restricted package from a new one cannot be asked; ${NPM_TOKEN_HINT}`
    };
  }
  const listed = await npmOrgPackages(ctx, registry, scope);
  if (listed === null) {
    return {
      state: 'unknown',
      note: `${registry} answered 404 for ${name}, and has no org "@${scope}" (404 for /-/org/${scope}/package) to tell a restricted package from a new one; correct npm.scope or the package name`
    };
  }
  if (listed.has(name)) {
    return {
      state: 'unknown',
      note: `${hiddenPackage(registry, scope, name)}, so whether it holds this version cannot be told; use the publisher's npm-token, with read access to ${name}`
    };
  }
  return never;
}

function probeOci(ctx: GateContext, version: string, name: OciSection): Promise<Probe[]> {
  const label = OCI_LABEL[name];
  const section = ociTemplate(ctx.config, name);
  if (section.state !== 'on') return Promise.resolve([sectionProbe(name, section, label)]);
  const template = section.value;
  const key = OCI_KEY[name];
  // The tag is the version without the v.
  const written = ociRepository(ctx, template);
  const subject = `${written}:${version}`;
  return Promise.all([
    asked(label, subject, async () => {
      let ref;
      try {
        ref = parseImageRef(written);
      } catch (error) {
        throw new Error(`${key}: ${messageOf(error)}`);
      }
      const manifest = await ctx.clients.oci.manifest(ref, version);
      if (manifest === null) return { state: 'free', note: `${ref.registry} has no tag ${version} in ${ref.repository}` };
      const what = [manifest.mediaType, manifest.digest].filter(Boolean).join(' ');
      return { state: 'taken', note: `${ref.registry} holds ${ref.repository}:${version}${what ? ` (${what})` : ''}` };
    })
  ]);
}

function probeGitHub(ctx: GateContext): Promise<Probe[]> {
  const tag = ctx.release.tag;
  return Promise.all([
    asked('GitHub release', tag, async () => {
      const release = await ctx.clients.github.getReleaseByTag(tag);
      if (release === null) {
        // GitHub also answers 404 for a release when the token cannot see the repository. The tag
        // push started this workflow, so the tag must be there: seeing it proves the 404 is real.
        const ref = await ctx.clients.github.getTagRef(tag);
        if (ref === null) {
          const { owner, repo } = ctx.settings;
          return {
            state: 'unknown',
            note: `GitHub shows neither tag ${tag} nor a release for it in ${owner}/${repo}: the token cannot see the repository, or the tag was not pushed; give the "token" input read access to ${owner}/${repo} (contents: read), and run this gate from the push of ${tag}`
          };
        }
        return { state: 'free', note: `no release for tag ${tag} (the tag exists)` };
      }
      const draft = release.draft ? 'draft ' : '';
      return { state: 'taken', note: `a ${draft}release exists for tag ${tag}`, link: release.htmlUrl };
    })
  ]);
}

/** The version to release instead of a burned one. */
function nextVersion(version: string): string {
  const parsed = semver.parse(version);
  if (!parsed) return 'the next patch';
  return semver.inc(version, parsed.prerelease.length > 0 ? 'prerelease' : 'patch') ?? 'the next patch';
}

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
      const probes = (
        await Promise.all([
          probePypi(ctx, version),
          probeNpm(ctx, version),
          probeOci(ctx, version, 'container'),
          probeOci(ctx, version, 'helm'),
          probeGitHub(ctx)
        ])
      ).flat();
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
