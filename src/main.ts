import { loadConfig } from './config.js';
import type { Clients } from './clients/index.js';
import { createGateContext } from './context.js';
import { runGate, type GateRun } from './engine.js';
import { InputError } from './errors.js';
import { clip } from './util/text.js';
import type { ReleaseInfo } from './gate.js';
import { gateIdNamed, loadGate } from './gates/ids.js';
import { buildReport, reportPath, writeReport } from './report/report.js';
import type { Settings } from './settings.js';
import type { Clock } from './util/clock.js';
import { parseTag } from './version.js';

/**
 * Where a gate run's results go: the runner (index.ts) or a terminal (cli/commands/gate.ts).
 * Lines are handed over as plain text: the io is the output boundary that redacts them and
 * neutralises workflow commands (the check results are already redacted by the engine).
 */
export interface ActionIO {
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  /** A check's progress while it waits (default: `info`); a terminal shows these and not the rest. */
  progress?(message: string): void;
  /** Renders the gate section of the job summary (only called when `summary` is on). */
  writeSummary(run: GateRun, release: ReleaseInfo, sha: string, title: string): Promise<void>;
}

export interface RunDeps {
  clients?: Clients;
  sleep?: (ms: number) => Promise<void>;
  /** The clock of the wait and the per-check deadline (see ContextDeps.clock). */
  clock?: Clock;
}

export interface RunResult {
  run: GateRun;
  release: ReleaseInfo;
  reportFile: string;
}

/** Runs one gate end to end: config, tag, checks, report, outputs, summary, verdict. */
export async function run(settings: Settings, io: ActionIO, deps: RunDeps = {}): Promise<RunResult> {
  const definition = await loadGate(gateIdNamed(settings.gate));
  const config = await loadConfig(settings.configPath, settings.configInput, settings.workspace);

  const parsed = parseTag(settings.tag, config.tags);
  // Only preflight reports a bad tag as a check (tag-format); later gates cannot start without a version.
  if (!parsed.ok && settings.gate !== 'preflight') {
    throw new InputError(
      `${parsed.reason}; release tags look like "${config.tags.release}"${config.tags.rehearsal ? `, rehearsals like "${config.tags.rehearsal}"` : ''}`
    );
  }
  const release: ReleaseInfo = parsed.ok
    ? { tag: settings.tag, version: parsed.version, kind: parsed.kind, tagProblem: null }
    : { tag: settings.tag, version: null, kind: null, tagProblem: parsed.reason };

  const ctx = createGateContext(settings, config, release, (line) => (io.progress ? io.progress(line) : io.info(line)), deps);
  io.info(`release-gates ${definition.id}: ${definition.checks.length} checks for ${clip(settings.tag)} at ${settings.sha}`);

  const result = await runGate(definition, ctx, [settings.token, settings.npmToken]);
  const reportFile = reportPath(settings.runnerTemp, definition.id);
  await writeReport(reportFile, buildReport(result, release, settings.sha));

  io.setOutput('result', result.result);
  io.setOutput('version', release.version ?? '');
  io.setOutput('kind', release.kind ?? '');
  io.setOutput(
    'failed',
    result.checks
      .filter((c) => c.status === 'fail')
      .map((c) => c.id)
      .join(',')
  );
  io.setOutput('report', reportFile);
  for (const check of result.checks) {
    for (const [name, value] of Object.entries(check.outputs ?? {})) io.setOutput(name, value);
  }
  if (settings.summary) await io.writeSummary(result, release, settings.sha, definition.title);
  for (const check of result.checks) io.info(`${check.status.padEnd(4)} ${check.id}: ${check.summary}`);
  if (result.failureLine) io.setFailed(result.failureLine);
  return { run: result, release, reportFile };
}
