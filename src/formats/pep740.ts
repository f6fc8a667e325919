/**
 * PEP 740 (https://peps.python.org/pep-0740/) as PyPI serves it: the provenance object of one distribution file
 * (`GET {index}/integrity/{project}/{version}/{filename}/provenance`, `Accept: application/vnd.pypi.integrity.v1+json`),
 * its attestation bundles (a Trusted Publisher and the attestations it signed) and each attestation (a Fulcio
 * certificate, Rekor entries and a DSSE-style envelope around an in-toto statement).
 *
 * Pure: bytes or parsed JSON in, typed values out, or a Pep740FormatError whose message names the field and what is
 * wrong. Nothing here is verified: `attestationToBundle` turns an attestation into the Sigstore bundle that
 * pypi-attestations' own `Attestation.to_bundle` builds, for the Sigstore verifier to judge; a statement or a
 * publisher read from an unverified attestation proves nothing.
 */
import { z } from 'zod';
import { ReleaseGatesError } from '../errors.js';
import { clip } from '../util/text.js';
import { firstZodIssue } from '../util/zod-issue.js';
import { describeInTotoFault, IN_TOTO_PAYLOAD_TYPE, InTotoFormatError, readInTotoStatement, type InTotoStatement } from './in-toto.js';

/** What PyPI's integrity API answers with (and what a client must ask for). */
export const PEP740_PROVENANCE_MEDIA_TYPE = 'application/vnd.pypi.integrity.v1+json';
/** The attestation types PyPI accepts (pypi-attestations' `AttestationType`). */
export const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const PEP740_PREDICATE_TYPES: readonly string[] = [PYPI_PUBLISH_V1, SLSA_PROVENANCE_V1];
/** The statement of an attestation is an in-toto v1 statement (PEP 740; pypi-attestations builds nothing else). */
export const PEP740_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

/** What `attestationToBundle` writes: the bundle version and DSSE payload type pypi-attestations uses. */
export const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export { IN_TOTO_PAYLOAD_TYPE };

/** Bounds on what is read: a real provenance object is a few KiB; these only keep a hostile answer small. */
const MAX_BUNDLES = 64;
const MAX_ATTESTATIONS = 64;
const MAX_TRANSPARENCY_ENTRIES = 16;
const MAX_CERTIFICATE_BASE64 = 16 * 1024;
const MAX_SIGNATURE_BASE64 = 1024;
/** A publish statement is ~300 bytes and a SLSA one ~2 KiB; 1 MiB of base64 is far beyond either. */
const MAX_STATEMENT_BASE64 = 1024 * 1024;

/** Not a PEP 740 provenance object, attestation or statement; the message names the field and what is wrong. */
export class Pep740FormatError extends ReleaseGatesError {
  override name = 'Pep740FormatError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

/** A Trusted Publisher as PyPI states it in an attestation bundle (pypi-attestations' `Publisher` models). */
export type Pep740Publisher =
  | {
      kind: 'GitHub';
      /** `owner/repo`. */
      repository: string;
      /** The workflow's file name under `.github/workflows/`, e.g. `release.yml`. */
      workflow: string;
      /** The GitHub environment the publishing job ran in, or null when the publisher names none. */
      environment: string | null;
      claims: Record<string, unknown> | null;
    }
  | {
      kind: 'GitLab';
      /** `namespace/project` (subgroups included). */
      repository: string;
      /** The CI configuration file, usually `.gitlab-ci.yml`. */
      workflowFilepath: string;
      environment: string | null;
      claims: Record<string, unknown> | null;
    }
  | { kind: 'Google'; email: string; claims: Record<string, unknown> | null }
  /**
   * A kind this reader does not know (PyPI may add publishers): kept with its fields so that one new kind does not
   * make a whole provenance object unreadable; nothing can match it.
   */
  | { kind: 'other'; publisherKind: string; fields: Record<string, unknown>; claims: Record<string, unknown> | null };

/** One attestation: the decoded bytes, and the Rekor entries as the JSON objects PyPI stored. */
export interface Pep740Attestation {
  version: 1;
  /** DER of the signing (Fulcio) certificate. */
  certificate: Buffer;
  /** Rekor `TransparencyLogEntry` JSON objects (protobuf-specs JSON), at least one. */
  transparencyEntries: Array<Record<string, unknown>>;
  /** The signed bytes: the in-toto statement's JSON (the DSSE payload). */
  statement: Buffer;
  /** The DSSE signature over the PAE of `statement`. */
  signature: Buffer;
}

export interface Pep740AttestationBundle {
  publisher: Pep740Publisher;
  attestations: Pep740Attestation[];
}

export interface Pep740Provenance {
  version: 1;
  bundles: Pep740AttestationBundle[];
}

/** The in-toto statement of an attestation: PEP 740 signs exactly one distribution file by name and sha256. */
export interface Pep740Statement {
  predicateType: string;
  /** The distribution's file name, e.g. `sketchlog-1.2.3-py3-none-any.whl`. */
  subjectName: string;
  /** Lower-case hex sha256 of the distribution file. */
  sha256: string;
  predicate: unknown;
}

/** A Sigstore bundle v0.3 in its JSON form, as `attestationToBundle` builds it. */
export interface SigstoreBundleJSON {
  mediaType: typeof SIGSTORE_BUNDLE_V03_MEDIA_TYPE;
  verificationMaterial: { certificate: { rawBytes: string }; tlogEntries: Array<Record<string, unknown>> };
  dsseEnvelope: { payload: string; payloadType: typeof IN_TOTO_PAYLOAD_TYPE; signatures: Array<{ sig: string }> };
}

/** Standard base64 (what pydantic's Base64Bytes writes and PyPI serves), padded, not empty. */
function base64Field(max: number) {
  return z
    .string()
    .min(1, { message: 'is empty, expected base64' })
    .max(max, { message: `is longer than ${max} characters` })
    .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(s), { message: 'is not standard padded base64' });
}

