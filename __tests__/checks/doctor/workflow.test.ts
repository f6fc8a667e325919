/** `workflow`, table-driven: supply-chain.workflow absent from main, not run on push, run on branches only, or filtered past a release tag. */
import { describe, expect, it } from '@jest/globals';
import { SettingUnreadable } from '../../../src/clients/github/index.js';
import { pushTrigger, workflow } from '../../../src/checks/doctor/workflow.js';
import { doctorContext, runAlone } from './doctor-context.js';

const FILE = '.github/workflows/release.yml on main';

function run(text: string | null) {
  const ctx = doctorContext({ getFileText: () => Promise.resolve(text), listRulesets: () => Promise.resolve([]) });
  return { ctx, result: runAlone(workflow, ctx) };
}

describe('workflow falls short', () => {
  it.each<[string, string | null, string]>([
    ['absent from main', null, `${FILE} does not exist: commit the release workflow to main (supply-chain.workflow names it), with on: push: tags: ['v*']`],
    ['not run on push', 'on: [workflow_dispatch, pull_request]\njobs: {}\n', `${FILE} does not run on push: add on: push: tags: ['v*']`],
    ['run on a release event only', 'on:\n  release:\n    types: [published]\n', `${FILE} does not run on push: add on: push: tags: ['v*']`],
    [
      'run on pushes of branches only',
      'on:\n  push:\n    branches: [main]\n',
      `${FILE} runs on pushes of branches only, not of the release tags: add tags: ['v*'] under on.push`
    ],
    [
      'a tags filter that misses two-digit versions',
      'on:\n  push:\n    tags: ["v[0-9].[0-9]+.[0-9]+*"]\n',
      `on.push.tags of ${FILE} does not match v10.20.30: add 'v*' to on.push.tags`
    ],
    [
      'a tags filter that negates prereleases',
      "on:\n  push:\n    tags: ['v*', '!v*-*']\n",
      `on.push.tags of ${FILE} does not match v0.1.0-rc.1: add 'v*' to on.push.tags`
    ],
    ['a tags filter for other tags', "on:\n  push:\n    tags: ['release-*']\n", `on.push.tags of ${FILE} does not match v1.2.3: add 'v*' to on.push.tags`],
    [
      'tags-ignore that ignores release tags',
      "on:\n  push:\n    tags-ignore: ['v*']\n",
      `on.push.tags-ignore of ${FILE} ignores v1.2.3: remove the pattern that matches it`
    ],
    ['not YAML', 'on: [push\n', `${FILE} is not valid YAML: `]
  ])('%s', async (_case, text, summary) => {
    const result = await run(text).result;
    expect(result.status).toBe('fail');
    if (summary.endsWith(': ')) expect(result.summary.startsWith(summary)).toBe(true);
    else expect(result.summary).toBe(summary);
  });
});

describe('workflow holds', () => {
  it.each([
    ['on.push.tags v*', "on:\n  push:\n    tags: ['v*']\n"],
    ['on.push.tags as one string', 'on:\n  push:\n    tags: v*\n'],
    ['a SemVer filter', "on:\n  push:\n    tags: ['v[0-9]+.[0-9]+.[0-9]+*']\n"],
    ['every push', 'on: push\n'],
    ['every push, in a list', 'on: [push, workflow_dispatch]\n'],
    ['push with no filter', 'on:\n  push:\n  workflow_dispatch:\n'],
    ['push filtered by paths only (not evaluated for tags)', "on:\n  push:\n    paths: ['src/**']\n"],
    ['branches and tags', "on:\n  push:\n    branches: [main]\n    tags: ['v*']\n"],
    ['tags-ignore of rehearsals only', "on:\n  push:\n    tags-ignore: ['test-v*']\n"],
    ['a YAML 1.1 file, where on is the boolean true', "%YAML 1.1\n---\non:\n  push:\n    tags: ['v*']\n"]
  ])('%s', async (_case, text) => {
    const { ctx, result } = run(text);
    expect(await result).toMatchObject({ status: 'pass', summary: '.github/workflows/release.yml on main runs on pushes of the release tags (v*)' });
    expect(ctx.github.calls).toEqual(['getFileText ".github/workflows/release.yml" "main"']);
  });
});

describe('pushTrigger', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['pull_request', { kind: 'none' }],
    [{ push: { 'branches-ignore': ['x'] } }, { kind: 'branches-only' }],
    [{ push: { tags: 7 } }, { kind: 'tags', patterns: [] }],
    [{ push: { 'tags-ignore': { a: 1 } } }, { kind: 'tags', patterns: [] }]
  ])('%j is %j', (on, trigger) => {
    expect(pushTrigger(on)).toEqual(trigger);
  });
});

it('a 404 of the file from a repository the token cannot see is "could not be read", not "absent"', async () => {
  const ctx = doctorContext({
    getFileText: () => Promise.resolve(null),
    listRulesets: () => Promise.reject(new SettingUnreadable('the rulesets could not be read: the token needs metadata: read', 403, 'metadata: read'))
  });
  const result = await runAlone(workflow, ctx);
  expect([result.status, result.summary]).toEqual([
    'fail',
    '.github/workflows/release.yml on main could not be read: GitHub answered 404, and the rulesets could not be read: the token needs metadata: read'
  ]);
});
