/**
 * The GitHub REST client the gates use: one Octokit per repository (session.ts) whose answers are
 * bounded (bounded-fetch.ts) and checked (answers.ts), one module per group of endpoints.
 */
import type { GitHubApi, GitHubOptions } from './api.js';
import { listAttestations } from './attestations.js';
import { compareCommits, getRef, getTagObject } from './refs.js';
import { downloadReleaseAsset, getReleaseByTag } from './releases.js';
import { GitHubSession } from './session.js';
import { listWorkflowRuns } from './workflow-runs.js';

export type {
  Attestation,
  Comparison,
  GitHubApi,
  GitHubOptions,
  GitRef,
  Release,
  ReleaseAsset,
  RunFilter,
  TagObject,
  WorkflowRun,
  WorkflowRunsPage
} from './api.js';
export { GitHubError } from './errors.js';

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
    listAttestations: (subjectDigest) => listAttestations(session, subjectDigest)
  };
}
