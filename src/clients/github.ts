import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { uncompress } from 'snappyjs';
import { z } from 'zod';
import { clip, messageOf } from '../errors.js';
import { protectSecrets, redactor } from '../util/redact.js';
import { credentialProblem } from '../util/secrets.js';
import { FetchDeadline, HttpClient, HttpError, rethrowAs, shownUrl, transportCause } from './http.js';

/** The GitHub REST operations the gates use, behind an interface so checks can be unit-tested. */
export interface GitHubApi {
  /** `git/ref/tags/{tag}`; null when the tag does not exist. */
  getTagRef(tag: string): Promise<GitRef | null>;
  /** `git/ref/heads/{branch}`: null when GitHub shows no such branch (or the token cannot see the repository). */
  getBranchRef(branch: string): Promise<GitRef | null>;
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
  /**
   * `attestations/sha256:{hex}`: the Sigstore bundles GitHub stores for a subject digest, all pages (bounded).
   * Each bundle is inline or fetched from `bundle_url` (snappy-compressed, WITHOUT the token). A 404 or an
   * empty list is `[]`. The bundles are not verified here.
   */
  listAttestations(subjectDigest: string): Promise<Attestation[]>;
}

export interface Attestation {
  /** The Sigstore bundle as JSON, unverified. */
  bundle: unknown;
  /** Where it came from, for messages: `GitHub attestation (inline)` or the bundle URL without its query. */
  source: string;
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
export type WorkflowRunsPage = { notModified: true } | { notModified: false; etag: string | undefined; runs: WorkflowRun[]; requests: number };
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
  /** Overall deadline of one GitHub REST request (headers and whole body). */
  timeoutMs: number;
  http: HttpClient;
  /** Largest REST answer read (default 8 MiB: a page of 100 workflow runs is about 1 MiB). */
  maxBodyBytes?: number;
  /** How long one second of a rate limit's Retry-After lasts (default 1000; tests shrink it). */
  retryAfterUnitMs?: number;
  /** Base of a release asset download's deadline, before its size is added (default one minute). */
  assetDeadlineBaseMs?: number;
}

const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_API_REDIRECTS = 5;
/**
 * A release asset download must end: a base time (one minute), plus the asset's size at a slow
 * 512 KiB/s. A checksum file then has about a minute; a storage host that drips bytes is cut off.
 */
function assetDeadlineMs(maxBytes: number, baseMs = 60_000): number {
  return baseMs + Math.ceil((maxBytes / (512 * 1024)) * 1000);
}
/** More pages than this of one run list is not a list to read whole (100 runs a page). */
const MAX_RUN_PAGES = 50;

/** More pages than this of one subject's attestations is not a list to read whole. */
const MAX_ATTESTATION_PAGES = 10;
/** A Sigstore bundle is a few KiB (a certificate chain, a tlog entry, a DSSE statement); more is not one. */
export const MAX_ATTESTATION_BUNDLE_BYTES = 4 * 1024 * 1024;

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

/** Parses an answer with its schema, or fails naming the first field that is wrong. */
function parseAnswer<T extends z.ZodType>(schema: T, raw: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` at ${clip(issue.path.map(String).join('.'), 60)}` : '';
  throw new GitHubError(`GitHub answered ${what} with an unexpected shape${where}: ${clip(issue?.message ?? 'invalid', 80)} (malformed response)`, null);
}

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const runSchema = z.looseObject({
  id: count,
  name: z.string().nullish(),
  head_sha: z.string(),
  head_branch: z.string().nullish(),
  event: z.string(),
  status: z.string().nullish(),
  conclusion: z.string().nullish(),
  run_attempt: count.optional(),
  html_url: z.string(),
  created_at: z.string().nullish()
});
const runsPageSchema = z.looseObject({ total_count: count, workflow_runs: z.array(runSchema).max(1000) });

