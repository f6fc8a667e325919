import { describe, expect, it } from '@jest/globals';
import type { GitApi } from '../../../src/clients/git.js';
import type { GitRef } from '../../../src/clients/github/index.js';
import type { Clients } from '../../../src/clients/index.js';
import { tagsFree } from '../../../src/checks/prepare/tags-free.js';
import { fakeGitHub, testContext } from '../../helpers/context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const HEAD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const CONFIG = { tags: { release: 'v{version}' }, main: { branch: 'main', workflow: 'ci.yml' }, go: { dir: 'clients/go', tag: 'clients/go/v{version}' } };
const ref = (name: string, sha: string, type = 'commit'): GitRef => ({ ref: name, object: { sha, type } });

interface World {
  /** Tags on GitHub. */
  remote?: Record<string, GitRef>;
  branchVisible?: boolean;
  /** Tags in the clone. */
  local?: Record<string, { commit: string; annotated: boolean }>;
  githubError?: Error;
}

function run(world: World, config: Record<string, unknown> = CONFIG, tag = 'v1.2.3') {
  const github = fakeGitHub({
    getTagRef: (tag) => (world.githubError ? Promise.reject(world.githubError) : Promise.resolve(world.remote?.[tag] ?? null)),
    getBranchRef: (branch) => Promise.resolve(world.branchVisible === false ? null : ref(`refs/heads/${branch}`, HEAD))
  });
  const git = { localTag: (_dir: string, tag: string) => Promise.resolve(world.local?.[tag] ?? null) } as unknown as GitApi;
  const ctx = testContext({
    gate: 'preflight',
    config,
    tag,
    clients: { github, git } as unknown as Clients,
    settings: { gate: 'prepare', sha: HEAD }
  });
  return Object.assign(runDeclaredCheck(tagsFree, ctx), { github });
}

describe('tags-free', () => {
  it.each([
    ['clients/go/v..{version}', 'clients/go/v..1.2.3', 'contains ".."'],
    ['clients/go/v{version}@{u}', 'clients/go/v1.2.3@{u}', 'contains "@{"'],
    ['-go{version}', '-go1.2.3', 'starts with "-", which git reads as an option'],
    ['--delete={version}', '--delete=1.2.3', 'starts with "-", which git reads as an option'],
    ['go v{version}', 'go v1.2.3', 'contains a space or a control character']
  ])('refuses a go.tag template %j that makes a name git refuses, before asking GitHub', async (template, name, rule) => {
    const pending = run({}, { ...CONFIG, go: { dir: 'clients/go', tag: template } });
    const outcome = await pending;
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(`go.tag makes the tag name "${name}", which git refuses: it ${rule}; change go.tag in the config`);
    expect(pending.github.calls).toEqual([]);
  });

  it('passes when neither tag is on GitHub or in the clone, listing both', async () => {
    const outcome = await run({});
    expect(outcome).toMatchObject({ status: 'pass', summary: 'v1.2.3 and clients/go/v1.2.3 are not on GitHub yet' });
    expect(outcome.table?.rows).toEqual([
      ['v1.2.3', 'free on GitHub and in this clone'],
      ['clients/go/v1.2.3', 'free on GitHub and in this clone']
    ]);
  });

  it('checks the release tag alone when the config has no Go module', async () => {
    const outcome = await run({}, { ...CONFIG, go: false });
    expect(outcome).toMatchObject({ status: 'pass', summary: 'v1.2.3 is not on GitHub yet' });
  });

  it.each<[string, World, RegExp]>([
    [
      'the Go tag on GitHub',
      { remote: { 'clients/go/v1.2.3': ref('refs/tags/clients/go/v1.2.3', OTHER) } },
      /^tag clients\/go\/v1\.2\.3 already exists on GitHub \(commit bbbbbbbbbbbb\); tags are never reused/
    ],
    [
      'a repository the token cannot see',
      { branchVisible: false },
      /^GitHub shows neither tag v1\.2\.3 nor branch main in sketchlog\/sketchlog: the token cannot see the repository/
    ],
    ['GitHub failing', { githubError: new Error('GitHub answered 502') }, /^GitHub cannot be asked for tag v1\.2\.3: GitHub answered 502$/],
    [
      'a local tag on another commit',
      { local: { 'v1.2.3': { commit: OTHER, annotated: true } } },
      /^tag v1\.2\.3 exists in this clone \(at bbbbbbbbbbbb, not HEAD\) but not on GitHub; .*git tag -d v1\.2\.3$/
    ],
    [
      'a lightweight release tag on HEAD',
      { local: { 'v1.2.3': { commit: HEAD, annotated: false } } },
      /^tag v1\.2\.3 exists in this clone \(on HEAD but lightweight, and it must be annotated\)/
    ],
    [
      'an annotated Go tag on HEAD',
      { local: { 'clients/go/v1.2.3': { commit: HEAD, annotated: true } } },
      /^tag clients\/go\/v1\.2\.3 exists in this clone \(on HEAD but annotated, and it must be lightweight\)/
    ]
  ])('fails for %s', async (_, world, summary) => {
    const outcome = await run(world);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(summary);
  });

  it('accepts the tags an earlier `tag` run made on HEAD and did not push, so `tag --push` can push them', async () => {
    const outcome = await run({ local: { 'v1.2.3': { commit: HEAD, annotated: true }, 'clients/go/v1.2.3': { commit: HEAD, annotated: false } } });
    expect(outcome.status).toBe('pass');
    expect(outcome.table?.rows).toEqual([
      ['v1.2.3', 'not on GitHub; in this clone on HEAD (annotated), ready to push'],
      ['clients/go/v1.2.3', 'not on GitHub; in this clone on HEAD (lightweight), ready to push']
    ]);
  });
});
