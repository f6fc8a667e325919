/**
 * BuildKit's image attestations (`docker buildx build --sbom --provenance`, docker/build-push-action):
 * for every platform manifest of an image index, an attestation manifest in the same index
 * (platform `unknown/unknown`, annotated `vnd.docker.reference.type: attestation-manifest` and
 * `vnd.docker.reference.digest: <platform manifest digest>`) whose layers are in-toto statements
 * (`application/vnd.in-toto+json`, layer annotation `in-toto.io/predicate-type`).
 *
 * Shared by `sbom` (SPDX) and `provenance` (SLSA). Read once per gate run (ctx.once) per image digest
 * and platform list. Every problem is thrown as an AttestationError, a one-line CheckFailed naming
 * the image, the platform and what is wrong.
 */
import { OciError, shownReference, type Descriptor, type ImageRef } from '../../clients/oci/index.js';
import { clip, messageOf } from '../../util/text.js';
import { attestationEntryFor, platformEntries } from '../../formats/buildkit-index.js';
import { InTotoFormatError, readInTotoStatement } from '../../formats/in-toto.js';
import { CheckFailed, sectionMissingMessage, sectionOf, sectionOffMessage, type GateContext } from '../../gate.js';
import { ociImage, platformMatches, shownPlatform } from './oci-refs.js';

export const IN_TOTO_LAYER_MEDIA_TYPE = 'application/vnd.in-toto+json';
export const PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';
export const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';

/** An SBOM of a large image runs to tens of MiB; anything past this is refused rather than held in memory. */
export const MAX_STATEMENT_BYTES = 64 * 1024 * 1024;
/** BuildKit writes one SBOM per scanned stage plus provenance: a handful of layers. */
export const MAX_STATEMENT_LAYERS = 64;
/** BuildKit writes one subject per platform manifest and short predicate types and digests: tighter than a DSSE statement's bounds. */
const BUILDKIT_STATEMENT_LIMITS = { maxBytes: MAX_STATEMENT_BYTES, maxSubjects: 4096, maxPredicateType: 512, maxDigestValue: 256 } as const;

/** One in-toto statement read from an attestation layer. */
export interface AttestationStatement {
  predicateType: string;
  subjects: Array<{ name: string; sha256: string | null }>;
  predicate: unknown;
  /** The layer blob it was read from, for messages. */
  layerDigest: string;
}

/** The attestations of one `container.platforms` entry. */
export interface PlatformAttestations {
  /** The platform as `container.platforms` writes it. */
  platform: string;
  /** The platform manifest in the index that matched it. */
  manifestDigest: string;
  /** The attestation manifest that references the platform manifest; null when the index has none for it. */
  attestationDigest: string | null;
  /** Statements by predicate type (empty when there is no attestation manifest). */
  statements: ReadonlyMap<string, readonly AttestationStatement[]>;
}

export interface ImageAttestations {
  /** `registry/repository@digest`, for messages. */
  reference: string;
  platforms: PlatformAttestations[];
}

/** What to read: the image as `container.image` names it, the index digest and the platforms. */
export interface AttestationTarget {
  image: ImageRef;
  digest: string;
  platforms: readonly string[];
}

export class AttestationError extends CheckFailed {
  override name = 'AttestationError';
}

/** The statements of one predicate type (empty array when none). */
export function statementsOf(platform: PlatformAttestations, predicateType: string): readonly AttestationStatement[] {
  return platform.statements.get(predicateType) ?? [];
}

/** Parses one attestation layer as an in-toto statement; throws a message naming what is wrong. */
export function parseAttestationLayer(bytes: Buffer, layer: Descriptor, subjectDigest: string, where: string): AttestationStatement {
  let statement;
  try {
    statement = readInTotoStatement(bytes, BUILDKIT_STATEMENT_LIMITS);
  } catch (error) {
    if (!(error instanceof InTotoFormatError)) throw error;
    throw new AttestationError(
      error.reason === 'json'
        ? `${where}: attestation layer ${layer.digest} is not JSON (an in-toto statement was expected)`
        : `${where}: attestation layer ${layer.digest} is not an in-toto statement (${error.message})`
    );
  }
  const annotated = layer.annotations?.[PREDICATE_TYPE_ANNOTATION];
  if (annotated !== undefined && annotated !== statement.predicateType) {
    throw new AttestationError(
      `${where}: attestation layer ${layer.digest} is annotated predicate type ${clip(annotated, 120)} but holds ${clip(statement.predicateType, 120)}; the attestation manifest was altered`
    );
  }
  const { subjects } = statement;
  const wanted = subjectDigest.replace(/^sha256:/, '');
  if (!subjects.some((s) => s.sha256 === wanted)) {
    throw new AttestationError(
      `${where}: the ${clip(statement.predicateType, 120)} statement in layer ${layer.digest} is about ${clip(subjects.map((s) => s.sha256 ?? s.name).join(', '), 160)}, not the platform manifest ${subjectDigest}`
    );
  }
  return { predicateType: statement.predicateType, subjects, predicate: statement.predicate, layerDigest: layer.digest };
}

