/**
 * `oci-push` over the real clients against the real Distribution registry with token auth, laid
 * out as GHCR is (token service at `/token` on the registry's origin): the image and the chart of
 * the config are probed with the owner and the GitHub token, one table row per repository.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ociPush } from '../../../src/checks/publication-preflight/oci-push.js';
import { runDeclaredCheck } from '../../../src/engine.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import { startPushRegistry, type PushTestRegistry } from '../../../test-support/oci-token-service.js';
import { outcomeText, publicationContext } from '../../helpers/publication-context.js';

/** The token publicationContext gives the checks as `token`. */
const TOKEN = 'gh-test-token-never-printed';
const CAUSES =
  'the job lacks `packages: write` (add `permissions: packages: write` to the job), or the package\'s own settings do not grant this repository write access (package settings → "Manage Actions access" → add the repository with the Write role)';

let ghcr: PushTestRegistry;
let elsewhere: PushTestRegistry;
/** What the token service grants on the chart repository; the image always gets push and pull. */
let chartGrants: ReadonlyArray<'pull' | 'push'> = ['pull', 'push'];

beforeAll(async () => {
  const grants = (repository: string) => (repository.includes('/charts/') ? chartGrants : (['pull', 'push'] as const));
  [ghcr, elsewhere] = await Promise.all([
    startPushRegistry({ pusher: { user: 'sketchlog', password: TOKEN }, grants }),
    startPushRegistry({ pusher: { user: 'sketchlog', password: TOKEN }, realm: 'other-host' })
  ]);
});

afterAll(async () => {
  await Promise.all([ghcr?.close(), elsewhere?.close()]);
  removeTempDirs();
});

function config(registry: PushTestRegistry, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
    pypi: false,
    npm: false,
    container: { image: `${registry.host}/{owner}/{repo}`, platforms: ['linux/amd64', 'linux/arm64'] },
    helm: { chart: `oci://${registry.host}/{owner}/charts/sketchlog` },
    oci: { 'push-hosts': [registry.host] },
    ...extra
  };
}

const run = (cfg: Record<string, unknown>, tag = 'v1.4.0') => runDeclaredCheck(ociPush, publicationContext({ config: cfg, tag }));

