import { PypiError, type PypiApi } from '../../clients/pypi.js';
import { SigstoreVerificationError } from '../../clients/sigstore/errors.js';
import type { SignerIdentity } from '../../clients/sigstore/index.js';
import { signerMismatch } from '../../clients/sigstore/signer-policy.js';
import { clip } from '../../util/text.js';
import { poll, waitNote, pollHost } from '../../util/poll.js';
import type { GateContext } from '../../gate.js';
import {
  attestationToBundle,
  Pep740FormatError,
  PYPI_PUBLISH_V1,
  readPep740Statement,
  type Pep740Attestation,
  type Pep740Provenance,
  type Pep740Publisher
} from '../../formats/pep740.js';
import type { PypiTarget } from './pypi.js';
import { commitCell, signerCell, type PublisherTrust } from './publisher-trust.js';

/**
 * Who published each file of a PyPI release, by its PEP 740 provenance (SPEC, `pypi-provenance`): the trusted
 * publisher PyPI recorded, and an attestation that verifies from the release workflow's signer identity for exactly
 * that file and sha256. Shared by the `pypi-provenance` check (the files in dist) and `status` (the files the index
 * lists for a burned version).
 */

/** A file whose provenance is judged: its name and the sha256 it must attest. */
export interface ReleaseFile {
  file: string;
  sha256: string;
}

/** Provenance objects fetched at once: a release has a few dozen files, each one small request. */
export const CONCURRENT_FETCHES = 6;

/** The trusted publisher the release workflow is, as PyPI records it in each attestation bundle. */
export interface ExpectedPublisher {
  /** `owner/repo`. */
  repository: string;
  workflow: string;
  environment: string | null;
}

/** What one file's provenance proves: its table row, and its problems (empty when it holds). */
export interface FileFinding {
  row: string[];
  problems: string[];
  notes: string[];
}

function publisherCell(publisher: Pep740Publisher): string {
  switch (publisher.kind) {
    case 'GitHub':
      return clip(`${publisher.repository} ${publisher.workflow}${publisher.environment ? ` (${publisher.environment})` : ''}`, 120);
    case 'GitLab':
      return clip(`GitLab ${publisher.repository} ${publisher.workflowFilepath}`, 120);
    case 'Google':
      return clip(`Google ${publisher.email}`, 120);
    default:
      return clip(`${publisher.publisherKind} publisher`, 120);
  }
}

/**
 * Why a bundle's publisher is not the release workflow, or null. Repository and environment names compare as GitHub
 * compares them, without regard to case (PyPI stores them as configured); the workflow file name exactly.
 */
function publisherMismatch(publisher: Pep740Publisher, expected: ExpectedPublisher): string | null {
  const wanted = `GitHub ${expected.repository} ${expected.workflow}${expected.environment ? ` (environment ${expected.environment})` : ''}`;
  if (publisher.kind !== 'GitHub') return `its trusted publisher is ${publisherCell(publisher)}, expected ${wanted}`;
  if (publisher.repository.toLowerCase() !== expected.repository.toLowerCase() || publisher.workflow !== expected.workflow) {
    return `its trusted publisher is GitHub ${clip(publisher.repository)} ${clip(publisher.workflow)}, expected ${wanted}`;
  }
  if (expected.environment !== null && (publisher.environment ?? '').toLowerCase() !== expected.environment.toLowerCase()) {
    const said = publisher.environment === null ? 'no environment' : `environment ${clip(publisher.environment)}`;
    return `its trusted publisher names ${said}, expected environment ${expected.environment} (pypi.environment); publish from a job with \`environment: ${expected.environment}\` and register that environment on the trusted publisher`;
  }
  return null;
}

/** One attestation judged: verified and signed by the release workflow for exactly this file, or why not. */
type AttestationVerdict = { good: true; signer: SignerIdentity } | { good: false; broken: boolean; reason: string; signer: SignerIdentity | null };

async function judgeAttestation(trust: PublisherTrust, attestation: Pep740Attestation, file: ReleaseFile): Promise<AttestationVerdict> {
  let verified;
  try {
    verified = await trust.verifier.verify(attestationToBundle(attestation));
  } catch (error) {
    if (error instanceof SigstoreVerificationError || error instanceof Pep740FormatError) {
      return { good: false, broken: true, reason: `does not verify as a Sigstore bundle: ${clip(error.message, 300)}`, signer: null };
    }
    throw error;
  }
  const { signer, content } = verified;
  const mismatch = signerMismatch(signer, trust.policy);
  if (mismatch) return { good: false, broken: false, reason: mismatch, signer };
  if (content.kind !== 'dsse') return { good: false, broken: true, reason: 'is not a DSSE attestation', signer };
  let statement;
  try {
    statement = readPep740Statement(content.payload);
  } catch (error) {
    if (error instanceof Pep740FormatError) return { good: false, broken: true, reason: error.message, signer };
    throw error;
  }
  if (statement.subjectName !== file.file) {
    return { good: false, broken: true, reason: `attests ${clip(statement.subjectName, 200)}, not this file`, signer };
  }
  if (statement.sha256 !== file.sha256) {
    return { good: false, broken: true, reason: `attests sha256 ${statement.sha256}, but the built file's is ${file.sha256}`, signer };
  }
  if (statement.predicateType !== PYPI_PUBLISH_V1) {
    return {
      good: false,
      broken: false,
      reason: `has predicate type ${clip(statement.predicateType, 120)}, not PyPI's publish attestation ${PYPI_PUBLISH_V1}`,
      signer
    };
  }
  return { good: true, signer };
}

/**
 * One file's provenance object judged: one good attestation (publisher, signer, file and digest, publish predicate) is
 * enough, but an attestation that fails to verify — or that verifies yet names another file or digest — fails the
 * file even next to a good one: nothing about it can be explained away.
 */
