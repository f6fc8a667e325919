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
import { InTotoFormatError, readInTotoStatement, readInTotoStatementHeader, type InTotoStatement } from '../../formats/in-toto.js';
import { isBuildKitProvenanceType, recordedRevisions, type RecordedSource } from '../../formats/buildkit-provenance.js';
import { validateSpdx, type SpdxValidation } from '../../formats/spdx.js';
import { CheckFailed, sectionMissingMessage, sectionOf, sectionOffMessage, type GateContext } from '../../gate.js';
import { ociImage, platformMatches, shownPlatform } from './oci-refs.js';

export const IN_TOTO_LAYER_MEDIA_TYPE = 'application/vnd.in-toto+json';
export const PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';
export const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';

/**
 * Statements up to this size are parsed whole: an SLSA provenance statement is KiBs (BuildKit mode=max
 * with a large build graph, a few hundred KiB) and a small image's SBOM a few MiB. Memory: one layer at a
 * time, its bytes + its string + its tree ≈ 10 × 4 MiB = 40 MiB at most, and only what the checks need
 * (the SPDX verdict, the recorded revisions) is kept after it.
 */
export const MAX_WHOLE_STATEMENT_BYTES = 4 * 1024 * 1024;
/**
 * An SBOM of a large image runs to tens of MiB; anything past this is refused. A layer above
 * MAX_WHOLE_STATEMENT_BYTES is streamed from the registry: its `_type`, `subject` and `predicateType` are read
 * and the predicate is skipped unbuilt, so it costs the stream's 64 KiB chunks and the parser's buffers
 * (well under 1 MiB) whatever its size, one layer at a time. The cap bounds the transfer, not the memory.
 */
export const MAX_STATEMENT_BYTES = 64 * 1024 * 1024;
/** BuildKit writes one SBOM per scanned stage plus provenance: a handful of layers. Read one at a time, so the cap bounds time, not memory. */
export const MAX_STATEMENT_LAYERS = 64;
/** BuildKit writes one subject per platform manifest and short predicate types and digests: tighter than a DSSE statement's bounds. */
const BUILDKIT_STATEMENT_LIMITS = { maxBytes: MAX_STATEMENT_BYTES, maxSubjects: 4096, maxPredicateType: 512, maxDigestValue: 256 } as const;

/** What the sbom check learns of an SPDX statement: the document validated whole, or (too large for that) only its spdxVersion. */
export type SbomContent = { whole: true; validation: SpdxValidation } | { whole: false; bytes: number; spdxVersion: string | null };

/**
 * One in-toto statement read from an attestation layer. The predicate itself is not kept (an SBOM's is tens
 * of MiB, and the read is kept for the gate run): what the checks need of it is read as the layer is.
 */
