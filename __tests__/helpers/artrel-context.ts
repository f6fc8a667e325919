/** A GateContext for unit tests of the artifacts and release checks: real config schema, real dist folder, fake GitHub. */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Clients } from '../../src/clients/index.js';
import type { GitHubApi, Release, ReleaseAsset } from '../../src/clients/github/index.js';
import { fakeGitHub, testContext } from './context.js';
import { HttpClient } from '../../src/clients/http.js';
import type { GateContext } from '../../src/gate.js';
import { SKETCHLOG_PLATFORMS, SKETCHLOG_PYTHON } from '../../test-support/python-dist.js';

export const SHA = 'c0ffee'.padEnd(40, '1');

export const ARTREL_CONFIG = {
  tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
  pypi: { project: 'sketchlog', python: SKETCHLOG_PYTHON, platforms: SKETCHLOG_PLATFORMS },
  release: { checksum: 'SHA256SUMS', sbom: '*.spdx.json', provenance: '*.intoto.jsonl' }
};

export { fakeGitHub };

export interface ArtrelOptions {
  config?: Record<string, unknown>;
  tag?: string;
  sha?: string;
  workspace?: string;
  github?: GitHubApi;
}

export function artrelContext(options: ArtrelOptions = {}): GateContext {
  const tag = options.tag ?? 'v1.3.0-rc.1';
  // Only the clients these checks use; anything else would be a test bug and fails loudly.
  const clients = {
    github: options.github ?? fakeGitHub({}),
    http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 1000, userAgent: 'test' })
  } as Partial<Clients> as Clients;
  const ctx = testContext({
    gate: 'artifacts',
    config: options.config ?? ARTREL_CONFIG,
    tag,
    clients,
    ...(options.workspace ? { workspace: options.workspace } : {}),
    settings: { sha: options.sha ?? SHA },
    noSleep: 'these checks never wait'
  });
  if (ctx.release.tagProblem) throw new Error(ctx.release.tagProblem);
  return ctx;
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
