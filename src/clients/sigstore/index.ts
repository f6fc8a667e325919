import { readFile, stat } from 'node:fs/promises';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { HashAlgorithm, TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { Verifier, toSignedEntity, toTrustMaterial, type SignedEntity, type TrustMaterial } from '@sigstore/verify';
import { z } from 'zod';
import { clip, messageOf } from '../../errors.js';

/**
 * Sigstore bundle verification. The cryptography (certificate chain to a trusted CA, transparency-log
 * inclusion, RFC 3161 timestamps, the signature itself) is all @sigstore/verify's; this module only
 * loads the trusted material, reads the signer's identity from the verified certificate and compares
 * it with what the release expects.
 */

/** Who must have signed: a release workflow of this repository at this tag and commit. */
export interface SignerPolicy {
  /** Exact certificate SAN URI, e.g. https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3 */
  san: string;
  /** Exact OIDC issuer, e.g. https://token.actions.githubusercontent.com */
  issuer: string;
  /** The commit the release tag points at (40 hex). */
  sourceCommit: string;
}

/** The identity a Fulcio certificate states; null where the certificate does not say. */
export interface SignerIdentity {
  san: string | null;
  issuer: string | null;
  sourceCommit: string | null;
  sourceRef: string | null;
}

export type BundleContent = { kind: 'dsse'; payloadType: string; payload: Buffer } | { kind: 'message-signature'; digest: { algorithm: string; hex: string } };

export interface VerifiedBundle {
  signer: SignerIdentity;
  content: BundleContent;
}

/** A bundle that does not verify: malformed, bad signature, tampered, untrusted chain, no tlog proof or timestamp. */
export class SigstoreVerificationError extends Error {
  override name = 'SigstoreVerificationError';
}

/** The trusted material could not be loaded (unreadable or malformed trusted_root.json, TUF refresh failure). */
export class SigstoreTrustError extends Error {
  override name = 'SigstoreTrustError';
}

export interface SigstoreVerifier {
  /** Verifies a bundle (JSON object) cryptographically; for a message-signature bundle, `artifact` is the signed bytes. Throws SigstoreVerificationError. */
  verify(bundle: unknown, options?: { artifact?: Buffer }): Promise<VerifiedBundle>;
}

/** Fulcio certificate extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
export const FULCIO_OID = {
  /** Legacy issuer: raw bytes of the URL. */
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  /** Issuer: DER UTF8String. */
  issuer: '1.3.6.1.4.1.57264.1.8',
  /** Source repository digest (commit SHA): DER UTF8String. */
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  /** Source repository ref (refs/tags/v1.2.3): DER UTF8String. */
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  /** Legacy GitHub workflow SHA and ref: raw bytes. */
  githubWorkflowShaV1: '1.3.6.1.4.1.57264.1.3',
  githubWorkflowRefV1: '1.3.6.1.4.1.57264.1.6'
} as const;

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;

/**
 * Thresholds for @sigstore/verify. A bundle must carry at least one VERIFIED timestamp: either a
 * transparency-log entry with an inclusion promise (Rekor's SET, public-good) or an RFC 3161 timestamp
 * from a trusted TSA. GitHub's own Sigstore instance (private repositories, `actions/attest`) signs with
 * TSA timestamps only — no Rekor entry and no SCT —, so requiring a tlog entry or an SCT would reject
 * every such bundle. Every tlog entry a bundle does carry is still verified (inclusion proof/promise and
 * body), whatever the threshold, and a bundle with neither a tlog entry nor a timestamp fails.
 */
const VERIFIER_OPTIONS = { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 } as const;

/** A Fulcio extension's string value: DER UTF8String inside the extension (v2 OIDs) or raw bytes (legacy). */
function extensionString(cert: X509Certificate, oid: string, der: boolean): string | null {
  const ext = cert.extension(oid);
  if (!ext) return null;
  try {
    const bytes = der ? ext.valueObj.subs[0]?.value : ext.value;
    return bytes ? bytes.toString('utf8') : null;
  } catch {
    return null;
  }
}

