/** One Octokit for one repository, and the rules every GitHub call of this client goes through. */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { protectSecrets } from '../../util/redact.js';
import { credentialProblem } from '../../util/secrets.js';
import type { GitHubOptions } from './api.js';
import { boundedGitHubFetch } from './bounded-fetch.js';
import { describeGitHubError, GitHubError, isStatus } from './errors.js';

const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

export type Octokit = ReturnType<typeof getOctokit>;

export class GitHubSession {
  readonly owner: string;
  readonly repo: string;
  readonly octokit: Octokit;
  /** Why the token cannot be sent, or null when it can. */
  private readonly tokenProblem: string | null;

  constructor(readonly options: GitHubOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    // Known before any call, so every message is redacted before it is shortened.
    protectSecrets([options.token]);
    // A token with a line break would be quoted whole by the HTTP library's header error: refuse it unsent.
    this.tokenProblem = credentialProblem(options.token);
    this.octokit = getOctokit(
      // Octokit demands a token; with a refused one no call gets as far as sending it.
      this.tokenProblem ? 'refused' : options.token,
      {
        baseUrl: options.apiUrl,
        retry: { retries: options.retries, retryAfterBaseValue: options.retryBaseMs },
        throttle: {
          retryAfterBaseValue: options.retryAfterUnitMs ?? 1000,
          // Honour Retry-After a bounded number of times, then fail closed with the cause.
          onRateLimit: (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) => retryCount < 2 && retryAfter <= 120,
          onSecondaryRateLimit: (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) => retryCount < 2 && retryAfter <= 120
        },
        request: { fetch: boundedGitHubFetch(options.apiUrl, options.timeoutMs, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) }
      },
      retry,
      throttling
    );
  }

  /** Refuses every call when the token cannot be sent, without showing it. */
  usableToken(): void {
    if (this.tokenProblem) {
      throw new GitHubError(`input "token" ${this.tokenProblem}, so it was not sent; remove the stray space or line break from the secret`, null);
    }
  }

  /** An Octokit error as one line naming `what`, with the token redacted. */
  describe(what: string, error: unknown): GitHubError {
    return describeGitHubError(what, error, this.options.token);
  }

  /**
   * Runs one GitHub call. A GitHubError (a malformed answer) already says what is
   * wrong and passes as it is; with `notFound: null`, a 404 means "not there".
   */
  call<T>(what: string, fn: () => Promise<T>): Promise<T>;
  call<T>(what: string, fn: () => Promise<T>, notFound: null): Promise<T | null>;
  async call<T>(what: string, fn: () => Promise<T>, notFound?: null): Promise<T | null> {
    this.usableToken();
    try {
      return await fn();
    } catch (error) {
      if (error instanceof GitHubError) throw error;
      if (notFound === null && isStatus(error, 404)) return null;
      throw this.describe(what, error);
    }
  }
}
