import * as semver from 'semver';
import { OciError, parseImageRef, type Descriptor, type ImageRef } from '../../clients/oci/index.js';
import type { Config } from '../../config.js';
import { fillTemplate } from '../../config.js';
import { clip, messageOf } from '../../util/text.js';
import { isAttestationEntry } from '../../formats/buildkit-index.js';
import { CheckFailed, fail, sectionOf, type CheckOutcome, type GateContext } from '../../gate.js';
import { waitAdvice, waitNote, type PollResult } from '../../util/poll.js';

/** The two OCI artifacts of a release: the container image and the Helm chart. */
export type OciSection = 'container' | 'helm';

/** The config key that names each artifact's repository, for messages. */
export const OCI_KEY: Record<OciSection, string> = { container: 'container.image', helm: 'helm.chart' };
/** How a person calls each artifact. */
export const OCI_LABEL: Record<OciSection, string> = { container: 'container image', helm: 'Helm chart' };

/** The image (container) or chart (helm) template of an OCI section, when the section is there. */
export function ociTemplate(config: Config, name: OciSection): { state: 'missing' } | { state: 'off' } | { state: 'on'; value: string } {
  if (name === 'container') {
    const section = sectionOf(config, 'container');
    return section.state === 'on' ? { state: 'on', value: section.value.image } : section;
  }
  const section = sectionOf(config, 'helm');
  return section.state === 'on' ? { state: 'on', value: section.value.chart } : section;
}

/**
 * The repository reference a template names for this repository, placeholders filled and lower-cased
 * (registries require lower-case repository names), without an `oci://` prefix. Parse it with the
 * OCI client's parseImageRef.
 */
export function ociRepository(ctx: Pick<GateContext, 'settings'>, template: string): string {
  const { owner, repo } = ctx.settings;
  return fillTemplate(template, { owner, repo }, true).replace(/^oci:\/\//, '');
}

/** A repository of the config, parsed; a reference the registry grammar refuses fails naming the config key. */
export function ociImage(ctx: Pick<GateContext, 'settings'>, name: OciSection, template: string): { image: ImageRef; written: string } {
  const written = ociRepository(ctx, template);
  try {
    return { image: parseImageRef(written), written };
  } catch (error) {
    throw new CheckFailed(`${OCI_KEY[name]}: ${messageOf(error)}`);
  }
}

/** The Helm chart's name: the last path segment of `helm.chart` (as `helm push` names the repository). */
export function chartName(image: ImageRef): string {
  return image.repository.split('/').pop()!;
}

/**
 * The tags a release must carry, from `container.tags` filled for the version. For a SemVer
 * prerelease only the templates with `{version}` are required: docker/metadata-action does not
 * move `{major}.{minor}` (or `latest`) for prereleases. `skipped` lists the others, filled.
 */
export function releaseImageTags(templates: readonly string[], version: string): { required: string[]; skipped: string[] } {
  const parsed = semver.parse(version);
  const fill = (t: string) =>
    t
      .replaceAll('{version}', version)
      .replaceAll('{major}', String(parsed?.major ?? ''))
      .replaceAll('{minor}', String(parsed?.minor ?? ''))
      .replaceAll('{patch}', String(parsed?.patch ?? ''));
  const prerelease = (parsed?.prerelease.length ?? 0) > 0;
  const required = new Set<string>();
  const skipped = new Set<string>();
  for (const template of templates) (prerelease && !template.includes('{version}') ? skipped : required).add(fill(template));
  for (const tag of required) skipped.delete(tag);
  return { required: [...required], skipped: [...skipped] };
}

/** The tag `image-resolves` and the `image-digest` output read: the version itself, as metadata-action's `{{version}}` makes it. */
export function primaryImageTag(required: readonly string[], version: string): string {
  return required.includes(version) ? version : (required[0] ?? version);
}

interface PlatformParts {
  os: string;
  architecture: string;
  variant?: string | undefined;
}

/**
 * A platform as Docker compares them (containerd's platforms.Normalize): `aarch64` is `arm64`, whose
 * `v8` variant is the default and dropped; `x86_64` is `amd64` (variant `v1` dropped); `arm` without
 * a variant is `arm/v7`. Written here because no installed library normalises OCI platforms.
 */
export function normalisePlatform(platform: PlatformParts): { os: string; architecture: string; variant: string } {
  const os = platform.os.toLowerCase();
  let architecture = platform.architecture.toLowerCase();
  let variant = (platform.variant ?? '').toLowerCase();
  switch (architecture) {
    case 'i386':
      architecture = '386';
      variant = '';
      break;
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      architecture = 'amd64';
      if (variant === 'v1') variant = '';
      break;
    case 'aarch64':
    case 'arm64':
      architecture = 'arm64';
      if (variant === '8' || variant === 'v8') variant = '';
      break;
    case 'armhf':
      architecture = 'arm';
      variant = 'v7';
      break;
    case 'armel':
      architecture = 'arm';
      variant = 'v6';
      break;
    case 'arm':
      if (variant === '' || variant === '7') variant = 'v7';
      else if (/^[5-8]$/.test(variant)) variant = `v${variant}`;
      break;
  }
  return { os, architecture, variant };
}

/** Parses a config platform `os/arch[/variant]`. */
export function parsePlatform(text: string): PlatformParts {
  const [os = '', architecture = '', variant] = text.split('/');
  return { os, architecture, variant };
}

/** Whether a manifest's platform is the config's `os/arch[/variant]` after Docker's normalisation. */
export function platformMatches(wanted: string, platform: PlatformParts): boolean {
  const a = normalisePlatform(parsePlatform(wanted));
  const b = normalisePlatform(platform);
  return a.os === b.os && a.architecture === b.architecture && a.variant === b.variant;
}

/** `os/arch[/variant]` as written in the manifest, for messages. */
export function shownPlatform(platform: PlatformParts | undefined): string {
  if (!platform) return '(no platform)';
  return clip([platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'), 60);
}

/**
 * A BuildKit attestation manifest in an image index (marked as src/formats/buildkit-index.ts reads
 * it). It describes a platform; it is none.
 */
export function isAttestationManifest(descriptor: Descriptor): boolean {
  return isAttestationEntry(descriptor);
}

/**
 * Runs an OCI check body; a client error (refused anonymous pull, transport failure after the
 * retries, malformed or mismatching answer) becomes the check's one-line failure.
 */
export async function failOnOciError(subject: string, body: () => Promise<CheckOutcome>): Promise<CheckOutcome> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof OciError)) throw error;
    const what = error.reason === 'private' ? `${subject} cannot be pulled anonymously: ` : `${subject}: `;
    return fail(`${what}${error.message}`);
  }
}

/** The failure when the registry still did not serve something when the wait ended. */
export function notServedYet(ctx: Pick<GateContext, 'wait'>, subject: string, result: PollResult<unknown>, fix: string): CheckOutcome {
  const seen = result.lastSeen ?? 'not served';
  return fail(`${subject}: ${seen}${waitAdvice(ctx.wait, result, fix, 'the registry to catch up')}`, { details: waitNote(result) });
}
