import type { FetchedManifest } from '../../clients/oci/index.js';
import { clip } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { poll, waitNote } from '../../util/poll.js';
import {
  failOnOciError,
  isAttestationManifest,
  notServedYet,
  ociImage,
  platformMatches,
  primaryImageTag,
  releaseImageTags,
  shownPlatform
} from '../shared/oci-refs.js';

const EMPTY_DIGEST =
  'image-digest is empty: without it nothing proves what was built; pass the "digest" output of docker/build-push-action as the image-digest input (image-digest: ${{ steps.<push step id>.outputs.digest }})';

async function checkContainer(ctx: GateContext, section: SectionValue<'container'>, version: string): Promise<CheckOutcome> {
  const expected = ctx.settings.imageDigest;
  if (!expected) return fail(EMPTY_DIGEST);
  const { image, written } = ociImage(ctx, 'container', section.image);
  const { required, skipped } = releaseImageTags(section.tags, version);
  const primary = primaryImageTag(required, version);
  return failOnOciError(`container image ${written}`, async () => {
    // What each tag resolved to; a tag once seen is not asked again while the others are awaited.
    const served = new Map<string, FetchedManifest>();
    const waited = await poll(ctx, `container: ${written} tag${required.length > 1 ? 's' : ''} ${required.join(', ')}`, image.registry, async () => {
      for (const tag of required) {
        if (served.has(tag)) continue;
        const manifest = await ctx.clients.oci.getManifest(image, tag);
        if (manifest === null) continue;
        served.set(tag, manifest);
        // Another build under the tag is final: waiting does not change what was pushed.
        if (manifest.digest !== expected) return { done: true, value: served };
      }
      const missing = required.filter((t) => !served.has(t));
      if (missing.length === 0) return { done: true, value: served };
      return { done: false, seen: `tag${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not served yet`, value: served };
    });
    const primaryDigest = served.get(primary)?.digest;
    const outputs = primaryDigest ? { outputs: { 'image-digest': primaryDigest } } : {};
    const table = {
      columns: ['tag', 'resolves to'],
      rows: required.map((t) => [t, served.get(t)?.digest ?? 'not served'])
    };
    const notes = [
      ...(skipped.length ? [`not required for a prerelease (docker/metadata-action does not move them): ${skipped.join(', ')}`] : []),
      ...waitNote(waited)
    ];

    const moved = required.find((t) => served.has(t) && served.get(t)!.digest !== expected);
    if (moved) {
      return fail(
        `${written}:${moved} resolves to ${served.get(moved)!.digest}, not image-digest ${expected}: the registry serves another build under that tag; push this build under every tag of container.tags, or pass the digest of the build that pushed them`,
        { details: notes, table, ...outputs }
      );
    }
    if (!waited.done) {
      return notServedYet(
        ctx,
        `container image ${written}`,
        waited,
        `push the image under ${required.map((t) => `${written}:${t}`).join(', ')} before this gate (docker/build-push-action "tags")`
      );
    }

    const document = served.get(primary)!.document;
    if (document.kind !== 'index') {
      return fail(
        `${written}@${expected} is a single-platform image manifest (${document.mediaType}), not an image index: build for every container.platforms entry (docker/build-push-action "platforms: ${section.platforms.join(',')}") so the push makes an index`,
        { details: notes, table, ...outputs }
      );
    }
    const platforms = document.manifests.filter((d) => !isAttestationManifest(d));
    const attestations = document.manifests.length - platforms.length;
    const found = platforms.map((d) => shownPlatform(d.platform));
    const foundText = `it has ${found.length ? found.join(', ') : 'no platform manifest'}${attestations ? `; ${attestations} attestation manifest${attestations > 1 ? 's' : ''} not counted` : ''}`;
    const missing = section.platforms.filter((wanted) => !platforms.some((d) => d.platform && platformMatches(wanted, d.platform)));
    if (missing.length > 0) {
      return fail(
        `${written}@${expected} has no manifest for ${missing.join(', ')} (${foundText}): add ${missing.length > 1 ? 'them' : 'it'} to docker/build-push-action's "platforms" and release a new version`,
        { details: notes, table, ...outputs }
      );
    }
    return pass(
      `${required.map((t) => `${written}:${t}`).join(', ')} ${required.length > 1 ? 'resolve' : 'resolves'} to ${expected}, an image index with ${section.platforms.join(', ')}`,
      { details: [clip(`${document.mediaType}; ${foundText}`, 300), ...notes], table, ...outputs }
    );
  });
}

/**
 * `container`: every tag of `container.tags` resolves to `image-digest`, which is an image index
 * (OCI or Docker manifest list) with a manifest for every `container.platforms` entry; BuildKit's
 * attestation manifests (platform unknown/unknown) do not count. Waits while a tag is not served yet.
 */
export const container = defineCheck({
  id: 'container',
  sections: ['container'],
  releaseOnly: 'the container image check',
  run: (ctx, { container: section }) => withVersion(ctx, (version) => checkContainer(ctx, section, version))
});
