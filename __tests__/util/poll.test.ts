/** The wait a gate run has (one budget for polling and requests) and the words for running out of it. */
import { describe, expect, it } from '@jest/globals';
import { MIN_POLL_MS, poll, pollHost, pollInterval, PollRounds, WAIT_GRACE_MS, waitAdvice, waitBudget, waitLimit, POLL_JITTER } from '../../src/util/poll.js';

describe('waitBudget', () => {
  it('ends wait-minutes after it is built, on its clock, with the default grace', () => {
    const wait = waitBudget(0.5, { now: () => 1_000_000 });
    expect(wait).toMatchObject({ minutes: 0.5, deadline: 1_030_000, graceMs: WAIT_GRACE_MS });
    expect(wait.now()).toBe(1_000_000);
    expect(WAIT_GRACE_MS).toBe(30_000);
  });

  it('takes a grace of its own', () => {
    expect(waitBudget(0, { now: () => 5, graceMs: 100 })).toMatchObject({ deadline: 5, graceMs: 100 });
  });

  it('is the deadline poll asks until', async () => {
    let now = 0;
    const slept: number[] = [];
    const wait = waitBudget(0.05, { now: () => now }); // 3 s
    const result = await poll({ wait, sleep: (ms) => (slept.push(ms), (now += ms), Promise.resolve()), log: () => {} }, 'thing', 'registry.test', () =>
      Promise.resolve({ done: false, seen: 'not yet', value: null })
    );
    expect(result).toMatchObject({ done: false, waitedMs: 3000 });
    expect(now).toBe(wait.deadline);
    expect(slept.reduce((a, b) => a + b, 0)).toBe(3000);
  });
});

describe('waitLimit', () => {
  it.each([
    [0.5, 30_000, 'wait-minutes 0.5 (+30.0 s grace)'],
    [0, 30_000, 'wait-minutes 0 (+30.0 s grace)'],
    [10, 150, 'wait-minutes 10 (+150 ms grace)']
  ])('wait-minutes %s with %s ms of grace reads "%s"', (minutes, graceMs, shown) => {
    expect(waitLimit({ minutes, graceMs })).toBe(shown);
  });
});

describe('waitAdvice', () => {
  it.each([
    [
      1,
      60_000,
      'publish it',
      'the registry to catch up',
      ' after waiting 60.0 s (wait-minutes 1); publish it, or raise wait-minutes for the registry to catch up'
    ],
    [
      10,
      600_000,
      're-run this job when it finishes',
      'the run to finish',
      ' after waiting 10.0 min (wait-minutes 10); re-run this job when it finishes, or raise wait-minutes for the run to finish'
    ],
    [
      0.01,
      600,
      'push it',
      'the registry to catch up',
      ' after waiting 600 ms (wait-minutes 0.01); push it, or raise wait-minutes for the registry to catch up'
    ],
    [0, 0, 'publish it', 'the registry to catch up', '; publish it, or set wait-minutes to wait for the registry to catch up'],
    [0, 0, 're-run this job when it finishes', 'the run to finish', '; re-run this job when it finishes, or set wait-minutes to wait for the run to finish'],
    [1, 60_000, '', 'the database to record it', ' after waiting 60.0 s (wait-minutes 1); raise wait-minutes for the database to record it'],
    [0, 0, '', 'the database to record it', '; set wait-minutes to wait for the database to record it']
  ])('wait-minutes %s, waited %s ms: fix "%s", awaited "%s"', (minutes, waitedMs, fix, awaited, advice) => {
    expect(waitAdvice({ minutes }, { waitedMs }, fix, awaited)).toBe(advice);
  });
});

