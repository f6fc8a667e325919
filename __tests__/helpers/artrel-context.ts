/** A GateContext for unit tests of the artifacts and release checks: real config schema, real dist folder, fake GitHub. */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Clients } from '../../src/clients/index.js';
import type { GitHubApi, Release, ReleaseAsset } from '../../src/clients/github.js';
import { HttpClient } from '../../src/clients/http.js';
import { configSchema } from '../../src/config.js';
import { memo } from '../../src/engine.js';
import type { GateContext } from '../../src/gate.js';
import type { Settings } from '../../src/settings.js';
import { parseTag } from '../../src/version.js';
import { SKETCHLOG_PLATFORMS, SKETCHLOG_PYTHON } from '../../test-support/python-dist.js';

export const SHA = 'c0ffee'.padEnd(40, '1');

export const ARTREL_CONFIG = {
  tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
  pypi: { project: 'sketchlog', python: SKETCHLOG_PYTHON, platforms: SKETCHLOG_PLATFORMS },
  release: { checksum: 'SHA256SUMS', sbom: '*.spdx.json', provenance: '*.intoto.jsonl' }
};

/** A GitHubApi whose answers a test sets; every call is recorded and an unset method fails the test. */
export function fakeGitHub(impl: Partial<GitHubApi>): GitHubApi & { calls: string[] } {
  const calls: string[] = [];
  const method =
    <K extends keyof GitHubApi>(name: K) =>
    (...args: unknown[]) => {
      calls.push(`${name} ${args.map((a) => JSON.stringify(a)).join(' ')}`);
      const fn = impl[name] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (!fn) return Promise.reject(new Error(`unexpected GitHub call ${name}`));
      return fn(...args);
    };
  return {
    calls,
    getTagRef: method('getTagRef'),
    getTagObject: method('getTagObject'),
    compareCommits: method('compareCommits'),
    listWorkflowRuns: method('listWorkflowRuns'),
    getReleaseByTag: method('getReleaseByTag'),
    downloadReleaseAsset: method('downloadReleaseAsset')
  } as GitHubApi & { calls: string[] };
}

export interface ArtrelOptions {
  config?: Record<string, unknown>;
  tag?: string;
  sha?: string;
  workspace?: string;
  github?: GitHubApi;
}

export function artrelContext(options: ArtrelOptions = {}): GateContext {
  const config = configSchema.parse(options.config ?? ARTREL_CONFIG);
  const tag = options.tag ?? 'v1.3.0-rc.1';
  const parsed = parseTag(tag, config.tags);
  if (!parsed.ok) throw new Error(parsed.reason);
  const workspace = options.workspace ?? os.tmpdir();
  const settings: Settings = {
    gate: 'artifacts',
    token: 'test-token-never-printed',
    configPath: path.join(workspace, '.github/release-gates.yml'),
    configInput: '.github/release-gates.yml',
    tag,
    sha: options.sha ?? SHA,
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
    retryBaseMs: 0
  };
  // Only the clients these checks use; anything else would be a test bug and fails loudly.
  const clients = {
    github: options.github ?? fakeGitHub({}),
    http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 1000, userAgent: 'test' })
  } as Partial<Clients> as Clients;
  return {
    settings,
    config,
    release: { tag, version: parsed.version, kind: parsed.kind, tagProblem: null },
    clients,
    deadline: Date.now(),
    once: memo(),
    sleep: () => Promise.reject(new Error('these checks never wait')),
    log: () => {}
  };
}

/** A fresh workspace with an empty dist folder. */
export async function distWorkspace(): Promise<{ workspace: string; dist: string }> {
  const workspace = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'rg-artrel-')));
  const dist = path.join(workspace, 'dist');
  await fs.mkdir(dist);
  return { workspace, dist };
}

let nextAssetId = 1;
export function asset(name: string, fields: Partial<ReleaseAsset> = {}): ReleaseAsset {
  const id = fields.id ?? nextAssetId++;
  return {
    id,
    name,
    state: 'uploaded',
    size: 100,
    contentType: 'application/octet-stream',
    digest: null,
    browserDownloadUrl: `https://github.com/sketchlog/sketchlog/releases/download/v1.3.0-rc.1/${name}`,
    ...fields
  };
}

export function releaseOf(assets: ReleaseAsset[], fields: Partial<Release> = {}): Release {
  return {
    id: 1,
    tagName: 'v1.3.0-rc.1',
    name: 'SketchLog 1.3.0-rc.1',
    draft: false,
    prerelease: false,
    htmlUrl: 'https://github.com/sketchlog/sketchlog/releases/tag/v1.3.0-rc.1',
    targetCommitish: 'main',
    assets,
    ...fields
  };
}

/** An async iterable of the bytes, in small chunks (so streaming code sees more than one). */
export async function* chunked(data: Buffer | string, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(data);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
