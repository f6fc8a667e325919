import { clip } from '../util/text.js';
import { formatDuration } from '../util/duration.js';
import { waitLimit, type WaitBudget } from '../util/poll.js';
import { redactor } from '../util/redact.js';
import { HttpError, shownUrl, transportCause } from './http-errors.js';

/**
 * The overall deadline of one call: its own cap, or — for a request made while a check
 * waits — what is left of the run's wait plus its grace, when that ends sooner, so
 * `wait-minutes` bounds the wait however slowly a registry answers. Its signal aborts
 * whatever is in flight when the time is up (the header wait, the body); the timer is
 * unref'd so it never holds the process open.
 */
export class CallDeadline {
  readonly at: number;
  readonly ms: number;
  /** Which limit this is, in words: "the request's 2.0 min cap", "wait-minutes 0.5 (+30.0 s grace)". */
  readonly limit: string;
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  constructor(capMs: number, wait?: WaitBudget) {
    const waitLeftMs = wait ? Math.max(0, wait.deadline - wait.now()) + wait.graceMs : Infinity;
    this.ms = Math.min(capMs, waitLeftMs);
    this.limit = wait && waitLeftMs < capMs ? waitLimit(wait) : `the request's ${formatDuration(capMs)} cap`;
    this.at = Date.now() + this.ms;
    this.timer = setTimeout(() => this.controller.abort(), this.ms);
    this.timer.unref?.();
  }
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  get expired(): boolean {
    return this.controller.signal.aborted || Date.now() >= this.at;
  }
  remaining(): number {
    return Math.max(0, this.at - Date.now());
  }
  end(): void {
    clearTimeout(this.timer);
  }
  /** The phrase for a call stopped by this deadline: "did not finish within the request's 2.0 min cap". */
  get cause(): string {
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
  constructor(deadlineMs: number, outer?: AbortSignal | null) {
    this.deadline = new CallDeadline(deadlineMs);
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
  let size = 0;
  try {
    for (;;) {
      let idle = false;
      const timer = setTimeout(
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
        clearTimeout(timer);
      }
      if (chunk.done) return;
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        throw new HttpError(`${shownUrl(url)}: answer is larger than the ${maxBytes} bytes allowed`, response.status, url);
      }
      yield chunk.value;
    }
  } finally {
    // Stop the transfer when the reader leaves early (size bound, caller stopped).
    await reader.cancel().catch(() => {});
  }
}

export async function readBounded(response: Response, maxBytes: number, url: string, attempt: Attempt, idleMs: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of bounded(response, maxBytes, url, attempt, idleMs)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
