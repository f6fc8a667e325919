/** The context a gate run's checks share: one wait, which both their polling and their clients' requests end by. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
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

// 200 bytes 10 ms apart: 2 s in all, never idle for the client's 30 s timeout.
let drip: DripServer;
beforeAll(async () => {
  drip = await startDripServer({ intervalMs: 10, bytes: 200 });
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
    const ctx = createGateContext(testSettings(os.tmpdir(), { waitMinutes: 0.001, retries: 2 }), config, release, () => {}, { waitGraceMs: 100 });
    const started = performance.now();
    const error = await ctx.clients
      .npm(drip.url)
      .packument('@sketchlog/client')
      .then(
        () => null,
        (e: unknown) => e
      );
    expect(performance.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(Error);
    // The packument is read as it streams in: a body that breaks off is not retried, so no attempt count.
    expect((error as Error).message).toMatch(/: the answer broke off: did not finish within wait-minutes 0\.001 \(\+100 ms grace\)$/);
    expect(drip.requests()).toBe(1);
  });
});
