import { NpmError, type NpmApi, type NpmVersionManifest } from '../../clients/npm/index.js';
import { publishTimeMatters, verifyRegistrySignatures } from '../../clients/npm/registry-keys.js';
import { SigstoreTrustError, SigstoreVerificationError } from '../../clients/sigstore/errors.js';
import type { SignerIdentity } from '../../clients/sigstore/index.js';
import { signerMismatch } from '../../clients/sigstore/signer-policy.js';
import { clip, messageOf } from '../../util/text.js';
import { poll, waitNote, pollHost } from '../../util/poll.js';
import { CheckFailed, type GateContext } from '../../gate.js';
import { NPM_PUBLISH_PREDICATE, NpmAttestationFormatError, npmPackageUrl, readNpmStatement, type NpmAttestation } from '../../formats/npm-attestations.js';
import { readTufRegistryKeys, NpmKeysFormatError, type NpmRegistryKey } from '../../formats/npm-keys.js';
import { PackumentError, sha512OfIntegrity } from '../../formats/packument.js';
import { SLSA_PROVENANCE_V1 } from '../../formats/buildkit-provenance.js';
import { absentMessage } from './npm.js';
import { commitCell, signerCell, type PublisherTrust } from './publisher-trust.js';

/**
 * Who published each npm package version, by its npm provenance (SPEC, `npm-provenance`): the SLSA provenance from the
 * release workflow's signer identity, npm's publish attestation and the registry's signatures, all over exactly the
 * version's dist.integrity. Shared by the `npm-provenance` check and `status` (for a burned version).
 */

/** The registry whose keys Sigstore's TUF repository publishes (`registry.npmjs.org/keys.json`), as npm's CLI takes them. */
const TUF_KEYS_HOST = 'registry.npmjs.org';

/** What one package's provenance proves: its table row, and its problems (empty when it holds). */
export interface PackageFinding {
  row: string[];
  problems: string[];
  notes: string[];
}

/** The registry's keys: those that sign packuments (`dist.signatures`) and those that sign publish attestations. */
interface RegistryKeys {
  signatures: NpmRegistryKey[];
  attestations: NpmRegistryKey[];
  source: string;
}

/**
 * The registry's keys, read once per run, as `npm audit signatures` takes them: Sigstore TUF's
 * `registry.npmjs.org/keys.json` where trust comes from TUF and the registry is npm's (TUF lists each key under its
 * usage, `npm:signatures` and `npm:attestations`), else the registry's own `/-/npm/v1/keys` for both.
 */
function registryKeys(ctx: GateContext, trust: PublisherTrust, api: NpmApi, registry: string): Promise<RegistryKeys> {
  return ctx.once(`npm-registry-keys:${registry}`, async () => {
    if (trust.verifier.trust === 'tuf' && new URL(registry).host === TUF_KEYS_HOST) {
      const source = `Sigstore TUF's ${TUF_KEYS_HOST}/keys.json`;
      const text = await trust.verifier.registryKeysTarget();
      try {
        const raw = JSON.parse(text) as unknown;
        return { signatures: readTufRegistryKeys(raw, 'npm:signatures'), attestations: readTufRegistryKeys(raw, 'npm:attestations'), source };
      } catch (error) {
        throw new CheckFailed(`${source} is unreadable (${clip(messageOf(error), 200)}), so no registry signature can be checked`);
      }
    }
    const keys = await api.registryKeys();
    return { signatures: keys, attestations: keys, source: `${registry}/-/npm/v1/keys` };
  });
}

/**
 * Where a version's attestations are read: the path of `dist.attestations.url` on the configured registry, as pacote
 * reads it, so a packument cannot send the runner to a host nobody configured.
 */
function attestationsOnRegistry(registry: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, `${registry}/`);
  } catch {
    throw new CheckFailed(`dist.attestations.url "${clip(url, 120)}" is not a URL`);
  }
  return `${registry.replace(/\/+$/, '')}${parsed.pathname}`;
}

