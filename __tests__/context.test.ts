/** The context a gate run's checks share: one wait, which both their polling and their clients' requests end by. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as os from 'node:os';
import { configSchema } from '../src/config.js';
import { createGateContext } from '../src/context.js';
import { startDripServer, type DripServer } from '../test-support/drip-server.js';
import { testSettings } from './helpers/context.js';

const config = configSchema.parse({
  tags: { release: 'v{version}' },
  versions: [{ file: 'package.json', key: 'version' }],
  changelog: 'CHANGELOG.md',
  main: { branch: 'main', workflow: 'ci.yml' }
});
const release = { tag: 'v1.2.3', version: '1.2.3', kind: 'release' as const, tagProblem: null };

// 600 bytes 100 ms apart: a minute in all, never idle for the client's 30 s timeout.
let drip: DripServer;
beforeAll(async () => {
  drip = await startDripServer({ intervalMs: 100, bytes: 600 });
});
afterAll(() => drip.close());

describe('createGateContext', () => {
  it('builds the wait once from wait-minutes: the checks poll until its deadline', () => {
    const before = Date.now();
    const ctx = createGateContext(testSettings(os.tmpdir(), { waitMinutes: 0.5 }), config, release, () => {});
    expect(ctx.wait.minutes).toBe(0.5);
    expect(ctx.wait.graceMs).toBe(30_000);
    expect(ctx.wait.deadline).toBeGreaterThanOrEqual(before + 30_000);
    expect(ctx.wait.deadline).toBeLessThanOrEqual(Date.now() + 30_000);
  });

  it('gives its clients the same wait: a registry that drips its answer ends by wait-minutes and the grace, and the error says so', async () => {
    // The clients' timers are real (the context's clock is the wait's and the checks'), so the bound is
    // given room rather than timed: 3 s of grace for a loaded machine to send the headers, while the drip
    // takes 20 times that. Without the wait the answer would end with the drip, and the error would differ.
    const ctx = createGateContext(testSettings(os.tmpdir(), { waitMinutes: 0.001, retries: 2 }), config, release, () => {}, { waitGraceMs: 3000 });
    const error = await ctx.clients
      .npm(drip.url)
      .packument('@sketchlog/client')
      .then(
        () => null,
        (e: unknown) => e
      );
    expect(error).toBeInstanceOf(Error);
    // The packument is read as it streams in: a body that breaks off is not retried, so no attempt count.
    expect((error as Error).message).toMatch(/: the answer broke off: did not finish within wait-minutes 0\.001 \(\+3\.0 s grace\)$/);
    expect(drip.requests()).toBe(1);
  });
});
