/** The fetch Octokit is given, so GitHub's answers are bounded as every other outside answer is. */
import { currentCheckScope } from '../../util/check-scope.js';
import { FetchDeadline, HttpError, shownUrl } from '../http.js';

const MAX_API_REDIRECTS = 5;

/** Statuses that never carry a body (the Response constructor refuses one for them). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Octokit's `request.fetch`: the GitHub REST answers read through the same bounds as every other
 * outside answer. Octokit reads bodies itself and without limit, so this wrapper reads the body
 * first — within `maxBytes`, no pause longer than `timeoutMs`, all before the request's deadline —
 * and hands Octokit a finished Response. Redirects are followed here by hand and only on the API
 * host: the token does not go elsewhere, so an answer from elsewhere (a run list saying CI
 * passed) is not GitHub's and fails the call, naming the redirect.
 */
export function boundedGitHubFetch(apiUrl: string, timeoutMs: number, maxBytes: number): (url: string, init?: RequestInit) => Promise<Response> {
  const apiOrigin = new URL(apiUrl).origin;
  return async (input, init = {}) => {
    const budget = new FetchDeadline(timeoutMs, init.signal);
    // Counted as pending for the check it runs for, so a check that runs out of time says what it waited on.
    const done = currentCheckScope()?.begin(apiOrigin.replace(/^https?:\/\//, ''));
    let url = String(input);
    let method = init.method ?? 'GET';
    let body = init.body;
    try {
      for (let hop = 0; ; hop++) {
        let response: Response;
        try {
          response = await fetch(url, { ...init, method, body, redirect: 'manual', signal: budget.signal });
        } catch (error) {
          // Octokit names a transport failure from the error's cause (see describeGitHubError).
          if (budget.expired) throw new HttpError(`${shownUrl(url)}: ${budget.cause}`, null, url);
          throw error;
        }
        if ([301, 302, 303, 307, 308].includes(response.status)) {
          await response.body?.cancel().catch(() => {});
          const location = response.headers.get('location');
          if (!location || !URL.canParse(location, url)) {
            throw new HttpError(`${shownUrl(url)}: redirect ${response.status} without a usable Location`, response.status, url);
          }
          const next = new URL(location, url);
          if (next.origin !== apiOrigin) {
            throw new HttpError(
              `${shownUrl(url)} redirected to ${shownUrl(next.toString())}, off the GitHub API host; the token is not sent there, so that answer does not count — check GITHUB_API_URL`,
              response.status,
              url
            );
          }
          if (hop >= MAX_API_REDIRECTS) throw new HttpError(`${shownUrl(url)}: more than ${MAX_API_REDIRECTS} redirects`, response.status, url);
          if (response.status === 303) {
            method = 'GET';
            body = undefined;
          }
          url = next.toString();
          continue;
        }
        const bytes = NULL_BODY_STATUSES.has(response.status) || method === 'HEAD' ? null : await budget.read(response, url, maxBytes, timeoutMs);
        if (bytes === null) await response.body?.cancel().catch(() => {});
        const finished = new Response(bytes && !NULL_BODY_STATUSES.has(response.status) ? new Uint8Array(bytes) : null, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers
        });
        Object.defineProperty(finished, 'url', { value: url });
        return finished;
      }
    } finally {
      budget.end();
      done?.();
    }
  };
}
