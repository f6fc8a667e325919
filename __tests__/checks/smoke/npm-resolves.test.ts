/**
 * smoke's `npm-resolves` over the real clients against a real Verdaccio: the abbreviated
 * packument as npm's installer asks for it, and the tarball, both anonymously — every request
 * the registry and the tarball mirror receive is recorded and searched for a credential.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { npmResolves } from '../../../src/checks/smoke/npm-resolves.js';
import { INSTALL_ACCEPT } from '../../../src/clients/npm/index.js';
import { pollInterval } from '../../../src/util/poll.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import { startNpmRegistry, type NpmRequest, type NpmTestRegistry } from '../../../test-support/npm-registry.js';
import { closedPort, FakeClock, npmContext, PACKAGES, type NpmContextOptions } from '../npm-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

let registry: NpmTestRegistry;
let token: string;

beforeAll(async () => {
  registry = await startNpmRegistry();
  token = await registry.addUser('balavignesh', 'publisher-password-1');
  for (const version of ['1.2.3', '1.2.5', '1.3.0', '1.3.1', '1.3.2']) {
    for (const name of PACKAGES) await registry.publish(name, version, token);
  }
  await registry.publish('@sketchlog/client', '1.2.4', token);
  await registry.publish('@sketchlog/react', '1.2.4', token);
});

afterAll(async () => {
  await registry?.close();
  removeTempDirs();
});

/** npm-token is set in the settings on purpose: smoke must not use it. */
const context = (options: Partial<NpmContextOptions> = {}) => npmContext({ gate: 'smoke', registry: registry.url, npmToken: token, ...options });

/** Runs the check and proves that none of the requests it made carried a credential. */
async function runAnonymously(ctx: ReturnType<typeof context>) {
  const before = { registry: registry.requests.length, mirror: registry.mirror.requests.length };
  const outcome = await runDeclaredCheck(npmResolves, ctx);
  const sent: NpmRequest[] = [...registry.requests.slice(before.registry), ...registry.mirror.requests.slice(before.mirror)];
  for (const request of sent) {
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.cookie).toBeUndefined();
    expect(JSON.stringify(request.headers)).not.toContain(token);
  }
  expect(JSON.stringify(outcome)).not.toContain(token);
  return { outcome, sent };
}

