export const id = 93;
export const ids = [93];
export const modules = {

/***/ 51449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hn: () => (/* reexport */ FetchDeadline),
  Qq: () => (/* binding */ HttpClient),
  j$: () => (/* reexport */ HttpError),
  wR: () => (/* reexport */ rethrowAs),
  zA: () => (/* reexport */ shownUrl),
  Zq: () => (/* reexport */ transportCause)
});

// UNUSED EXPORTS: MAX_PER_HOST

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/util/loopback.ts
var loopback = __webpack_require__(26815);
// EXTERNAL MODULE: ./src/util/check-scope.ts
var check_scope = __webpack_require__(72021);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/poll.ts
var poll = __webpack_require__(66451);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(84537);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./src/util/release-memory.ts


/**
 * A full garbage collection, asked for while a large blob streams in (every 16 MiB of a 40 MB
 * attestation layer, hashed chunk by chunk). Nothing of it is kept, but its chunks are garbage the
 * collector frees on its own schedule, and loopback delivers them faster than it does: eight such
 * layers peaked at 190–210 MiB, and at 140 or 320 MiB run by run while their JSON was tokenized too.
 * Collecting as they go holds the process to what it keeps (150 MiB), for a few milliseconds each
 * time. Node gives no other way to ask for it: `gc` exists only with --expose-gc, which the runner's
 * `node` is not given, so the flag is set for this process and the function read from a fresh context.
 */
let collect;
function releaseMemory() {
    if (collect === undefined) {
        try {
            external_node_v8_.setFlagsFromString('--expose-gc');
            collect = external_node_vm_.runInNewContext('gc');
        }
        catch {
            collect = null;
        }
    }
    collect?.();
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/clients/http-errors.ts


/** A failed HTTP call, with a one-line message naming the URL and the cause; every registry client wraps it (rethrowAs). */
class HttpError extends errors/* ReleaseGatesError */.O {
    status;
    url;
    retryAfterMs;
    final;
    name = 'HttpError';
    constructor(message, status, url, 
    /** The server's Retry-After, when it sent one with a transient status. */
    retryAfterMs = null, 
    /** A fault that asking again would only repeat (a body that drips): not retried, whatever its status. */
    final = false) {
        super('http', message);
        this.status = status;
        this.url = url;
        this.retryAfterMs = retryAfterMs;
        this.final = final;
    }
}
/** The URL without credentials or query, safe for a message. */
function shownUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return (0,util_text/* clip */.$)(url);
    }
}
/** What a transport error code means, in the words a person would use. */
const TRANSPORT_CAUSES = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found (DNS)',
    EAI_AGAIN: 'host name lookup failed (DNS, temporary)',
    ECONNRESET: 'connection reset',
    EPIPE: 'connection closed while sending',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed by the server',
    UND_ERR_HEADERS_TIMEOUT: 'no answer headers in time',
    UND_ERR_BODY_TIMEOUT: 'the answer stalled',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
    ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host'
};
/**
 * A transport failure (no HTTP answer at all) in one phrase: "connection refused
 * (ECONNREFUSED)", "host not found (DNS) (ENOTFOUND)". Never an HTTP status: a
 * refused connection is not "HTTP 500". Errors may come from another realm
 * (undici, test VMs), so fields are read instead of using instanceof.
 */
function transportCause(error) {
    let e = error;
    // undici wraps the system error: TypeError("fetch failed") { cause: Error { code } }, sometimes twice.
    for (let depth = 0; depth < 4 && e && !e.code && e.cause; depth++)
        e = e.cause;
    const code = e?.code;
    if (code)
        return `${TRANSPORT_CAUSES[code] ?? 'connection failed'} (${(0,util_text/* clip */.$)(code, 40)})`;
    const reason = e?.message;
    return `connection failed (${reason ? (0,util_text/* clip */.$)(reason, 120) : 'unknown error'})`;
}
/**
 * The one rule by which a client turns an HttpError into its own error type: the
 * client's sentence, then the HTTP layer's cause (which names the URL and whether it
 * was a status, a refused connection or a timeout), with `cause` kept. `scrub`
 * removes a credential a server may have echoed, before anything is shortened.
 * Any other error propagates as it is.
 */
function rethrowAs(error, make, prefix, scrub = (t) => t) {
    if (error instanceof HttpError)
        throw make(scrub(`${prefix}: ${error.message}`), { cause: error });
    throw error;
}

;// CONCATENATED MODULE: ./src/clients/http-bounds.ts








/**
 * The overall deadline of one call: its own cap, or — for a request made while a check
 * waits — what is left of the run's wait plus its grace, when that ends sooner, so
 * `wait-minutes` bounds the wait however slowly a registry answers. Its signal aborts
 * whatever is in flight when the time is up (the header wait, the body), and so does the
 * check's own deadline (`outer`: the engine's per-check signal). Timers run on `clock`.
 */
class CallDeadline {
    at;
    ms;
    /** Which limit this is, in words: "the request's 2.0 min cap", "wait-minutes 0.5 (+30.0 s grace)". */
    limit;
    controller = new AbortController();
    cancel;
    detach;
    /** Whether the check's own deadline (`outer`) stopped this call. */
    stoppedByCheck = false;
    signal;
    clock;
    constructor(capMs, wait, options = {}) {
        this.clock = options.clock ?? clock/* REAL_CLOCK */.I;
        const graceMs = options.graceMs ?? wait?.graceMs ?? 0;
        const waitLeftMs = wait ? Math.max(0, wait.deadline - wait.now()) + graceMs : Infinity;
        this.ms = Math.min(capMs, waitLeftMs);
        this.limit = wait && waitLeftMs < capMs ? (0,poll/* waitLimit */.Tk)({ minutes: wait.minutes, graceMs }) : `the request's ${(0,duration/* formatDuration */.a)(capMs)} cap`;
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
        if (outer?.aborted)
            stop();
        outer?.addEventListener('abort', stop, { once: true });
        this.detach = () => outer?.removeEventListener('abort', stop);
    }
    get expired() {
        return this.signal.aborted || this.clock.now() >= this.at;
    }
    remaining() {
        return Math.max(0, this.at - this.clock.now());
    }
    /** The clock this deadline is on, for the timers of the attempt under it. */
    get timers() {
        return this.clock;
    }
    end() {
        this.cancel();
        this.detach();
    }
    /** The phrase for a call stopped by this deadline: "did not finish within the request's 2.0 min cap". */
    get cause() {
        if (this.stoppedByCheck)
            return "was stopped: the check's time ran out";
        return `did not finish within ${this.limit}`;
    }
}
/**
 * The same deadline and body bound for a caller that does its own fetch (Octokit's
 * `request.fetch`): pass `signal` to fetch, read the body with `read`, call `end` when done.
 */
class FetchDeadline {
    deadline;
    abort = new AbortController();
    signal;
    constructor(deadlineMs, outer, clock) {
        const scope = (0,check_scope/* currentCheckScope */.gg)();
        this.deadline = new CallDeadline(deadlineMs, undefined, { ...(clock ? { clock } : {}), outer: scope?.signal ?? null });
        this.signal = AbortSignal.any([this.abort.signal, this.deadline.signal, ...(outer ? [outer] : [])]);
    }
    get expired() {
        return this.deadline.expired;
    }
    /** "did not finish within the request's 30.0 s cap". */
    get cause() {
        return this.deadline.cause;
    }
    /** The whole body within `maxBytes`, no pause longer than `idleMs`, before the deadline; HttpError otherwise. */
    read(response, url, maxBytes, idleMs) {
        return readBounded(response, maxBytes, url, { abort: this.abort, deadline: this.deadline }, idleMs);
    }
    end() {
        this.deadline.end();
    }
}
async function readSnippet(response, credential, attempt, idleMs) {
    try {
        let text = (await readBounded(response, 4096, response.url, attempt, idleMs)).toString('utf8');
        // A server may echo the credential it was sent. Drop it before the text is shortened:
        // once clipped, a partial token would slip past any later redaction.
        // The header value and the bare token after "Bearer "/"token ".
        text = (0,redact/* redactor */.$p)(credential ? [credential, credential.split(' ').pop() ?? ''] : [])(text);
        return (0,util_text/* clip */.$)(text.replace(/\s+/g, ' ').trim(), 120);
    }
    catch {
        return '';
    }
}
/**
 * The body, chunk by chunk, within `maxBytes`. No chunk for `idleMs` aborts the
 * transfer, and so does the call's deadline; a body that breaks off is a transient
 * HttpError (status null), so a buffered request() retries it while time is left.
 * `done` runs once the body is finished with, however that happens.
 */
async function* bounded(response, maxBytes, url, attempt, idleMs, done = () => { }) {
    try {
        yield* boundedChunks(response, maxBytes, url, attempt, idleMs);
    }
    finally {
        done();
    }
}
async function* boundedChunks(response, maxBytes, url, attempt, idleMs) {
    const { abort, deadline } = attempt;
    const declared = Number(response.headers.get('content-length'));
    if (response.headers.has('content-length') && Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => { });
        throw new HttpError(`${shownUrl(url)}: answer of ${declared} bytes is larger than the ${maxBytes} allowed`, response.status, url);
    }
    if (!response.body)
        return;
    const reader = response.body.getReader();
    const clock = deadline.timers;
    const started = clock.now();
    let size = 0;
    let collectedAt = 0;
    try {
        for (;;) {
            let idle = false;
            const cancelIdle = clock.setTimer(() => {
                idle = true;
                abort.abort();
            }, Math.min(idleMs, deadline.remaining()));
            let chunk;
            try {
                if (deadline.expired)
                    throw new Error('deadline');
                chunk = await reader.read();
            }
            catch (error) {
                const cause = deadline.expired ? deadline.cause : idle ? `no data for ${(0,duration/* formatDuration */.a)(idleMs)}` : transportCause(error);
                throw new HttpError(`${shownUrl(url)}: the answer broke off: ${cause}`, null, url);
            }
            finally {
                cancelIdle();
            }
            if (chunk.done)
                return;
            size += chunk.value.byteLength;
            const slow = tooSlow(size, clock.now() - started);
            // Final: a registry that drips would drip again, and every retry would cost the same wait.
            if (slow)
                throw new HttpError(`${shownUrl(url)}: ${slow}`, null, url, null, true);
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
    }
    finally {
        // Stop the transfer when the reader leaves early (size bound, caller stopped).
        await reader.cancel().catch(() => { });
    }
}
/** How many bytes of one body are read between two collections (see releaseMemory). */
const RECLAIM_EVERY_BYTES = 16 * 1024 * 1024;
/** A body gets this long to get going before its average rate is held to the minimum. */
const SLOW_START_MS = 10_000;
/**
 * The least average rate of a body after its start: 32 KiB/s moves a 100 MiB release file in under
 * an hour and a registry document in a blink; a registry that drips bytes to keep the idle timeout
 * at bay falls under it within seconds.
 */
