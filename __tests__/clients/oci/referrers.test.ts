/**
 * OCI referrers (src/clients/oci/referrers.ts) against the real Distribution registry, which has no
 * referrers API (a 404): the fallback tag `sha256-<hex>` is read, and every manifest it lists is opened
 * and judged by its own artifactType and subject, not by what the index claims. The referrers API path
 * is served by a fault proxy in front of the same registry (the listed manifests are the registry's).
 */
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { HttpClient } from '../../../src/clients/http.js';
import { createOciApi, OciError, parseImageRef, type ImageRef, type OciApi } from '../../../src/clients/oci/index.js';
import { findSigstoreBundleReferrers, isSigstoreBundleType, referrersFallbackTag, type BundleReferrer } from '../../../src/clients/oci/referrers.js';
import { addToFallbackIndex, pushBundleReferrer } from '../../../test-support/cosign.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import {
  OciPusher,
  pushSinglePlatformImage,
  startFaultProxy,
  startOciRegistry,
  type Descriptor,
  type FaultProxy,
  type OciTestRegistry,
  type ProxyFault
} from '../../../test-support/oci-registry.js';

let registry: OciTestRegistry;
let proxy: FaultProxy;
let pusher: OciPusher;
let oci: OciApi;

/** Every bundle findSigstoreBundleReferrers hands over, in place of the count it returns. */
async function readAll(api: OciApi, ref: ImageRef, digest: string) {
  const bundles: BundleReferrer[] = [];
  const read = await findSigstoreBundleReferrers(api, ref, digest, async (referrer) => void bundles.push(referrer));
  expect(read.bundles).toBe(bundles.length);
  return { ...read, bundles };
}

/** A fresh image in its own repository, so each test's fallback tag starts empty. */
async function freshImage(repository: string): Promise<{ ref: ImageRef; proxied: ImageRef; subject: Descriptor }> {
  const pushed = await pushSinglePlatformImage(pusher, repository, '1.2.3');
  return { ref: parseImageRef(`${registry.host}/${repository}`), proxied: parseImageRef(`${proxy.host}/${repository}`), subject: pushed.manifest };
}

beforeAll(async () => {
  registry = await startOciRegistry();
  proxy = await startFaultProxy(registry);
  pusher = new OciPusher(registry);
  oci = createOciApi({ http: new HttpClient({ retries: 1, retryBaseMs: 0, timeoutMs: 10_000, userAgent: 'test' }) });
});

afterAll(async () => {
  await Promise.all([registry?.close(), proxy?.close()]);
  removeTempDirs();
});

describe('isSigstoreBundleType', () => {
  it.each([
    ['application/vnd.dev.sigstore.bundle.v0.3+json', true],
    ['application/vnd.dev.sigstore.bundle.v0.2+json', true],
    ['application/vnd.dev.sigstore.bundle+json;version=0.1', true],
    ['application/vnd.dev.sigstore.bundle+json; version=0.3', true],
    ['application/vnd.dev.sigstore.bundle+json;version=1.0', false],
    ['application/spdx+json', false],
    ['application/vnd.oci.empty.v1+json', false]
  ])('%s → %s', (type, expected) => expect(isSigstoreBundleType(type)).toBe(expected));
});

test('the fallback tag is the digest with a dash', () => {
  expect(referrersFallbackTag(`sha256:${'a'.repeat(64)}`)).toBe(`sha256-${'a'.repeat(64)}`);
  expect(() => referrersFallbackTag('sha256:abc')).toThrow(OciError);
});

