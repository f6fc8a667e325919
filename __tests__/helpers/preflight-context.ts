import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Clients } from '../../src/clients/index.js';
import type { GitApi } from '../../src/clients/git.js';
import type { GitHubApi, WorkflowRun } from '../../src/clients/github.js';
import { HttpClient } from '../../src/clients/http.js';
import { configSchema } from '../../src/config.js';
import { memo } from '../../src/engine.js';
import type { GateContext } from '../../src/gate.js';
import type { Settings } from '../../src/settings.js';
import { parseTag } from '../../src/version.js';

export const SHA = 'a'.repeat(40);
export const OTHER_SHA = 'b'.repeat(40);

/** A GitHubApi whose answers a test sets per method; every call is recorded, and unset methods throw. */
export function fakeGitHub(impl: Partial<GitHubApi>): GitHubApi & { calls: string[] } {
  const calls: string[] = [];
  const missing = (name: string) => () => {
    throw new Error(`unexpected GitHub call ${name}`);
  };
  const wrap =
    <A extends unknown[], R>(name: string, fn: ((...args: A) => Promise<R>) | undefined) =>
    (...args: A): Promise<R> => {
      calls.push([name, ...args.filter((a) => a !== undefined).map((a) => JSON.stringify(a))].join(' '));
      return (fn ?? (missing(name) as unknown as (...args: A) => Promise<R>))(...args);
    };
  return {
    calls,
    getTagRef: wrap('getTagRef', impl.getTagRef),
    getTagObject: wrap('getTagObject', impl.getTagObject),
    compareCommits: wrap('compareCommits', impl.compareCommits),
    listWorkflowRuns: wrap('listWorkflowRuns', impl.listWorkflowRuns),
    getReleaseByTag: wrap('getReleaseByTag', impl.getReleaseByTag),
    downloadReleaseAsset: wrap('downloadReleaseAsset', impl.downloadReleaseAsset)
  };
}

export function fakeGit(head: string | null): GitApi & { calls: number } {
  const git = {
    calls: 0,
    headSha() {
      git.calls++;
      return Promise.resolve(head);
    }
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
  /** Fake clock: when set, `now`, `sleep` and `deadline` use it. */
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

export function makeContext(options: ContextOptions = {}): GateContext {
  const config = configSchema.parse(options.config ?? BASE_CONFIG);
  const tag = options.tag ?? 'v1.2.3';
  const parsed = parseTag(tag, config.tags);
  const waitMinutes = options.waitMinutes ?? 0;
  const workspace = options.workspace ?? os.tmpdir();
  const settings: Settings = {
    gate: 'preflight',
    token: 'test-token-never-printed',
    configPath: path.join(workspace, '.github/release-gates.yml'),
    configInput: '.github/release-gates.yml',
    tag,
    sha: options.sha ?? SHA,
    npmToken: '',
    distDir: path.join(workspace, 'dist'),
    waitMinutes,
    summary: true,
    workspace,
    owner: 'sketchlog',
    repo: 'sketchlog',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runnerTemp: os.tmpdir(),
    retries: 0,
    retryBaseMs: 0
  };
  const used = {
    github: options.github ?? fakeGitHub({}),
    git: options.git ?? fakeGit(settings.sha),
    http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 1000, userAgent: 'test' })
  };
  // Preflight talks to GitHub and git only; any other client it touched would be a bug.
  const clients = new Proxy(used, {
    get(target, prop) {
      if (prop in target) return target[prop as keyof typeof target];
      throw new Error(`preflight must not use clients.${String(prop)}`);
    }
  }) as unknown as Clients;
  const clock = options.clock;
  const start = clock ? clock.now() : Date.now();
  return {
    settings,
    config,
    release: parsed.ok
      ? { tag, version: parsed.version, kind: parsed.kind, tagProblem: null }
      : { tag, version: null, kind: null, tagProblem: parsed.reason },
    clients,
    deadline: start + waitMinutes * 60_000,
    once: memo(),
    sleep: clock ? clock.sleep : () => Promise.reject(new Error('this test must not sleep')),
    ...(clock ? { now: clock.now } : {}),
    log: () => {}
  };
}

/** A temp workspace holding `files` (path → content). */
export async function workspaceWith(files: Record<string, string>): Promise<string> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'rg-preflight-')));
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
