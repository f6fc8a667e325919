import { clip } from '../util/text.js';
import { formatDuration } from '../util/duration.js';
import { parseJson } from '../util/json.js';
import { isAllowedUrl } from '../util/loopback.js';
import { currentCheckScope } from '../util/check-scope.js';
import { REAL_CLOCK, type Clock } from '../util/clock.js';
import { RUN_GRACE_MS, type WaitBudget } from '../util/poll.js';
import { protectSecrets } from '../util/redact.js';
import { credentialHeaderProblem } from '../util/secrets.js';
import { bounded, CallDeadline, readBounded, readSnippet, type Attempt } from './http-bounds.js';
import { HttpError, shownUrl, transportCause } from './http-errors.js';
import { HostSlots } from './host-slots.js';

export { FetchDeadline } from './http-bounds.js';
export { HttpError, rethrowAs, shownUrl, transportCause } from './http-errors.js';

/**
 * The HTTP client for registries (npm, PyPI, OCI, Go proxy) and release asset
 * downloads. Registry answers are untrusted: bodies are size-bounded, every
 * call has an overall deadline (retries, redirects and the body included) on top of
 * the header and idle timeouts, transient faults are retried a bounded number of
 * times, and a credential is only ever sent to the host it belongs to — redirects are
 * followed by hand so a credential never follows a redirect to another host, and an
 * answer from another host never stands in for the credentialed one (see `crossHost`).
 */
export interface HttpOptions {
  /** Retries after the first attempt for network errors, 429 and 5xx. */
  retries: number;
  /** Base delay: attempt n waits n² × base ms (or the server's Retry-After, capped). */
  retryBaseMs: number;
  /** Longest wait for an answer's headers, and longest pause between two chunks of a body. */
  timeoutMs: number;
  /**
   * Overall deadline of one `request()` call: every attempt, redirect, retry wait and the
   * whole body. A body that drips a byte now and then never trips the idle timeout; this ends it.
   */
  deadlineMs?: number;
  /** Overall deadline of one `stream()` call, until its body is read to the end (downloads are larger). */
  streamDeadlineMs?: number;
  /**
   * The run's wait (`wait-minutes`): a `request()` ends when the wait and its grace are over, if
   * that comes before its own deadline, so a dripping registry cannot hold a check past its wait.
   * `stream()` downloads keep their own deadline: how long a release file takes is its size's
   * business, not a wait for something in progress.
   */
  wait?: WaitBudget;
  userAgent: string;
  sleep?: (ms: number) => Promise<void>;
  /** The clock of every timeout and deadline (tests drive it by hand). */
  clock?: Clock;
  /** Requests to one host at once, across the run (default MAX_PER_HOST). */
  perHost?: number;
}

export interface HttpRequest {
  url: string;
  /** POST and DELETE only for the OCI push probe, which starts a blob upload and cancels it (no body is sent). */
  method?: 'GET' | 'HEAD' | 'POST' | 'DELETE';
  headers?: Record<string, string>;
  /** A credential header, sent only while the request stays on `url`'s host. */
  credential?: { header: string; value: string };
  /**
   * With a credential, what a redirect to another host means. `refuse` (the default): the
   * call fails naming the redirect — the credential did not go along, so the other host's
   * answer (a `whoami`, a run list) proves nothing about what was asked. `allow`: follow it
   * without the credential; for downloads whose bytes are checked by hash (release assets
   * on a storage host, tarballs on a CDN).
   */
  crossHost?: 'refuse' | 'allow';
  /** This call's overall deadline, instead of the client's `deadlineMs`/`streamDeadlineMs`. */
  deadlineMs?: number;
  /**
   * For `stream()`: the body is a registry document read as it arrives (a packument, a PEP 691
   * page), not a download, so it is bounded as `request()` bounds one: its 2-minute cap and the
   * wait's own grace. A download gets its 15-minute cap and the run's grace (RUN_GRACE_MS).
   */
  document?: boolean;
  /** Largest body accepted; larger bodies fail the request. */
  maxBytes?: number;
  /** Statuses returned as they are instead of thrown (404 for "not there"). */
  accept?: number[];
  /**
   * Polling: remember this answer's ETag and send it next time as If-None-Match; a 304
   * then returns the remembered answer (with `notModified`), so an unchanged document
   * is neither sent again nor parsed again. Only for GET of small documents.
   */
  revalidate?: boolean;
}