/** The fields of a Rekor entry the Sigstore verifier needs; the rest is kept as PyPI stored it. */
const int64 = z.union([z.string().regex(/^\d{1,20}$/, { message: 'is not a decimal integer' }), z.number().int().nonnegative()]);
const transparencyEntrySchema = z.looseObject({
  logIndex: int64,
  logId: z.looseObject({ keyId: z.string().min(1) }),
  kindVersion: z.looseObject({ kind: z.string().min(1), version: z.string().min(1) }),
  integratedTime: int64,
  canonicalizedBody: z.string().min(1),
  inclusionPromise: z.looseObject({ signedEntryTimestamp: z.string().min(1) }).nullish(),
  inclusionProof: z.looseObject({}).nullish()
});

const attestationSchema = z.looseObject({
  version: z.literal(1, { message: 'must be 1 (the only PEP 740 attestation version)' }),
  verification_material: z.looseObject({
    certificate: base64Field(MAX_CERTIFICATE_BASE64),
    transparency_entries: z
      .array(transparencyEntrySchema)
      .min(1, { message: 'is empty: an attestation needs at least one transparency log entry' })
      .max(MAX_TRANSPARENCY_ENTRIES)
  }),
  envelope: z.looseObject({ statement: base64Field(MAX_STATEMENT_BASE64), signature: base64Field(MAX_SIGNATURE_BASE64) })
});

const claimsSchema = z.record(z.string(), z.unknown()).nullish();
const optionalName = z.string().min(1).max(256).nullish();
const githubPublisherSchema = z.looseObject({
  kind: z.literal('GitHub'),
  repository: z.string().min(1).max(256),
  workflow: z.string().min(1).max(256),
  environment: optionalName,
  claims: claimsSchema
});
const gitlabPublisherSchema = z.looseObject({
  kind: z.literal('GitLab'),
  repository: z.string().min(1).max(512),
  workflow_filepath: z.string().min(1).max(512),
  environment: optionalName,
  claims: claimsSchema
});
const googlePublisherSchema = z.looseObject({ kind: z.literal('Google'), email: z.string().min(1).max(320), claims: claimsSchema });
const anyPublisherSchema = z.looseObject({ kind: z.string().min(1).max(64), claims: claimsSchema });

const provenanceSchema = z.looseObject({
  // pypi-attestations' `Provenance.version` defaults to 1 when absent; PyPI always writes it.
  version: z.literal(1, { message: 'must be 1 (the only PEP 740 provenance version)' }).optional(),
  attestation_bundles: z
    .array(z.looseObject({ publisher: anyPublisherSchema, attestations: z.array(z.unknown()).max(MAX_ATTESTATIONS) }))
    .min(1, { message: 'is empty: a provenance object has at least one attestation bundle' })
    .max(MAX_BUNDLES)
});

const firstIssue = (error: z.ZodError, prefix: (string | number)[] = []): string =>
  firstZodIssue(error, { top: '(top level)', prefix, pathMax: 120, messageMax: 160 });

function parseJSON(bytes: Buffer | string, what: string): unknown {
  try {
    return JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8'));
  } catch (error) {
    throw new Pep740FormatError(`${what} is not JSON: ${clip(error instanceof Error ? error.message : String(error), 120)}`);
  }
}

function attestationAt(json: unknown, path: (string | number)[]): Pep740Attestation {
  const parsed = attestationSchema.safeParse(json);
  if (!parsed.success) throw new Pep740FormatError(`malformed PEP 740 attestation: ${firstIssue(parsed.error, path)}`);
  const { verification_material: material, envelope } = parsed.data;
  return {
    version: 1,
    certificate: Buffer.from(material.certificate, 'base64'),
    transparencyEntries: material.transparency_entries,
    statement: Buffer.from(envelope.statement, 'base64'),
    signature: Buffer.from(envelope.signature, 'base64')
  };
}

