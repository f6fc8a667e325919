/** One GateContext builder for unit tests of every gate's checks: real config schema, injectable clients and clock. */
import * as os from 'node:os';
import * as path from 'node:path';
import type { Clients } from '../../src/clients/index.js';
import type { GitHubApi } from '../../src/clients/github/index.js';
import { configSchema } from '../../src/config.js';
import { memo } from '../../src/engine.js';
import type { GateContext } from '../../src/gate.js';
import type { GateId } from '../../src/gates/index.js';
import type { Settings } from '../../src/settings.js';
import { waitBudget } from '../../src/util/poll.js';
import { parseTag } from '../../src/version.js';

/** A GitHubApi whose answers a test sets per method; every call is recorded, and an unset method fails the test. */
export function fakeGitHub(impl: Partial<GitHubApi>): GitHubApi & { calls: string[] } {
  const calls: string[] = [];
  function recorded<K extends keyof GitHubApi>(name: K): GitHubApi[K] {
    const call = (...args: unknown[]): Promise<unknown> => {
      calls.push([name, ...args.filter((a) => a !== undefined).map((a) => JSON.stringify(a))].join(' '));
      const fn = impl[name] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (!fn) return Promise.reject(new Error(`unexpected GitHub call ${name}`));
      return fn(...args);
    };
    // One recorder stands for every method's signature; the object below names each method, so one left out does not compile.
    return call as GitHubApi[K];
  }
  return {
    calls,
    getTagRef: recorded('getTagRef'),
    getBranchRef: recorded('getBranchRef'),
    getTagObject: recorded('getTagObject'),
    compareCommits: recorded('compareCommits'),
    listWorkflowRuns: recorded('listWorkflowRuns'),
    getReleaseByTag: recorded('getReleaseByTag'),
    downloadReleaseAsset: recorded('downloadReleaseAsset'),
    listAttestations: recorded('listAttestations'),
    listRulesets: recorded('listRulesets'),
    getRuleset: recorded('getRuleset'),
    getBranchRules: recorded('getBranchRules'),
    getImmutableReleases: recorded('getImmutableReleases'),
    getEnvironment: recorded('getEnvironment'),
    listDeploymentPolicies: recorded('listDeploymentPolicies'),
    getFileText: recorded('getFileText')
  };
}

/** Settings as index.ts would read them, for a workspace; tests override what they need. */
export function testSettings(workspace: string, overrides: Partial<Settings> = {}): Settings {
  return {
    gate: 'preflight',
    token: 'test-token-never-printed',
    configPath: path.join(workspace, '.github/release-gates.yml'),
    configInput: '.github/release-gates.yml',
    tag: 'v1.2.3',
    sha: 'a'.repeat(40),
    npmToken: '',
    distDir: path.join(workspace, 'dist'),
    waitMinutes: 0,
    summary: true,
    workspace,
    owner: 'sketchlog',
    repo: 'sketchlog',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runnerTemp: os.tmpdir(),
    retries: 0,
    retryBaseMs: 0,
    imageDigest: '',
    chartDigest: '',
    ...overrides
  };
}

export interface TestContextOptions {
  gate: GateId;
  /** Raw config, validated with the real schema so defaults apply. */
  config: Record<string, unknown>;
  tag: string;
  clients: Clients;
  workspace?: string;
  settings?: Partial<Settings>;
  /** Fake clock for checks that wait: `sleep` and the wait's `now` and `deadline` use it. */
  clock?: { now(): number; sleep(ms: number): Promise<void> };
  /** Why `sleep` refuses when there is no clock. */
  noSleep?: string;
  /** Receives the progress lines checks log (default: kept in the context's `logged`). */
  log?: (line: string) => void;
}

/** A test GateContext, with the progress lines its checks logged. */
export type TestGateContext = GateContext & { logged: string[] };

export function testContext(options: TestContextOptions): TestGateContext {
  const config = configSchema.parse(options.config);
  const parsed = parseTag(options.tag, config.tags);
  const workspace = options.workspace ?? os.tmpdir();
  const settings = testSettings(workspace, { gate: options.gate, tag: options.tag, ...options.settings });
  const clock = options.clock;
  const logged: string[] = [];
  return {
    logged,
    log: options.log ?? ((line) => logged.push(line)),
    settings,
    config,
    release: parsed.ok
      ? { tag: options.tag, version: parsed.version, kind: parsed.kind, tagProblem: null }
      : { tag: options.tag, version: null, kind: null, tagProblem: parsed.reason },
    clients: options.clients,
    wait: waitBudget(settings.waitMinutes, clock ? { now: clock.now } : {}),
    once: memo(),
    sleep: clock ? clock.sleep : () => Promise.reject(new Error(options.noSleep ?? 'this test must not sleep'))
  };
}
