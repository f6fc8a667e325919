/**
 * BuildKit's image attestations as `docker buildx build --sbom --provenance` pushes them: per
 * platform an attestation manifest (platform `unknown/unknown` in the index, annotated
 * `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest: <platform
 * manifest>`) whose layers are in-toto statements (`application/vnd.in-toto+json`) with an SPDX
 * SBOM and SLSA provenance. Shared by the publication tests and the supply-chain tests.
 */
import { createHash } from 'node:crypto';

export const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
export const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
export const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** BuildKit's own metadata key inside the provenance predicate (where it records `vcs`). */
export const BUILDKIT_METADATA_KEY = 'https://mobyproject.org/buildkit@v1#metadata';
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
  /** Add the provenance statement (default: SLSA v0.2 with no VCS info); false leaves it out. */
  provenance?: false | { revision?: string; source?: string; predicateType?: typeof SLSA_PROVENANCE_V02 | typeof SLSA_PROVENANCE_V1 };
}

/** One attestation layer: the statement's bytes, media type and the predicate-type annotation BuildKit sets. */
export interface AttestationLayer {
  content: Buffer;
  mediaType: typeof IN_TOTO_MEDIA_TYPE;
  annotations: Record<string, string>;
  predicateType: string;
}

const platformText = (p: AttestedPlatform) => [p.os, p.architecture, p.variant].filter(Boolean).join('/');

function statement(subject: AttestationSubject, predicateType: string, predicate: unknown): Buffer {
  const [name, tag] = splitReference(subject.reference);
  const purl = `pkg:docker/${name}${tag ? `@${tag}` : ''}?platform=${encodeURIComponent(platformText(subject.platform))}`;
  return Buffer.from(
    JSON.stringify({
      _type: IN_TOTO_STATEMENT_V01,
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

function provenance(subject: AttestationSubject, options: Exclude<AttestationOptions['provenance'], false | undefined>): { type: string; predicate: unknown } {
  const vcs =
    options.revision || options.source
      ? { vcs: { ...(options.revision ? { revision: options.revision } : {}), ...(options.source ? { source: options.source } : {}) } }
      : {};
  if (options.predicateType === SLSA_PROVENANCE_V1) {
    return {
      type: SLSA_PROVENANCE_V1,
      predicate: {
        buildDefinition: {
          buildType: 'https://github.com/moby/buildkit/blob/master/docs/attestations/slsa-definitions.md',
          externalParameters: { configSource: {}, request: { frontend: 'dockerfile.v0', args: { platform: platformText(subject.platform) } } },
          resolvedDependencies: []
        },
        runDetails: {
          builder: { id: '' },
          metadata: { invocationID: 'rg-test-invocation', startedOn: '2026-11-20T10:00:00Z', finishedOn: '2026-11-20T10:01:00Z', [BUILDKIT_METADATA_KEY]: vcs }
        }
      }
    };
  }
  return {
    type: SLSA_PROVENANCE_V02,
    predicate: {
      builder: { id: '' },
      buildType: 'https://mobyproject.org/buildkit@v1',
      materials: [],
      invocation: {
        configSource: { entryPoint: 'Dockerfile' },
        parameters: { frontend: 'dockerfile.v0' },
        environment: { platform: platformText(subject.platform) }
      },
      metadata: {
        buildInvocationID: 'rg-test-invocation',
        buildStartedOn: '2026-11-20T10:00:00Z',
        buildFinishedOn: '2026-11-20T10:01:00Z',
        completeness: { parameters: false, environment: true, materials: false },
        reproducible: false,
        [BUILDKIT_METADATA_KEY]: vcs
      }
    }
  };
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
    const p = provenance(subject, options.provenance ?? {});
    add(p.type, p.predicate);
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
