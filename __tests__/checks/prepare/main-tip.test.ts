import { describe, expect, it } from '@jest/globals';
import type { GitApi } from '../../../src/clients/git.js';
import type { Clients } from '../../../src/clients/index.js';
import { mainTip } from '../../../src/checks/prepare/main-tip.js';
import { testContext } from '../../helpers/context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const HEAD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const CONFIG = { tags: { release: 'v{version}' }, main: { branch: 'main', workflow: 'ci.yml' } };

/** Runs main-tip on a clone whose fetch of origin/main fails with `fetchError`, or leaves `tip` as the branch's commit. */
function run(clone: { tip: string | null; fetchError?: Error }, config: Record<string, unknown> = CONFIG) {
  const asked: string[] = [];
  const git = {
    fetchBranch: (_dir: string, remote: string, branch: string) => {
      asked.push(`fetch ${remote} ${branch}`);
      return clone.fetchError ? Promise.reject(clone.fetchError) : Promise.resolve();
    },
    resolveRef: (_dir: string, ref: string) => {
      asked.push(`resolve ${ref}`);
      return Promise.resolve(clone.tip);
    }
  } as unknown as GitApi;
  const ctx = testContext({ gate: 'preflight', config, tag: 'v1.2.3', clients: { git } as unknown as Clients, settings: { gate: 'prepare', sha: HEAD } });
  return { outcome: runDeclaredCheck(mainTip, ctx), asked };
}

describe('main-tip', () => {
  it('passes when HEAD is the tip of origin/main, freshly fetched', async () => {
    const { outcome, asked } = run({ tip: HEAD });
    expect(await outcome).toMatchObject({ status: 'pass', summary: 'HEAD aaaaaaaaaaaa is the tip of origin/main' });
    expect(asked).toEqual(['fetch origin main', 'resolve refs/remotes/origin/main']);
  });

  it('fails when main has moved on (or HEAD is not merged), saying how to update', async () => {
    const { outcome } = run({ tip: OTHER });
    expect(await outcome).toMatchObject({
      status: 'fail',
      summary:
        "HEAD aaaaaaaaaaaa is not the tip of origin/main (bbbbbbbbbbbb): the release commit must be merged and be main's newest commit; run git switch main && git pull --ff-only, then prepare again"
    });
  });

  it('fails when the fetch fails, naming the remote', async () => {
    const { outcome, asked } = run({ tip: HEAD, fetchError: new Error('git fetch origin main failed: could not resolve host') });
    expect(await outcome).toMatchObject({
      status: 'fail',
      summary: 'git fetch origin main failed: could not resolve host; check the network and that the "origin" remote is the GitHub repository'
    });
    expect(asked).toEqual(['fetch origin main']);
  });

  it('fails when the branch is not there after fetching', async () => {
    const { outcome } = run({ tip: null }, { ...CONFIG, main: { branch: 'trunk', workflow: 'ci.yml' } });
    expect(await outcome).toMatchObject({ status: 'fail', summary: 'origin/trunk does not exist after fetching; check main.branch in the config' });
  });

  it('fails naming itself when the config has no main section, and skips when it is off', async () => {
    const { tags } = CONFIG;
    expect(await run({ tip: HEAD }, { tags }).outcome).toMatchObject({
      status: 'fail',
      summary: 'config has no "main" section, which main-tip needs; add it, or set "main: false" to turn this check off'
    });
    expect(await run({ tip: HEAD }, { tags, main: false }).outcome).toMatchObject({ status: 'skip', summary: 'turned off in config ("main: false")' });
  });
});
