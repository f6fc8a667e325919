import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { clip } from '../errors.js';
import { redactor } from '../util/redact.js';
import { HttpClient, HttpError, transportCause } from './http.js';

/** The GitHub REST operations the gates use, behind an interface so checks can be unit-tested. */
export interface GitHubApi {
  /** `git/ref/tags/{tag}`; null when the tag does not exist. */
  getTagRef(tag: string): Promise<GitRef | null>;
  /** `git/tags/{sha}`: an annotated tag object. */
  getTagObject(sha: string): Promise<TagObject>;
  /** `compare/{base}...{head}`; null when either side is unknown. */
  compareCommits(base: string, head: string): Promise<Comparison | null>;
  /**
   * `actions/workflows/{workflow}/runs` filtered by head_sha, event and branch, all pages.
   * With `etag`, an unchanged first page is answered 304 and returns `notModified`.
   */
  listWorkflowRuns(workflow: string, filter: RunFilter, etag?: string): Promise<WorkflowRunsPage>;
  /** `releases/tags/{tag}`; null when there is no release for the tag. */
  getReleaseByTag(tag: string): Promise<Release | null>;
  /** Downloads a release asset's bytes (following the storage redirect without the token). */
  downloadReleaseAsset(assetId: number, maxBytes: number): Promise<AsyncIterable<Uint8Array>>;
}

export interface GitRef {
  ref: string;
  object: { sha: string; type: string };
}
export interface TagObject {
  sha: string;
  tag: string;
  object: { sha: string; type: string };
}
export interface Comparison {
  status: 'ahead' | 'behind' | 'identical' | 'diverged';
  aheadBy: number;
  behindBy: number;
  htmlUrl: string;
}
export interface RunFilter {
  headSha: string;
  /** Left out, runs of every event (and branch) are listed. */
  event?: string;
  branch?: string;
}
export interface WorkflowRun {
  id: number;
  name: string | null;
  headSha: string;
  headBranch: string | null;
  event: string;
  status: string | null;
  conclusion: string | null;
  runAttempt: number;
  htmlUrl: string;
  createdAt: string;
}
export type WorkflowRunsPage =
  | { notModified: true }
  | { notModified: false; etag: string | undefined; runs: WorkflowRun[]; requests: number };
export interface ReleaseAsset {
  id: number;
  name: string;
  state: string;
  size: number;
  contentType: string;
  /** `sha256:<hex>` when GitHub computed it; null for older assets. */
  digest: string | null;
  browserDownloadUrl: string;
}
export interface Release {
  id: number;
  tagName: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  htmlUrl: string;
  targetCommitish: string;
  assets: ReleaseAsset[];
}

export interface GitHubOptions {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  retries: number;
  retryBaseMs: number;
  timeoutMs: number;
  http: HttpClient;
}

