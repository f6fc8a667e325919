/**
 * Who already holds a version: the registry, tag and release probes that `unpublished` (in the
 * action) and `release-gates status` (on a maintainer's terminal) share. Each probe answers one
 * place, and fails closed: a place that cannot be asked is `unknown`, never `free`.
 */
import type { GitRef } from '../../clients/github/index.js';
import { parseImageRef } from '../../clients/oci/index.js';
import type { SectionName } from '../../config.js';
import { clip, messageOf } from '../../util/text.js';
import { sectionMissingMessage, sectionOf, sectionOffMessage, type GateContext } from '../../gate.js';
import { semverToPep440 } from '../../version.js';
import { readGoModule } from './go-module.js';
import { OCI_KEY, OCI_LABEL, ociRepository, ociTemplate, type OciSection } from './oci-refs.js';
import { hiddenPackage, NPM_TOKEN_HINT, npmOrgPackages, npmPackument } from './npm.js';

/** What one registry (or GitHub) says about the release version. */
export interface Probe {
  /** The kind of place, as `unpublished` names it: `PyPI`, `npm`, `container image`, `GitHub release`, … */
  registry: string;
  /** The place itself, as `status` names it: `npm @sketchlog/client`, `image ghcr.io/o/r`, `tag v1.2.3`, … */
  place: string;
  /** What was asked for, e.g. `sketchlog 1.2.3` or `ghcr.io/o/r:1.2.3`. */
  subject: string;
  /** `taken`: the place holds the version; `unknown`: it could not be asked (fail closed). */
  state: 'free' | 'taken' | 'unknown' | 'off' | 'unconfigured';
  note: string;
  link?: string;
}

/** What a probe learns by asking; who was asked is added by `asked`. */
export type Answer = Omit<Probe, 'registry' | 'place' | 'subject'>;

/** Where a probe asks: the kind of place, the place, what for. */
export interface Asking {
  registry: string;
  place: string;
  subject: string;
}

/** A config section a probe cannot use: off explicitly, or missing (an error for `unpublished`). */
export function sectionProbe(name: SectionName, section: { state: 'missing' | 'off' }, registry: string, place = registry): Probe {
  if (section.state === 'off') return { registry, place, subject: '-', state: 'off', note: sectionOffMessage(name) };
  return {
    registry,
    place,
    subject: '-',
    state: 'unconfigured',
    note: sectionMissingMessage(name, 'unpublished', { remedy: 'if this release does not publish there' })
  };
}

/** Runs one question; a throw is `unknown` with the cause, since a place that cannot answer may hold the version. */
export async function asked(where: Asking, ask: () => Promise<Answer>): Promise<Probe> {
  try {
    return { ...where, ...(await ask()) };
  } catch (error) {
    return { ...where, state: 'unknown', note: `could not be asked: ${messageOf(error)}` };
  }
}

export function probePypi(ctx: GateContext, version: string): Promise<Probe[]> {
  const section = sectionOf(ctx.config, 'pypi');
  if (section.state !== 'on') return Promise.resolve([sectionProbe('pypi', section, 'PyPI')]);
  const pypi = section.value;
  const pep440 = semverToPep440(version);
  if (pep440 === null) {
    return Promise.resolve([
      {
        registry: 'PyPI',
        place: 'PyPI',
        subject: pypi.project,
        state: 'unknown',
        note: `version ${version} has no PEP 440 spelling, so PyPI cannot be asked; use a prerelease PyPI understands (-alpha.N, -beta.N, -rc.N)`
      }
    ]);
  }
  const subject = `${pypi.project} ${pep440}`;
  return Promise.all([
    asked({ registry: 'PyPI', place: 'PyPI', subject }, async () => {
      const release = await ctx.clients.pypi(pypi.index).release(pypi.project, pep440);
      if (release === null) return { state: 'free', note: `${pypi.index} has no release ${pep440}` };
      const yanked = release.yanked ? ' (yanked, still burned)' : '';
      return { state: 'taken', note: `${pypi.index} holds ${clip(release.name)} ${clip(release.version)}${yanked} with ${release.files.length} file(s)` };
    })
  ]);
}

