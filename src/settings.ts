import * as path from 'node:path';
import * as os from 'node:os';
import { InputError } from './errors.js';
import { clip } from './util/text.js';
import { isAllowedUrl } from './util/loopback.js';
import { isOutside } from './util/paths.js';
import { checkedSecret } from './util/secrets.js';

/** The command-line tool's maintainer commands, which run checks of their own before any tag exists. */
export const MAINTAINER_COMMANDS = ['bump', 'prepare', 'tag', 'doctor', 'status'] as const;
export type MaintainerCommand = (typeof MAINTAINER_COMMANDS)[number];

/** Everything the action needs from its inputs and the runner, read once in index.ts. */
export interface Settings {
  /**
   * The gate the action runs, or the maintainer command the CLI runs, as given. The
   * entry points check a gate against GATES (src/gates/): settings are read before the
   * gates and their clients are loaded.
   */
  gate: string;
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
  // The token goes to this URL: plain http only on loopback, as for every registry URL.
  if (!isAllowedUrl(url)) return 'uses http:// off loopback, which would send the token unencrypted; use https://';
  if (!url.hostname) return 'has no host';
  if (url.username || url.password) return 'carries credentials';
  if (url.search || url.hash) return 'has a query or fragment';
  return null;
}

/**
 * The spellings a boolean input may take (case and surrounding space do not matter). Plain code, not zod, here: these two scalars are all the settings validate, and the
 * settings are read before any library loads, so a bad input fails as fast as Node starts.
 */
const BOOLEAN_INPUT: Record<string, boolean> = { true: true, yes: true, '1': true, false: false, no: false, '0': false };

function booleanInput(raw: string): boolean | undefined {
  const key = raw.trim().toLowerCase();
  return Object.hasOwn(BOOLEAN_INPUT, key) ? BOOLEAN_INPUT[key] : undefined;
}

/** Resolves `rel` under `root`, refusing anything that would leave it. */
export function insideWorkspace(root: string, rel: string, what: string): string {
  const resolved = path.resolve(root, rel);
  if (isOutside(root, resolved)) {
    throw new InputError(`${what} "${clip(rel)}" is outside the workspace ${root}; give a path relative to the workspace`);
  }
  return resolved;
}

/**
 * What settings are built from, every value as given (text, not yet checked): the action reads
 * them from its inputs and the runner's variables (readSettings), the command-line tool from its
 * flags and the terminal's environment (cli/environment.ts). buildSettings checks both alike, so
 * the messages name the action's inputs and the runner's variables whichever gave the value.
 */
export interface SettingsSource {
  /** A gate, or a maintainer command of the CLI; checked by the entry points against GATES. */
  gate: string;
  token: string;
  npmToken: string;
  /** The config path relative to the workspace; '' for `.github/release-gates.yml`. */
  config: string;
  /** Exactly as given (see InputReader); '' takes the tag from `ref`. */
  tag: string;
  /** GITHUB_REF: an empty `tag` is read from `refs/tags/<tag>`. */
  ref: string | undefined;
  /** The commit: 40 hex digits, either case. */
  sha: string;
  /** The dist folder relative to the workspace; '' for `dist`. */
  dist: string;
  /** '' for 0. */
  waitMinutes: string;
  /** '' for true. */
  summary: string;
  imageDigest: string;
  chartDigest: string;
  /** The workspace folder, resolved against the current directory. */
  workspace: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_SERVER_URL; unset or '' for https://github.com. */
  serverUrl: string | undefined;
  /** GITHUB_API_URL; unset or '' for https://api.github.com. */
  apiUrl: string | undefined;
  /** RUNNER_TEMP; unset or '' for the system's temporary folder. */
  runnerTemp: string | undefined;
  /** RELEASE_GATES_RETRY_BASE_MS; unset or '' for 1000. */
  retryBaseMs: string | undefined;
}

/** Reads the action's inputs and the runner's variables. */
export function readSettings(input: InputReader, env: NodeJS.ProcessEnv): Settings {
  return buildSettings({
    gate: input('gate'),
    token: input('token'),
    npmToken: input('npm-token'),
    config: input('config'),
    tag: input('tag'),
    ref: env.GITHUB_REF,
    sha: input('sha') || env.GITHUB_SHA || '',
    dist: input('dist'),
    waitMinutes: input('wait-minutes'),
    summary: input('summary'),
    imageDigest: input('image-digest'),
    chartDigest: input('chart-digest'),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL,
    apiUrl: env.GITHUB_API_URL,
    runnerTemp: env.RUNNER_TEMP,
    retryBaseMs: env.RELEASE_GATES_RETRY_BASE_MS
  });
}

/** The one way settings are made: every value of the source checked, in the order the action reads them. */
export function buildSettings(source: SettingsSource): Settings {
  const workspace = path.resolve(source.workspace);

  // Not trimmed: judged exactly as given (see InputReader).
  let tag = source.tag;
  if (!tag) {
    const ref = source.ref ?? '';
    if (ref.startsWith('refs/tags/')) tag = ref.slice('refs/tags/'.length);
  }
  if (!tag) {
    throw new InputError(`no release tag: input "tag" is empty and GITHUB_REF "${clip(source.ref ?? '')}" is not a tag; run on a tag push or pass "tag"`);
  }

  const sha = source.sha.toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    throw new InputError(`commit "${clip(sha)}" is not a full 40-hex SHA; pass "sha" or run where GITHUB_SHA is set`);
  }

  const waitRaw = source.waitMinutes || '0';
  const wait = Number(waitRaw);
  if (!/^\d+(\.\d+)?$/.test(waitRaw) || !Number.isFinite(wait) || wait > 360) {
    throw new InputError(`wait-minutes "${clip(waitRaw)}" is not a number of minutes between 0 and 360`);
  }

  const summaryRaw = source.summary || 'true';
  const summary = booleanInput(summaryRaw);
  if (summary === undefined) {
    throw new InputError(`summary "${clip(summaryRaw)}" must be true or false`);
  }

  const imageDigest = readDigest(source.imageDigest, 'image-digest');
  const chartDigest = readDigest(source.chartDigest, 'chart-digest');

  const repository = source.repository;
  const [owner = '', repo = '', ...extra] = repository.split('/');
  if (extra.length > 0 || !OWNER.test(owner) || !REPO.test(repo)) {
    throw new InputError(
      `GITHUB_REPOSITORY "${clip(repository)}" is not owner/repo (GitHub names: letters, digits, "-" and "_" in the owner; letters, digits, ".", "_", "-" in the repository, not "." or "..")`
    );
  }

  const configInput = source.config || '.github/release-gates.yml';
  const serverUrl = runnerUrl('GITHUB_SERVER_URL', source.serverUrl, 'https://github.com');
  const apiUrl = runnerUrl('GITHUB_API_URL', source.apiUrl, 'https://api.github.com');

  return {
    gate: source.gate,
    token: checkedSecret('token', source.token),
    configPath: insideWorkspace(workspace, configInput, 'config'),
    configInput,
    tag,
    sha,
    npmToken: checkedSecret('npm-token', source.npmToken),
    distDir: insideWorkspace(workspace, source.dist || 'dist', 'dist'),
    waitMinutes: wait,
    summary,
    workspace,
    owner,
    repo,
    serverUrl,
    apiUrl,
    runnerTemp: source.runnerTemp || os.tmpdir(),
    imageDigest,
    chartDigest,
    retries: 3,
    retryBaseMs: readRetryBase(source.retryBaseMs)
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
