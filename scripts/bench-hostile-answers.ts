/**
 * npx tsx scripts/bench-hostile-answers.ts — the newer gates and bump against large and slow
 * answers (issue 18's review cases, test-support/hostile-answers.ts), each run as the runner
 * runs the bundle. Prints each case's wall time, peak RSS and verdict, then the worst of each.
 * Goals: peak RSS < 200 MiB for every case; every slow case ends within wait-minutes (0 here)
 * plus the run's 2-minute grace. Figures, not pass/fail: the tests prove the behaviour.
 */
import { removeTempDirs } from '../test-support/git-repo.js';
import { LARGE_ANSWER_CASES, PEAK_RSS_BOUND_KIB, SLOW_ANSWER_CASES, type CaseRun } from '../test-support/hostile-answers.js';

/** wait-minutes 0 plus the run's grace (RUN_GRACE_MS), with a second for start-up. */
const TIME_GOAL_MS = 2 * 60_000 + 1_000;

function verdict(run: CaseRun): string {
  if (run.cli) return `exit ${run.cli.code}`;
  const check = run.check ? run.action?.check(run.check) : undefined;
  return `${run.check} ${check?.status ?? '(no verdict)'}: ${(check?.summary ?? '').slice(0, 90)}`;
}

console.log('large and slow answers against the bundle (goals: peak RSS < 200 MiB; slow cases end within wait-minutes 0 + 2 min grace)');
let worstMs = 0;
let worstRss = 0;
for (const c of [...LARGE_ANSWER_CASES, ...SLOW_ANSWER_CASES]) {
  const run = await c.run();
  worstMs = Math.max(worstMs, run.wallMs);
  worstRss = Math.max(worstRss, run.peakRssKiB ?? 0);
  console.log(
    `  ${c.name.padEnd(56)} ${(run.wallMs / 1000).toFixed(1).padStart(6)} s  ${((run.peakRssKiB ?? 0) / 1024).toFixed(0).padStart(4)} MiB  ${verdict(run)}`
  );
}
console.log(
  `  worst case: ${(worstMs / 1000).toFixed(1)} s (goal ≤ ${(TIME_GOAL_MS / 1000).toFixed(0)} s: ${worstMs <= TIME_GOAL_MS ? 'met' : 'missed'}), peak RSS ${(worstRss / 1024).toFixed(0)} MiB (goal < 200 MiB: ${worstRss < PEAK_RSS_BOUND_KIB ? 'met' : 'missed'})`
);
removeTempDirs();