const MIN_BYTES_PER_SECOND = 32 * 1024;
/** "too slow (2 bytes in 20.0 s; at least 32 KiB/s is expected after the first 10.0 s)", or null while the rate holds. */
function tooSlow(bytes, elapsedMs) {
    if (elapsedMs <= SLOW_START_MS || bytes >= (MIN_BYTES_PER_SECOND * elapsedMs) / 1000)
        return null;
    return `too slow (${bytes} bytes in ${(0,duration/* formatDuration */.a)(elapsedMs)}; at least ${MIN_BYTES_PER_SECOND / 1024} KiB/s is expected after the first ${(0,duration/* formatDuration */.a)(SLOW_START_MS)})`;
}
async function readBounded(response, maxBytes, url, attempt, idleMs) {
    // With a declared length the body goes straight into one buffer of that size: collecting the
    // chunks and concatenating them would hold a large answer twice at the end.
    const declared = Number(response.headers.get('content-length'));
    if (response.headers.has('content-length') && Number.isSafeInteger(declared) && declared >= 0 && declared <= maxBytes) {
        const whole = Buffer.allocUnsafe(declared);
        let at = 0;
        const extra = [];
        for await (const chunk of bounded(response, maxBytes, url, attempt, idleMs)) {
            // A server that sends more than it declared: keep the rest too, the size bound still holds.
            const fits = Math.min(chunk.byteLength, declared - at);
            whole.set(chunk.subarray(0, fits), at);
            at += fits;
            if (fits < chunk.byteLength)
                extra.push(chunk.subarray(fits));
        }
        return extra.length > 0 ? Buffer.concat([whole, ...extra]) : whole.subarray(0, at);
    }
    const chunks = [];
    for await (const chunk of bounded(response, maxBytes, url, attempt, idleMs))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/clients/host-slots.ts
/**
 * Bounded concurrency per host: at most `perHost` requests to one host at once, across every
 * check of a gate (the run shares one HTTP client), the rest queued in order. A registry's
 * answer decides how many requests a check makes (an index may list 4096 manifests); this
 * decides how many reach the registry at once, and so how much is held in memory at once
 * (cap × concurrency). A queued request leaves the queue when its call's signal aborts.
 */
class HostSlots {
    perHost;
    active = new Map();
    queues = new Map();
    constructor(perHost) {
        this.perHost = perHost;
    }
    /** Waits for a slot on `host`; resolves with its release, or rejects when `signal` aborts first. */
    acquire(host, signal) {
        if (signal.aborted)
            return Promise.reject(new Error('aborted before a slot was free'));
        if ((this.active.get(host) ?? 0) < this.perHost)
            return Promise.resolve(this.take(host));
        return new Promise((resolve, reject) => {
            const queue = this.queues.get(host) ?? [];
            this.queues.set(host, queue);
            const onAbort = () => {
                const at = queue.indexOf(waiter);
                if (at >= 0)
                    queue.splice(at, 1);
                reject(new Error('aborted while waiting for a slot'));
            };
            const waiter = {
                start: () => {
                    signal.removeEventListener('abort', onAbort);
                    resolve(this.take(host));
                }
            };
            queue.push(waiter);
            signal.addEventListener('abort', onAbort, { once: true });
        });
    }
    /** Requests waiting for a slot on `host`. */
    queued(host) {
        return this.queues.get(host)?.length ?? 0;
    }
    take(host) {
        this.active.set(host, (this.active.get(host) ?? 0) + 1);
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const left = (this.active.get(host) ?? 1) - 1;
            if (left > 0)
                this.active.set(host, left);
            else
                this.active.delete(host);
            // The freed slot goes to the first in the queue, which takes it at once.
            this.queues.get(host)?.shift()?.start();
        };
    }
}

;// CONCATENATED MODULE: ./src/clients/http.ts














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
const MAX_PER_HOST = 8;
class HttpClient {
    options;
    sleep;
    /** ETag and answer per URL (and whether a credential went along), for `revalidate` requests. */
    remembered = new Map();
    clock;
    slots;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? clock/* REAL_CLOCK */.I;
        // A retry's wait is on the injected clock (tests move it by hand). The real one is a plain
        // setTimeout, which keeps the process alive: the clock's timers do not, as they only bound.
        const injected = options.clock;
        this.sleep = options.sleep ?? (injected ? (ms) => new Promise((r) => injected.setTimer(r, ms)) : (ms) => new Promise((r) => setTimeout(r, ms)));
        this.slots = new HostSlots(options.perHost ?? MAX_PER_HOST);
    }
    /** A call's deadline: its cap, the run's wait (with `graceMs`), and the check's own deadline, on the client's clock. */
    deadline(capMs, graceMs) {
        return new CallDeadline(capMs, this.options.wait, {
            clock: this.clock,
            outer: (0,check_scope/* currentCheckScope */.gg)()?.signal ?? null,
            ...(graceMs !== undefined ? { graceMs } : {})
        });
    }
    /** Sends a request and reads the (bounded) body; throws HttpError with a one-line cause once retries are spent. */
    async request(req) {
        const maxBytes = checkRequest(req);
        const key = req.revalidate && (req.method ?? 'GET') === 'GET' ? `${req.credential ? 'auth' : 'anon'} ${JSON.stringify(req.headers ?? {})} ${req.url}` : null;
        const known = key ? this.remembered.get(key) : undefined;
        const sent = known ? { ...req, headers: { ...req.headers, 'if-none-match': known.etag }, accept: [...(req.accept ?? []), 304] } : req;
        const deadline = this.deadline(req.deadlineMs ?? this.options.deadlineMs ?? DEFAULT_DEADLINE_MS);
        const done = (0,check_scope/* currentCheckScope */.gg)()?.begin(new URL(req.url).host);
        let response;
        try {
            response = await this.withRetries(sent, deadline, async () => {
                const slot = await this.slot(req.url, deadline);
                try {
                    const { response, url, attempt } = await this.send(sent, deadline);
                    const body = req.method === 'HEAD' ? Buffer.alloc(0) : await readBounded(response, maxBytes, url, attempt, this.options.timeoutMs);
                    return { status: response.status, url, headers: response.headers, body, ...(crossed(req.url, url) ? { crossedHost: true } : {}) };
                }
                finally {
                    slot();
                }
            });
        }
        finally {
            deadline.end();
            done?.();
        }
        if (known && response.status === 304)
            return { ...known.response, notModified: true };
        const etag = response.headers.get('etag');
        if (key && etag && response.status === 200) {
            if (this.remembered.size >= MAX_REMEMBERED)
                this.remembered.delete(this.remembered.keys().next().value);
            this.remembered.set(key, { etag, response });
        }
        return response;
    }
    /**
     * Sends a request and hands back the body as a stream, so large files are hashed
     * with flat memory. The stream fails once it passes `maxBytes`.
     */
    async stream(req) {
        const maxBytes = checkRequest(req);
        // The deadline runs until the caller has read the body (bounded() ends it), or fires and aborts it. A
        // download is bounded by the run too: what is left of the wait plus the run's grace (RUN_GRACE_MS).
        const deadline = req.document
            ? this.deadline(req.deadlineMs ?? this.options.deadlineMs ?? DEFAULT_DEADLINE_MS)
            : this.deadline(req.deadlineMs ?? this.options.streamDeadlineMs ?? DEFAULT_STREAM_DEADLINE_MS, poll/* RUN_GRACE_MS */.c);
        const done = (0,check_scope/* currentCheckScope */.gg)()?.begin(new URL(req.url).host);
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
                }
                finally {
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
        }
        catch (error) {
            finish();
            throw error;
        }
    }
    /** A slot for `url`'s host within the call's deadline; HttpError naming the queue when the time runs out first. */
    async slot(url, deadline) {
        const host = new URL(url).host;
        const ahead = this.slots.queued(host);
        try {
            return await this.slots.acquire(host, deadline.signal);
        }
        catch {
            throw new HttpError(`${shownUrl(url)}: ${deadline.cause} while waiting to be sent (${ahead} request(s) ahead of it for ${host})`, null, url, null, true);
        }
    }
    async withRetries(req, deadline, attemptOnce) {
        let lastError = null;
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
            }
            catch (error) {
                if (!(error instanceof HttpError))
                    throw error;
                lastError = error;
                const transient = !error.final && (error.status === null || error.status === 429 || error.status >= 500);
                if (!transient)
                    throw error;
                if (deadline.expired) {
                    outOfTime = true;
                    break;
                }
            }
        }
        const note = outOfTime && !lastError.message.includes(deadline.cause) ? `; no time left for a retry within ${deadline.limit}` : '';
        throw new HttpError(`${lastError.message} (after ${tries} attempt${tries > 1 ? 's' : ''}${note})`, lastError.status, lastError.url);
    }
    async send(req, deadline) {
        const origin = new URL(req.url);
        let url = req.url;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const here = new URL(url);
            const headers = { 'user-agent': this.options.userAgent, ...req.headers };
            if (req.credential && here.host === origin.host && here.protocol === origin.protocol) {
                headers[req.credential.header] = req.credential.value;
            }
            // The timeout covers the wait for the answer's headers; the body has an idle timeout
            // of its own (see bounded()), so a large download is not cut off while it flows. The
            // call's deadline bounds both.
            const attempt = { abort: new AbortController(), deadline };
            if (deadline.expired)
                throw new HttpError(`${shownUrl(url)}: ${deadline.cause}`, null, url);
            const headerWait = Math.min(this.options.timeoutMs, deadline.remaining());
            const cancelHeaderWait = this.clock.setTimer(() => attempt.abort.abort(), headerWait);
            let response;
            try {
                response = await fetch(url, {
                    method: req.method ?? 'GET',
                    headers,
                    redirect: 'manual',
                    signal: AbortSignal.any([attempt.abort.signal, deadline.signal])
                });
            }
            catch (error) {
                const cause = deadline.expired
                    ? deadline.cause
                    : attempt.abort.signal.aborted
                        ? `no answer within ${(0,duration/* formatDuration */.a)(this.options.timeoutMs)}`
                        : transportCause(error);
                throw new HttpError(`${shownUrl(url)}: ${cause}`, null, url);
            }
            finally {
                cancelHeaderWait();
            }
            if ([301, 302, 303, 307, 308].includes(response.status)) {
                const location = response.headers.get('location');
                await response.body?.cancel();
                if (!location)
                    throw new HttpError(`${shownUrl(url)}: redirect ${response.status} without a Location`, response.status, url);
                const next = new URL(location, url);
                // Never trust an answer that came over a downgrade: https, or http on loopback only.
                if (!(0,loopback/* isAllowedUrl */.y2)(next)) {
                    throw new HttpError(`${shownUrl(url)} redirected to ${shownUrl(next.toString())}; only https (or http on a loopback address) is followed`, response.status, url);
                }
                // The credential stays behind on another host; unless this is a download checked by
                // hash, the other host's answer would stand in for the one the credential should have got.
                if (req.credential && req.crossHost !== 'allow' && crossed(req.url, next.toString())) {
                    throw new HttpError(`${shownUrl(url)} redirected to ${shownUrl(next.toString())}, another host; the credential is not sent there, so that host's answer does not count — point the setting at the registry itself`, response.status, url);
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
    static json(response) {
        const parsed = (0,json/* parseJson */.qF)(response.body);
        if (parsed.ok)
            return parsed.value;
        const what = parsed.deep ? `JSON ${parsed.reason}, which no real document is` : 'a body that is not JSON';
        throw new HttpError(`${shownUrl(response.url)} answered ${response.status} with ${what}`, response.status, response.url);
    }
}
/** Whether two URLs are on different origins (scheme, host or port): a credential never crosses. */
function crossed(from, to) {
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
function checkRequest(req) {
    if (req.credential) {
        const problem = (0,secrets/* credentialHeaderProblem */.Ef)(req.credential.value);
        if (problem) {
            throw new HttpError(`${shownUrl(req.url)}: the credential ${problem}, so it was not sent; check the token for a stray space or line break`, null, req.url);
        }
        // Whatever a server echoes of it is then redacted before any message is shortened.
        (0,redact/* protectSecrets */.tu)([req.credential.value]);
    }
    const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
        throw new HttpError(`${shownUrl(req.url)}: the body limit ${(0,util_text/* clip */.$)(String(maxBytes), 20)} is not a byte count; nothing was sent`, null, req.url);
    }
    return maxBytes;
}


/***/ }),

/***/ 41107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ PRIVATE_PACKAGE_FIX),
/* harmony export */   M: () => (/* binding */ OciError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

class OciError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    name = 'OciError';
    reason;
    constructor(message, options = {}) {
        super('oci', message, options.cause === undefined ? undefined : { cause: options.cause });
        this.reason = options.reason ?? 'failed';
    }
}
/** The fix for a refused anonymous pull, in the words a release manager acts on. */
const PRIVATE_PACKAGE_FIX = 'the package is private; make it public (GHCR: package settings → Change visibility)';


/***/ }),

/***/ 93885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z2: () => (/* reexport */ manifest/* MEDIA_TYPES */.Z2),
  Mf: () => (/* reexport */ errors/* OciError */.M),
  Op: () => (/* binding */ createOciApi),
  Q: () => (/* reexport */ oci_reference/* parseImageRef */.Q),
  Xu: () => (/* reexport */ oci_reference/* shownReference */.Xu)
});

// UNUSED EXPORTS: DIGEST, MANIFEST_ACCEPT, MAX_MANIFEST_BYTES, ManifestError, PRIVATE_PACKAGE_FIX, PUSH_DENIED_CAUSES, digestOf, isDigest, parseChallenges, parseManifest, pullScope

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/util/loopback.ts
var loopback = __webpack_require__(26815);
// EXTERNAL MODULE: ./src/clients/http.ts + 4 modules
var http = __webpack_require__(51449);
// EXTERNAL MODULE: ./src/clients/oci/errors.ts
var errors = __webpack_require__(41107);
;// CONCATENATED MODULE: ./src/clients/oci/auth.ts