describe('poll jitter', () => {
  /** The intervals a 10-minute wait sleeps with `random`, until the thing appears after `lagMs`. */
  async function intervals(random: (() => number) | undefined, lagMs = 600_000) {
    let now = 0;
    const slept: number[] = [];
    const wait = waitBudget(10, { now: () => now });
    const result = await poll(
      { wait, sleep: (ms) => (slept.push(ms), (now += ms), Promise.resolve()), log: () => {}, ...(random ? { random } : {}) },
      'thing',
      'registry.test',
      () => Promise.resolve(now >= lagMs ? { done: true, value: now } : { done: false, seen: 'not yet', value: now })
    );
    return { slept, result };
  }

  it('only ever shortens an interval, by at most POLL_JITTER and never below the 1 s floor, so parallel jobs do not ask in step', async () => {
    const exact = (await intervals(undefined)).slept;
    const shortest = (await intervals(() => 0.999999)).slept;
    expect(exact.slice(0, 3)).toEqual([1000, 1000, 1000]);
    // In the first seconds every interval is the floor: a host is asked at most once a second.
    expect(shortest.slice(0, 5)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(Math.min(...shortest.slice(0, -1))).toBeGreaterThanOrEqual(MIN_POLL_MS);
    // Above the floor the jitter takes up to a tenth off: the 30th interval is about 10 % longer than the floor.
    expect(exact[30]!).toBeGreaterThan(MIN_POLL_MS / (1 - POLL_JITTER));
    expect(shortest[30]!).toBeLessThan(exact[30]!);
    let elapsed = 0;
    for (const ms of shortest.slice(0, -1)) {
      // Each jittered interval is the helper's interval for the time waited so far, less at most a tenth.
      // (to the whole millisecond the rounds fall on)
      expect(ms).toBeLessThanOrEqual(pollInterval(elapsed) + 0.5);
      expect(ms).toBeGreaterThanOrEqual(Math.max(MIN_POLL_MS, pollInterval(elapsed) * (1 - POLL_JITTER)) - 0.5);
      elapsed += ms;
    }
    expect((await intervals(() => 0)).slept).toEqual(exact);
  });

  it.each([5_000, 60_000, 600_000])(
    'still answers within max(1 s, 10 %% of the lag) with jitter (lag %i ms), in at most 60 looks over 10 minutes',
    async (lag) => {
      const { result } = await intervals(() => 0.5, lag);
      expect(result.done).toBe(true);
      expect((result.value as number) - lag).toBeLessThanOrEqual(Math.max(1000, lag * 0.1));
      expect(result.polls).toBeLessThanOrEqual(60);
    }
  );
});

describe('poll rounds per host', () => {
  /** A fake time line: sleeps advance it at once; each poll's looks are recorded with their time. */
  function timeline() {
    let now = 0;
    const wait = waitBudget(10, { now: () => now });
    const rounds = new PollRounds();
    const timers: Array<{ at: number; wake: () => void }> = [];
    const clock = {
      wait,
      rounds,
      log: () => {},
      // Sleepers wake in time order, whichever poll asked first: the two polls run interleaved, as in a gate.
      sleep: (ms: number) => new Promise<void>((wake) => timers.push({ at: now + ms, wake }))
    };
    async function run(polls: Array<Promise<unknown>>): Promise<void> {
      let settled = false;
      void Promise.all(polls).then(() => (settled = true));
      while (!settled) {
        await new Promise<void>((r) => setImmediate(r));
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) continue;
        now = next.at;
        next.wake();
      }
    }
    return { clock, now: () => now, run };
  }

  function waiter(t: ReturnType<typeof timeline>, host: string, readyAt: number, looks: number[], startAt = 0) {
    return (async () => {
      if (startAt > 0) await t.clock.sleep(startAt);
      return poll(t.clock, `thing on ${host}`, host, () => {
        looks.push(t.now());
        return Promise.resolve(t.now() >= readyAt ? { done: true, value: t.now() } : { done: false, seen: 'not yet', value: t.now() });
      });
    })();
  }

  it('checks waiting on one host look in the same rounds: a second check joining later asks when the first does', async () => {
    const t = timeline();
    const first: number[] = [];
    const second: number[] = [];
    await t.run([waiter(t, 'registry.test', 120_000, first), waiter(t, 'registry.test', 120_000, second, 3_500)]);
    // The second check's first look is its own (it starts at 3.5 s); every look after it is one of the first check's rounds.
    expect(second[0]).toBe(3_500);
    for (const at of second.slice(1)) expect(first).toContain(at);
    const distinct = new Set([...first, ...second]);
    expect(distinct.size).toBe(first.length + 1);
    // Both see the version in the round that first finds it.
    expect(first.at(-1)).toBe(second.at(-1));
  });

  it("keeps a schedule per host: a check on another registry is not held to the first one's rounds", async () => {
    const t = timeline();
    const a: number[] = [];
    const b: number[] = [];
    await t.run([waiter(t, 'registry-a.test', 30_000, a), waiter(t, 'registry-b.test', 30_000, b, 500)]);
    expect(b[1]! - b[0]!).toBe(1_000);
    expect(b.slice(1).some((at) => a.includes(at))).toBe(false);
  });

  it.each([5_000, 60_000, 600_000])(
    'over a 10-minute wait, a host sees at most 60 rounds, at least 1 s apart, and the verdict within max(1 s, 10 %% of a %i ms lag)',
    async (lag) => {
      const t = timeline();
      const looks: number[][] = [[], [], []];
      await t.run(looks.map((l) => waiter(t, 'registry.test', lag, l)));
      const rounds = [...new Set(looks.flat())].sort((x, y) => x - y);
      expect(rounds.length).toBeLessThanOrEqual(60);
      for (let i = 1; i < rounds.length; i++) expect(rounds[i]! - rounds[i - 1]!).toBeGreaterThanOrEqual(MIN_POLL_MS);
      expect(rounds.at(-1)! - lag).toBeLessThanOrEqual(Math.max(1000, lag * 0.1));
      expect(rounds.at(-1)).toBeGreaterThanOrEqual(lag);
    }
  );
});

describe('pollHost', () => {
  it.each([
    ['https://registry.npmjs.org', 'registry.npmjs.org'],
    ['http://127.0.0.1:4873/', '127.0.0.1:4873'],
    ['https://pypi.org/simple', 'pypi.org'],
    ['ghcr.io', 'ghcr.io']
  ])('%s is kept under %s', (url, host) => {
    expect(pollHost(url)).toBe(host);
  });
});