describe('Distribution (no referrers API): the fallback tag', () => {
  test('the registry answers 404 on the referrers API, so the client says it has none', async () => {
    const { ref, subject } = await freshImage('fallback/none');
    expect(await oci.referrers(ref, subject.digest)).toBeNull();
    expect(await readAll(oci, ref, subject.digest)).toEqual({ via: 'none', bundles: [], broken: [], ignored: [] });
  });

  test('a bundle referrer listed in the fallback tag is read from its single layer', async () => {
    const { ref, subject } = await freshImage('fallback/one');
    const bundle = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', marker: 'one' };
    const referrer = await pushBundleReferrer(pusher, 'fallback/one', subject, bundle);
    const found = await readAll(oci, ref, subject.digest);
    expect(found).toEqual({ via: 'fallback tag', bundles: [{ manifest: referrer.digest, bundle }], broken: [], ignored: [] });
  });

  test("the index's claims are not believed: each manifest's own artifactType and subject decide", async () => {
    const { ref, subject } = await freshImage('fallback/lies');
    const other = await pushSinglePlatformImage(pusher, 'fallback/lies', 'other');
    // An SBOM artifact the index claims is a Sigstore bundle.
    const sbom = await pushBundleReferrer(
      pusher,
      'fallback/lies',
      subject,
      { spdxVersion: 'SPDX-2.3' },
      {
        artifactType: 'application/spdx+json',
        claimedInIndex: { artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }
      }
    );
    // A bundle whose subject is another image, listed under this digest's tag.
    const elsewhere = await pushBundleReferrer(pusher, 'fallback/lies', subject, { marker: 'elsewhere' }, { subject: other.manifest });
    // A bundle of the old media type spelling, with two layers.
    const twoLayers = await pushBundleReferrer(
      pusher,
      'fallback/lies',
      subject,
      { marker: 'two' },
      {
        artifactType: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
        extraLayers: [Buffer.from('{}')]
      }
    );
    const found = await readAll(oci, ref, subject.digest);
    expect(found.bundles).toEqual([]);
    expect(found.ignored).toEqual([
      { manifest: sbom.digest, reason: 'artifact type application/spdx+json, not a Sigstore bundle' },
      { manifest: elsewhere.digest, reason: `a Sigstore bundle that refers to ${other.manifest.digest}, not ${subject.digest}` }
    ]);
    expect(found.broken).toEqual([{ manifest: twoLayers.digest, problem: 'a Sigstore bundle referrer with 2 layers; the bundle must be its single layer' }]);
  });

  test('a listed manifest the registry does not serve is noted, not read', async () => {
    const { proxied, subject } = await freshImage('fallback/missing');
    const gone = await pushBundleReferrer(pusher, 'fallback/missing', subject, { marker: 'gone' });
    // The registry lost the referrer manifest the tag still lists.
    proxy.fault = ({ path }) =>
      decodeURIComponent(path).endsWith(`/manifests/${gone.digest}`) ? { answer: { status: 404, body: '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}' } } : null;
    try {
      const found = await readAll(oci, proxied, subject.digest);
      expect(found).toEqual({
        via: 'fallback tag',
        bundles: [],
        broken: [],
        ignored: [{ manifest: gone.digest, reason: 'listed by the fallback tag but not served by the registry' }]
      });
    } finally {
      proxy.fault = () => null;
    }
  });

  test('bundles are handed over one at a time: the next referrer is read only after the one before', async () => {
    const { ref, subject } = await freshImage('fallback/several');
    for (const marker of ['a', 'b', 'c'])
      await pushBundleReferrer(pusher, 'fallback/several', subject, { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', marker });
    let blobs = 0;
    const counting: OciApi = { ...oci, getBlob: (...args) => (blobs++, oci.getBlob(...args)) };
    const seen: number[] = [];
    await findSigstoreBundleReferrers(counting, ref, subject.digest, async () => void seen.push(blobs));
    // Reading every referrer first (the old shape) would show [3, 3, 3].
    expect(seen).toEqual([1, 2, 3]);
  });

  test('a bundle nested 500,000 levels deep (1 MB) is broken, naming the nesting, without overflowing the stack', async () => {
    const { ref, subject } = await freshImage('fallback/deep');
    const type = 'application/vnd.dev.sigstore.bundle.v0.3+json';
    // Pushed by hand: the helper serialises an object, and no object this deep survives JSON.stringify.
    const layer = await pusher.blob('fallback/deep', Buffer.from(`${'['.repeat(500_000)}${']'.repeat(500_000)}`), type);
    const config = await pusher.blob('fallback/deep', Buffer.from('{}'), 'application/vnd.oci.empty.v1+json');
    const body = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: type,
      config,
      layers: [layer],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size }
    };
    const referrer = await pusher.manifest('fallback/deep', 'deep', body);
    await addToFallbackIndex(pusher, 'fallback/deep', subject.digest, { ...referrer, artifactType: type });
    const found = await readAll(oci, ref, subject.digest);
    expect(found.bundles).toEqual([]);
    expect(found.broken).toEqual([
      { manifest: referrer.digest, problem: `its bundle layer ${layer.digest} is nested deeper than 128 levels; a Sigstore bundle is a flat JSON document` }
    ]);
  });

  test('a fallback tag that holds an image manifest, not an index, fails', async () => {
    const { ref, subject } = await freshImage('fallback/notindex');
    await pushSinglePlatformImage(pusher, 'fallback/notindex', referrersFallbackTag(subject.digest));
    await expect(readAll(oci, ref, subject.digest)).rejects.toThrow(
      /referrers fallback tag\) is a application\/vnd\.oci\.image\.manifest\.v1\+json, not the image index/
    );
  });
});

