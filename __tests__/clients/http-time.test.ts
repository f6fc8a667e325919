/**
 * The time bounds of a gate run, on a clock the tests move by hand (test-support/manual-clock.ts):
 * a body that drips, an answer whose headers never come, a download bounded by the wait plus the
 * run's grace, and a check whose registry makes it send 4096 requests. The servers answer only
 * when a test lets them; no test sleeps.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallDeadline, MIN_BYTES_PER_SECOND, readBounded, SLOW_START_MS, tooSlow } from '../../src/clients/http-bounds.js';
import { HttpClient, MAX_PER_HOST } from '../../src/clients/http.js';
import { runCheckWithinDeadline } from '../../src/engine.js';
import { pass, type GateContext } from '../../src/gate.js';
import { RUN_GRACE_MS, waitBudget } from '../../src/util/poll.js';
import { ManualClock, settle } from '../../test-support/manual-clock.js';

/** A server that holds every answer until the test releases it. */
interface HoldingServer {
  url: string;
  host: string;
  held: http.ServerResponse[];
  total: number;
  /** Requests whose connection is still open. */
  open: number;
  maxOpen: number;
  /** Resolves once `n` requests have arrived in all. */
  arrived(n: number): Promise<void>;
  close(): Promise<void>;
}

async function holdingServer(onRequest: (res: http.ServerResponse) => void = () => {}): Promise<HoldingServer> {
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const s: HoldingServer = {
    url: '',
    host: '',
    held: [],
    total: 0,
    open: 0,
    maxOpen: 0,
    arrived: (n) => (s.total >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
    close: async () => {}
  };
  const server = http.createServer((_req, res) => {
    s.total++;
    s.open++;
    s.maxOpen = Math.max(s.maxOpen, s.open);
    res.on('close', () => s.open--);
    s.held.push(res);
    onRequest(res);
    for (const w of waiters.filter((w) => s.total >= w.n)) w.resolve();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  s.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  s.url = `http://${s.host}`;
  s.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return s;
}

let servers: HoldingServer[] = [];
async function start(onRequest?: (res: http.ServerResponse) => void): Promise<HoldingServer> {
  const s = await holdingServer(onRequest);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe('the minimum average rate of a body', () => {
  it.each([
    ['within the start, however slow', 1, SLOW_START_MS, null],
    ['at the rate after the start', MIN_BYTES_PER_SECOND * 20, 20_000, null],
    ['a drip of one byte every 20 s', 2, 20_000, 'too slow (2 bytes in 20.0 s; at least 32 KiB/s is expected after the first 10.0 s)'],
    [
      'just under the rate',
      MIN_BYTES_PER_SECOND * 20 - 1,
      20_000,
      `too slow (${MIN_BYTES_PER_SECOND * 20 - 1} bytes in 20.0 s; at least 32 KiB/s is expected after the first 10.0 s)`
    ]
  ])('%s', (_name, bytes, elapsedMs, expected) => {
    expect(tooSlow(bytes, elapsedMs)).toBe(expected);
  });

  it('ends a body that drips one byte every 20 s at the second byte, naming the URL, instead of after 15 minutes', async () => {
    const clock = new ManualClock();
    const deadline = new CallDeadline(15 * 60_000, undefined, { clock });
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          // Each byte comes 20 s after the one before: never a 30 s pause, so the idle timeout never trips.
          if (pulls++ > 0) await clock.advance(20_000);
          controller.enqueue(new Uint8Array([0x20]));
        }
      },
      { highWaterMark: 0 }
    );
    const started = clock.now();
    await expect(
      readBounded(new Response(body), 1024 * 1024, 'https://registry.example/sketchlog-1.2.3.tgz', { abort: new AbortController(), deadline }, 30_000)
    ).rejects.toThrow('https://registry.example/sketchlog-1.2.3.tgz: too slow (2 bytes in 20.0 s; at least 32 KiB/s is expected after the first 10.0 s)');
    expect(clock.now() - started).toBe(20_000);
    deadline.end();
  });

  it('is not retried: a registry that drips would drip again', async () => {
    const clock = new ManualClock();
    const server = await start((res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('x');
    });
    const client = new HttpClient({ retries: 3, retryBaseMs: 1, timeoutMs: 30_000, userAgent: 't', clock, sleep: async () => {} });
    const stream = await client.stream({ url: `${server.url}/t.tgz` });
    const reading = (async () => {
      for await (const chunk of stream.body) void chunk;
    })();
    const outcome = reading.then(
      () => 'read',
      (error: Error) => error.message
    );
    // The first byte has arrived; 25 s later (no idle timeout yet) the second.
    await settle();
    await clock.advance(25_000);
    server.held[0]!.write('y');
    expect(await outcome).toBe(`${server.url}/t.tgz: too slow (2 bytes in 25.0 s; at least 32 KiB/s is expected after the first 10.0 s)`);
    expect(server.total).toBe(1);
  });
});

describe('deadlines on the injected clock', () => {
  it("a retry waits the server's Retry-After on the client's clock, then asks again", async () => {
    const clock = new ManualClock();
    const server = await start((res) => {
      if (server.total === 1) res.writeHead(503, { 'retry-after': '20', 'content-type': 'text/plain' }).end('busy');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const client = new HttpClient({ retries: 2, retryBaseMs: 1, timeoutMs: 30_000, deadlineMs: 120_000, userAgent: 't', clock });
    const answered = client.request({ url: `${server.url}/pypi/sketchlog/json` });
    await server.arrived(1);
    await settle();
    await clock.advance(19_999);
    // Not a millisecond early: the registry asked for 20 s.
    expect(server.total).toBe(1);
    await clock.advance(1);
    // Asked again once the manual clock reached 20 s, not 20 real seconds later (a plain setTimeout).
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still waiting on a real timer'), 10_000)));
    expect(await Promise.race([server.arrived(2).then(() => 'asked again'), late])).toBe('asked again');
    clearTimeout(timer);
    expect((await answered).status).toBe(200);
  });

  it('an answer whose headers never come ends at the header timeout', async () => {
    const clock = new ManualClock();
    const server = await start();
    const client = new HttpClient({ retries: 0, retryBaseMs: 1, timeoutMs: 30_000, userAgent: 't', clock });
    const outcome = client.request({ url: `${server.url}/slow` }).then(
      () => 'answered',
      (error: Error) => error.message
    );
    await server.arrived(1);
    await clock.advance(29_999);
    expect(server.open).toBe(1);
    await clock.advance(1);
    expect(await outcome).toBe(`${server.url}/slow: no answer within 30.0 s (after 1 attempt)`);
  });

  it('a download ends by what is left of the wait plus the run grace, not its 15-minute cap', async () => {
    const clock = new ManualClock();
    const server = await start((res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('x');
    });
    const wait = waitBudget(0, { now: () => clock.now() });
    // An idle timeout longer than the grace, so only the run's bound can end the download.
    const client = new HttpClient({ retries: 0, retryBaseMs: 1, timeoutMs: 10 * 60_000, userAgent: 't', clock, wait });
    const stream = await client.stream({ url: `${server.url}/module.zip` });
    const outcome = (async () => {
      for await (const chunk of stream.body) void chunk;
    })().then(
      () => 'read',
      (error: Error) => error.message
    );
    await settle();
    await clock.advance(RUN_GRACE_MS - 1);
    expect(server.open).toBe(1);
    await clock.advance(1);
    expect(await outcome).toBe(`${server.url}/module.zip: the answer broke off: did not finish within wait-minutes 0 (+2.0 min grace)`);
  });
});

describe('a fan-out the registry chooses', () => {
  let server: HoldingServer;
  beforeAll(async () => {
    server = await holdingServer();
  });
  afterAll(() => server.close());

  it('4096 requests reach the registry at most 8 at a time, and the check fails at wait-minutes plus the grace, naming what is pending', async () => {
    const clock = new ManualClock();
    const wait = waitBudget(0, { now: () => clock.now(), graceMs: 10 * 60_000 });
    const client = new HttpClient({ retries: 0, retryBaseMs: 1, timeoutMs: 10 * 60_000, userAgent: 't', clock, wait });
    const ctx = { wait, clock } as unknown as GateContext;
    const check = {
      id: 'image-resolves',
      run: async () => {
        // As an index of 4096 entries makes a check ask for each one.
        await Promise.all(Array.from({ length: 4096 }, (_, i) => client.request({ url: `${server.url}/v2/app/manifests/${i}`, accept: [404] })));
        return pass('every manifest fetched');
      }
    };
    const started = clock.now();
    let settledAt: number | null = null;
    const outcome = runCheckWithinDeadline(check, ctx).then((o) => {
      settledAt = clock.now();
      return o;
    });
    await server.arrived(MAX_PER_HOST);
    await settle();
    expect(server.total).toBe(MAX_PER_HOST);
    // Each answer takes 20 s: the registry answers what it holds every 20 s, for 5 rounds (100 s).
    for (let round = 0; round < 5; round++) {
      await clock.advance(20_000);
      for (const res of server.held.splice(0)) res.writeHead(404).end();
      await server.arrived(MAX_PER_HOST * (round + 2));
      await settle();
    }
    expect(settledAt).toBeNull();
    const answered = MAX_PER_HOST * 5;
    await clock.advance(RUN_GRACE_MS - 5 * 20_000 - 1);
    expect(settledAt).toBeNull();
    await clock.advance(1);
    const result = await outcome;
    expect(settledAt! - started).toBe(RUN_GRACE_MS);
    expect(result.status).toBe('fail');
    expect(result.summary).toBe(
      `image-resolves did not finish within wait-minutes 0 (+2.0 min grace): ${4096 - answered} requests still pending on ${server.host}; the registry answered too slowly or too much — check its status, or raise wait-minutes if it is only slow`
    );
    expect(server.maxOpen).toBe(MAX_PER_HOST);
    // What was in flight is aborted, and nothing queued is sent afterwards.
    await settle();
    expect(server.total).toBe(answered + MAX_PER_HOST);
    for (let i = 0; i < 10 && server.open > 0; i++) await settle();
    expect(server.open).toBe(0);
  });

  it('a check that finishes in time is not touched, and leaves no timer behind', async () => {
    const clock = new ManualClock();
    const wait = waitBudget(1, { now: () => clock.now() });
    const result = await runCheckWithinDeadline({ id: 'quick', run: async () => pass('done') }, { wait, clock } as unknown as GateContext);
    expect(result).toEqual(pass('done'));
    expect(clock.pending).toBe(0);
  });

  it('a check stuck on no request says so', async () => {
    const clock = new ManualClock();
    const wait = waitBudget(0.5, { now: () => clock.now() });
    const outcome = runCheckWithinDeadline({ id: 'stuck', run: () => new Promise(() => {}) }, { wait, clock } as unknown as GateContext);
    await clock.advance(30_000 + RUN_GRACE_MS);
    expect((await outcome).summary).toMatch(
      /^stuck did not finish within wait-minutes 0\.5 \(\+2\.0 min grace\): no request was pending \(the check was still working on what it had read\)/
    );
  });
});
