/**
 * The time a run's deadlines are on: now, and a timer. Injected wherever a bound is enforced
 * (the HTTP client's header, idle and overall deadlines, the engine's per-check deadline) so
 * tests drive time by hand and never sleep; the real one is the default.
 */
export interface Clock {
  now(): number;
  /** Calls `fn` after `ms`; returns the cancel. Never holds the process open. */
  setTimer(fn: () => void, ms: number): () => void;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, Math.max(0, ms));
    timer.unref?.();
    return () => clearTimeout(timer);
  }
};
