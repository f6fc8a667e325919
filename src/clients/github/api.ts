/** The GitHub REST operations the gates use and the values they answer, apart from how they are fetched. */
import type { HttpClient } from '../http.js';

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
