import { describe, expect, it, test } from '@jest/globals';
import { memo, runDeclaredCheck, runGate } from '../src/engine.js';
import { redactor } from '../src/util/redact.js';
import { waitBudget } from '../src/util/poll.js';
import type { Clients } from '../src/clients/index.js';
import { CheckFailed, defineCheck, fail, pass, skip, type Check, type GateContext, type GateDefinition } from '../src/gate.js';
import { testContext } from './helpers/context.js';

// A context with a wait (the engine bounds every check by it) and nothing else these checks use.
const ctx = { wait: waitBudget(1) } as GateContext;
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

  it('redacts a thrown error, summary, details and table once and leaves workflow commands to the output boundary', async () => {
    const secret = 'ghs_ENGINE_ONCE_0123456789';
    const command = '::set-output name=result::pass';
    const run = await runGate(
      gate([
        check('throws', async () => {
          throw new Error(`refused ${secret} ${command}`);
        }),
        check('returns', async () =>
          fail(`summary ${secret} ${command}`, {
            details: [`detail ${secret}`],
            table: { title: `${command}`, columns: ['c'], rows: [[`${secret}${secret}`]] }
          })
        )
      ]),
      ctx,
      [secret]
    );
    expect(run.checks.map((c) => c.summary)).toEqual([`throws could not finish: refused *** ${command}`, `summary *** ${command}`]);
    expect(run.checks[1]!.details).toEqual(['detail ***']);
    expect(run.checks[1]!.table).toEqual({ title: command, columns: ['c'], rows: [['******']] });
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

describe('what a check declares, the engine applies', () => {
  const TAGS = { release: 'v{version}', rehearsal: 'test-v{version}' };
  const BOTH = { changelog: 'CHANGELOG.md', goproxy: 'https://proxy.golang.org' };
  const declaredContext = (config: Record<string, unknown>, tag: string): GateContext =>
    testContext({ gate: 'preflight', config: { tags: TAGS, ...config }, tag, clients: {} as Clients });

  /** A check that declares both sections and release tags only, and passes with the values it was given. */
  const probe = defineCheck({
    id: 'probe',
    sections: ['changelog', 'goproxy'],
    releaseOnly: 'the probe',
    run: async (_ctx, { changelog, goproxy }) => pass(`ran with ${changelog} and ${goproxy}`)
  });

  test.each([
    {
      when: 'every declared section is there, on a release tag',
      config: BOTH,
      tag: 'v1.2.3',
      outcome: pass('ran with CHANGELOG.md and https://proxy.golang.org')
    },
    {
      when: 'a declared section is missing',
      config: { goproxy: BOTH.goproxy },
      tag: 'v1.2.3',
      outcome: fail('config has no "changelog" section, which probe needs; add it, or set "changelog: false" to turn this check off')
    },
    {
      when: 'the second declared section is missing',
      config: { changelog: BOTH.changelog },
      tag: 'v1.2.3',
      outcome: fail('config has no "goproxy" section, which probe needs; add it, or set "goproxy: false" to turn this check off')
    },
    {
      when: 'a declared section is false',
      config: { ...BOTH, goproxy: false },
      tag: 'v1.2.3',
      outcome: skip('turned off in config ("goproxy: false")')
    },
    {
      when: 'the first section is false and the second missing (in declared order)',
      config: { changelog: false },
      tag: 'v1.2.3',
      outcome: skip('turned off in config ("changelog: false")')
    },
    {
      when: 'a release-only check meets a rehearsal tag',
      config: BOTH,
      tag: 'test-v1.2.3',
      outcome: skip('rehearsal tag: the probe applies to release tags only')
    },
    {
      when: 'a release-only check meets a tag that did not parse',
      config: BOTH,
      tag: 'nightly',
      outcome: skip('no version to check: the tag did not parse (see tag-format)')
    },
    {
      when: 'a section is missing on a rehearsal tag (config first, so the real release cannot fail on it)',
      config: { goproxy: BOTH.goproxy },
      tag: 'test-v1.2.3',
      outcome: fail('config has no "changelog" section, which probe needs; add it, or set "changelog: false" to turn this check off')
    }
  ])('$when', async ({ config, tag, outcome }) => {
    expect(await runDeclaredCheck(probe, declaredContext(config, tag))).toEqual(outcome);
  });

  test('a check that declares nothing runs on any tag and config, and is given no section', async () => {
    const given: unknown[] = [];
    const plain = defineCheck({
      id: 'plain',
      run: async (_ctx, sections) => {
        given.push(sections);
        return pass('ran');
      }
    });
    expect(await runDeclaredCheck(plain, declaredContext({ changelog: false }, 'test-v1.2.3'))).toEqual(pass('ran'));
    expect(await runDeclaredCheck(plain, declaredContext({}, 'nightly'))).toEqual(pass('ran'));
    expect(given).toEqual([{}, {}]);
  });

  test('the engine reports a declared section missing under the check id, and a gate of turned-off checks fails', async () => {
    const missing = await runGate(gate([probe]), declaredContext({ goproxy: BOTH.goproxy }, 'v1.2.3'), []);
    expect(missing.checks.map((c) => [c.id, c.status])).toEqual([['probe', 'fail']]);
    expect(missing.failureLine).toBe('release-gates preflight: 1 check failed: probe');
    const off = await runGate(gate([probe]), declaredContext({ changelog: false, goproxy: false }, 'v1.2.3'), []);
    expect(off.checks[0]).toMatchObject({ status: 'skip', summary: 'turned off in config ("changelog: false")' });
    expect(off.failureLine).toBe('release-gates preflight: no check ran (every check was skipped); a gate cannot pass on nothing');
  });

  test('run is typed by the declared sections', () => {
    defineCheck({
      id: 'typed',
      sections: ['goproxy'],
      // @ts-expect-error: "changelog" is not declared, so run is not given it
      run: async (_ctx, { changelog }) => pass(String(changelog))
    });
    defineCheck({
      id: 'typed-value',
      sections: ['goproxy'],
      // @ts-expect-error: goproxy is a URL string, never false or undefined once the engine gives it
      run: async (_ctx, { goproxy }) => pass(goproxy === false ? 'off' : goproxy)
    });
  });
});
