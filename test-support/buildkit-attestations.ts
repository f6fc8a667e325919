/**
 * BuildKit's image attestations as `docker buildx build --sbom --provenance` pushes them: per
 * platform an attestation manifest (platform `unknown/unknown` in the index, annotated
 * `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest: <platform
 * manifest>`) whose layers are in-toto statements (`application/vnd.in-toto+json`) with an SPDX
 * SBOM and SLSA provenance. Shared by the publication tests and the supply-chain tests.
 *
 * The provenance is not made up: it is one of the real BuildKit statements in __fixtures__/real/buildkit/
 * (SLSA v0.2 or v1, mode=min or max) with only the subject, the `vcs` hint and (for a Git-context build)
 * the config source rewritten, so a test builds "a BuildKit v1 image" in the layout BuildKit writes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
export const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** BuildKit's own metadata key inside a v0.2 provenance predicate (where it records `vcs`). */
export const BUILDKIT_METADATA_KEY = 'https://mobyproject.org/buildkit@v1#metadata';
/** The same metadata in a v1 predicate: `runDetails.metadata.buildkit_metadata`. */
export const BUILDKIT_V1_METADATA_KEY = 'buildkit_metadata';
export const ATTESTATION_REFERENCE_TYPE = 'attestation-manifest';

export interface AttestedPlatform {
  os: string;
  architecture: string;
  variant?: string;
}

/** What the attestations describe: one platform manifest of an image. */
export interface AttestationSubject {
  /** The repository and tag BuildKit names the subject by, e.g. `ghcr.io/o/r:1.2.3`. */
  reference: string;
  /** The platform manifest's digest, `sha256:<hex>`. */
  digest: string;
  platform: AttestedPlatform;
}

export interface AttestationOptions {
  /** Add the SPDX SBOM statement (default true). */
  sbom?: boolean;
  /** Add the provenance statement (default: SLSA v0.2, mode=min, with no VCS info); false leaves it out. */
  provenance?: false | ProvenanceOptions;
}

export interface ProvenanceOptions {
  /** `vcs.revision` (the hint docker/build-push-action sends for a local context); absent: no `vcs.revision`. */
  revision?: string;
  /** `vcs.source`. */
  source?: string;
  predicateType?: typeof SLSA_PROVENANCE_V02 | typeof SLSA_PROVENANCE_V1;
  /** Which real statement to start from (default min). */
  mode?: 'min' | 'max';
  /**
   * A Git-context build (build-push-action without `context:`): the config source BuildKit records, its
   * `uri` (e.g. `https://github.com/o/r.git#refs/tags/v1.2.3`) and the commit it checked out (`digest.sha1`).
   * BuildKit records no `vcs` then; `revision`/`source` are still written when given.
   */
  gitContext?: { uri: string; revision: string };
}

/** One attestation layer: the statement's bytes, media type and the predicate-type annotation BuildKit sets. */
export interface AttestationLayer {
  content: Buffer;
  mediaType: typeof IN_TOTO_MEDIA_TYPE;
  annotations: Record<string, string>;
  predicateType: string;
}

const platformText = (p: AttestedPlatform) => [p.os, p.architecture, p.variant].filter(Boolean).join('/');

function statement(subject: AttestationSubject, predicateType: string, predicate: unknown, type = IN_TOTO_STATEMENT_V01): Buffer {
  const [name, tag] = splitReference(subject.reference);
  const purl = `pkg:docker/${name}${tag ? `@${tag}` : ''}?platform=${encodeURIComponent(platformText(subject.platform))}`;
  return Buffer.from(
    JSON.stringify({
      _type: type,
      predicateType,
      subject: [{ name: purl, digest: { sha256: subject.digest.replace(/^sha256:/, '') } }],
      predicate
    })
  );
}

function splitReference(reference: string): [string, string | null] {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  return colon > slash ? [reference.slice(0, colon), reference.slice(colon + 1)] : [reference, null];
}

function spdxDocument(subject: AttestationSubject): unknown {
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `sbom-${subject.reference}`,
    documentNamespace: `https://docker.com/docker-scout/sbom/${createHash('sha256').update(subject.digest).digest('hex').slice(0, 16)}`,
    creationInfo: { created: '2026-11-20T10:00:00Z', creators: ['Organization: Anchore, Inc', 'Tool: syft-v1.14.0', 'Tool: buildkit-v0.17.0'] },
    packages: [{ name: 'musl', SPDXID: 'SPDXRef-Package-apk-musl', versionInfo: '1.2.5-r0', downloadLocation: 'NOASSERTION', licenseConcluded: 'MIT' }],
    relationships: [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Package-apk-musl' }]
  };
}

