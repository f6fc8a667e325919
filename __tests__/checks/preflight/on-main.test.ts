import { describe, expect, it } from '@jest/globals';
import type { Comparison } from '../../../src/clients/github/index.js';
import { onMain } from '../../../src/checks/preflight/on-main.js';
import { BASE_CONFIG, SHA, fakeGitHub, makeContext } from '../../helpers/preflight-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const URL = 'https://github.com/sketchlog/sketchlog/compare/main...aaaa';

function compare(result: Comparison | null) {
  return fakeGitHub({ compareCommits: () => Promise.resolve(result) });
}

describe('on-main', () => {
  it.each<[string, Comparison | null, string, string]>([
    ['identical', { status: 'identical', aheadBy: 0, behindBy: 0, htmlUrl: URL }, 'pass', `${SHA.slice(0, 12)} is the tip of main`],
    ['behind', { status: 'behind', aheadBy: 0, behindBy: 3, htmlUrl: URL }, 'pass', `${SHA.slice(0, 12)} is on main, 3 commits behind its tip`],
    ['behind by one', { status: 'behind', aheadBy: 0, behindBy: 1, htmlUrl: URL }, 'pass', '1 commit behind its tip'],
    ['ahead', { status: 'ahead', aheadBy: 2, behindBy: 0, htmlUrl: URL }, 'fail', `${SHA} is not on main: it is 2 commits ahead of it (not merged)`],
    ['diverged', { status: 'diverged', aheadBy: 1, behindBy: 4, htmlUrl: URL }, 'fail', 'the two diverged (1 commit ahead, 4 behind)'],
    ['unknown', null, 'fail', `GitHub knows no branch "main" or no commit ${SHA}`]
  ])('%s → %s', async (_name, result, status, text) => {
    const gh = compare(result);
    const outcome = await runDeclaredCheck(onMain, makeContext({ github: gh }));
    expect(outcome.status).toBe(status);
    expect(outcome.summary).toContain(text);
    // base...head: the configured branch first, the commit second.
    expect(gh.calls).toEqual([`compareCommits "main" "${SHA}"`]);
    // The comparison link is given where it helps: when the commit is not on the branch.
    expect(outcome.links).toEqual(result && status === 'fail' ? [URL] : undefined);
  });

  it('compares against the configured branch', async () => {
    const gh = compare({ status: 'identical', aheadBy: 0, behindBy: 0, htmlUrl: URL });
    await runDeclaredCheck(onMain, makeContext({ github: gh, config: { ...BASE_CONFIG, main: { branch: 'trunk', workflow: 'ci.yml' } } }));
    expect(gh.calls).toEqual([`compareCommits "trunk" "${SHA}"`]);
  });

  it('skips rehearsals and main: false; fails a missing main section', async () => {
    const gh = fakeGitHub({});
    const rehearsal = await runDeclaredCheck(onMain, makeContext({ tag: 'test-v1.2.3', github: gh }));
    expect(rehearsal).toEqual({ status: 'skip', summary: 'rehearsal tag: the main reachability check applies to release tags only' });
    const off = await runDeclaredCheck(onMain, makeContext({ github: gh, config: { ...BASE_CONFIG, main: false } }));
    expect(off.status).toBe('skip');
    const { main: _omitted, ...config } = BASE_CONFIG;
    const missing = await runDeclaredCheck(onMain, makeContext({ github: gh, config }));
    expect(missing.status).toBe('fail');
    expect(missing.summary).toContain('config has no "main" section');
    expect(gh.calls).toEqual([]);
  });
});