async function readPlatform(
  ctx: GateContext,
  target: AttestationTarget,
  platform: string,
  manifests: Descriptor[],
  reference: string
): Promise<PlatformAttestations> {
  const candidates = platformEntries(manifests);
  const match = candidates.find((d) => d.platform && platformMatches(platform, d.platform));
  if (!match) {
    const found = candidates.map((d) => shownPlatform(d.platform));
    throw new AttestationError(
      `${reference} has no manifest for platform ${platform} (it has ${found.length ? found.join(', ') : 'none'}); build for every container.platforms entry`
    );
  }
  const where = `${reference} (${platform})`;
  const attestation = attestationEntryFor(manifests, match.digest);
  if (!attestation) return { platform, manifestDigest: match.digest, attestationDigest: null, statements: new Map() };
  const fetched = await ctx.clients.oci.getManifest(target.image, attestation.digest);
  if (fetched === null)
    throw new AttestationError(`${where}: the index lists attestation manifest ${attestation.digest}, but the registry does not serve it (404)`);
  if (fetched.document.kind !== 'image') {
    throw new AttestationError(`${where}: attestation manifest ${attestation.digest} is ${fetched.document.mediaType}, not an image manifest`);
  }
  const layers = fetched.document.layers.filter((l) => l.mediaType === IN_TOTO_LAYER_MEDIA_TYPE);
  if (layers.length > MAX_STATEMENT_LAYERS) {
    throw new AttestationError(
      `${where}: attestation manifest ${attestation.digest} has ${layers.length} in-toto layers, more than the ${MAX_STATEMENT_LAYERS} read`
    );
  }
  const statements = new Map<string, AttestationStatement[]>();
  for (const layer of layers) {
    if (layer.size > MAX_STATEMENT_BYTES) {
      throw new AttestationError(`${where}: attestation layer ${layer.digest} is ${layer.size} bytes, larger than the ${MAX_STATEMENT_BYTES} read`);
    }
    const bytes = await ctx.clients.oci.getBlob(target.image, layer.digest, { maxBytes: MAX_STATEMENT_BYTES });
    if (bytes === null) throw new AttestationError(`${where}: attestation layer ${layer.digest} is listed but the registry does not serve it (404)`);
    const statement = parseAttestationLayer(bytes, layer, match.digest, where);
    statements.set(statement.predicateType, [...(statements.get(statement.predicateType) ?? []), statement]);
  }
  return { platform, manifestDigest: match.digest, attestationDigest: attestation.digest, statements };
}

async function read(ctx: GateContext, target: AttestationTarget): Promise<ImageAttestations> {
  const reference = shownReference(target.image, target.digest);
  try {
    const index = await ctx.clients.oci.getManifest(target.image, target.digest);
    if (index === null)
      throw new AttestationError(
        `${reference} is not served by the registry (404); pass the digest the push reported as image-digest, and run this gate after the push`
      );
    if (index.document.kind !== 'index') {
      throw new AttestationError(
        `${reference} is a single-platform image manifest (${index.document.mediaType}), not an image index, so it carries no BuildKit attestations; build with docker/build-push-action (sbom: true, provenance: mode=max)`
      );
    }
    const platforms: PlatformAttestations[] = [];
    for (const platform of target.platforms) platforms.push(await readPlatform(ctx, target, platform, index.document.manifests, reference));
    return { reference, platforms };
  } catch (error) {
    if (error instanceof OciError) {
      throw new AttestationError(`${error.reason === 'private' ? `${reference} cannot be pulled anonymously: ` : ''}${clip(messageOf(error), 400)}`, {
        cause: error
      });
    }
    throw error;
  }
}

