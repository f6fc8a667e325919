/**
 * The OCI distribution calls the gates make, anonymously (as `docker pull` and `helm pull`
 * do for a public package): manifests by tag or digest, config and chart blobs. Image layers
 * are never downloaded. The one credentialed call is the push probe (push-probe.ts), which
 * writes nothing.
 */
import type { HttpClient } from '../http.js';
import { AnonymousTokens } from './auth.js';
import type { OciApi } from './api.js';
import { RegistryRequests } from './registry.js';
import { listReferrers } from './referrers.js';
import { probePush } from './push-probe.js';

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
export type { OciApi, ReferrersListing } from './api.js';
export { PUSH_DENIED_CAUSES, type PushCredentials, type PushProbeOptions, type PushProbeRequest, type PushProbeResult } from './push-probe.js';

export function createOciApi(options: { http: HttpClient; now?: () => number }): OciApi {
  const requests = new RegistryRequests(options.http, new AnonymousTokens(options.http, options.now));
  return {
    manifest: (image, reference) => requests.headManifest(image, reference),
    getManifest: (image, reference) => requests.getManifest(image, reference),
    getBlob: (image, digest, blobOptions) => requests.getBlob(image, digest, blobOptions),
    readBlob: (image, digest, blobOptions, read) => requests.readBlob(image, digest, blobOptions, read),
    referrers: (image, digest, artifactType) => listReferrers(requests, image, digest, artifactType),
    probePush: (image, credentials, probeOptions) => probePush(options.http, image, credentials, probeOptions)
  };
}