function publisherAt(json: unknown, path: (string | number)[]): Pep740Publisher {
  const kind = (json as { kind?: unknown }).kind;
  const fail = (error: z.ZodError): never => {
    throw new Pep740FormatError(`malformed ${String(kind)} publisher: ${firstIssue(error, path)}`);
  };
  if (kind === 'GitHub') {
    const p = githubPublisherSchema.safeParse(json);
    if (!p.success) return fail(p.error);
    return { kind, repository: p.data.repository, workflow: p.data.workflow, environment: p.data.environment ?? null, claims: p.data.claims ?? null };
  }
  if (kind === 'GitLab') {
    const p = gitlabPublisherSchema.safeParse(json);
    if (!p.success) return fail(p.error);
    return {
      kind,
      repository: p.data.repository,
      workflowFilepath: p.data.workflow_filepath,
      environment: p.data.environment ?? null,
      claims: p.data.claims ?? null
    };
  }
  if (kind === 'Google') {
    const p = googlePublisherSchema.safeParse(json);
    if (!p.success) return fail(p.error);
    return { kind, email: p.data.email, claims: p.data.claims ?? null };
  }
  const p = anyPublisherSchema.safeParse(json);
  if (!p.success) return fail(p.error);
  const { kind: publisherKind, claims, ...fields } = p.data;
  return { kind: 'other', publisherKind, fields, claims: claims ?? null };
}

/** A provenance object from its parsed JSON. Throws Pep740FormatError naming the first wrong field. */
export function pep740ProvenanceFromJSON(json: unknown): Pep740Provenance {
  const parsed = provenanceSchema.safeParse(json);
  if (!parsed.success) throw new Pep740FormatError(`malformed PEP 740 provenance object: ${firstIssue(parsed.error)}`);
  return {
    version: 1,
    bundles: parsed.data.attestation_bundles.map((bundle, b) => ({
      publisher: publisherAt(bundle.publisher, ['attestation_bundles', b, 'publisher']),
      attestations: bundle.attestations.map((attestation, a) => attestationAt(attestation, ['attestation_bundles', b, 'attestations', a]))
    }))
  };
}

/** A provenance object from the integrity API's answer body. Throws Pep740FormatError. */
export function readPep740Provenance(bytes: Buffer | string): Pep740Provenance {
  return pep740ProvenanceFromJSON(parseJSON(bytes, 'PEP 740 provenance object'));
}

/** One attestation from its parsed JSON (a `*.publish.attestation` file, or one entry of a bundle). Throws Pep740FormatError. */
export function pep740AttestationFromJSON(json: unknown): Pep740Attestation {
  return attestationAt(json, []);
}

/** One attestation from its JSON bytes. Throws Pep740FormatError. */
export function readPep740Attestation(bytes: Buffer | string): Pep740Attestation {
  return pep740AttestationFromJSON(parseJSON(bytes, 'PEP 740 attestation'));
}

/**
 * The in-toto statement an attestation signs. PEP 740 (and pypi-attestations' `verify`) allow exactly one subject,
 * named, with a sha256 digest. Throws Pep740FormatError. Read it from a verified bundle's payload for a verdict.
 */
export function readPep740Statement(bytes: Buffer | string): Pep740Statement {
  let statement: InTotoStatement;
  try {
    statement = readInTotoStatement(bytes, { maxBytes: MAX_STATEMENT_BASE64 });
  } catch (error) {
    if (!(error instanceof InTotoFormatError)) throw error;
    throw new Pep740FormatError(describeInTotoFault(error, 'attestation statement'));
  }
  if (statement.type !== PEP740_STATEMENT_TYPE) {
    throw new Pep740FormatError(
      `attestation statement _type is ${clip(statement.type)}, expected ${PEP740_STATEMENT_TYPE} (PEP 740 signs in-toto v1 statements)`
    );
  }
  if (statement.subjects.length !== 1) {
    throw new Pep740FormatError(`attestation statement has ${statement.subjects.length} subjects, expected exactly one (the distribution file)`);
  }
  const [subject] = statement.subjects as [InTotoStatement['subjects'][number]];
  if (!subject.name) throw new Pep740FormatError('attestation statement subject has no name (PEP 740 names the distribution file)');
  if (subject.sha256 === null) throw new Pep740FormatError(`attestation statement subject ${clip(subject.name)} has no sha256 digest`);
  return { predicateType: statement.predicateType, subjectName: subject.name, sha256: subject.sha256, predicate: statement.predicate };
}

/**
 * The Sigstore bundle pypi-attestations' `Attestation.to_bundle` builds from an attestation: bundle v0.3, the leaf
 * certificate alone (`certificate.rawBytes`, no chain), the FIRST transparency entry only (to_bundle takes
 * `transparency_entries[0]`; PyPI stores one), and a DSSE envelope whose payload is the statement bytes, payload type
 * in-toto, one signature without a key id.
 */
export function attestationToBundle(attestation: Pep740Attestation): SigstoreBundleJSON {
  const [entry] = attestation.transparencyEntries;
  if (!entry) throw new Pep740FormatError('attestation has no transparency log entry: it cannot become a Sigstore bundle');
  return {
    mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: { certificate: { rawBytes: attestation.certificate.toString('base64') }, tlogEntries: [entry] },
    dsseEnvelope: {
      payload: attestation.statement.toString('base64'),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: attestation.signature.toString('base64') }]
    }
  };
}