const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
/**
 * Parses a `WWW-Authenticate` header (RFC 9110 challenges with auth-params) into its challenges.
 * By hand because no installed library parses it: a header may carry several challenges, and
 * quoted values hold commas (`scope="repository:a:pull,push"`), so a split on commas is wrong.
 */
function parseChallenges(header) {
    const challenges = [];
    let current = null;
    let i = 0;
    const readToken = () => {
        TOKEN.lastIndex = i;
        const m = TOKEN.exec(header);
        if (!m)
            return null;
        i += m[0].length;
        return m[0];
    };
    while (i < header.length) {
        while (i < header.length && /[\s,]/.test(header[i]))
            i++;
        if (i >= header.length)
            break;
        const token = readToken();
        if (token === null)
            break;
        let j = i;
        while (header[j] === ' ' || header[j] === '\t')
            j++;
        if (header[j] === '=' && current) {
            i = j + 1;
            while (header[i] === ' ' || header[i] === '\t')
                i++;
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < header.length && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < header.length)
                        i++;
                    value += header[i];
                    i++;
                }
                i++;
            }
            else {
                value = readToken() ?? '';
            }
            current.params[token.toLowerCase()] = value;
        }
        else {
            current = { scheme: token.toLowerCase(), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}
const tokenBody = schemas/* looseObject */._H3({
    token: schemas/* string */.YjP().max(16_384).optional(),
    access_token: schemas/* string */.YjP().max(16_384).optional(),
    expires_in: schemas/* number */.aig().optional()
});
/** Docker's token spec: a token without `expires_in` lives 60 s. */
const DEFAULT_TOKEN_LIFETIME_S = 60;
/** Renew this long before expiry, so a token does not lapse between being taken and being used. */
const EXPIRY_MARGIN_MS = 5_000;
/** The pull scope an anonymous client asks for, and the key its token is kept under. */
function pullScope(image) {
    return `repository:${image.repository}:pull`;
}
/**
 * Anonymous Bearer tokens as `docker pull` gets them: from the challenge's realm, without
 * credentials. A token is kept per registry and repository scope until shortly before it expires,
 * so a check that asks for a manifest, its platform manifests and blobs (or polls) negotiates once.
 * Concurrent requests for the same scope share one negotiation.
 */
class AnonymousTokens {
    http;
    now;
    kept = new Map();
    constructor(http, now = Date.now) {
        this.http = http;
        this.now = now;
    }
    key(image) {
        return `${image.registry} ${pullScope(image)}`;
    }
    /** The kept token for this repository, if one is still fresh. */
    async cached(image) {
        const entry = this.kept.get(this.key(image));
        if (!entry || entry.expiresAt <= this.now())
            return null;
        try {
            return await entry.token;
        }
        catch {
            return null;
        }
    }
    /** Drops a token the registry no longer takes (expired early, revoked). */
    forget(image) {
        this.kept.delete(this.key(image));
    }
    /** Negotiates a token for the challenge and keeps it. */
    negotiate(challenge, image) {
        const key = this.key(image);
        // Kept while it is being negotiated too, so concurrent requests share it.
        const entry = { token: Promise.resolve(''), expiresAt: Number.POSITIVE_INFINITY };
        entry.token = this.request(challenge, image).then(({ token, lifetimeS }) => {
            entry.expiresAt = this.now() + Math.max(lifetimeS * 500, lifetimeS * 1000 - EXPIRY_MARGIN_MS);
            return token;
        }, (error) => {
            if (this.kept.get(key) === entry)
                this.kept.delete(key);
            throw error;
        });
        this.kept.set(key, entry);
        return entry.token;
    }
    async request(challenge, image) {
        const realm = challenge.params.realm;
        if (!realm || !URL.canParse(realm)) {
            throw new errors/* OciError */.M(`${image.registry} sent a Bearer challenge without a usable realm ("${(0,util_text/* clip */.$)(realm ?? '')}")`);
        }
        const realmUrl = new URL(realm);
        if (!(0,loopback/* isAllowedUrl */.y2)(realmUrl)) {
            throw new errors/* OciError */.M(`${image.registry} points its token realm at ${(0,http/* shownUrl */.zA)(realm)}; only https:// (or http:// on loopback) is used`);
        }
        if (challenge.params.service)
            realmUrl.searchParams.set('service', challenge.params.service);
        realmUrl.searchParams.set('scope', challenge.params.scope || pullScope(image));
        let response;
        try {
            response = await this.http.request({ url: realmUrl.toString(), headers: { accept: 'application/json' }, accept: [401, 403], maxBytes: 64 * 1024 });
        }
        catch (error) {
            (0,http/* rethrowAs */.wR)(error, (m, o) => new errors/* OciError */.M(m, o), `token service of ${image.registry} could not answer`);
        }
        if (response.status !== 200) {
            throw new errors/* OciError */.M(`token service ${(0,http/* shownUrl */.zA)(realm)} refused an anonymous token for ${image.repository} (${response.status}): ${errors/* PRIVATE_PACKAGE_FIX */.F}`, {
                reason: 'private'
            });
        }
        return tokenAnswer(response, realm);
    }
}
/**
 * The token in a token service's 200 answer (Docker's token spec: `token`, or OAuth2's
 * `access_token`) and how long it lives; the anonymous pulls and the push probe read it alike.
 */
function tokenAnswer(response, realm) {
    let raw;
    try {
        raw = http/* HttpClient */.Qq.json(response);
    }
    catch {
        throw new errors/* OciError */.M(`token service ${(0,http/* shownUrl */.zA)(realm)} answered with a body that is not JSON`);
    }
    const body = tokenBody.safeParse(raw);
    const token = body.success ? body.data.token || body.data.access_token : undefined;
    if (!token)
        throw new errors/* OciError */.M(`token service ${(0,http/* shownUrl */.zA)(realm)} answered without a token`);
    const expiresIn = body.success ? body.data.expires_in : undefined;
    return { token, lifetimeS: expiresIn !== undefined && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_LIFETIME_S };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/clients/oci/manifest.ts
var manifest = __webpack_require__(17057);
// EXTERNAL MODULE: ./src/clients/oci/reference.ts
var oci_reference = __webpack_require__(83903);
;// CONCATENATED MODULE: ./src/clients/oci/registry.ts







/** Room for a registry's error answer. */
const MIN_BODY_BYTES = 64 * 1024;
/** Requests under `/v2/{repository}/`, anonymously, answering the registry's Bearer challenge with a kept token. */
class RegistryRequests {
    http;
    tokens;
    constructor(http, tokens) {
        this.http = http;
        this.tokens = tokens;
    }
    /** One request; a 401 is answered with an anonymous token once. 401/403/404/405 come back as they are. */
    async send(image, path, ask, where) {
        const url = `${image.baseUrl}/v2/${image.repository}/${path}`;
        const once = async (token) => {
            try {
                return await this.http.request({
                    ...ask,
                    url,
                    // The registry token goes to the registry host only, never along a redirect to blob storage.
                    credential: token ? { header: 'authorization', value: `Bearer ${token}` } : undefined,
                    accept: [401, 403, 404, 405]
                });
            }
            catch (error) {
                (0,http/* rethrowAs */.wR)(error, (m, o) => new errors/* OciError */.M(m, o), `${image.registry} could not answer`);
            }
        };
        const cached = await this.tokens.cached(image);
        const response = await once(cached);
        if (response.status !== 401)
            return response;
        // A kept token the registry no longer takes (expired early) is renegotiated once.
        if (cached)
            this.tokens.forget(image);
        const header = response.headers.get('www-authenticate') ?? '';
        const challenges = parseChallenges(header);
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (!bearer) {
            const schemes = challenges.map((c) => c.scheme).join(', ') || 'none';
            throw new errors/* OciError */.M(`${image.registry} requires credentials for ${where} (401, challenge: ${(0,util_text/* clip */.$)(schemes, 40)}) and offers no anonymous Bearer token; the check cannot tell whether the tag exists — ${errors/* PRIVATE_PACKAGE_FIX */.F}, or use a registry that allows anonymous pulls`, { reason: 'private' });
        }
        // A request running beside this one may have started negotiating already: share its token.
        const token = (await this.tokens.cached(image)) ?? (await this.tokens.negotiate(bearer, image));
        return once(token);
    }
    /** 401/403 after the token dance: the anonymous pull is refused. */
    static refuse(response, image, where, consequence) {
        if (response.status === 401 || response.status === 403) {
            throw new errors/* OciError */.M(`${image.registry} denied an anonymous pull of ${where} (${response.status}): ${errors/* PRIVATE_PACKAGE_FIX */.F}; ${consequence}`, {
                reason: 'private'
            });
        }
        if (response.status === 405)
            throw new errors/* OciError */.M(`${image.registry} does not allow ${where} to be read (405)`);
    }
    /** HEAD (GET where HEAD is not allowed) of a manifest: its digest and media type as the headers say. Null when absent. */
    async headManifest(image, reference) {
        const where = (0,oci_reference/* shownReference */.Xu)(image, reference);
        const path = `manifests/${encodeURIComponent(reference)}`;
        let response = await this.send(image, path, { method: 'HEAD', headers: { accept: manifest/* MANIFEST_ACCEPT */.dY } }, where);
        if (response.status === 405) {
            // Some registries do not allow HEAD on manifests; a GET answers the same question.
            response = await this.send(image, path, { method: 'GET', headers: { accept: manifest/* MANIFEST_ACCEPT */.dY }, maxBytes: manifest/* MAX_MANIFEST_BYTES */.ZJ }, where);
        }
        RegistryRequests.refuse(response, image, where, 'until then the check cannot tell whether the tag exists');
        if (response.status === 404)
            return null;
        const digest = response.headers.get('docker-content-digest');
        const mediaType = response.headers.get('content-type');
        return {
            digest: digest && oci_reference/* DIGEST */.Dh.test(digest) ? digest : null,
            mediaType: mediaType ? (0,util_text/* clip */.$)(mediaType.split(';')[0].trim(), 100) : null
        };
    }
    /**
     * GET of a manifest with its body. The body's digest is computed and must equal the digest asked
     * for and the registry's Docker-Content-Digest; the document is validated for its media type.
     * Null when the registry has no such manifest (yet).
     */
    async getManifest(image, reference) {
        const where = (0,oci_reference/* shownReference */.Xu)(image, reference);
        const response = await this.send(image, `manifests/${encodeURIComponent(reference)}`, 
        // A tag is polled while a push propagates: revalidate, so an unchanged answer is not sent again.
        { method: 'GET', headers: { accept: manifest/* MANIFEST_ACCEPT */.dY }, maxBytes: manifest/* MAX_MANIFEST_BYTES */.ZJ, revalidate: !(0,oci_reference/* isDigest */.Bc)(reference) }, where);
        RegistryRequests.refuse(response, image, where, 'until then nobody can pull it');
        if (response.status === 404)
            return null;
        const body = response.body;
        const header = response.headers.get('docker-content-digest');
        if (header !== null) {
            if (!oci_reference/* DIGEST */.Dh.test(header))
                throw new errors/* OciError */.M(`${image.registry} sent a malformed Docker-Content-Digest "${(0,util_text/* clip */.$)(header, 140)}" for ${where}`);
            const actual = (0,oci_reference/* digestOf */.ol)(body, header);
            if (actual !== header) {
                throw new errors/* OciError */.M(`${where}: the manifest body hashes to ${actual}, but the registry says ${header} (Docker-Content-Digest); the answer was altered on the way or the registry is corrupt`);
            }
        }
        if ((0,oci_reference/* isDigest */.Bc)(reference)) {
            const actual = (0,oci_reference/* digestOf */.ol)(body, reference);
            if (actual !== reference)
                throw new errors/* OciError */.M(`${where}: the registry served a manifest that hashes to ${actual}, not the digest asked for`);
        }
        let document;
        try {
            document = (0,manifest/* parseManifest */.Ng)(body, response.headers.get('content-type'));
        }
        catch (error) {
            if (error instanceof manifest/* ManifestError */.Sh)
                throw new errors/* OciError */.M(`the manifest of ${where} ${error.message}`, { cause: error });
            throw error;
        }
        return { digest: (0,oci_reference/* digestOf */.ol)(body), mediaType: document.mediaType, size: body.length, document, unchanged: response.notModified === true, body };
    }
    /** GET of a blob, bounded and verified against its digest. Null when the registry does not have it (yet). */
    async getBlob(image, digest, options) {
        const where = (0,oci_reference/* shownReference */.Xu)(image, digest);
        if (!(0,oci_reference/* isDigest */.Bc)(digest))
            throw new errors/* OciError */.M(`blob digest "${(0,util_text/* clip */.$)(digest)}" is not a sha256/sha512 digest`);
        // Registries redirect blobs to storage hosts; the bytes are checked against the digest below.
        // The bound covers a registry's error answer (a 404's JSON) too, so it is never below a few KiB;
        // a blob over the caller's bound is refused below. Blob storage may be another host (GHCR
        // redirects to its CDN): allowed, since the bytes are checked against the digest.
        const response = await this.send(image, `blobs/${digest}`, { method: 'GET', maxBytes: Math.max(options.maxBytes, MIN_BODY_BYTES), crossHost: 'allow' }, `blob ${where}`);
        RegistryRequests.refuse(response, image, `blob ${where}`, 'until then nobody can pull it');
        if (response.status === 404)
            return null;
        if (response.body.length > options.maxBytes) {
            throw new errors/* OciError */.M(`blob ${where} is ${response.body.length} bytes, larger than the ${options.maxBytes} allowed for it`);
        }
        const actual = (0,oci_reference/* digestOf */.ol)(response.body, digest);
        if (actual !== digest)
            throw new errors/* OciError */.M(`blob ${where}: the registry served ${response.body.length} bytes that hash to ${actual}, not the digest asked for`);
        return response.body;
    }
    /**
     * GET of a blob read chunk by chunk: `read` is given the bytes as they arrive and holds only what it
     * keeps, where getBlob holds the whole blob (twice while its chunks are joined). The bytes are hashed
     * as they pass; once `read` is done the rest is drained and hashed, and a digest that differs throws
     * (whatever `read` answered is dropped), so nothing read from a blob is believed before it is verified.
     * A HEAD first answers the registry's token challenge (a stream cannot be replayed). Null when absent.
     */
    async readBlob(image, digest, options, read) {
        const where = `blob ${(0,oci_reference/* shownReference */.Xu)(image, digest)}`;
        if (!(0,oci_reference/* isDigest */.Bc)(digest))
            throw new errors/* OciError */.M(`blob digest "${(0,util_text/* clip */.$)(digest)}" is not a sha256/sha512 digest`);
        const head = await this.send(image, `blobs/${digest}`, { method: 'HEAD', crossHost: 'allow' }, where);
        if (head.status !== 405)
            RegistryRequests.refuse(head, image, where, 'until then nobody can pull it');
        if (head.status === 404)
            return null;
        const size = Number(head.headers.get('content-length') ?? NaN);
        if (Number.isSafeInteger(size) && size > options.maxBytes)
            throw new errors/* OciError */.M(`${where} is ${size} bytes, larger than the ${options.maxBytes} allowed for it`);
        const token = await this.tokens.cached(image);
        const wrap = (error) => (0,http/* rethrowAs */.wR)(error, (m, o) => new errors/* OciError */.M(m, o), `${image.registry} could not answer`);
        let stream;
        try {
            stream = await this.http.stream({
                url: `${image.baseUrl}/v2/${image.repository}/blobs/${digest}`,
                credential: token ? { header: 'authorization', value: `Bearer ${token}` } : undefined,
                crossHost: 'allow',
                maxBytes: options.maxBytes,
                accept: [401, 403, 404]
            });
        }
        catch (error) {
            wrap(error);
        }
        const hash = (0,external_node_crypto_.createHash)(digest.startsWith('sha512:') ? 'sha512' : 'sha256');
        const iterator = stream.body[Symbol.asyncIterator]();
        // A transfer that breaks off (too large, stalled) is the cause to name; its bytes hash to nothing useful.
        let broken = null;
        const hashed = {
            [Symbol.asyncIterator]: () => ({
                next: async () => {
                    if (broken !== null)
                        throw broken;
                    const step = await iterator.next().catch((error) => {
                        try {
                            return wrap(error);
                        }
                        catch (wrapped) {
                            throw (broken = wrapped);
                        }
                    });
                    if (!step.done)
                        hash.update(step.value);
                    return step;
                }
            })
        };
        if (stream.status !== 200) {
            // Drained so the connection is freed.
            for await (const _ of hashed)
                ;
            RegistryRequests.refuse(stream, image, where, 'until then nobody can pull it');
            if (stream.status === 404)
                return null;
            throw new errors/* OciError */.M(`${image.registry} answered ${stream.status} for ${where}`);
        }
        let answer;
        try {
            answer = { value: await read(hashed) };
        }
        catch (error) {
            answer = { error };
        }
        // The rest is hashed even when read stopped early or failed: bytes that are not the blob are the cause
        // to name, before anything read made of them.
        if (broken === null)
            for await (const _ of hashed)
                ;
        if (broken !== null)
            throw broken;
        const actual = `${digest.startsWith('sha512:') ? 'sha512' : 'sha256'}:${hash.digest('hex')}`;
        if (actual !== digest)
            throw new errors/* OciError */.M(`${where}: the registry served bytes that hash to ${actual}, not the digest asked for`);
        if ('error' in answer)
            throw answer.error;
        return answer.value;
    }
}

// EXTERNAL MODULE: ./src/clients/oci/referrers.ts
var referrers = __webpack_require__(81826);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/clients/oci/push-probe.ts
/**
 * Whether a credential may push to an OCI repository, asked the way `crane`'s push-permission
 * check asks it: follow the registry's `WWW-Authenticate` challenge to its token service, ask for
 * `repository:{name}:push,pull` with Basic credentials, start a blob upload and cancel it at once.
 * Nothing is written: an upload that is started and cancelled leaves no blob behind.
 *
 * The credential (a GitHub token) is the one secret here that outlives the run, so where it may go
 * is narrow: only to a registry host the caller allows, and there only to the token realm the
 * registry's own challenge names on that same origin. A realm elsewhere is a failure, never
 * followed; the HTTP client never carries a credential along a redirect to another host.
 */






/** The usual causes of a denied push on GHCR, and the settings that fix them. */
const PUSH_DENIED_CAUSES = 'the job lacks `packages: write` (add `permissions: packages: write` to the job), or the package\'s own settings do not grant this repository write access (package settings → "Manage Actions access" → add the repository with the Write role)';
/** Room for a registry's or token service's error answer. */
const MAX_ANSWER_BYTES = 64 * 1024;
const registryErrors = schemas/* looseObject */._H3({
    errors: schemas/* array */.YOg(schemas/* looseObject */._H3({ code: schemas/* string */.YjP().max(200).optional(), message: schemas/* string */.YjP().max(2000).optional() })).max(20)
});
/** The registry's own words for a refusal (`DENIED: permission_denied: write_package`), when its body says them. */
function registryWords(response) {
    let raw;
    try {
        raw = JSON.parse(response.body.toString('utf8'));
    }
    catch {
        return '';
    }
    const parsed = registryErrors.safeParse(raw);
    if (!parsed.success)
        return '';
    const words = parsed.data.errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).filter(Boolean);
    return words.length ? `: ${(0,util_text/* clip */.$)(words.join('; '), 200)}` : '';
}
const accessClaims = schemas/* looseObject */._H3({
    access: schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP(), name: schemas/* string */.YjP(), actions: schemas/* array */.YOg(schemas/* string */.YjP()).max(20) })).max(100)
});
/**
 * The actions a Docker-spec token (a JWT, as Distribution, Harbor and GitLab issue) grants on the
 * repository, read from its `access` claim unverified; null for an opaque token (GHCR's), whose
 * upload answers instead. Only ever a reason to fail early: a claim of push still has to be proved
 * by the registry's 202.
 */