describe('a registry with the referrers API (proxied)', () => {
  test('the API listing is used (with the artifactType filter asked for) and its pages followed', async () => {
    const { proxied, subject } = await freshImage('api/one');
    const bundle = { marker: 'api' };
    const referrer = await pushBundleReferrer(pusher, 'api/one', subject, bundle, { listInFallbackTag: false });
    const page2 = `/v2/api/one/referrers/${subject.digest}?page=2`;
    const entry = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: referrer.digest,
      size: referrer.size,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json'
    };
    proxy.fault = ({ path }): ProxyFault | null => {
      if (path === page2) {
        return {
          answer: {
            status: 200,
            headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' },
            body: JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [entry] })
          }
        };
      }
      if (path.startsWith(`/v2/api/one/referrers/${subject.digest}`)) {
        return {
          answer: {
            status: 200,
            headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', link: `<${page2}>; rel="next"`, 'oci-filters-applied': 'artifactType' },
            body: JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] })
          }
        };
      }
      return null;
    };
    try {
      const listing = await oci.referrers(proxied, subject.digest, 'application/vnd.dev.sigstore.bundle.v0.3+json');
      expect(listing).toEqual({ descriptors: [entry], filtered: true });
      expect(proxy.requests).toContain(`GET /v2/api/one/referrers/${subject.digest}?artifactType=application%2Fvnd.dev.sigstore.bundle.v0.3%2Bjson`);
      const found = await readAll(oci, proxied, subject.digest);
      expect(found).toEqual({ via: 'referrers API', bundles: [{ manifest: referrer.digest, bundle }], broken: [], ignored: [] });
    } finally {
      proxy.fault = () => null;
    }
  });

  it.each([
    ['a 500 (after the retry)', { status: 500, body: 'boom' }, /could not answer: .*referrers\/sha256:[0-9a-f]{64} answered 500 \(boom\)/],
    ['garbage', { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: 'not json{' }, /answer is not JSON/],
    [
      'an index of the wrong shape',
      { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: '{"schemaVersion":2,"manifests":[{"digest":"x"}]}' },
      /is not a valid application\/vnd\.oci\.image\.index\.v1\+json/
    ]
  ])('%s fails closed', async (_name, answer, message) => {
    const { proxied, subject } = await freshImage('api/faults');
    proxy.fault = ({ path }) => (path.includes('/referrers/') ? { answer } : null);
    try {
      await expect(readAll(oci, proxied, subject.digest)).rejects.toThrow(message);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('a next page pointing at another path is refused', async () => {
    const { proxied, subject } = await freshImage('api/elsewhere');
    proxy.fault = ({ path }) =>
      path.includes('/referrers/')
        ? {
            answer: {
              status: 200,
              headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', link: '<http://evil.example/v2/x>; rel="next"' },
              body: '{"schemaVersion":2,"manifests":[]}'
            }
          }
        : null;
    try {
      await expect(oci.referrers(proxied, subject.digest)).rejects.toThrow(/next page points elsewhere/);
    } finally {
      proxy.fault = () => null;
    }
  });
});
