/** One call shared while it runs, and only while it runs. */
import { describe, expect, it } from '@jest/globals';
import { InFlight } from '../../src/util/in-flight.js';

describe('InFlight', () => {
  it('gives a second caller of the same key the running call, and starts a new one once it settled', async () => {
    const inFlight = new InFlight();
    let started = 0;
    let finish: (value: number) => void = () => {};
    const work = () => {
      started++;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const a = inFlight.run('k', work);
    const b = inFlight.run('k', work);
    expect(started).toBe(1);
    finish(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    const c = inFlight.run('k', work);
    expect(started).toBe(2);
    finish(8);
    expect(await c).toBe(8);
  });

  it('keeps keys apart, and a failure reaches every caller and is not remembered', async () => {
    const inFlight = new InFlight();
    let calls = 0;
    const failing = () => (calls++, Promise.reject(new Error('refused')));
    const results = await Promise.allSettled([inFlight.run('x', failing), inFlight.run('x', failing), inFlight.run('y', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(calls).toBe(2);
    await expect(inFlight.run('x', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