function grantedActions(token, repository) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return null;
    let claims;
    try {
        claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
    const parsed = accessClaims.safeParse(claims);
    if (!parsed.success)
        return null;
    return parsed.data.access.filter((a) => a.type === 'repository' && a.name === repository).flatMap((a) => a.actions);
}
const denied = (message) => new errors/* OciError */.M(message, { reason: 'push-denied' });
/** One probe of one repository: its request list is that repository's. */
class Probe {
    http;
    image;
    requests = [];
    notes = [];
    where;
    basic;
    constructor(http, image, credentials) {
        this.http = http;
        this.image = image;
        this.where = `${image.registry}/${image.repository}`;
        this.basic = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
    }
    /** One request; a credential goes along only while the request stays on its URL's origin (HttpClient's rule). */
    async send(method, url, auth, accept) {
        const request = { method, url, accept, maxBytes: MAX_ANSWER_BYTES, headers: { accept: 'application/json' } };
        if (auth.kind !== 'none')
            request.credential = { header: 'authorization', value: auth.header };
        let response;
        try {
            response = await this.http.request(request);
        }
        catch (error) {
            if (error instanceof http/* HttpError */.j$)
                this.requests.push({ method, url: (0,http/* shownUrl */.zA)(url), credential: auth.kind, status: error.status ?? 0 });
            (0,http/* rethrowAs */.wR)(error, (m, o) => new errors/* OciError */.M(m, o), `push probe of ${this.where} could not finish`);
        }
        this.requests.push({ method, url: (0,http/* shownUrl */.zA)(url), credential: auth.kind, status: response.status });
        return response;
    }
    /** `GET /v2/` without credentials: how the registry wants to be spoken to. */
    async challenge() {
        const ping = await this.send('GET', `${this.image.baseUrl}/v2/`, { kind: 'none' }, [401]);
        // An open registry (a test registry on loopback) takes anyone's upload.
        if (ping.status !== 401)
            return { kind: 'none' };
        const challenges = parseChallenges(ping.headers.get('www-authenticate') ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (bearer)
            return { kind: 'bearer', header: `Bearer ${await this.token(bearer.params.realm, bearer.params.service)}` };
        // A registry that takes Basic credentials itself (htpasswd): the host is allowed, so they go there.
        if (challenges.some((c) => c.scheme === 'basic'))
            return { kind: 'basic', header: this.basic };
        const schemes = challenges.map((c) => c.scheme).join(', ') || 'none';
        throw new errors/* OciError */.M(`${this.image.registry} answered /v2/ with 401 but no Bearer or Basic challenge (challenge: ${(0,util_text/* clip */.$)(schemes, 40)}), so push cannot be asked`);
    }
    /** The token for push and pull from the challenge's realm, which must be on the registry's own origin. */
    async token(realm, service) {
        if (!realm || !URL.canParse(realm)) {
            throw new errors/* OciError */.M(`${this.image.registry} sent a Bearer challenge without a usable realm ("${(0,util_text/* clip */.$)(realm ?? '')}")`);
        }
        const realmUrl = new URL(realm);
        const registry = new URL(this.image.baseUrl);
        // Compared as parsed origins (scheme, host, port): `https://ghcr.io:443/token` is ghcr.io's, `ghcr.io.example` is not.
        if (realmUrl.origin !== registry.origin) {
            throw denied(`${this.image.registry} names its token realm on another host (${(0,http/* shownUrl */.zA)(realm)}); the GitHub token goes only to the registry's own host (${registry.origin}), so it was not sent there and push cannot be proved`);
        }
        if (service)
            realmUrl.searchParams.set('service', service);
        realmUrl.searchParams.set('scope', `repository:${this.image.repository}:push,pull`);
        const response = await this.send('GET', realmUrl.toString(), { kind: 'basic', header: this.basic }, [401, 403]);
        if (response.status !== 200) {
            throw denied(`token service ${(0,http/* shownUrl */.zA)(realm)} refused a push token for ${this.image.repository} (${response.status}${registryWords(response)}): the token is not valid for ${this.image.registry}, or ${PUSH_DENIED_CAUSES}`);
        }
        const { token } = tokenAnswer(response, realm);
        const actions = grantedActions(token, this.image.repository);
        if (actions !== null && !actions.includes('push') && !actions.includes('*')) {
            const granted = actions.includes('pull') ? 'grants pull but not push' : 'grants no access';
            throw denied(`token service ${(0,http/* shownUrl */.zA)(realm)} ${granted} on ${this.image.repository}: ${PUSH_DENIED_CAUSES}`);
        }
        return token;
    }
    /** `POST /v2/{name}/blobs/uploads/`: 202 with a Location, or a denial named with its causes. Answers the Location. */
    async startUpload(auth) {
        const { registry, repository } = this.image;
        const response = await this.send('POST', `${this.image.baseUrl}/v2/${repository}/blobs/uploads/`, auth, [400, 401, 403, 404, 405]);
        const words = registryWords(response);
        if (response.status === 401) {
            const how = auth.kind === 'bearer' ? 'the token its service granted grants pull but not push' : 'the credentials are not enough to push';
            throw denied(`${registry} refused to start an upload to ${repository} (401${words}): ${how}; ${PUSH_DENIED_CAUSES}`);
        }
        if (response.status === 403)
            throw denied(`${registry} denied an upload to ${repository} (403${words}): ${PUSH_DENIED_CAUSES}`);
        if (response.status !== 202) {
            throw new errors/* OciError */.M(`${registry} answered ${response.status}${words} to the start of an upload to ${repository}, not 202 Accepted`);
        }
        const location = response.headers.get('location');
        if (!location) {
            throw new errors/* OciError */.M(`${registry} answered 202 to the start of an upload to ${repository} but sent no Location, so no push could continue it (docker push and helm push would fail here); the registry, or a proxy in front of it, drops the header`);
        }
        return location;
    }
    /** `DELETE` of the upload: nothing stays behind. A failure is a note; the registry removes abandoned uploads itself. */
    async cancel(location, auth) {
        const left = 'the registry removes abandoned uploads itself, and nothing was written';
        if (!URL.canParse(location, this.image.baseUrl)) {
            this.notes.push(`the upload was not cancelled: its Location "${(0,util_text/* clip */.$)(location)}" is not a URL; ${left}`);
            return;
        }
        // A relative Location (`/v2/…/uploads/<id>`) is on the registry.
        const url = new URL(location, this.image.baseUrl);
        if (url.origin !== new URL(this.image.baseUrl).origin) {
            this.notes.push(`the upload was not cancelled: its Location ${(0,http/* shownUrl */.zA)(url.toString())} is on another host, where the token is not sent; ${left}`);
            return;
        }
        try {
            const response = await this.send('DELETE', url.toString(), auth, [400, 401, 403, 404, 405]);
            if (response.status < 200 || response.status >= 300) {
                this.notes.push(`${this.image.registry} answered ${response.status}${registryWords(response)} to the cancel of the upload; ${left}`);
            }
        }
        catch (error) {
            if (!(error instanceof errors/* OciError */.M))
                throw error;
            this.notes.push(`the upload could not be cancelled (${error.message}); ${left}`);
        }
    }
}
/**
 * Proves that `credentials` may push to `image`: exactly three requests after the challenge
 * (token, upload start, cancel). Throws OciError (reason `push-denied` when push is refused)
 * naming the cause; a host outside `pushHosts` fails before any request is made.
 */
async function probePush(http, image, credentials, options) {
    const host = image.registry.toLowerCase();
    if (!options.pushHosts.includes(host)) {
        throw denied(`${image.registry} is not a host the GitHub token may be sent to (allowed: ${options.pushHosts.join(', ') || 'none'}), so push was not probed`);
    }
    if (!credentials.password)
        throw new errors/* OciError */.M(`no token to probe push to ${image.registry}/${image.repository} with`);
    // Redacted from every message from here on, whatever a registry echoes.
    (0,redact/* protectSecrets */.tu)([credentials.password]);
    const probe = new Probe(http, image, credentials);
    const auth = await probe.challenge();
    const location = await probe.startUpload(auth);
    await probe.cancel(location, auth);
    return { requests: probe.requests, notes: probe.notes };
}

;// CONCATENATED MODULE: ./src/clients/oci/index.ts









function createOciApi(options) {
    const requests = new RegistryRequests(options.http, new AnonymousTokens(options.http, options.now));
    return {
        manifest: (image, reference) => requests.headManifest(image, reference),
        getManifest: (image, reference) => requests.getManifest(image, reference),
        getBlob: (image, digest, blobOptions) => requests.getBlob(image, digest, blobOptions),
        readBlob: (image, digest, blobOptions, read) => requests.readBlob(image, digest, blobOptions, read),
        referrers: (image, digest, artifactType) => (0,referrers/* listReferrers */.xt)(requests, image, digest, artifactType),
        probePush: (image, credentials, probeOptions) => probePush(options.http, image, credentials, probeOptions)
    };
}


/***/ }),

