import { describe, expect, it } from '@jest/globals';
import { runGate } from '../../src/engine.js';
import { preflight } from '../../src/gates/preflight.js';
import { SHA, fakeGit, fakeGitHub, makeContext, run, workspaceWith } from '../helpers/preflight-context.js';

const TAG_OBJECT = '1'.repeat(40);

/**
 * A passing GitHub whose answers are held back and released in rounds: a
 * request's round is the length of the chain of requests it waited for.
 */
function roundsGitHub() {
  const pending: Array<() => void> = [];
  const rounds: Record<string, number> = {};
  let round = 0;
  const held =
    <T>(name: string, value: T) =>
    (): Promise<T> =>
      new Promise<T>((resolve) => {
        rounds[name] = round;
        pending.push(() => resolve(value));
      });
  const gh = fakeGitHub({
    getTagRef: held('getTagRef', { ref: 'refs/tags/v1.2.3', object: { type: 'tag', sha: TAG_OBJECT } }),
    getTagObject: held('getTagObject', { sha: TAG_OBJECT, tag: 'v1.2.3', object: { type: 'commit', sha: SHA } }),
    compareCommits: held('compareCommits', { status: 'behind' as const, aheadBy: 0, behindBy: 2, htmlUrl: 'https://github.com/x/y/compare' }),
    listWorkflowRuns: held('listWorkflowRuns', { notModified: false as const, etag: '"e"', runs: [run()], requests: 1 })
  });
  async function drive<T>(work: Promise<T>): Promise<T> {
    let done = false;
    void work.finally(() => (done = true));
    while (!done) {
      // Let every check get as far as it can, then answer everything asked so far as one round.
      for (let i = 0; i < 20 && !done; i++) await new Promise((r) => setImmediate(r));
      if (pending.length > 0) {
        round++;
        pending.splice(0).forEach((answer) => answer());
      }
    }
    return work;
  }
  return { gh, rounds, drive };
}

async function sketchlogWorkspace(version: string) {
  return workspaceWith({
    'package.json': JSON.stringify({ name: 'x', version }),
    'CHANGELOG.md': `# Changelog\n\n## [${version}] - 2026-11-20\n`
  });
}

describe('preflight gate', () => {
  it('lists the contract checks in contract order', () => {
    expect(preflight.checks.map((c) => c.id)).toEqual(['tag-format', 'coupled-versions', 'changelog', 'tag-object', 'on-main', 'main-ci']);
  });

  it('a passing release makes 4 GitHub requests, and only tag ref → tag object is a chain', async () => {
    const { gh, rounds, drive } = roundsGitHub();
    const git = fakeGit(SHA);
    const ctx = makeContext({ github: gh, git, workspace: await sketchlogWorkspace('1.2.3') });
    const result = await drive(runGate(preflight, ctx, [ctx.settings.token]));
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['tag-format', 'pass'],
      ['coupled-versions', 'pass'],
      ['changelog', 'pass'],
      ['tag-object', 'pass'],
      ['on-main', 'pass'],
      ['main-ci', 'pass']
    ]);
    expect(result.result).toBe('pass');
    expect(gh.calls).toHaveLength(4);
    expect(rounds).toEqual({ getTagRef: 0, compareCommits: 0, listWorkflowRuns: 0, getTagObject: 1 });
    // coupled-versions and changelog share one look at the workspace's HEAD.
    expect(git.calls).toBe(1);
  });

  it('a rehearsal asks GitHub nothing and skips the production-only checks with reasons', async () => {
    const gh = fakeGitHub({});
    const ctx = makeContext({ tag: 'test-v1.2.3', github: gh, workspace: await sketchlogWorkspace('1.2.3') });
    const result = await runGate(preflight, ctx, []);
    expect(result.result).toBe('pass');
    expect(result.checks.map((c) => [c.id, c.status, c.summary])).toEqual([
      ['tag-format', 'pass', 'test-v1.2.3 is a rehearsal tag for version 1.2.3; production-only checks are skipped'],
      ['coupled-versions', 'pass', 'all 1 coupled versions are 1.2.3'],
      ['changelog', 'pass', 'CHANGELOG.md has a heading for 1.2.3'],
      ['tag-object', 'skip', 'rehearsal tag: the tag object check applies to release tags only'],
      ['on-main', 'skip', 'rehearsal tag: the main reachability check applies to release tags only'],
      ['main-ci', 'skip', 'rehearsal tag: exact-main CI applies to release tags only']
    ]);
    expect(gh.calls).toEqual([]);
  });

  it('a malformed tag fails tag-format and skips the rest: the gate fails, asking GitHub nothing', async () => {
    const gh = fakeGitHub({});
    const ctx = makeContext({ tag: 'v1.2.3$(x)', github: gh, workspace: await sketchlogWorkspace('1.2.3') });
    const result = await runGate(preflight, ctx, []);
    expect(result.result).toBe('fail');
    expect(result.failureLine).toBe('release-gates preflight: 1 check failed: tag-format');
    expect(result.checks.filter((c) => c.status === 'skip').map((c) => c.id)).toEqual(['coupled-versions', 'changelog', 'tag-object', 'on-main', 'main-ci']);
    expect(gh.calls).toEqual([]);
  });

  it('an API failure fails its checks closed, naming the cause', async () => {
    const down = () => Promise.reject(new Error('GitHub answered 503 for the call after retries'));
    const gh = fakeGitHub({ getTagRef: down, compareCommits: down, listWorkflowRuns: down });
    const ctx = makeContext({ github: gh, workspace: await sketchlogWorkspace('1.2.3') });
    const result = await runGate(preflight, ctx, []);
    expect(result.result).toBe('fail');
    expect(result.checks.filter((c) => c.status === 'fail').map((c) => [c.id, c.summary])).toEqual([
      ['tag-object', 'tag-object could not finish: GitHub answered 503 for the call after retries'],
      ['on-main', 'on-main could not finish: GitHub answered 503 for the call after retries'],
      ['main-ci', 'main-ci could not finish: GitHub answered 503 for the call after retries']
    ]);
  });
});
