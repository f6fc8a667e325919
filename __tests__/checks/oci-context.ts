/**
 * A GateContext over the REAL clients for the OCI checks of publication and smoke (container, helm,
 * image-resolves, chart-resolves), with a fake clock whose sleeps can push to the registry between looks.
 */
import * as os from 'node:os';
import { createClients } from '../../src/clients/index.js';
import type { GateId } from '../../src/gates/index.js';
import { testContext, testSettings, type TestGateContext } from '../helpers/context.js';
import {
  OciPusher,
  startFaultProxy,
  startOciRegistry,
  startTokenServer,
  type FaultProxy,
  type OciTestRegistry,
  type TokenServer
} from '../../test-support/oci-registry.js';

export const PUSHER = { user: 'pusher', password: 'pusher-password-1' };
export const PRIVATE_HINT = 'the package is private; make it public (GHCR: package settings → Change visibility)';

/** A clock that moves only when a check sleeps; `onSleep(n, work)` runs `work` during the n-th sleep (1-based). */
export class PushingClock {
  readonly slept: number[] = [];
  private readonly hooks = new Map<number, () => Promise<unknown>>();
  constructor(public time = 1_000_000) {}
  onSleep(n: number, work: () => Promise<unknown>): this {
    this.hooks.set(n, work);
    return this;
  }
  now = (): number => this.time;
  sleep = async (ms: number): Promise<void> => {
    this.slept.push(ms);
    this.time += ms;
    await this.hooks.get(this.slept.length)?.();
  };
}

export interface OciContextOptions {
  gate: Extract<GateId, 'publication' | 'smoke'>;
  /** `host/...` templates; `{owner}`/`{repo}` are sketchlog/sketchlog. */
  container?: unknown;
  helm?: unknown;
  tag?: string;
  imageDigest?: string;
  chartDigest?: string;
  waitMinutes?: number;
  clock?: PushingClock;
}

export function ociContext(options: OciContextOptions): TestGateContext {
  const workspace = os.tmpdir();
  const overrides = {
    gate: options.gate,
    tag: options.tag ?? 'v1.2.3',
    imageDigest: options.imageDigest ?? '',
    chartDigest: options.chartDigest ?? '',
    waitMinutes: options.waitMinutes ?? 0,
    // One 5xx is retried; no real waiting between attempts.
    retries: 1,
    retryBaseMs: 0
  };
  const settings = testSettings(workspace, overrides);
  return testContext({
    gate: options.gate,
    config: {
      tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
      pypi: false,
      npm: false,
      ...('container' in options ? (options.container === undefined ? {} : { container: options.container }) : { container: false }),
      ...('helm' in options ? (options.helm === undefined ? {} : { helm: options.helm }) : { helm: false })
    },
    tag: overrides.tag,
    clients: createClients(settings),
    workspace,
    settings: overrides,
    noSleep: 'this OCI test must not wait',
    ...(options.clock ? { clock: options.clock } : {})
  });
}

/** The registries every OCI check test uses: an open one, one with token auth (`private/…` needs credentials), a fault proxy. */
export interface OciTestRegistries {
  open: OciTestRegistry;
  tokenAuth: OciTestRegistry;
  tokens: TokenServer;
  proxy: FaultProxy;
  pusher: OciPusher;
  close(): Promise<void>;
}

export async function startOciTestRegistries(): Promise<OciTestRegistries> {
  const tokens = await startTokenServer({ pusher: PUSHER, anonymousPull: (repo) => !repo.startsWith('private/') });
  const [open, tokenAuth] = await Promise.all([startOciRegistry(), startOciRegistry({ auth: { token: tokens } })]);
  const proxy = await startFaultProxy(open);
  return {
    open,
    tokenAuth,
    tokens,
    proxy,
    pusher: new OciPusher(open),
    close: async () => {
      await Promise.all([open.close(), tokenAuth.close(), tokens.close(), proxy.close()]);
    }
  };
}