export interface AttestationStatement {
  predicateType: string;
  subjects: Array<{ name: string; sha256: string | null }>;
  /** An SPDX SBOM's content; null for other predicate types. */
  sbom: SbomContent | null;
  /** The revisions a BuildKit provenance records; null for other predicate types. */
  provenance: RecordedSource | null;
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

function layerFault(error: InTotoFormatError, layer: Descriptor, where: string): AttestationError {
  return new AttestationError(
    error.reason === 'json'
      ? `${where}: attestation layer ${layer.digest} is ${error.message === 'not JSON' ? 'not JSON (an in-toto statement was expected)' : `${error.message}; an in-toto statement is a flat JSON document`}`
      : `${where}: attestation layer ${layer.digest} is not an in-toto statement (${error.message})`
  );
}

/** The annotation and the subject agree with the statement; throws a message naming what is wrong. */
function checkStatement(statement: InTotoStatement, layer: Descriptor, subjectDigest: string, where: string): void {
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
}

/** Parses one attestation layer (whole) as an in-toto statement; throws a message naming what is wrong. */
export function parseAttestationLayer(bytes: Buffer, layer: Descriptor, subjectDigest: string, where: string): AttestationStatement {
  let statement;
  try {
    statement = readInTotoStatement(bytes, BUILDKIT_STATEMENT_LIMITS);
  } catch (error) {
    if (!(error instanceof InTotoFormatError)) throw error;
    throw layerFault(error, layer, where);
  }
  checkStatement(statement, layer, subjectDigest, where);
  const { predicateType, predicate } = statement;
  return {
    predicateType,
    subjects: statement.subjects,
    sbom: predicateType === SPDX_PREDICATE_TYPE ? { whole: true, validation: validateSpdx(predicate) } : null,
    provenance: isBuildKitProvenanceType(predicateType) ? recordedRevisions(predicateType, predicate) : null,
    layerDigest: layer.digest
  };
}

/** A layer too large to parse whole: its statement header streamed from the registry, the predicate skipped. */
async function streamAttestationLayer(
  ctx: GateContext,
  image: ImageRef,
  layer: Descriptor,
  subjectDigest: string,
  where: string
): Promise<AttestationStatement | null> {
  const annotated = layer.annotations?.[PREDICATE_TYPE_ANNOTATION];
  const tooLarge = `${where}: attestation layer ${layer.digest} is ${layer.size} bytes, a provenance statement larger than the ${MAX_WHOLE_STATEMENT_BYTES} read (BuildKit's are KiBs)`;
  if (annotated !== undefined && isBuildKitProvenanceType(annotated)) throw new AttestationError(tooLarge);
  let spdxVersion: string | null = null;
  const statement = await ctx.clients.oci.readBlob(image, layer.digest, { maxBytes: MAX_STATEMENT_BYTES }, async (chunks) => {
    try {
      return await readInTotoStatementHeader(chunks, { ...BUILDKIT_STATEMENT_LIMITS, stopWhenRead: true }, ['$.predicate.spdxVersion'], (_path, value) => {
        spdxVersion = typeof value === 'string' ? clip(value, 40) : null;
      });
    } catch (error) {
      if (!(error instanceof InTotoFormatError)) throw error;
      throw layerFault(error, layer, where);
    }
  });
  if (statement === null) return null;
  checkStatement(statement, layer, subjectDigest, where);
  const { predicateType } = statement;
  if (isBuildKitProvenanceType(predicateType)) throw new AttestationError(tooLarge);
  return {
    predicateType,
    subjects: statement.subjects,
    sbom: predicateType === SPDX_PREDICATE_TYPE ? { whole: false, bytes: layer.size, spdxVersion } : null,
    provenance: null,
    layerDigest: layer.digest
  };
}

/** One layer, whole or streamed by its size; null when the registry does not serve it. */
async function readLayer(ctx: GateContext, image: ImageRef, layer: Descriptor, subjectDigest: string, where: string): Promise<AttestationStatement | null> {
  if (layer.size > MAX_STATEMENT_BYTES) {
    throw new AttestationError(`${where}: attestation layer ${layer.digest} is ${layer.size} bytes, larger than the ${MAX_STATEMENT_BYTES} read`);
  }
  if (layer.size > MAX_WHOLE_STATEMENT_BYTES) return streamAttestationLayer(ctx, image, layer, subjectDigest, where);
  // The descriptor's size is the registry's word; the blob is bounded by the whole-statement cap all the same.
  const bytes = await ctx.clients.oci.getBlob(image, layer.digest, { maxBytes: MAX_WHOLE_STATEMENT_BYTES });
  return bytes === null ? null : parseAttestationLayer(bytes, layer, subjectDigest, where);
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
  // One layer at a time: each is read, judged and reduced to what the checks need before the next is fetched.
  for (const layer of layers) {
    const statement = await readLayer(ctx, target.image, layer, match.digest, where);
    if (statement === null) throw new AttestationError(`${where}: attestation layer ${layer.digest} is listed but the registry does not serve it (404)`);
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
