/**
 * `chart-resolves` (smoke) against the real Distribution registry: an anonymous pull of the chart,
 * its chart layer downloaded and read as the gzip tarball `helm package` writes (Chart.yaml version),
 * a private chart behind token auth, waiting for a push (fake clock) and a fault proxy.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chartResolves, readChartYaml } from '../../../src/checks/smoke/chart-resolves.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import {
  helmChartTarball,
  OciPusher,
  pushHelmChartAs,
  type Descriptor,
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
let chart: Descriptor;

beforeAll(async () => {
  registries = await startOciTestRegistries();
  ({ open, tokenAuth, tokens, proxy, pusher } = registries);
  chart = await pushHelmChartAs(pusher, 'good/charts/sketchlog', 'sketchlog', '1.2.3');
});

afterAll(async () => {
  await registries?.close();
  removeTempDirs();
});

const helmSection = (host: string, owner: string) => ({ chart: `oci://${host}/${owner}/charts/sketchlog` });

describe('chart-resolves passes', () => {
  test('the chart layer downloads and its Chart.yaml (not a subchart one) has the version', async () => {
    const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(open.host, 'good'), chartDigest: chart.digest }));
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: `${open.host}/good/charts/sketchlog:1.2.3 resolves to ${chart.digest} for an anonymous client; its chart layer downloads and sketchlog/Chart.yaml is sketchlog 1.2.3`
    });
  });

  test('without chart-digest the pull is proven and the push not compared', async () => {
    const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(open.host, 'good') }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toContain('(chart-digest not given, so which push it is was not compared)');
  });

  test('token auth: a public chart pulls with one anonymous token', async () => {
    const pushed = await pushHelmChartAs(new OciPusher(tokenAuth, PUSHER), 'public/charts/sketchlog', 'sketchlog', '1.2.3');
    const before = tokens.requests.length;
    const outcome = await runDeclaredCheck(
      chartResolves,
      ociContext({ gate: 'smoke', helm: helmSection(tokenAuth.host, 'public'), chartDigest: pushed.digest })
    );
    expect(outcome.status).toBe('pass');
    expect(tokens.requests.slice(before)).toHaveLength(1);
  });
});

describe('chart-resolves fails', () => {
  test('Chart.yaml in the tarball has another version', async () => {
    const pushed = await pushHelmChartAs(pusher, 'stale/charts/sketchlog', 'sketchlog', '1.2.3', { chartYamlVersion: '1.2.2' });
    const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(open.host, 'stale'), chartDigest: pushed.digest }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${open.host}/stale/charts/sketchlog:1.2.3: sketchlog/Chart.yaml in the chart layer has version "1.2.2", not 1.2.3: the chart was packaged from another Chart.yaml; set its version, package and push a new version`
    );
  });

  test('a chart layer that is not gzip', async () => {
    const pushed = await pushHelmChartAs(pusher, 'plain/charts/sketchlog', 'sketchlog', '1.2.3', {
      chartLayerContent: Buffer.from('apiVersion: v2\nversion: 1.2.3\n')
    });
    const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(open.host, 'plain'), chartDigest: pushed.digest }));
    expect(outcome.summary).toMatch(/: the chart layer is not gzip \(.*\), so helm cannot install it; package the chart with helm package/);
  });

  test('a gzip that is not a tar archive, and a tarball without Chart.yaml', async () => {
    await expect(readChartYaml(gzipSync(Buffer.from('x'.repeat(600))))).rejects.toThrow(/is not a readable tar archive|has no <chart>\/Chart\.yaml/);
    const pushed = await pushHelmChartAs(pusher, 'empty/charts/sketchlog', 'sketchlog', '1.2.3', { chartLayerContent: gzipSync(Buffer.alloc(1024)) });
    const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(open.host, 'empty'), chartDigest: pushed.digest }));
    expect(outcome.summary).toContain('the chart layer has no <chart>/Chart.yaml, so helm cannot install it');
  });

  test('an inflation bomb is cut off', async () => {
    await expect(
      readChartYaml(gzipSync(Buffer.alloc(2 * 1024 * 1024)), { maxLayerBytes: 1024, maxInflatedBytes: 1024 * 1024, maxEntries: 10, maxChartYamlBytes: 1024 })
    ).rejects.toThrow('inflates past 1048576 bytes');
    expect((await readChartYaml(await helmChartTarball('sketchlog', '9.9.9'))).text).toContain('version: 9.9.9');
  });

  test('another push under the version than chart-digest is final', async () => {
    const clock = new PushingClock();
    const other = `sha256:${'0'.repeat(64)}`;
    const outcome = await runDeclaredCheck(
      chartResolves,
      ociContext({ gate: 'smoke', helm: helmSection(open.host, 'good'), chartDigest: other, waitMinutes: 3, clock })
    );
    expect(outcome.summary).toBe(
      `${open.host}/good/charts/sketchlog:1.2.3 resolves to ${chart.digest}, not chart-digest ${other}: an anonymous pull gets another chart; pass the digest this release's helm push reported, or release a new version`
    );
    expect(clock.slept).toEqual([]);
  });

  test('a private chart says so and how to make it public', async () => {
    await pushHelmChartAs(new OciPusher(tokenAuth, PUSHER), 'private/charts/sketchlog', 'sketchlog', '1.2.3');
    const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(tokenAuth.host, 'private') }));
    expect(outcome.summary).toBe(
      `Helm chart ${tokenAuth.host}/private/charts/sketchlog:1.2.3 cannot be pulled anonymously: ${tokenAuth.host} denied an anonymous pull of ${tokenAuth.host}/private/charts/sketchlog:1.2.3 (401): ${PRIVATE_HINT}; until then nobody can pull it`
    );
  });

  test('a chart layer answering 502 after the retries fails closed', async () => {
    proxy.fault = ({ path }) => (path.includes('/blobs/') ? { answer: { status: 502, body: 'bad gateway' } } : null);
    try {
      const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(proxy.host, 'good'), chartDigest: chart.digest }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(/could not answer: .*\/blobs\/sha256:[0-9a-f]{64} answered 502 \(bad gateway\) \(after 2 attempts\)$/);
    } finally {
      proxy.fault = () => null;
    }
  });

  test('a manifest that is not one fails closed', async () => {
    proxy.fault = ({ path }) =>
      path.includes('/manifests/')
        ? {
            rewrite: (a) => {
              // Without the digest header, so the document itself is what is judged.
              const { 'docker-content-digest': _dropped, ...headers } = a.headers;
              return { ...a, headers, body: Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]}') };
            }
          }
        : null;
    try {
      const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(proxy.host, 'good') }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain('sketchlog:1.2.3 is not a valid application/vnd.oci.image.manifest.v1+json (config: ');
    } finally {
      proxy.fault = () => null;
    }
  });
});

describe('chart-resolves waits', () => {
  test('the chart is pushed between looks', async () => {
    const clock = new PushingClock().onSleep(1, () => pushHelmChartAs(pusher, 'later/charts/sketchlog', 'sketchlog', '1.2.3'));
    const ctx = ociContext({ gate: 'smoke', helm: helmSection(open.host, 'later'), chartDigest: chart.digest, waitMinutes: 5, clock });
    const outcome = await runDeclaredCheck(chartResolves, ctx);
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toEqual([1000]);
    expect(ctx.logged).toEqual([
      `chart-resolves: ${open.host}/later/charts/sketchlog:1.2.3: tag 1.2.3 not served yet; waiting up to 5.0 min`,
      expect.stringMatching(/ready after 1\.0 s \(2 looks\)$/)
    ]);
  });

  test('running out of time', async () => {
    const clock = new PushingClock();
    const outcome = await runDeclaredCheck(chartResolves, ociContext({ gate: 'smoke', helm: helmSection(open.host, 'never'), waitMinutes: 1, clock }));
    expect(outcome.summary).toMatch(
      /: tag 1\.2\.3 not served yet after waiting 60\.0 s \(wait-minutes 1\); check that helm push succeeded and the package is public, or raise wait-minutes/
    );
  });
});