function toRun(raw: z.infer<typeof runSchema>): WorkflowRun {
  return {
    id: raw.id,
    name: raw.name ?? null,
    headSha: raw.head_sha,
    headBranch: raw.head_branch ?? null,
    event: raw.event,
    status: raw.status ?? null,
    conclusion: raw.conclusion ?? null,
    runAttempt: raw.run_attempt ?? 1,
    htmlUrl: raw.html_url,
    createdAt: raw.created_at ?? ''
  };
}

// An asset's size bounds its download: it must be a byte count (a size of "abc" once disabled the cap).
const assetSchema = z.looseObject({
  id: count,
  name: z.string(),
  state: z.string().nullish(),
  size: count,
  content_type: z.string().nullish(),
  digest: z.string().nullish(),
  browser_download_url: z.string().nullish()
});
const releaseSchema = z.looseObject({
  id: count,
  tag_name: z.string(),
  name: z.string().nullish(),
  draft: z.boolean().nullish(),
  prerelease: z.boolean().nullish(),
  html_url: z.string(),
  target_commitish: z.string().nullish(),
  assets: z.array(assetSchema).max(10_000)
});

function toRelease(raw: unknown): Release {
  const release = parseAnswer(releaseSchema, raw, 'the release');
  return {
    id: release.id,
    tagName: release.tag_name,
    name: release.name ?? null,
    draft: release.draft === true,
    prerelease: release.prerelease === true,
    htmlUrl: release.html_url,
    targetCommitish: release.target_commitish ?? '',
    assets: release.assets.map((a) => ({
      id: a.id,
      name: a.name,
      state: a.state ?? '',
      size: a.size,
      contentType: a.content_type ?? '',
      digest: a.digest ?? null,
      browserDownloadUrl: a.browser_download_url ?? ''
    }))
  };
}

// The bundle itself is checked by the Sigstore verifier; here only what locates it.
const attestationSchema = z.looseObject({
  bundle: z.record(z.string(), z.unknown()).nullish(),
  bundle_url: z.string().nullish(),
  repository_id: z.number().nullish()
});
const attestationsPageSchema = z.looseObject({ attestations: z.array(attestationSchema).max(1000) });

/** The `after` cursor of a Link header's rel="next" URL, or null when there is no next page. */
function nextCursor(link: string | undefined): string | null {
  const next = /<([^>]+)>\s*;\s*rel="next"/.exec(link ?? '');
  if (!next || !URL.canParse(next[1]!)) return null;
  return new URL(next[1]!).searchParams.get('after');
}

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
    }
  };
}

