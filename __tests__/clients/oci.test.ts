/**
 * The OCI client (src/clients/oci/) against the real Distribution registry: manifests read with
 * their bodies and validated, digests computed and compared, anonymous tokens kept per repository
 * scope (token server requests counted), bounded blobs, refused pulls; and the test registry's
 * BuildKit-shaped index proven against Docker's own client (`docker manifest inspect`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { HttpClient } from '../../src/clients/http.js';
import { createOciApi, OciError, parseImageRef, parseManifest, type OciApi } from '../../src/clients/oci/index.js';
import { IN_TOTO_MEDIA_TYPE, SLSA_PROVENANCE_V02, SPDX_PREDICATE_TYPE } from '../../test-support/buildkit-attestations.js';
import { removeTempDirs } from '../../test-support/git-repo.js';
import {
  OciPusher,
  pushBuildKitImage,
  pushHelmChartAs,
  startFaultProxy,
  startOciRegistry,
  startTokenServer,
  type Descriptor,
  type FaultProxy,
  type OciTestRegistry,
  type PushedImage,
  type TokenServer
} from '../../test-support/oci-registry.js';

const PUSHER = { user: 'pusher', password: 'pusher-password-1' };
const D = (c: string) => `sha256:${c.repeat(64)}`;

let open: OciTestRegistry;
let tokenAuth: OciTestRegistry;
let tokens: TokenServer;
let proxy: FaultProxy;
let image: PushedImage;
let chart: Descriptor;
let oci: OciApi;

beforeAll(async () => {
  tokens = await startTokenServer({ pusher: PUSHER, anonymousPull: (repo) => !repo.startsWith('private/') });
  [open, tokenAuth] = await Promise.all([startOciRegistry(), startOciRegistry({ auth: { token: tokens } })]);
  proxy = await startFaultProxy(open);
  image = await pushBuildKitImage(new OciPusher(open), 'sketchlog/app', { tags: ['1.2.3'] });
  chart = await pushHelmChartAs(new OciPusher(open), 'sketchlog/charts/sketchlog', 'sketchlog', '1.2.3');
  oci = createOciApi({ http: new HttpClient({ retries: 1, retryBaseMs: 0, timeoutMs: 10_000, userAgent: 'test' }) });
});

afterAll(async () => {
  await Promise.all([open?.close(), tokenAuth?.close(), tokens?.close(), proxy?.close()]);
  removeTempDirs();
});

describe('parseManifest validates each media type with its schema', () => {
  const desc = (mediaType: string, extra: Record<string, unknown> = {}) => ({ mediaType, digest: D('a'), size: 10, ...extra });
  const ociIndex = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [desc('application/vnd.oci.image.manifest.v1+json')] };
  const dockerList = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
    manifests: [desc('application/vnd.docker.distribution.manifest.v2+json', { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } })]
  };
  const ociImage = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: desc('application/vnd.oci.image.config.v1+json'),
    layers: []
  };
  const dockerImage = {
    ...ociImage,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: desc('application/vnd.docker.container.image.v1+json')
  };
  const helm = { ...ociImage, config: desc('application/vnd.cncf.helm.config.v1+json'), layers: [desc('application/vnd.cncf.helm.chart.content.v1.tar+gzip')] };
  const { mediaType: _m, ...ociImageWithoutType } = ociImage;

  it.each([
    ['an OCI index', ociIndex, null, 'index'],
    ['a Docker manifest list', dockerList, null, 'index'],
    ['an OCI image manifest', ociImage, null, 'image'],
    ['a Docker v2 manifest', dockerImage, null, 'image'],
    ['a Helm chart manifest', helm, null, 'image'],
    ['an OCI manifest without mediaType, typed by Content-Type', ociImageWithoutType, 'application/vnd.oci.image.manifest.v1+json; charset=utf-8', 'image']
  ])('reads %s', (_label, document, contentType, kind) => {
    expect(parseManifest(Buffer.from(JSON.stringify(document)), contentType).kind).toBe(kind);
  });

  it.each([
    ['not JSON', '<html>', null, 'is not JSON'],
    ['a JSON array', '[]', null, 'is not a JSON object'],
    [
      'a schema 1 manifest',
      JSON.stringify({ schemaVersion: 1, name: 'x', tag: 'y', fsLayers: [] }),
      'application/vnd.docker.distribution.manifest.v1+prettyjws',
      'Docker schema 1 manifest'
    ],
    [
      'an unknown media type',
      JSON.stringify({ ...ociImage, mediaType: 'application/vnd.oci.artifact.manifest.v1+json' }),
      null,
      'has media type "application/vnd.oci.artifact.manifest.v1+json"'
    ],
    [
      'a Docker list entry without platform',
      JSON.stringify({ ...dockerList, manifests: [desc('application/vnd.docker.distribution.manifest.v2+json')] }),
      null,
      'manifests.0.platform'
    ],
    [
      'a malformed descriptor digest',
      JSON.stringify({ ...ociIndex, manifests: [desc('x', { digest: 'sha256:00' })] }),
      null,
      'manifests.0.digest: must be a sha256'
    ],
    ['a negative size', JSON.stringify({ ...ociImage, layers: [desc('x', { size: -1 })] }), null, 'layers.0.size'],
    ['a manifest without layers', JSON.stringify({ ...ociImage, layers: undefined }), null, 'layers: '],
    ['schemaVersion 3', JSON.stringify({ ...ociIndex, schemaVersion: 3 }), null, 'schemaVersion'],
    [
      'Content-Type and mediaType that disagree',
      JSON.stringify(ociIndex),
      'application/vnd.oci.image.manifest.v1+json',
      'is served as application/vnd.oci.image.manifest.v1+json but declares mediaType application/vnd.oci.image.index.v1+json'
    ]
  ])('refuses %s, naming what is wrong', (_label, body, contentType, problem) => {
    expect(() => parseManifest(Buffer.from(body), contentType)).toThrow(problem);
  });
});

describe('manifests with their bodies', () => {
  test('an OCI index by tag: digest computed from the body, every entry read', async () => {
    const ref = parseImageRef(`${open.host}/sketchlog/app`);
    const fetched = await oci.getManifest(ref, '1.2.3');
    expect(fetched?.digest).toBe(image.index.digest);
    expect(fetched?.size).toBe(image.index.size);
    expect(fetched?.document.kind).toBe('index');
    const manifests = fetched?.document.kind === 'index' ? fetched.document.manifests : [];
    expect(manifests.map((m) => m.platform)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
      { os: 'unknown', architecture: 'unknown' },
      { os: 'unknown', architecture: 'unknown' }
    ]);
    expect(manifests[2]?.annotations).toEqual({
      'vnd.docker.reference.digest': image.platforms[0]!.manifest.digest,
      'vnd.docker.reference.type': 'attestation-manifest'
    });
  });

  test('a platform manifest by digest, and a Helm chart manifest', async () => {
    const byDigest = await oci.getManifest(parseImageRef(`${open.host}/sketchlog/app`), image.platforms[1]!.manifest.digest);
    expect(byDigest?.document).toMatchObject({ kind: 'image', config: { digest: image.platforms[1]!.config.digest } });
    const helm = await oci.getManifest(parseImageRef(`${open.host}/sketchlog/charts/sketchlog`), '1.2.3');
    expect(helm?.digest).toBe(chart.digest);
    expect(helm?.document).toMatchObject({ kind: 'image', config: { mediaType: 'application/vnd.cncf.helm.config.v1+json' } });
  });

  test('BuildKit attestation layers carry in-toto statements with the SPDX and SLSA predicate types', async () => {
    const ref = parseImageRef(`${open.host}/sketchlog/app`);
    const attestation = await oci.getManifest(ref, image.attestations[0]!.manifest.digest);
    const layers = attestation?.document.kind === 'image' ? attestation.document.layers : [];
    expect(layers.map((l) => [l.mediaType, l.annotations?.['in-toto.io/predicate-type']])).toEqual([
      [IN_TOTO_MEDIA_TYPE, SPDX_PREDICATE_TYPE],
      [IN_TOTO_MEDIA_TYPE, SLSA_PROVENANCE_V02]
    ]);
    const statement = JSON.parse((await oci.getBlob(ref, layers[1]!.digest, { maxBytes: 1 << 20 }))!.toString()) as {
      subject: Array<{ digest: { sha256: string } }>;
    };
    expect(`sha256:${statement.subject[0]!.digest.sha256}`).toBe(image.platforms[0]!.manifest.digest);
  });

  test('absent tags and repositories are null; HEAD keeps answering digest and media type', async () => {
    expect(await oci.getManifest(parseImageRef(`${open.host}/sketchlog/app`), '9.9.9')).toBeNull();
    expect(await oci.getManifest(parseImageRef(`${open.host}/nobody/here`), '1.2.3')).toBeNull();
    expect(await oci.getBlob(parseImageRef(`${open.host}/sketchlog/app`), D('c'), { maxBytes: 100 })).toBeNull();
    expect(await oci.manifest(parseImageRef(`${open.host}/sketchlog/app`), '1.2.3')).toEqual({
      digest: image.index.digest,
      mediaType: 'application/vnd.oci.image.index.v1+json'
    });
  });
});

describe('digests are verified', () => {
  const viaProxy = () => parseImageRef(`${proxy.host}/sketchlog/app`);
  afterAll(() => {
    proxy.fault = () => null;
  });

  test('a body that does not hash to Docker-Content-Digest', async () => {
    proxy.fault = ({ path }) => (path.endsWith('/manifests/1.2.3') ? { rewrite: (a) => ({ ...a, body: Buffer.concat([a.body, Buffer.from(' ')]) }) } : null);
    await expect(oci.getManifest(viaProxy(), '1.2.3')).rejects.toThrow(`the manifest body hashes to`);
    await expect(oci.getManifest(viaProxy(), '1.2.3')).rejects.toThrow(`but the registry says ${image.index.digest} (Docker-Content-Digest)`);
  });

  test('a manifest asked for by digest whose body is another one (no digest header to compare)', async () => {
    const wanted = image.platforms[0]!.manifest.digest;
    proxy.fault = ({ path }) =>
      path.includes('/manifests/sha256')
        ? {
            rewrite: (a) => {
              const { 'docker-content-digest': _d, ...headers } = a.headers;
              return { ...a, headers, body: Buffer.from(a.body.toString().replace('"schemaVersion":2', '"schemaVersion": 2')) };
            }
          }
        : null;
    await expect(oci.getManifest(viaProxy(), wanted)).rejects.toThrow(`@${wanted}: the registry served a manifest that hashes to sha256:`);
  });

  test('a blob whose bytes are not its digest', async () => {
    const config = image.platforms[0]!.config.digest;
    proxy.fault = ({ path }) => (path.includes('/blobs/') ? { rewrite: (a) => ({ ...a, body: Buffer.from('{}') }) } : null);
    await expect(oci.getBlob(viaProxy(), config, { maxBytes: 1 << 20 })).rejects.toThrow(
      `blob ${proxy.host}/sketchlog/app@${config}: the registry served 2 bytes that hash to`
    );
  });

  test('a blob larger than allowed is refused; a large one is not even read', async () => {
    proxy.fault = () => null;
    const layer = image.platforms[0]!.layer;
    await expect(oci.getBlob(viaProxy(), layer.digest, { maxBytes: 16 })).rejects.toThrow(
      `blob ${proxy.host}/sketchlog/app@${layer.digest} is ${layer.size} bytes, larger than the 16 allowed for it`
    );
    expect((await oci.getBlob(viaProxy(), layer.digest, { maxBytes: layer.size }))?.length).toBe(layer.size);
    const big = await new OciPusher(open).blob('sketchlog/app', Buffer.alloc(3 * 1024 * 1024, 1), 'application/octet-stream');
    await expect(oci.getBlob(viaProxy(), big.digest, { maxBytes: 1024 * 1024 })).rejects.toThrow(
      `answer of ${3 * 1024 * 1024} bytes is larger than the ${1024 * 1024} allowed`
    );
  });
});

describe('anonymous tokens', () => {
  let publicImage: PushedImage;
  beforeAll(async () => {
    const pusher = new OciPusher(tokenAuth, PUSHER);
    publicImage = await pushBuildKitImage(pusher, 'public/app', { tags: ['1.2.3'] });
    await pushBuildKitImage(pusher, 'public/other', { tags: ['1.2.3'] });
    await pushBuildKitImage(pusher, 'private/app', { tags: ['1.2.3'] });
  });

  test('one token per registry and repository scope, kept across manifests and blobs', async () => {
    const api = createOciApi({ http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 10_000, userAgent: 'test' }) });
    const app = parseImageRef(`${tokenAuth.host}/public/app`);
    const before = tokens.requests.length;
    await api.getManifest(app, '1.2.3');
    for (const p of publicImage.platforms) {
      await api.getManifest(app, p.manifest.digest);
      await api.getBlob(app, p.config.digest, { maxBytes: 1 << 20 });
    }
    expect(await api.manifest(app, '1.2.3')).toMatchObject({ digest: publicImage.index.digest });
    expect(tokens.requests.slice(before)).toEqual([{ scope: 'repository:public/app:pull', service: tokens.service, authenticated: false, granted: ['pull'] }]);
    // Another repository is another scope: one more token, kept too.
    await api.getManifest(parseImageRef(`${tokenAuth.host}/public/other`), '1.2.3');
    await api.getManifest(parseImageRef(`${tokenAuth.host}/public/other`), '1.2.3');
    expect(tokens.requests.slice(before).map((r) => r.scope)).toEqual(['repository:public/app:pull', 'repository:public/other:pull']);
  });

  test('concurrent requests share one negotiation', async () => {
    const api = createOciApi({ http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 10_000, userAgent: 'test' }) });
    const app = parseImageRef(`${tokenAuth.host}/public/app`);
    const before = tokens.requests.length;
    const answers = await Promise.all([
      api.getManifest(app, '1.2.3'),
      ...publicImage.platforms.map((p) => api.getBlob(app, p.config.digest, { maxBytes: 1 << 20 }))
    ]);
    expect(answers.every((a) => a !== null)).toBe(true);
    expect(tokens.requests.length - before).toBe(1);
  });

  test('an expired token is negotiated again', async () => {
    let now = 1_000_000;
    const api = createOciApi({ http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 10_000, userAgent: 'test' }), now: () => now });
    const app = parseImageRef(`${tokenAuth.host}/public/app`);
    const before = tokens.requests.length;
    await api.getManifest(app, '1.2.3');
    now += 299_000; // the test token server says expires_in 300: renewed a few seconds early
    await api.getManifest(app, '1.2.3');
    expect(tokens.requests.length - before).toBe(2);
  });

  test('a private repository: reason "private", and the message says how to make it public', async () => {
    const error = await oci.getManifest(parseImageRef(`${tokenAuth.host}/private/app`), '1.2.3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OciError);
    expect((error as OciError).reason).toBe('private');
    expect((error as OciError).message).toBe(
      `${tokenAuth.host} denied an anonymous pull of ${tokenAuth.host}/private/app:1.2.3 (401): the package is private; make it public (GHCR: package settings → Change visibility); until then nobody can pull it`
    );
  });

  test('a token service that refuses anonymous tokens is also "private"', async () => {
    const refusing = await startTokenServer({ pusher: PUSHER });
    const registry = await startOciRegistry({ auth: { token: refusing } });
    const gate = await startFaultProxy(registry);
    try {
      // Put the fault proxy in front of the registry and point the challenge's realm at a 403.
      gate.fault = ({ path }) =>
        path.startsWith('/v2/')
          ? { rewrite: (a) => ({ ...a, headers: { ...a.headers, 'www-authenticate': `Bearer realm="${gate.url}/token",service="x"` } }) }
          : { answer: { status: 403, body: '{"errors":[{"code":"DENIED"}]}' } };
      const error = await oci.getManifest(parseImageRef(`${gate.host}/public/app`), '1.2.3').catch((e: unknown) => e);
      expect((error as OciError).reason).toBe('private');
      expect((error as OciError).message).toMatch(/refused an anonymous token for public\/app \(403\): the package is private; make it public/);
    } finally {
      await Promise.all([gate.close(), registry.close(), refusing.close()]);
    }
  });
});

describe('the test registry is proven against Docker’s own client', () => {
  test('docker manifest inspect reads the BuildKit index: platforms, variant v8 and attestation manifests', async () => {
    const config = mkdtempSync(path.join(os.tmpdir(), 'rg-docker-config-'));
    try {
      const { stdout } = await promisify(execFile)('docker', ['manifest', 'inspect', '--insecure', `${open.host}/sketchlog/app:1.2.3`], {
        env: { ...process.env, DOCKER_CONFIG: config },
        timeout: 30_000
      });
      const read = JSON.parse(stdout) as { mediaType: string; manifests: Array<{ digest: string; platform: Record<string, string> }> };
      expect(read.mediaType).toBe('application/vnd.oci.image.index.v1+json');
      expect(read.manifests.map((m) => [m.digest, m.platform.architecture, m.platform.variant ?? ''])).toEqual([
        [image.platforms[0]!.manifest.digest, 'amd64', ''],
        [image.platforms[1]!.manifest.digest, 'arm64', 'v8'],
        [image.attestations[0]!.manifest.digest, 'unknown', ''],
        [image.attestations[1]!.manifest.digest, 'unknown', '']
      ]);
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });
});
