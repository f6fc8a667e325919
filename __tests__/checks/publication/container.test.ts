/**
 * `container` (publication) against the real Distribution registry: BuildKit-shaped OCI indexes with
 * attestation manifests, Docker manifest lists, moved tags, missing platforms, waiting for a push
 * (fake clock, the push happens between looks), a private repository behind token auth, and a
 * fault proxy for 5xx and garbage answers.
 */
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { container } from '../../../src/checks/publication/container.js';
import { CheckFailed } from '../../../src/gate.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import {
  OciPusher,
  pushBuildKitImage,
  pushSinglePlatformImage,
  startOciRegistry,
  type FaultProxy,
  type OciTestRegistry,
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

beforeAll(async () => {
  registries = await startOciTestRegistries();
  ({ open, tokenAuth, tokens, proxy, pusher } = registries);
});

afterAll(async () => {
  await registries?.close();
  removeTempDirs();
});

const section = (host: string, repository: string, extra: Record<string, unknown> = {}) => ({
  image: `${host}/${repository}`,
  platforms: ['linux/amd64', 'linux/arm64'],
  ...extra
});

describe('container passes', () => {
  test('an OCI index as BuildKit pushes it (arm64 v8, attestation manifests) under every tag', async () => {
    const pushed = await pushBuildKitImage(pusher, 'pass/oci', { tags: ['1.2.3', '1.2'] });
    expect(pushed.attestations).toHaveLength(2);
    const ctx = ociContext({
      gate: 'publication',
      container: section(open.host, 'pass/oci', { tags: ['{version}', '{major}.{minor}'] }),
      imageDigest: pushed.index.digest
    });
    const outcome = await runDeclaredCheck(container, ctx);
    expect(outcome.summary).toBe(
      `${open.host}/pass/oci:1.2.3, ${open.host}/pass/oci:1.2 resolve to ${pushed.index.digest}, an image index with linux/amd64, linux/arm64`
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.outputs).toEqual({ 'image-digest': pushed.index.digest });
    expect(outcome.details?.[0]).toContain('linux/amd64, linux/arm64/v8; 2 attestation manifests not counted');
    expect(outcome.table?.rows).toEqual([
      ['1.2.3', pushed.index.digest],
      ['1.2', pushed.index.digest]
    ]);
  });

  test('a Docker manifest list', async () => {
    const pushed = await pushBuildKitImage(pusher, 'pass/docker', { tags: ['1.2.3'], format: 'docker' });
    const ctx = ociContext({ gate: 'publication', container: section(open.host, 'pass/docker'), imageDigest: pushed.index.digest });
    const outcome = await runDeclaredCheck(container, ctx);
    expect(outcome.status).toBe('pass');
    expect(outcome.details?.[0]).toMatch(/^application\/vnd\.docker\.distribution\.manifest\.list\.v2\+json; it has linux\/amd64, linux\/arm64\/v8$/);
  });

  test('a prerelease needs only the tags with {version}: metadata-action does not move {major}.{minor}', async () => {
    const pushed = await pushBuildKitImage(pusher, 'pass/rc', { tags: ['1.3.0-rc.1', 'v1.3.0-rc.1'] });
    const tags = ['{version}', 'v{version}', '{major}.{minor}', '{major}.{minor}.{patch}'];
    const ctx = ociContext({ gate: 'publication', tag: 'v1.3.0-rc.1', container: section(open.host, 'pass/rc', { tags }), imageDigest: pushed.index.digest });
    const outcome = await runDeclaredCheck(container, ctx);
    expect(outcome.status).toBe('pass');
    expect(outcome.table?.rows.map((r) => r[0])).toEqual(['1.3.0-rc.1', 'v1.3.0-rc.1']);
    expect(outcome.details).toContain('not required for a prerelease (docker/metadata-action does not move them): 1.3, 1.3.0');
    // The same templates for a final release require every tag, so a missing 1.3 is awaited, then fails.
    const final = await pushBuildKitImage(pusher, 'pass/rc', { tags: ['1.3.0', 'v1.3.0'] });
    const strict = await runDeclaredCheck(
      container,
      ociContext({ gate: 'publication', tag: 'v1.3.0', container: section(open.host, 'pass/rc', { tags }), imageDigest: final.index.digest })
    );
    expect(strict.status).toBe('fail');
    expect(strict.summary).toContain('tag 1.3 not served yet; push the image under');
  });

  it.each([
    ['linux/arm64', undefined],
    ['linux/arm64', 'v8'],
    ['linux/arm64/v8', undefined],
    ['linux/arm64/v8', 'v8']
  ])('config %s matches an arm64 manifest with variant %s, as Docker normalises it', async (wanted, variant) => {
    const repository = `arm/${wanted.replaceAll('/', '-')}-${variant ?? 'none'}`;
    const arm = { os: 'linux', architecture: 'arm64', ...(variant ? { variant } : {}) };
    const pushed = await pushBuildKitImage(pusher, repository, { tags: ['1.2.3'], platforms: [{ os: 'linux', architecture: 'amd64' }, arm] });
    const outcome = await runDeclaredCheck(
      container,
      ociContext({ gate: 'publication', container: section(open.host, repository, { platforms: ['linux/amd64', wanted] }), imageDigest: pushed.index.digest })
    );
    expect(outcome.status).toBe('pass');
  });
});