export function createGitHubApi(options: GitHubOptions): GitHubApi {
  const { owner, repo } = options;
  // Known before any call, so every message is redacted before it is shortened.
  protectSecrets([options.token]);
  // A token with a line break would be quoted whole by the HTTP library's header error: refuse it unsent.
  const tokenProblem = credentialProblem(options.token);
  const octokit = getOctokit(
    // Octokit demands a token; with a refused one no call gets as far as sending it.
    tokenProblem ? 'refused' : options.token,
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

  /** Refuses every call when the token cannot be sent, without showing it. */
  function usableToken(): void {
    if (tokenProblem) throw new GitHubError(`input "token" ${tokenProblem}, so it was not sent; remove the stray space or line break from the secret`, null);
  }

  /**
   * Runs one GitHub call. A GitHubError (a malformed answer) already says what is
   * wrong and passes as it is; with `notFound: null`, a 404 means "not there".
   */
  async function call<T>(what: string, fn: () => Promise<T>): Promise<T>;
  async function call<T>(what: string, fn: () => Promise<T>, notFound: null): Promise<T | null>;
  async function call<T>(what: string, fn: () => Promise<T>, notFound?: null): Promise<T | null> {
    usableToken();
    try {
      return await fn();
    } catch (error) {
      if (error instanceof GitHubError) throw error;
      if (notFound === null && isStatus(error, 404)) return null;
      throw describeGitHubError(what, error, options.token);
    }
  }

  /** `git/ref/{kind}/{name}`: one exact ref, or null. */
  function getRef(kind: 'tags' | 'heads', name: string): Promise<GitRef | null> {
    return call(
      `git/ref/${kind}/${clip(name)}`,
      async () => {
        // Slashes stay literal (clients/go/v1.2.3): some GitHub Enterprise Server versions answer 404 to %2F.
        const { data } = await octokit.request(`GET /repos/{owner}/{repo}/git/ref/${kind}/${pathSegments(name)}`, { owner, repo });
        const raw = data as unknown as { ref?: unknown; object?: { sha?: unknown; type?: unknown } };
        // The single-ref endpoint answers prefix matches on some servers (an array, or one
        // object for another ref): only an exact hit is this ref.
        if (Array.isArray(data)) return null;
        const ref = requireString(raw.ref, `ref ${kind}/${clip(name)}`);
        if (ref !== `refs/${kind}/${name}`) return null;
        return {
          ref,
          object: { sha: requireString(raw.object?.sha, 'a ref'), type: requireString(raw.object?.type, 'a ref') }
        };
      },
      null
    );
  }

  return {
    getTagRef(tag) {
      return getRef('tags', tag);
    },

    getBranchRef(branch) {
      return getRef('heads', branch);
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
      usableToken();
      const what = `actions/workflows/${clip(workflow)}/runs`;
      const runs: WorkflowRun[] = [];
      const seen = new Set<number>();
      let requests = 0;
      let firstEtag: string | undefined;
      // Older GitHub Enterprise Server versions ignore head_sha, so every page is read and filtered here too.
      for (let page = 1; page <= MAX_RUN_PAGES; page++) {
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
            throw new GitHubError(
              `workflow "${clip(workflow)}" was not found in ${owner}/${repo}; check main.workflow (the file name under .github/workflows)`,
              404
            );
          }
          throw describeGitHubError(what, error, options.token);
        }
        if (page === 1) firstEtag = response.headers.etag;
        const data = parseAnswer(runsPageSchema, response.data, what);
        // A run created while paging shifts the pages, so a run may come twice: keep the first.
        // A page with nothing new (a server whose "next" leads back to page 1) ends the paging.
        const fresh = data.workflow_runs.map(toRun).filter((run) => !seen.has(run.id));
        for (const run of fresh) seen.add(run.id);
        runs.push(...fresh);
        const hasNext = /rel="next"/.test(response.headers.link ?? '');
        if (!hasNext || fresh.length === 0 || runs.length >= data.total_count) break;
      }
      return { notModified: false, etag: firstEtag, runs, requests };
    },

    getReleaseByTag(tag) {
      return call(
        `releases/tags/${clip(tag)}`,
        async () => {
          const { data } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag });
          return toRelease(data);
        },
        null
      );
    },

    async downloadReleaseAsset(assetId, maxBytes) {
      usableToken();
      // A limit that is not a byte count (NaN from a malformed size) would disable the bound.
      if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
        throw new GitHubError(`release asset ${assetId} has no usable size limit (${clip(String(maxBytes), 20)}); nothing was downloaded`, null);
      }
      // Asset bytes come from a storage host by redirect; the token goes to the API host only.
      // Following that redirect is right here: the bytes are checked against digests afterwards.
      const url = `${options.apiUrl}/repos/${owner}/${repo}/releases/assets/${assetId}`;
      try {
        const response = await options.http.stream({
          url,
          headers: { accept: 'application/octet-stream' },
          credential: options.token ? { header: 'authorization', value: `token ${options.token}` } : undefined,
          crossHost: 'allow',
          maxBytes,
          deadlineMs: assetDeadlineMs(maxBytes, options.assetDeadlineBaseMs)
        });
        return response.body;
      } catch (error) {
        if (error instanceof HttpError)
          throw new GitHubError(`release asset ${assetId} could not be downloaded: ${error.message}`, error.status, { cause: error });
        throw error;
      }
    },

    async listAttestations(subjectDigest) {
      usableToken();
      if (!/^sha256:[0-9a-f]{64}$/.test(subjectDigest)) {
        throw new GitHubError(`attestations are asked for by sha256:<64 hex>, not ${clip(subjectDigest, 80)}`, null);
      }
      const what = `attestations/${subjectDigest}`;
      const found: Attestation[] = [];
      const seenCursors = new Set<string>();
      let after: string | null = null;
      for (let page = 1; ; page++) {
        if (page > MAX_ATTESTATION_PAGES) {
          throw new GitHubError(
            `GitHub listed more than ${MAX_ATTESTATION_PAGES} pages of ${what}; that is not a list to read whole (malformed response)`,
            null
          );
        }
        let response: { data: unknown; headers: { link?: string } };
        try {
          // Through the template variable, not spliced into the route: Octokit reads `:name` in a route as a
          // (legacy) parameter, which would cut the path at `sha256:`.
          response = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            owner,
            repo,
            subject_digest: subjectDigest,
            per_page: 100,
            // Every predicate type is listed: a bundle that does not verify fails the check whatever it attests.
            ...(after ? { after } : {})
          });
        } catch (error) {
          // GitHub answers 404 for a digest it holds no attestation for.
          if (isStatus(error, 404)) return found;
          throw describeGitHubError(what, error, options.token);
        }
        const data = parseAnswer(attestationsPageSchema, response.data, what);
        for (const [index, item] of data.attestations.entries()) {
          if (item.bundle) found.push({ bundle: item.bundle, source: 'GitHub attestation (inline)' });
          else if (item.bundle_url) found.push({ bundle: await fetchBundle(item.bundle_url), source: shownUrl(item.bundle_url) });
          else throw new GitHubError(`GitHub answered ${what} with attestation ${index} that has neither a bundle nor a bundle_url (malformed response)`, null);
        }
        after = data.attestations.length === 0 ? null : nextCursor(response.headers.link);
        // A cursor seen before would list the same page again: stop there instead of looping.
        if (after === null || seenCursors.has(after)) return found;
        seenCursors.add(after);
      }
    }
  };

  /**
   * A bundle behind `bundle_url`: on another host (blob storage), so fetched with no credential at all;
   * snappy-compressed (raw block format, as GitHub serves it), decompressed within MAX_ATTESTATION_BUNDLE_BYTES.
   */
  async function fetchBundle(bundleUrl: string): Promise<unknown> {
    const shown = shownUrl(bundleUrl);
    if (!URL.canParse(bundleUrl) || !/^https?:$/.test(new URL(bundleUrl).protocol)) {
      throw new GitHubError(`GitHub gave an attestation bundle_url that is not an http(s) URL: ${clip(bundleUrl, 120)} (malformed response)`, null);
    }
    let compressed: Buffer;
    try {
      compressed = (await options.http.request({ url: bundleUrl, maxBytes: MAX_ATTESTATION_BUNDLE_BYTES })).body;
    } catch (error) {
      rethrowAs(error, (m, o) => new GitHubError(m, null, o), 'the attestation bundle could not be downloaded');
    }
    let bytes: Uint8Array;
    try {
      // uncompress refuses a header that announces more than the cap before it allocates anything.
      bytes = uncompress(new Uint8Array(compressed), MAX_ATTESTATION_BUNDLE_BYTES);
    } catch (error) {
      throw new GitHubError(
        `the attestation bundle at ${shown} is not snappy-compressed data within ${MAX_ATTESTATION_BUNDLE_BYTES} bytes: ${clip(messageOf(error), 120)}`,
        null,
        { cause: error }
      );
    }
    try {
      return JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    } catch (error) {
      throw new GitHubError(`the attestation bundle at ${shown} is not JSON after decompression: ${clip(messageOf(error), 120)}`, null, { cause: error });
    }
  }
}
