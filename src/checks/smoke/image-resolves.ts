import { z } from 'zod';
import type { Descriptor, FetchedManifest, ImageRef } from '../../clients/oci/index.js';
import { clip } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext } from '../../gate.js';
import { mapLimit } from '../../util/map-limit.js';
import { poll, waitNote } from '../../util/poll.js';
import { failOnOciError, isAttestationManifest, normalisePlatform, notServedYet, ociImage, shownPlatform } from '../shared/oci-refs.js';

/** An image config is JSON of a few KiB to a few hundred (long histories); never a layer. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Platforms pulled at once: the HTTP client's per-host bound; 8 configs of the 4 MiB cap are 32 MiB at most. */
const PULLS_AT_ONCE = 8;
/**
 * Platforms of one image pulled at most. Real multi-platform images list a handful (Docker's
 * official images about ten); an index of thousands is a registry answer no build makes, and every
 * request costs the runner memory the GC returns late (about 40 KiB a fetch).
 */
export const MAX_PLATFORMS = 64;

const imageConfig = z.looseObject({ os: z.string().max(64), architecture: z.string().max(64), variant: z.string().max(64).optional() });

/** What an anonymous pull has fetched so far; kept across looks so nothing is fetched twice. */
interface Pull {
  top: FetchedManifest | null;
  /** Platform manifests by digest, with the index entry that named them (none for a single manifest). */
  platforms: Map<string, { entry: Descriptor | null; manifest: FetchedManifest }>;
  configs: Set<string>;
  /** A final failure found on the way (wrong digest, malformed config, …). */
  problem: string | null;
}

type Look = { done: true } | { done: false; seen: string };

async function pullOnce(ctx: GateContext, image: ImageRef, version: string, pull: Pull): Promise<Look> {
  const oci = ctx.clients.oci;
  pull.top ??= await oci.getManifest(image, version);
  const top = pull.top;
  if (top === null) return { done: false, seen: `tag ${version} not served yet` };
  const expected = ctx.settings.imageDigest;
  if (expected && top.digest !== expected) {
    pull.problem = `resolves to ${top.digest}, not image-digest ${expected}: an anonymous pull gets another build; push this build under ${version}, or pass the digest of the build that pushed it`;
    return { done: true };
  }
  const listed = top.document.kind === 'index' ? top.document.manifests : null;
  const entries: Array<Descriptor | null> = listed ? listed.filter((d) => !isAttestationManifest(d)) : [null];
  if (entries.length > MAX_PLATFORMS) {
    pull.problem = `is an index of ${entries.length} platform manifests; at most ${MAX_PLATFORMS} are pulled, and no build makes more: check that the tag names the image docker/build-push-action pushed`;
    return { done: true };
  }
  if (entries.length === 0) {
    pull.problem = `is an index with no platform manifest (${listed?.length ?? 0} attestation manifests only): nothing can be pulled; push the image for its platforms`;
    return { done: true };
  }
  // Every entry at once, as far as the client's per-host bound lets them go (the registry's index
  // decides how many there are; the check's deadline bounds them all). The first "not yet" or
  // problem in index order is the answer, as when they were fetched one after another.
  const looks = await mapLimit(entries, PULLS_AT_ONCE, (entry) => pullEntry(oci, image, top, entry, pull));
  const first = looks.find((look) => look !== null);
  if (!first) return { done: true };
  if ('problem' in first) {
    pull.problem = first.problem;
    return { done: true };
  }
  return first;
}

/** One entry's answer: there (null), not yet, or a problem no wait mends. */
type EntryLook = null | { done: false; seen: string } | { problem: string };