/** Why a statement does not attest exactly this package version's tarball, or null. */
function subjectMismatch(payload: Buffer, purl: string, sha512Hex: string, what: string): string | null {
  let statement;
  try {
    statement = readNpmStatement(payload);
  } catch (error) {
    if (error instanceof NpmAttestationFormatError) return `${what} is unreadable: ${error.message}`;
    throw error;
  }
  const subject = statement.subjects.find((s) => s.name === purl);
  if (!subject) return `${what} attests ${clip(statement.subjects.map((s) => s.name).join(', ') || 'no subject', 200)}, not ${purl}`;
  if (subject.sha512 !== sha512Hex) return `${what} attests sha512 ${clip(subject.sha512 ?? '(none)', 40)}…, not dist.integrity's ${sha512Hex.slice(0, 16)}…`;
  return null;
}

/** The SLSA provenance: verified from the signer identity, naming this version's purl and sha512. Returns the signer, or throws the problem. */
async function judgeProvenance(
  trust: PublisherTrust,
  attestations: NpmAttestation[],
  purl: string,
  sha512Hex: string,
  subject: string
): Promise<SignerIdentity> {
  const slsa = attestations.filter((a) => a.predicateType === SLSA_PROVENANCE_V1);
  if (slsa.length === 0) {
    throw new CheckFailed(
      `${subject} has npm's publish attestation but no SLSA provenance; publish with \`npm publish --provenance\` from the release workflow (with \`id-token: write\`)`
    );
  }
  let good: SignerIdentity | null = null;
  for (const attestation of slsa) {
    let verified;
    try {
      verified = await trust.verifier.verify(attestation.bundle);
    } catch (error) {
      if (error instanceof SigstoreVerificationError) throw new CheckFailed(`${subject}: its SLSA provenance ${clip(error.message, 300)}`);
      throw error;
    }
    const mismatch = signerMismatch(verified.signer, trust.policy);
    if (mismatch) throw new CheckFailed(`${subject}: its SLSA provenance was not made by the release workflow: ${mismatch}`);
    if (verified.content.kind !== 'dsse') throw new CheckFailed(`${subject}: its SLSA provenance is not a DSSE attestation`);
    const wrong = subjectMismatch(verified.content.payload, purl, sha512Hex, 'its SLSA provenance');
    if (wrong) throw new CheckFailed(`${subject}: ${wrong}; the provenance is not of these bytes`);
    good ??= verified.signer;
  }
  return good!;
}

/** npm's publish attestation: signed by the registry's key valid when it was logged, naming this version's purl and sha512. Returns the key id. */
async function judgePublishAttestation(
  trust: PublisherTrust,
  attestations: NpmAttestation[],
  keys: NpmRegistryKey[],
  purl: string,
  sha512Hex: string,
  subject: string
): Promise<string> {
  const publish = attestations.filter((a) => a.predicateType === NPM_PUBLISH_PREDICATE);
  if (publish.length === 0)
    throw new CheckFailed(`${subject} has no npm publish attestation (${NPM_PUBLISH_PREDICATE}), which the registry writes for every provenance publish`);
  let keyId = '';
  for (const attestation of publish) {
    let verified;
    try {
      verified = await trust.verifier.verifyWithKeys(attestation.bundle, keys);
    } catch (error) {
      if (error instanceof SigstoreVerificationError) throw new CheckFailed(`${subject}: its npm publish attestation ${clip(error.message, 300)}`);
      throw error;
    }
    if (verified.content.kind !== 'dsse') throw new CheckFailed(`${subject}: its npm publish attestation is not a DSSE attestation`);
    const wrong = subjectMismatch(verified.content.payload, purl, sha512Hex, 'its npm publish attestation');
    if (wrong) throw new CheckFailed(`${subject}: ${wrong}`);
    keyId ||= verified.keyId;
  }
  return keyId;
}