/***/ 17057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59935);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83903);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);





/** The media types the gates read. */
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    helmConfig: 'application/vnd.cncf.helm.config.v1+json',
    helmChartContent: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
    helmProvenance: 'application/vnd.cncf.helm.chart.provenance.v1.prov'
};
const INDEX_TYPES = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList];
const IMAGE_TYPES = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest];
/**
 * Every manifest type a release may be pushed as (a Helm chart is an OCI image manifest with Helm's
 * config type). A registry only serves an index or an OCI manifest to a client that accepts it
 * (Distribution answers 404 otherwise), so all four are asked for.
 */
const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifestList, MEDIA_TYPES.dockerManifest].join(', ');
/** The distribution spec caps a manifest at 4 MiB. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const text = (max) => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(max);
const annotations = zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(text(512), text(16_384));
const platformSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    architecture: text(64),
    os: text(64),
    variant: text(64).optional(),
    'os.version': text(256).optional()
});
const descriptorSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    mediaType: text(255).min(1),
    digest: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST */ .Dh, 'must be a sha256:<64 hex> or sha512:<128 hex> digest'),
    size: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative(),
    platform: platformSchema.optional(),
    annotations: annotations.optional(),
    // OCI 1.1: what an artifact manifest (a referrer) holds, copied into index and referrers entries.
    artifactType: text(255).optional()
});
const indexSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(2),
    mediaType: text(255).optional(),
    manifests: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(descriptorSchema).max(4096),
    annotations: annotations.optional()
});
/** A Docker manifest list names the platform of every entry. */
const dockerListSchema = indexSchema.extend({
    manifests: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(descriptorSchema.extend({ platform: platformSchema })).max(4096)
});
const imageSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(2),
    mediaType: text(255).optional(),
    config: descriptorSchema,
    layers: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(descriptorSchema).max(4096),
    annotations: annotations.optional(),
    // OCI 1.1 referrers: the artifact's type and the manifest it refers to.
    artifactType: text(255).optional(),
    subject: descriptorSchema.optional()
});
class ManifestError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseGatesError */ .O {
    name = 'ManifestError';
    constructor(message, options) {
        super('format', message, options);
    }
}
const firstIssue = (error) => (0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_1__/* .firstZodIssue */ .Fs)(error, { top: '(document)', pathMax: 80, messageMax: 120 });
/**
 * Reads a manifest body, validated against the schema of its media type. The type comes from the
 * document's `mediaType` (required for Docker's types, optional in OCI's) or, when absent, the
 * Content-Type the registry sent; the two must agree when both name a manifest type.
 */
function parseManifest(body, contentType) {
    let raw;
    try {
        raw = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new ManifestError('is not JSON');
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new ManifestError('is not a JSON object');
    const declared = raw.mediaType;
    if (declared !== undefined && typeof declared !== 'string')
        throw new ManifestError('mediaType: must be a string');
    const served = contentType?.split(';')[0]?.trim().toLowerCase() || null;
    const known = [...INDEX_TYPES, ...IMAGE_TYPES];
    if (declared !== undefined && served !== null && known.includes(served) && served !== declared) {
        throw new ManifestError(`is served as ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(served, 100)} but declares mediaType ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(declared, 100)}`);
    }
    const mediaType = declared ?? served ?? '';
    if (!known.includes(mediaType)) {
        const schema1 = raw.schemaVersion === 1;
        throw new ManifestError(schema1
            ? 'is a Docker schema 1 manifest, which current registries and clients no longer accept; push with a current Docker or BuildKit'
            : `has media type "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(mediaType || '(none)', 100)}", which is none of ${known.join(', ')}`);
    }
    if (INDEX_TYPES.includes(mediaType)) {
        const parsed = (mediaType === MEDIA_TYPES.dockerManifestList ? dockerListSchema : indexSchema).safeParse(raw);
        if (!parsed.success)
            throw new ManifestError(`is not a valid ${mediaType} (${firstIssue(parsed.error)})`);
        return { kind: 'index', mediaType, manifests: parsed.data.manifests, annotations: parsed.data.annotations ?? {} };
    }
    const parsed = imageSchema.safeParse(raw);
    if (!parsed.success)
        throw new ManifestError(`is not a valid ${mediaType} (${firstIssue(parsed.error)})`);
    const { artifactType, subject } = parsed.data;
    return {
        kind: 'image',
        mediaType,
        config: parsed.data.config,
        layers: parsed.data.layers,
        annotations: parsed.data.annotations ?? {},
        ...(artifactType === undefined ? {} : { artifactType }),
        ...(subject === undefined ? {} : { subject })
    };
}


/***/ }),

/***/ 83903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Dh: () => (/* binding */ DIGEST),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Xu: () => (/* binding */ shownReference),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_loopback_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41107);




// The distribution reference grammar (distribution/reference): path components and domain.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
/** Parses an image or chart reference without tag or digest; throws OciError naming the problem. */
function parseImageRef(text) {
    const ref = text.replace(/^oci:\/\//, '');
    const parts = ref.split('/');
    // A colon in the last component is a tag (a registry port sits in the first one).
    if (ref.includes('@') || (parts[parts.length - 1] ?? '').includes(':')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M(`reference "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(text)}" carries a tag or digest; give the repository only (the tag is the release version)`);
    }
    const first = parts[0] ?? '';
    // As Docker decides: the first component is a registry when it looks like a host.
    const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
    let registry = hasRegistry ? first : 'docker.io';
    const path = hasRegistry ? parts.slice(1) : parts;
    if (!DOMAIN.test(registry))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M(`reference "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(text)}" has an invalid registry host "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(registry)}"`);
    if (path.length === 0 || !path.every((c) => PATH_COMPONENT.test(c))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M(`reference "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(text)}" is not a valid repository (lower-case letters, digits and . _ - separators)`);
    }
    let repository = path.join('/');
    if (registry === 'docker.io' || registry === 'index.docker.io') {
        registry = 'registry-1.docker.io';
        if (path.length === 1)
            repository = `library/${repository}`;
    }
    const hostname = new URL(`http://${registry}`).hostname;
    const scheme = (0,_util_loopback_js__WEBPACK_IMPORTED_MODULE_3__/* .isLoopbackHost */ .cW)(hostname) ? 'http' : 'https';
    return { registry, repository, baseUrl: `${scheme}://${registry}` };
}
/** A content digest as the OCI image spec registers them (sha256, sha512), lower-case hex. */
const DIGEST = /^sha(256:[a-f0-9]{64}|512:[a-f0-9]{128})$/;
function isDigest(reference) {
    return DIGEST.test(reference);
}
/** The digest of `bytes` in the algorithm of `like` (sha256 unless `like` is a sha512 digest). */
function digestOf(bytes, like = 'sha256:') {
    const algorithm = like.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** `registry/repository:tag` or `registry/repository@digest`, for messages. */
function shownReference(image, reference) {
    return `${image.registry}/${image.repository}${isDigest(reference) ? '@' : ':'}${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(reference, 140)}`;
}


/***/ }),

/***/ 81826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iM: () => (/* binding */ findSigstoreBundleReferrers),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony exports referrersFallbackTag, isSigstoreBundleType, MAX_BUNDLE_BYTES */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74976);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41107);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17057);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83903);
/**
 * OCI 1.1 referrers: the manifests whose `subject` is a given manifest (signatures, attestations).
 * Read through the referrers API (`GET /v2/{name}/referrers/{digest}`) or, where a registry has no
 * such API (Distribution, so GHCR: a 404 there), through the fallback tag `sha256-{hex}` that clients
 * such as cosign and oras keep as an image index of referrers.
 */





/** A registry's referrers list is paginated with `Link: <…>; rel="next"`; more pages than this is refused. */
const MAX_REFERRER_PAGES = 8;
/** The `rel="next"` target of a Link header (RFC 8288), or null. */
function nextLink(header) {
    if (!header)
        return null;
    for (const part of header.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m && /(^|;)\s*rel="?next"?\s*(;|$)/i.test(m[2]))
            return m[1];
    }
    return null;
}
/**
 * `GET /v2/{name}/referrers/{digest}` (optionally `?artifactType=`), following `Link` pages. A 404
 * (or 405) means the registry has no referrers API: the OCI distribution spec requires a registry
 * that has it to answer 200 with an empty index even for a subject it does not hold.
 */
