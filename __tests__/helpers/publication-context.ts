import * as os from 'node:os';
import { createClients, type Clients } from '../../src/clients/index.js';
import type { CheckOutcome, GateContext } from '../../src/gate.js';
import { testContext, testSettings } from './context.js';

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
  const workspace = options.workspace ?? os.tmpdir();
  const settings = testSettings(workspace, {
    gate: 'publication-preflight',
    token: 'gh-test-token-never-printed',
    sha: options.sha ?? 'a'.repeat(40),
    npmToken: options.npmToken ?? '',
    owner: options.owner ?? 'sketchlog',
    repo: options.repo ?? 'sketchlog',
    serverUrl: options.serverUrl ?? 'https://github.com',
    apiUrl: options.apiUrl ?? 'http://127.0.0.1:9',
    retries: 1
  });
  return testContext({
    gate: 'publication-preflight',
    config: options.config,
    tag: options.tag ?? 'v1.2.3',
    clients: { ...createClients(settings), ...options.clients },
    workspace,
    settings,
    noSleep: 'publication-preflight checks must not sleep'
  });
}

/** Every text of an outcome (summary, details, links, table), to search for secrets and names. */
export function outcomeText(outcome: CheckOutcome): string {
  return JSON.stringify(outcome);
}
