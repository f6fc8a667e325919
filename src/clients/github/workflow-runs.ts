/** `actions/workflows/{workflow}/runs`: the runs of one workflow for a commit, every page. */
import { clip } from '../../util/text.js';
import type { RunFilter, WorkflowRun, WorkflowRunsPage } from './api.js';
import { parseAnswer, runsPageSchema, toRun } from './answers.js';
import { GitHubError, isStatus } from './errors.js';
import type { GitHubSession } from './session.js';

/** More pages than this of one run list is not a list to read whole (100 runs a page). */
const MAX_RUN_PAGES = 50;

export async function listWorkflowRuns(session: GitHubSession, workflow: string, filter: RunFilter, etag?: string): Promise<WorkflowRunsPage> {
  const { octokit, owner, repo } = session;
  session.usableToken();
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
      throw session.describe(what, error);
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
}
