/** The wait a gate run has (one budget for polling and requests) and the words for running out of it. */
import { describe, expect, it } from '@jest/globals';
import { poll, WAIT_GRACE_MS, waitAdvice, waitBudget, waitLimit, POLL_JITTER } from '../../src/util/poll.js';

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
    const result = await poll({ wait, sleep: (ms) => (slept.push(ms), (now += ms), Promise.resolve()), log: () => {} }, 'thing', () =>
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
      () => Promise.resolve(now >= lagMs ? { done: true, value: now } : { done: false, seen: 'not yet', value: now })
    );
    return { slept, result };
  }

  it('only ever shortens an interval, by at most POLL_JITTER, so parallel jobs do not ask in step', async () => {
    const exact = (await intervals(undefined)).slept;
    const shortest = (await intervals(() => 0.999999)).slept;
    expect(exact.slice(0, 3)).toEqual([1000, 1000, 1000]);
    // In the first seconds every interval is the 1 s floor, less the jitter.
    for (const ms of shortest.slice(0, 5)) expect(ms).toBeCloseTo(1000 * (1 - POLL_JITTER), 0);
    expect(shortest[0]).toBeCloseTo(1000 * (1 - POLL_JITTER), 0);
    expect((await intervals(() => 0)).slept).toEqual(exact);
  });

  it.each([5_000, 60_000, 600_000])(
    'still answers within max(1 s, 10 %% of the lag) with jitter (lag %i ms), in at most 60 looks over 10 minutes',
    async (lag) => {
      const { result } = await intervals(() => 0.5, lag);
      expect(result.done).toBe(true);
      expect(result.value - lag).toBeLessThanOrEqual(Math.max(1000, lag * 0.1));
      expect(result.polls).toBeLessThanOrEqual(60);
    }
  );
});
