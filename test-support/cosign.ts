/**
 * Signatures laid out in a registry exactly as cosign writes them, pushed to the real Distribution
 * registry with test-support/oci-registry.ts's pusher. The signing itself is real (@sigstore/sign
 * against the mock CA and transparency log of test-support/sigstore.ts); this module only moves the
 * signed material into cosign's two layouts:
 *
 * - the signature tag `sha256-<hex>.sig`: an OCI manifest whose layers are simple-signing payloads,
 *   each annotated with the signature (base64), the Fulcio certificate and chain (PEM) and the Rekor
 *   bundle (`SignedEntryTimestamp` + `Payload` {body, integratedTime, logIndex, logID}), as
 *   `cosign sign` (without --new-bundle-format) writes them;
 * - a Sigstore bundle referrer (`cosign sign --new-bundle-format`, `cosign attest`): an OCI 1.1 artifact
 *   manifest (artifactType the bundle media type, empty config, the bundle as the single layer, `subject`
 *   the signed manifest), listed under the referrers fallback tag `sha256-<hex>` since Distribution has
 *   no referrers API.
 */
import { createHash } from 'node:crypto';
import type { Descriptor, OciPusher } from './oci-registry.js';

export const SIMPLE_SIGNING_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const BUNDLE_V03_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The OCI empty descriptor (`{}`), cosign's config for a bundle referrer. */
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_TYPE = 'application/vnd.oci.empty.v1+json';
/** cosign's predicate type for an image signature written as an in-toto statement. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A signed Sigstore bundle as @sigstore/sign returns it (JSON), just the parts read here. */
export interface SignedBundleJson {
  mediaType: string;
  verificationMaterial: {
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: Array<{ rawBytes: string }> };
    tlogEntries: Array<{
      logIndex: string;
      logId: { keyId: string };
      integratedTime: string;
      inclusionPromise?: { signedEntryTimestamp: string };
      canonicalizedBody: string;
    }>;
  };
  messageSignature?: { messageDigest: { algorithm: string; digest: string }; signature: string };
  dsseEnvelope?: unknown;
}

export function pem(derBase64: string): string {
  const lines = derBase64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** The CA chain of a trusted_root.json (intermediates and root), as cosign's chain annotation holds it. */
export function chainPemOf(trustedRoot: { certificateAuthorities: Array<{ certChain: { certificates: Array<{ rawBytes: string }> } }> }): string {
  return trustedRoot.certificateAuthorities[0]!.certChain.certificates.map((c) => pem(c.rawBytes)).join('');
}

/** The simple-signing payload cosign signs for `repository@digest` (sigstore/cosign's payload.Cosign). */
export function simpleSigningPayload(repository: string, digest: string, optional: Record<string, string> | null = null): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: { identity: { 'docker-reference': repository }, image: { 'docker-manifest-digest': digest }, type: 'cosign container image signature' },
      optional
    })
  );
}

export interface CosignLayer {
  payload: Buffer;
  annotations: Record<string, string>;
}

/**
 * The signature layer cosign writes from a message-signature bundle over `payload`: the signature,
 * the leaf certificate in PEM, the chain, and the Rekor bundle rebuilt from the tlog entry (the SET
 * from its inclusion promise, the Payload fields from the entry).
 */
export function cosignLayer(bundle: SignedBundleJson, payload: Buffer, chainPem?: string): CosignLayer {
  const material = bundle.verificationMaterial;
  const leaf = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
  const entry = material.tlogEntries[0];
  if (!leaf || !entry?.inclusionPromise || !bundle.messageSignature)
    throw new Error('cosignLayer needs a message-signature bundle with a certificate and a tlog entry with an inclusion promise');
  const rekorBundle = {
    SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
    Payload: {
      body: entry.canonicalizedBody,
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
    }
  };
  return {
    payload,
    annotations: {
      'dev.cosignproject.cosign/signature': bundle.messageSignature.signature,
      'dev.sigstore.cosign/certificate': pem(leaf),
      ...(chainPem ? { 'dev.sigstore.cosign/chain': chainPem } : {}),
      'dev.sigstore.cosign/bundle': JSON.stringify(rekorBundle)
    }
  };
}

/** `sha256-<hex>.sig` */
export function signatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

/**
 * Pushes cosign's signature manifest for `digest`: one simple-signing layer per signature, the config
 * cosign writes (an image config whose rootfs lists the layers), tagged `sha256-<hex>.sig`.
 */
