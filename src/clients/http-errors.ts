import { ReleaseGatesError } from '../errors.js';
import { clip } from '../util/text.js';

/** A failed HTTP call, with a one-line message naming the URL and the cause; every registry client wraps it (rethrowAs). */
export class HttpError extends ReleaseGatesError {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly status: number | null,
    readonly url: string,
    /** The server's Retry-After, when it sent one with a transient status. */
    readonly retryAfterMs: number | null = null,
    /** A fault that asking again would only repeat (a body that drips): not retried, whatever its status. */
    readonly final = false
  ) {
    super('http', message);
  }
}

/** The URL without credentials or query, safe for a message. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return clip(url);
  }
}

/** What a transport error code means, in the words a person would use. */
const TRANSPORT_CAUSES: Record<string, string> = {
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
export function transportCause(error: unknown): string {
  let e = error as { message?: string; code?: string; cause?: unknown } | undefined;
  // undici wraps the system error: TypeError("fetch failed") { cause: Error { code } }, sometimes twice.
  for (let depth = 0; depth < 4 && e && !e.code && e.cause; depth++) e = e.cause as typeof e;
  const code = e?.code;
  if (code) return `${TRANSPORT_CAUSES[code] ?? 'connection failed'} (${clip(code, 40)})`;
  const reason = e?.message;
  return `connection failed (${reason ? clip(reason, 120) : 'unknown error'})`;
}

/**
 * The one rule by which a client turns an HttpError into its own error type: the
 * client's sentence, then the HTTP layer's cause (which names the URL and whether it
 * was a status, a refused connection or a timeout), with `cause` kept. `scrub`
 * removes a credential a server may have echoed, before anything is shortened.
 * Any other error propagates as it is.
 */
export function rethrowAs(
  error: unknown,
  make: (message: string, options: ErrorOptions) => Error,
  prefix: string,
  scrub: (text: string) => string = (t) => t
): never {
  if (error instanceof HttpError) throw make(scrub(`${prefix}: ${error.message}`), { cause: error });
  throw error;
}
