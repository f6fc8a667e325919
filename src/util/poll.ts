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

export interface PollClock {
  /** Epoch ms after which no more asking: the wait ends with the last answer. */
  deadline: number;
  now?(): number;
  sleep(ms: number): Promise<void>;
  /** One line per change of what was seen, so the job log shows what the gate waits for. */
  log(line: string): void;
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

/** No interval is shorter than this (unless the deadline is nearer). */
export const MIN_POLL_MS = 250;
/** After the start, an interval is a tenth of the time waited so far, at least this much… */
export const BASE_POLL_MS = 1_000;
/** …and at most this much, so a long wait still notices a change within a minute. */
export const MAX_POLL_MS = 60_000;
/** The share of the time already waited that the next interval may be. */
export const POLL_FRACTION = 0.1;

/**
 * The interval before the next look, after `elapsedMs` of waiting out of `waitMs`.
 * A tenth of the time waited so far keeps the delay between "it is there" and the
 * verdict within about 10 % of the wait, while the number of requests grows only
 * with the logarithm of the wait. A short wait (under 10 s) starts at a tenth of it.
 */
export function pollInterval(elapsedMs: number, waitMs: number): number {
  const floor = Math.max(MIN_POLL_MS, Math.min(BASE_POLL_MS, waitMs / 10));
  return Math.min(MAX_POLL_MS, Math.max(floor, elapsedMs * POLL_FRACTION));
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

/**
 * Asks `look` until it answers `done` or the deadline passes. `what` names the thing
 * waited for in the progress lines ("pypi: sketchlog 1.2.3 on https://pypi.org").
 * Errors thrown by `look` end the wait and propagate: the caller fails closed.
 */
export async function poll<T>(clock: PollClock, what: string, look: (attempt: number) => Promise<PollAnswer<T>>): Promise<PollResult<T>> {
  const now = () => (clock.now ? clock.now() : Date.now());
  const started = now();
  const waitMs = Math.max(0, clock.deadline - started);
  let polls = 0;
  let lastSeen: string | null = null;
  for (;;) {
    const answer = await look(polls);
    polls++;
    if (answer.done) {
      if (lastSeen !== null) clock.log(`${what}: ready after ${duration(now() - started)} (${polls} looks)`);
      return { value: answer.value, done: true, lastSeen, polls, waitedMs: now() - started };
    }
    const remaining = clock.deadline - now();
    if (answer.seen !== lastSeen) {
      lastSeen = answer.seen;
      if (remaining > 0) clock.log(`${what}: ${answer.seen}; waiting up to ${duration(remaining)}`);
    }
    if (remaining <= 0) {
      if (polls > 1) clock.log(`${what}: still ${answer.seen} after ${duration(now() - started)}; giving up`);
      return { value: answer.value, done: false, lastSeen, polls, waitedMs: now() - started };
    }
    await clock.sleep(Math.min(pollInterval(now() - started, waitMs), remaining));
  }
}

/** The note a check adds when it waited: "waited 12.0 s over 5 looks". Empty when it did not wait. */
export function waitNote(result: Pick<PollResult<unknown>, 'polls' | 'waitedMs'>): string[] {
  return result.polls > 1 ? [`waited ${duration(result.waitedMs)} over ${result.polls} looks`] : [];
}
