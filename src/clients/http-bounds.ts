import { clip } from '../util/text.js';
import { formatDuration } from '../util/duration.js';
import { currentCheckScope } from '../util/check-scope.js';
import { REAL_CLOCK, type Clock } from '../util/clock.js';
import { waitLimit, type WaitBudget } from '../util/poll.js';
import { redactor } from '../util/redact.js';
import { releaseMemory } from '../util/release-memory.js';
import { HttpError, shownUrl, transportCause } from './http-errors.js';

/**
 * The overall deadline of one call: its own cap, or — for a request made while a check
 * waits — what is left of the run's wait plus its grace, when that ends sooner, so
 * `wait-minutes` bounds the wait however slowly a registry answers. Its signal aborts
 * whatever is in flight when the time is up (the header wait, the body), and so does the
 * check's own deadline (`outer`: the engine's per-check signal). Timers run on `clock`.
 */
export class CallDeadline {
  readonly at: number;
  readonly ms: number;
  /** Which limit this is, in words: "the request's 2.0 min cap", "wait-minutes 0.5 (+30.0 s grace)". */
  readonly limit: string;
  private readonly controller = new AbortController();
  private readonly cancel: () => void;
  private readonly detach: () => void;
  /** Whether the check's own deadline (`outer`) stopped this call. */
  private stoppedByCheck = false;
  readonly signal: AbortSignal;
  private readonly clock: Clock;
  constructor(capMs: number, wait?: WaitBudget, options: { clock?: Clock; graceMs?: number; outer?: AbortSignal | null } = {}) {
    this.clock = options.clock ?? REAL_CLOCK;
    const graceMs = options.graceMs ?? wait?.graceMs ?? 0;
    const waitLeftMs = wait ? Math.max(0, wait.deadline - wait.now()) + graceMs : Infinity;
    this.ms = Math.min(capMs, waitLeftMs);
    this.limit = wait && waitLeftMs < capMs ? waitLimit({ minutes: wait.minutes, graceMs }) : `the request's ${formatDuration(capMs)} cap`;
    this.at = this.clock.now() + this.ms;
    this.cancel = this.clock.setTimer(() => this.controller.abort(), this.ms);
    this.signal = this.controller.signal;
    // A listener on the check's signal, removed when the call ends (not AbortSignal.any, whose
    // dependents a long-lived source keeps: a check that makes thousands of calls would hold them all).
    const outer = options.outer ?? null;
    const stop = () => {
      this.stoppedByCheck = true;
      this.controller.abort();
    };
    if (outer?.aborted) stop();
    outer?.addEventListener('abort', stop, { once: true });
    this.detach = () => outer?.removeEventListener('abort', stop);
  }
  get expired(): boolean {
    return this.signal.aborted || this.clock.now() >= this.at;
  }
  remaining(): number {
    return Math.max(0, this.at - this.clock.now());
  }
  /** The clock this deadline is on, for the timers of the attempt under it. */
  get timers(): Clock {
    return this.clock;
  }
  end(): void {
    this.cancel();
    this.detach();
  }
  /** The phrase for a call stopped by this deadline: "did not finish within the request's 2.0 min cap". */
  get cause(): string {
    if (this.stoppedByCheck) return "was stopped: the check's time ran out";
    return `did not finish within ${this.limit}`;
  }
}

/** One attempt's abort: its own (idle timeout, early stop) or the call's deadline. */
export interface Attempt {
  abort: AbortController;
  deadline: CallDeadline;
}

/**
 * The same deadline and body bound for a caller that does its own fetch (Octokit's
 * `request.fetch`): pass `signal` to fetch, read the body with `read`, call `end` when done.
 */
export class FetchDeadline {
  private readonly deadline: CallDeadline;
  private readonly abort = new AbortController();
  readonly signal: AbortSignal;
  constructor(deadlineMs: number, outer?: AbortSignal | null, clock?: Clock) {
    const scope = currentCheckScope();
    this.deadline = new CallDeadline(deadlineMs, undefined, { ...(clock ? { clock } : {}), outer: scope?.signal ?? null });
    this.signal = AbortSignal.any([this.abort.signal, this.deadline.signal, ...(outer ? [outer] : [])]);
  }
  get expired(): boolean {
    return this.deadline.expired;
  }
  /** "did not finish within the request's 30.0 s cap". */
  get cause(): string {
    return this.deadline.cause;
  }
  /** The whole body within `maxBytes`, no pause longer than `idleMs`, before the deadline; HttpError otherwise. */
  read(response: Response, url: string, maxBytes: number, idleMs: number): Promise<Buffer> {
    return readBounded(response, maxBytes, url, { abort: this.abort, deadline: this.deadline }, idleMs);
  }
  end(): void {
    this.deadline.end();
  }
}

export async function readSnippet(response: Response, credential: string | undefined, attempt: Attempt, idleMs: number): Promise<string> {
  try {
    let text = (await readBounded(response, 4096, response.url, attempt, idleMs)).toString('utf8');
    // A server may echo the credential it was sent. Drop it before the text is shortened:
    // once clipped, a partial token would slip past any later redaction.
    // The header value and the bare token after "Bearer "/"token ".
    text = redactor(credential ? [credential, credential.split(' ').pop() ?? ''] : [])(text);
    return clip(text.replace(/\s+/g, ' ').trim(), 120);
  } catch {
    return '';
  }
}

