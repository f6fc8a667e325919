import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { RunFilter, WorkflowRun, WorkflowRunsPage } from '../../../src/clients/github/index.js';
import { mainCi } from '../../../src/checks/preflight/main-ci.js';
import { MAX_POLL_MS, pollInterval } from '../../../src/util/poll.js';
import { BASE_CONFIG, FakeClock, OTHER_SHA, SHA, fakeGitHub, makeContext, run } from '../../helpers/preflight-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

interface RunsServer {
  /** Runs the server holds; a test may change them between polls. */
  runs: WorkflowRun[];
  /** Like older GitHub Enterprise Server: head_sha is ignored. */
  ignoresHeadSha?: boolean;
  /** Called before each answer with the 1-based request number. */
  beforeAnswer?: (request: number) => void;
}

/** A runs endpoint that filters like GitHub and answers "not modified" for an unchanged answer's etag. */
function runsApi(server: RunsServer) {
  let requests = 0;
  let notModified = 0;
  const gh = fakeGitHub({
    listWorkflowRuns(_workflow: string, filter: RunFilter, etag?: string): Promise<WorkflowRunsPage> {
      requests++;
      server.beforeAnswer?.(requests);
      const runs = server.runs.filter(
        (r) =>
          (server.ignoresHeadSha || r.headSha === filter.headSha) &&
          (filter.event === undefined || r.event === filter.event) &&
          (filter.branch === undefined || r.headBranch === filter.branch)
      );
      const tag = `"${createHash('sha256')
        .update(JSON.stringify([filter, runs]))
        .digest('hex')
        .slice(0, 16)}"`;
      if (etag === tag) {
        notModified++;
        return Promise.resolve({ notModified: true });
      }
      return Promise.resolve({ notModified: false, etag: tag, runs, requests: 1 });
    }
  });
  return Object.assign(gh, { notModifiedCount: () => notModified });
}

const EXACT = { headSha: SHA, event: 'push', branch: 'main' };
const PR = 'pull_request';

