/**
 * smoke's `go-resolves` over the real clients against the loopback Go proxy and checksum database
 * (the same servers the real `go` command accepts, see __tests__/clients/go/go-command.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync, createHash } from 'node:crypto';
import { goResolves } from '../../../src/checks/smoke/go-resolves.js';
import { DEFAULT_GOSUMDB } from '../../../src/formats/sumdb.js';
import { createClients } from '../../../src/clients/index.js';
import { removeTempDirs, tempDir, writeFiles } from '../../../test-support/git-repo.js';
import { testContext, testSettings, type TestGateContext } from '../../helpers/context.js';
import { FakeClock } from '../../helpers/preflight-context.js';
import { GO_MOD, MODULE, SHA, startGoWorld, type GoWorld } from '../../clients/go/go-fixture.js';
import { closedPort } from '../npm-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

let world: GoWorld;
let workspace: string;

beforeAll(async () => {
  world = await startGoWorld();
  workspace = tempDir('go-ws-');
  writeFiles(workspace, { 'clients/go/go.mod': GO_MOD });
});

afterEach(() => {
  world.proxy.tamper = {};
  world.proxy.fault(null);
  world.proxy.lag(0);
  world.sumdb.tamper = 'none';
  world.sumdb.fault(null);
});

afterAll(async () => {
  await world?.close();
  removeTempDirs();
});

interface Options {
  tag?: string;
  config?: Record<string, unknown>;
  waitMinutes?: number;
  clock?: FakeClock;
}

function context(options: Options = {}): TestGateContext {
  const tag = options.tag ?? 'v1.2.3';
  const overrides = {
    gate: 'smoke' as const,
    tag,
    sha: SHA,
    waitMinutes: options.waitMinutes ?? 0,
    retries: 2,
    retryBaseMs: 0,
    runnerTemp: tempDir('go-run-')
  };
  const settings = testSettings(workspace, overrides);
  return testContext({
    gate: 'smoke',
    config: {
      tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
      go: { dir: 'clients/go' },
      goproxy: world.proxy.url,
      gosumdb: world.sumdb.gosumdb,
      ...options.config
    },
    tag,
    clients: createClients(settings),
    workspace,
    settings: overrides,
    noSleep: 'this go test must not wait',
    ...(options.clock ? { clock: options.clock } : {})
  });
}

/** Runs the check; no request it made carried a credential. */
async function run(ctx: TestGateContext) {
  const outcome = await runDeclaredCheck(goResolves, ctx);
  expect(world.proxy.credentials).toEqual([]);
  expect(world.sumdb.credentials).toEqual([]);
  return outcome;
}

const PROXY_INFO = '/github.com/!sketch!log/sketchlog/clients/go/@v/v1.2.3.info';

