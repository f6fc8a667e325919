/**
 * cosign's signature tag: `sha256-<hex>.sig` beside the signed manifest, an image manifest whose
 * layers are simple-signing payloads (`application/vnd.dev.cosign.simplesigning.v1+json`) with the
 * signature, Fulcio certificate, chain and Rekor bundle in each layer's annotations. Each layer is
 * turned into the Sigstore bundle (v0.1, x509 chain, the tlog entry with the SET as its inclusion
 * promise) that cosign itself builds from these annotations, so that @sigstore/verify checks it with
 * the payload as the signed artifact; nothing here checks a signature by hand.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { z } from 'zod';
import { clip } from '../../errors.js';
import type { OciApi } from './index.js';
import { OciError } from './errors.js';
import { DIGEST, parseImageRef, shownReference, type ImageRef } from './reference.js';

/** `critical.type` of a cosign image signature payload. */
export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
export const SIMPLE_SIGNING_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const COSIGN_ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle'
} as const;
/** The bundle media type cosign gives a bundle made from signature-tag annotations. */
export const BUNDLE_V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
/** A simple-signing payload is a few hundred bytes. */
const MAX_PAYLOAD_BYTES = 64 * 1024;

/** `sha256-<hex>.sig`: cosign's signature tag for a digest. */
export function cosignSignatureTag(digest: string): string {
  if (!DIGEST.test(digest)) throw new OciError(`"${clip(digest)}" is not a sha256/sha512 digest`);
  return `${digest.replace(':', '-')}.sig`;
}

/** Rekor's signed entry, as cosign stores it in `dev.sigstore.cosign/bundle`. */
const rekorBundleSchema = z.object({
  SignedEntryTimestamp: z.string().min(1).max(4096),
  Payload: z.object({
    body: z
      .string()
      .min(1)
      .max(1024 * 1024),
    integratedTime: z.number().int().nonnegative(),
    logIndex: z.number().int().nonnegative(),
    logID: z.string().regex(/^[0-9a-f]{64}$/i, 'must be 64 hex digits')
  })
});

const rekorBodySchema = z.looseObject({ kind: z.string().min(1).max(64), apiVersion: z.string().min(1).max(32) });

/** The simple-signing payload cosign signs (containers/image's "cosign container image signature"). */
const simpleSigningSchema = z.object({
  critical: z.looseObject({
    identity: z.looseObject({ 'docker-reference': z.string().max(1024) }),
    image: z.looseObject({ 'docker-manifest-digest': z.string().max(200) }),
    type: z.string().max(200)
  }),
  optional: z.unknown().optional()
});

export interface SimpleSigningPayload {
  dockerReference: string;
  manifestDigest: string;
  type: string;
}

export class CosignFormatError extends Error {
  override name = 'CosignFormatError';
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(document)'}: ${clip(issue.message, 120)}` : 'invalid';
}

/** Reads a simple-signing payload; throws CosignFormatError naming what is wrong. */
export function parseSimpleSigning(payload: Buffer): SimpleSigningPayload {
  let raw: unknown;
  try {
    raw = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new CosignFormatError('the simple-signing payload is not JSON');
  }
  const parsed = simpleSigningSchema.safeParse(raw);
  if (!parsed.success) throw new CosignFormatError(`the simple-signing payload is malformed (${firstIssue(parsed.error)})`);
  const { critical } = parsed.data;
  return { dockerReference: critical.identity['docker-reference'], manifestDigest: critical.image['docker-manifest-digest'], type: critical.type };
}

/** The DER certificates of a PEM text (one or several blocks), each parsed by node's X.509 parser. */
function pemCertificates(pem: string, what: string): Buffer[] {
  // Splitting concatenated PEM blocks is all that is done here; the parsing is node's.
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new CosignFormatError(`the ${what} annotation holds no PEM certificate`);
  return blocks.map((block) => {
    try {
      return new X509Certificate(block).raw;
    } catch (error) {
      throw new CosignFormatError(`the ${what} annotation holds a certificate that does not parse (${clip(String(error), 120)})`);
    }
  });
}

/**
 * The Sigstore bundle cosign builds from a signature layer's annotations (cosign's
 * `bundle.MakeProtobufBundle` path for the old layout): v0.1, the leaf certificate followed by the
 * chain, one tlog entry whose inclusion promise is the SET and whose body is Rekor's, and a message
 * signature over the sha256 of the payload. Throws CosignFormatError naming the annotation at fault.
 */