const REAL = new URL('../__fixtures__/real/buildkit/', import.meta.url);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const realJson = (name: string): Json => JSON.parse(readFileSync(new URL(name, REAL), 'utf8')) as Json;

/** The real statement a provenance starts from (see __fixtures__/real/buildkit/README.md). */
const REAL_PROVENANCE = {
  [SLSA_PROVENANCE_V02]: { min: 'provenance-v02-min.json', max: 'provenance-v02-max.json', configSource: 'configsource-v02-git-context.json' },
  [SLSA_PROVENANCE_V1]: { min: 'provenance-v1-min.json', max: 'provenance-v1-max.json', configSource: 'configsource-v1-git-context.json' }
} as const;

/**
 * A real BuildKit provenance statement's type and predicate, with only what the options name rewritten:
 * the `vcs` hint (replaced, or removed), and for a Git context the config source (uri and sha1) with no `vcs`.
 */
export function realProvenance(options: ProvenanceOptions = {}): { type: string; statementType: string; predicate: Json } {
  const type = options.predicateType ?? SLSA_PROVENANCE_V02;
  const files = REAL_PROVENANCE[type];
  const real = realJson(files[options.mode ?? 'min']);
  const predicate = real.predicate as Json;
  const v1 = type === SLSA_PROVENANCE_V1;
  const metadata: Json = v1 ? predicate.runDetails.metadata : predicate.metadata;
  const key = v1 ? BUILDKIT_V1_METADATA_KEY : BUILDKIT_METADATA_KEY;
  const { vcs: _realVcs, ...rest } = (metadata[key] ?? {}) as Json;
  const vcs = { ...(options.revision ? { revision: options.revision } : {}), ...(options.source ? { source: options.source } : {}) };
  metadata[key] = Object.keys(vcs).length > 0 ? { ...rest, vcs } : rest;
  if (options.gitContext) {
    const configSource = realJson(files.configSource);
    configSource.uri = options.gitContext.uri;
    configSource.digest = { sha1: options.gitContext.revision };
    if (v1) predicate.buildDefinition.externalParameters.configSource = configSource;
    else predicate.invocation.configSource = configSource;
  }
  return { type, statementType: real._type as string, predicate };
}

/** The in-toto layers BuildKit writes for one platform manifest: SBOM first, then provenance. */
export function buildKitAttestationLayers(subject: AttestationSubject, options: AttestationOptions = {}): AttestationLayer[] {
  const layers: AttestationLayer[] = [];
  const add = (predicateType: string, predicate: unknown) =>
    layers.push({
      content: statement(subject, predicateType, predicate),
      mediaType: IN_TOTO_MEDIA_TYPE,
      annotations: { 'in-toto.io/predicate-type': predicateType },
      predicateType
    });
  if (options.sbom !== false) add(SPDX_PREDICATE_TYPE, spdxDocument(subject));
  if (options.provenance !== false) {
    const p = realProvenance(options.provenance ?? {});
    layers.push({
      content: statement(subject, p.type, p.predicate, p.statementType),
      mediaType: IN_TOTO_MEDIA_TYPE,
      annotations: { 'in-toto.io/predicate-type': p.type },
      predicateType: p.type
    });
  }
  return layers;
}

/** The attestation manifest's config, as BuildKit writes it: platform unknown/unknown, one diff id per statement. */
export function attestationConfig(layers: readonly AttestationLayer[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: 'unknown',
      os: 'unknown',
      config: {},
      rootfs: { type: 'layers', diff_ids: layers.map((l) => `sha256:${createHash('sha256').update(l.content).digest('hex')}`) }
    })
  );
}

/** The index entry's platform and annotations for an attestation manifest of `subjectDigest`. */
export function attestationIndexEntry(subjectDigest: string): { platform: { os: 'unknown'; architecture: 'unknown' }; annotations: Record<string, string> } {
  return {
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.digest': subjectDigest, 'vnd.docker.reference.type': ATTESTATION_REFERENCE_TYPE }
  };
}