async function listReferrers(requests, image, digest, artifactType) {
    if (!(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`referrers: "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(digest)}" is not a sha256/sha512 digest`);
    const where = `referrers of ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .shownReference */ .Xu)(image, digest)}`;
    const prefix = `${image.baseUrl}/v2/${image.repository}/`;
    let path = `referrers/${digest}${artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''}`;
    const descriptors = [];
    let filtered = false;
    for (let page = 1;; page++) {
        const response = await requests.send(image, path, { method: 'GET', headers: { accept: _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex }, maxBytes: _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MANIFEST_BYTES */ .ZJ }, where);
        if (page === 1 && (response.status === 404 || response.status === 405))
            return null;
        refuseStatus(response, image, where);
        let document;
        try {
            document = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(response.body, response.headers.get('content-type') ?? _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex);
        }
        catch (error) {
            if (error instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`the ${where} answer ${error.message}`, { cause: error });
            throw error;
        }
        if (document.kind !== 'index')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`the ${where} answer is a ${document.mediaType}, not an image index`);
        descriptors.push(...document.manifests);
        if (artifactType && /(^|,)\s*artifactType\s*(,|$)/.test(response.headers.get('oci-filters-applied') ?? ''))
            filtered = true;
        const next = nextLink(response.headers.get('link'));
        if (!next)
            break;
        if (page >= MAX_REFERRER_PAGES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`${where}: the registry lists more than ${MAX_REFERRER_PAGES} pages of referrers; refusing to read further`);
        const url = new URL(next, `${image.baseUrl}/`).toString();
        if (!url.startsWith(`${prefix}referrers/`))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`${where}: the registry's next page points elsewhere (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(url, 140)})`);
        path = url.slice(prefix.length);
    }
    return { descriptors, filtered };
}
function refuseStatus(response, image, where) {
    if (response.status === 401 || response.status === 403) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`${image.registry} denied an anonymous read of the ${where} (${response.status})`, { reason: 'private' });
    }
    if (response.status !== 200)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`${image.registry} answered ${response.status} for the ${where}`);
}
/** The tag the OCI referrers fallback schema keeps a subject's referrers under: `sha256-<hex>` (algorithm, dash, hex). */
function referrersFallbackTag(digest) {
    if (!_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST */ .Dh.test(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(digest)}" is not a sha256/sha512 digest`);
    return digest.replace(':', '-');
}
/** `application/vnd.dev.sigstore.bundle.v0.3+json` (any v0.x), and the older `application/vnd.dev.sigstore.bundle+json;version=0.x`. */
function isSigstoreBundleType(mediaType) {
    const t = mediaType.trim().toLowerCase();
    return /^application\/vnd\.dev\.sigstore\.bundle\.v0\.\d+\+json$/.test(t) || /^application\/vnd\.dev\.sigstore\.bundle\+json\s*;\s*version=0\.\d+$/.test(t);
}
/**
 * A Sigstore bundle referrer's bundle is JSON of a few KiB (a certificate chain, a log entry, a signature or a
 * small DSSE envelope). Memory: one bundle is held at a time (fetched, parsed, handed to `each`, dropped before
 * the next manifest is read), so 1 MiB of bytes + its string + its tree, a few MiB, whatever MAX_REFERRERS is.
 */
const MAX_BUNDLE_BYTES = 1024 * 1024;
/** More referrers than this for one digest is refused rather than read one by one (a bound on time: one manifest and blob each). */
const MAX_REFERRERS = 100;
/**
 * The Sigstore bundles attached to `digest` as OCI referrers, as cosign attaches them
 * (`cosign sign --new-bundle-format`, `cosign attest`): a manifest whose artifactType (or config
 * media type) is a Sigstore bundle type, whose `subject` is the digest, and whose single layer is the
 * bundle. Every listed manifest is opened and its own fields are read: a fallback index is an
 * ordinary tag anyone with push rights rewrites, and its descriptors' copies of those fields prove
 * nothing; the referrers API's copies are the registry's, but reading the manifest costs little.
 * Each bundle is handed to `each` as it is read, in listing order; the next referrer is read once `each` settles.
 */
async function findSigstoreBundleReferrers(oci, image, digest, each) {
    let via = 'referrers API';
    let descriptors;
    const listing = await oci.referrers(image, digest);
    if (listing) {
        descriptors = listing.descriptors;
    }
    else {
        const tag = referrersFallbackTag(digest);
        const index = await oci.getManifest(image, tag);
        if (!index)
            return { via: 'none', bundles: 0, broken: [], ignored: [] };
        if (index.document.kind !== 'index') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .shownReference */ .Xu)(image, tag)} (the OCI referrers fallback tag) is a ${index.mediaType}, not the image index of referrers the schema requires`);
        }
        via = 'fallback tag';
        descriptors = index.document.manifests;
    }
    const unique = [...new Map(descriptors.map((d) => [d.digest, d])).values()];
    if (unique.length > MAX_REFERRERS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .M(`${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .shownReference */ .Xu)(image, digest)} has ${unique.length} referrers (${via}); more than ${MAX_REFERRERS} are not read`);
    const result = { via, bundles: 0, broken: [], ignored: [] };
    for (const descriptor of unique) {
        const fetched = await oci.getManifest(image, descriptor.digest);
        if (!fetched) {
            result.ignored.push({ manifest: descriptor.digest, reason: `listed by the ${via} but not served by the registry` });
            continue;
        }
        const document = fetched.document;
        if (document.kind !== 'image') {
            result.ignored.push({ manifest: descriptor.digest, reason: `an image index, not a Sigstore bundle` });
            continue;
        }
        const type = document.artifactType ?? document.config.mediaType;
        if (!isSigstoreBundleType(type)) {
            result.ignored.push({ manifest: descriptor.digest, reason: `artifact type ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(type, 100)}, not a Sigstore bundle` });
            continue;
        }
        if (document.subject?.digest !== digest) {
            const named = document.subject ? `refers to ${document.subject.digest}` : 'names no subject';
            result.ignored.push({ manifest: descriptor.digest, reason: `a Sigstore bundle that ${named}, not ${digest}` });
            continue;
        }
        if (document.layers.length !== 1) {
            result.broken.push({
                manifest: descriptor.digest,
                problem: `a Sigstore bundle referrer with ${document.layers.length} layers; the bundle must be its single layer`
            });
            continue;
        }
        const layer = document.layers[0];
        const blob = await oci.getBlob(image, layer.digest, { maxBytes: MAX_BUNDLE_BYTES });
        if (!blob) {
            result.broken.push({ manifest: descriptor.digest, problem: `its bundle layer ${layer.digest} is not served by the registry` });
            continue;
        }
        // Depth bounded first (util/json.ts): a bundle nested millions of levels would overflow the verifier's stack.
        const parsed = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(blob);
        if (!parsed.ok) {
            result.broken.push({
                manifest: descriptor.digest,
                problem: `its bundle layer ${layer.digest} is ${parsed.deep ? `${parsed.reason}; a Sigstore bundle is a flat JSON document` : 'not JSON'}`
            });
            continue;
        }
        result.bundles++;
        await each({ manifest: descriptor.digest, bundle: parsed.value });
    }
    return result;
}


/***/ }),

/***/ 92997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ou: () => (/* reexport */ fillTemplate),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: MAX_CONFIG_BYTES, MAX_CONFIG_ITEMS, configSchema, gosumdbProblem, parseConfig

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/util/loopback.ts
var loopback = __webpack_require__(26815);
// EXTERNAL MODULE: ./src/util/workspace-file.ts
var workspace_file = __webpack_require__(55680);
// EXTERNAL MODULE: ./src/util/yaml.ts
var yaml = __webpack_require__(39869);
// EXTERNAL MODULE: ./src/util/version-pattern.ts
var version_pattern = __webpack_require__(64763);
// EXTERNAL MODULE: ./src/util/zod-issue.ts
var zod_issue = __webpack_require__(59935);
;// CONCATENATED MODULE: ./src/util/template.ts
/** Fills `{version}`, `{owner}` and `{repo}` in a template. */
function fillTemplate(template, values, lowerCase = false) {
    const owner = lowerCase ? values.owner.toLowerCase() : values.owner;
    const repo = lowerCase ? values.repo.toLowerCase() : values.repo;
    return template
        .replaceAll('{owner}', owner)
        .replaceAll('{repo}', repo)
        .replaceAll('{version}', values.version ?? '{version}');
}

;// CONCATENATED MODULE: ./src/config.ts









/** A config is a few dozen lines; a megabyte is far beyond any real one and still cheap to parse. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Keys and list items in a config: a real one has under a hundred. */
const MAX_CONFIG_ITEMS = 10_000;
/** Unknown keys named in an error; the rest are counted, so a hostile config cannot make a huge error line. */
const MAX_KEYS_NAMED = 5;
/** A registry base URL: https, or http on a loopback address only. */
const registryUrl = schemas/* string */.YjP()
    .refine((s) => URL.canParse(s), { message: 'must be an absolute URL' })
    .refine((s) => (0,loopback/* isAllowedUrl */.y2)(new URL(s)), { message: 'must use https:// (http:// is allowed only on a loopback address)' })
    .transform((s) => s.replace(/\/+$/, ''));
const versionTemplate = schemas/* string */.YjP().refine((s) => s.split('{version}').length === 2, { message: 'must contain {version} exactly once' });
const relPath = schemas/* string */.YjP().min(1);
const versionEntry = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({ file: relPath, key: schemas/* string */.YjP().min(1) }),
    schemas/* strictObject */.rej({
        file: relPath,
        // One capture group exactly: the version.
        pattern: schemas/* string */.YjP().superRefine((p, ctx) => {
            const problem = (0,version_pattern/* versionPatternProblem */.J)(p);
            if (problem)
                ctx.addIssue({ code: 'custom', message: problem });
        })
    })
]);
/**
 * A reusable workflow as `owner/repo/path@ref`, what GitHub writes (after the server URL) into a Fulcio
 * certificate's SAN when that workflow ran the signing step: its file is under `.github/workflows/`, and the ref
 * is a commit (40 hex, what the SPEC's example pins) or a full `refs/heads/…` / `refs/tags/…` ref.
 */
const signerWorkflow = schemas/* string */.YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}\/\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml@(?:[0-9a-f]{40}|refs\/(?:heads|tags)\/[^\s@]+)$/, {
    message: 'must be owner/repo/.github/workflows/<file>.yml@<ref>, the ref a 40-hex commit or refs/tags/… (e.g. github/artifact-attestations-workflows/.github/workflows/attest.yml@<40 hex>)'
});
/** An OIDC issuer URL as Fulcio records it: https, compared exactly (no trailing slash added or removed). */
const oidcIssuer = schemas/* string */.YjP().refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', {
    message: 'must be an https:// URL, the OIDC issuer as the certificate states it (e.g. https://token.actions.githubusercontent.com)'
});
/** `false` turns a section off explicitly; leaving it out is an error for gates that need it. */
function section(schema) {
    return schemas/* union */.KCZ([schemas/* literal */.euz(false), schema]).optional();
}
const configSchema = schemas/* strictObject */.rej({
    tags: schemas/* strictObject */.rej({
        release: versionTemplate.default('v{version}'),
        rehearsal: versionTemplate.optional(),
        annotated: schemas/* boolean */.zMY().default(true)
    }),
    versions: section(schemas/* array */.YOg(versionEntry).min(1)),
    changelog: section(relPath),
    main: section(schemas/* strictObject */.rej({
        branch: schemas/* string */.YjP().min(1).default('main'),
        workflow: schemas/* string */.YjP().min(1)
    })),
    go: section(schemas/* strictObject */.rej({
        dir: relPath,
        tag: versionTemplate.default('clients/go/v{version}')
    })),
    npm: section(schemas/* strictObject */.rej({
        registry: registryUrl.default('https://registry.npmjs.org'),
        publisher: schemas/* string */.YjP().min(1),
        scope: schemas/* string */.YjP()
            .min(1)
            .transform((s) => s.replace(/^@/, '')),
        packages: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1),
        // npm provenance and the registry's signatures are required of every package; false turns npm-provenance off.
        provenance: schemas/* boolean */.zMY().default(true)
    })),
    pypi: section(schemas/* strictObject */.rej({
        index: registryUrl.default('https://pypi.org'),
        'rehearsal-index': registryUrl.optional(),
        // The GitHub environment of the trusted publisher, as PEP 740 writes `publisher.environment`.
        environment: schemas/* string */.YjP()
            .min(1)
            .max(255)
            .refine((name) => name.trim() === name && !/[\u0000-\u001f]/.test(name), 'must be a GitHub environment name (no surrounding spaces or control characters)')
            .optional(),
        // PEP 740 attestations are required of every file; false turns pypi-provenance off.
        provenance: schemas/* boolean */.zMY().default(true),
        project: schemas/* string */.YjP().min(1),
        python: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[a-z]+\d+t?$/, 'must be an interpreter tag like cp312')).min(1),
        platforms: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)
    })),
    container: section(schemas/* strictObject */.rej({
        image: schemas/* string */.YjP().min(1),
        platforms: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'must be os/arch[/variant]')).min(1),
        // Every tag the push made; `{version}`, `{major}`, `{minor}`, `{patch}` are filled per release.
        tags: schemas/* array */.YOg(schemas/* string */.YjP()
            .min(1)
            .refine((t) => /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(t.replace(/\{(version|major|minor|patch)\}/g, '0')), {
            message: 'must be an OCI tag (letters, digits, _ . -; at most 128) with optional {version}, {major}, {minor}, {patch}'
        }))
            .min(1)
            .default(['{version}'])
    })),
    helm: section(schemas/* strictObject */.rej({ chart: schemas/* string */.YjP().min(1) })),
    goproxy: section(registryUrl),
    // Go's GOSUMDB syntax: `<name>+<hash>+<key>` or `<name>+<hash>+<key> <url>`; `false` skips the checksum database.
    gosumdb: schemas/* union */.KCZ([
        schemas/* literal */.euz(false),
        schemas/* string */.YjP()
            .min(1)
            .refine((s) => gosumdbProblem(s) === null, {
            message: 'must follow GOSUMDB syntax: <name>+<hash>+<key>, optionally followed by a space and the database URL'
        })
    ])
        .optional(),
    release: section(schemas/* strictObject */.rej({
        checksum: relPath.default('SHA256SUMS'),
        sbom: schemas/* string */.YjP().min(1),
        provenance: schemas/* string */.YjP().min(1)
    })),
    'supply-chain': section(schemas/* strictObject */.rej({
        // The signer: this repository's workflow file, run for the release tag.
        workflow: relPath.refine((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p), {
            message: 'must be a workflow file of this repository, e.g. .github/workflows/release.yml'
        }),
        // Sigstore trusted_root.json in the workspace; absent: Sigstore public-good through TUF.
        'trusted-root': relPath.optional(),
        scan: schemas/* strictObject */.rej({
            report: relPath,
            severity: schemas/* enum */.k5n(['critical', 'high', 'medium', 'low']).default('high'),
            'ignore-unfixed': schemas/* boolean */.zMY().default(false)
        }),
        'image-attestations': schemas/* boolean */.zMY().default(true),
        // Reusable workflows trusted to run the signing step for the release workflow (the certificate SAN).
        'signer-workflows': schemas/* array */.YOg(signerWorkflow).max(50).default([]),
        // The OIDC issuer Fulcio writes into the certificate: a GitHub Enterprise Cloud tenant has its own.
        issuer: oidcIssuer.default('https://token.actions.githubusercontent.com')
    })),
    // Optional: oci-push runs with the default hosts when the section is absent; `oci: false` turns it off.
    oci: schemas/* union */.KCZ([
        schemas/* literal */.euz(false),
        schemas/* strictObject */.rej({
            // Registries the GitHub token may be sent to (host, or host:port), lower case as Docker compares them.
            'push-hosts': schemas/* array */.YOg(schemas/* string */.YjP()
                .min(1)
                .max(255)
                .regex(/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/, 'must be a registry host such as ghcr.io (host or host:port, lower case)'))
                .max(20)
                .default(['ghcr.io'])
        })
    ])
        .default({ 'push-hosts': ['ghcr.io'] })
});
/**
 * Why a `gosumdb` value is not Go's GOSUMDB syntax, or null. The key itself
 * (`<name>+<hash>+<base64 key>`) is decoded and checked by the checksum-database
 * client; here only its shape and the URL's transport rule are checked.
 */
function gosumdbProblem(value) {
    const parts = value.trim().split(/\s+/);
    if (parts.length > 2)
        return 'too many fields';
    const [key, url] = parts;
    if (!/^[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/.test(key))
        return 'key is not <name>+<hash>+<key>';
    if (url !== undefined) {
        if (!URL.canParse(url))
            return 'URL is not absolute';
        if (!(0,loopback/* isAllowedUrl */.y2)(new URL(url)))
            return 'URL must be https:// (http:// only on loopback)';
    }
    return null;
}
/**
 * A union (a section or `false`; a versions entry with `key` or `pattern`) fails
 * as a whole; the branch that got furthest holds the reason worth showing, and
 * the `false` branch never does.
 */
function likeliestBranchIssue(issue) {
    let best = null;
    let bestScore = -Infinity;
    for (const branch of issue.errors) {
        for (const sub of branch) {
            const isFalseBranch = sub.code === 'invalid_value' && sub.values.includes(false);
            const score = sub.path.length * 10 + (sub.code === 'custom' ? 5 : 0) - (isFalseBranch ? 1000 : 0);
            if (score > bestScore) {
                best = sub;
                bestScore = score;
            }
        }
    }
    return best;
}
function describeIssue(issue, prefix) {
    const path = [...prefix, ...issue.path];
    const where = path.length ? (0,zod_issue/* dottedPath */.wM)(path) : '(top level)';
    if (issue.code === 'unrecognized_keys') {
        const dotted = path.length ? `${where}.` : '';
        const named = issue.keys.slice(0, MAX_KEYS_NAMED).map((k) => `"${dotted}${(0,util_text/* clip */.$)(k, 40)}"`);
        const more = issue.keys.length - named.length;
        return `unknown key ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    }
    if (issue.code === 'invalid_union') {
        const branch = likeliestBranchIssue(issue);
        return branch ? describeIssue(branch, path) : `${where}: not a valid value (see the config reference in the README)`;
    }
    return `${where}: ${issue.message}`;
}
/** Parses and validates config text; every problem names its key path. */
function parseConfig(text, source) {
    const parsed = (0,yaml/* parseYamlBounded */.W)(text, { maxItems: MAX_CONFIG_ITEMS, maxAliasCount: 100 });
    if (!parsed.ok)
        throw new errors/* InputError */.d(`config ${source} ${parsed.problem}`);
    const raw = parsed.data;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors/* InputError */.d(`config ${source} must be a YAML mapping with at least a "tags" section`);
    }
    const result = configSchema.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.slice(0, 5).map((issue) => describeIssue(issue, []));
        throw new errors/* InputError */.d(`config ${source} is invalid: ${problems.join('; ')}`);
    }
    return result.data;
}
/**
 * Reads the config from the workspace: confined to it by its real path (a
 * symlink out of the workspace is refused, so a config from elsewhere cannot
 * switch the gate's sections off), a regular file (a FIFO or device fails at
 * once instead of blocking), at most MAX_CONFIG_BYTES.
 */