export interface HttpResponse {
  status: number;
  url: string;
  headers: Headers;
  body: Buffer;
  /** The server answered 304 to a revalidation: this is the remembered answer. */
  notModified?: boolean;
  /** The answer came from another host than `url`'s, after an allowed (`crossHost: 'allow'`) redirect. */
  crossedHost?: boolean;
}

export interface HttpStream {
  status: number;
  url: string;
  headers: Headers;
  body: AsyncIterable<Uint8Array>;
  /** As for HttpResponse. */
  crossedHost?: boolean;
}

const MAX_REDIRECTS = 5;
/** Remembered answers for revalidation: enough for every document one gate polls. */
const MAX_REMEMBERED = 64;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** A registry document (≤ 64 MiB) arrives in seconds; two minutes covers retries on a slow day. */
const DEFAULT_DEADLINE_MS = 2 * 60_000;
/** A download of a release file: large, but a runner's network moves it in minutes. */
const DEFAULT_STREAM_DEADLINE_MS = 15 * 60_000;
/**
 * Requests to one host at once. Eight is what browsers allow per host (six) and a little more:
 * a registry answers them in parallel, and eight bodies of a 16 MiB cap are 128 MiB at most.
 */
export const MAX_PER_HOST = 8;

export class HttpClient {
  private readonly sleep: (ms: number) => Promise<void>;
  /** ETag and answer per URL (and whether a credential went along), for `revalidate` requests. */
  private readonly remembered = new Map<string, { etag: string; response: HttpResponse }>();
  private readonly clock: Clock;
  private readonly slots: HostSlots;
  constructor(private readonly options: HttpOptions) {
    this.clock = options.clock ?? REAL_CLOCK;
    // A retry's wait is on the injected clock (tests move it by hand). The real one is a plain
    // setTimeout, which keeps the process alive: the clock's timers do not, as they only bound.
    const injected = options.clock;
    this.sleep = options.sleep ?? (injected ? (ms) => new Promise<void>((r) => injected.setTimer(r, ms)) : (ms) => new Promise<void>((r) => setTimeout(r, ms)));
    this.slots = new HostSlots(options.perHost ?? MAX_PER_HOST);
  }

  /** A call's deadline: its cap, the run's wait (with `graceMs`), and the check's own deadline, on the client's clock. */
  private deadline(capMs: number, graceMs?: number): CallDeadline {
    return new CallDeadline(capMs, this.options.wait, {
      clock: this.clock,
      outer: currentCheckScope()?.signal ?? null,
      ...(graceMs !== undefined ? { graceMs } : {})
    });
  }

