/** The GitHub REST operations the gates use and the values they answer, apart from how they are fetched. */
import type { HttpClient } from '../http.js';

/**
 * The repository settings `release-gates doctor` reads (repository-settings.ts). A 403, or a 404 that can only
 * mean the token does not see the repository, throws SettingUnreadable, naming the permission the token lacks.
 */
export interface RepositorySettingsApi {
  /** `rulesets?includes_parents=true`, every page (bounded): summaries, without conditions or rules. */
  listRulesets(): Promise<RulesetSummary[]>;
  /** `rulesets/{id}?includes_parents=true`: one ruleset with its conditions, rules and bypass actors. */
  getRuleset(id: number): Promise<Ruleset>;
  /** `rules/branches/{branch}`: the active rules that apply to the branch, every page. */
  getBranchRules(branch: string): Promise<BranchRule[]>;
  /** `immutable-releases`: whether they are on (GitHub answers 404 when they are off). */
  getImmutableReleases(): Promise<ImmutableReleases>;
  /** `environments/{name}`; null when GitHub answers 404 (no such environment, or a repository the token cannot see). */
  getEnvironment(name: string): Promise<Environment | null>;
  /** `environments/{name}/deployment-branch-policies`, every page. */
  listDeploymentPolicies(environment: string): Promise<DeploymentPolicy[]>;
  /** `contents/{path}?ref={ref}`: a file's text; null when GitHub answers 404 (no such file at the ref). */
  getFileText(path: string, ref: string): Promise<string | null>;
}

export interface RulesetSummary {
  id: number;
  name: string;
  /** `branch`, `tag`, `push`, `repository`; null when GitHub leaves it out (older servers: branch). */
  target: string | null;
  /** `active`, `evaluate` or `disabled`. */
  enforcement: string;
  /** `Repository`, `Organization` or `Enterprise`; null when not given. */
  sourceType: string | null;
  source: string;
}
export interface BypassActor {
  /** Null for a deploy key (and ignored for organization admins). */
  actorId: number | null;
  actorType: string;
  /** `always`, `pull_request` or `exempt`. */
  bypassMode: string;
}
export interface Ruleset extends RulesetSummary {
  /** `conditions.ref_name`; empty when the ruleset names no refs (it then targets none). */
  include: string[];
  exclude: string[];
  /** The rule types it holds (`update`, `deletion`, …). */
  rules: string[];
  /** Null when GitHub left `bypass_actors` out: it shows them only to a token that may edit the ruleset. */
  bypassActors: BypassActor[] | null;
  /** The ruleset's settings page, when GitHub gives it. */
  htmlUrl: string | null;
}
export interface BranchRule {
  type: string;
  rulesetId: number | null;
  /** Where the ruleset lives (`owner/repo` or the organization), when GitHub says. */
  rulesetSource: string | null;
}
export interface ImmutableReleases {
  enabled: boolean;
  enforcedByOwner: boolean;
  /** GitHub answered 404, which it documents for "not enabled" (and may answer a token without administration: read). */
  notFound: boolean;
}
export interface Environment {
  name: string;
  htmlUrl: string | null;
  /** `deployment_branch_policy`: null lets every branch and tag deploy. */
  deploymentPolicy: { protectedBranches: boolean; customBranchPolicies: boolean } | null;
}
export interface DeploymentPolicy {
  /** The fnmatch name pattern a branch or tag must match. */
  name: string;
  type: 'branch' | 'tag';
}

/** The GitHub REST operations the gates use, behind an interface so checks can be unit-tested. */
export interface GitHubApi extends RepositorySettingsApi {
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
   * Each bundle is inline or fetched from `bundle_url` (snappy-compressed, WITHOUT the token) and handed to
   * `each` one at a time: the next is fetched only after `each` settles, so a caller holds one bundle at a
   * time. A 404 or an empty list calls `each` never. The bundles are not verified here. A bundle_url in
   * `fetchedUrls` (the caller's, shared across subjects) is skipped: it was handed over already.
   */
  listAttestations(subjectDigest: string, each: (attestation: Attestation) => Promise<void>, fetchedUrls?: Set<string>): Promise<void>;
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