/** A GitHub answer the gate cannot use; the message says what to fix. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    message: string,
    readonly status: number | null,
    options?: ErrorOptions
  ) {
    super(message, options);
  }
}

interface OctokitErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** Turns an Octokit error into one line that names the call and the fix. */
export function describeGitHubError(what: string, error: unknown, token = ''): GitHubError {
  const e = error as OctokitErrorLike;
  const status = typeof e?.status === 'number' ? e.status : null;
  // A server or proxy may echo the token; drop it before clip() could leave a partial token behind.
  const redact = redactor([token]);
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

/** Encodes each path segment but keeps the slashes between them. */
export function pathSegments(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

function isStatus(error: unknown, status: number): boolean {
  return (error as OctokitErrorLike)?.status === status;
}

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new GitHubError(`GitHub answered ${what} without the expected fields (malformed response)`, null);
  return value;
}

function toRun(raw: Record<string, unknown>): WorkflowRun {
  return {
    id: Number(raw.id),
    name: (raw.name as string | null) ?? null,
    headSha: requireString(raw.head_sha, 'a workflow run'),
    headBranch: (raw.head_branch as string | null) ?? null,
    event: requireString(raw.event, 'a workflow run'),
    status: (raw.status as string | null) ?? null,
    conclusion: (raw.conclusion as string | null) ?? null,
    runAttempt: Number(raw.run_attempt ?? 1),
    htmlUrl: requireString(raw.html_url, 'a workflow run'),
    createdAt: String(raw.created_at ?? '')
  };
}

function toRelease(raw: Record<string, unknown>): Release {
  const assets = Array.isArray(raw.assets) ? (raw.assets as Record<string, unknown>[]) : null;
  if (!assets) throw new GitHubError('GitHub answered the release without an assets list (malformed response)', null);
  return {
    id: Number(raw.id),
    tagName: requireString(raw.tag_name, 'the release'),
    name: (raw.name as string | null) ?? null,
    draft: raw.draft === true,
    prerelease: raw.prerelease === true,
    htmlUrl: requireString(raw.html_url, 'the release'),
    targetCommitish: String(raw.target_commitish ?? ''),
    assets: assets.map((a) => ({
      id: Number(a.id),
      name: requireString(a.name, 'a release asset'),
      state: String(a.state ?? ''),
      size: Number(a.size ?? 0),
      contentType: String(a.content_type ?? ''),
      digest: typeof a.digest === 'string' ? a.digest : null,
      browserDownloadUrl: String(a.browser_download_url ?? '')
    }))
  };
}

export function createGitHubApi(options: GitHubOptions): GitHubApi {
  const { owner, repo } = options;
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      retry: { retries: options.retries, retryAfterBaseValue: options.retryBaseMs },
      throttle: {
        // Honour Retry-After a bounded number of times, then fail closed with the cause.
        onRateLimit: (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) => retryCount < 2 && retryAfter <= 120,
        onSecondaryRateLimit: (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) =>
          retryCount < 2 && retryAfter <= 120
      },
      request: {
        fetch: (url: string, init: RequestInit) =>
          fetch(url, {
            ...init,
            signal: init.signal
              ? AbortSignal.any([init.signal, AbortSignal.timeout(options.timeoutMs)])
              : AbortSignal.timeout(options.timeoutMs)
          })
      }
    },
    retry,
    throttling
  );

  /**
   * Runs one GitHub call. A GitHubError (a malformed answer) already says what is
   * wrong and passes as it is; with `notFound: null`, a 404 means "not there".
   */
  async function call<T>(what: string, fn: () => Promise<T>): Promise<T>;
  async function call<T>(what: string, fn: () => Promise<T>, notFound: null): Promise<T | null>;
  async function call<T>(what: string, fn: () => Promise<T>, notFound?: null): Promise<T | null> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof GitHubError) throw error;
      if (notFound === null && isStatus(error, 404)) return null;
      throw describeGitHubError(what, error, options.token);
    }
  }

  return {
    getTagRef(tag) {
      return call(
        `git/ref/tags/${clip(tag)}`,
        async () => {
          // Slashes stay literal (clients/go/v1.2.3): some GitHub Enterprise Server versions answer 404 to %2F.
          const { data } = await octokit.request(`GET /repos/{owner}/{repo}/git/ref/tags/${pathSegments(tag)}`, { owner, repo });
          const raw = data as unknown as { ref?: unknown; object?: { sha?: unknown; type?: unknown } };
          // The single-ref endpoint answers prefix matches on some servers (an array, or one
          // object for another tag): only an exact hit is this tag.
          if (Array.isArray(data)) return null;
          const ref = requireString(raw.ref, `ref tags/${clip(tag)}`);
          if (ref !== `refs/tags/${tag}`) return null;
          return {
            ref,
            object: { sha: requireString(raw.object?.sha, 'a ref'), type: requireString(raw.object?.type, 'a ref') }
          };
        },
        null
      );
    },

    getTagObject(sha) {
      return call(`git/tags/${sha}`, async () => {
        const { data } = await octokit.rest.git.getTag({ owner, repo, tag_sha: sha });
        return {
          sha: requireString(data.sha, 'a tag object'),
          tag: requireString(data.tag, 'a tag object'),
          object: { sha: requireString(data.object?.sha, 'a tag object'), type: requireString(data.object?.type, 'a tag object') }
        };
      });
    },

    compareCommits(base, head) {
      return call(
        `compare ${clip(base)}...${head.slice(0, 12)}`,
        async () => {
          // A branch like release/1.x keeps its slash literal, as for tag refs.
          const { data } = await octokit.request(`GET /repos/{owner}/{repo}/compare/${pathSegments(base)}...${pathSegments(head)}`, {
            owner,
            repo,
            per_page: 1
          });
          const status = data.status;
          if (!['ahead', 'behind', 'identical', 'diverged'].includes(status)) {
            throw new GitHubError(`GitHub answered compare with status "${clip(String(status))}" (malformed response)`, null);
          }
          return { status, aheadBy: data.ahead_by, behindBy: data.behind_by, htmlUrl: data.html_url };
        },
        null
      );
    },

    async listWorkflowRuns(workflow, filter, etag) {
      const what = `actions/workflows/${clip(workflow)}/runs`;
      const runs: WorkflowRun[] = [];
      let requests = 0;
      let firstEtag: string | undefined;
      // Older GitHub Enterprise Server versions ignore head_sha, so every page is read and filtered here too.
      for (let page = 1; page <= 50; page++) {
        let response;
        try {
          requests++;
          response = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            owner,
            repo,
            workflow_id: workflow,
            head_sha: filter.headSha,
            event: filter.event,
            branch: filter.branch,
            per_page: 100,
            page,
            headers: page === 1 && etag ? { 'if-none-match': etag } : {}
          });
        } catch (error) {
          if (page === 1 && isStatus(error, 304)) return { notModified: true };
          if (isStatus(error, 404)) {
            throw new GitHubError(`workflow "${clip(workflow)}" was not found in ${owner}/${repo}; check main.workflow (the file name under .github/workflows)`, 404);
          }
          throw describeGitHubError(what, error, options.token);
        }
        if (page === 1) firstEtag = response.headers.etag;
        const data = response.data as unknown as { total_count?: unknown; workflow_runs?: unknown };
        if (typeof data.total_count !== 'number' || !Array.isArray(data.workflow_runs)) {
          throw new GitHubError(`GitHub answered ${what} without total_count and workflow_runs (malformed response)`, null);
        }
        const pageRuns = (data.workflow_runs as Record<string, unknown>[]).map(toRun);
        runs.push(...pageRuns);
        const hasNext = /rel="next"/.test(response.headers.link ?? '');
        if (!hasNext || pageRuns.length === 0 || runs.length >= data.total_count) break;
      }
      return { notModified: false, etag: firstEtag, runs, requests };
    },

    getReleaseByTag(tag) {
      return call(
        `releases/tags/${clip(tag)}`,
        async () => {
          const { data } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag });
          return toRelease(data as unknown as Record<string, unknown>);
        },
        null
      );
    },

    async downloadReleaseAsset(assetId, maxBytes) {
      // Asset bytes come from a storage host by redirect; the token goes to the API host only.
      const url = `${options.apiUrl}/repos/${owner}/${repo}/releases/assets/${assetId}`;
      try {
        const response = await options.http.stream({
          url,
          headers: { accept: 'application/octet-stream' },
          credential: options.token ? { header: 'authorization', value: `token ${options.token}` } : undefined,
          maxBytes
        });
        return response.body;
      } catch (error) {
        if (error instanceof HttpError) throw new GitHubError(`release asset ${assetId} could not be downloaded: ${error.message}`, error.status, { cause: error });
        throw error;
      }
    }
  };
}
