import * as path from 'node:path';
import * as os from 'node:os';
import { z } from 'zod';
import { InputError, clip } from './errors.js';
import { isOutside } from './util/paths.js';
import { checkedSecret } from './util/secrets.js';

export const GATE_IDS = ['preflight', 'publication-preflight', 'artifacts', 'publication', 'supply-chain', 'smoke', 'release'] as const;
export type GateId = (typeof GATE_IDS)[number];
/** The command-line tool's maintainer commands, which run checks of their own before any tag exists. */
export const MAINTAINER_COMMANDS = ['bump', 'prepare', 'tag', 'status'] as const;
export type MaintainerCommand = (typeof MAINTAINER_COMMANDS)[number];

/** Everything the action needs from its inputs and the runner, read once in index.ts. */
export interface Settings {
  /** The gate the action runs, or the maintainer command the CLI runs. */
  gate: GateId | MaintainerCommand;
  /**
   * Read config-named files from the working tree, not from the commit (`bump`
   * checks what it has just written, before it is committed).
   */
  readWorkingTree?: boolean;
  token: string;
  /** Absolute path of the config file. */
  configPath: string;
  /** The config path as given, for messages. */
  configInput: string;
  tag: string;
  sha: string;
  npmToken: string;
  /** Absolute path of the dist folder. */
  distDir: string;
  waitMinutes: number;
  summary: boolean;
  workspace: string;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  runnerTemp: string;
  /** `image-digest`: what the container push reported (`sha256:<64 hex>`), or '' when not given. */
  imageDigest: string;
  /** `chart-digest`: what `helm push` reported, or '' when not given. */
  chartDigest: string;
  /** Retries for transient faults (5xx, resets) after the first attempt. */
  retries: number;
  /**
   * Base delay of the retry backoff in ms (attempt n waits n² × base).
   * From RELEASE_GATES_RETRY_BASE_MS; tests lower it so fault tests run fast.
   */
  retryBaseMs: number;
}

/**
 * Reads one input the way the runner passes it (`INPUT_<NAME>`). Every input but
 * `tag` may be trimmed by the reader; `tag` must come exactly as given, since a
 * tag with a trailing newline, a no-break space or a BOM is not the tag that was
 * pushed and must fail tag-format as it would through GITHUB_REF.
 */
export type InputReader = (name: string) => string;

/**
 * GitHub's names: a user or organisation is letters, digits and single hyphens
 * (Enterprise Managed Users add `_shortcode`), at most 39 characters; a repository
 * is letters, digits, `.`, `_` and `-`, at most 100, and never `.` or `..`. Anything
 * else in GITHUB_REPOSITORY (a path such as `../..`) would change which API path
 * the requests go to.
 */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9_])){0,38}$/;
const REPO = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

/** A runner URL (GITHUB_SERVER_URL, GITHUB_API_URL): absolute http(s) with a host and no credentials, query or fragment. */
function runnerUrl(name: string, raw: string | undefined, fallback: string): string {
  const value = (raw || fallback).replace(/\/+$/, '');
  const problem = runnerUrlProblem(value);
  if (problem) throw new InputError(`${name} "${clip(value)}" ${problem}; it is set by the runner (or the workflow's env) and must be the GitHub URL`);
  return value;
}

function runnerUrlProblem(value: string): string | null {
  if (!URL.canParse(value)) return 'is not a URL';
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `uses ${url.protocol}, not https://`;
  if (!url.hostname) return 'has no host';
  if (url.username || url.password) return 'carries credentials';
  if (url.search || url.hash) return 'has a query or fragment';
  return null;
}

const boolInput = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(['true', 'false', 'yes', 'no', '1', '0']))
  .transform((s) => s === 'true' || s === 'yes' || s === '1');

/** Resolves `rel` under `root`, refusing anything that would leave it. */
export function insideWorkspace(root: string, rel: string, what: string): string {
  const resolved = path.resolve(root, rel);
  if (isOutside(root, resolved)) {
    throw new InputError(`${what} "${clip(rel)}" is outside the workspace ${root}; give a path relative to the workspace`);
  }
  return resolved;
}

/**
 * Reads the action's inputs and the runner's variables. The CLI's maintainer
 * commands pass `command` instead of a `gate` input.
 */
