import { formatDuration } from './duration.js';

/**
 * The one polling helper for every check that waits (a CI run in progress, a
 * version a registry or its CDN does not serve yet). It asks, and while the
 * answer is "not yet" it asks again with growing intervals until the deadline
 * (`wait-minutes`). A final answer — ready, or a failure that waiting cannot
 * mend (a wrong digest, a 401, a malformed document) — ends the wait at once.
 *
 * The clock and sleep are injected, so tests never sleep. Conditional requests
 * are the probe's business (the HTTP client revalidates with ETags); this
 * helper only decides when to ask and what to print.
 */

/** What one look found: the final answer, or "not yet" with what was seen. */
export type PollAnswer<T> =
  | { done: true; value: T }
  /** Not there yet. `seen` is one short phrase of what was found; a change of it is logged once. */
  | { done: false; seen: string; value: T };

/**
 * The check's wait, built once per gate run from `wait-minutes`: `poll` asks until its
 * deadline, and the HTTP client ends a request by it (plus `graceMs`), so one number
 * bounds both. `now` is the clock the deadline is on; tests inject a fake one.
 */
export interface WaitBudget {
  /** `wait-minutes` as given, for messages. */
  readonly minutes: number;
  /** Epoch ms (on `now`'s clock) after which no check asks again. */
  readonly deadline: number;
  /** How long past `deadline` a request already under way may still run. */
  readonly graceMs: number;
  now(): number;
}

/**
 * The grace after the wait: as long as the client's header timeout (30 s), so the last
 * look a check takes — the only one with `wait-minutes: 0` — still gets one ordinary
 * answer, while a registry that drips its answer cannot hold the check much past the wait.
 */
export const WAIT_GRACE_MS = 30_000;

/**
 * How long past `wait-minutes` a gate run may take in all, whatever the registries do: every
 * check ends by `wait.deadline + RUN_GRACE_MS` (the engine fails one still running then, naming
 * its pending requests), and a download may run that long past the wait. Two minutes: a release
 * file of hundreds of MiB moves in that time, and a check's last answers arrive in it.
 */
export const RUN_GRACE_MS = 2 * 60_000;

export function waitBudget(minutes: number, options: { now?: () => number; graceMs?: number } = {}): WaitBudget {
  const now = options.now ?? Date.now;
  return { minutes, deadline: now() + minutes * 60_000, graceMs: options.graceMs ?? WAIT_GRACE_MS, now };
}

/** The wait as a limit a request ran into: "wait-minutes 0.5 (+30.0 s grace)". */
export function waitLimit(wait: Pick<WaitBudget, 'minutes' | 'graceMs'>): string {
  return `wait-minutes ${wait.minutes} (+${formatDuration(wait.graceMs)} grace)`;
}

export interface PollClock {
  /** Until when to ask: the wait ends with the last answer at `wait.deadline`. */
  wait: WaitBudget;
  sleep(ms: number): Promise<void>;
  /** One line per change of what was seen, so the job log shows what the gate waits for. */
  log(line: string): void;
  /**
   * A number in [0, 1) for jitter (Math.random in a run): each interval is shortened by up to
   * POLL_JITTER, so parallel jobs waiting on one registry do not ask in step. Only ever shorter,
   * so the verdict still comes within 10 % of the lag. Without it, intervals are exact (tests).
   */
  random?: () => number;
  /** The gate run's rounds per host (one for every check of the run); a poll without it keeps rounds of its own. */
  rounds?: PollRounds;
}

export interface PollResult<T> {
  /** The last answer's value: final when `done`, else what was last seen when time ran out. */
  value: T;
  done: boolean;
  /** What the last "not yet" answer saw (null when the first answer was final). */
  lastSeen: string | null;
  polls: number;
  waitedMs: number;
}

/**
 * No interval is shorter than this (unless the deadline is nearer): with rounds shared per host
 * (PollRounds), a registry sees at most one round of looks a second, however short the wait.
 */
export const MIN_POLL_MS = 1_000;
/** At most this much, so a long wait still notices a change within a minute. */
export const MAX_POLL_MS = 60_000;
/** The share of the time already waited that the next interval may be. */
export const POLL_FRACTION = 0.1;
/** The share of an interval jitter may take off it. */
export const POLL_JITTER = 0.1;

/**
 * The interval before the next look, after `elapsedMs` of waiting. A tenth of the time waited
 * so far keeps the delay between "it is there" and the verdict within about 10 % of the wait,
 * while the number of looks grows only with the logarithm of the wait: about 50 over 10
 * minutes (10 in the first 10 s at the 1 s floor, then 10 % longer each time).
 */
export function pollInterval(elapsedMs: number): number {
  return Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, elapsedMs * POLL_FRACTION));
}

