/**
 * `helm` (publication) against the real Distribution registry: charts laid out as `helm push` does,
 * and the ways one can be wrong (config name/version, layer media types, another digest), waiting
 * for a push (fake clock), a private repository behind token auth, and a fault proxy.
 */
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { helm } from '../../../src/checks/publication/helm.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import {
  OciPusher,
  pushBuildKitImage,
  pushHelmChartAs,
  type FaultProxy,
  type HelmChartOptions,
  type OciTestRegistry
} from '../../../test-support/oci-registry.js';
import { ociContext, PRIVATE_HINT, PushingClock, PUSHER, startOciTestRegistries, type OciTestRegistries } from '../oci-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

let registries: OciTestRegistries;
let open: OciTestRegistry;
let tokenAuth: OciTestRegistry;
let proxy: FaultProxy;
let pusher: OciPusher;

beforeAll(async () => {
  registries = await startOciTestRegistries();
  ({ open, tokenAuth, proxy, pusher } = registries);
});

afterAll(async () => {
  await registries?.close();
  removeTempDirs();
});

/** helm.chart for a chart named sketchlog under `<owner>/charts/`. */
const chartSection = (host: string, owner: string) => ({ chart: `oci://${host}/${owner}/charts/sketchlog` });

test('a chart as helm push lays it out passes, and chart-digest is the output', async () => {
  const pushed = await pushHelmChartAs(pusher, 'good/charts/sketchlog', 'sketchlog', '1.2.3');
  const outcome = await runDeclaredCheck(helm, ociContext({ gate: 'publication', helm: chartSection(open.host, 'good'), chartDigest: pushed.digest }));
  expect(outcome).toMatchObject({
    status: 'pass',
    summary: `${open.host}/good/charts/sketchlog:1.2.3 resolves to ${pushed.digest}: Helm chart sketchlog 1.2.3 with one chart layer`,
    outputs: { 'chart-digest': pushed.digest }
  });
});

test('a provenance layer beside the chart layer is fine', async () => {
  const pushed = await pushHelmChartAs(pusher, 'signed/charts/sketchlog', 'sketchlog', '1.2.3', { provenance: true });
  const outcome = await runDeclaredCheck(helm, ociContext({ gate: 'publication', helm: chartSection(open.host, 'signed'), chartDigest: pushed.digest }));
  expect(outcome.status).toBe('pass');
  expect(outcome.summary).toContain('with one chart layer and its provenance');
});

test('an empty chart-digest fails without asking the registry', async () => {
  proxy.requests.length = 0;
  const outcome = await runDeclaredCheck(helm, ociContext({ gate: 'publication', helm: chartSection(proxy.host, 'good') }));
  expect(outcome.status).toBe('fail');
  expect(outcome.summary).toMatch(/^chart-digest is empty: without it nothing proves what was built; pass the digest `helm push` reported/);
  expect(proxy.requests).toEqual([]);
});