/**
 * The body, chunk by chunk, within `maxBytes`. No chunk for `idleMs` aborts the
 * transfer, and so does the call's deadline; a body that breaks off is a transient
 * HttpError (status null), so a buffered request() retries it while time is left.
 * `done` runs once the body is finished with, however that happens.
 */
export async function* bounded(
  response: Response,
  maxBytes: number,
  url: string,
  attempt: Attempt,
  idleMs: number,
  done: () => void = () => {}
): AsyncGenerator<Uint8Array> {
  try {
    yield* boundedChunks(response, maxBytes, url, attempt, idleMs);
  } finally {
    done();
  }
}

async function* boundedChunks(response: Response, maxBytes: number, url: string, attempt: Attempt, idleMs: number): AsyncGenerator<Uint8Array> {
  const { abort, deadline } = attempt;
  const declared = Number(response.headers.get('content-length'));
  if (response.headers.has('content-length') && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new HttpError(`${shownUrl(url)}: answer of ${declared} bytes is larger than the ${maxBytes} allowed`, response.status, url);
  }
  if (!response.body) return;
  const reader = response.body.getReader();
  const clock = deadline.timers;
  const started = clock.now();
  let size = 0;
  let collectedAt = 0;
  try {
    for (;;) {
      let idle = false;
      const cancelIdle = clock.setTimer(
        () => {
          idle = true;
          abort.abort();
        },
        Math.min(idleMs, deadline.remaining())
      );
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        if (deadline.expired) throw new Error('deadline');
        chunk = await reader.read();
      } catch (error) {
        const cause = deadline.expired ? deadline.cause : idle ? `no data for ${formatDuration(idleMs)}` : transportCause(error);
        throw new HttpError(`${shownUrl(url)}: the answer broke off: ${cause}`, null, url);
      } finally {
        cancelIdle();
      }
      if (chunk.done) return;
      size += chunk.value.byteLength;
      const slow = tooSlow(size, clock.now() - started);
      // Final: a registry that drips would drip again, and every retry would cost the same wait.
      if (slow) throw new HttpError(`${shownUrl(url)}: ${slow}`, null, url, null, true);
      if (size > maxBytes) {
        throw new HttpError(`${shownUrl(url)}: answer is larger than the ${maxBytes} bytes allowed`, response.status, url);
      }
      // A body of tens of MiB arrives faster than the collector frees what its reader dropped: each
      // RECLAIM_EVERY_BYTES read is reclaimed before the next, so a download costs what is in flight.
      if (size - collectedAt >= RECLAIM_EVERY_BYTES) {
        collectedAt = size;
        releaseMemory();
      }
      yield chunk.value;
    }
  } finally {
    // Stop the transfer when the reader leaves early (size bound, caller stopped).
    await reader.cancel().catch(() => {});
  }
}

/** How many bytes of one body are read between two collections (see releaseMemory). */
export const RECLAIM_EVERY_BYTES = 16 * 1024 * 1024;

/** A body gets this long to get going before its average rate is held to the minimum. */
export const SLOW_START_MS = 10_000;
/**
 * The least average rate of a body after its start: 32 KiB/s moves a 100 MiB release file in under
 * an hour and a registry document in a blink; a registry that drips bytes to keep the idle timeout
 * at bay falls under it within seconds.
 */
export const MIN_BYTES_PER_SECOND = 32 * 1024;

/** "too slow (2 bytes in 20.0 s; at least 32 KiB/s is expected after the first 10.0 s)", or null while the rate holds. */
export function tooSlow(bytes: number, elapsedMs: number): string | null {
  if (elapsedMs <= SLOW_START_MS || bytes >= (MIN_BYTES_PER_SECOND * elapsedMs) / 1000) return null;
  return `too slow (${bytes} bytes in ${formatDuration(elapsedMs)}; at least ${MIN_BYTES_PER_SECOND / 1024} KiB/s is expected after the first ${formatDuration(SLOW_START_MS)})`;
}

export async function readBounded(response: Response, maxBytes: number, url: string, attempt: Attempt, idleMs: number): Promise<Buffer> {
  // With a declared length the body goes straight into one buffer of that size: collecting the
  // chunks and concatenating them would hold a large answer twice at the end.
  const declared = Number(response.headers.get('content-length'));
  if (response.headers.has('content-length') && Number.isSafeInteger(declared) && declared >= 0 && declared <= maxBytes) {
    const whole = Buffer.allocUnsafe(declared);
    let at = 0;
    const extra: Uint8Array[] = [];
    for await (const chunk of bounded(response, maxBytes, url, attempt, idleMs)) {
      // A server that sends more than it declared: keep the rest too, the size bound still holds.
      const fits = Math.min(chunk.byteLength, declared - at);
      whole.set(chunk.subarray(0, fits), at);
      at += fits;
      if (fits < chunk.byteLength) extra.push(chunk.subarray(fits));
    }
    return extra.length > 0 ? Buffer.concat([whole, ...extra]) : whole.subarray(0, at);
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of bounded(response, maxBytes, url, attempt, idleMs)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
