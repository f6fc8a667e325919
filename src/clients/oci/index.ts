/**
 * The OCI distribution calls the gates make, always anonymously (as `docker pull` and
 * `helm pull` do for a public package): manifests by tag or digest, config and chart blobs.
 * Image layers are never downloaded.
 */
import type { HttpClient } from '../http.js';
import { AnonymousTokens } from './auth.js';
import { RegistryRequests, type BlobOptions, type FetchedManifest, type OciManifest } from './registry.js';
import type { ImageRef } from './reference.js';
import { listReferrers, type ReferrersListing } from './referrers.js';

export { parseChallenges, pullScope, type AuthChallenge } from './auth.js';
export { OciError, PRIVATE_PACKAGE_FIX, type OciErrorReason } from './errors.js';
export {
  MANIFEST_ACCEPT,
  MAX_MANIFEST_BYTES,
  MEDIA_TYPES,
  parseManifest,
  ManifestError,
  type Descriptor,
  type ManifestDocument,
  type Platform
} from './manifest.js';
export { DIGEST, digestOf, isDigest, parseImageRef, shownReference, type ImageRef } from './reference.js';
export type { BlobOptions, FetchedManifest, OciManifest } from './registry.js';
export type { ReferrersListing } from './referrers.js';

export interface OciApi {
  /**
   * Asks for `/v2/{repository}/manifests/{reference}` (HEAD, then GET where HEAD is not allowed),
   * answering the registry's Bearer token challenge anonymously. Null when the registry has no such manifest.
   */
  manifest(image: ImageRef, reference: string): Promise<OciManifest | null>;
  /** The manifest with its validated body and computed digest; null when absent (404). */
  getManifest(image: ImageRef, reference: string): Promise<FetchedManifest | null>;
  /** A blob (config, chart), bounded and digest-verified; null when absent (404). */
  getBlob(image: ImageRef, digest: string, options: BlobOptions): Promise<Buffer | null>;
  /**
   * The OCI 1.1 referrers API, `GET /v2/{repository}/referrers/{digest}` (optionally filtered by artifact
   * type; `filtered` says whether the registry applied it). Null when the registry has no referrers API (404).
   */
  referrers(image: ImageRef, digest: string, artifactType?: string): Promise<ReferrersListing>;
}

export function createOciApi(options: { http: HttpClient; now?: () => number }): OciApi {
  const requests = new RegistryRequests(options.http, new AnonymousTokens(options.http, options.now));
  return {
    manifest: (image, reference) => requests.headManifest(image, reference),
    getManifest: (image, reference) => requests.getManifest(image, reference),
    getBlob: (image, digest, blobOptions) => requests.getBlob(image, digest, blobOptions),
    referrers: (image, digest, artifactType) => listReferrers(requests, image, digest, artifactType)
  };
}
