import type { WorkflowRun } from '../../clients/github/index.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, type CheckOutcome, type GateContext } from '../../gate.js';
import { poll, waitAdvice, waitNote as pollWaitNote, pollHost } from '../../util/poll.js';

interface MainSection {
  branch: string;
  workflow: string;
}

function attempt(run: WorkflowRun): string {
  return run.runAttempt > 1 ? ` on attempt ${run.runAttempt} (re-run)` : '';
}

function describe(run: WorkflowRun): string {
  const state = run.status === 'completed' ? (run.conclusion ?? 'no conclusion') : (run.status ?? 'unknown status');
  return `run ${run.id}${run.runAttempt > 1 ? ` attempt ${run.runAttempt}` : ''}: ${clip(state, 30)}`;
}

function newestFirst(runs: WorkflowRun[]): WorkflowRun[] {
  return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

type Verdict = { kind: 'passed'; run: WorkflowRun } | { kind: 'running'; runs: WorkflowRun[] } | { kind: 'failed'; runs: WorkflowRun[] } | { kind: 'none' };

/**
 * A run object shows its latest attempt, so a failed run that was re-run and
 * succeeded counts, and a successful run whose re-run is in progress waits.
 * One successful matching run is enough: the commit was proven once.
 */
function decide(runs: WorkflowRun[]): Verdict {
  const ordered = newestFirst(runs);
  const passed = ordered.find((r) => r.status === 'completed' && r.conclusion === 'success');
  if (passed) return { kind: 'passed', run: passed };
  const running = ordered.filter((r) => r.status !== 'completed');
  if (running.length > 0) return { kind: 'running', runs: running };
  if (ordered.length > 0) return { kind: 'failed', runs: ordered };
  return { kind: 'none' };
}

interface NearMisses {
  /** One sentence per run of this commit that does not count, successes first. */
  explanations: string[];
  links: string[];
  /** Why the lookup itself failed, if it did. */
  lookupProblem: string | null;
}

/**
 * Explains runs for this exact commit that do not count (another event or
 * branch). Costs one request, made only when the check already fails.
 */
async function nearMisses(ctx: GateContext, main: MainSection, counts: (r: WorkflowRun) => boolean): Promise<NearMisses> {
  const sha = ctx.settings.sha;
  let runs: WorkflowRun[];
  try {
    const page = await ctx.clients.github.listWorkflowRuns(main.workflow, { headSha: sha });
    runs = page.notModified ? [] : page.runs;
  } catch (error) {
    return { explanations: [], links: [], lookupProblem: `could not look for other runs of this commit: ${messageOf(error)}` };
  }
  const others = newestFirst(runs.filter((r) => r.headSha.toLowerCase() === sha && !counts(r)));
  // Successes first: "it did pass, just not where it counts" is the most useful thing to read.
  others.sort((a, b) => Number(b.conclusion === 'success') - Number(a.conclusion === 'success'));
  const shown = others.slice(0, 5);
  const branch = clip(main.branch);
  const explanations = shown.map((r) => {
    const succeeded = r.status === 'completed' && r.conclusion === 'success';
    const outcome = succeeded
      ? 'succeeded'
      : r.status !== 'completed'
        ? `is ${clip(r.status ?? 'in an unknown state', 30)}`
        : `concluded ${clip(r.conclusion ?? 'nothing', 30)}`;
    if (r.event !== 'push') {
      return `a ${clip(r.event, 40)} run ${outcome} for this commit, but only push runs on ${branch} count`;
    }
    const where = `a push run on branch "${clip(r.headBranch ?? '(none)', 60)}" ${outcome} for this commit`;
    return succeeded ? `${where}; success found only on another branch does not count, only ${branch} does` : `${where}, but only runs on ${branch} count`;
  });
  return { explanations, links: shown.map((r) => r.htmlUrl), lookupProblem: null };
}

async function checkMainCi(ctx: GateContext, main: MainSection): Promise<CheckOutcome> {
  const { sha } = ctx.settings;
  const workflow = clip(main.workflow);
  const branch = clip(main.branch);
  const counts = (r: WorkflowRun): boolean => r.headSha.toLowerCase() === sha && r.event === 'push' && r.headBranch === main.branch;

  // Before a tag exists (`prepare`, `tag`), the merge may be seconds old and GitHub may not have
  // created its push run yet: no run is then "not yet". On a tag push the run is long there or never.
  const awaitMissing = ctx.settings.gate === 'prepare' || ctx.settings.gate === 'tag';
  let etag: string | undefined;
  let runs: WorkflowRun[] = [];
  const waited = await poll<Verdict>(ctx, `main-ci: ${workflow} push run on ${branch} for ${sha.slice(0, 12)}`, pollHost(ctx.settings.apiUrl), async () => {
    // The etag makes an unchanged answer a 304, which GitHub does not count against the rate limit.
    const page = await ctx.clients.github.listWorkflowRuns(main.workflow, { headSha: sha, event: 'push', branch: main.branch }, etag);
    if (!page.notModified) {
      etag = page.etag;
      // The server may ignore a filter (older GitHub Enterprise Server ignores head_sha): filter here too.
      runs = page.runs.filter(counts);
    }
    const verdict = decide(runs);
    if (verdict.kind === 'none' && awaitMissing) return { done: false, seen: 'no run yet', value: verdict };
    if (verdict.kind !== 'running') return { done: true, value: verdict };
    return { done: false, seen: verdict.runs.map(describe).join(', '), value: verdict };
  });
  const verdict = waited.value;
  const waitNote = pollWaitNote(waited);
  const exact = `the ${workflow} push run on ${branch} for ${sha.slice(0, 12)}`;

  switch (verdict.kind) {
    case 'passed':
      return pass(`${exact} succeeded${attempt(verdict.run)}`, {
        details: [describe(verdict.run), ...waitNote],
        links: [verdict.run.htmlUrl]
      });
    case 'running': {
      const newest = verdict.runs[0]!;
      const state = clip(newest.status ?? 'unknown', 30);
      const summary = `${exact} is still ${state}${waitAdvice(ctx.wait, waited, 're-run this job when it finishes', 'the run to finish')}`;
      return fail(summary, { details: [...verdict.runs.map(describe), ...waitNote], links: verdict.runs.map((r) => r.htmlUrl) });
    }
    case 'failed': {
      const newest = verdict.runs[0]!;
      const misses = await nearMisses(ctx, main, counts);
      return fail(`${exact} concluded ${clip(newest.conclusion ?? 'nothing', 30)}${attempt(newest)}; fix the failure and re-run it, then re-run this job`, {
        details: [...verdict.runs.map(describe), ...misses.explanations, ...(misses.lookupProblem ? [misses.lookupProblem] : []), ...waitNote],
        links: [...verdict.runs.map((r) => r.htmlUrl), ...misses.links]
      });
    }
    case 'none': {
      const misses = await nearMisses(ctx, main, counts);
      const first = misses.explanations[0];
      return fail(`no ${workflow} push run on ${branch} for exactly ${sha}${first ? `; ${first}` : ''}`, {
        details: [
          ...misses.explanations,
          ...(misses.lookupProblem ? [misses.lookupProblem] : []),
          `only a push run on ${branch} for exactly this commit counts; runs for other commits, such as its parent, do not: merge the commit to ${branch} and let ${workflow} run on it`,
          ...waitNote
        ],
        links: misses.links
      });
    }
  }
}

/**
 * `main-ci`: a run of `main.workflow` for exactly `sha`, event push, branch
 * `main.branch`, concluded success on its latest attempt; a queued or running
 * one is awaited up to `wait-minutes`.
 */
export const mainCi = defineCheck({
  id: 'main-ci',
  sections: ['main'],
  releaseOnly: 'exact-main CI',
  run: (ctx, { main }) => checkMainCi(ctx, main)
});
