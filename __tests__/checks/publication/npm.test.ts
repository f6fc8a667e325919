/**
 * publication's `npm` check over the real clients against a real Verdaccio (behind the test
 * proxy that can lag, tamper with tarballs and serve them from another loopback host).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { npm } from '../../../src/checks/publication/npm.js';
import { npmPackFileName } from '../../../src/checks/shared/npm.js';
import { pollInterval } from '../../../src/util/poll.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { packTarball, startNpmRegistry, type NpmPublishOptions, type NpmTestRegistry } from '../../../test-support/npm-registry.js';
import { closedPort, FakeClock, npmContext, OTHER_SHA, PACKAGES, SHA, type NpmContextOptions } from '../npm-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

let registry: NpmTestRegistry;
let token: string;
/** A workspace whose dist holds npm pack tarballs: matching ones of 1.2.3, a different build of wasm 1.2.6. */
let workspace: string;
const tarballs: Record<string, Buffer> = {};

async function publishAll(version: string, options: Record<string, NpmPublishOptions> = {}, packages = PACKAGES): Promise<void> {
  for (const name of packages) tarballs[`${name}@${version}`] = await registry.publish(name, version, token, { gitHead: SHA, ...options[name] });
}

beforeAll(async () => {
  registry = await startNpmRegistry();
  token = await registry.addUser('balavignesh', 'publisher-password-1');
  await publishAll('1.2.3');
  await publishAll('1.2.4', {}, ['@sketchlog/client', '@sketchlog/react']);
  await publishAll('1.2.5');
  await publishAll('1.2.6');
  await publishAll('1.2.7', { '@sketchlog/react': { gitHead: OTHER_SHA } });
  await registry.publish('@sketchlog/wasm', '1.2.8', token, { integrity: 'sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=' });
  await publishAll('1.3.0');
  await publishAll('1.3.1');
  await publishAll('1.3.2');
  // No gitHead recorded (published outside a Git checkout): nothing to compare, not a failure.
  await registry.publish('@sketchlog/client', '1.3.3', token);

  workspace = tempDir('rg-npm-publication-');
  const dist = path.join(workspace, 'dist');
  fs.mkdirSync(dist);
  for (const name of ['@sketchlog/client', '@sketchlog/react']) fs.writeFileSync(path.join(dist, npmPackFileName(name, '1.2.3')), tarballs[`${name}@1.2.3`]!);
  fs.writeFileSync(path.join(dist, npmPackFileName('@sketchlog/wasm', '1.2.6')), await packTarball('@sketchlog/wasm', '1.2.6-rebuilt'));
  fs.writeFileSync(path.join(dist, 'sketchlog-1.2.3-py3-none-any.whl'), 'not an npm tarball');
});

afterAll(async () => {
  await registry?.close();
  removeTempDirs();
});

const context = (options: Partial<NpmContextOptions> = {}) =>
  npmContext({ gate: 'publication', registry: registry.url, workspace, npmToken: token, ...options });

