/**
 * The OCI client's interface, apart from its construction in index.ts: the readers built on it
 * (referrers, cosign) import it from here, so index.ts → referrers.ts is the only direction.
 */
import type { Descriptor } from './manifest.js';
import type { PushCredentials, PushProbeOptions, PushProbeResult } from './push-probe.js';
import type { ImageRef } from './reference.js';
import type { BlobOptions, FetchedManifest, OciManifest } from './registry.js';

/** The referrers of a manifest as the registry lists them, or `null` when it has no referrers API. */
export type ReferrersListing = { descriptors: Descriptor[]; filtered: boolean } | null;

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
   * A blob read chunk by chunk by `read` (a large attestation layer, never held whole), bounded; the
   * digest is checked once every byte has passed, and a mismatch throws instead of answering. Null when absent (404).
   */
  readBlob<T>(image: ImageRef, digest: string, options: BlobOptions, read: (chunks: AsyncIterable<Uint8Array>) => Promise<T>): Promise<T | null>;
  /**
   * The OCI 1.1 referrers API, `GET /v2/{repository}/referrers/{digest}` (optionally filtered by artifact
   * type; `filtered` says whether the registry applied it). Null when the registry has no referrers API (404).
   */
  referrers(image: ImageRef, digest: string, artifactType?: string): Promise<ReferrersListing>;
  /**
   * Whether `credentials` may push to the repository, as `crane`'s push-permission check asks: the
   * `/v2/` challenge, a `push,pull` token from the realm on the registry's own origin, a blob upload
   * started and cancelled at once. Throws OciError naming the cause; nothing is written.
   */
  probePush(image: ImageRef, credentials: PushCredentials, options: PushProbeOptions): Promise<PushProbeResult>;
}
