/**
 * How BuildKit lists attestations in an image index (moby/buildkit docs/attestations/attestation-storage.md):
 * beside each platform manifest, an attestation manifest with platform `unknown/unknown`, annotated
 * `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest: <platform manifest>`.
 * Pure functions over the index's `manifests` array (as `docker buildx imagetools inspect --raw` prints it).
 */
export const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
export const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
export const ATTESTATION_MANIFEST_TYPE = 'attestation-manifest';

/** The fields of an index entry these functions read. */
export interface IndexEntry {
  digest: string;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

/**
 * Whether an index entry is an attestation manifest rather than an image: BuildKit marks it both ways
 * (platform unknown/unknown and the reference-type annotation); either is enough, so an `unknown/unknown`
 * entry is never taken for a platform image.
 */
export function isAttestationEntry(entry: IndexEntry): boolean {
  const p = entry.platform;
  return (p?.os === 'unknown' && p.architecture === 'unknown') || entry.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST_TYPE;
}

/** The platform images of an index (every entry that is not an attestation manifest), in index order. */
export function platformEntries<T extends IndexEntry>(manifests: readonly T[]): T[] {
  return manifests.filter((m) => !isAttestationEntry(m));
}

/**
 * The attestation manifest that references `platformDigest`; null when the index has none. Only the
 * annotation pair ties one to its image: the order of entries means nothing.
 */
export function attestationEntryFor<T extends IndexEntry>(manifests: readonly T[], platformDigest: string): T | null {
  return (
    manifests.find(
      (m) => m.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST_TYPE && m.annotations[REFERENCE_DIGEST_ANNOTATION] === platformDigest
    ) ?? null
  );
}
