/**
 * The OCI client and `unpublished` against the real Distribution registry
 * (docker-registry) on loopback: an open registry holding a real image index
 * and a real Helm chart, a registry with htpasswd auth (Basic challenge), and
 * one with token auth (Bearer challenge, JWTs signed with an openssl-made key).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { HttpClient } from '../../../src/clients/http.js';
import { createOciApi, MANIFEST_ACCEPT, parseImageRef, type OciApi } from '../../../src/clients/oci/index.js';
import { unpublished } from '../../../src/checks/publication-preflight/unpublished.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import {
  OciPusher,
  pushHelmChart,
  pushImageIndex,
  startOciRegistry,
  startTokenServer,
  type Descriptor,
  type OciTestRegistry,
  type TokenServer
} from '../../../test-support/oci-registry.js';
import { fakeGitHub } from '../../helpers/context.js';
import { publicationContext } from '../../helpers/publication-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const PUSHER = { user: 'pusher', password: 'pusher-password-1' };

let open: OciTestRegistry;
let basic: OciTestRegistry;
let tokenAuth: OciTestRegistry;
let tokens: TokenServer;
let image: Descriptor;
let chart: Descriptor;
let oci: OciApi;

beforeAll(async () => {
  tokens = await startTokenServer({ pusher: PUSHER, anonymousPull: (repo) => !repo.startsWith('private/') });
  [open, basic, tokenAuth] = await Promise.all([
    startOciRegistry(),
    startOciRegistry({ auth: { htpasswd: PUSHER } }),
    startOciRegistry({ auth: { token: tokens } })
  ]);
  const pusher = new OciPusher(open);
  image = await pushImageIndex(pusher, 'sketchlog/sketchlog', '1.2.3');
  chart = await pushHelmChart(pusher, 'sketchlog/charts/sketchlog', 'sketchlog', '1.2.3');
  await pushImageIndex(new OciPusher(basic, PUSHER), 'sketchlog/sketchlog', '1.2.3');
  const tokenPusher = new OciPusher(tokenAuth, PUSHER);
  await pushImageIndex(tokenPusher, 'sketchlog/sketchlog', '1.2.3');
  await pushImageIndex(tokenPusher, 'private/sketchlog', '1.2.3');
  oci = createOciApi({ http: new HttpClient({ retries: 1, retryBaseMs: 0, timeoutMs: 10_000, userAgent: 'test' }) });
});

afterAll(async () => {
  await Promise.all([open?.close(), basic?.close(), tokenAuth?.close(), tokens?.close()]);
  removeTempDirs();
});

describe('OCI client against Distribution', () => {
  test('finds a pushed image index by tag, with its digest and media type', async () => {
    const found = await oci.manifest(parseImageRef(`${open.host}/sketchlog/sketchlog`), '1.2.3');
    expect(found).toEqual({ digest: image.digest, mediaType: 'application/vnd.oci.image.index.v1+json' });
  });

  test('finds a pushed Helm chart by version', async () => {
    const found = await oci.manifest(parseImageRef(`${open.host}/sketchlog/charts/sketchlog`), '1.2.3');
    expect(found).toEqual({ digest: chart.digest, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
  });

  test('answers null for a tag or repository the registry does not have', async () => {
    expect(await oci.manifest(parseImageRef(`${open.host}/sketchlog/sketchlog`), '1.2.4')).toBeNull();
    expect(await oci.manifest(parseImageRef(`${open.host}/nobody/nothing`), '1.2.3')).toBeNull();
  });

  test('the Accept types matter: without the OCI index type Distribution hides the index', async () => {
    // Proves why MANIFEST_ACCEPT lists every type: a client asking only for a Docker manifest would see "not there".
    const narrow = await fetch(`${open.url}/v2/sketchlog/sketchlog/manifests/1.2.3`, {
      method: 'HEAD',
      headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json' }
    });
    expect(narrow.status).toBe(404);
    const wide = await fetch(`${open.url}/v2/sketchlog/sketchlog/manifests/1.2.3`, { method: 'HEAD', headers: { accept: MANIFEST_ACCEPT } });
    expect(wide.status).toBe(200);
  });

  test('a registry that demands Basic credentials fails closed with a clear message', async () => {
    await expect(oci.manifest(parseImageRef(`${basic.host}/sketchlog/sketchlog`), '1.2.3')).rejects.toThrow(
      /requires credentials .*\(401, challenge: basic\).*cannot tell whether the tag exists/
    );
  });

  test('a Bearer challenge is answered with an anonymous token, and the tag is found', async () => {
    const before = tokens.requests.length;
    const found = await oci.manifest(parseImageRef(`${tokenAuth.host}/sketchlog/sketchlog`), '1.2.3');
    expect(found?.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const asked = tokens.requests.slice(before);
    expect(asked).toEqual([{ scope: 'repository:sketchlog/sketchlog:pull', service: tokens.service, authenticated: false, granted: ['pull'] }]);
    expect(await oci.manifest(parseImageRef(`${tokenAuth.host}/sketchlog/sketchlog`), '9.9.9')).toBeNull();
  });

  test('a token without pull access (private repository) fails closed', async () => {
    await expect(oci.manifest(parseImageRef(`${tokenAuth.host}/private/sketchlog`), '1.2.3')).rejects.toThrow(
      /denied an anonymous pull of .*private\/sketchlog:1\.2\.3 \(401\).*cannot tell whether the tag exists/
    );
  });

  test('a registry that is not there fails closed after the retries', async () => {
    const closed = await startOciRegistry();
    await closed.close();
    await expect(oci.manifest(parseImageRef(`${closed.host}/sketchlog/sketchlog`), '1.2.3')).rejects.toThrow(
      /could not answer: .*connection refused .*\(after 2 attempts\)/
    );
  });
});

describe('unpublished with container and helm on Distribution', () => {
  const config = (registry: string, extra: Record<string, unknown> = {}) => ({
    tags: { release: 'v{version}' },
    pypi: false,
    npm: false,
    container: { image: `${registry}/{owner}/{repo}`, platforms: ['linux/amd64', 'linux/arm64'] },
    helm: { chart: `oci://${registry}/{owner}/charts/sketchlog` },
    ...extra
  });
  // No release for the tag, and the tag itself exists (so the "no release" answer is real).
  const noRelease = fakeGitHub({
    getReleaseByTag: () => Promise.resolve(null),
    getTagRef: (t) => Promise.resolve({ ref: `refs/tags/${t}`, object: { type: 'tag', sha: 'b'.repeat(40) } })
  });

  test('a pushed image and chart burn the version; both are named', async () => {
    const ctx = publicationContext({ config: config(open.host), owner: 'SketchLog', repo: 'SketchLog', clients: { github: noRelease } });
    const outcome = await runDeclaredCheck(unpublished, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('version 1.2.3 is burned');
    expect(outcome.summary).toContain(`container image (${open.host}/sketchlog/sketchlog:1.2.3)`);
    expect(outcome.summary).toContain(`Helm chart (${open.host}/sketchlog/charts/sketchlog:1.2.3)`);
    expect(outcome.summary).toContain('bump the patch and release 1.2.4');
    expect(outcome.details?.join('\n')).toContain(image.digest);
  });

  test('the next version is free everywhere', async () => {
    const ctx = publicationContext({ config: config(open.host), tag: 'v1.2.4', clients: { github: noRelease } });
    const outcome = await runDeclaredCheck(unpublished, ctx);
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('1.2.4 is on no registry: container image, Helm chart, GitHub release; not asked (turned off): PyPI, npm');
  });

  test('a registry that only answers with credentials fails closed, naming it', async () => {
    const ctx = publicationContext({ config: config(basic.host), tag: 'v1.2.4', clients: { github: noRelease } });
    const outcome = await runDeclaredCheck(unpublished, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^cannot confirm that 1\.2\.4 is unpublished: container image \(.*\): could not be asked: .*requires credentials/);
    expect(outcome.details).toHaveLength(2);
  });
});