/**
 * The rounds in which a gate run's checks look again, one schedule per registry host. Every
 * check waiting on a host looks in that host's rounds, so however many checks (and packages,
 * tags, files) wait on one registry, it sees one round at a time: at most one a second, about
 * 50 over a 10-minute wait, each asking once for what is still missing. A host's schedule
 * starts with the first look at it (its intervals are pollInterval of the time since), and each
 * interval above the floor is jittered once, so parallel jobs do not ask in step while this
 * run's checks do.
 */
export class PollRounds {
  private readonly schedules = new Map<string, number[]>();
  constructor(private readonly random?: () => number) {}

  /** Starts `host`'s schedule at `at` (the first look at it); later calls change nothing. */
  join(host: string, at: number): void {
    if (!this.schedules.has(host)) this.schedules.set(host, [at]);
  }

  /** The first round on `host` after a look that started at `lookStarted`, and not before `now`. */
  next(host: string, lookStarted: number, now: number): number {
    this.join(host, lookStarted);
    const rounds = this.schedules.get(host)!;
    const anchor = rounds[0]!;
    const due = (at: number) => at > lookStarted && at >= now;
    for (;;) {
      const found = rounds.find(due);
      if (found !== undefined) return found;
      const last = rounds[rounds.length - 1]!;
      // Jitter only ever shortens (the verdict stays within 10 % of the lag), never below the floor.
      const interval = pollInterval(last - anchor);
      // Whole milliseconds, as timers count: the rounds of two checks then meet exactly.
      rounds.push(last + Math.round(Math.max(MIN_POLL_MS, interval * (1 - POLL_JITTER * (this.random?.() ?? 0)))));
    }
  }

  /** Rounds scheduled so far on `host` (for the bench and tests). */
  scheduled(host: string): number {
    return this.schedules.get(host)?.length ?? 0;
  }
}

/** The host (with its port) of a registry or API base URL: what a poll's rounds are kept by. A value that is no URL is its own key. */
export function pollHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Asks `look` until it answers `done` or the deadline passes. `what` names the thing
 * waited for in the progress lines ("pypi: sketchlog 1.2.3 on https://pypi.org"); `host`
 * is the registry (or API) host the look asks, whose rounds it keeps (PollRounds).
 * Errors thrown by `look` end the wait and propagate: the caller fails closed.
 */
export async function poll<T>(clock: PollClock, what: string, host: string, look: (attempt: number) => Promise<PollAnswer<T>>): Promise<PollResult<T>> {
  const now = () => clock.wait.now();
  const rounds = clock.rounds ?? new PollRounds(clock.random);
  const started = now();
  rounds.join(host, started);
  let polls = 0;
  let lastSeen: string | null = null;
  for (;;) {
    const lookStarted = now();
    const answer = await look(polls);
    polls++;
    if (answer.done) {
      if (lastSeen !== null) clock.log(`${what}: ready after ${formatDuration(now() - started)} (${polls} looks)`);
      return { value: answer.value, done: true, lastSeen, polls, waitedMs: now() - started };
    }
    const remaining = clock.wait.deadline - now();
    if (answer.seen !== lastSeen) {
      lastSeen = answer.seen;
      if (remaining > 0) clock.log(`${what}: ${answer.seen}; waiting up to ${formatDuration(remaining)}`);
    }
    if (remaining <= 0) {
      if (polls > 1) clock.log(`${what}: still ${answer.seen} after ${formatDuration(now() - started)}; giving up`);
      return { value: answer.value, done: false, lastSeen, polls, waitedMs: now() - started };
    }
    const nextRound = rounds.next(host, lookStarted, now());
    await clock.sleep(Math.min(nextRound - now(), remaining));
  }
}

/** The note a check adds when it waited: "waited 12.0 s over 5 looks". Empty when it did not wait. */
export function waitNote(result: Pick<PollResult<unknown>, 'polls' | 'waitedMs'>): string[] {
  return result.polls > 1 ? [`waited ${formatDuration(result.waitedMs)} over ${result.polls} looks`] : [];
}

/**
 * The advice that ends a failure when the wait ended with something still not there, in the
 * same words for every check. `fix` is what to do if it is not coming ("publish it"; empty
 * when waiting is the only remedy); `awaited` is what more waiting would let happen ("the
 * registry to catch up"). Appended to what was last seen:
 *   " after waiting 60.0 s (wait-minutes 1); publish it, or raise wait-minutes for the registry to catch up"
 *   "; publish it, or set wait-minutes to wait for the registry to catch up" (wait-minutes 0)
 */
export function waitAdvice(wait: Pick<WaitBudget, 'minutes'>, result: Pick<PollResult<unknown>, 'waitedMs'>, fix: string, awaited: string): string {
  const first = fix ? `${fix}, or ` : '';
  return wait.minutes > 0
    ? ` after waiting ${formatDuration(result.waitedMs)} (wait-minutes ${wait.minutes}); ${first}raise wait-minutes for ${awaited}`
    : `; ${first}set wait-minutes to wait for ${awaited}`;
}