describe('a chart that is not what was built fails at once', () => {
  const cases: Array<[string, HelmChartOptions, RegExp]> = [
    [
      'config name is another chart',
      { configName: 'other' },
      /holds a chart with name "other", not "sketchlog" \(the last path segment of helm\.chart\): package the chart/
    ],
    ['config version is another version', { configVersion: '1.2.2' }, /holds a chart with version "1\.2\.2", not the release's 1\.2\.3: package the chart/],
    [
      'a legacy chart layer media type',
      { chartLayerMediaType: 'application/tar+gzip' },
      /has a layer of media type application\/tar\+gzip; a Helm chart holds one application\/vnd\.cncf\.helm\.chart\.content\.v1\.tar\+gzip layer/
    ],
    ['two chart layers', { twoChartLayers: true }, /has 2 chart layers \(application\/vnd\.cncf\.helm\.chart\.content\.v1\.tar\+gzip\), not one/]
  ];
  it.each(cases)('%s', async (label, options, expected) => {
    const owner = `bad-${cases.findIndex((c) => c[0] === label)}`;
    const pushed = await pushHelmChartAs(pusher, `${owner}/charts/sketchlog`, 'sketchlog', '1.2.3', options);
    const clock = new PushingClock();
    const outcome = await runDeclaredCheck(
      helm,
      ociContext({ gate: 'publication', helm: chartSection(open.host, owner), chartDigest: pushed.digest, waitMinutes: 5, clock })
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(expected);
    expect(outcome.outputs).toEqual({ 'chart-digest': pushed.digest });
    expect(clock.slept).toEqual([]);
  });

  test('an image pushed where the chart belongs is not a Helm chart', async () => {
    const image = await pushBuildKitImage(pusher, 'image/charts/sketchlog', { tags: ['1.2.3'] });
    const outcome = await runDeclaredCheck(helm, ociContext({ gate: 'publication', helm: chartSection(open.host, 'image'), chartDigest: image.index.digest }));
    expect(outcome.summary).toBe(
      `${open.host}/image/charts/sketchlog:1.2.3 is not a Helm chart: it is an image index (application/vnd.oci.image.index.v1+json), not application/vnd.cncf.helm.config.v1+json; publish the chart with helm push`
    );
  });

  test('the version resolves to another push than chart-digest', async () => {
    const clock = new PushingClock();
    const pushed = await pushHelmChartAs(pusher, 'good/charts/sketchlog', 'sketchlog', '1.2.3');
    const other = `sha256:${'f'.repeat(64)}`;
    const outcome = await runDeclaredCheck(
      helm,
      ociContext({ gate: 'publication', helm: chartSection(open.host, 'good'), chartDigest: other, waitMinutes: 5, clock })
    );
    expect(outcome.summary).toBe(
      `${open.host}/good/charts/sketchlog:1.2.3 resolves to ${pushed.digest}, not chart-digest ${other}: the registry serves another chart under that version; pass the digest this release's helm push reported, or release a new version`
    );
    expect(outcome.outputs).toEqual({ 'chart-digest': pushed.digest });
    expect(clock.slept).toEqual([]);
  });

  test('a private chart: the anonymous pull is refused and the fix is named', async () => {
    const pushed = await pushHelmChartAs(new OciPusher(tokenAuth, PUSHER), 'private/charts/sketchlog', 'sketchlog', '1.2.3');
    const outcome = await runDeclaredCheck(
      helm,
      ociContext({ gate: 'publication', helm: chartSection(tokenAuth.host, 'private'), chartDigest: pushed.digest })
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`Helm chart ${tokenAuth.host}/private/charts/sketchlog:1.2.3 cannot be pulled anonymously`);
    expect(outcome.summary).toContain(PRIVATE_HINT);
  });

  test('rehearsal tags skip', async () => {
    const outcome = await runDeclaredCheck(
      helm,
      ociContext({ gate: 'publication', tag: 'test-v1.2.3', helm: chartSection(open.host, 'good'), chartDigest: `sha256:${'f'.repeat(64)}` })
    );
    expect(outcome).toMatchObject({ status: 'skip', summary: 'rehearsal tag: the Helm chart check applies to release tags only' });
  });
});

describe('helm waits while the chart is not served yet', () => {
  test('pushed between looks: passes, logging what it waits for', async () => {
    const reference = await pushHelmChartAs(pusher, 'later-ref/charts/sketchlog', 'sketchlog', '1.2.3');
    const clock = new PushingClock().onSleep(2, () => pushHelmChartAs(pusher, 'later/charts/sketchlog', 'sketchlog', '1.2.3'));
    const ctx = ociContext({ gate: 'publication', helm: chartSection(open.host, 'later'), chartDigest: reference.digest, waitMinutes: 10, clock });
    const outcome = await runDeclaredCheck(helm, ctx);
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toHaveLength(2);
    expect(ctx.logged).toEqual([
      `helm: ${open.host}/later/charts/sketchlog:1.2.3: tag 1.2.3 not served yet; waiting up to 10.0 min`,
      expect.stringMatching(/ready after .* \(3 looks\)$/)
    ]);
  });

  test('a config blob not served yet is waited for too (a registry that serves the manifest first)', async () => {
    const pushed = await pushHelmChartAs(pusher, 'lagging/charts/sketchlog', 'sketchlog', '1.2.3');
    let blobAnswers = 0;
    proxy.fault = ({ path }) =>
      path.includes('/blobs/') && blobAnswers++ < 1 ? { answer: { status: 404, body: '{"errors":[{"code":"BLOB_UNKNOWN"}]}' } } : null;
    try {
      const clock = new PushingClock();
      const ctx = ociContext({ gate: 'publication', helm: chartSection(proxy.host, 'lagging'), chartDigest: pushed.digest, waitMinutes: 10, clock });
      const outcome = await runDeclaredCheck(helm, ctx);
      expect(outcome.status).toBe('pass');
      expect(clock.slept).toHaveLength(1);
      expect(ctx.logged[0]).toMatch(/config blob sha256:[0-9a-f]{64} not served yet; waiting up to 10\.0 min$/);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('running out of time fails saying what was last seen', async () => {
    const clock = new PushingClock();
    const outcome = await runDeclaredCheck(
      helm,
      ociContext({ gate: 'publication', helm: chartSection(open.host, 'never'), chartDigest: `sha256:${'f'.repeat(64)}`, waitMinutes: 2, clock })
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^Helm chart .*never\/charts\/sketchlog:1\.2\.3: tag 1\.2\.3 not served yet after waiting 2\.0 min \(wait-minutes 2\); push the chart before this gate \(helm push sketchlog-1\.2\.3\.tgz oci:\/\/.*\/never\/charts\)/
    );
  });
});

describe('helm fails closed', () => {
  test('a 500 on the config blob after the retries', async () => {
    const pushed = await pushHelmChartAs(pusher, 'good/charts/sketchlog', 'sketchlog', '1.2.3');
    proxy.fault = ({ path }) => (path.includes('/blobs/') ? { answer: { status: 500, body: 'storage driver error' } } : null);
    try {
      const outcome = await runDeclaredCheck(helm, ociContext({ gate: 'publication', helm: chartSection(proxy.host, 'good'), chartDigest: pushed.digest }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(/could not answer: .*\/blobs\/sha256:[0-9a-f]{64} answered 500 \(storage driver error\) \(after 2 attempts\)$/);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('a config blob whose bytes are not the digest asked for', async () => {
    const pushed = await pushHelmChartAs(pusher, 'good/charts/sketchlog', 'sketchlog', '1.2.3');
    proxy.fault = ({ path }) => (path.includes('/blobs/') ? { rewrite: (a) => ({ ...a, body: Buffer.from('{"name":"sketchlog","version":"1.2.3"}') }) } : null);
    try {
      const outcome = await runDeclaredCheck(helm, ociContext({ gate: 'publication', helm: chartSection(proxy.host, 'good'), chartDigest: pushed.digest }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(/blob .*@sha256:[0-9a-f]{64}: the registry served 38 bytes that hash to sha256:[0-9a-f]{64}, not the digest asked for$/);
    } finally {
      proxy.fault = () => null;
    }
  });
});
