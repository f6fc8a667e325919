import type { GitApi } from '../clients/git.js';
import type { Clients } from '../clients/index.js';
import type { Clock } from '../util/clock.js';
import type { CliOutput } from './output.js';

/** What a command needs from the outside: where to print, the environment, and (for tests) fake clients and clock. */
export interface CommandIO {
  /** The output boundary (cli/output.ts): commands print plain text through it. */
  terminal: CliOutput;
  env: NodeJS.ProcessEnv;
  git?: GitApi;
  clients?: Clients;
  sleep?: (ms: number) => Promise<void>;
  /** The clock a gate's wait is on (with `sleep`: the polling bench's fake time); the real one when not given. */
  clock?: Clock;
  /** Today's date (UTC); injectable so `bump`'s changelog heading is testable. */
  now?: () => Date;
}

/** Exit codes, as the README documents them. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