/** The identity stated by a (verified) Fulcio leaf certificate. */
export function signerIdentityOf(cert: X509Certificate): SignerIdentity {
  let san: string | null = null;
  try {
    san = cert.subjectAltName ?? null;
  } catch {
    san = null;
  }
  return {
    san,
    issuer: extensionString(cert, FULCIO_OID.issuer, true) ?? extensionString(cert, FULCIO_OID.issuerV1, false),
    sourceCommit: extensionString(cert, FULCIO_OID.sourceRepositoryDigest, true) ?? extensionString(cert, FULCIO_OID.githubWorkflowShaV1, false),
    sourceRef: extensionString(cert, FULCIO_OID.sourceRepositoryRef, true) ?? extensionString(cert, FULCIO_OID.githubWorkflowRefV1, false)
  };
}

/**
 * Why `signer` is not `policy`, or null when it is. The SAN is compared as an exact string: sigstore-js
 * would read a policy SAN as a regular expression, so `release.yml` would also match `releaseXyml` and an
 * unanchored pattern would match a longer URL — hence no identity policy goes to the library.
 */
export function signerMismatch(signer: SignerIdentity, policy: SignerPolicy): string | null {
  if (signer.san !== policy.san) return `signed by ${clip(signer.san ?? '(no SAN)', 160)}, expected ${clip(policy.san, 160)}`;
  if (signer.issuer !== policy.issuer) return `certificate issuer is ${clip(signer.issuer ?? '(none)', 120)}, expected ${clip(policy.issuer, 120)}`;
  const commit = signer.sourceCommit?.toLowerCase() ?? null;
  if (commit === null || commit !== policy.sourceCommit.toLowerCase()) {
    return `signed from commit ${clip(signer.sourceCommit ?? '(not stated in the certificate)', 60)}, expected ${policy.sourceCommit.toLowerCase()}`;
  }
  return null;
}

function describeVerificationFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = messageOf(error);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

function hashAlgorithmName(algorithm: HashAlgorithm): string {
  switch (algorithm) {
    case HashAlgorithm.SHA2_256:
    case HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
      return 'sha256';
    case HashAlgorithm.SHA2_384:
      return 'sha384';
    case HashAlgorithm.SHA2_512:
      return 'sha512';
    default:
      return `hash algorithm ${String(algorithm)}`;
  }
}

function contentOf(bundle: Bundle): BundleContent {
  if (bundle.content.$case === 'dsseEnvelope') {
    const envelope = bundle.content.dsseEnvelope;
    return { kind: 'dsse', payloadType: envelope.payloadType, payload: Buffer.from(envelope.payload) };
  }
  const digest = bundle.content.messageSignature.messageDigest;
  if (!digest) throw new SigstoreVerificationError('bundle message signature has no message digest');
  return { kind: 'message-signature', digest: { algorithm: hashAlgorithmName(digest.algorithm), hex: Buffer.from(digest.digest).toString('hex') } };
}

class TrustMaterialVerifier implements SigstoreVerifier {
  private readonly verifier: Verifier;

  constructor(trustMaterial: TrustMaterial) {
    this.verifier = new Verifier(trustMaterial, VERIFIER_OPTIONS);
  }

  async verify(json: unknown, options: { artifact?: Buffer } = {}): Promise<VerifiedBundle> {
    let bundle: Bundle;
    try {
      bundle = bundleFromJSON(json);
    } catch (error) {
      throw new SigstoreVerificationError(`not a valid Sigstore bundle: ${clip(messageOf(error), 200)}`, { cause: error });
    }
    if (bundle.content.$case === 'messageSignature' && !options.artifact) {
      throw new SigstoreVerificationError('a message-signature bundle needs the signed artifact to verify');
    }
    let entity: SignedEntity;
    try {
      entity = toSignedEntity(bundle, options.artifact);
    } catch (error) {
      throw new SigstoreVerificationError(`unreadable Sigstore bundle: ${clip(messageOf(error), 200)}`, { cause: error });
    }
    if (entity.key.$case !== 'certificate') {
      throw new SigstoreVerificationError('bundle is signed with a bare public key, not a Fulcio certificate: the signer cannot be identified');
    }
    try {
      // No identity policy here: the library would treat the SAN as a regular expression (see signerMismatch).
      this.verifier.verify(entity);
    } catch (error) {
      throw new SigstoreVerificationError(`bundle does not verify: ${clip(describeVerificationFailure(error), 200)}`, { cause: error });
    }
    // The leaf the verifier just chained to a trusted CA and whose key checked the signature.
    return { signer: signerIdentityOf(entity.key.certificate), content: contentOf(bundle) };
  }
}