export function readSettings(input: InputReader, env: NodeJS.ProcessEnv, command?: MaintainerCommand): Settings {
  const gateRaw = command ?? input('gate');
  if (!gateRaw) {
    throw new InputError(`input "gate" is required; use one of: ${GATE_IDS.join(', ')}`);
  }
  if (!command && !(GATE_IDS as readonly string[]).includes(gateRaw)) {
    throw new InputError(`unknown gate "${clip(gateRaw)}"; use one of: ${GATE_IDS.join(', ')}`);
  }
  const gate = gateRaw as GateId | MaintainerCommand;

  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());

  // Not trimmed: judged exactly as given (see InputReader).
  let tag = input('tag');
  if (!tag) {
    const ref = env.GITHUB_REF ?? '';
    if (ref.startsWith('refs/tags/')) tag = ref.slice('refs/tags/'.length);
  }
  if (!tag) {
    throw new InputError(`no release tag: input "tag" is empty and GITHUB_REF "${clip(env.GITHUB_REF ?? '')}" is not a tag; run on a tag push or pass "tag"`);
  }

  const sha = (input('sha') || env.GITHUB_SHA || '').toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    throw new InputError(`commit "${clip(sha)}" is not a full 40-hex SHA; pass "sha" or run where GITHUB_SHA is set`);
  }

  const waitRaw = input('wait-minutes') || '0';
  const wait = z.coerce.number().finite().min(0).max(360).safeParse(waitRaw);
  if (!/^\d+(\.\d+)?$/.test(waitRaw) || !wait.success) {
    throw new InputError(`wait-minutes "${clip(waitRaw)}" is not a number of minutes between 0 and 360`);
  }

  const summaryRaw = input('summary') || 'true';
  const summary = boolInput.safeParse(summaryRaw);
  if (!summary.success) {
    throw new InputError(`summary "${clip(summaryRaw)}" must be true or false`);
  }

  const imageDigest = readDigest(input('image-digest'), 'image-digest');
  const chartDigest = readDigest(input('chart-digest'), 'chart-digest');

  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = '', ...extra] = repository.split('/');
  if (extra.length > 0 || !OWNER.test(owner) || !REPO.test(repo)) {
    throw new InputError(
      `GITHUB_REPOSITORY "${clip(repository)}" is not owner/repo (GitHub names: letters, digits, "-" and "_" in the owner; letters, digits, ".", "_", "-" in the repository, not "." or "..")`
    );
  }

  const configInput = input('config') || '.github/release-gates.yml';
  const serverUrl = runnerUrl('GITHUB_SERVER_URL', env.GITHUB_SERVER_URL, 'https://github.com');
  const apiUrl = runnerUrl('GITHUB_API_URL', env.GITHUB_API_URL, 'https://api.github.com');

  return {
    gate,
    token: checkedSecret('token', input('token')),
    configPath: insideWorkspace(workspace, configInput, 'config'),
    configInput,
    tag,
    sha,
    npmToken: checkedSecret('npm-token', input('npm-token')),
    distDir: insideWorkspace(workspace, input('dist') || 'dist', 'dist'),
    waitMinutes: wait.data,
    summary: summary.data,
    workspace,
    owner,
    repo,
    serverUrl,
    apiUrl,
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    imageDigest,
    chartDigest,
    retries: 3,
    retryBaseMs: readRetryBase(env.RELEASE_GATES_RETRY_BASE_MS)
  };
}

/**
 * A digest input: empty (the gates that need it fail their checks, as SPEC says), or a
 * sha256 digest, lower-cased. Anything else is bad input: a digest that cannot be
 * compared would otherwise fail every check with a less clear reason.
 */
function readDigest(raw: string, name: string): string {
  if (raw === '') return '';
  const digest = raw.toLowerCase();
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new InputError(
      `${name} "${clip(raw, 80)}" is not a digest like sha256:<64 hex>; pass the digest output of the push step (e.g. docker/build-push-action's "digest")`
    );
  }
  return digest;
}

function readRetryBase(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 60_000) {
    throw new InputError(`RELEASE_GATES_RETRY_BASE_MS "${clip(raw)}" must be a whole number of milliseconds from 0 to 60000`);
  }
  return n;
}