  /** Sends a request and reads the (bounded) body; throws HttpError with a one-line cause once retries are spent. */
  async request(req: HttpRequest): Promise<HttpResponse> {
    const maxBytes = checkRequest(req);
    const key =
      req.revalidate && (req.method ?? 'GET') === 'GET' ? `${req.credential ? 'auth' : 'anon'} ${JSON.stringify(req.headers ?? {})} ${req.url}` : null;
    const known = key ? this.remembered.get(key) : undefined;
    const sent: HttpRequest = known ? { ...req, headers: { ...req.headers, 'if-none-match': known.etag }, accept: [...(req.accept ?? []), 304] } : req;
    const deadline = this.deadline(req.deadlineMs ?? this.options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    const done = currentCheckScope()?.begin(new URL(req.url).host);
    let response: HttpResponse;
    try {
      response = await this.withRetries(sent, deadline, async () => {
        const slot = await this.slot(req.url, deadline);
        try {
          const { response, url, attempt } = await this.send(sent, deadline);
          const body = req.method === 'HEAD' ? Buffer.alloc(0) : await readBounded(response, maxBytes, url, attempt, this.options.timeoutMs);
          return { status: response.status, url, headers: response.headers, body, ...(crossed(req.url, url) ? { crossedHost: true } : {}) };
        } finally {
          slot();
        }
      });
    } finally {
      deadline.end();
      done?.();
    }
    if (known && response.status === 304) return { ...known.response, notModified: true };
    const etag = response.headers.get('etag');
    if (key && etag && response.status === 200) {
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
      this.remembered.set(key, { etag, response });
    }
    return response;
  }

  /**
   * Sends a request and hands back the body as a stream, so large files are hashed
   * with flat memory. The stream fails once it passes `maxBytes`.
   */
  async stream(req: HttpRequest): Promise<HttpStream> {
    const maxBytes = checkRequest(req);
    // The deadline runs until the caller has read the body (bounded() ends it), or fires and aborts it. A
    // download is bounded by the run too: what is left of the wait plus the run's grace (RUN_GRACE_MS).
    const deadline = req.document
      ? this.deadline(req.deadlineMs ?? this.options.deadlineMs ?? DEFAULT_DEADLINE_MS)
      : this.deadline(req.deadlineMs ?? this.options.streamDeadlineMs ?? DEFAULT_STREAM_DEADLINE_MS, RUN_GRACE_MS);
    const done = currentCheckScope()?.begin(new URL(req.url).host);
    const finish = () => {
      deadline.end();
      done?.();
    };
    try {
      return await this.withRetries(req, deadline, async () => {
        // The slot is held until the answer's headers arrive: the body is the caller's to read
        // (hashed as it streams), and holding a slot across it could starve a request it waits for.
        const slot = await this.slot(req.url, deadline);
        let sent;
        try {
          sent = await this.send(req, deadline);
        } finally {
          slot();
        }
        const { response, url, attempt } = sent;
        return {
          status: response.status,
          url,
          headers: response.headers,
          body: bounded(response, maxBytes, url, attempt, this.options.timeoutMs, finish),
          ...(crossed(req.url, url) ? { crossedHost: true } : {})
        };
      });
    } catch (error) {
      finish();
      throw error;
    }
  }

  /** A slot for `url`'s host within the call's deadline; HttpError naming the queue when the time runs out first. */
  private async slot(url: string, deadline: CallDeadline): Promise<() => void> {
    const host = new URL(url).host;
    const ahead = this.slots.queued(host);
    try {
      return await this.slots.acquire(host, deadline.signal);
    } catch {
      throw new HttpError(`${shownUrl(url)}: ${deadline.cause} while waiting to be sent (${ahead} request(s) ahead of it for ${host})`, null, url, null, true);
    }
  }

  private async withRetries<T>(req: HttpRequest, deadline: CallDeadline, attemptOnce: () => Promise<T>): Promise<T> {
    let lastError: HttpError | null = null;
    let tries = 0;
    let outOfTime = false;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) {
        const wait = lastError?.retryAfterMs ?? attempt * attempt * this.options.retryBaseMs;
        // A retry that cannot finish before the deadline is not worth its wait.
        if (wait >= deadline.remaining()) {
          outOfTime = true;
          break;
        }
        await this.sleep(wait);
        if (deadline.expired) {
          outOfTime = true;
          break;
        }
      }
      tries++;
      try {
        return await attemptOnce();
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        lastError = error;
        const transient = !error.final && (error.status === null || error.status === 429 || error.status >= 500);
        if (!transient) throw error;
        if (deadline.expired) {
          outOfTime = true;
          break;
        }
      }
    }
    const note = outOfTime && !lastError!.message.includes(deadline.cause) ? `; no time left for a retry within ${deadline.limit}` : '';
    throw new HttpError(`${lastError!.message} (after ${tries} attempt${tries > 1 ? 's' : ''}${note})`, lastError!.status, lastError!.url);
  }

  private async send(req: HttpRequest, deadline: CallDeadline): Promise<{ response: Response; url: string; attempt: Attempt }> {
    const origin = new URL(req.url);
    let url = req.url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const here = new URL(url);
      const headers: Record<string, string> = { 'user-agent': this.options.userAgent, ...req.headers };
      if (req.credential && here.host === origin.host && here.protocol === origin.protocol) {
        headers[req.credential.header] = req.credential.value;
      }
      // The timeout covers the wait for the answer's headers; the body has an idle timeout
      // of its own (see bounded()), so a large download is not cut off while it flows. The
      // call's deadline bounds both.
      const attempt: Attempt = { abort: new AbortController(), deadline };
      if (deadline.expired) throw new HttpError(`${shownUrl(url)}: ${deadline.cause}`, null, url);
      const headerWait = Math.min(this.options.timeoutMs, deadline.remaining());
      const cancelHeaderWait = this.clock.setTimer(() => attempt.abort.abort(), headerWait);
      let response: Response;
      try {
        response = await fetch(url, {
          method: req.method ?? 'GET',
          headers,
          redirect: 'manual',
          signal: AbortSignal.any([attempt.abort.signal, deadline.signal])
        });
      } catch (error) {
        const cause = deadline.expired
          ? deadline.cause
          : attempt.abort.signal.aborted
            ? `no answer within ${formatDuration(this.options.timeoutMs)}`
            : transportCause(error);
        throw new HttpError(`${shownUrl(url)}: ${cause}`, null, url);
      } finally {
        cancelHeaderWait();
      }
      if ([301, 302, 303, 307, 308].includes(response.status)) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) throw new HttpError(`${shownUrl(url)}: redirect ${response.status} without a Location`, response.status, url);
        const next = new URL(location, url);
        // Never trust an answer that came over a downgrade: https, or http on loopback only.
        if (!isAllowedUrl(next)) {
          throw new HttpError(
            `${shownUrl(url)} redirected to ${shownUrl(next.toString())}; only https (or http on a loopback address) is followed`,
            response.status,
            url
          );
        }
        // The credential stays behind on another host; unless this is a download checked by
        // hash, the other host's answer would stand in for the one the credential should have got.
        if (req.credential && req.crossHost !== 'allow' && crossed(req.url, next.toString())) {
          throw new HttpError(
            `${shownUrl(url)} redirected to ${shownUrl(next.toString())}, another host; the credential is not sent there, so that host's answer does not count — point the setting at the registry itself`,
            response.status,
            url
          );
        }
        url = next.toString();
        continue;
      }
      const accepted = (response.status >= 200 && response.status < 300) || (req.accept ?? []).includes(response.status);
      if (!accepted) {
        const ra = Number(response.headers.get('retry-after'));
        const retryAfterMs = response.headers.has('retry-after') && Number.isFinite(ra) && ra >= 0 ? Math.min(ra, 30) * 1000 : null;
        const snippet = await readSnippet(response, req.credential?.value, attempt, this.options.timeoutMs);
        throw new HttpError(`${shownUrl(url)} answered ${response.status}${snippet ? ` (${snippet})` : ''}`, response.status, url, retryAfterMs);
      }
      return { response, url, attempt };
    }
    throw new HttpError(`${shownUrl(req.url)}: more than ${MAX_REDIRECTS} redirects`, null, req.url);
  }

  /** Parses a JSON body, failing with the URL when it is not JSON. */
  static json(response: HttpResponse): unknown {
    const parsed = parseJson(response.body);
    if (parsed.ok) return parsed.value;
    const what = parsed.deep ? `JSON ${parsed.reason}, which no real document is` : 'a body that is not JSON';
    throw new HttpError(`${shownUrl(response.url)} answered ${response.status} with ${what}`, response.status, response.url);
  }
}

/** Whether two URLs are on different origins (scheme, host or port): a credential never crosses. */
function crossed(from: string, to: string): boolean {
  const a = new URL(from);
  const b = new URL(to);
  return a.host !== b.host || a.protocol !== b.protocol;
}

/**
 * Checks a request before anything is sent, and answers its body limit. A credential with a
 * line break or a control character would be refused by the HTTP library with an error that
 * quotes the header — the token with it — so it is refused here, without its value. A body
 * limit that is not a count (NaN from a malformed size) would disable the bound: refused too.
 */
function checkRequest(req: HttpRequest): number {
  if (req.credential) {
    const problem = credentialHeaderProblem(req.credential.value);
    if (problem) {
      throw new HttpError(
        `${shownUrl(req.url)}: the credential ${problem}, so it was not sent; check the token for a stray space or line break`,
        null,
        req.url
      );
    }
    // Whatever a server echoes of it is then redacted before any message is shortened.
    protectSecrets([req.credential.value]);
  }
  const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new HttpError(`${shownUrl(req.url)}: the body limit ${clip(String(maxBytes), 20)} is not a byte count; nothing was sent`, null, req.url);
  }
  return maxBytes;
}