/** Just enough shape to name what is wrong before the protobuf reader fills in defaults for anything missing. */
const trustedRootShape = z.object({
  mediaType: z.string(),
  certificateAuthorities: z.array(z.object({ certChain: z.object({ certificates: z.array(z.object({ rawBytes: z.string() })).min(1) }) })).min(1),
  tlogs: z.array(z.object({ publicKey: z.object({ rawBytes: z.string() }), logId: z.object({ keyId: z.string() }) })).optional(),
  timestampAuthorities: z.array(z.unknown()).optional(),
  ctlogs: z.array(z.unknown()).optional()
});

/** Trust material from a trusted_root.json document (already parsed). */
export function trustMaterialFromJSON(json: unknown, shownAs: string): TrustMaterial {
  const parsed = trustedRootShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SigstoreTrustError(`${shownAs} is not a Sigstore trusted root: ${issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'invalid'}`);
  }
  if (!parsed.data.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw new SigstoreTrustError(`${shownAs} has mediaType ${clip(parsed.data.mediaType)}, expected ${TRUSTED_ROOT_MEDIA_TYPE}`);
  }
  if ((parsed.data.tlogs?.length ?? 0) === 0 && (parsed.data.timestampAuthorities?.length ?? 0) === 0) {
    throw new SigstoreTrustError(`${shownAs} has neither a transparency log nor a timestamp authority: no bundle could prove when it was signed`);
  }
  try {
    return toTrustMaterial(TrustedRoot.fromJSON(json));
  } catch (error) {
    throw new SigstoreTrustError(`${shownAs} holds an unreadable key or certificate: ${clip(messageOf(error), 160)}`, { cause: error });
  }
}

async function readTrustedRootFile(file: string): Promise<unknown> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new SigstoreTrustError(`trusted root ${file} is not a file`);
    if (info.size > MAX_TRUSTED_ROOT_BYTES) throw new SigstoreTrustError(`trusted root ${file} is ${info.size} bytes, more than ${MAX_TRUSTED_ROOT_BYTES}`);
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    if (error instanceof SigstoreTrustError) throw error;
    throw new SigstoreTrustError(`cannot read trusted root ${file}: ${clip(messageOf(error), 160)}`, { cause: error });
  }
}

export type VerifierSource =
  | { trustedRootFile: string }
  | {
      tufCacheDir: string;
      /** TUF mirror; default Sigstore public-good. Another mirror needs `tufRootFile` (its initial root.json). */
      tufMirrorUrl?: string;
      tufRootFile?: string;
      /** Retries of a TUF download (default 2). */
      tufRetries?: number;
    };

/** The innermost message of an error chain (a TUF error wraps the fetch error that wraps ECONNREFUSED). */
function causeChain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    // Read fields, not `instanceof Error`: fetch's errors come from another realm under a test runner's VM.
    const { message, code, cause } = current as { message?: unknown; code?: unknown; cause?: unknown };
    let text = typeof message === 'string' ? message : String(current);
    if (typeof code === 'string' && !text.includes(code)) text = text ? `${text} (${code})` : code;
    if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    current = cause;
  }
  return parts.join(': ');
}

/** Trusted material from a trusted_root.json file, or Sigstore public-good through TUF cached under `tufCacheDir`. Throws with the cause. */
export async function createVerifier(source: VerifierSource): Promise<SigstoreVerifier> {
  if ('trustedRootFile' in source) {
    const json = await readTrustedRootFile(source.trustedRootFile);
    return new TrustMaterialVerifier(trustMaterialFromJSON(json, `trusted root ${source.trustedRootFile}`));
  }
  let root: TrustedRoot;
  try {
    root = await getTrustedRoot({
      cachePath: source.tufCacheDir,
      ...(source.tufMirrorUrl ? { mirrorURL: source.tufMirrorUrl } : {}),
      ...(source.tufRootFile ? { rootPath: source.tufRootFile } : {}),
      retry: source.tufRetries ?? 2
    });
  } catch (error) {
    throw new SigstoreTrustError(`cannot get the Sigstore trusted root through TUF: ${clip(causeChain(error), 300)}`, { cause: error });
  }
  try {
    return new TrustMaterialVerifier(toTrustMaterial(root));
  } catch (error) {
    throw new SigstoreTrustError(`the Sigstore trusted root from TUF is unreadable: ${clip(messageOf(error), 160)}`, { cause: error });
  }
}
