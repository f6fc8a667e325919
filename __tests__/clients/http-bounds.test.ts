/** Which limit ends one HTTP call: its own cap, or the run's wait plus its grace when that comes first. */
import { describe, expect, it } from '@jest/globals';
import { CallDeadline } from '../../src/clients/http-bounds.js';
import { waitBudget } from '../../src/util/poll.js';

const CAP = 120_000;
const at = (now: number) => () => now;

describe('CallDeadline', () => {
  it.each([
    ['no wait', CAP, "the request's 2.0 min cap", undefined],
    ['a wait longer than the cap', CAP, "the request's 2.0 min cap", waitBudget(10, { now: at(0) })],
    ['a wait that ends with the cap', CAP, "the request's 2.0 min cap", waitBudget(1.5, { now: at(0) })],
    ['a wait shorter than the cap', 60_000, 'wait-minutes 0.5 (+30.0 s grace)', waitBudget(0.5, { now: at(0) })],
    ['wait-minutes 0', 30_000, 'wait-minutes 0 (+30.0 s grace)', waitBudget(0, { now: at(0) })],
    ['a small grace', 750, 'wait-minutes 0.01 (+150 ms grace)', waitBudget(0.01, { now: at(0), graceMs: 150 })]
  ])('%s: ends after %s ms, by %s', (_name, ms, limit, wait) => {
    const deadline = new CallDeadline(CAP, wait);
    deadline.end();
    expect(deadline.ms).toBe(ms);
    expect(deadline.limit).toBe(limit);
    expect(deadline.cause).toBe(`did not finish within ${limit}`);
  });

  it('counts only what is left of the wait: a call late in the wait gets the rest plus the grace', () => {
    let now = 0;
    const wait = waitBudget(1, { now: () => now });
    now = 50_000;
    const late = new CallDeadline(CAP, wait);
    now = 90_000; // past the wait
    const after = new CallDeadline(CAP, wait);
    late.end();
    after.end();
    expect(late.ms).toBe(40_000);
    expect(after.ms).toBe(30_000);
  });
});