async function loadConfig(absPath, shown, workspace) {
    let text;
    try {
        text = await (0,workspace_file/* readWorkspaceText */.tA)(workspace, absPath, { maxBytes: MAX_CONFIG_BYTES, purpose: 'a config file', shown: `config file ${(0,util_text/* clip */.$)(shown)}` });
    }
    catch (error) {
        if (error instanceof workspace_file/* WorkspaceFileError */._n) {
            if (error.reason === 'missing') {
                throw new errors/* InputError */.d(`config file ${(0,util_text/* clip */.$)(shown)} not found in the workspace; check out the repository first or set "config"`, { cause: error });
            }
            throw new errors/* InputError */.d(error.message, { cause: error });
        }
        throw error;
    }
    return parseConfig(text, shown);
}


/***/ }),

/***/ 72021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dI: () => (/* binding */ CheckScope),
/* harmony export */   gg: () => (/* binding */ currentCheckScope),
/* harmony export */   xS: () => (/* binding */ runInCheckScope)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);

/**
 * What the engine knows about one check while it runs, reachable from the clients without
 * threading it through every call: the check's deadline as an AbortSignal (every request
 * joins it, so whatever is in flight ends at once when the check's time is up), and the
 * requests it has queued or in flight per host, which the failure names ("37 requests still
 * pending on registry.example"). AsyncLocalStorage carries it across the awaits of the check.
 */
class CheckScope {
    signal;
    pendingByHost = new Map();
    constructor(signal) {
        this.signal = signal;
    }
    /** Counts a request to `host` as pending until the returned function is called (once). */
    begin(host) {
        this.pendingByHost.set(host, (this.pendingByHost.get(host) ?? 0) + 1);
        let ended = false;
        return () => {
            if (ended)
                return;
            ended = true;
            const left = (this.pendingByHost.get(host) ?? 1) - 1;
            if (left > 0)
                this.pendingByHost.set(host, left);
            else
                this.pendingByHost.delete(host);
        };
    }
    get pending() {
        let total = 0;
        for (const count of this.pendingByHost.values())
            total += count;
        return total;
    }
    /** "37 requests still pending on registry.example", "42 requests still pending: 37 on a, 5 on b", or what the check did instead. */
    describePending() {
        const total = this.pending;
        if (total === 0)
            return 'no request was pending (the check was still working on what it had read)';
        const counted = `${total} request${total === 1 ? '' : 's'} still pending`;
        const hosts = [...this.pendingByHost.entries()].sort((a, b) => b[1] - a[1]);
        if (hosts.length === 1)
            return `${counted} on ${hosts[0][0]}`;
        return `${counted}: ${hosts.map(([host, n]) => `${n} on ${host}`).join(', ')}`;
    }
}
const storage = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function runInCheckScope(scope, work) {
    return storage.run(scope, work);
}
/** The scope of the check this code runs for, if any (the maintainer commands and unit tests call clients without one). */
function currentCheckScope() {
    return storage.getStore();
}


/***/ }),

/***/ 97110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ REAL_CLOCK)
/* harmony export */ });
const REAL_CLOCK = {
    now: () => Date.now(),
    setTimer(fn, ms) {
        const timer = setTimeout(fn, Math.max(0, ms));
        timer.unref?.();
        return () => clearTimeout(timer);
    }
};


/***/ }),

/***/ 27861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ JsonStream),
/* harmony export */   I2: () => (/* binding */ JsonSelector),
/* harmony export */   PS: () => (/* binding */ selectJson),
/* harmony export */   l1: () => (/* binding */ JsonStreamError),
/* harmony export */   us: () => (/* binding */ standIn)
/* harmony export */ });
/* unused harmony exports slices, selectJsonBytes */
/* harmony import */ var _streamparser_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75497);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);
/**
 * JSON documents read chunk by chunk, never held whole (tokens from @streamparser/json, MIT): a
 * workspace report or SBOM, a registry answer, an attestation layer can run to tens of MiB, and
 * `JSON.parse` of one holds its bytes, its string and its tree at once. Three readings, one
 * tokenizer and one depth bound (MAX_JSON_DEPTH, counted as the tokens arrive, before any deep
 * value is built):
 * - `JsonStream`: the large arrays handed over element by element, the rest kept as a skeleton;
 * - `JsonSelector`: only the values at chosen paths, everything else dropped as it completes;
 * - `selectJson`: a selector over a body as it streams, with the top level's outline.
 *
 * `JsonStream` in detail: a JSON document read in chunks, with its large arrays handed over one element at a time. A workspace
 * document (a Trivy report, an SPDX SBOM) runs to tens of MiB; `JSON.parse` of the whole text holds the
 * text and the tree at once, and a reader's validated copy on top of that, several times the file. Here
 * the tokens come from @streamparser/json, chunk by chunk, and the elements of the arrays named in
 * `elements` (jsonpath as the library reads it: `$.Results.*.Vulnerabilities.*`) are given to `onElement`
 * as each is complete and then dropped, so only the rest of the document (its skeleton, where those
 * arrays are left empty) and one element are ever held. The nesting depth is bounded as the tokens
 * arrive (MAX_JSON_DEPTH, as util/json.ts bounds whole documents), before any deep value is built.
 */