export async function pushCosignSignatures(pusher: OciPusher, repository: string, digest: string, layers: CosignLayer[]): Promise<Descriptor> {
  const pushed = [];
  for (const layer of layers) {
    const blob = await pusher.blob(repository, layer.payload, SIMPLE_SIGNING_TYPE);
    pushed.push({ ...blob, annotations: layer.annotations });
  }
  const config = await pusher.blob(
    repository,
    Buffer.from(
      JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: pushed.map((l) => l.digest) },
        config: {}
      })
    ),
    'application/vnd.oci.image.config.v1+json'
  );
  return pusher.manifest(repository, signatureTag(digest), {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config,
    layers: pushed
  });
}

/** `sha256-<hex>`: the referrers fallback tag. */
export function fallbackTag(digest: string): string {
  return digest.replace(':', '-');
}

export interface ReferrerOptions {
  /** The referrer's artifactType (default the v0.3 bundle type). */
  artifactType?: string;
  /** The subject written into the referrer (default the signed manifest). */
  subject?: Descriptor;
  /** Tag the referrer into the fallback index (default true). */
  listInFallbackTag?: boolean;
  /** What the fallback index's descriptor claims (to show it is not believed). */
  claimedInIndex?: Record<string, unknown>;
  /** Extra layers after the bundle. */
  extraLayers?: Buffer[];
}

/** Pushes a Sigstore bundle referrer of `subject`, as cosign does with --new-bundle-format, and lists it in the fallback tag. */
export async function pushBundleReferrer(
  pusher: OciPusher,
  repository: string,
  subject: Descriptor,
  bundle: object,
  options: ReferrerOptions = {}
): Promise<Descriptor> {
  const artifactType = options.artifactType ?? BUNDLE_V03_TYPE;
  const bundleBytes = Buffer.from(JSON.stringify(bundle));
  const layer = await pusher.blob(repository, bundleBytes, artifactType);
  const extra = [];
  for (const content of options.extraLayers ?? []) extra.push(await pusher.blob(repository, content, artifactType));
  const config = await pusher.blob(repository, EMPTY_JSON, EMPTY_TYPE);
  const content = 'dsseEnvelope' in bundle ? 'dsse-envelope' : 'message-signature';
  const annotations = {
    'dev.sigstore.bundle.content': content,
    ...(content === 'dsse-envelope' ? { 'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE } : {}),
    'org.opencontainers.image.created': '2026-11-20T10:00:00Z'
  };
  const subjectDescriptor = options.subject ?? subject;
  const body = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType,
    config: { ...config, mediaType: EMPTY_TYPE },
    layers: [layer, ...extra],
    subject: { mediaType: subjectDescriptor.mediaType, digest: subjectDescriptor.digest, size: subjectDescriptor.size },
    annotations
  };
  const referrer = await pusher.manifest(repository, sha256(JSON.stringify(body)), body);
  if (options.listInFallbackTag !== false) {
    await addToFallbackIndex(pusher, repository, subject.digest, { ...referrer, artifactType, annotations, ...options.claimedInIndex });
  }
  return referrer;
}

const fallbackIndexes = new WeakMap<OciPusher, Map<string, Array<Record<string, unknown>>>>();

/** Adds a descriptor to the fallback index of `subjectDigest` (kept per pusher, as a client reads-modifies-writes the tag). */
export async function addToFallbackIndex(
  pusher: OciPusher,
  repository: string,
  subjectDigest: string,
  descriptor: Record<string, unknown>
): Promise<Descriptor> {
  const perPusher = fallbackIndexes.get(pusher) ?? new Map<string, Array<Record<string, unknown>>>();
  fallbackIndexes.set(pusher, perPusher);
  const key = `${repository}@${subjectDigest}`;
  const manifests = [...(perPusher.get(key) ?? []), descriptor];
  perPusher.set(key, manifests);
  return pusher.manifest(repository, fallbackTag(subjectDigest), { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests });
}

/** The in-toto statement cosign v3 signs for an image (`cosign sign --new-bundle-format`): the digest as its subject. */
export function cosignSignStatement(repository: string, digest: string): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: repository, digest: { sha256: digest.replace(/^sha256:/, '') } }],
    predicateType: COSIGN_SIGN_PREDICATE,
    predicate: {}
  };
}