export function bundleFromCosignLayer(annotations: Record<string, string>, payload: Buffer): Record<string, unknown> {
  const signature = annotations[COSIGN_ANNOTATIONS.signature];
  if (!signature) throw new CosignFormatError(`the layer has no ${COSIGN_ANNOTATIONS.signature} annotation`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) throw new CosignFormatError(`the ${COSIGN_ANNOTATIONS.signature} annotation is not base64`);
  const certificate = annotations[COSIGN_ANNOTATIONS.certificate];
  if (!certificate) {
    throw new CosignFormatError(
      `the layer has no ${COSIGN_ANNOTATIONS.certificate} annotation: it was signed with a key, not keyless through Fulcio, so it names no signer identity`
    );
  }
  const certificates = pemCertificates(certificate, COSIGN_ANNOTATIONS.certificate);
  const chain = annotations[COSIGN_ANNOTATIONS.chain];
  if (chain) certificates.push(...pemCertificates(chain, COSIGN_ANNOTATIONS.chain));
  const bundleText = annotations[COSIGN_ANNOTATIONS.bundle];
  if (!bundleText)
    throw new CosignFormatError(`the layer has no ${COSIGN_ANNOTATIONS.bundle} annotation, so no transparency-log entry proves when it was signed`);
  let rawBundle: unknown;
  try {
    rawBundle = JSON.parse(bundleText);
  } catch {
    throw new CosignFormatError(`the ${COSIGN_ANNOTATIONS.bundle} annotation is not JSON`);
  }
  const rekor = rekorBundleSchema.safeParse(rawBundle);
  if (!rekor.success) throw new CosignFormatError(`the ${COSIGN_ANNOTATIONS.bundle} annotation is malformed (${firstIssue(rekor.error)})`);
  const { SignedEntryTimestamp, Payload } = rekor.data;
  let body: z.infer<typeof rekorBodySchema>;
  try {
    const parsed = rekorBodySchema.safeParse(JSON.parse(Buffer.from(Payload.body, 'base64').toString('utf8')));
    if (!parsed.success) throw new CosignFormatError(`its Rekor entry body is malformed (${firstIssue(parsed.error)})`);
    body = parsed.data;
  } catch (error) {
    if (error instanceof CosignFormatError) throw error;
    throw new CosignFormatError(`the Rekor entry body in ${COSIGN_ANNOTATIONS.bundle} is not base64 JSON`);
  }
  return {
    mediaType: BUNDLE_V01,
    verificationMaterial: {
      x509CertificateChain: { certificates: certificates.map((der) => ({ rawBytes: der.toString('base64') })) },
      tlogEntries: [
        {
          logIndex: String(Payload.logIndex),
          logId: { keyId: Buffer.from(Payload.logID, 'hex').toString('base64') },
          kindVersion: { kind: body.kind, version: body.apiVersion },
          integratedTime: String(Payload.integratedTime),
          inclusionPromise: { signedEntryTimestamp: SignedEntryTimestamp },
          canonicalizedBody: Payload.body
        }
      ],
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
      signature
    }
  };
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
  signatures: CosignSignature[];
  /** Simple-signing layers that cannot be read as a keyless signature (each a failure of the caller's check). */
  broken: Array<{ layer: string; problem: string }>;
}

/** The signatures on cosign's `.sig` tag for `digest`, each as a bundle to verify; none when the tag does not exist. */
export async function readCosignSignatures(oci: OciApi, image: ImageRef, digest: string): Promise<CosignSignatures> {
  const tag = cosignSignatureTag(digest);
  const manifest = await oci.getManifest(image, tag);
  const result: CosignSignatures = { tag, found: manifest !== null, signatures: [], broken: [] };
  if (!manifest) return result;
  if (manifest.document.kind !== 'image') {
    throw new OciError(`${shownReference(image, tag)} (cosign's signature tag) is an image index; cosign writes an image manifest of signature layers`);
  }
  for (const layer of manifest.document.layers) {
    if (layer.mediaType !== SIMPLE_SIGNING_TYPE) {
      result.broken.push({ layer: layer.digest, problem: `a layer of type ${clip(layer.mediaType, 100)}, not ${SIMPLE_SIGNING_TYPE}` });
      continue;
    }
    const payload = await oci.getBlob(image, layer.digest, { maxBytes: MAX_PAYLOAD_BYTES });
    if (!payload) {
      result.broken.push({ layer: layer.digest, problem: 'its payload blob is not served by the registry' });
      continue;
    }
    try {
      result.signatures.push({ layer: layer.digest, payload, bundle: bundleFromCosignLayer(layer.annotations ?? {}, payload) });
    } catch (error) {
      if (!(error instanceof CosignFormatError)) throw error;
      result.broken.push({ layer: layer.digest, problem: error.message });
    }
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