describe('smoke go-resolves', () => {
  test('passes: proxy at the release commit, the database record signed, included and matching', async () => {
    const before = { proxy: world.proxy.requests.length, sumdb: world.sumdb.requests.length };
    const outcome = await run(context());
    expect(outcome.summary).toBe(
      `${MODULE}@v1.2.3 resolves on ${world.proxy.url} at the release commit, and the checksum database's signed, included record matches its .mod and .zip`
    );
    expect(outcome.status).toBe('pass');
    const { zip, mod } = world.published.get('v1.2.3')!.hashes;
    expect(outcome.details).toEqual([
      `module ${MODULE}, as clients/go/go.mod at ${SHA.slice(0, 12)} declares it`,
      `${world.proxy.url}: .info has v1.2.3, Origin.Hash ${SHA}`,
      `.mod is identical to clients/go/go.mod at the release commit (${GO_MOD.length} bytes, ${mod})`,
      `.zip: ${world.published.get('v1.2.3')!.zip.length} bytes, 4 files, ${zip}`,
      `the checksum database sumdb.test.example at ${world.sumdb.url}: record 300 holds both h1 hashes`,
      expect.stringMatching(/^the tree note \(size 309\) is signed by sumdb\.test\.example\+[0-9a-f]{8}, and the signature verifies$/),
      expect.stringMatching(/^record 300's inclusion in that tree is proven from [2-9] tile\(s\)$/)
    ]);
    // Case-encoded paths, as go asks them; the tiles of both levels were read.
    expect(world.proxy.requests.slice(before.proxy)).toEqual([PROXY_INFO, PROXY_INFO.replace('.info', '.mod'), PROXY_INFO.replace('.info', '.zip')]);
    const asked = world.sumdb.requests.slice(before.sumdb);
    expect(asked[0]).toBe('/lookup/github.com/!sketch!log/sketchlog/clients/go@v1.2.3');
    expect(asked.filter((p) => p.startsWith('/tile/8/0/'))).toEqual(expect.arrayContaining(['/tile/8/0/001.p/53']));
    expect(asked).toContain('/tile/8/1/000.p/1');
  });

  test('waits while the proxy answers 404, logging each change of state once, then passes', async () => {
    world.proxy.lag(3);
    const clock = new FakeClock();
    const ctx = context({ waitMinutes: 1, clock });
    const outcome = await run(ctx);
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toHaveLength(3);
    expect(clock.slept.every((ms) => ms > 0)).toBe(true);
    expect(ctx.logged).toEqual([
      `go-resolves: ${MODULE}@v1.2.3 on ${world.proxy.url}: the proxy does not serve its .info yet (404/410); waiting up to 60.0 s`,
      expect.stringMatching(new RegExp(`^go-resolves: ${MODULE.replaceAll('.', '\\.')}@v1\\.2\\.3 on .*: ready after .* \\(4 looks\\)$`))
    ]);
    expect(outcome.details).toContain(`proxy: waited ${(clock.slept.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s over 4 looks`);
  });

  test('waits while the database has no record yet, then passes', async () => {
    world.sumdb.lag(2);
    const clock = new FakeClock();
    const ctx = context({ waitMinutes: 1, clock });
    const outcome = await run(ctx);
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toHaveLength(2);
    expect(ctx.logged).toEqual([
      `go-resolves: ${MODULE}@v1.2.3 in sumdb.test.example: the checksum database has no record of it yet (404/410); waiting up to 60.0 s`,
      expect.stringMatching(/ in sumdb\.test\.example: ready after .* \(3 looks\)$/)
    ]);
    expect(outcome.details).toContain(`checksum database: waited ${(clock.slept.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s over 3 looks`);
  });

  test('runs out of time on a version the proxy never serves, saying what it last saw', async () => {
    const clock = new FakeClock();
    const ctx = context({ tag: 'v1.2.9', waitMinutes: 1, clock });
    const outcome = await run(ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${MODULE}@v1.2.9 is not on the Go module proxy ${world.proxy.url} (seen: the proxy does not serve its .info yet (404/410)) after waiting 60.0 s (wait-minutes 1); push the tag clients/go/v1.2.9, or raise wait-minutes for the proxy to catch up`
    );
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeCloseTo(60_000, 3);
    expect(ctx.logged.at(-1)).toMatch(/still the proxy does not serve its \.info yet \(404\/410\) after 60\.0 s; giving up$/);
  });

  test.each([
    [
      'another Origin.Hash',
      () => (world.proxy.tamper.originHash = 'd'.repeat(40)),
      `the Go module proxy resolved ${MODULE}@v1.2.3 to commit ${'d'.repeat(40)}, not the release commit ${SHA}; the Go tag clients/go/v1.2.3 points at another commit, or was moved after the proxy fetched it (the proxy keeps the first: release a new version)`
    ],
    [
      'another go.mod',
      () => (world.proxy.tamper.mod = `${GO_MOD}\nrequire example.com/x v1.0.0\n`),
      `the Go module proxy's .mod for ${MODULE}@v1.2.3 differs from clients/go/go.mod at the release commit ${SHA.slice(0, 12)}; the proxy holds another commit's go.mod`
    ],
    ['a note signed by another key', () => (world.sumdb.tamper = 'other-key'), 'the tree note is not signed by the configured key sumdb.test.example+'],
    [
      'a corrupted note signature',
      () => (world.sumdb.tamper = 'corrupt-signature'),
      "the tree note's signature by sumdb.test.example does not verify with the configured key"
    ],
    ['a tampered tile', () => (world.sumdb.tamper = 'tile'), "record 300's inclusion in the signed tree of 309 records cannot be proven"],
    [
      'a record text other than the tree holds',
      () => (world.sumdb.tamper = 'record-text'),
      "record 300's inclusion in the signed tree of 309 records cannot be proven"
    ],
    ['garbage .info', () => world.proxy.fault('garbage'), `with a body that is not JSON`],
    ['a .info of the wrong shape', () => world.proxy.fault('wrong-shape'), 'with an unexpected .info (Version: '],
    ['a garbage lookup', () => world.sumdb.fault('garbage'), 'the answer is not UTF-8 text without control characters']
  ])('fails at once on %s', async (_what, arrange, message) => {
    arrange();
    const outcome = await run(context({ waitMinutes: 5, clock: new FakeClock() }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(message);
  });

  test('fails when the database records another zip hash than the proxy serves (go would say SECURITY ERROR)', async () => {
    const outcome = await run(context({ tag: 'v1.2.4' }));
    expect(outcome.status).toBe('fail');
    const served = world.published.get('v1.2.4')!.hashes.zip;
    const recorded = world.published.get('v1.2.3')!.hashes.zip;
    expect(outcome.summary).toBe(
      `the checksum database sumdb.test.example records other h1 hashes for ${MODULE}@v1.2.4 than the proxy serves (the zip's is ${recorded} in the database but ${served} from the proxy's .zip); go would refuse the download with a SECURITY ERROR`
    );
    // What the proxy part checked stays in the details.
    expect(outcome.details).toContain(`.zip: ${world.published.get('v1.2.4')!.zip.length} bytes, 4 files, ${served}`);
  });

  test('fails when the database has no record of a version the proxy serves', async () => {
    const outcome = await run(context({ tag: 'v1.2.5' }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${MODULE}@v1.2.5 has no record in the checksum database sumdb.test.example at ${world.sumdb.url} (seen: the checksum database has no record of it yet (404/410)); set wait-minutes to wait for the database to record it`
    );
  });

  test('fails when gosumdb names another key of the same name', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.concat([Buffer.of(1), Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url')]);
    const hash = createHash('sha256').update('sumdb.test.example\n').update(raw).digest().readUInt32BE(0).toString(16).padStart(8, '0');
    const outcome = await run(context({ config: { gosumdb: `sumdb.test.example+${hash}+${raw.toString('base64')} ${world.sumdb.url}` } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`the tree note is not signed by the configured key sumdb.test.example+${hash}`);
  });

  test('fails when the gosumdb key does not match its hash', async () => {
    const [key, url] = world.sumdb.gosumdb.split(' ');
    const parts = key!.split('+');
    const wrong = `${parts[0]}+00000000+${parts.slice(2).join('+')} ${url}`;
    const outcome = await run(context({ config: { gosumdb: wrong } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^gosumdb cannot be used: gosumdb key for sumdb\.test\.example: its hash 00000000 does not match the key \(the key hashes to [0-9a-f]{8}\)/
    );
  });

  test('gosumdb: false checks the proxy only and asks no database', async () => {
    const before = world.sumdb.requests.length;
    const outcome = await run(context({ config: { gosumdb: false } }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(`${MODULE}@v1.2.3 resolves on ${world.proxy.url} at the release commit (checksum database not checked: gosumdb: false)`);
    expect(outcome.details).toContain('checksum database: turned off in config ("gosumdb: false")');
    expect(world.sumdb.requests.length).toBe(before);
  });

  test("without gosumdb, Go's own sum.golang.org key is the one asked for", async () => {
    const ctx = context({ config: { gosumdb: undefined } });
    const specs: string[] = [];
    ctx.clients = {
      ...ctx.clients,
      gosumdb: (spec) => {
        specs.push(spec);
        throw new Error('no network in tests');
      }
    };
    const outcome = await run(ctx);
    expect(specs).toEqual([DEFAULT_GOSUMDB]);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('gosumdb cannot be used: no network in tests');
  });

  test('a proxy that records no Origin passes, saying the commit was not checked there', async () => {
    world.proxy.tamper.originHash = '';
    const outcome = await run(context());
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toContain(`${world.proxy.url}: .info has v1.2.3, and records no Origin.Hash (not checked)`);
  });

  test.each([
    ['the proxy', () => world.proxy.fault('503')],
    ['the database', () => world.sumdb.fault('503')]
  ])('one 503 from %s is retried and passes', async (_what, arrange) => {
    arrange();
    const outcome = await run(context());
    expect(outcome.status).toBe('pass');
  });

  test('a 503 that does not end fails closed with the status', async () => {
    world.proxy.fault('503', 10);
    const outcome = await run(context());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${MODULE}@v1.2.3 cannot be read from the Go module proxy: the Go module proxy ${world.proxy.url} could not serve ${MODULE}@v1.2.3.info: ${world.proxy.url}${PROXY_INFO} answered 503 (upstream unavailable) (after 3 attempts)`
    );
  });

  test('a refused connection is named as such', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const outcome = await run(context({ config: { goproxy: url } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`could not serve ${MODULE}@v1.2.3.info: ${url}${PROXY_INFO}: connection refused (ECONNREFUSED)`);
  });

  test.each([
    [
      'no goproxy section',
      { goproxy: undefined },
      'fail',
      'config has no "goproxy" section, which go-resolves needs; add it, or set "goproxy: false" to turn this check off'
    ],
    ['goproxy: false', { goproxy: false }, 'skip', 'turned off in config ("goproxy: false")'],
    ['no go section', { go: undefined }, 'fail', 'config has no "go" section, which go-resolves needs; add it, or set "go: false" to turn this check off'],
    ['a go.dir without go.mod', { go: { dir: 'server' } }, 'fail', 'the module path cannot be read: "server/go.mod"']
  ])('%s', async (_what, config, status, summary) => {
    const outcome = await run(context({ config }));
    expect(outcome.status).toBe(status);
    expect(outcome.summary).toContain(summary);
  });

  test('a rehearsal tag skips: no Go tag is pushed for a rehearsal', async () => {
    const before = world.proxy.requests.length;
    const outcome = await run(context({ tag: 'test-v1.2.3' }));
    expect(outcome).toEqual({
      status: 'skip',
      summary: 'rehearsal tag: go-resolves (no Go module tag is pushed for a rehearsal) applies to release tags only'
    });
    expect(world.proxy.requests.length).toBe(before);
  });
});