describe('main-ci: which runs count', () => {
  it('passes on a successful push run on main for the exact commit, in one request', async () => {
    const success = run({ id: 42 });
    const gh = runsApi({ runs: [success] });
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: gh }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(`the ci.yml push run on main for ${SHA.slice(0, 12)} succeeded`);
    expect(outcome.links).toEqual([success.htmlUrl]);
    expect(gh.calls).toEqual([`listWorkflowRuns "ci.yml" ${JSON.stringify(EXACT)}`]);
  });

  it('passes a run that failed and then succeeded on a re-run, saying so', async () => {
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: runsApi({ runs: [run({ runAttempt: 2 })] }) }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toContain('succeeded on attempt 2 (re-run)');
  });

  it('one successful matching run is enough, whatever the order', async () => {
    for (const runs of [
      [run({ conclusion: 'failure', createdAt: '2026-11-20T09:00:00Z' }), run({ createdAt: '2026-11-20T10:00:00Z' })],
      [run({ createdAt: '2026-11-20T09:00:00Z' }), run({ conclusion: 'failure', createdAt: '2026-11-20T10:00:00Z' })]
    ]) {
      expect((await runDeclaredCheck(mainCi, makeContext({ github: runsApi({ runs }) }))).status).toBe('pass');
    }
  });

  it.each([['failure'], ['cancelled'], ['timed_out'], ['skipped'], ['neutral'], ['action_required']])(
    'fails a matching run that concluded %s, with the run link',
    async (conclusion) => {
      const failed = run({ conclusion });
      const gh = runsApi({ runs: [failed] });
      const outcome = await runDeclaredCheck(mainCi, makeContext({ github: gh }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        `the ci.yml push run on main for ${SHA.slice(0, 12)} concluded ${conclusion}; fix the failure and re-run it, then re-run this job`
      );
      expect(outcome.links).toContain(failed.htmlUrl);
    }
  );

  it('fails a re-run that failed again, with the attempt', async () => {
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: runsApi({ runs: [run({ conclusion: 'failure', runAttempt: 3 })] }) }));
    expect(outcome.summary).toContain('concluded failure on attempt 3 (re-run)');
  });

  it('no run at all: says so, and that other commits do not count', async () => {
    const gh = runsApi({ runs: [] });
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: gh }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(`no ci.yml push run on main for exactly ${SHA}`);
    expect(outcome.details).toEqual([expect.stringContaining('runs for other commits, such as its parent, do not')]);
    // The second request looks for near misses, only because the check already fails.
    expect(gh.calls).toEqual([`listWorkflowRuns "ci.yml" ${JSON.stringify(EXACT)}`, `listWorkflowRuns "ci.yml" ${JSON.stringify({ headSha: SHA })}`]);
  });

  it.each<[string, Partial<WorkflowRun>, string]>([
    ['a pull_request run', { event: PR, headBranch: 'feature' }, 'a pull_request run succeeded for this commit, but only push runs on main count'],
    [
      'a push run on another branch',
      { headBranch: 'release-prep' },
      'a push run on branch "release-prep" succeeded for this commit; success found only on another branch does not count, only main does'
    ],
    ['a workflow_dispatch run on main', { event: 'workflow_dispatch' }, 'a workflow_dispatch run succeeded for this commit, but only push runs on main count']
  ])('success only on %s does not count, and the summary says why', async (_name, fields, why) => {
    const nearMiss = run(fields);
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: runsApi({ runs: [nearMiss] }) }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(`no ci.yml push run on main for exactly ${SHA}; ${why}`);
    expect(outcome.links).toEqual([nearMiss.htmlUrl]);
  });

  it('a failed run on another branch is explained without claiming a success', async () => {
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: runsApi({ runs: [run({ headBranch: 'wip', conclusion: 'failure' })] }) }));
    expect(outcome.summary).toBe(
      `no ci.yml push run on main for exactly ${SHA}; a push run on branch "wip" concluded failure for this commit, but only runs on main count`
    );
  });

  it('success only on the parent commit does not count, even from a server that ignores head_sha', async () => {
    for (const ignoresHeadSha of [false, true]) {
      const parentRun = run({ headSha: OTHER_SHA });
      const outcome = await runDeclaredCheck(mainCi, makeContext({ github: runsApi({ runs: [parentRun], ignoresHeadSha }) }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(`no ci.yml push run on main for exactly ${SHA}`);
      expect(outcome.links).toEqual([]);
    }
  });

  it('a failed push run plus a successful pull_request run: fails, and explains the near miss', async () => {
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: runsApi({ runs: [run({ conclusion: 'failure' }), run({ event: PR })] }) }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('failure');
    expect(outcome.details).toContain('a pull_request run succeeded for this commit, but only push runs on main count');
  });

  it('a failing near-miss lookup still fails the check, with its cause', async () => {
    let call = 0;
    const gh = fakeGitHub({
      listWorkflowRuns: () =>
        ++call === 1
          ? Promise.resolve({ notModified: false, etag: undefined, runs: [], requests: 1 })
          : Promise.reject(new Error('GitHub answered 502 after retries'))
    });
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: gh }));
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toContain('could not look for other runs of this commit: GitHub answered 502 after retries');
  });

  it('uses the configured workflow and branch', async () => {
    const gh = runsApi({ runs: [run({ headBranch: 'trunk' })] });
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: gh, config: { ...BASE_CONFIG, main: { branch: 'trunk', workflow: 'test.yml' } } }));
    expect(outcome.status).toBe('pass');
    expect(gh.calls[0]).toBe(`listWorkflowRuns "test.yml" ${JSON.stringify({ ...EXACT, branch: 'trunk' })}`);
  });
});

