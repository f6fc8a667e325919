/**
 * A clock tests move by hand: `advance(ms)` fires the timers that fall due, in time order, letting
 * what each one sets off run (I/O callbacks and promises) before the next fires. No test sleeps:
 * time passes only when the test says so.
 */
import type { Clock } from '../src/util/clock.js';

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

/** Lets pending I/O callbacks and promise reactions run (one turn of the event loop, twice). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export class ManualClock implements Clock {
  private time: number;
  private seq = 0;
  private timers: Timer[] = [];
  constructor(start = 1_000_000) {
    this.time = start;
  }
  now(): number {
    return this.time;
  }
  setTimer(fn: () => void, ms: number): () => void {
    const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }
  /** When the next timer falls due, or null when none waits. */
  nextAt(): number | null {
    return this.timers.reduce<number | null>((at, t) => (at === null || t.at < at ? t.at : at), null);
  }
  /** Timers still waiting to fire. */
  get pending(): number {
    return this.timers.length;
  }
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.fn();
      await settle();
    }
    this.time = end;
    await settle();
  }
}