describe('publication npm', () => {
  test('three packages with matching integrity, dist tarballs and gitHead pass, with one row each', async () => {
    const outcome = await runDeclaredCheck(npm, context());
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(
      `3 npm package(s) hold 1.2.3 on ${registry.url}; each dist.integrity (sha512) matches the registry's tarball and 2 npm pack tarball(s) in dist`
    );
    expect(outcome.table?.columns).toEqual(['package', 'dist.integrity', 'registry tarball', 'dist tarball', 'gitHead']);
    expect(outcome.table?.rows.map((r) => [r[0], r[3], r[4]])).toEqual([
      ['@sketchlog/client', 'matches (sketchlog-client-1.2.3.tgz)', `${SHA.slice(0, 12)} (sha)`],
      ['@sketchlog/react', 'matches (sketchlog-react-1.2.3.tgz)', `${SHA.slice(0, 12)} (sha)`],
      ['@sketchlog/wasm', 'none in dist', `${SHA.slice(0, 12)} (sha)`]
    ]);
    for (const row of outcome.table!.rows) expect(row[2]).toMatch(/^matches \(\d+ bytes\)$/);
    expect(JSON.stringify(outcome)).not.toContain(token);
  });

  test("a missing dist folder is fine: only the registry's tarballs are compared", async () => {
    const outcome = await runDeclaredCheck(npm, context({ workspace: tempDir('rg-npm-nodist-') }));
    expect(outcome.status).toBe('pass');
    expect(outcome.table?.rows.map((r) => r[3])).toEqual(['none in dist', 'none in dist', 'none in dist']);
  });

  test('no gitHead recorded is not compared', async () => {
    const outcome = await runDeclaredCheck(npm, context({ tag: 'v1.3.3', packages: ['@sketchlog/client'] }));
    expect(outcome.status).toBe('pass');
    expect(outcome.table?.rows[0]![4]).toBe('not recorded');
  });

  test('a package missing the version fails naming it, without waiting when wait-minutes is 0', async () => {
    const ctx = context({ tag: 'v1.2.4' });
    const outcome = await runDeclaredCheck(npm, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `1 of 3 npm package(s) fail: @sketchlog/wasm@1.2.4 is not on ${registry.url} (seen: @sketchlog/wasm lists 8 version(s), latest 1.3.2, not 1.2.4); publish it, or set wait-minutes to wait for the registry to catch up`
    );
    expect(outcome.table?.rows[2]).toEqual(['@sketchlog/wasm', 'not published', '-', '-', '-']);
    expect(ctx.logged).toEqual([]);
  });

  test('without npm-token a 404 packument also hints that a restricted package needs the token', async () => {
    const outcome = await runDeclaredCheck(npm, context({ npmToken: '', packages: ['@sketchlog/secret'] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `1 of 1 npm package(s) fail: @sketchlog/secret@1.2.3 is not on ${registry.url} (seen: no packument for @sketchlog/secret (404)); publish it, or set wait-minutes to wait for the registry to catch up; a restricted package answers 404 without npm-token: pass the publisher's token to the action as \`npm-token: \${{ secrets.NPM_TOKEN }}\``
    );
  });

  test.each([
    [
      "the registry's tarball differs from its integrity",
      'v1.2.5',
      () => {
        registry.tamperedTarballs['@sketchlog/react@1.2.5'] = Buffer.from('other bytes');
      },
      /^1 of 3 npm package\(s\) fail: @sketchlog\/react@1\.2\.5: the tarball http:\/\/127\.0\.0\.1:\d+\/@sketchlog\/react\/-\/react-1\.2\.5\.tgz hashes to sha512-\S+…, not its dist\.integrity sha512-\S+…; the registry serves other bytes than were published/,
      [1, 2, 'differs']
    ],
    [
      'the dist tarball is another build',
      'v1.2.6',
      () => {},
      /^1 of 3 npm package\(s\) fail: @sketchlog\/wasm@1\.2\.6: sketchlog-wasm-1\.2\.6\.tgz in dist hashes to sha512-\S+…, but the registry's dist\.integrity is sha512-\S+…; the registry holds another build than this workflow made/,
      [2, 3, 'differs']
    ],
    [
      'gitHead is another commit',
      'v1.2.7',
      () => {},
      new RegExp(`^1 of 3 npm package\\(s\\) fail: @sketchlog/react@1\\.2\\.7 was published from commit ${OTHER_SHA}, not ${SHA}; the version is burned`),
      [1, 4, `${OTHER_SHA.slice(0, 12)}… (not sha)`]
    ],
    [
      'the integrity is not sha512',
      'v1.2.8',
      () => {},
      /^1 of 1 npm package\(s\) fail: dist\.integrity of @sketchlog\/wasm@1\.2\.8 has no sha512 hash \(only sha1\)/,
      [0, 1, 'no sha512']
    ]
  ])('%s: a final answer, failing at once without waiting', async (_label, tag, arrange, summary, [row, column, cell]) => {
    arrange();
    const clock = new FakeClock();
    const packages = tag === 'v1.2.8' ? ['@sketchlog/wasm'] : PACKAGES;
    const ctx = context({ tag, waitMinutes: 10, clock, packages });
    const outcome = await runDeclaredCheck(npm, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(summary);
    expect(String(outcome.table?.rows[row as number]?.[column as number])).toContain(cell);
    expect(clock.slept).toEqual([]);
    expect(ctx.logged).toEqual([]);
  });

  test('waits while the registry does not list the version yet, each per-version 404 told apart by the packument, then passes', async () => {
    registry.lags.push({ name: '@sketchlog/client', version: '1.3.0', requests: 3 });
    const clock = new FakeClock();
    const before = registry.requests.length;
    const ctx = context({ tag: 'v1.3.0', waitMinutes: 10, clock });
    const outcome = await runDeclaredCheck(npm, ctx);
    expect(outcome.status).toBe('pass');
    // Three looks saw no 1.3.0; the fourth found it. Intervals grow as the poll helper says.
    expect(clock.slept).toEqual([pollInterval(0), pollInterval(1000), pollInterval(2000)]);
    expect(ctx.logged).toEqual([
      `npm: @sketchlog/client@1.3.0 on ${registry.url}: @sketchlog/client lists 8 version(s), latest 1.3.3, not 1.3.0; waiting up to 10.0 min`,
      `npm: @sketchlog/client@1.3.0 on ${registry.url}: ready after 3.0 s (4 looks)`
    ]);
    expect(outcome.details).toEqual(['@sketchlog/client@1.3.0: waited 3.0 s over 4 looks']);
    // Each look asks the per-version document; its 404 is told apart by the packument (streamed), which lacks 1.3.0 too.
    const looks = registry.requests.slice(before).filter((r) => r.path.startsWith('/@sketchlog%2fclient') && !r.path.includes('/-/'));
    const missed = ['/@sketchlog%2fclient/1.3.0 404', '/@sketchlog%2fclient 200'];
    expect(looks.map((r) => `${r.path} ${r.status}`)).toEqual([...missed, ...missed, ...missed, '/@sketchlog%2fclient/1.3.0 200']);
  });

  test('running out of time fails naming what it last saw and hinting at wait-minutes', async () => {
    const clock = new FakeClock();
    const ctx = context({ tag: 'v1.9.9', waitMinutes: 1, clock, packages: ['@sketchlog/react'] });
    const outcome = await runDeclaredCheck(npm, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `1 of 1 npm package(s) fail: @sketchlog/react@1.9.9 is not on ${registry.url} (seen: @sketchlog/react lists 8 version(s), latest 1.3.2, not 1.9.9) after waiting 60.0 s (wait-minutes 1); publish it, or raise wait-minutes for the registry to catch up`
    );
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeCloseTo(60_000, 3);
    expect(ctx.logged[0]).toBe(
      `npm: @sketchlog/react@1.9.9 on ${registry.url}: @sketchlog/react lists 8 version(s), latest 1.3.2, not 1.9.9; waiting up to 60.0 s`
    );
    expect(ctx.logged.at(-1)).toMatch(/still @sketchlog\/react lists 8 version\(s\), latest 1\.3\.2, not 1\.9\.9 after 60\.0 s; giving up$/);
    expect(ctx.logged).toHaveLength(2);
  });

  test('a 503 is retried and the next good answer passes', async () => {
    registry.faults.push({ path: /^\/@sketchlog%2fwasm\/1\.3\.1$/, times: 1, status: 503 });
    const before = registry.requests.length;
    const outcome = await runDeclaredCheck(npm, context({ tag: 'v1.3.1' }));
    expect(outcome.status).toBe('pass');
    expect(
      registry.requests
        .slice(before)
        .filter((r) => r.path === '/@sketchlog%2fwasm/1.3.1')
        .map((r) => r.status)
    ).toEqual([503, 200]);
  });

  test('5xx that does not end fails closed with the status, after the retries', async () => {
    registry.faults.push({ path: /^\/@sketchlog%2fwasm\/1\.3\.1$/, times: 3, status: 502 });
    const outcome = await runDeclaredCheck(npm, context({ tag: 'v1.3.1', packages: ['@sketchlog/wasm'], waitMinutes: 5, clock: new FakeClock() }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^1 of 1 npm package\(s\) fail: npm registry could not answer the document of @sketchlog\/wasm@1\.3\.1: http:\/\/127\.0\.0\.1:\d+\/@sketchlog%2fwasm\/1\.3\.1 answered 502 .*\(after 3 attempts\)$/
    );
  });

  test.each([
    ['an HTML page', { status: 200, body: '<!DOCTYPE html><html>Service Unavailable</html>', contentType: 'text/html' }, 'with a body that is not JSON'],
    ['truncated JSON', { status: 200, body: '{"name":"@sketchlog/react","versions":{', contentType: 'application/json' }, 'with a body that is not JSON'],
    ['JSON that is not a packument', { status: 200, body: { ok: true } }, 'with JSON without a "name", not a packument of @sketchlog/react']
  ])('%s fails closed at once, naming the cause', async (_label, canned, cause) => {
    // The per-version document is what the check reads.
    registry.answers['/@sketchlog%2freact/1.3.2'] = canned;
    const clock = new FakeClock();
    try {
      const outcome = await runDeclaredCheck(npm, context({ tag: 'v1.3.2', waitMinutes: 5, clock }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain(`1 of 3 npm package(s) fail:`);
      expect(outcome.summary).toContain(`the document of @sketchlog/react@1.3.2 ${cause}`);
      expect(clock.slept).toEqual([]);
    } finally {
      delete registry.answers['/@sketchlog%2freact/1.3.2'];
    }
  });

  test('a 401 is final, and the npm-token a registry echoes back never reaches the outcome', async () => {
    registry.faults.push({ path: /^\/@sketchlog%2fclient\/1\.3\.2$/, times: 1, status: 401, echoAuthorization: true });
    const clock = new FakeClock();
    const outcome = await runDeclaredCheck(npm, context({ tag: 'v1.3.2', waitMinutes: 5, clock, packages: ['@sketchlog/client'] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^1 of 1 npm package\(s\) fail: npm registry could not answer the document of @sketchlog\/client@1\.3\.2: .*answered 401/);
    expect(outcome.table?.rows[0]![1]).toBe('could not be checked');
    expect(JSON.stringify(outcome)).not.toContain(token);
    expect(clock.slept).toEqual([]);
  });

  test('a refused connection is named, never as an HTTP status', async () => {
    const port = await closedPort();
    const outcome = await runDeclaredCheck(npm, context({ registry: `http://127.0.0.1:${port}`, tag: 'v1.3.2', packages: ['@sketchlog/client'] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `1 of 1 npm package(s) fail: npm registry could not answer the document of @sketchlog/client@1.3.2: http://127.0.0.1:${port}/@sketchlog%2fclient/1.3.2: connection refused (ECONNREFUSED) (after 3 attempts)`
    );
  });

  test('npm-token goes to the registry, never to a tarball on another host', async () => {
    registry.mirrored.add('@sketchlog/client');
    const before = { registry: registry.requests.length, mirror: registry.mirror.requests.length };
    try {
      const outcome = await runDeclaredCheck(npm, context({ tag: 'v1.3.2' }));
      expect(outcome.status).toBe('pass');
    } finally {
      registry.mirrored.delete('@sketchlog/client');
    }
    const mirror = registry.mirror.requests.slice(before.mirror);
    expect(mirror.map((r) => r.path)).toEqual(['/@sketchlog/client/-/client-1.3.2.tgz']);
    for (const request of mirror) expect(JSON.stringify(request.headers)).not.toContain(token);
    // The registry itself got the token (for restricted packages), including for its own tarballs.
    const own = registry.requests.slice(before.registry);
    expect(own.length).toBeGreaterThanOrEqual(5);
    for (const request of own) expect(request.authorization).toBe(`Bearer ${token}`);
  });

  test('a rehearsal tag skips with the reason', async () => {
    const outcome = await runDeclaredCheck(npm, context({ tag: 'test-v1.2.3' }));
    expect(outcome).toEqual({ status: 'skip', summary: 'rehearsal tag: npm publication applies to release tags only' });
  });

  test('npm: false skips; a missing npm section fails', async () => {
    expect((await runDeclaredCheck(npm, context({ npm: false }))).status).toBe('skip');
    const missing = await runDeclaredCheck(npm, context({ npm: undefined }));
    expect(missing.status).toBe('fail');
    expect(missing.summary).toContain('config has no "npm" section, which npm needs');
  });
});
