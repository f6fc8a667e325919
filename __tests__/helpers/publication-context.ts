import * as os from 'node:os';
import * as path from 'node:path';
import { createClients, type Clients } from '../../src/clients/index.js';
import { configSchema } from '../../src/config.js';
import { memo } from '../../src/engine.js';
import type { CheckOutcome, GateContext } from '../../src/gate.js';
import type { Settings } from '../../src/settings.js';
import { parseTag } from '../../src/version.js';

export interface PublicationContextOptions {
  /** Raw config, validated with the real schema. */
  config: Record<string, unknown>;
  tag?: string;
  sha?: string;
  workspace?: string;
  npmToken?: string;
  apiUrl?: string;
  serverUrl?: string;
  owner?: string;
  repo?: string;
  /** Replaces some of the real clients (e.g. a GitHubApi fake). */
  clients?: Partial<Clients>;
}

/**
 * A GateContext over the REAL clients (HttpClient, npm, PyPI, OCI, GitHub) pointed at loopback
 * test servers, with fast retries. `sleep` refuses: checks of this gate never wait.
 */
export function publicationContext(options: PublicationContextOptions): GateContext {
  const config = configSchema.parse(options.config);
  const tag = options.tag ?? 'v1.2.3';
  const parsed = parseTag(tag, config.tags);
  const workspace = options.workspace ?? os.tmpdir();
  const settings: Settings = {
    gate: 'publication-preflight',
    token: 'gh-test-token-never-printed',
    configPath: path.join(workspace, '.github/release-gates.yml'),
    configInput: '.github/release-gates.yml',
    tag,
    sha: options.sha ?? 'a'.repeat(40),
    npmToken: options.npmToken ?? '',
    distDir: path.join(workspace, 'dist'),
    waitMinutes: 0,
    summary: true,
    workspace,
    owner: options.owner ?? 'sketchlog',
    repo: options.repo ?? 'sketchlog',
    serverUrl: options.serverUrl ?? 'https://github.com',
    apiUrl: options.apiUrl ?? 'http://127.0.0.1:9',
    runnerTemp: os.tmpdir(),
    retries: 1,
    retryBaseMs: 0
  };
  return {
    settings,
    config,
    release: parsed.ok
      ? { tag, version: parsed.version, kind: parsed.kind, tagProblem: null }
      : { tag, version: null, kind: null, tagProblem: parsed.reason },
    clients: { ...createClients(settings), ...options.clients },
    deadline: Date.now(),
    once: memo(),
    sleep: () => Promise.reject(new Error('publication-preflight checks must not sleep')),
    log: () => {}
  };
}

/** Every text of an outcome (summary, details, links, table), to search for secrets and names. */
export function outcomeText(outcome: CheckOutcome): string {
  return JSON.stringify(outcome);
}