/**
 * The BuildKit attestations of every `target.platforms` entry of the image index at `target.digest`,
 * read once per gate run. A platform without an attestation manifest comes back with
 * `attestationDigest: null` (the caller says what is missing); everything else that is wrong (index
 * not served or not an index, a platform missing, a manifest or layer missing, too large, not an
 * in-toto statement, about another manifest, a predicate type that disagrees with its annotation)
 * throws an AttestationError. Registry failures after the client's retries throw one as well.
 */
export function readImageAttestations(ctx: GateContext, target: AttestationTarget): Promise<ImageAttestations> {
  const key = `buildkit-attestations:${target.image.registry}/${target.image.repository}@${target.digest}:${target.platforms.join(',')}`;
  return ctx.once(key, () => read(ctx, target));
}

/** Why the image part of a check cannot run, or the image to read. */
export type ImageAttestationPlan =
  { state: 'skip'; reason: string } | { state: 'fail'; reason: string } | { state: 'read'; target: AttestationTarget; written: string };

export const EMPTY_IMAGE_DIGEST =
  'image-digest is empty: without it nothing proves which image was built; pass the "digest" output of docker/build-push-action as the image-digest input (image-digest: ${{ steps.<push step id>.outputs.digest }})';

/**
 * Whether the image attestations apply, for `sbom` and `provenance`: not for a rehearsal tag, not with
 * `supply-chain.image-attestations: false` or `container: false` (skip, with the reason); a missing
 * `container` section or an empty image-digest fails; else the image index to read.
 */
export function imageAttestationPlan(ctx: GateContext, checkId: string): ImageAttestationPlan {
  if (ctx.release.kind === 'rehearsal') return { state: 'skip', reason: 'rehearsal tag: the image attestations apply to release tags only' };
  const supplyChain = sectionOf(ctx.config, 'supply-chain');
  if (supplyChain.state === 'on' && !supplyChain.value['image-attestations']) {
    return { state: 'skip', reason: 'image attestations turned off (supply-chain.image-attestations: false)' };
  }
  const container = sectionOf(ctx.config, 'container');
  if (container.state === 'off') return { state: 'skip', reason: `no container image (${sectionOffMessage('container')})` };
  if (container.state === 'missing') {
    return {
      state: 'fail',
      reason: sectionMissingMessage('container', checkId, {
        purpose: 'to find the image attestations',
        remedy: 'when the project ships no image, or supply-chain.image-attestations: false'
      })
    };
  }
  if (!ctx.settings.imageDigest) return { state: 'fail', reason: EMPTY_IMAGE_DIGEST };
  const { image, written } = ociImage(ctx, 'container', container.value.image);
  return { state: 'read', target: { image, digest: ctx.settings.imageDigest, platforms: container.value.platforms }, written };
}

/** The image part of `sbom` or `provenance`: the attestations read, or why there are none to read. */
export type PlannedImageAttestations =
  | { state: 'read'; attestations: ImageAttestations; plan: Extract<ImageAttestationPlan, { state: 'read' }> }
  /** Skipped (`detail` says why) or failed (`problem`, one line): the part ends here. */
  | { state: 'ended'; problems: string[]; details: string[] };

/**
 * imageAttestationPlan, then readImageAttestations: one step for both checks. `what` names the
 * attestations in the skip line ("image SBOM attestations"). A one-line failure (CheckFailed, such as an
 * AttestationError or a container.image the reference grammar refuses) becomes the part's problem;
 * anything else propagates and fails the check.
 */
export async function planAndReadImageAttestations(ctx: GateContext, checkId: string, what: string): Promise<PlannedImageAttestations> {
  try {
    const plan = imageAttestationPlan(ctx, checkId);
    if (plan.state === 'skip') return { state: 'ended', problems: [], details: [`${what} not checked: ${plan.reason}`] };
    if (plan.state === 'fail') return { state: 'ended', problems: [plan.reason], details: [] };
    return { state: 'read', attestations: await readImageAttestations(ctx, plan.target), plan };
  } catch (error) {
    if (error instanceof CheckFailed) return { state: 'ended', problems: [error.message], details: [] };
    throw error;
  }
}
