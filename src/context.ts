import { createClients, type Clients } from './clients/index.js';
import type { Config } from './config.js';
import { memo } from './engine.js';
import type { GateContext, ReleaseInfo } from './gate.js';
import type { Settings } from './settings.js';
import { PollRounds, waitBudget } from './util/poll.js';
import type { Clock } from './util/clock.js';
import { protectSecrets } from './util/redact.js';

export interface ContextDeps {
  clients?: Clients;
  sleep?: (ms: number) => Promise<void>;
  /** How long past `wait-minutes` a request under way may run (default WAIT_GRACE_MS); tests shorten it. */
  waitGraceMs?: number;
  /** The clock the wait and the per-check deadline are on (default the real one); with `sleep`, a bench runs a 10-minute wait in seconds. */
  clock?: Clock;
}

/**
 * The context every check runs in, for the action's gates and the CLI's maintainer
 * commands alike. Progress lines carry outside text (names, registry answers): `log`
 * is the entry point's output boundary, which redacts them and neutralises workflow
 * commands (src/index.ts for the action, src/cli/output.ts for the CLI).
 */
export function createGateContext(settings: Settings, config: Config, release: ReleaseInfo, log: (line: string) => void, deps: ContextDeps = {}): GateContext {
  // Registered, so every clip() redacts them before shortening (a half token is still a leak).
  protectSecrets([settings.token, settings.npmToken]);
  // One wait for the whole run: the checks poll until it ends and the clients end requests by it.
  const clock = deps.clock;
  const wait = waitBudget(settings.waitMinutes, { graceMs: deps.waitGraceMs, ...(clock ? { now: () => clock.now() } : {}) });
  // Real runs jitter their polls; a test that injects its own sleep gets exact intervals.
  const random = deps.sleep ? undefined : Math.random;
  return {
    settings,
    config,
    release,
    clients: deps.clients ?? createClients(settings, wait),
    wait,
    once: memo(),
    ...(clock ? { clock } : {}),
    sleep: deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    ...(random ? { random } : {}),
    // One schedule of poll rounds per registry host for all the run's checks, jittered by `random`.
    rounds: new PollRounds(random),
    log
  };
}
