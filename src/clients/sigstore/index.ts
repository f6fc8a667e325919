import { readFile, stat } from 'node:fs/promises';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { HashAlgorithm, type TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, type SignedEntity } from '@sigstore/verify';
import { clip, messageOf } from '../../util/text.js';
import { signerIdentityOf, type SignerIdentity } from '../../formats/fulcio-certificate.js';
import { SigstoreTrustError, SigstoreVerificationError, instanceFromJSON, instanceOf, verifyWithInstances, type SigstoreInstance } from './instances.js';
import { keySigningRoot, verifyWithPublicKeys, type TimedPublicKey } from './public-key.js';
import { NPM_REGISTRY_KEYS_TARGET, openTuf, type TufSource, type TufTrust } from './tuf.js';

/**
 * Sigstore bundle verification. The cryptography (certificate chain to a trusted CA, transparency-log
 * inclusion, SCTs, RFC 3161 timestamps, the signature itself) is all @sigstore/verify's; this module only
 * loads the trusted material (one Sigstore instance per trusted root, see instances.ts for the evidence each
 * requires), reads the signer's identity from the verified certificate and leaves comparing it with what the
 * release expects to signerMismatch.
 */

export type { SignerIdentity } from '../../formats/fulcio-certificate.js';
export { signerMismatch, type SignerPolicy } from './signer-policy.js';
export { SigstoreTrustError, SigstoreVerificationError, TRUSTED_ROOT_MEDIA_TYPE } from './instances.js';
export type { TimedPublicKey } from './public-key.js';
export { NPM_REGISTRY_KEYS_TARGET } from './tuf.js';

export type BundleContent = { kind: 'dsse'; payloadType: string; payload: Buffer } | { kind: 'message-signature'; digest: { algorithm: string; hex: string } };

export interface VerifiedBundle {
  signer: SignerIdentity;
  content: BundleContent;
}

export interface KeyVerifiedBundle {
  /** The key (of those given) that signed it. */
  keyId: string;
  content: BundleContent;
  /** When its log entry was integrated (the earliest, if several); null when no entry states it. */
  loggedAt: Date | null;
}

export interface SigstoreVerifier {
  /** Where the trusted material came from: Sigstore's TUF repository, or a trusted_root.json file. */
  readonly trust: 'tuf' | 'file';
  /** Verifies a bundle (JSON object) cryptographically; for a message-signature bundle, `artifact` is the signed bytes. Throws SigstoreVerificationError. */
  verify(bundle: unknown, options?: { artifact?: Buffer }): Promise<VerifiedBundle>;
  /**
   * Verifies a bundle signed with a bare public key (`verificationMaterial.publicKey.hint`), as npm's publish
   * attestation is: the hint must name one of `keys`, the bundle needs an entry in a trusted log, and the key must
   * have been valid at that entry's time. Throws SigstoreVerificationError (SigstoreTrustError when no trusted
   * instance has a log).
   */
  verifyWithKeys(bundle: unknown, keys: readonly TimedPublicKey[]): Promise<KeyVerifiedBundle>;
  /**
   * The text of TUF's `registry.npmjs.org/keys.json`, through the client that gave the trusted root. Only when
   * `trust` is 'tuf'; throws SigstoreTrustError "cannot get registry.npmjs.org/keys.json through TUF: …".
   */
  registryKeysTarget(): Promise<string>;
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

/** Reads a bundle and the entity @sigstore/verify checks. Throws SigstoreVerificationError. */
function readBundle(json: unknown, artifact: Buffer | undefined): { bundle: Bundle; entity: SignedEntity } {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    throw new SigstoreVerificationError(`not a valid Sigstore bundle: ${clip(messageOf(error), 200)}`, { cause: error });
  }
  if (bundle.content.$case === 'messageSignature' && !artifact) {
    throw new SigstoreVerificationError('a message-signature bundle needs the signed artifact to verify');
  }
  try {
    return { bundle, entity: toSignedEntity(bundle, artifact) };
  } catch (error) {
    throw new SigstoreVerificationError(`unreadable Sigstore bundle: ${clip(messageOf(error), 200)}`, { cause: error });
  }
}

class InstancesVerifier implements SigstoreVerifier {
  readonly trust: 'tuf' | 'file';
  private keyRoot: TrustedRoot | null = null;

  constructor(
    private readonly instances: readonly SigstoreInstance[],
    private readonly tuf: TufTrust | null
  ) {
    this.trust = tuf ? 'tuf' : 'file';
  }

  async verify(json: unknown, options: { artifact?: Buffer } = {}): Promise<VerifiedBundle> {
    const { bundle, entity } = readBundle(json, options.artifact);
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

  async verifyWithKeys(json: unknown, keys: readonly TimedPublicKey[]): Promise<KeyVerifiedBundle> {
    const { bundle, entity } = readBundle(json, undefined);
    this.keyRoot ??= keySigningRoot(this.instances);
    const { keyId, loggedAt } = verifyWithPublicKeys(this.keyRoot, bundle, entity, keys);
    return { keyId, content: contentOf(bundle), loggedAt };
  }

  async registryKeysTarget(): Promise<string> {
    if (!this.tuf) {
      throw new SigstoreTrustError(`cannot get ${NPM_REGISTRY_KEYS_TARGET} through TUF: the trusted material comes from a trusted_root.json file, not TUF`);
    }
    return this.tuf.target(NPM_REGISTRY_KEYS_TARGET);
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

export type VerifierSource = { trustedRootFile: string } | TufSource;

/** Trusted material from a trusted_root.json file, or Sigstore public-good through TUF cached under `tufCacheDir`. Throws with the cause. */
export async function createVerifier(source: VerifierSource): Promise<SigstoreVerifier> {
  if ('trustedRootFile' in source) {
    const documents = await readTrustedRootFile(source.trustedRootFile);
    const shown = (index: number) => `trusted root ${source.trustedRootFile}${documents.length > 1 ? ` line ${index + 1}` : ''}`;
    return new InstancesVerifier(
      documents.map((json, index) => instanceFromJSON(json, shown(index))),
      null
    );
  }
  const tuf = await openTuf(source);
  let instance: SigstoreInstance;
  try {
    instance = instanceOf(tuf.root);
  } catch (error) {
    throw new SigstoreTrustError(`the Sigstore trusted root from TUF is unreadable: ${clip(messageOf(error), 160)}`, { cause: error });
  }
  return new InstancesVerifier([instance], tuf);
}
