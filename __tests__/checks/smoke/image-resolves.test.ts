/**
 * `image-resolves` (smoke) against the real Distribution registry: an anonymous pull of the index,
 * every platform manifest and config blob (never a layer), through a proxy that records what was
 * asked for and misbehaves on demand; token auth for a private repository and the kept token.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { imageResolves, MAX_PLATFORMS } from '../../../src/checks/smoke/image-resolves.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import {
  OciPusher,
  pushBuildKitImage,
  pushSinglePlatformImage,
  startOciRegistry,
  type FaultProxy,
  type OciTestRegistry,
  type PushedImage,
  type TokenServer
} from '../../../test-support/oci-registry.js';
import { ociContext, PRIVATE_HINT, PushingClock, PUSHER, startOciTestRegistries, type OciTestRegistries } from '../oci-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

let registries: OciTestRegistries;
let open: OciTestRegistry;
let tokenAuth: OciTestRegistry;
let tokens: TokenServer;
let proxy: FaultProxy;
let pusher: OciPusher;
let image: PushedImage;

beforeAll(async () => {
  registries = await startOciTestRegistries();
  ({ open, tokenAuth, tokens, proxy, pusher } = registries);
  image = await pushBuildKitImage(pusher, 'sketchlog/app', { tags: ['1.2.3'] });
});

afterAll(async () => {
  await registries?.close();
  removeTempDirs();
});

const section = (host: string, repository: string) => ({ image: `${host}/${repository}`, platforms: ['linux/amd64', 'linux/arm64'] });

describe('image-resolves passes', () => {
  test('the index, each platform manifest and config download; no layer and no attestation is fetched', async () => {
    proxy.requests.length = 0;
    const outcome = await runDeclaredCheck(
      imageResolves,
      ociContext({ gate: 'smoke', container: section(proxy.host, 'sketchlog/app'), imageDigest: image.index.digest })
    );
    expect(outcome.summary).toBe(
      `${proxy.host}/sketchlog/app:1.2.3 resolves to ${image.index.digest} for an anonymous client; 2 platform manifests (linux/amd64, linux/arm64/v8) and their configs download`
    );
    expect(outcome.status).toBe('pass');
    const base = '/v2/sketchlog/app';
    expect(proxy.requests.sort()).toEqual(
      [
        `GET ${base}/manifests/1.2.3`,
        ...image.platforms.map((p) => `GET ${base}/manifests/${encodeURIComponent(p.manifest.digest)}`),
        ...image.platforms.map((p) => `GET ${base}/blobs/${p.config.digest}`)
      ].sort()
    );
    const layers = [...image.platforms.map((p) => p.layer.digest), ...image.attestations.map((a) => a.manifest.digest)];
    expect(proxy.requests.filter((r) => layers.some((d) => r.includes(d) || r.includes(encodeURIComponent(d))))).toEqual([]);
  });

  test('a Docker manifest list', async () => {
    const list = await pushBuildKitImage(pusher, 'sketchlog/docker', { tags: ['1.2.3'], format: 'docker' });
    const outcome = await runDeclaredCheck(
      imageResolves,
      ociContext({ gate: 'smoke', container: section(open.host, 'sketchlog/docker'), imageDigest: list.index.digest })
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.details?.[0]).toMatch(/^application\/vnd\.docker\.distribution\.manifest\.list\.v2\+json, \d+ bytes$/);
  });

  test('a single-platform image, and no image-digest given: the pull is proven, the build not compared', async () => {
    await pushSinglePlatformImage(pusher, 'sketchlog/single', '1.2.3');
    const outcome = await runDeclaredCheck(imageResolves, ociContext({ gate: 'smoke', container: section(open.host, 'sketchlog/single') }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toMatch(
      / for an anonymous client \(image-digest not given, so which build it is was not compared\); a single image manifest and its config download$/
    );
  });

  test('token auth: one anonymous token for the whole pull', async () => {
    const pushed = await pushBuildKitImage(new OciPusher(tokenAuth, PUSHER), 'public/app', { tags: ['1.2.3'] });
    const before = tokens.requests.length;
    const outcome = await runDeclaredCheck(
      imageResolves,
      ociContext({ gate: 'smoke', container: section(tokenAuth.host, 'public/app'), imageDigest: pushed.index.digest })
    );
    expect(outcome.status).toBe('pass');
    expect(tokens.requests.slice(before)).toEqual([{ scope: 'repository:public/app:pull', service: tokens.service, authenticated: false, granted: ['pull'] }]);
  });
});

describe('image-resolves fails', () => {
  test('another build under the version is final', async () => {
    const clock = new PushingClock();
    const other = `sha256:${'b'.repeat(64)}`;
    const outcome = await runDeclaredCheck(
      imageResolves,
      ociContext({ gate: 'smoke', container: section(open.host, 'sketchlog/app'), imageDigest: other, waitMinutes: 5, clock })
    );
    expect(outcome.summary).toBe(
      `${open.host}/sketchlog/app:1.2.3 resolves to ${image.index.digest}, not image-digest ${other}: an anonymous pull gets another build; push this build under 1.2.3, or pass the digest of the build that pushed it`
    );
    expect(clock.slept).toEqual([]);
  });

  test('a private package: the authorization failure says so and how to make it public', async () => {
    const pushed = await pushBuildKitImage(new OciPusher(tokenAuth, PUSHER), 'private/app', { tags: ['1.2.3'] });
    const clock = new PushingClock();
    const outcome = await runDeclaredCheck(
      imageResolves,
      ociContext({ gate: 'smoke', container: section(tokenAuth.host, 'private/app'), imageDigest: pushed.index.digest, waitMinutes: 5, clock })
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `image ${tokenAuth.host}/private/app:1.2.3 cannot be pulled anonymously: ${tokenAuth.host} denied an anonymous pull of ${tokenAuth.host}/private/app:1.2.3 (401): ${PRIVATE_HINT}; until then nobody can pull it`
    );
    expect(clock.slept).toEqual([]);
  });

  test('an index of more platforms than any build makes is refused before one of them is asked for', async () => {
    const entry = image.platforms[0]!.manifest;
    const manifests = Array.from({ length: MAX_PLATFORMS + 1 }, (_, i) => ({ ...entry, platform: { os: 'linux', architecture: `arch${i}` } }));
    const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests };
    const body = Buffer.from(JSON.stringify(index));
    // The registry's own answer, consistent with itself: its digest header names this body.
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    proxy.fault = ({ path }) =>
      path.endsWith('/manifests/1.2.3')
        ? { rewrite: (a) => ({ ...a, headers: { ...a.headers, 'docker-content-digest': digest, 'content-length': String(body.length) }, body }) }
        : null;
    proxy.requests.length = 0;
    try {
      const outcome = await runDeclaredCheck(imageResolves, ociContext({ gate: 'smoke', container: section(proxy.host, 'sketchlog/app') }));
      expect(outcome.summary).toBe(
        `${proxy.host}/sketchlog/app:1.2.3 is an index of ${MAX_PLATFORMS + 1} platform manifests; at most ${MAX_PLATFORMS} are pulled, and no build makes more: check that the tag names the image docker/build-push-action pushed`
      );
      expect(proxy.requests.filter((r) => r.includes(entry.digest) || r.includes(encodeURIComponent(entry.digest)))).toEqual([]);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('a config blob that is not an image config', async () => {
    proxy.fault = ({ path }) => (path.includes(image.platforms[1]!.config.digest) ? { rewrite: (a) => ({ ...a, body: Buffer.from('not json') }) } : null);
    try {
      const outcome = await runDeclaredCheck(
        imageResolves,
        ociContext({ gate: 'smoke', container: section(proxy.host, 'sketchlog/app'), imageDigest: image.index.digest })
      );
      expect(outcome.status).toBe('fail');
      // The altered bytes no longer hash to the digest: caught before they are read.
      expect(outcome.summary).toContain(`blob ${proxy.host}/sketchlog/app@${image.platforms[1]!.config.digest}: the registry served 8 bytes that hash to`);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('a platform manifest answering 500 after the retries fails closed', async () => {
    const digest = image.platforms[0]!.manifest.digest;
    proxy.fault = ({ path }) => (path.includes(encodeURIComponent(digest)) ? { answer: { status: 500, body: 'boom' } } : null);
    try {
      const outcome = await runDeclaredCheck(
        imageResolves,
        ociContext({
          gate: 'smoke',
          container: section(proxy.host, 'sketchlog/app'),
          imageDigest: image.index.digest,
          waitMinutes: 5,
          clock: new PushingClock()
        })
      );
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(/could not answer: .*answered 500 \(boom\) \(after 2 attempts\)$/);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('a refused connection is named', async () => {
    const gone = await startOciRegistry();
    await gone.close();
    const outcome = await runDeclaredCheck(imageResolves, ociContext({ gate: 'smoke', container: section(gone.host, 'sketchlog/app') }));
    expect(outcome.summary).toMatch(/: connection refused \(ECONNREFUSED\) \(after 2 attempts\)$/);
  });

  test('rehearsal tags skip', async () => {
    const outcome = await runDeclaredCheck(imageResolves, ociContext({ gate: 'smoke', tag: 'test-v1.2.3', container: section(open.host, 'sketchlog/app') }));
    expect(outcome).toMatchObject({ status: 'skip', summary: 'rehearsal tag: the anonymous image pull applies to release tags only' });
  });
});

describe('image-resolves waits while the registry does not serve it yet', () => {
  test('the tag is pushed between looks', async () => {
    const build = { tags: ['1.2.3'], attestations: false, build: 'late' } as const;
    const expected = (await pushBuildKitImage(pusher, 'late/reference', build)).index.digest;
    const clock = new PushingClock().onSleep(3, () => pushBuildKitImage(pusher, 'late/app', build));
    const ctx = ociContext({ gate: 'smoke', container: section(open.host, 'late/app'), imageDigest: expected, waitMinutes: 5, clock });
    const outcome = await runDeclaredCheck(imageResolves, ctx);
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toHaveLength(3);
    expect(ctx.logged).toEqual([
      `image-resolves: ${open.host}/late/app:1.2.3: tag 1.2.3 not served yet; waiting up to 5.0 min`,
      expect.stringMatching(/: ready after .* \(4 looks\)$/)
    ]);
    expect(outcome.details).toContain('waited 3.0 s over 4 looks');
  });

  test('a platform manifest and a config blob a mirror does not serve yet', async () => {
    const late = [image.platforms[1]!.manifest.digest, image.platforms[0]!.config.digest];
    let misses = 0;
    // The first two asks for each of them are 404, as a registry mirror that has not caught up answers.
    const asked = new Map<string, number>();
    proxy.fault = ({ path }) => {
      const hit = late.find((d) => path.includes(d) || path.includes(encodeURIComponent(d)));
      if (!hit) return null;
      const n = (asked.get(hit) ?? 0) + 1;
      asked.set(hit, n);
      if (n > 2) return null;
      misses++;
      return { answer: { status: 404, body: '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}' } };
    };
    proxy.requests.length = 0;
    try {
      const clock = new PushingClock();
      const ctx = ociContext({ gate: 'smoke', container: section(proxy.host, 'sketchlog/app'), imageDigest: image.index.digest, waitMinutes: 5, clock });
      const outcome = await runDeclaredCheck(imageResolves, ctx);
      expect(outcome.status).toBe('pass');
      expect(misses).toBe(4);
      // Each look asks for every platform at once: both missing pieces are asked in the same looks,
      // and the log names the first in index order (amd64's config) until all are there.
      expect(ctx.logged).toEqual([
        `image-resolves: ${proxy.host}/sketchlog/app:1.2.3: config blob of linux/amd64 (${late[1]}) not served yet; waiting up to 5.0 min`,
        expect.stringMatching(/: ready after .* \(3 looks\)$/)
      ]);
      // The index is fetched once; what was fetched is not fetched again.
      expect(proxy.requests.filter((r) => r.endsWith('/manifests/1.2.3'))).toHaveLength(1);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('running out of time', async () => {
    const clock = new PushingClock();
    const outcome = await runDeclaredCheck(imageResolves, ociContext({ gate: 'smoke', container: section(open.host, 'late/never'), waitMinutes: 1, clock }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^image .*late\/never:1\.2\.3: tag 1\.2\.3 not served yet after waiting 60\.0 s \(wait-minutes 1\); check that the push succeeded and the package is public, or raise wait-minutes/
    );
  });
});
