/**
 * npm's attestations as the registry serves them (`GET {registry}/-/npm/v1/attestations/{name}@{version}`, the URL a
 * packument's `dist.attestations.url` names): `{"attestations": [{predicateType, bundle}, …]}`, one Sigstore bundle
 * per attestation — npm's publish attestation (signed with the registry's key) and, with `npm publish --provenance`,
 * the SLSA provenance (signed by the publishing workflow's Fulcio certificate) — and the in-toto statement inside each.
 *
 * Pure: parsed JSON or bytes in, typed values out, or an NpmAttestationFormatError whose message names the field and
 * what is wrong. Nothing here is verified: the bundles stay JSON for the Sigstore verifier, and a statement read from
 * a bundle proves nothing until that bundle has verified.
 */
import { z } from 'zod';
import { ReleaseGatesError } from '../errors.js';
import { clip } from '../util/text.js';
import { firstZodIssue } from '../util/zod-issue.js';
import { describeInTotoFault, InTotoFormatError, readInTotoStatement, type InTotoStatement } from './in-toto.js';

/** The predicate type of npm's publish attestation (libnpmpublish writes it; the registry signs it with its own key). */
export const NPM_PUBLISH_PREDICATE = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';

/** A real answer holds two attestations (publish and provenance); anything past this is not npm's answer. */
const MAX_ATTESTATIONS = 16;
/** npm's statements are ~300 bytes (publish) and ~2 KiB (SLSA provenance); 1 MiB keeps a hostile one small. */
const MAX_STATEMENT_BYTES = 1024 * 1024;
/** npm signs exactly one subject, the package URL; a few more are read so that the check can say how many. */
const MAX_SUBJECTS = 16;

/** Not npm's attestations answer, or not an npm statement; the message names the field and what is wrong. */
export class NpmAttestationFormatError extends ReleaseGatesError {
  override name = 'NpmAttestationFormatError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

/** One attestation of a version: its predicate type as the registry lists it, and the Sigstore bundle as JSON. */
export interface NpmAttestation {
  predicateType: string;
  /** The Sigstore bundle (media type v0.1 to v0.3), untouched, for the Sigstore verifier. */
  bundle: unknown;
}

/** The in-toto statement of an npm attestation: each subject's name (a package URL) and sha512 (lower-case hex). */
export interface NpmStatement {
  predicateType: string;
  subjects: Array<{ name: string; sha512: string | null }>;
  predicate: unknown;
}

// z.looseObject: the registry adds fields (`signedAccessSignatureUrl`) that this reader does not need.
const attestationsBody = z.looseObject({
  attestations: z
    .array(
      z.looseObject({
        predicateType: z.string().min(1).max(512),
        // A bundle is a JSON object; its shape is the Sigstore verifier's to judge.
        bundle: z.record(z.string(), z.unknown())
      })
    )
    .max(MAX_ATTESTATIONS)
});

/** Reads the attestations answer of one version; throws NpmAttestationFormatError naming the first wrong field. */
export function readNpmAttestations(raw: unknown): NpmAttestation[] {
  const parsed = attestationsBody.safeParse(raw);
  if (!parsed.success) {
    throw new NpmAttestationFormatError(firstZodIssue(parsed.error, { top: '(top level)', pathMax: 80, messageMax: 120 }));
  }
  return parsed.data.attestations.map((a) => ({ predicateType: a.predicateType, bundle: a.bundle }));
}

/**
 * The in-toto statement of an npm attestation, from its verified DSSE payload. The shared in-toto reader checks the
 * statement (type, predicate type, subjects); it keeps only sha256 digests, so each subject's sha512 — the one npm
 * signs, the tarball's `dist.integrity` in hex — is read from the same JSON here.
 */
export function readNpmStatement(payload: Buffer): NpmStatement {
  let statement: InTotoStatement;
  try {
    statement = readInTotoStatement(payload, { maxBytes: MAX_STATEMENT_BYTES, maxSubjects: MAX_SUBJECTS });
  } catch (error) {
    if (!(error instanceof InTotoFormatError)) throw error;
    throw new NpmAttestationFormatError(describeInTotoFault(error, 'npm attestation statement'), { cause: error });
  }
  // Parsed once already, so this parse succeeds and `subject` is the array of objects the reader checked.
  const raw = JSON.parse(payload.toString('utf8')) as { subject: Array<{ digest: Record<string, string> }> };
  const subjects = statement.subjects.map((subject, index) => {
    const sha512 = raw.subject[index]!.digest.sha512;
    if (sha512 !== undefined && !/^[0-9a-fA-F]{128}$/.test(sha512)) {
      const who = subject.name ? clip(subject.name) : String(index);
      throw new NpmAttestationFormatError(`npm attestation statement subject ${who} has a malformed sha512 digest ${clip(sha512, 140)}`);
    }
    return { name: subject.name, sha512: sha512 === undefined ? null : sha512.toLowerCase() };
  });
  return { predicateType: statement.predicateType, subjects, predicate: statement.predicate };
}

/**
 * The package URL npm signs as the statement's subject, exactly as npm-package-arg's `toPurl` writes it for the
 * public registry (libnpmpublish at publish time, pacote when verifying): the scope's leading `@` percent-encoded,
 * the `/` kept, the version as given — `pkg:npm/%40sketchlog/client@1.2.3`, `pkg:npm/left-pad@1.3.0`.
 */
export function npmPackageUrl(name: string, version: string): string {
  return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}
