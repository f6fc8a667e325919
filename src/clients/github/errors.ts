/** What a failed GitHub call says: one line naming the call and the fix, never the token. */
import { ReleaseGatesError } from '../../errors.js';
import { clip } from '../../util/text.js';
import { redactor } from '../../util/redact.js';
import { HttpError, transportCause } from '../http.js';

/** A GitHub answer the gate cannot use; the message says what to fix. */
export class GitHubError extends ReleaseGatesError {
  override name = 'GitHubError';
  constructor(
    message: string,
    readonly status: number | null,
    options?: ErrorOptions
  ) {
    super('github', message, options);
  }
}

/**
 * A repository setting GitHub would not show this token: a 403 (the token lacks `permission`), or a 404
 * that can only mean the token does not see the repository. `release-gates doctor` fails such a check as
 * "could not be read", never passes it.
 */
export class SettingUnreadable extends GitHubError {
  override name = 'SettingUnreadable';
  constructor(
    message: string,
    status: number | null,
    readonly permission: string,
    options?: ErrorOptions
  ) {
    super(message, status, options);
  }
}

interface OctokitErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** An HttpError the fetch wrapper threw (too large, deadline, redirect off the API host), wherever Octokit wrapped it. */
function httpErrorIn(error: unknown): HttpError | null {
  let e = error as { cause?: unknown } | undefined;
  for (let depth = 0; depth < 4 && e; depth++) {
    if (e instanceof HttpError) return e;
    e = e.cause as typeof e;
  }
  return null;
}

/** Turns an Octokit error into one line that names the call and the fix. */
export function describeGitHubError(what: string, error: unknown, token = ''): GitHubError {
  const e = error as OctokitErrorLike;
  const status = typeof e?.status === 'number' ? e.status : null;
  // A server or proxy may echo the token; drop it before clip() could leave a partial token behind.
  const redact = redactor([token]);
  // The fetch wrapper's own refusals already name the URL and the cause.
  const refusal = httpErrorIn(error);
  if (refusal) return new GitHubError(`GitHub could not answer ${what}: ${redact(refusal.message)}`, refusal.status, { cause: error });
  const scrub = (text: string | undefined) => (text ? redact(text) : text);
  const apiMessage = scrub((e?.response?.data as { message?: string } | undefined)?.message);
  const said = apiMessage ? `: ${clip(apiMessage, 120)}` : '';
  if (status === 401) return new GitHubError(`GitHub rejected the token for ${what} (401)${said}; check the "token" input`, status);
  if (status === 403 || status === 429) {
    const remaining = e.response?.headers?.['x-ratelimit-remaining'];
    if (remaining === '0' || /rate limit/i.test(apiMessage ?? '')) {
      return new GitHubError(`GitHub rate limit hit for ${what} (${status}) and retries were spent${said}`, status);
    }
    return new GitHubError(`GitHub refused ${what} (${status})${said}; the token lacks the permission (see the README's permissions table)`, status);
  }
  // Octokit reports a request that got no answer at all (refused, DNS, timeout) as status 500
  // with no response: that is a transport failure, named as such, never "GitHub answered 500".
  if (status === 500 && e?.response === undefined) {
    return new GitHubError(`GitHub could not be reached for ${what}: ${transportCause(error)}`, null, { cause: error });
  }
  if (status !== null && status >= 500) return new GitHubError(`GitHub answered ${status} for ${what} after retries${said}`, status);
  if (status !== null && status !== 500) return new GitHubError(`GitHub answered ${status} for ${what}${said}`, status);
  const cause = e?.message ? clip(scrub(e.message)!, 160) : 'unknown error';
  return new GitHubError(`GitHub could not be reached for ${what}: ${cause}`, status);
}

/** Whether an Octokit error carries this HTTP status. */
export function isStatus(error: unknown, status: number): boolean {
  return (error as OctokitErrorLike)?.status === status;
}
