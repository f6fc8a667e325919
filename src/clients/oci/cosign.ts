/**
 * cosign's signature tag: `sha256-<hex>.sig` beside the signed manifest, an image manifest whose
 * layers are simple-signing payloads (`application/vnd.dev.cosign.simplesigning.v1+json`) with the
 * signature, Fulcio certificate, chain and Rekor bundle in each layer's annotations. The pure readers of
 * that format (payload, layer annotations to a Sigstore bundle) are in src/formats/cosign.ts; this client
 * fetches the tag and its blobs and hands each layer to them.
 */
import { clip } from '../../util/text.js';
import { MAX_PAYLOAD_BYTES, SIMPLE_SIGNING_TYPE, CosignFormatError, bundleFromCosignLayer } from '../../formats/cosign.js';
import type { OciApi } from './api.js';
import { OciError } from './errors.js';
import { DIGEST, parseImageRef, shownReference, type ImageRef } from './reference.js';

/** `sha256-<hex>.sig`: cosign's signature tag for a digest. */
export function cosignSignatureTag(digest: string): string {
  if (!DIGEST.test(digest)) throw new OciError(`"${clip(digest)}" is not a sha256/sha512 digest`);
  return `${digest.replace(':', '-')}.sig`;
}

export interface CosignSignature {
  /** The payload layer's digest. */
  layer: string;
  /** The simple-signing payload: the artifact the bundle's signature is over. */
  payload: Buffer;
  /** The Sigstore bundle built from the layer's annotations, not yet verified. */
  bundle: Record<string, unknown>;
}

export interface CosignSignatures {
  /** `sha256-<hex>.sig` */
  tag: string;
  /** Whether the signature tag exists. */
  found: boolean;
  /** How many layers the tag's manifest lists (signatures and broken ones alike). */
  layers: number;
  /** Simple-signing layers that cannot be read as a keyless signature (each a failure of the caller's check). */
  broken: Array<{ layer: string; problem: string }>;
}

/**
 * cosign appends one layer per `cosign sign` of the digest: a handful. Memory: a layer is fetched only after
 * the one before has been handed to `each` and dropped, so at most one payload (MAX_PAYLOAD_BYTES, 64 KiB)
 * and one bundle built from the manifest's annotations (the manifest itself ≤ 4 MiB) are held at a time;
 * the cap bounds the time (one blob fetch and one verification per layer), not the memory.
 */
export const MAX_SIGNATURE_LAYERS = 128;

/**
 * The signatures on cosign's `.sig` tag for `digest`, each handed to `each` as a bundle to verify, one at a
 * time and in layer order (the next payload is fetched once `each` has settled); none when the tag does not exist.
 */
export async function readCosignSignatures(
  oci: OciApi,
  image: ImageRef,
  digest: string,
  each: (signature: CosignSignature) => Promise<void>
): Promise<CosignSignatures> {
  const tag = cosignSignatureTag(digest);
  const manifest = await oci.getManifest(image, tag);
  if (!manifest) return { tag, found: false, layers: 0, broken: [] };
  if (manifest.document.kind !== 'image') {
    throw new OciError(`${shownReference(image, tag)} (cosign's signature tag) is an image index; cosign writes an image manifest of signature layers`);
  }
  const { layers } = manifest.document;
  if (layers.length > MAX_SIGNATURE_LAYERS) {
    throw new OciError(
      `${shownReference(image, tag)} (cosign's signature tag) has ${layers.length} layers, more than the ${MAX_SIGNATURE_LAYERS} read; cosign adds one per signing — delete the tag and sign the digest again`
    );
  }
  const result: CosignSignatures = { tag, found: true, layers: layers.length, broken: [] };
  for (const layer of layers) {
    if (layer.mediaType !== SIMPLE_SIGNING_TYPE) {
      result.broken.push({ layer: layer.digest, problem: `a layer of type ${clip(layer.mediaType, 100)}, not ${SIMPLE_SIGNING_TYPE}` });
      continue;
    }
    const payload = await oci.getBlob(image, layer.digest, { maxBytes: MAX_PAYLOAD_BYTES });
    if (!payload) {
      result.broken.push({ layer: layer.digest, problem: 'its payload blob is not served by the registry' });
      continue;
    }
    let bundle: Record<string, unknown>;
    try {
      bundle = bundleFromCosignLayer(layer.annotations ?? {}, payload);
    } catch (error) {
      if (!(error instanceof CosignFormatError)) throw error;
      result.broken.push({ layer: layer.digest, problem: error.message });
      continue;
    }
    await each({ layer: layer.digest, payload, bundle });
  }
  return result;
}

/**
 * A repository as Docker normalises names (distribution/reference's ParseNormalizedNamed): lower case,
 * `docker.io` and `index.docker.io` the same registry, `library/` before a single-component Docker Hub
 * name, no tag or digest. Null when it is no repository reference.
 */
export function normaliseRepository(reference: string): string | null {
  let text = reference.trim().toLowerCase();
  const at = text.indexOf('@');
  if (at >= 0) text = text.slice(0, at);
  const slash = text.lastIndexOf('/');
  const colon = text.lastIndexOf(':');
  if (colon > slash) text = text.slice(0, colon);
  try {
    // The registry grammar and Docker Hub's aliases are the image-reference parser's (registry-1.docker.io for all three).
    const image = parseImageRef(text);
    return `${image.registry}/${image.repository}`;
  } catch {
    return null;
  }
}
