import { describe, expect, it } from '@jest/globals';
import { memo, runGate } from '../src/engine.js';
import { redactor } from '../src/util/redact.js';
import { CheckFailed, fail, pass, skip, type Check, type GateContext, type GateDefinition } from '../src/gate.js';

const ctx = {} as GateContext;
const gate = (checks: Check[]): GateDefinition => ({ id: 'preflight', title: 'test', checks });
const check = (id: string, run: Check['run']): Check => ({ id, run });

describe('runGate', () => {
  it('passes when every check passes or skips, and keeps check order', async () => {
    const run = await runGate(gate([check('a', async () => pass('ok')), check('b', async () => skip('off'))]), ctx, []);
    expect(run.result).toBe('pass');
    expect(run.failureLine).toBeNull();
    expect(run.checks.map((c) => [c.id, c.status])).toEqual([
      ['a', 'pass'],
      ['b', 'skip']
    ]);
  });

  it('fails naming every failed check id in one line', async () => {
    const run = await runGate(gate([check('a', async () => fail('bad')), check('b', async () => pass('ok')), check('c', async () => fail('worse'))]), ctx, []);
    expect(run.result).toBe('fail');
    expect(run.failureLine).toBe('release-gates preflight: 2 checks failed: a, c');
  });

  it('fails closed when a check throws, with the cause and no stack', async () => {
    const run = await runGate(
      gate([
        check('boom', async () => {
          throw new Error('socket hang up');
        })
      ]),
      ctx,
      []
    );
    expect(run.result).toBe('fail');
    expect(run.checks[0]).toMatchObject({ status: 'fail', summary: 'boom could not finish: socket hang up' });
    expect(run.checks[0]!.summary).not.toMatch(/at .*\.ts/);
  });

  it('fails closed when a check returns no verdict', async () => {
    const run = await runGate(gate([check('odd', async () => ({ status: 'maybe' }) as never)]), ctx, []);
    expect(run.checks[0]!.status).toBe('fail');
  });

  it('never passes with zero checks run', async () => {
    expect((await runGate(gate([]), ctx, [])).result).toBe('fail');
    const allSkipped = await runGate(gate([check('a', async () => skip('off'))]), ctx, []);
    expect(allSkipped.result).toBe('fail');
    expect(allSkipped.failureLine).toMatch(/no check ran/);
  });

  it('runs checks concurrently', async () => {
    const order: string[] = [];
    let release!: () => void;
    const gateOpen = new Promise<void>((r) => (release = r));
    const run = runGate(
      gate([
        check('waits', async () => {
          order.push('waits:start');
          await gateOpen;
          order.push('waits:end');
          return pass('ok');
        }),
        check('opens', async () => {
          order.push('opens');
          release();
          return pass('ok');
        })
      ]),
      ctx,
      []
    );
    await run;
    expect(order).toEqual(['waits:start', 'opens', 'waits:end']);
  });

  it('redacts secrets from every string a check returns', async () => {
    const secret = 'npm_SECRETTOKEN123';
    const run = await runGate(
      gate([
        check('leaky', async () =>
          fail(`token ${secret} rejected`, {
            details: [`sent ${secret}`],
            links: [`https://x.test/?t=${secret}`],
            table: { columns: [secret], rows: [[secret]] },
            outputs: { out: secret }
          })
        )
      ]),
      ctx,
      [secret, '']
    );
    expect(JSON.stringify(run)).not.toContain(secret);
    expect(run.checks[0]!.summary).toBe('token *** rejected');
  });
});

describe('memo and redactor', () => {
  it('shares one piece of work between concurrent callers', async () => {
    const once = memo();
    let calls = 0;
    const work = async () => ++calls;
    const [a, b] = await Promise.all([once('k', work), once('k', work)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await once('other', work)).toBe(2);
  });

  it('replaces longer secrets first and ignores trivially short ones', () => {
    const redact = redactor(['abcd', 'abcdefgh', 'x']);
    expect(redact('abcdefgh abcd x')).toBe('*** *** x');
  });
});

describe('CheckFailed', () => {
  it('reports a failure a helper states in one line as the summary, without "could not finish"', async () => {
    const run = await runGate(
      gate([
        check('dist', async () => {
          throw new CheckFailed('dist folder dist does not exist; download the artifacts');
        })
      ]),
      ctx,
      []
    );
    expect(run.checks[0]).toMatchObject({ status: 'fail', summary: 'dist folder dist does not exist; download the artifacts' });
  });
});