describe('smoke npm-resolves', () => {
  test('three packages resolve anonymously as npm install asks, each tarball matching its integrity', async () => {
    const { outcome, sent } = await runAnonymously(context());
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(
      `3 npm package(s) resolve 1.2.3 anonymously on ${registry.url}, as npm install reads them; each tarball matches its dist.integrity (sha512)`
    );
    expect(outcome.table?.rows.map((r) => r[0])).toEqual(PACKAGES);
    for (const row of outcome.table!.rows) expect(row[2]).toMatch(/^matches \(\d+ bytes\)$/);
    const packuments = sent.filter((r) => !r.path.includes('/-/'));
    expect(packuments).toHaveLength(3);
    for (const request of packuments) expect(request.headers.accept).toBe(INSTALL_ACCEPT);
    expect(sent.filter((r) => r.path.endsWith('-1.2.3.tgz'))).toHaveLength(3);
  });

  test('a tarball on another host is fetched anonymously too', async () => {
    registry.mirrored.add('@sketchlog/wasm');
    try {
      const { outcome, sent } = await runAnonymously(context({ tag: 'v1.3.2' }));
      expect(outcome.status).toBe('pass');
      expect(sent.filter((r) => r.path === '/@sketchlog/wasm/-/wasm-1.3.2.tgz')).toHaveLength(1);
      expect(registry.mirror.requests.at(-1)?.path).toBe('/@sketchlog/wasm/-/wasm-1.3.2.tgz');
    } finally {
      registry.mirrored.delete('@sketchlog/wasm');
    }
  });

  test('a package missing the version fails naming it; a 404 packument also hints at restricted access', async () => {
    const { outcome } = await runAnonymously(context({ tag: 'v1.2.4', packages: ['@sketchlog/client', '@sketchlog/wasm', '@sketchlog/secret'] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `2 of 3 npm package(s) do not resolve anonymously: @sketchlog/wasm@1.2.4 is not on ${registry.url} (seen: @sketchlog/wasm lists 5 version(s), latest 1.3.2, not 1.2.4); publish it, or set wait-minutes to wait for the registry to catch up`
    );
    expect(outcome.details?.[1]).toBe(
      `@sketchlog/secret@1.2.4 is not on ${registry.url} (seen: no packument for @sketchlog/secret (404)); publish it, or set wait-minutes to wait for the registry to catch up; a restricted package also answers 404 to anonymous readers: publish it with --access public`
    );
  });

  test('a tarball whose bytes differ from the integrity fails at once', async () => {
    registry.tamperedTarballs['@sketchlog/client@1.2.5'] = Buffer.from('a different tarball');
    const clock = new FakeClock();
    const ctx = context({ tag: 'v1.2.5', waitMinutes: 10, clock });
    const { outcome } = await runAnonymously(ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^1 of 3 npm package\(s\) do not resolve anonymously: @sketchlog\/client@1\.2\.5: the tarball http:\/\/127\.0\.0\.1:\d+\/@sketchlog\/client\/-\/client-1\.2\.5\.tgz hashes to sha512-\S+…, not its dist\.integrity sha512-\S+…/
    );
    expect(outcome.table?.rows[0]![2]).toMatch(/^differs \(sha512-/);
    expect(clock.slept).toEqual([]);
  });

  test('waits while the version is not served yet, logging once per change, then passes', async () => {
    registry.lags.push({ name: '@sketchlog/react', version: '1.3.0', requests: 2 });
    const clock = new FakeClock();
    const ctx = context({ tag: 'v1.3.0', waitMinutes: 5, clock });
    const { outcome, sent } = await runAnonymously(ctx);
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toEqual([pollInterval(0), pollInterval(1000)]);
    expect(ctx.logged).toEqual([
      `npm-resolves: @sketchlog/react@1.3.0 on ${registry.url}: @sketchlog/react lists 5 version(s), latest 1.2.4, not 1.3.0; waiting up to 5.0 min`,
      `npm-resolves: @sketchlog/react@1.3.0 on ${registry.url}: ready after 2.0 s (3 looks)`
    ]);
    // The abbreviated packument, what npm install reads, streamed on each look (never held for revalidation).
    expect(sent.filter((r) => r.path === '/@sketchlog%2freact').map((r) => r.status)).toEqual([200, 200, 200]);
  });

  test('a listed version whose tarball is not served yet (404) is waited for too', async () => {
    registry.faults.push({ path: /\/-\/wasm-1\.3\.2\.tgz$/, times: 2, status: 404 });
    const clock = new FakeClock();
    const ctx = context({ tag: 'v1.3.2', waitMinutes: 5, clock, packages: ['@sketchlog/wasm'] });
    const { outcome, sent } = await runAnonymously(ctx);
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toHaveLength(2);
    expect(ctx.logged[0]).toMatch(
      /^npm-resolves: @sketchlog\/wasm@1\.3\.2 on http:\/\/127\.0\.0\.1:\d+: @sketchlog\/wasm@1\.3\.2 is listed, but its tarball http:\/\/127\.0\.0\.1:\d+\/@sketchlog\/wasm\/-\/wasm-1\.3\.2\.tgz answers 404; waiting up to 5\.0 min$/
    );
    expect(ctx.logged).toHaveLength(2);
    expect(sent.filter((r) => r.path.endsWith('/-/wasm-1.3.2.tgz')).map((r) => r.status)).toEqual([404, 404, 200]);
  });

  test('running out of time names what it last saw', async () => {
    const clock = new FakeClock();
    const ctx = context({ tag: 'v2.0.0', waitMinutes: 2, clock, packages: ['@sketchlog/client'] });
    const { outcome } = await runAnonymously(ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `1 of 1 npm package(s) do not resolve anonymously: @sketchlog/client@2.0.0 is not on ${registry.url} (seen: @sketchlog/client lists 6 version(s), latest 1.2.4, not 2.0.0) after waiting 2.0 min (wait-minutes 2); publish it, or raise wait-minutes for the registry to catch up`
    );
    expect(clock.slept.length).toBeGreaterThan(10);
    expect(ctx.logged).toHaveLength(2);
  });

  test('a 503 on the tarball is retried and passes', async () => {
    registry.faults.push({ path: /\/-\/react-1\.3\.1\.tgz$/, times: 1, status: 503 });
    const { outcome, sent } = await runAnonymously(context({ tag: 'v1.3.1' }));
    expect(outcome.status).toBe('pass');
    expect(sent.filter((r) => r.path.endsWith('/-/react-1.3.1.tgz')).map((r) => r.status)).toEqual([503, 200]);
  });

  test('an HTML page instead of the packument fails closed at once, naming the cause', async () => {
    registry.answers['/@sketchlog%2fwasm'] = { status: 200, body: '<html><h1>Login</h1></html>', contentType: 'text/html' };
    const clock = new FakeClock();
    try {
      const { outcome } = await runAnonymously(context({ waitMinutes: 5, clock }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(
        /^1 of 3 npm package\(s\) do not resolve anonymously: npm registry answered the install packument of @sketchlog\/wasm with a body that is not JSON \(http:\/\/127\.0\.0\.1:\d+\/@sketchlog%2fwasm\)$/
      );
      expect(clock.slept).toEqual([]);
    } finally {
      delete registry.answers['/@sketchlog%2fwasm'];
    }
  });

  test('a 401 for the packument is final: the package is not public', async () => {
    registry.faults.push({ path: /^\/@sketchlog%2fclient$/, times: 1, status: 401, echoAuthorization: true });
    const clock = new FakeClock();
    const { outcome } = await runAnonymously(context({ waitMinutes: 5, clock, packages: ['@sketchlog/client'] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/could not answer the install packument of @sketchlog\/client: .* answered 401/);
    expect(clock.slept).toEqual([]);
  });

  test('a refused connection is named', async () => {
    const port = await closedPort();
    const { outcome } = await runAnonymously(context({ registry: `http://127.0.0.1:${port}`, packages: ['@sketchlog/react'] }));
    expect(outcome.summary).toBe(
      `1 of 1 npm package(s) do not resolve anonymously: npm registry could not answer the install packument of @sketchlog/react: http://127.0.0.1:${port}/@sketchlog%2freact: connection refused (ECONNREFUSED) (after 3 attempts)`
    );
  });

  test('a rehearsal tag skips with the reason, asking nothing', async () => {
    const { outcome, sent } = await runAnonymously(context({ tag: 'test-v1.2.3' }));
    expect(outcome).toEqual({ status: 'skip', summary: 'rehearsal tag: npm-resolves applies to release tags only' });
    expect(sent).toEqual([]);
  });
});
