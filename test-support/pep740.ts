/**
 * PEP 740 material for tests, made from real signatures of the loopback Sigstore (test-support/sigstore.ts): the
 * publish statement PyPI's Trusted Publishing signs, the attestation pypi-attestations writes from a DSSE bundle (the
 * reverse of src/formats/pep740.ts's `attestationToBundle`), the GitHub publisher and the provenance object as the
 * integrity API serves them. Shapes follow the real samples in __fixtures__/real/pep740/: the statement is compact
 * JSON in the order `_type, subject, predicateType, predicate` with a null predicate, the publisher has no `claims`
 * key, and PyPI serves the provenance object with every key sorted.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import type { TestSigner, TestSignerIdentity, TestSignOptions } from './sigstore.js';

export const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1';

/** The in-toto v1 statement of a publish attestation over one distribution file, as pypi-attestations builds it. */
export function publishStatement(filename: string, sha256: string, predicateType = PYPI_PUBLISH_V1): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: filename, digest: { sha256 } }],
    predicateType,
    // pypi-attestations' publish predicate carries nothing: every real publish statement has `"predicate": null`.
    predicate: null
  };
}

/**
 * The PEP 740 attestation pypi-attestations' `Attestation.from_bundle` writes for a DSSE Sigstore bundle: the leaf
 * certificate's DER (the bundle's `certificate`, or the first of its chain), its Rekor entries as they are, and the
 * envelope's payload and one signature. Throws when the bundle is not a certificate-signed DSSE bundle.
 */
export function pep740Attestation(bundle: SerializedBundle): object {
  const material = bundle.verificationMaterial;
  const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
  if (!certificate) throw new Error('pep740Attestation: the bundle has no signing certificate');
  if (!bundle.dsseEnvelope) throw new Error('pep740Attestation: the bundle is not a DSSE bundle');
  const [signature] = bundle.dsseEnvelope.signatures;
  if (!signature) throw new Error('pep740Attestation: the DSSE envelope has no signature');
  return {
    version: 1,
    verification_material: { certificate, transparency_entries: material.tlogEntries },
    envelope: { statement: bundle.dsseEnvelope.payload, signature: signature.sig }
  };
}

/** A GitHub Trusted Publisher as PyPI states it in an attestation bundle (`environment` null when none). */
export function githubPublisher(options: { repository: string; workflow: string; environment?: string | null }): object {
  return { kind: 'GitHub', repository: options.repository, workflow: options.workflow, environment: options.environment ?? null };
}

/** A copy with every object's keys sorted, as PyPI serialises a stored provenance object. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortedKeys(inner)]));
}

/** The provenance object the integrity API serves: `{ attestation_bundles, version: 1 }`, keys sorted. */
export function pep740Provenance(bundles: Array<{ publisher: object; attestations: object[] }>): object {
  return sortedKeys({ version: 1, attestation_bundles: bundles.map(({ publisher, attestations }) => ({ publisher, attestations })) }) as object;
}

export interface SignedProvenanceOptions {
  filename: string;
  sha256: string;
  /** Who the Fulcio certificate says signed (the publishing workflow). */
  identity: TestSignerIdentity;
  /** The bundle's publisher, e.g. `githubPublisher({ … })`. */
  publisher: object;
  /** Default the publish attestation's. */
  predicateType?: string;
  sign?: TestSignOptions;
}

/** One file's provenance: one bundle from `publisher` with one publish attestation signed by `sigstore` as `identity`. */
export async function signedProvenance(sigstore: TestSigner, options: SignedProvenanceOptions): Promise<object> {
  const statement = publishStatement(options.filename, options.sha256, options.predicateType);
  const bundle = await sigstore.signDsse(statement, options.identity, options.sign);
  return pep740Provenance([{ publisher: options.publisher, attestations: [pep740Attestation(bundle)] }]);
}
