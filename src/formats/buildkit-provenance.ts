/**
 * Where BuildKit's SLSA provenance (v0.2 and v1, moby/buildkit docs/attestations/slsa-definitions.md)
 * records the source commit of a build, read as BuildKit writes it rather than as a schema would suggest:
 *
 * - a build from a local directory (docker/build-push-action with `context: .`) carries the client's hint
 *   `vcs.revision` in BuildKit's own metadata: v0.2 `predicate.metadata["https://mobyproject.org/buildkit@v1#metadata"]`,
 *   v1 `predicate.runDetails.metadata.buildkit_metadata` (v1 renamed the extension key; BuildKit never writes
 *   the v0.2 key in a v1 predicate, so it is not read there);
 * - a Git-context build (build-push-action without `context:`) records no `vcs` at all: the commit BuildKit
 *   itself resolved is the config source's `digest.sha1`, with the repository in its `uri` (v0.2
 *   `predicate.invocation.configSource`, v1 `predicate.buildDefinition.externalParameters.configSource`).
 *
 * Pure: predicate in, recorded revisions out; the check decides what they must equal.
 */
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** BuildKit's metadata extension key in a v0.2 predicate. */
export const BUILDKIT_METADATA_KEY = 'https://mobyproject.org/buildkit@v1#metadata';
/** BuildKit's metadata extension key in a v1 predicate (`runDetails.metadata`). */
export const BUILDKIT_V1_METADATA_KEY = 'buildkit_metadata';

/** The places read, as messages name them. */
export const REVISION_PLACES = {
  [SLSA_PROVENANCE_V02]: {
    vcs: `predicate.metadata["${BUILDKIT_METADATA_KEY}"].vcs.revision`,
    configSource: 'predicate.invocation.configSource'
  },
  [SLSA_PROVENANCE_V1]: {
    vcs: `predicate.runDetails.metadata.${BUILDKIT_V1_METADATA_KEY}.vcs.revision`,
    configSource: 'predicate.buildDefinition.externalParameters.configSource'
  }
} as const;

export type BuildKitProvenanceType = keyof typeof REVISION_PLACES;

/** One commit a provenance predicate records, and where. */
export type RecordedRevision =
  /** The client's `vcs:revision` hint; `source` is its `vcs:source` (null when absent). */
  | { kind: 'vcs'; revision: string; source: string | null; place: string }
  /** A Git-context build: the commit BuildKit checked out, and the context `uri` (null when absent). */
  | { kind: 'config-source'; revision: string; uri: string | null; place: string };

export interface RecordedSource {
  revisions: RecordedRevision[];
  /** Every place read, for a message when none holds a revision. */
  read: string[];
}

function objectAt(value: unknown, ...keys: string[]): Record<string, unknown> | null {
  let current: unknown = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return null;
    current = (current as Record<string, unknown>)[key];
  }
  return current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function isBuildKitProvenanceType(predicateType: string): predicateType is BuildKitProvenanceType {
  return predicateType === SLSA_PROVENANCE_V02 || predicateType === SLSA_PROVENANCE_V1;
}

/** The revisions a BuildKit provenance predicate of `predicateType` records: vcs first, then the config source. */
export function recordedRevisions(predicateType: BuildKitProvenanceType, predicate: unknown): RecordedSource {
  const places = REVISION_PLACES[predicateType];
  const v1 = predicateType === SLSA_PROVENANCE_V1;
  const metadata = v1 ? objectAt(predicate, 'runDetails', 'metadata', BUILDKIT_V1_METADATA_KEY) : objectAt(predicate, 'metadata', BUILDKIT_METADATA_KEY);
  const configSource = v1 ? objectAt(predicate, 'buildDefinition', 'externalParameters', 'configSource') : objectAt(predicate, 'invocation', 'configSource');
  const revisions: RecordedRevision[] = [];
  const vcs = objectAt(metadata, 'vcs');
  const vcsRevision = text(vcs?.revision);
  if (vcsRevision !== null) revisions.push({ kind: 'vcs', revision: vcsRevision, source: text(vcs?.source), place: places.vcs });
  // Only a Git context has a sha1 digest (an HTTP context records sha256 of the tarball, a local one no digest).
  const sha1 = text(objectAt(configSource, 'digest')?.sha1);
  if (sha1 !== null) revisions.push({ kind: 'config-source', revision: sha1, uri: text(configSource?.uri), place: `${places.configSource}.digest.sha1` });
  return { revisions, read: [places.vcs, `${places.configSource}.digest.sha1`] };
}

/**
 * Whether a Git-context `uri` names `{serverUrl}/{owner}/{repo}` (with or without `.git`, any `#ref`
 * fragment, compared case-insensitively as GitHub compares owner and repository names).
 */
export function gitContextNamesRepository(uri: string, serverUrl: string, owner: string, repo: string): boolean {
  const wanted = `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}`.toLowerCase();
  const base = uri.split('#')[0]!.toLowerCase();
  return base === wanted || base === `${wanted}.git`;
}
