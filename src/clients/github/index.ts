/**
 * The GitHub REST client the gates use: one Octokit per repository (session.ts) whose answers are
 * bounded (bounded-fetch.ts) and checked (answers.ts), one module per group of endpoints.
 */
import type { GitHubApi, GitHubOptions } from './api.js';
import { listAttestations } from './attestations.js';
import { compareCommits, getRef, getTagObject } from './refs.js';
import { downloadReleaseAsset, getReleaseByTag } from './releases.js';
import { getBranchRules, getEnvironment, getFileText, getImmutableReleases, getRuleset, listDeploymentPolicies, listRulesets } from './repository-settings.js';
import { GitHubSession } from './session.js';
import { listWorkflowRuns } from './workflow-runs.js';

export type {
  Attestation,
  BranchRule,
  BypassActor,
  Comparison,
  DeploymentPolicy,
  Environment,
  GitHubApi,
  GitHubOptions,
  GitRef,
  ImmutableReleases,
  Release,
  ReleaseAsset,
  RepositorySettingsApi,
  Ruleset,
  RulesetSummary,
  RunFilter,
  TagObject,
  WorkflowRun,
  WorkflowRunsPage
} from './api.js';
export { GitHubError, SettingUnreadable } from './errors.js';

export function createGitHubApi(options: GitHubOptions): GitHubApi {
  const session = new GitHubSession(options);
  return {
    getTagRef: (tag) => getRef(session, 'tags', tag),
    getBranchRef: (branch) => getRef(session, 'heads', branch),
    getTagObject: (sha) => getTagObject(session, sha),
    compareCommits: (base, head) => compareCommits(session, base, head),
    listWorkflowRuns: (workflow, filter, etag) => listWorkflowRuns(session, workflow, filter, etag),
    getReleaseByTag: (tag) => getReleaseByTag(session, tag),
    downloadReleaseAsset: (assetId, maxBytes) => downloadReleaseAsset(session, assetId, maxBytes),
    listAttestations: (subjectDigest, each, fetchedUrls) => listAttestations(session, subjectDigest, each, fetchedUrls),
    listRulesets: () => listRulesets(session),
    getRuleset: (id) => getRuleset(session, id),
    getBranchRules: (branch) => getBranchRules(session, branch),
    getImmutableReleases: () => getImmutableReleases(session),
    getEnvironment: (name) => getEnvironment(session, name),
    listDeploymentPolicies: (environment) => listDeploymentPolicies(session, environment),
    getFileText: (path, ref) => getFileText(session, path, ref)
  };
}
