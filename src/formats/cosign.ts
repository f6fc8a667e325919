/**
 * cosign's signature format, read without any I/O (sigstore/cosign specs/SIGNATURE_SPEC.md): the
 * simple-signing payload (containers/image's "cosign container image signature") and the annotations of a
 * `.sig` layer, turned into the Sigstore bundle (v0.1, x509 chain, the tlog entry with the SET as its
 * inclusion promise) that cosign itself builds from them, so that @sigstore/verify checks it with the
 * payload as the signed artifact; nothing here checks a signature by hand.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { z } from 'zod';
import { clip } from '../util/text.js';
import { firstZodIssue } from '../util/zod-issue.js';
import { ReleaseGatesError } from '../errors.js';
import { parseJson } from '../util/json.js';

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
export const MAX_PAYLOAD_BYTES = 64 * 1024;

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

export class CosignFormatError extends ReleaseGatesError {
  override name = 'CosignFormatError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

/** The path is not clipped: it holds only the schema's own keys and array indices, short by construction. */
const firstIssue = (error: z.ZodError): string => firstZodIssue(error, { top: '(document)', messageMax: 120 });

/**
 * A copy of the payload with the keys cosign reads in lower case. cosign decodes the payload with Go's
 * encoding/json, which matches keys case-insensitively, and its own SIGNATURE_SPEC example writes
 * `Docker-manifest-digest`: a payload spelled so is one cosign accepts. Two keys that differ only in case
 * are refused instead of guessing which one cosign would take.
 */
function foldSimpleSigningKeys(raw: unknown): unknown {
  const fold = (value: unknown, where: string): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const folded: Record<string, unknown> = {};
    const spelled = new Map<string, string>();
    for (const [key, inner] of Object.entries(value)) {
      const lower = key.toLowerCase();
      const other = spelled.get(lower);
      if (other !== undefined) {
        throw new CosignFormatError(
          `the simple-signing payload has both "${clip(other, 60)}" and "${clip(key, 60)}" in ${where}; cosign reads keys case-insensitively, so which one it takes is ambiguous`
        );
      }
      spelled.set(lower, key);
      folded[lower] = inner;
    }
    return folded;
  };
  const root = fold(raw, '(document)');
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return root;
  let critical = (root as Record<string, unknown>).critical;
  critical = fold(critical, 'critical');
  if (critical !== null && typeof critical === 'object' && !Array.isArray(critical)) {
    const c = critical as Record<string, unknown>;
    c.identity = fold(c.identity, 'critical.identity');
    c.image = fold(c.image, 'critical.image');
  }
  return { ...(root as Record<string, unknown>), critical };
}

/** Reads a simple-signing payload; throws CosignFormatError naming what is wrong. */
export function parseSimpleSigning(payload: Buffer): SimpleSigningPayload {
  // Depth bounded before parsing (util/json.ts), as for every signed document read.
  const raw = parseJson(payload);
  if (!raw.ok) throw new CosignFormatError(`the simple-signing payload is ${raw.deep ? raw.reason : 'not JSON'}`);
  const parsed = simpleSigningSchema.safeParse(foldSimpleSigningKeys(raw.value));
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
  const rawBundle = parseJson(bundleText);
  if (!rawBundle.ok) throw new CosignFormatError(`the ${COSIGN_ANNOTATIONS.bundle} annotation is ${rawBundle.deep ? rawBundle.reason : 'not JSON'}`);
  const rekor = rekorBundleSchema.safeParse(rawBundle.value);
  if (!rekor.success) throw new CosignFormatError(`the ${COSIGN_ANNOTATIONS.bundle} annotation is malformed (${firstIssue(rekor.error)})`);
  const { SignedEntryTimestamp, Payload } = rekor.data;
  const rawBody = parseJson(Buffer.from(Payload.body, 'base64'));
  if (!rawBody.ok) {
    throw new CosignFormatError(`the Rekor entry body in ${COSIGN_ANNOTATIONS.bundle} is ${rawBody.deep ? rawBody.reason : 'not base64 JSON'}`);
  }
  const parsedBody = rekorBodySchema.safeParse(rawBody.value);
  if (!parsedBody.success) throw new CosignFormatError(`its Rekor entry body is malformed (${firstIssue(parsedBody.error)})`);
  const body = parsedBody.data;
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
