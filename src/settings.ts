import * as path from 'node:path';
import * as os from 'node:os';
import { z } from 'zod';
import { InputError, clip } from './errors.js';
import { isOutside } from './util/paths.js';

export const GATE_IDS = [
  'preflight',
  'publication-preflight',
  'artifacts',
  'publication',
  'supply-chain',
  'smoke',
  'release'
] as const;
export type GateId = (typeof GATE_IDS)[number];

/** Everything the action needs from its inputs and the runner, read once in index.ts. */
export interface Settings {
  gate: GateId;
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

/** Reads one input the way the runner passes it (`INPUT_<NAME>`), trimmed. */
export type InputReader = (name: string) => string;

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

export function readSettings(input: InputReader, env: NodeJS.ProcessEnv): Settings {
  const gateRaw = input('gate');
  if (!gateRaw) {
    throw new InputError(`input "gate" is required; use one of: ${GATE_IDS.join(', ')}`);
  }
  if (!(GATE_IDS as readonly string[]).includes(gateRaw)) {
    throw new InputError(`unknown gate "${clip(gateRaw)}"; use one of: ${GATE_IDS.join(', ')}`);
  }
  const gate = gateRaw as GateId;

  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());

  let tag = input('tag');
  if (!tag) {
    const ref = env.GITHUB_REF ?? '';
    if (ref.startsWith('refs/tags/')) tag = ref.slice('refs/tags/'.length);
  }
  if (!tag) {
    throw new InputError(
      `no release tag: input "tag" is empty and GITHUB_REF "${clip(env.GITHUB_REF ?? '')}" is not a tag; run on a tag push or pass "tag"`
    );
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
  const repoMatch = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(repository);
  if (!repoMatch) {
    throw new InputError(`GITHUB_REPOSITORY "${clip(repository)}" is not owner/repo`);
  }

  const configInput = input('config') || '.github/release-gates.yml';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  for (const [name, value] of [
    ['GITHUB_SERVER_URL', serverUrl],
    ['GITHUB_API_URL', apiUrl]
  ] as const) {
    if (!URL.canParse(value)) throw new InputError(`${name} "${clip(value)}" is not a URL`);
  }

  return {
    gate,
    token: input('token'),
    configPath: insideWorkspace(workspace, configInput, 'config'),
    configInput,
    tag,
    sha,
    npmToken: input('npm-token'),
    distDir: insideWorkspace(workspace, input('dist') || 'dist', 'dist'),
    waitMinutes: wait.data,
    summary: summary.data,
    workspace,
    owner: repoMatch[1]!,
    repo: repoMatch[2]!,
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
    throw new InputError(`${name} "${clip(raw, 80)}" is not a digest like sha256:<64 hex>; pass the digest output of the push step (e.g. docker/build-push-action's "digest")`);
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
