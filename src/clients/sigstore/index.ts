import { readFile, stat } from 'node:fs/promises';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { HashAlgorithm, type TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { toSignedEntity, type SignedEntity } from '@sigstore/verify';
import { clip, messageOf } from '../../util/text.js';
import { signerIdentityOf, type SignerIdentity } from '../../formats/fulcio-certificate.js';
import { SigstoreTrustError, instanceFromJSON, instanceOf, verifyWithInstances, type SigstoreInstance } from './instances.js';
import { ReleaseGatesError } from '../../errors.js';

/**
 * Sigstore bundle verification. The cryptography (certificate chain to a trusted CA, transparency-log
 * inclusion, SCTs, RFC 3161 timestamps, the signature itself) is all @sigstore/verify's; this module only
 * loads the trusted material (one Sigstore instance per trusted root, see instances.ts for the evidence each
 * requires), reads the signer's identity from the verified certificate and leaves comparing it with what the
 * release expects to signerMismatch.
 */

export type { SignerIdentity } from '../../formats/fulcio-certificate.js';
export { signerMismatch, type SignerPolicy } from './signer-policy.js';
export { SigstoreTrustError, TRUSTED_ROOT_MEDIA_TYPE } from './instances.js';

export type BundleContent = { kind: 'dsse'; payloadType: string; payload: Buffer } | { kind: 'message-signature'; digest: { algorithm: string; hex: string } };

export interface VerifiedBundle {
  signer: SignerIdentity;
  content: BundleContent;
}

/** A bundle that does not verify: malformed, bad signature, tampered, untrusted chain, no tlog proof or timestamp. */
export class SigstoreVerificationError extends ReleaseGatesError {
  override name = 'SigstoreVerificationError';
  constructor(message: string, options?: ErrorOptions) {
    super('sigstore-verify', message, options);
  }
}

export interface SigstoreVerifier {
  /** Verifies a bundle (JSON object) cryptographically; for a message-signature bundle, `artifact` is the signed bytes. Throws SigstoreVerificationError. */
  verify(bundle: unknown, options?: { artifact?: Buffer }): Promise<VerifiedBundle>;
}

const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;

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

class InstancesVerifier implements SigstoreVerifier {
  constructor(private readonly instances: readonly SigstoreInstance[]) {}

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
      verifyWithInstances(this.instances, entity, entity.key.certificate);
    } catch (error) {
      throw new SigstoreVerificationError(`bundle does not verify: ${clip(messageOf(error), 400)}`, { cause: error });
    }
    // The leaf the verifier just chained to a trusted CA and whose key checked the signature.
    return { signer: signerIdentityOf(entity.key.certificate), content: contentOf(bundle) };
  }
}

/**
 * The trusted_root.json documents of a file: one JSON document, or JSON Lines of them (one instance a line, as
 * `gh attestation trusted-root` prints public-good and GitHub's own).
 */
async function readTrustedRootFile(file: string): Promise<unknown[]> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new SigstoreTrustError(`trusted root ${file} is not a file`);
    if (info.size > MAX_TRUSTED_ROOT_BYTES) throw new SigstoreTrustError(`trusted root ${file} is ${info.size} bytes, more than ${MAX_TRUSTED_ROOT_BYTES}`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof SigstoreTrustError) throw error;
    throw new SigstoreTrustError(`cannot read trusted root ${file}: ${clip(messageOf(error), 160)}`, { cause: error });
  }
  try {
    return [JSON.parse(text) as unknown];
  } catch (error) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length < 2) throw new SigstoreTrustError(`cannot read trusted root ${file}: ${clip(messageOf(error), 160)}`, { cause: error });
    return lines.map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (lineError) {
        throw new SigstoreTrustError(
          `cannot read trusted root ${file} line ${index + 1} (JSON Lines, one trusted root a line): ${clip(messageOf(lineError), 160)}`,
          {
            cause: lineError
          }
        );
      }
    });
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
    const documents = await readTrustedRootFile(source.trustedRootFile);
    const shown = (index: number) => `trusted root ${source.trustedRootFile}${documents.length > 1 ? ` line ${index + 1}` : ''}`;
    return new InstancesVerifier(documents.map((json, index) => instanceFromJSON(json, shown(index))));
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
    return new InstancesVerifier([instanceOf(root)]);
  } catch (error) {
    throw new SigstoreTrustError(`the Sigstore trusted root from TUF is unreadable: ${clip(messageOf(error), 160)}`, { cause: error });
  }
}