export function probeNpm(ctx: GateContext, version: string): Promise<Probe[]> {
  const section = sectionOf(ctx.config, 'npm');
  if (section.state !== 'on') return Promise.resolve([sectionProbe('npm', section, 'npm')]);
  const npm = section.value;
  return Promise.all(
    npm.packages.map((name) =>
      asked({ registry: 'npm', place: `npm ${name}`, subject: `${name}@${version}` }, async () => {
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
export async function absentPackage(ctx: GateContext, registry: string, name: string): Promise<Answer> {
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

/** How `status` names an OCI place: `image ghcr.io/o/r`, `chart ghcr.io/o/charts/c`. */
const OCI_PLACE: Record<OciSection, string> = { container: 'image', helm: 'chart' };

export function probeOci(ctx: GateContext, version: string, name: OciSection): Promise<Probe[]> {
  const label = OCI_LABEL[name];
  const section = ociTemplate(ctx.config, name);
  if (section.state !== 'on') return Promise.resolve([sectionProbe(name, section, label)]);
  const template = section.value;
  const key = OCI_KEY[name];
  const written = ociRepository(ctx, template);
  // The tag is the version without the v.
  const subject = `${written}:${version}`;
  return Promise.all([
    asked({ registry: label, place: `${OCI_PLACE[name]} ${written}`, subject }, async () => {
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

/** A tag's ref on GitHub, looked up once per run (the release probe, the tag probe and visibility share it). */
export function tagRefOnce(ctx: GateContext, tag: string): Promise<GitRef | null> {
  return ctx.once(`github-tag-ref:${tag}`, () => ctx.clients.github.getTagRef(tag));
}

/**
 * Whether the token sees the repository. GitHub answers 404 for a release, a tag or a branch both
 * when there is none and when the token cannot see the repository, so a "no" is real only once
 * something in the repository was seen: the release tag, or else the `main.branch` branch (which
 * exists before the tag does, when `prepare` and `status` ask). `branch` is the branch that was
 * asked for and not seen, null when the config names none.
 */
export type Visibility = { visible: true; by: 'release-tag' | 'branch'; name: string } | { visible: false; branch: string | null };

export function githubVisibility(ctx: GateContext): Promise<Visibility> {
  return ctx.once('github-visibility', async (): Promise<Visibility> => {
    const tag = ctx.release.tag;
    if ((await tagRefOnce(ctx, tag)) !== null) return { visible: true, by: 'release-tag', name: tag };
    const main = sectionOf(ctx.config, 'main');
    if (main.state !== 'on') return { visible: false, branch: null };
    const branch = main.value.branch;
    if ((await ctx.clients.github.getBranchRef(branch)) !== null) return { visible: true, by: 'branch', name: branch };
    return { visible: false, branch };
  });
}

/** Why a 404 from GitHub proves nothing: the fix names the repository and the permission. */
export function unseenRepository(ctx: GateContext, asked: string, branch: string): string {
  const { owner, repo } = ctx.settings;
  return `GitHub shows neither ${asked} nor branch ${clip(branch)} in ${owner}/${repo}: the token cannot see the repository (GitHub answers 404 then), or main.branch is wrong; give the GitHub token read access to ${owner}/${repo} (contents: read), or correct main.branch`;
}

/** The GitHub release for the release tag. */
export function probeGitHub(ctx: GateContext): Promise<Probe[]> {
  const tag = ctx.release.tag;
  return Promise.all([
    asked({ registry: 'GitHub release', place: 'GitHub release', subject: tag }, async () => {
      const release = await ctx.clients.github.getReleaseByTag(tag);
      if (release !== null) {
        const draft = release.draft ? 'draft ' : '';
        return { state: 'taken', note: `a ${draft}release exists for tag ${tag}`, link: release.htmlUrl };
      }
      const seen = await githubVisibility(ctx);
      if (seen.visible) {
        return { state: 'free', note: `no release for tag ${tag} (${seen.by === 'release-tag' ? 'the tag exists' : `branch ${clip(seen.name)} is visible`})` };
      }
      const { owner, repo } = ctx.settings;
      if (seen.branch === null) {
        // No branch to look at: the tag push that starts the action is what proves the 404 real.
        return {
          state: 'unknown',
          note: `GitHub shows neither tag ${tag} nor a release for it in ${owner}/${repo}: the token cannot see the repository, or the tag was not pushed; give the "token" input read access to ${owner}/${repo} (contents: read), and run this gate from the push of ${tag}`
        };
      }
      return { state: 'unknown', note: unseenRepository(ctx, `tag ${tag}, a release for it,`, seen.branch) };
    })
  ]);
}

/** A tag on GitHub (the release tag, or the Go module tag); `label` is the place, e.g. `tag v1.2.3`. Tags are never reused. */
export function probeTag(ctx: GateContext, tag: string, label: string): Promise<Probe> {
  return asked({ registry: label, place: label, subject: tag }, async () => {
    const ref = await tagRefOnce(ctx, tag);
    if (ref !== null) {
      const what = ref.object.type === 'tag' ? 'tag object' : ref.object.type;
      return { state: 'taken', note: `tag ${tag} exists on GitHub and points at ${what} ${ref.object.sha}` };
    }
    const seen = await githubVisibility(ctx);
    if (seen.visible) {
      const proof = seen.by === 'release-tag' ? `tag ${clip(seen.name)} is visible` : `branch ${clip(seen.name)} is visible`;
      return { state: 'free', note: `GitHub has no tag ${tag} (${proof}, so the token sees the repository)` };
    }
    const { owner, repo } = ctx.settings;
    if (seen.branch === null) {
      return {
        state: 'unknown',
        note: `GitHub shows no tag ${tag} in ${owner}/${repo}, which it also answers when the token cannot see the repository, and the config has no "main" section whose branch could prove it does; give the GitHub token read access to ${owner}/${repo} (contents: read) and add the "main" section`
      };
    }
    return { state: 'unknown', note: unseenRepository(ctx, `tag ${tag}`, seen.branch) };
  });
}

/**
 * The Go module proxy (`goproxy`, one URL as go-resolves uses it) for the module `go.dir` declares
 * at `v{version}`. The proxy keeps the first commit it saw for a version, so one it serves is burned.
 */
export function probeGoProxy(ctx: GateContext, version: string): Promise<Probe> {
  const go = sectionOf(ctx.config, 'go');
  if (go.state !== 'on') return Promise.resolve(sectionProbe('go', go, 'Go proxy'));
  const proxyUrl = sectionOf(ctx.config, 'goproxy');
  if (proxyUrl.state !== 'on') return Promise.resolve(sectionProbe('goproxy', proxyUrl, 'Go proxy'));
  const goVersion = `v${version}`;
  return (async () => {
    let module: string;
    try {
      ({ module } = await readGoModule(ctx, go.value.dir));
    } catch (error) {
      return {
        registry: 'Go proxy',
        place: 'Go proxy',
        subject: `${go.value.dir}@${goVersion}`,
        state: 'unknown',
        note: `could not be asked: ${messageOf(error)}`
      };
    }
    const subject = `${module}@${goVersion}`;
    return asked({ registry: 'Go proxy', place: 'Go proxy', subject }, async () => {
      const proxy = ctx.clients.goproxy(proxyUrl.value);
      const host = new URL(proxy.base).host;
      const info = await proxy.info(module, goVersion);
      if (info === null) return { state: 'free', note: `${host} does not serve ${subject} (404/410)` };
      const ref = info.Origin?.Ref;
      return { state: 'taken', note: `${host} serves ${subject}${ref ? ` (from ${clip(ref)})` : ''}` };
    });
  })();
}

/** Every package registry the release publishes to (PyPI, each npm package, the image, the chart), asked concurrently. */
export async function probeRegistries(ctx: GateContext, version: string): Promise<Probe[]> {
  const answers = await Promise.all([probePypi(ctx, version), probeNpm(ctx, version), probeOci(ctx, version, 'container'), probeOci(ctx, version, 'helm')]);
  return answers.flat();
}