describe('container fails, at once', () => {
  let image: Awaited<ReturnType<typeof pushBuildKitImage>>;
  beforeAll(async () => {
    image = await pushBuildKitImage(pusher, 'fail/app', { tags: ['1.2.3'] });
  });

  test('a tag that resolves to another build is final: no waiting', async () => {
    const other = await pushBuildKitImage(pusher, 'fail/moved', { tags: ['1.2'], build: 'an older build' });
    const mine = await pushBuildKitImage(pusher, 'fail/moved', { tags: ['1.2.3'] });
    expect(other.index.digest).not.toBe(mine.index.digest);
    const clock = new PushingClock();
    const ctx = ociContext({
      gate: 'publication',
      container: section(open.host, 'fail/moved', { tags: ['{version}', '{major}.{minor}'] }),
      imageDigest: mine.index.digest,
      waitMinutes: 5,
      clock
    });
    const outcome = await runDeclaredCheck(container, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${open.host}/fail/moved:1.2 resolves to ${other.index.digest}, not image-digest ${mine.index.digest}: the registry serves another build under that tag; push this build under every tag of container.tags, or pass the digest of the build that pushed them`
    );
    expect(outcome.outputs).toEqual({ 'image-digest': mine.index.digest });
    expect(clock.slept).toEqual([]);
  });

  test('image-digest of another build than the one under the release tag', async () => {
    const outcome = await runDeclaredCheck(
      container,
      ociContext({ gate: 'publication', container: section(open.host, 'fail/app'), imageDigest: `sha256:${'e'.repeat(64)}` })
    );
    expect(outcome.summary).toMatch(new RegExp(`^${open.host}/fail/app:1\\.2\\.3 resolves to ${image.index.digest}, not image-digest sha256:e{64}`));
    // The output is what the registry serves, not the input.
    expect(outcome.outputs).toEqual({ 'image-digest': image.index.digest });
  });

  test('a platform missing from the index fails and names what is there', async () => {
    const outcome = await runDeclaredCheck(
      container,
      ociContext({
        gate: 'publication',
        container: section(open.host, 'fail/app', { platforms: ['linux/amd64', 'linux/arm64', 'linux/s390x', 'linux/arm/v7'] }),
        imageDigest: image.index.digest
      })
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${open.host}/fail/app@${image.index.digest} has no manifest for linux/s390x, linux/arm/v7 (it has linux/amd64, linux/arm64/v8; 2 attestation manifests not counted): add them to docker/build-push-action's "platforms" and release a new version`
    );
  });

  test('attestation manifests (unknown/unknown) are not platforms', async () => {
    const amd64Only = await pushBuildKitImage(pusher, 'fail/amd64', { tags: ['1.2.3'], platforms: [{ os: 'linux', architecture: 'amd64' }] });
    expect(amd64Only.attestations).toHaveLength(1);
    const outcome = await runDeclaredCheck(
      container,
      ociContext({ gate: 'publication', container: section(open.host, 'fail/amd64'), imageDigest: amd64Only.index.digest })
    );
    expect(outcome.summary).toContain('has no manifest for linux/arm64 (it has linux/amd64; 1 attestation manifest not counted)');
    // Even a config that asks for unknown/unknown does not count the attestation as that platform.
    const asked = await runDeclaredCheck(
      container,
      ociContext({
        gate: 'publication',
        container: section(open.host, 'fail/amd64', { platforms: ['linux/amd64', 'unknown/unknown'] }),
        imageDigest: amd64Only.index.digest
      })
    );
    expect(asked.status).toBe('fail');
    expect(asked.summary).toContain('has no manifest for unknown/unknown');
  });

  test('a single-platform manifest instead of an index', async () => {
    await pushSinglePlatformImage(pusher, 'fail/single', '1.2.3');
    const served = await fetch(`${open.url}/v2/fail/single/manifests/1.2.3`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } });
    const digest = served.headers.get('docker-content-digest')!;
    const outcome = await runDeclaredCheck(container, ociContext({ gate: 'publication', container: section(open.host, 'fail/single'), imageDigest: digest }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${open.host}/fail/single@${digest} is a single-platform image manifest (application/vnd.oci.image.manifest.v1+json), not an image index: build for every container.platforms entry (docker/build-push-action "platforms: linux/amd64,linux/arm64") so the push makes an index`
    );
  });

  test('an empty image-digest fails without asking the registry', async () => {
    proxy.requests.length = 0;
    const outcome = await runDeclaredCheck(container, ociContext({ gate: 'publication', container: section(proxy.host, 'fail/app') }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^image-digest is empty: without it nothing proves what was built; pass the "digest" output of docker\/build-push-action as the image-digest input/
    );
    expect(proxy.requests).toEqual([]);
  });

  test('a private repository: the anonymous pull is refused, and the fix is named', async () => {
    await pushBuildKitImage(new OciPusher(tokenAuth, PUSHER), 'private/app', { tags: ['1.2.3'] });
    const clock = new PushingClock();
    const outcome = await runDeclaredCheck(
      container,
      ociContext({ gate: 'publication', container: section(tokenAuth.host, 'private/app'), imageDigest: image.index.digest, waitMinutes: 5, clock })
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(
      `container image ${tokenAuth.host}/private/app cannot be pulled anonymously: ${tokenAuth.host} denied an anonymous pull of ${tokenAuth.host}/private/app:1.2.3 (401)`
    );
    expect(outcome.summary).toContain(PRIVATE_HINT);
    expect(clock.slept).toEqual([]);
  });

  test('a public repository behind token auth passes with an anonymous token', async () => {
    const pushed = await pushBuildKitImage(new OciPusher(tokenAuth, PUSHER), 'public/app', { tags: ['1.2.3', '1.2'] });
    const before = tokens.requests.length;
    const outcome = await runDeclaredCheck(
      container,
      ociContext({
        gate: 'publication',
        container: section(tokenAuth.host, 'public/app', { tags: ['{version}', '{major}.{minor}'] }),
        imageDigest: pushed.index.digest
      })
    );
    expect(outcome.status).toBe('pass');
    // Two tags, one token: the token is kept for the repository.
    expect(tokens.requests.slice(before)).toEqual([{ scope: 'repository:public/app:pull', service: tokens.service, authenticated: false, granted: ['pull'] }]);
  });

  test('a container.image the reference grammar refuses fails naming the key', async () => {
    const ctx = ociContext({ gate: 'publication', container: section(open.host, 'Fail/App'), imageDigest: image.index.digest });
    await expect(runDeclaredCheck(container, ctx)).rejects.toThrow(
      new CheckFailed(`container.image: reference "${open.host}/Fail/App" is not a valid repository (lower-case letters, digits and . _ - separators)`)
    );
  });

  test('rehearsal tags skip; a missing section fails; container: false skips', async () => {
    const rehearsal = await runDeclaredCheck(
      container,
      ociContext({ gate: 'publication', tag: 'test-v1.2.3', container: section(open.host, 'fail/app'), imageDigest: image.index.digest })
    );
    expect(rehearsal).toMatchObject({ status: 'skip', summary: 'rehearsal tag: the container image check applies to release tags only' });
    const missing = await runDeclaredCheck(container, ociContext({ gate: 'publication', container: undefined, imageDigest: image.index.digest }));
    expect(missing.status).toBe('fail');
    expect(missing.summary).toContain('config has no "container" section');
    expect((await runDeclaredCheck(container, ociContext({ gate: 'publication', imageDigest: image.index.digest }))).status).toBe('skip');
  });
});

describe('container waits while a tag is not served yet', () => {
  test('pushed between looks: passes, with one progress line per change of state', async () => {
    const clock = new PushingClock();
    let digest = '';
    // First sleep: the build pushes 1.2.3; second sleep: metadata-action's 1.2 follows.
    // The same build (same content, no attestations naming the repository) in another repository has
    // the same digest: so image-digest is known before the push, as it is in a workflow.
    const build = { tags: ['1.2.3'], attestations: false, build: 'wait' } as const;
    clock.onSleep(1, async () => (digest = (await pushBuildKitImage(pusher, 'wait/app', build)).index.digest));
    clock.onSleep(2, () => pushBuildKitImage(pusher, 'wait/app', { ...build, tags: ['1.2'] }));
    const expected = (await pushBuildKitImage(pusher, 'wait/reference', build)).index.digest;
    const ctx = ociContext({
      gate: 'publication',
      container: section(open.host, 'wait/app', { tags: ['{version}', '{major}.{minor}'] }),
      imageDigest: expected,
      waitMinutes: 5,
      clock
    });
    const outcome = await runDeclaredCheck(container, ctx);
    expect(digest).toBe(expected);
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toHaveLength(2);
    expect(clock.slept.every((ms) => ms > 0 && ms <= 60_000)).toBe(true);
    expect(ctx.logged).toEqual([
      `container: ${open.host}/wait/app tags 1.2.3, 1.2: tags 1.2.3, 1.2 not served yet; waiting up to 5.0 min`,
      `container: ${open.host}/wait/app tags 1.2.3, 1.2: tag 1.2 not served yet; waiting up to 5.0 min`,
      expect.stringMatching(/: ready after \d+(\.\d+)? (ms|s) \(3 looks\)$/)
    ]);
    expect(outcome.details).toContain('waited 2.0 s over 3 looks');
  });

  test('running out of time fails with what was last seen and the wait-minutes hint', async () => {
    const clock = new PushingClock();
    const ctx = ociContext({
      gate: 'publication',
      container: section(open.host, 'wait/never'),
      imageDigest: `sha256:${'a'.repeat(64)}`,
      waitMinutes: 1,
      clock
    });
    const outcome = await runDeclaredCheck(container, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      new RegExp(
        `^container image ${open.host}/wait/never: tag 1\\.2\\.3 not served yet after waiting 60\\.0 s \\(wait-minutes 1\\); push the image under .*, or raise wait-minutes for the registry to catch up$`
      )
    );
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeCloseTo(60_000, 3);
    expect(ctx.logged.at(-1)).toMatch(/still tag 1\.2\.3 not served yet after 60\.0 s; giving up$/);
  });

  test('without wait-minutes a missing tag fails at once and says how to wait', async () => {
    const outcome = await runDeclaredCheck(
      container,
      ociContext({ gate: 'publication', container: section(open.host, 'wait/never'), imageDigest: `sha256:${'a'.repeat(64)}` })
    );
    expect(outcome.summary).toMatch(/tag 1\.2\.3 not served yet; push the image under .*, or set wait-minutes to wait for the registry to catch up$/);
  });
});

describe('container fails closed', () => {
  let digest: string;
  beforeAll(async () => {
    digest = (await pushBuildKitImage(pusher, 'closed/app', { tags: ['1.2.3'] })).index.digest;
  });

  test('a registry answering 503 after the retries', async () => {
    proxy.fault = ({ path }) => (path.includes('/manifests/') ? { answer: { status: 503, body: 'maintenance' } } : null);
    try {
      const outcome = await runDeclaredCheck(
        container,
        ociContext({ gate: 'publication', container: section(proxy.host, 'closed/app'), imageDigest: digest, waitMinutes: 5, clock: new PushingClock() })
      );
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(
        /^container image 127\.0\.0\.1:\d+\/closed\/app: 127\.0\.0\.1:\d+ could not answer: .*manifests\/1\.2\.3 answered 503 \(maintenance\) \(after 2 attempts\)$/
      );
    } finally {
      proxy.fault = () => null;
    }
  });

  test('one 503 followed by a good answer passes', async () => {
    let failures = 0;
    proxy.fault = ({ path }) => (path.includes('/manifests/') && failures++ === 0 ? { answer: { status: 503 } } : null);
    try {
      const outcome = await runDeclaredCheck(container, ociContext({ gate: 'publication', container: section(proxy.host, 'closed/app'), imageDigest: digest }));
      expect(outcome.status).toBe('pass');
      expect(failures).toBeGreaterThan(1);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('garbage instead of a manifest', async () => {
    proxy.fault = ({ path }) =>
      path.includes('/manifests/')
        ? { rewrite: (a) => ({ ...a, headers: { ...a.headers, 'docker-content-digest': digest }, body: Buffer.from('<html>gateway</html>') }) }
        : null;
    try {
      const outcome = await runDeclaredCheck(
        container,
        ociContext({ gate: 'publication', container: section(proxy.host, 'closed/app'), imageDigest: digest, waitMinutes: 5, clock: new PushingClock() })
      );
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain('the manifest body hashes to sha256:');
      expect(outcome.summary).toContain(`but the registry says ${digest} (Docker-Content-Digest)`);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('a refused connection is named', async () => {
    const gone = await startOciRegistry();
    await gone.close();
    const outcome = await runDeclaredCheck(container, ociContext({ gate: 'publication', container: section(gone.host, 'closed/app'), imageDigest: digest }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /could not answer: http:\/\/127\.0\.0\.1:\d+\/v2\/closed\/app\/manifests\/1\.2\.3: connection refused \(ECONNREFUSED\) \(after 2 attempts\)$/
    );
  });
});