/** Fetches one platform's manifest and config (unless fetched before); null when both are there. */
async function pullEntry(oci: GateContext['clients']['oci'], image: ImageRef, top: FetchedManifest, entry: Descriptor | null, pull: Pull): Promise<EntryLook> {
  const digest = entry ? entry.digest : top.digest;
  if (!pull.platforms.has(digest)) {
    const manifest = entry ? await oci.getManifest(image, entry.digest) : top;
    if (manifest === null) return { done: false, seen: `platform manifest ${shownPlatform(entry?.platform)} (${digest}) not served yet` };
    if (manifest.document.kind !== 'image') {
      return {
        problem: `names ${digest} as the ${shownPlatform(entry?.platform)} image, but it is another index (${manifest.mediaType}); push the image with docker/build-push-action`
      };
    }
    pull.platforms.set(digest, { entry, manifest });
  }
  const { manifest } = pull.platforms.get(digest)!;
  const config = manifest.document.kind === 'image' ? manifest.document.config : null;
  if (!config || pull.configs.has(config.digest)) return null;
  const blob = await oci.getBlob(image, config.digest, { maxBytes: MAX_CONFIG_BYTES });
  if (blob === null) return { done: false, seen: `config blob of ${shownPlatform(entry?.platform)} (${config.digest}) not served yet` };
  const problem = configProblem(blob, entry);
  if (problem) return { problem: `${shownPlatform(entry?.platform)} config ${config.digest} ${problem}` };
  pull.configs.add(config.digest);
  return null;
}

/** Why a config blob is not the image config a pull needs, or null. */
function configProblem(blob: Buffer, entry: Descriptor | null): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(blob.toString('utf8'));
  } catch {
    return 'is not JSON, so no client can run the image; rebuild and push it';
  }
  const parsed = imageConfig.safeParse(raw);
  if (!parsed.success) return 'is not an image config (no "os" and "architecture"); rebuild and push it';
  if (entry?.platform) {
    const a = normalisePlatform(parsed.data);
    const b = normalisePlatform(entry.platform);
    if (a.os !== b.os || a.architecture !== b.architecture) {
      return `says ${shownPlatform(parsed.data)}, but the index lists it as ${shownPlatform(entry.platform)}: a client would run the wrong binary; rebuild and push it`;
    }
  }
  return null;
}

async function checkImage(ctx: GateContext, template: string, version: string): Promise<CheckOutcome> {
  const { image, written } = ociImage(ctx, 'container', template);
  const subject = `${written}:${version}`;
  return failOnOciError(`image ${subject}`, async () => {
    const pull: Pull = { top: null, platforms: new Map(), configs: new Set(), problem: null };
    const waited = await poll(ctx, `image-resolves: ${subject}`, image.registry, async () => {
      const look = await pullOnce(ctx, image, version, pull);
      return look.done ? { done: true, value: pull } : { done: false, seen: look.seen, value: pull };
    });
    const details = waitNote(waited);
    if (pull.problem) return fail(`${subject} ${pull.problem}`, { details });
    if (!waited.done) return notServedYet(ctx, `image ${subject}`, waited, 'check that the push succeeded and the package is public');
    const top = pull.top!;
    // In the index's order, not the order the parallel pulls happened to finish in.
    const order = top.document.kind === 'index' ? top.document.manifests.map((d) => d.digest) : [];
    const pulled = [...pull.platforms].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    const platforms = pulled.map(([, p]) => shownPlatform(p.entry?.platform ?? undefined));
    const given = ctx.settings.imageDigest ? '' : ' (image-digest not given, so which build it is was not compared)';
    const what =
      top.document.kind === 'index'
        ? `${platforms.length} platform manifest${platforms.length > 1 ? 's' : ''} (${platforms.join(', ')})`
        : 'a single image manifest';
    return pass(
      `${subject} resolves to ${top.digest} for an anonymous client${given}; ${what} and ${pull.configs.size > 1 ? 'their' : 'its'} config${pull.configs.size > 1 ? 's' : ''} download`,
      {
        details: [clip(`${top.mediaType}, ${top.size} bytes`, 200), ...details]
      }
    );
  });
}

/**
 * `image-resolves`: an anonymous pull of `{image}:{version}` resolves to `image-digest` (when given),
 * and every platform manifest and config blob it names can be fetched (image layers are not
 * downloaded). Waits while the registry does not serve them yet; a refused pull says the package is private.
 */
export const imageResolves = defineCheck({
  id: 'image-resolves',
  sections: ['container'],
  releaseOnly: 'the anonymous image pull',
  run: (ctx, { container }) => withVersion(ctx, (version) => checkImage(ctx, container.image, version))
});
