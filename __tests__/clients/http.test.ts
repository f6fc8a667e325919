/** The registry HTTP client against a real loopback server: retries, bounds (their time on a clock the test moves), and credential host binding. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient, HttpError } from '../../src/clients/http.js';
import { waitBudget } from '../../src/util/poll.js';
import { startDripServer, type DripServer } from '../../test-support/drip-server.js';
import { ManualClock, settle } from '../../test-support/manual-clock.js';

interface Seen {
  path: string;
  auth: string | undefined;
  host: string;
}
const seen: Seen[] = [];
let failuresLeft = 0;
/** Answers to /held requests, still open. */
const held: http.ServerResponse[] = [];
let cutsLeft = 0;
let a: http.Server;
let b: http.Server;
let urlA = '';
let urlB = '';

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  const handler = (name: string) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    seen.push({ path: `${name}${req.url}`, auth: req.headers.authorization, host: name });
    if (req.url === '/flaky') {
      if (failuresLeft-- > 0) return res.writeHead(503, { 'retry-after': '0' }).end('busy');
      return res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    }
    if (req.url === '/to-other-host') return res.writeHead(302, { location: `${urlB}/landing` }).end();
    if (req.url === '/downgrade') return res.writeHead(302, { location: 'http://registry.example.com/x' }).end();
    if (req.url === '/held') {
      // Headers and a first chunk at once; the rest is the test's to write, as the clock it moves says.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('chunk0\n');
      held.push(res);
      return;
    }
    if (req.url === '/cut') {
      if (cutsLeft-- > 0) {
        res.writeHead(200, { 'content-length': '100' });
        res.write('only part of it');
        return void res.socket?.destroy();
      }
      return res.writeHead(200).end('whole body');
    }
    if (req.url === '/to-same-host') return res.writeHead(302, { location: '/landing' }).end();
    // Echoes the credential after a long prefix, where shortening would cut it in half.
    if (req.url === '/echo') return res.writeHead(400).end(`${'p'.repeat(110)} ${req.headers.authorization ?? ''} was refused`);
    if (req.url === '/big') return res.writeHead(200).end(Buffer.alloc(2048, 120));
    if (req.url === '/notjson') return res.writeHead(200).end('<!DOCTYPE html><html>oops</html>');
    if (req.url === '/missing') return res.writeHead(404).end('{"error":"not found"}');
    if (req.url === '/forbidden') return res.writeHead(403).end('{"error":"forbidden"}');
    return res.writeHead(200).end('landed');
  };
  a = http.createServer(handler('A'));
  b = http.createServer(handler('B'));
  urlA = await listen(a);
  urlB = (await listen(b)).replace('127.0.0.1', 'localhost');
});

afterAll(async () => {
  for (const res of held.splice(0)) res.destroy();
  a.closeAllConnections();
  b.closeAllConnections();
  await Promise.all([new Promise((r) => a.close(r)), new Promise((r) => b.close(r))]);
});

/** Waits (without time passing on any clock) until `n` /held requests have arrived and their first chunk has been read. */
async function heldArrived(n: number): Promise<void> {
  for (let turns = 0; held.length < n; turns++) {
    if (turns > 1000) throw new Error(`only ${held.length} of ${n} /held requests arrived`);
    await settle();
  }
  await settle();
}

/** Writes `count` more chunks to a /held answer, 60 ms apart on `clock`: never idle for a 200 ms timeout. */
async function trickle(res: http.ServerResponse, clock: ManualClock, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await clock.advance(60);
    res.write(`chunk${n}\n`);
    await settle();
  }
}

/** The outcome of `call` once it settles, read without awaiting it: null while it is still under way. */
function watch(call: Promise<unknown>): { readonly outcome: string | null } {
  const watched = { outcome: null as string | null };
  call.then(
    () => (watched.outcome = 'answered'),
    (error: Error) => (watched.outcome = error.message)
  );
  return watched;
}

const client = (retries = 2) => new HttpClient({ retries, retryBaseMs: 1, timeoutMs: 5000, userAgent: 'test' });
const credential = { header: 'authorization', value: 'Bearer npm_SECRET' };