async function judgeVersion(
  ctx: GateContext,
  trust: PublisherTrust,
  api: NpmApi,
  registry: string,
  manifest: NpmVersionManifest,
  name: string,
  version: string
): Promise<PackageFinding> {
  const subject = `${clip(name)}@${version}`;
  const row = (publisher: string, signer: string, commit: string, verdict: string) => [name, publisher, signer, commit, verdict];
  if (manifest.dist.integrity === null) {
    return {
      row: row('-', '-', '-', 'no dist.integrity'),
      problems: [`${subject} records no dist.integrity, so no attestation can be tied to its bytes`],
      notes: []
    };
  }
  const integrity = manifest.dist.integrity;
  const sha512Hex = Buffer.from(sha512OfIntegrity(integrity, subject), 'base64').toString('hex');
  const keys = await registryKeys(ctx, trust, api, registry);
  // The per-version document has no publish time; it is asked (from the packument) only when the verdict depends on it.
  const publishedAt = manifest.publishedAt ?? (publishTimeMatters(keys.signatures, manifest.dist.signatures) ? await api.publishTime(name, version) : null);
  const signatures = verifyRegistrySignatures(keys.signatures, { name, version, integrity, publishedAt }, manifest.dist.signatures);
  const problems: string[] = [];
  if (!signatures.ok) problems.push(`${subject}: the registry signature (dist.signatures) does not verify with ${keys.source}: ${signatures.reason}`);
  if (manifest.dist.attestations === null) {
    problems.push(
      `${subject} was published without provenance (its packument has no dist.attestations); publish with \`npm publish --provenance\` from ${trust.workflowFile}, whose job needs \`id-token: write\`, and release a new version`
    );
    return { row: row('-', '-', '-', 'no provenance'), problems, notes: [] };
  }
  const attestations = await api.attestations(attestationsOnRegistry(registry, manifest.dist.attestations.url));
  if (attestations === null) {
    problems.push(
      `${subject}: its dist.attestations URL answers 404, so its provenance cannot be read; ask the registry's operators, or release a new version with \`npm publish --provenance\``
    );
    return { row: row('-', '-', '-', 'attestations 404'), problems, notes: [] };
  }
  const purl = npmPackageUrl(name, version);
  // Both attestations are judged, so one failure does not hide the other.
  const attempt = async <T>(judge: () => Promise<T>): Promise<T | null> => {
    try {
      return await judge();
    } catch (error) {
      if (!(error instanceof CheckFailed)) throw error;
      problems.push(error.message);
      return null;
    }
  };
  const signer = await attempt(() => judgeProvenance(trust, attestations, purl, sha512Hex, subject));
  const keyId = await attempt(() => judgePublishAttestation(trust, attestations, keys.attestations, purl, sha512Hex, subject));
  return {
    row: row(
      keyId === null ? '-' : `npm key ${keyId.length > 16 ? `${keyId.slice(0, 15)}…` : keyId}`,
      signer ? signerCell(signer, trust.policy) : '-',
      signer ? commitCell(signer) : '-',
      problems.length ? 'fails' : 'ok'
    ),
    problems,
    notes: []
  };
}

export async function checkPackage(
  ctx: GateContext,
  trust: PublisherTrust,
  api: NpmApi,
  registry: string,
  name: string,
  version: string
): Promise<PackageFinding> {
  const subject = `${clip(name)}@${version}`;
  const missing = (verdict: string, problem: string, notes: string[] = []): PackageFinding => ({
    row: [name, '-', '-', '-', verdict],
    problems: [problem],
    notes
  });
  try {
    const waited = await poll<NpmVersionManifest | null>(ctx, `npm-provenance: ${subject} on ${registry}`, pollHost(registry), async () => {
      const found = await api.publishedVersion(name, version);
      if (found === null) return { done: false, seen: `no packument for ${clip(name)} (404)`, value: null };
      if (found.manifest === null) return { done: false, seen: `${clip(name)} lists ${found.versions.length} version(s), not ${version}`, value: null };
      return { done: true, value: found.manifest };
    });
    const notes = waitNote(waited).map((note) => `${subject}: ${note}`);
    if (waited.value === null) return missing('not published', absentMessage(ctx, subject, registry, waited), notes);
    const finding = await judgeVersion(ctx, trust, api, registry, waited.value, name, version);
    return { ...finding, notes: [...notes, ...finding.notes] };
  } catch (error) {
    if (error instanceof CheckFailed) return missing('could not be checked', error.message);
    if (error instanceof NpmError || error instanceof PackumentError || error instanceof NpmKeysFormatError || error instanceof SigstoreTrustError) {
      return missing('could not be checked', `${subject}: ${messageOf(error)}`);
    }
    throw error;
  }
}
