/** A GateContext over the REAL clients for the npm checks of publication and smoke, with a fake clock for waiting. */
import * as net from 'node:net';
import * as os from 'node:os';
import { createClients } from '../../src/clients/index.js';
import type { GateId } from '../../src/gates/index.js';
import { testContext, testSettings, type TestGateContext } from '../helpers/context.js';
import { FakeClock } from '../helpers/preflight-context.js';

export { FakeClock };

export const SHA = 'c'.repeat(40);
export const OTHER_SHA = 'd'.repeat(40);
export const PACKAGES = ['@sketchlog/client', '@sketchlog/react', '@sketchlog/wasm'];

export interface NpmContextOptions {
  gate: Extract<GateId, 'publication' | 'smoke'>;
  registry: string;
  packages?: string[];
  /** Replaces the whole npm section (e.g. `false`, or undefined for a missing one). */
  npm?: unknown;
  tag?: string;
  sha?: string;
  npmToken?: string;
  /** Its `dist` folder is where checks look for npm pack tarballs. */
  workspace?: string;
  waitMinutes?: number;
  clock?: FakeClock;
  /** The `supply-chain` section (the signer of npm-provenance); left out when undefined. */
  supplyChain?: unknown;
  owner?: string;
  repo?: string;
}

export function npmContext(options: NpmContextOptions): TestGateContext {
  const workspace = options.workspace ?? os.tmpdir();
  const overrides = {
    gate: options.gate,
    tag: options.tag ?? 'v1.2.3',
    sha: options.sha ?? SHA,
    npmToken: options.npmToken ?? '',
    waitMinutes: options.waitMinutes ?? 0,
    // One 5xx is retried; no real waiting between attempts.
    retries: 2,
    retryBaseMs: 0,
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.repo ? { repo: options.repo } : {})
  };
  const settings = testSettings(workspace, overrides);
  const npm =
    'npm' in options ? options.npm : { registry: options.registry, publisher: 'balavignesh', scope: 'sketchlog', packages: options.packages ?? PACKAGES };
  return testContext({
    gate: options.gate,
    config: {
      tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
      ...(npm === undefined ? {} : { npm }),
      pypi: false,
      container: false,
      helm: false,
      ...(options.supplyChain === undefined ? {} : { 'supply-chain': options.supplyChain })
    },
    tag: overrides.tag,
    clients: createClients(settings),
    workspace,
    settings: overrides,
    noSleep: 'this npm test must not wait',
    ...(options.clock ? { clock: options.clock } : {})
  });
}

/** A loopback port nothing listens on (it was just closed): a refused connection. */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}