describe('oci-push against Distribution', () => {
  test('the token may push the image and the chart: pass, one row each, 3 requests after the challenge per repository, nothing left', async () => {
    const before = ghcr.requests.length;
    const outcome = await run(config(ghcr));
    expect(outcome.summary).toBe(
      `the GitHub token can push the container image ${ghcr.host}/sketchlog/sketchlog and Helm chart ${ghcr.host}/sketchlog/charts/sketchlog (an upload was started and cancelled; nothing was written)`
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.table).toEqual({
      columns: ['repository', 'host', 'verdict'],
      rows: [
        ['sketchlog/sketchlog', ghcr.host, 'push allowed (upload started and cancelled)'],
        ['sketchlog/charts/sketchlog', ghcr.host, 'push allowed (upload started and cancelled)']
      ],
      failing: []
    });
    for (const repository of ['sketchlog/sketchlog', 'sketchlog/charts/sketchlog']) {
      const mine = ghcr.requests.slice(before).filter((r) => r.url.includes(encodeURIComponent(repository)) || r.url.startsWith(`/v2/${repository}/`));
      expect(mine.map((r) => r.method)).toEqual(['GET', 'POST', 'DELETE']);
      expect(ghcr.uploads(repository)).toEqual([]);
    }
    // Two challenges (one per repository), then token, upload start and cancel for each.
    expect(ghcr.requests.slice(before).filter((r) => r.url === '/v2/')).toHaveLength(2);
    expect(ghcr.requests.length - before).toBe(8);
    expect(ghcr.blobs()).toEqual([]);
    expect(outcome.details).toEqual([
      `container image ${ghcr.host}/sketchlog/sketchlog (container.image):`,
      `  GET ${ghcr.url}/v2/ → 401 (no credential)`,
      `  GET ${ghcr.url}/token → 200 (basic)`,
      `  POST ${ghcr.url}/v2/sketchlog/sketchlog/blobs/uploads/ → 202 (bearer)`,
      expect.stringMatching(new RegExp(`^  DELETE ${ghcr.url}/v2/sketchlog/sketchlog/blobs/uploads/[0-9a-f-]{36} → 204 \\(bearer\\)$`)),
      `Helm chart ${ghcr.host}/sketchlog/charts/sketchlog (helm.chart):`,
      `  GET ${ghcr.url}/v2/ → 401 (no credential)`,
      `  GET ${ghcr.url}/token → 200 (basic)`,
      `  POST ${ghcr.url}/v2/sketchlog/charts/sketchlog/blobs/uploads/ → 202 (bearer)`,
      expect.stringMatching(new RegExp(`^  DELETE ${ghcr.url}/v2/sketchlog/charts/sketchlog/blobs/uploads/[0-9a-f-]{36} → 204 \\(bearer\\)$`))
    ]);
    expect(outcomeText(outcome)).not.toContain(TOKEN);
  });

  test('a token service that grants pull but not push on the chart fails naming it; the image row still passes', async () => {
    chartGrants = ['pull'];
    try {
      const outcome = await run(config(ghcr));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        `Helm chart ${ghcr.host}/sketchlog/charts/sketchlog: token service ${ghcr.url}/token grants pull but not push on sketchlog/charts/sketchlog: ${CAUSES}`
      );
      expect(outcome.table?.rows.map((r) => r[2]!.slice(0, 16))).toEqual(['push allowed (up', 'FAILS: token ser']);
      expect(outcome.table?.failing).toEqual([1]);
    } finally {
      chartGrants = ['pull', 'push'];
    }
  });

  test.each([
    [403, `denied an upload to sketchlog/sketchlog (403: DENIED: permission_denied: write_package): ${CAUSES}`],
    [
      401,
      `refused to start an upload to sketchlog/sketchlog (401: DENIED: permission_denied: write_package): the token its service granted grants pull but not push; ${CAUSES}`
    ]
  ])('an upload answered %i fails with the likely causes', async (status, message) => {
    const body = JSON.stringify({ errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }] });
    ghcr.fault = ({ method, path }) => (method === 'POST' && path === '/v2/sketchlog/sketchlog/blobs/uploads/' ? { answer: { status, body } } : null);
    try {
      const outcome = await run(config(ghcr));
      expect(outcome.summary).toBe(`container image ${ghcr.host}/sketchlog/sketchlog: ${ghcr.host} ${message}`);
      expect(outcome.table?.rows.map((r) => r[2]!.split(' (')[0])).toEqual([`FAILS: ${ghcr.host} ${message.split(' (')[0]}`, 'push allowed']);
      expect(outcome.table?.failing).toEqual([0]);
    } finally {
      ghcr.fault = () => null;
    }
  });

  test('a registry that answers 202 without a Location fails', async () => {
    ghcr.fault = ({ method }) => (method === 'POST' ? { answer: { status: 202 } } : null);
    try {
      const outcome = await run(config(ghcr));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        `container image ${ghcr.host}/sketchlog/sketchlog: ${ghcr.host} answered 202 to the start of an upload to sketchlog/sketchlog but sent no Location, so no push could continue it (docker push and helm push would fail here); the registry, or a proxy in front of it, drops the header (and 1 more, below)`
      );
    } finally {
      ghcr.fault = () => null;
    }
  });

  test('a realm on another host fails, and the token goes nowhere but the registry host', async () => {
    const outcome = await run(config(elsewhere));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `container image ${elsewhere.host}/sketchlog/sketchlog: ${elsewhere.host} names its token realm on another host (${elsewhere.tokens.url}/token); the GitHub token goes only to the registry's own host (${elsewhere.url}), so it was not sent there and push cannot be proved (and 1 more, below)`
    );
    expect(elsewhere.tokens.seen).toEqual([]);
    expect(elsewhere.requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization ?? 'none'}`)).toEqual(['GET /v2/ none', 'GET /v2/ none']);
  });

  test('an image on a host not in oci.push-hosts fails naming the host, before any request carries the token', async () => {
    const before = ghcr.requests.length;
    const tokensBefore = ghcr.tokens.seen.length;
    const outcome = await run(config(ghcr, { oci: { 'push-hosts': ['ghcr.io'] } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `container image ${ghcr.host}/sketchlog/sketchlog: ${ghcr.host} is not in oci.push-hosts (ghcr.io), and the GitHub token is sent to no other host; add it to oci.push-hosts, or set oci: false (and 1 more, below)`
    );
    expect(outcome.table?.rows.map((r) => r[2]!.slice(0, 12))).toEqual(['not probed: ', 'not probed: ']);
    expect(ghcr.requests.length).toBe(before);
    expect(ghcr.tokens.seen.length).toBe(tokensBefore);
  });

  test('the default push-hosts (ghcr.io) apply when the config has no "oci" section', async () => {
    const cfg = config(ghcr);
    delete cfg.oci;
    const outcome = await run(cfg);
    expect(outcome.summary).toContain(`${ghcr.host} is not in oci.push-hosts (ghcr.io)`);
  });

  test('"helm: false": only the image is probed, and the summary says so', async () => {
    const outcome = await run(config(ghcr, { helm: false }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(
      `the GitHub token can push the container image ${ghcr.host}/sketchlog/sketchlog (an upload was started and cancelled; nothing was written); Helm chart not probed ("helm: false")`
    );
    expect(outcome.table?.rows).toHaveLength(1);
  });
});

describe('oci-push without a probe', () => {
  test('"oci: false" skips: turned off in config', async () => {
    const outcome = await run(config(ghcr, { oci: false }));
    expect([outcome.status, outcome.summary]).toEqual(['skip', 'turned off in config ("oci: false")']);
  });

  test('a rehearsal tag skips', async () => {
    const before = ghcr.requests.length;
    const outcome = await run(config(ghcr), 'test-v1.4.0');
    expect([outcome.status, outcome.summary]).toEqual([
      'skip',
      'rehearsal tag: the OCI push permission check (a rehearsal publishes no image or chart) applies to release tags only'
    ]);
    expect(ghcr.requests.length).toBe(before);
  });

  test('no image and no chart to push skips', async () => {
    const outcome = await run(config(ghcr, { container: false, helm: false }));
    expect([outcome.status, outcome.summary]).toEqual(['skip', 'no container image or Helm chart to push ("container: false" and "helm: false")']);
  });

  test('a missing "container" section fails, as a missing part does in the other OCI checks', async () => {
    const cfg = config(ghcr);
    delete cfg.container;
    const outcome = await run(cfg);
    expect([outcome.status, outcome.summary]).toEqual([
      'fail',
      'config has no "container" section, which oci-push needs to know where the container image is pushed; add it, or set "container: false" when the release publishes no container image'
    ]);
  });
});
