/**
 * OCI 1.1 referrers: the manifests whose `subject` is a given manifest (signatures, attestations).
 * Read through the referrers API (`GET /v2/{name}/referrers/{digest}`) or, where a registry has no
 * such API (Distribution, so GHCR: a 404 there), through the fallback tag `sha256-{hex}` that clients
 * such as cosign and oras keep as an image index of referrers.
 */
import { clip } from '../../util/text.js';
import { parseJson } from '../../util/json.js';
import type { HttpResponse } from '../http.js';
import type { OciApi, ReferrersListing } from './api.js';
import { OciError } from './errors.js';
import { MAX_MANIFEST_BYTES, ManifestError, MEDIA_TYPES, parseManifest, type Descriptor } from './manifest.js';
import { DIGEST, isDigest, shownReference, type ImageRef } from './reference.js';
import type { RegistryRequests } from './registry.js';

/** A registry's referrers list is paginated with `Link: <…>; rel="next"`; more pages than this is refused. */
const MAX_REFERRER_PAGES = 8;

/** The `rel="next"` target of a Link header (RFC 8288), or null. */
function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /(^|;)\s*rel="?next"?\s*(;|$)/i.test(m[2]!)) return m[1]!;
  }
  return null;
}

/**
 * `GET /v2/{name}/referrers/{digest}` (optionally `?artifactType=`), following `Link` pages. A 404
 * (or 405) means the registry has no referrers API: the OCI distribution spec requires a registry
 * that has it to answer 200 with an empty index even for a subject it does not hold.
 */
export async function listReferrers(requests: RegistryRequests, image: ImageRef, digest: string, artifactType?: string): Promise<ReferrersListing> {
  if (!isDigest(digest)) throw new OciError(`referrers: "${clip(digest)}" is not a sha256/sha512 digest`);
  const where = `referrers of ${shownReference(image, digest)}`;
  const prefix = `${image.baseUrl}/v2/${image.repository}/`;
  let path = `referrers/${digest}${artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''}`;
  const descriptors: Descriptor[] = [];
  let filtered = false;
  for (let page = 1; ; page++) {
    const response: HttpResponse = await requests.send(
      image,
      path,
      { method: 'GET', headers: { accept: MEDIA_TYPES.ociIndex }, maxBytes: MAX_MANIFEST_BYTES },
      where
    );
    if (page === 1 && (response.status === 404 || response.status === 405)) return null;
    refuseStatus(response, image, where);
    let document;
    try {
      document = parseManifest(response.body, response.headers.get('content-type') ?? MEDIA_TYPES.ociIndex);
    } catch (error) {
      if (error instanceof ManifestError) throw new OciError(`the ${where} answer ${error.message}`, { cause: error });
      throw error;
    }
    if (document.kind !== 'index') throw new OciError(`the ${where} answer is a ${document.mediaType}, not an image index`);
    descriptors.push(...document.manifests);
    if (artifactType && /(^|,)\s*artifactType\s*(,|$)/.test(response.headers.get('oci-filters-applied') ?? '')) filtered = true;
    const next = nextLink(response.headers.get('link'));
    if (!next) break;
    if (page >= MAX_REFERRER_PAGES)
      throw new OciError(`${where}: the registry lists more than ${MAX_REFERRER_PAGES} pages of referrers; refusing to read further`);
    const url = new URL(next, `${image.baseUrl}/`).toString();
    if (!url.startsWith(`${prefix}referrers/`)) throw new OciError(`${where}: the registry's next page points elsewhere (${clip(url, 140)})`);
    path = url.slice(prefix.length);
  }
  return { descriptors, filtered };
}

function refuseStatus(response: HttpResponse, image: ImageRef, where: string): void {
  if (response.status === 401 || response.status === 403) {
    throw new OciError(`${image.registry} denied an anonymous read of the ${where} (${response.status})`, { reason: 'private' });
  }
  if (response.status !== 200) throw new OciError(`${image.registry} answered ${response.status} for the ${where}`);
}

/** The tag the OCI referrers fallback schema keeps a subject's referrers under: `sha256-<hex>` (algorithm, dash, hex). */
export function referrersFallbackTag(digest: string): string {
  if (!DIGEST.test(digest)) throw new OciError(`"${clip(digest)}" is not a sha256/sha512 digest`);
  return digest.replace(':', '-');
}

/** `application/vnd.dev.sigstore.bundle.v0.3+json` (any v0.x), and the older `application/vnd.dev.sigstore.bundle+json;version=0.x`. */
export function isSigstoreBundleType(mediaType: string): boolean {
  const t = mediaType.trim().toLowerCase();
  return /^application\/vnd\.dev\.sigstore\.bundle\.v0\.\d+\+json$/.test(t) || /^application\/vnd\.dev\.sigstore\.bundle\+json\s*;\s*version=0\.\d+$/.test(t);
}

/**
 * A Sigstore bundle referrer's bundle is JSON of a few KiB (a certificate chain, a log entry, a signature or a
 * small DSSE envelope). Memory: one bundle is held at a time (fetched, parsed, handed to `each`, dropped before
 * the next manifest is read), so 1 MiB of bytes + its string + its tree, a few MiB, whatever MAX_REFERRERS is.
 */
