import * as fs from 'node:fs/promises';
import { afterAll } from '@jest/globals';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Clients } from '../../src/clients/index.js';
import type { CommittedFile, GitApi } from '../../src/clients/git.js';
import type { GitHubApi, WorkflowRun } from '../../src/clients/github/index.js';
import { fakeGitHub, testContext, type TestGateContext } from './context.js';
import { HttpClient } from '../../src/clients/http.js';

export const SHA = 'a'.repeat(40);
export const OTHER_SHA = 'b'.repeat(40);

export { fakeGitHub };

function unexpected(name: string): () => Promise<never> {
  return () => Promise.reject(new Error(`unexpected git call ${name}`));
}

export function fakeGit(head: string | null): GitApi & { calls: number } {
  const git = {
    calls: 0,
    headSha() {
      git.calls++;
      return Promise.resolve(head);
    },
    // A clean checkout: the commit holds what the working tree holds (symlinks and folders as git records them).
    async showFile(dir: string, _sha: string, rel: string): Promise<CommittedFile> {
      const file = path.join(dir, rel);
      const stat = await fs.lstat(file).catch(() => null);
      if (stat === null) return { kind: 'missing' };
      if (stat.isSymbolicLink()) return { kind: 'symlink', target: await fs.readlink(file) };
      if (!stat.isFile()) return { kind: 'not-a-file', type: 'a folder' };
      return { kind: 'file', text: await fs.readFile(file, 'utf8') };
    },
    // The preflight checks never change the repository or reach a remote.
    changedFiles: unexpected('changedFiles'),
    remoteUrl: unexpected('remoteUrl'),
    fetchBranch: unexpected('fetchBranch'),
    resolveRef: unexpected('resolveRef'),
    localTag: unexpected('localTag'),
    createTag: unexpected('createTag'),
    pushTag: unexpected('pushTag')
  };
  return git;
}

export interface ContextOptions {
  /** Raw config (validated with the real schema, so defaults apply). */
  config?: Record<string, unknown>;
  tag?: string;
  sha?: string;
  workspace?: string;
  github?: GitHubApi;
  git?: GitApi;
  waitMinutes?: number;
  /** Fake clock: when set, `sleep` and the wait's `now` and `deadline` use it. */
  clock?: FakeClock;
}

export const BASE_CONFIG = {
  tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
  versions: [{ file: 'package.json', key: 'version' }],
  changelog: 'CHANGELOG.md',
  main: { branch: 'main', workflow: 'ci.yml' }
};

/** A clock that only moves when the check sleeps; records every interval slept. */
export class FakeClock {
  readonly slept: number[] = [];
  constructor(public time = 1_000_000) {}
  now = (): number => this.time;
  sleep = (ms: number): Promise<void> => {
    this.slept.push(ms);
    this.time += ms;
    return Promise.resolve();
  };
}

export function makeContext(options: ContextOptions = {}): TestGateContext {
  const workspace = options.workspace ?? os.tmpdir();
  const sha = options.sha ?? SHA;
  const used = {
    github: options.github ?? fakeGitHub({}),
    git: options.git ?? fakeGit(sha),
    http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 1000, userAgent: 'test' })
  };
  // Preflight talks to GitHub and git only; any other client it touched would be a bug.
  const clients = new Proxy(used, {
    get(target, prop) {
      if (prop in target) return target[prop as keyof typeof target];
      throw new Error(`preflight must not use clients.${String(prop)}`);
    }
  }) as unknown as Clients;
  return testContext({
    gate: 'preflight',
    config: options.config ?? BASE_CONFIG,
    tag: options.tag ?? 'v1.2.3',
    clients,
    workspace,
    settings: { sha, waitMinutes: options.waitMinutes ?? 0 },
    ...(options.clock ? { clock: options.clock } : {})
  });
}

const workspaces: string[] = [];
// Every test file that imports this helper removes the workspaces it made.
afterAll(async () => {
  await Promise.all(workspaces.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A temp workspace holding `files` (path → content), removed after the test file. */
export async function workspaceWith(files: Record<string, string>): Promise<string> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'rg-preflight-')));
  workspaces.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, content);
  }
  return dir;
}

let runId = 1000;
export function run(fields: Partial<WorkflowRun> = {}): WorkflowRun {
  const id = fields.id ?? runId++;
  return {
    id,
    name: 'CI',
    headSha: SHA,
    headBranch: 'main',
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    runAttempt: 1,
    htmlUrl: `https://github.com/sketchlog/sketchlog/actions/runs/${id}`,
    createdAt: '2026-11-20T10:00:00Z',
    ...fields
  };
}