describe('main-ci: waiting for a run in progress', () => {
  it('with wait-minutes 0, a running run fails at once as still running', async () => {
    const gh = runsApi({ runs: [run({ status: 'in_progress', conclusion: null })] });
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: gh, clock: new FakeClock(), waitMinutes: 0 }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `the ci.yml push run on main for ${SHA.slice(0, 12)} is still in_progress; re-run this job when it finishes, or set wait-minutes to wait for the run to finish`
    );
    expect(gh.calls).toHaveLength(1);
  });

  it('waits for a queued run that then succeeds, polling with growing intervals and conditional requests', async () => {
    const clock = new FakeClock();
    const server: RunsServer = { runs: [run({ id: 7, status: 'queued', conclusion: null })] };
    server.beforeAnswer = (n) => {
      if (n === 3) server.runs = [run({ id: 7, status: 'in_progress', conclusion: null })];
      if (n === 5) server.runs = [run({ id: 7 })];
    };
    const gh = runsApi(server);
    const ctx = makeContext({ github: gh, clock, waitMinutes: 1 });
    const outcome = await runDeclaredCheck(mainCi, ctx);
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toContain('waited 4.0 s over 5 looks');
    // 1 minute: every second at first (a tenth of the time waited grows past it only after 10 s).
    expect(clock.slept).toEqual([1000, 1000, 1000, 1000]);
    // One progress line per change of state, not one per poll, and one when it is ready.
    const what = `main-ci: ci.yml push run on main for ${SHA.slice(0, 12)}`;
    expect(ctx.logged).toEqual([
      `${what}: run 7: queued; waiting up to 60.0 s`,
      `${what}: run 7: in_progress; waiting up to 58.0 s`,
      `${what}: ready after 4.0 s (5 looks)`
    ]);
    expect(gh.calls).toHaveLength(5);
    // Every poll after the first sends the previous etag; unchanged answers are 304s.
    const etags = gh.calls.map((c) => c.split(' ')[3]);
    expect(etags[0]).toBeUndefined();
    expect(etags.slice(1).every((e) => e !== undefined)).toBe(true);
    expect(gh.notModifiedCount()).toBe(2); // polls 2 and 4 saw no change
  });

  it.each([
    ['prepare', 'waits for the push run a fresh merge has not started yet', 'pass', 4],
    ['preflight', 'on a tag push, no run is final at once', 'fail', 1]
  ] as const)('%s: %s', async (command, _, status, requests) => {
    const clock = new FakeClock();
    const server: RunsServer = { runs: [] };
    server.beforeAnswer = (n) => {
      if (n === 3) server.runs = [run({ id: 9, status: 'queued', conclusion: null })];
      if (n === 4) server.runs = [run({ id: 9 })];
    };
    const gh = runsApi(server);
    const ctx = makeContext({ github: gh, clock, waitMinutes: 5 });
    ctx.settings.gate = command;
    const outcome = await runDeclaredCheck(mainCi, ctx);
    expect(outcome.status).toBe(status);
    expect(gh.calls.filter((c) => c.startsWith('listWorkflowRuns'))).toHaveLength(requests + (status === 'fail' ? 1 : 0));
    if (status === 'pass') expect(ctx.logged[0]).toBe(`main-ci: ci.yml push run on main for ${SHA.slice(0, 12)}: no run yet; waiting up to 5.0 min`);
  });

  it('gives up at the deadline exactly: intervals grow, the last is cut short, none passes the deadline', async () => {
    const clock = new FakeClock();
    const gh = runsApi({ runs: [run({ id: 1, status: 'in_progress', conclusion: null })] });
    const ctx = makeContext({ github: gh, clock, waitMinutes: 1 });
    const outcome = await runDeclaredCheck(mainCi, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `the ci.yml push run on main for ${SHA.slice(0, 12)} is still in_progress after waiting 60.0 s (wait-minutes 1); re-run this job when it finishes, or raise wait-minutes for the run to finish`
    );
    // A second at a time for 10 s, then a tenth of the time waited so far; the last sleep is cut at the deadline.
    expect(clock.slept.slice(0, 11)).toEqual(Array(11).fill(1000));
    expect(clock.slept[11]).toBe(1100);
    expect(clock.slept[12]).toBeCloseTo(1210, 6);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeCloseTo(60_000, 6);
    expect(clock.now()).toBe(ctx.wait.deadline);
    // One poll at the start and one after each sleep, the last one at the deadline.
    expect(gh.calls).toHaveLength(clock.slept.length + 1);
    expect(gh.notModifiedCount()).toBe(clock.slept.length);
    // The log says what it waits for once, and once that it gave up: never a line per poll.
    expect(ctx.logged).toEqual([
      `main-ci: ci.yml push run on main for ${SHA.slice(0, 12)}: run 1: in_progress; waiting up to 60.0 s`,
      `main-ci: ci.yml push run on main for ${SHA.slice(0, 12)}: still run 1: in_progress after 60.0 s; giving up`
    ]);
  });

  it.each([
    [0.02, 1000], // 1.2 s: a second, then the deadline
    [0.1, 1000], // however short the wait, a host is asked at most once a second
    [0.5, 1000], // a second at first
    [360, 1000]
  ])('wait-minutes %s starts polling every %s ms, then a tenth of the time waited, caps at a minute, ends on the deadline', async (waitMinutes, first) => {
    expect(pollInterval(0)).toBe(first);
    const clock = new FakeClock();
    const ctx = makeContext({ github: runsApi({ runs: [run({ status: 'queued', conclusion: null })] }), clock, waitMinutes });
    const outcome = await runDeclaredCheck(mainCi, ctx);
    expect(outcome.status).toBe('fail');
    expect(clock.slept[0]).toBe(first);
    let elapsed = 0;
    for (let i = 0; i < clock.slept.length - 1; i++) {
      // Rounds fall on whole milliseconds.
      expect(Math.abs(clock.slept[i]! - Math.min(MAX_POLL_MS, Math.max(first, elapsed / 10)))).toBeLessThanOrEqual(0.5);
      elapsed += clock.slept[i]!;
    }
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(MAX_POLL_MS);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeCloseTo(waitMinutes * 60_000, 6);
    expect(clock.now()).toBe(ctx.wait.deadline);
  });

  it('a tiny wait shorter than the minimum interval sleeps only until the deadline', async () => {
    const clock = new FakeClock();
    const ctx = makeContext({ github: runsApi({ runs: [run({ status: 'in_progress', conclusion: null })] }), clock, waitMinutes: 0.001 });
    await runDeclaredCheck(mainCi, ctx);
    expect(clock.slept).toEqual([60]);
  });

  it('a run that is re-running after a success is not waited for: the success counts', async () => {
    const clock = new FakeClock();
    const runs = [run({ createdAt: '2026-11-20T09:00:00Z' }), run({ status: 'in_progress', conclusion: null })];
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: runsApi({ runs }), clock, waitMinutes: 5 }));
    expect(outcome.status).toBe('pass');
    expect(clock.slept).toEqual([]);
  });

  it('a run that finishes with a failure while waited for fails with its link', async () => {
    const clock = new FakeClock();
    const server: RunsServer = { runs: [run({ id: 9, status: 'in_progress', conclusion: null })] };
    server.beforeAnswer = (n) => {
      if (n === 2) server.runs = [run({ id: 9, conclusion: 'failure' })];
    };
    const outcome = await runDeclaredCheck(mainCi, makeContext({ github: runsApi(server), clock, waitMinutes: 1 }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('concluded failure; fix the failure');
    expect(outcome.links).toContain('https://github.com/sketchlog/sketchlog/actions/runs/9');
    expect(clock.slept).toEqual([1000]);
  });
});

describe('main-ci: config and rehearsals', () => {
  it('skips a rehearsal tag with the reason, asking GitHub nothing', async () => {
    const gh = fakeGitHub({});
    const outcome = await runDeclaredCheck(mainCi, makeContext({ tag: 'test-v1.2.3', github: gh }));
    expect(outcome).toEqual({ status: 'skip', summary: 'rehearsal tag: exact-main CI applies to release tags only' });
    expect(gh.calls).toEqual([]);
  });

  it('a rehearsal still fails on a missing main section, so the real release cannot', async () => {
    const { main: _omitted, ...config } = BASE_CONFIG;
    const outcome = await runDeclaredCheck(mainCi, makeContext({ tag: 'test-v1.2.3', config }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('config has no "main" section, which main-ci needs');
  });

  it('skips with main: false', async () => {
    const outcome = await runDeclaredCheck(mainCi, makeContext({ config: { ...BASE_CONFIG, main: false } }));
    expect(outcome).toEqual({ status: 'skip', summary: 'turned off in config ("main: false")' });
  });
});