export async function judgeProvenance(
  trust: PublisherTrust,
  expected: ExpectedPublisher,
  provenance: Pep740Provenance,
  file: ReleaseFile
): Promise<FileFinding> {
  const problems: string[] = [];
  const notes: string[] = [];
  let good: { publisher: Pep740Publisher; signer: SignerIdentity } | null = null;
  let closest: { publisher: Pep740Publisher; reason: string; signer: SignerIdentity | null } | null = null;
  for (const [b, bundle] of provenance.bundles.entries()) {
    const publisherProblem = publisherMismatch(bundle.publisher, expected);
    for (const [a, attestation] of bundle.attestations.entries()) {
      const verdict = await judgeAttestation(trust, attestation, file);
      const where = `${file.file}: attestation ${a + 1} of bundle ${b + 1} (${publisherCell(bundle.publisher)})`;
      if (verdict.good && publisherProblem === null) {
        good ??= { publisher: bundle.publisher, signer: verdict.signer };
        continue;
      }
      if (!verdict.good && verdict.broken) problems.push(`${where} ${verdict.reason}`);
      // A publisher that is not the release workflow says the most, in PyPI's own words; else the signer's reason.
      const reason = publisherProblem ?? (verdict.good ? '' : verdict.reason);
      if (verdict.good || !verdict.broken) notes.push(`${where} does not count: ${reason}`);
      if (!closest || publisherProblem === null) closest = { publisher: bundle.publisher, reason, signer: verdict.signer };
    }
  }
  if (good && problems.length === 0) {
    return { row: [file.file, publisherCell(good.publisher), signerCell(good.signer, trust.policy), commitCell(good.signer), 'ok'], problems, notes };
  }
  if (!good && problems.length === 0) {
    const why = closest ? closest.reason : 'no bundle holds any attestation';
    problems.push(`${file.file} has no PEP 740 attestation from the release workflow: ${why}`);
  }
  const shown = good ?? closest;
  const signer = shown?.signer ?? null;
  return {
    row: [
      file.file,
      shown ? publisherCell(shown.publisher) : '-',
      signer ? signerCell(signer, trust.policy) : '-',
      signer ? commitCell(signer) : '-',
      good ? 'bad attestation beside a good one' : 'not from the release workflow'
    ],
    problems,
    notes
  };
}

export interface FileTarget {
  file: ReleaseFile;
  /** The PEP 691 `provenance` URL, else the integrity API's URL for the file. */
  url: string;
}

/**
 * Each built file's provenance URL. The simple API is asked until it lists every built file (an upload still in
 * progress, the CDN), so that a 404 of the integrity API afterwards means "uploaded without attestations", never
 * "not there yet"; where the page gives a file's `provenance` URL, that one is used (SPEC). An index without the
 * PEP 691 JSON form is not waited for: each file's URL is then the integrity API's.
 */
export async function fileTargets(
  ctx: GateContext,
  api: PypiApi,
  target: PypiTarget,
  built: ReleaseFile[]
): Promise<{ targets: FileTarget[]; notes: string[] }> {
  const fallback = (file: ReleaseFile) => api.provenanceUrl(target.project, target.version, file.file);
  const builtNames = new Set(built.map((b) => b.file));
  let listed: Map<string, string | null>;
  let waited;
  try {
    waited = await poll(ctx, `pypi-provenance: ${target.subject} on ${target.shownIndex}`, pollHost(target.index), async () => {
      // Only the built files are read off the page.
      const page = await api.simpleProject(target.project, { files: (filename) => builtNames.has(filename) });
      const found = new Map((page?.files ?? []).map((f) => [f.filename, f.provenance] as const));
      const missing = built.filter((b) => !found.has(b.file)).length;
      if (missing > 0) return { done: false, seen: `${built.length - missing} of ${built.length} built files listed on the simple API`, value: found };
      return { done: true, value: found };
    });
    listed = waited.value;
  } catch (error) {
    if (!(error instanceof PypiError)) throw error;
    return {
      targets: built.map((file) => ({ file, url: fallback(file) })),
      notes: [`the simple API could not list the files (${clip(error.message, 200)}); each file's provenance was asked at the integrity API`]
    };
  }
  const unlisted = built.filter((b) => !listed.has(b.file)).map((b) => b.file);
  const notes = [...waitNote(waited)];
  if (unlisted.length > 0) notes.push(`not listed on the simple API when the wait ended: ${clip(unlisted.join(', '), 300)} (see the pypi check)`);
  return { targets: built.map((file) => ({ file, url: listed.get(file.file) ?? fallback(file) })), notes };
}

export async function judgeFile(
  trust: PublisherTrust,
  expected: ExpectedPublisher,
  api: PypiApi,
  target: PypiTarget,
  { file, url }: FileTarget
): Promise<FileFinding> {
  const row = (verdict: string) => [file.file, '-', '-', '-', verdict];
  let provenance;
  try {
    provenance = await api.provenance(url);
  } catch (error) {
    if (error instanceof PypiError) return { row: row('could not be read'), problems: [`${file.file}: ${error.message}`], notes: [] };
    throw error;
  }
  if (provenance === null) {
    return {
      row: row('no provenance (404)'),
      problems: [
        `${file.file} has no PEP 740 provenance on ${target.indexKey} ${target.shownIndex} (integrity API 404): it was uploaded without trusted-publishing attestations — by an API token, or by pypa/gh-action-pypi-publish before v1.11; upload from ${expected.workflow} with trusted publishing and release a new version`
      ],
      notes: []
    };
  }
  return judgeProvenance(trust, expected, provenance, file);
}