describe('HttpClient', () => {
  it('retries a transient 503 and then answers', async () => {
    failuresLeft = 2;
    const res = await client().request({ url: `${urlA}/flaky` });
    expect(HttpClient.json(res)).toEqual({ ok: true });
  });

  it('fails closed with the status and the attempt count once retries are spent', async () => {
    failuresLeft = 10;
    await expect(client(1).request({ url: `${urlA}/flaky` })).rejects.toThrow(/\/flaky answered 503 \(busy\) \(after 2 attempts\)/);
  });

  it('does not retry a 403, and returns accepted statuses as they are', async () => {
    const before = seen.length;
    await expect(client().request({ url: `${urlA}/forbidden` })).rejects.toThrow(/answered 403/);
    expect(seen.length - before).toBe(1);
    expect((await client().request({ url: `${urlA}/missing`, accept: [404] })).status).toBe(404);
  });

  it('does not believe another host with a credentialed question: the redirect fails the call, naming it', async () => {
    seen.length = 0;
    const error = await client()
      .request({ url: `${urlA}/to-other-host`, credential })
      .catch((e: unknown) => e as HttpError);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).toBe(
      `${urlA}/to-other-host redirected to ${urlB}/landing, another host; the credential is not sent there, so that host's answer does not count — point the setting at the registry itself`
    );
    // Not retried (a redirect is an answer, not a fault), and the other host was never asked.
    expect(seen.map((s) => [s.host, s.auth])).toEqual([['A', 'Bearer npm_SECRET']]);
  });

  it('follows a download to another host without the credential when the request allows it', async () => {
    seen.length = 0;
    const res = await client().request({ url: `${urlA}/to-other-host`, credential, crossHost: 'allow' });
    expect(res.body.toString()).toBe('landed');
    expect(res.crossedHost).toBe(true);
    expect(seen.map((s) => [s.host, s.auth])).toEqual([
      ['A', 'Bearer npm_SECRET'],
      ['B', undefined]
    ]);
  });

  it('follows an anonymous request to another host', async () => {
    const res = await client().request({ url: `${urlA}/to-other-host` });
    expect(res.body.toString()).toBe('landed');
  });

  it.each([
    ['a line break', 'Bearer npm_SEC\nRET', /contains a line break \(character 8\)/],
    ['a control character', 'Bearer npm_SEC\u0000RET', /contains a control character \(character 8\)/],
    ['a space inside the token', 'Bearer npm_SEC RET', /contains whitespace \(character 8\)/],
    ['nothing after the scheme', 'Bearer ', /is empty/]
  ])('refuses a credential with %s unsent, without echoing it', async (_what, value, cause) => {
    seen.length = 0;
    const error = (await client()
      .request({ url: `${urlA}/flaky`, credential: { header: 'authorization', value } })
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toMatch(cause);
    expect(error.message).toMatch(/so it was not sent; check the token for a stray space or line break$/);
    expect(error.message).not.toMatch(/SEC|RET/);
    expect(seen).toEqual([]);
  });

  it('never shows part of an echoed credential, even where the message is shortened', async () => {
    const error = (await client()
      .request({ url: `${urlA}/echo`, credential })
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/\/echo answered 400 \(p{110} \*\*\* was r/);
    expect(error.message).not.toMatch(/npm_|SECRET/);
  });

  it('refuses a body limit that is not a byte count instead of reading without one', async () => {
    await expect(client().request({ url: `${urlA}/big`, maxBytes: Number('abc') })).rejects.toThrow(/the body limit NaN is not a byte count; nothing was sent/);
    await expect(client().stream({ url: `${urlA}/big`, maxBytes: -1 })).rejects.toThrow(/the body limit -1 is not a byte count/);
  });

  it('keeps the credential on a same-host redirect', async () => {
    seen.length = 0;
    await client().request({ url: `${urlA}/to-same-host`, credential });
    expect(seen.map((s) => s.auth)).toEqual(['Bearer npm_SECRET', 'Bearer npm_SECRET']);
  });

  it('refuses a body larger than allowed, streaming or not', async () => {
    await expect(client().request({ url: `${urlA}/big`, maxBytes: 1024 })).rejects.toThrow(/larger than the 1024/);
    const stream = await client().stream({ url: `${urlA}/big`, maxBytes: 1000 });
    await expect(
      (async () => {
        for await (const _ of stream.body) void _;
      })()
    ).rejects.toThrow(HttpError);
  });

  it('refuses a redirect that downgrades to plain http off loopback', async () => {
    await expect(client().request({ url: `${urlA}/downgrade` })).rejects.toThrow(
      /\/downgrade redirected to http:\/\/registry\.example\.com\/x; only https \(or http on a loopback address\) is followed/
    );
  });

  it('lets a body that keeps flowing outlast the header timeout, and stops one that stalls', async () => {
    const clock = new ManualClock();
    const slow = new HttpClient({ retries: 0, retryBaseMs: 1, timeoutMs: 200, userAgent: 'test', clock });
    const flowing = slow.request({ url: `${urlA}/held` });
    await heldArrived(held.length + 1);
    // Six chunks over 300 ms: longer in all than the 200 ms timeout, never idle that long.
    await trickle(held.at(-1)!, clock, 5);
    held.at(-1)!.end();
    expect((await flowing).body.toString().split('\n').filter(Boolean)).toHaveLength(6);

    const stalled = watch(slow.request({ url: `${urlA}/held` }));
    await heldArrived(held.length + 1);
    await clock.advance(199);
    expect(stalled.outcome).toBeNull();
    await clock.advance(1);
    expect(stalled.outcome).toMatch(/\/held: the answer broke off: no data for 200 ms \(after 1 attempt\)$/);
  });

  it('ends a body that keeps flowing past the overall deadline, and does not retry it', async () => {
    // On a clock the test moves: a chunk every 60 ms, well within the 200 ms idle timeout, so only
    // the 250 ms deadline can end this, and it must end it at 250 ms exactly.
    const clock = new ManualClock();
    const bounded = new HttpClient({ retries: 3, retryBaseMs: 1, timeoutMs: 200, deadlineMs: 250, streamDeadlineMs: 250, userAgent: 'test', clock });
    const before = seen.length;
    const request = watch(bounded.request({ url: `${urlA}/held` }));
    await heldArrived(held.length + 1);
    await trickle(held.at(-1)!, clock, 4);
    expect(request.outcome).toBeNull();
    await clock.advance(10);
    expect(request.outcome).toMatch(/\/held: the answer broke off: did not finish within the request's 250 ms cap \(after 1 attempt\)$/);
    expect(seen.length - before).toBe(1);

    const stream = await bounded.stream({ url: `${urlA}/held` });
    await heldArrived(held.length);
    const reading = watch(
      (async () => {
        for await (const _ of stream.body) void _;
      })()
    );
    await trickle(held.at(-1)!, clock, 4);
    expect(reading.outcome).toBeNull();
    await clock.advance(10);
    expect(reading.outcome).toMatch(/did not finish within the request's 250 ms cap/);
  });

  it('lets one request ask for a longer deadline than the client default', async () => {
    const clock = new ManualClock();
    const bounded = new HttpClient({ retries: 0, retryBaseMs: 1, timeoutMs: 200, deadlineMs: 150, userAgent: 'test', clock });
    const request = bounded.request({ url: `${urlA}/held`, deadlineMs: 5000 });
    await heldArrived(held.length + 1);
    // 300 ms: past the client's 150 ms, within the request's 5 s.
    await trickle(held.at(-1)!, clock, 5);
    held.at(-1)!.end();
    expect((await request).body.toString().split('\n').filter(Boolean)).toHaveLength(6);
  });

  it('retries a body that breaks off midway', async () => {
    cutsLeft = 1;
    const res = await client().request({ url: `${urlA}/cut` });
    expect(res.body.toString()).toBe('whole body');
    expect(cutsLeft).toBe(-1);
  });

  it('names a body that is not JSON', async () => {
    const res = await client().request({ url: `${urlA}/notjson` });
    expect(() => HttpClient.json(res)).toThrow(/\/notjson answered 200 with a body that is not JSON/);
  });

  it('refuses JSON nested past the bound before parsing it, with the reason', () => {
    const body = Buffer.from('['.repeat(2_000_000) + ']'.repeat(2_000_000));
    const res = { status: 200, url: 'https://registry.example/deep', headers: new Headers(), body };
    expect(() => HttpClient.json(res)).toThrow('https://registry.example/deep answered 200 with JSON nested deeper than 128 levels, which no real document is');
  });

  it('names a connection failure without leaking the query string', async () => {
    // A port that was just free: nothing listens there.
    const probe = http.createServer();
    const closed = await listen(probe);
    await new Promise((r) => probe.close(r));
    const error = await client(0)
      .request({ url: `${closed}/x?token=abc` })
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe(`${closed}/x: connection refused (ECONNREFUSED) (after 1 attempt)`);
  });
});

describe('wait-minutes bounds a request', () => {
  // 200 bytes 10 ms apart: 2 s in all, never idle for the 1 s timeout.
  let drip: DripServer;
  beforeAll(async () => {
    drip = await startDripServer({ intervalMs: 10, bytes: 200 });
  });
  afterAll(() => drip.close());

  it('ends a dripping answer when the wait and its grace are over, not at its own cap, and names wait-minutes', async () => {
    const clock = new ManualClock();
    const wait = waitBudget(0.001, { graceMs: 100, now: () => clock.now() }); // 60 ms of wait, then 100 ms of grace
    const client = new HttpClient({ retries: 2, retryBaseMs: 1, timeoutMs: 1000, userAgent: 'test', wait, clock });
    const before = seen.length;
    const request = watch(client.request({ url: `${urlA}/held` }));
    await heldArrived(held.length + 1);
    // A chunk every 50 ms: never idle for the 1 s timeout.
    for (let n = 1; n <= 3; n++) {
      await clock.advance(50);
      held.at(-1)!.write(`chunk${n}\n`);
      await settle();
    }
    await clock.advance(9);
    expect(request.outcome).toBeNull();
    await clock.advance(1);
    expect(request.outcome).toMatch(/\/held: the answer broke off: did not finish within wait-minutes 0\.001 \(\+100 ms grace\) \(after 1 attempt\)$/);
    // No retry: the time left is the wait's, and it is gone.
    expect(seen.length - before).toBe(1);
  });

  it('gives a request after the wait ended the grace, and no more', async () => {
    const clock = new ManualClock();
    const wait = waitBudget(0.5, { graceMs: 100, now: () => clock.now() });
    await clock.advance(31_000); // past the 30 s wait
    const client = new HttpClient({ retries: 0, retryBaseMs: 1, timeoutMs: 1000, userAgent: 'test', wait, clock });
    const request = watch(client.request({ url: `${urlA}/held` }));
    await heldArrived(held.length + 1);
    await clock.advance(99);
    expect(request.outcome).toBeNull();
    await clock.advance(1);
    expect(request.outcome).toMatch(/did not finish within wait-minutes 0\.5 \(\+100 ms grace\) \(after 1 attempt\)$/);
  });

  it("names the request's own cap when that ends first", async () => {
    const client = new HttpClient({ retries: 0, retryBaseMs: 1, timeoutMs: 1000, deadlineMs: 120, userAgent: 'test', wait: waitBudget(10) });
    await expect(client.request({ url: `${drip.url}/capped` })).rejects.toThrow(/did not finish within the request's 120 ms cap \(after 1 attempt\)$/);
  });

  it('leaves a download to its own deadline: its length is its size, not a wait', async () => {
    const clock = new ManualClock();
    const wait = waitBudget(0, { graceMs: 50, now: () => clock.now() });
    const client = new HttpClient({ retries: 0, retryBaseMs: 1, timeoutMs: 1000, userAgent: 'test', wait, clock });
    const stream = await client.stream({ url: `${urlA}/held` });
    await heldArrived(held.length);
    const reading = (async () => {
      let text = '';
      for await (const chunk of stream.body) text += Buffer.from(chunk).toString();
      return text;
    })();
    // 300 ms: past the wait and its 50 ms grace.
    await trickle(held.at(-1)!, clock, 5);
    held.at(-1)!.end();
    expect((await reading).split('\n').filter(Boolean)).toHaveLength(6);
  });
});