export const MAX_BUNDLE_BYTES = 1024 * 1024;
/** More referrers than this for one digest is refused rather than read one by one (a bound on time: one manifest and blob each). */
const MAX_REFERRERS = 100;

export interface BundleReferrer {
  /** The referrer manifest's digest. */
  manifest: string;
  /** The bundle (the manifest's single layer), parsed JSON, not yet verified. */
  bundle: unknown;
}

export interface SigstoreReferrers {
  /** Where they were read: the referrers API, the fallback tag, or nowhere (the fallback tag does not exist). */
  via: 'referrers API' | 'fallback tag' | 'none';
  /** How many bundles were handed to `each`. */
  bundles: number;
  /** Referrers that say they are Sigstore bundles but cannot be read as one (each a failure of the caller's check). */
  broken: Array<{ manifest: string; problem: string }>;
  /** Referrers that are no Sigstore bundle for this digest (another artifact type, another subject), with why. */
  ignored: Array<{ manifest: string; reason: string }>;
}

/**
 * The Sigstore bundles attached to `digest` as OCI referrers, as cosign attaches them
 * (`cosign sign --new-bundle-format`, `cosign attest`): a manifest whose artifactType (or config
 * media type) is a Sigstore bundle type, whose `subject` is the digest, and whose single layer is the
 * bundle. Every listed manifest is opened and its own fields are read: a fallback index is an
 * ordinary tag anyone with push rights rewrites, and its descriptors' copies of those fields prove
 * nothing; the referrers API's copies are the registry's, but reading the manifest costs little.
 * Each bundle is handed to `each` as it is read, in listing order; the next referrer is read once `each` settles.
 */
export async function findSigstoreBundleReferrers(
  oci: OciApi,
  image: ImageRef,
  digest: string,
  each: (referrer: BundleReferrer) => Promise<void>
): Promise<SigstoreReferrers> {
  let via: SigstoreReferrers['via'] = 'referrers API';
  let descriptors: Descriptor[];
  const listing = await oci.referrers(image, digest);
  if (listing) {
    descriptors = listing.descriptors;
  } else {
    const tag = referrersFallbackTag(digest);
    const index = await oci.getManifest(image, tag);
    if (!index) return { via: 'none', bundles: 0, broken: [], ignored: [] };
    if (index.document.kind !== 'index') {
      throw new OciError(
        `${shownReference(image, tag)} (the OCI referrers fallback tag) is a ${index.mediaType}, not the image index of referrers the schema requires`
      );
    }
    via = 'fallback tag';
    descriptors = index.document.manifests;
  }
  const unique = [...new Map(descriptors.map((d) => [d.digest, d])).values()];
  if (unique.length > MAX_REFERRERS)
    throw new OciError(`${shownReference(image, digest)} has ${unique.length} referrers (${via}); more than ${MAX_REFERRERS} are not read`);
  const result: SigstoreReferrers = { via, bundles: 0, broken: [], ignored: [] };
  for (const descriptor of unique) {
    const fetched = await oci.getManifest(image, descriptor.digest);
    if (!fetched) {
      result.ignored.push({ manifest: descriptor.digest, reason: `listed by the ${via} but not served by the registry` });
      continue;
    }
    const document = fetched.document;
    if (document.kind !== 'image') {
      result.ignored.push({ manifest: descriptor.digest, reason: `an image index, not a Sigstore bundle` });
      continue;
    }
    const type = document.artifactType ?? document.config.mediaType;
    if (!isSigstoreBundleType(type)) {
      result.ignored.push({ manifest: descriptor.digest, reason: `artifact type ${clip(type, 100)}, not a Sigstore bundle` });
      continue;
    }
    if (document.subject?.digest !== digest) {
      const named = document.subject ? `refers to ${document.subject.digest}` : 'names no subject';
      result.ignored.push({ manifest: descriptor.digest, reason: `a Sigstore bundle that ${named}, not ${digest}` });
      continue;
    }
    if (document.layers.length !== 1) {
      result.broken.push({
        manifest: descriptor.digest,
        problem: `a Sigstore bundle referrer with ${document.layers.length} layers; the bundle must be its single layer`
      });
      continue;
    }
    const layer = document.layers[0]!;
    const blob = await oci.getBlob(image, layer.digest, { maxBytes: MAX_BUNDLE_BYTES });
    if (!blob) {
      result.broken.push({ manifest: descriptor.digest, problem: `its bundle layer ${layer.digest} is not served by the registry` });
      continue;
    }
    // Depth bounded first (util/json.ts): a bundle nested millions of levels would overflow the verifier's stack.
    const parsed = parseJson(blob);
    if (!parsed.ok) {
      result.broken.push({
        manifest: descriptor.digest,
        problem: `its bundle layer ${layer.digest} is ${parsed.deep ? `${parsed.reason}; a Sigstore bundle is a flat JSON document` : 'not JSON'}`
      });
      continue;
    }
    result.bundles++;
    await each({ manifest: descriptor.digest, bundle: parsed.value });
  }
  return result;
}