/** Why the text is no JSON document; `deep` when it nests past the bound. */
class JsonStreamError extends Error {
    deep;
    name = 'JsonStreamError';
    constructor(message, deep) {
        super(message);
        this.deep = deep;
    }
    /** The reason alone, for a message that names the document ("JSON nested deeper than 128 levels"). */
    get reason() {
        return this.message;
    }
}
/** Bytes in which a string value is gathered: a long string is then decoded in slices, not concatenated byte run by byte run. */
const STRING_BUFFER_BYTES = 64 * 1024;
/**
 * A tokenizer that refuses nesting past `maxDepth` as the tokens arrive, before any deep value is
 * built, and hands every token to `next`. `read()` says whether any token came (a document of only
 * whitespace is no document).
 */
function depthBoundTokenizer(maxDepth, next) {
    const tokenizer = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .Tokenizer */ ._F({ stringBufferSize: STRING_BUFFER_BYTES });
    let depth = 0;
    let any = false;
    tokenizer.onToken = (token) => {
        any = true;
        if (token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE || token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET) {
            if (++depth > maxDepth)
                throw new JsonStreamError(`nested deeper than ${maxDepth} levels`, true);
        }
        else if (token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE || token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET) {
            depth--;
        }
        next(token);
    };
    return { tokenizer, read: () => any };
}
/** A value's keys and indexes from the top, from the parser's stack and its own key. */
function pathOf(stack, key) {
    return [...stack.slice(1).map((s) => s.key), key];
}
class JsonStream {
    tokenizer;
    parser;
    root = null;
    failure = null;
    /** What onElement threw: passed on as it is; every other error is the library's reason the text is no JSON. */
    elementError = null;
    /** Whether any token was read, to tell a document of only whitespace from broken JSON. */
    read;
    constructor(options) {
        // `$` is emitted too: it is the skeleton, returned by end(). As an emitted ancestor of every value it
        // keeps the library from dropping anything itself (keepStack: false drops only values no ancestor of
        // which is emitted), so each streamed element is removed from its array here, as soon as it is handed over.
        this.parser = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenParser */ .zb({ paths: ['$', ...options.elements], keepStack: false });
        ({ tokenizer: this.tokenizer, read: this.read } = depthBoundTokenizer(options.maxDepth ?? _json_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX, (token) => this.parser.write(token)));
        this.parser.onValue = ({ value, key, parent, stack }) => {
            if (stack.length === 0) {
                this.root = { value };
                return;
            }
            if (!Array.isArray(parent))
                return;
            // The element was pushed onto its array before it was emitted: it is the last one.
            parent.length -= 1;
            try {
                options.onElement(pathOf(stack, key), value);
            }
            catch (error) {
                this.elementError = error;
                throw error;
            }
        };
        const fail = (error) => {
            throw (this.failure ??= this.wrapped(error));
        };
        this.parser.onError = fail;
        this.tokenizer.onError = fail;
        this.tokenizer.onEnd = () => {
            if (!this.parser.isEnded)
                this.parser.end();
        };
        // The parser ends after the top-level value; ending the tokenizer then makes anything but whitespace after it an error, as for JSON.parse.
        this.parser.onEnd = () => {
            if (!this.tokenizer.isEnded)
                this.tokenizer.end();
        };
    }
    wrapped(error) {
        if (error instanceof JsonStreamError || (this.elementError !== null && error === this.elementError))
            return error;
        return new JsonStreamError(error instanceof Error ? error.message : String(error), false);
    }
    /** Feeds the next chunk; throws JsonStreamError (or what onElement throws) at the first problem. */
    write(chunk) {
        if (this.failure)
            throw this.failure;
        try {
            this.tokenizer.write(chunk);
        }
        catch (error) {
            throw (this.failure ??= this.wrapped(error));
        }
    }
    /** Whether nothing but whitespace was read. */
    get empty() {
        return !this.read();
    }
    /** Ends the document; the skeleton: the top-level value without the streamed elements. */
    end() {
        if (this.failure)
            throw this.failure;
        try {
            if (!this.tokenizer.isEnded)
                this.tokenizer.end();
        }
        catch (error) {
            throw (this.failure ??= this.wrapped(error));
        }
        if (this.root === null)
            throw (this.failure = new JsonStreamError('the JSON value ends early', false));
        return this.root.value;
    }
}
/** Bytes fed to the tokenizer at once when a whole buffer is read. */
const SLICE_BYTES = 64 * 1024;
/**
 * One JSON document fed chunk by chunk; `onValue` is called for each value at one of `paths` (the
 * library's selectors: `$._type`, `$.subject`, `$.predicate.packages.*`), in document order. write() and
 * end() throw JsonStreamError when the document nests past `maxDepth`, is not JSON or ends early; what
 * `onValue` throws goes through as it is.
 */
class JsonSelector {
    tokenizer;
    read;
    ended = false;
    /** What onValue threw: the caller's, passed on as it is (the parser would report it as its own error). */
    callerError = null;
    constructor(paths, onValue, maxDepth = _json_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX, 
    /** Every token as it is read (selectJson's outline of the top level). */
    onToken) {
        const parser = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenParser */ .zb({ paths: [...paths], keepStack: false });
        const { tokenizer, read } = depthBoundTokenizer(maxDepth, (token) => {
            onToken?.(token);
            parser.write(token);
        });
        this.tokenizer = tokenizer;
        this.read = read;
        parser.onValue = ({ value, key, stack }) => {
            try {
                onValue(pathOf(stack, key), value);
            }
            catch (error) {
                this.callerError = { error };
                throw error;
            }
        };
        tokenizer.onError = JsonSelector.fail;
        parser.onError = JsonSelector.fail;
        // The parser ends after the top-level value; ending the tokenizer then makes anything after it but whitespace an error, as for JSON.parse.
        parser.onEnd = () => {
            this.ended = true;
            if (!tokenizer.isEnded)
                tokenizer.end();
        };
        tokenizer.onEnd = () => {
            if (!parser.isEnded)
                parser.end();
        };
    }
    static fail(error) {
        throw error instanceof JsonStreamError ? error : new JsonStreamError(error.message, false);
    }
    guarded(step) {
        try {
            step();
        }
        catch (error) {
            // What onValue threw is the caller's and goes through; the library's own errors become a reason.
            if (this.callerError)
                throw this.callerError.error;
            if (error instanceof Error && (error.name === 'TokenizerError' || error.name === 'TokenParserError'))
                JsonSelector.fail(error);
            throw error;
        }
    }
    write(chunk) {
        this.guarded(() => this.tokenizer.write(chunk));
    }
    end() {
        this.guarded(() => {
            if (!this.tokenizer.isEnded)
                this.tokenizer.end();
        });
        if (!this.read())
            throw new JsonStreamError('no JSON value (empty)', false);
        if (!this.ended)
            throw new JsonStreamError('the JSON value ends early', false);
    }
}
/** `bytes` in slices, so the tokenizer never takes one huge chunk. */
function* slices(bytes) {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES)
        yield bytes.subarray(at, at + SLICE_BYTES);
}
/**
 * A value of `kind` standing in for a member a streamed read did not keep, so a reader's shape check
 * judges the reduced document as it would the whole one; undefined for a member that was not there.
 */
function standIn(kind) {
    const values = { object: {}, array: [], string: '', number: 0, boolean: false, null: null };
    return kind === null || kind === undefined ? undefined : values[kind];
}
function kindOf(token) {
    switch (token) {
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE:
            return 'object';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET:
            return 'array';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING:
            return 'string';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NUMBER:
            return 'number';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.TRUE:
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.FALSE:
            return 'boolean';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NULL:
            return 'null';
        default:
            return null;
    }
}
/** Follows the tokens at the root's level only: a key, its colon, then the token that opens its value. */
class OutlineTracker {
    outline = { root: null, members: new Map() };
    depth = 0;
    key = null;
    afterColon = false;
    expectKey = false;
    take({ token, value }) {
        if (this.outline.root === null) {
            this.outline.root = kindOf(token);
            this.expectKey = token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE;
        }
        else if (this.depth === 1 && this.outline.root === 'object') {
            if (this.afterColon) {
                const kind = kindOf(token);
                if (kind && this.key !== null && !this.outline.members.has(this.key))
                    this.outline.members.set(this.key, kind);
                this.afterColon = false;
            }
            else if (this.expectKey && token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING) {
                this.key = value;
                this.expectKey = false;
            }
            else if (token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.COLON) {
                this.afterColon = true;
            }
            else if (token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.COMMA) {
                this.expectKey = true;
            }
        }
        if (token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE || token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET)
            this.depth++;
        else if (token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE || token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET)
            this.depth--;
    }
}
/**
 * Parses the JSON document `body` and calls `onValue` for each value at one of `paths`
 * (`$.versions.*`, `$.files.*`: the library's selectors), in document order, and answers the
 * document's outline (which top-level members it has, of which kind). Throws
 * JsonStreamError when the document is nested too deeply, is not JSON, or ends early;
 * whatever `onValue` throws ends the read (and the transfer) and is thrown as it is.
 */
async function selectJson(body, paths, onValue, maxDepth = _json_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX) {
    const outline = new OutlineTracker();
    const selector = new JsonSelector(paths, (path, value) => onValue({ path, value }), maxDepth, (token) => outline.take(token));
    for await (const chunk of body)
        for (const slice of slices(chunk))
            selector.write(slice);
    selector.end();
    return outline.outline;
}
/** `selectJson` over bytes already in memory, fed in slices so the parser never sees one huge chunk. */
function selectJsonBytes(bytes, paths, onValue) {
    return selectJson([bytes], paths, onValue);
}


/***/ }),

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export jsonDepthProblem */
/**
 * JSON parsing with the nesting bounded before any parsing starts. `JSON.parse` recurses
 * once per level: a few MiB of `[[[[…` holds hundreds of MiB and, inside some callers
 * (sigstore's bundle reader), ends in "Maximum call stack size exceeded" instead of a
 * reason. Real documents — registry answers, bundles, SBOMs, scan reports — stay under 20
 * levels. Hand-written because no JSON library answers "how deep?" without building the
 * tree: this is one linear pass over the bytes that allocates nothing.
 */
/** Deepest nesting accepted in any JSON document read; real ones stay under 20 levels. */
const MAX_JSON_DEPTH = 128;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
/**
 * Why `text` is nested too deeply to parse ("nested deeper than 128 levels"), or null.
 * Works on the UTF-8 bytes or the string alike: a multi-byte UTF-8 sequence never holds
 * these ASCII bytes, and brackets inside strings are skipped.
 */
function jsonDepthProblem(text, maxDepth = MAX_JSON_DEPTH) {
    const bytes = typeof text === 'string' ? null : text;
    const length = bytes ? bytes.length : text.length;
    const at = bytes ? (i) => bytes[i] : (i) => text.charCodeAt(i);
    let depth = 0;
    let inString = false;
    for (let i = 0; i < length; i++) {
        const c = at(i);
        if (inString) {
            if (c === BACKSLASH)
                i++;
            else if (c === QUOTE)
                inString = false;
        }
        else if (c === QUOTE) {
            inString = true;
        }
        else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
            if (++depth > maxDepth)
                return `nested deeper than ${maxDepth} levels`;
        }
        else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
            depth--;
        }
    }
    return null;
}
/** Parses `text` after bounding its depth; never throws. */
function parseJson(text, maxDepth = MAX_JSON_DEPTH) {
    const deep = jsonDepthProblem(text, maxDepth);
    if (deep)
        return { ok: false, reason: deep, deep: true };
    try {
        return { ok: true, value: JSON.parse(typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8')) };
    }
    catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error), deep: false };
    }
}


/***/ }),

/***/ 59935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ firstZodIssue),
/* harmony export */   Nw: () => (/* binding */ firstZodIssueParts),
/* harmony export */   wM: () => (/* binding */ dottedPath)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);

/** A zod path dotted as a reader would write it (`urls.3.digests.sha256`); '' for the document itself. */
function dottedPath(path) {
    return path.map(String).join('.');
}
/** The first problem zod found, in parts, for a message that words the path its own way. */
function firstZodIssueParts(error, options = {}) {
    const issue = error.issues[0];
    const path = dottedPath([...(options.prefix ?? []), ...(issue?.path ?? [])]);
    const shown = (text, max) => (max === undefined ? text : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(text, max));
    return { path: path ? shown(path, options.pathMax) : '', message: issue && shown(issue.message, options.messageMax) };
}
/** The first problem zod found, as `path: message` (`urls.3.digests.sha256: must be 64 hex digits`). */
function firstZodIssue(error, options) {
    const { path, message } = firstZodIssueParts(error, options);
    if (message === undefined)
        return options.none ?? 'invalid';
    return `${path || options.top}: ${message}`;
}


/***/ })

};
