import * as path from 'node:path';
import type { Config } from '../config.js';
import type { GitApi } from '../clients/git.js';
import { InputError } from '../errors.js';
import { clip } from '../util/text.js';
import type { GateId } from '../gates/ids.js';
import { githubToken } from './tokens.js';
import { buildSettings, insideWorkspace, type MaintainerCommand, type Settings } from '../settings.js';

/** Options every command shares. */
export interface CommonOptions {
  workspace?: string | undefined;
  config?: string | undefined;
  repository?: string | undefined;
}

export { githubToken } from './tokens.js';

/**
 * `owner/repo` from a remote URL as git stores it: `git@host:owner/repo.git`,
 * `ssh://git@host/owner/repo.git`, `https://host/owner/repo(.git)`. A local
 * path has no owner on a GitHub server, so it gives null.
 */
export function repositoryFromRemote(url: string): string | null {
  let pathPart: string | null = null;
  const scp = /^(?:[^@/\s]+@)?[^:/\s]+:(?!\/)(.+)$/.exec(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && URL.canParse(url)) {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:' || !parsed.hostname) return null;
    pathPart = parsed.pathname;
  } else if (scp && !url.startsWith('/') && !url.startsWith('.')) {
    pathPart = scp[1]!;
  }
  if (pathPart === null) return null;
  const segments = pathPart
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter((s) => s !== '');
  if (segments.length < 2) return null;
  return `${segments[segments.length - 2]}/${segments[segments.length - 1]}`;
}

/** --repository, else the `origin` remote, else GITHUB_REPOSITORY (in a workflow). */
export async function resolveRepository(given: string | undefined, env: NodeJS.ProcessEnv, git: GitApi, workspace: string): Promise<string> {
  if (given) return given;
  const url = await git.remoteUrl(workspace, 'origin');
  const fromRemote = url === null ? null : repositoryFromRemote(url);
  if (fromRemote) return fromRemote;
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  // The URL may carry credentials (https://user:token@host/…): never echo it.
  const why = url === null ? 'this repository has no "origin" remote' : 'the "origin" remote is not a GitHub URL (owner/repo cannot be read from it)';
  throw new InputError(`cannot tell which GitHub repository this is: ${why}; pass --repository owner/repo`);
}

/** The workspace folder: --workspace, else the current directory. */
export function workspaceOf(options: CommonOptions): string {
  return path.resolve(options.workspace ?? process.cwd());
}

/** Loads the config a command needs before it can name its tag (the release tag template). */
export async function loadCommandConfig(options: CommonOptions): Promise<Config> {
  const workspace = workspaceOf(options);
  const shown = options.config ?? '.github/release-gates.yml';
  // Loaded here, not up front: the config reader brings zod and yaml, which bad options never need.
  const { loadConfig } = await import('../config.js');
  return loadConfig(insideWorkspace(workspace, shown, 'config'), shown, workspace);
}

export interface SettingsRequest extends CommonOptions {
  /** A gate (`release-gates <gate>`) or a maintainer command. */
  command: GateId | MaintainerCommand;
  tag: string;
  sha: string;
  repository: string;
  dist?: string | undefined;
  waitMinutes?: string | undefined;
  imageDigest?: string | undefined;
  chartDigest?: string | undefined;
}

/**
 * Settings from flags and the terminal's environment, checked as the action's are. Flags are
 * trimmed as the runner trims inputs, except the tag: a tag with a trailing newline or no-break
 * space must fail tag-format, as through GITHUB_REF.
 */
export function commandSettings(request: SettingsRequest, env: NodeJS.ProcessEnv): Settings {
  const flag = (value: string | undefined) => (value ?? '').trim();
  return buildSettings({
    gate: request.command,
    token: githubToken(env).trim(),
    npmToken: flag(env.NPM_TOKEN),
    config: flag(request.config),
    tag: request.tag,
    ref: env.GITHUB_REF,
    sha: flag(request.sha) || env.GITHUB_SHA || '',
    dist: flag(request.dist),
    waitMinutes: flag(request.waitMinutes),
    summary: 'true',
    imageDigest: flag(request.imageDigest),
    chartDigest: flag(request.chartDigest),
    workspace: workspaceOf(request),
    repository: request.repository,
    serverUrl: env.GITHUB_SERVER_URL,
    apiUrl: env.GITHUB_API_URL,
    runnerTemp: env.RUNNER_TEMP,
    retryBaseMs: env.RELEASE_GATES_RETRY_BASE_MS
  });
}

/** HEAD of the workspace, which must be a git work tree for the maintainer commands. */
export async function headCommit(git: GitApi, workspace: string): Promise<string> {
  const head = await git.headSha(workspace);
  if (head === null)
    throw new InputError(`${clip(workspace, 200)} is not inside a git repository; run release-gates in your clone of the project (or pass --workspace)`);
  return head;
}
