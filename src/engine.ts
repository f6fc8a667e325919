import type { SectionName } from './config.js';
import {
  CheckFailed,
  fail,
  sectionMissingMessage,
  sectionOf,
  sectionOffMessage,
  skip,
  withVersion,
  type Check,
  type CheckOutcome,
  type CheckResult,
  type GateContext,
  type GateDefinition,
  type SectionValues
} from './gate.js';
import { messageOf } from './util/text.js';
import { redactor } from './util/redact.js';
import { CheckScope, runInCheckScope } from './util/check-scope.js';
import { REAL_CLOCK } from './util/clock.js';
import { RUN_GRACE_MS, waitLimit } from './util/poll.js';

export interface GateRun {
  gate: string;
  result: 'pass' | 'fail';
  checks: CheckResult[];
  /** One line for the failed step: the gate and the failed check ids. */
  failureLine: string | null;
  durationMs: number;
}

const STATUSES = new Set(['pass', 'fail', 'skip']);

/**
 * Applies what a check declares, then runs it; throws what the check throws. The config comes
 * first: a missing section fails even for a rehearsal tag, so the real release cannot.
 */
export function runDeclaredCheck(check: Check, ctx: GateContext): Promise<CheckOutcome> {
  const values: Partial<Record<SectionName, unknown>> = {};
  for (const name of check.sections ?? []) {
    const section = sectionOf(ctx.config, name);
    if (section.state === 'missing') return Promise.resolve(fail(sectionMissingMessage(name, check.id)));
    if (section.state === 'off') return Promise.resolve(skip(sectionOffMessage(name)));
    values[name] = section.value;
  }
  const sections = values as SectionValues<SectionName>;
  const what = check.releaseOnly;
  if (what === undefined) return check.run(ctx, sections);
  return withVersion(ctx, (_version, kind) =>
    kind === 'rehearsal' ? Promise.resolve(skip(`rehearsal tag: ${what} applies to release tags only`)) : check.run(ctx, sections)
  );
}

/**
 * Runs a check within the run's bound: by `wait.deadline + RUN_GRACE_MS` it has its verdict, or it
 * fails, naming the requests it still had pending; those are aborted at once (every request joins
 * the check's signal through its scope). So a gate run ends within wait-minutes plus the grace,
 * whatever the registries answer or how many requests their answers make a check send.
 */
export async function runCheckWithinDeadline(check: Check, ctx: GateContext): Promise<CheckOutcome> {
  const clock = ctx.clock ?? REAL_CLOCK;
  const controller = new AbortController();
  const scope = new CheckScope(controller.signal);
  let cancel = () => {};
  const outOfTime = new Promise<CheckOutcome>((resolve) => {
    cancel = clock.setTimer(
      () => {
        const pending = scope.describePending();
        controller.abort();
        const limit = waitLimit({ minutes: ctx.wait.minutes, graceMs: RUN_GRACE_MS });
        resolve(
          fail(
            `${check.id} did not finish within ${limit}: ${pending}; the registry answered too slowly or too much — check its status, or raise wait-minutes if it is only slow`
          )
        );
      },
      ctx.wait.deadline + RUN_GRACE_MS - ctx.wait.now()
    );
  });
  try {
    return await Promise.race([runInCheckScope(scope, () => runCheck(check, ctx)), outOfTime]);
  } finally {
    cancel();
  }
}

async function runCheck(check: Check, ctx: GateContext): Promise<CheckOutcome> {
  try {
    const outcome = await runDeclaredCheck(check, ctx);
    if (!outcome || !STATUSES.has(outcome.status) || typeof outcome.summary !== 'string') {
      return { status: 'fail', summary: `${check.id} returned no verdict (internal error); treat the release as not verified` };
    }
    return outcome;
  } catch (error) {
    if (error instanceof CheckFailed) return { status: 'fail', summary: error.message };
    // Fail closed: a check that cannot reach its answer fails, with the cause.
    return { status: 'fail', summary: `${check.id} could not finish: ${messageOf(error)}` };
  }
}

function clean(outcome: CheckOutcome, id: string, redact: (s: string) => string): CheckResult {
  const result: CheckResult = {
    id,
    status: outcome.status,
    summary: redact(outcome.summary),
    details: (outcome.details ?? []).map(redact),
    links: (outcome.links ?? []).map(redact)
  };
  if (outcome.table) {
    result.table = {
      ...(outcome.table.title ? { title: redact(outcome.table.title) } : {}),
      columns: outcome.table.columns.map(redact),
      rows: outcome.table.rows.map((row) => row.map(redact)),
      ...(outcome.table.failing ? { failing: outcome.table.failing } : {})
    };
  }
  if (outcome.outputs) {
    result.outputs = Object.fromEntries(Object.entries(outcome.outputs).map(([k, v]) => [k, redact(v)]));
  }
  return result;
}

/** Runs a gate's checks concurrently and decides the verdict. */
export async function runGate(def: GateDefinition, ctx: GateContext, secrets: readonly string[]): Promise<GateRun> {
  const started = Date.now();
  const redact = redactor(secrets);
  const outcomes = await Promise.all(def.checks.map((check) => runCheckWithinDeadline(check, ctx)));
  const checks = outcomes.map((outcome, i) => clean(outcome, def.checks[i]!.id, redact));
  const failed = checks.filter((c) => c.status === 'fail').map((c) => c.id);
  const ran = checks.filter((c) => c.status !== 'skip').length;
  let failureLine: string | null = null;
  if (failed.length > 0) {
    failureLine = `release-gates ${def.id}: ${failed.length} check${failed.length > 1 ? 's' : ''} failed: ${failed.join(', ')}`;
  } else if (ran === 0) {
    // A gate never passes with zero checks run.
    failureLine = `release-gates ${def.id}: no check ran (every check was skipped); a gate cannot pass on nothing`;
  }
  return {
    gate: def.id,
    result: failureLine ? 'fail' : 'pass',
    checks,
    failureLine,
    durationMs: Date.now() - started
  };
}

/** A `once` for GateContext: concurrent callers with the same key share one promise. */
export function memo(): <T>(key: string, work: () => Promise<T>) => Promise<T> {
  const cache = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    let p = cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = work();
      cache.set(key, p);
    }
    return p;
  };
}
