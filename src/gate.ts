import type { Config, SectionName } from './config.js';
import type { Settings } from './settings.js';
import type { ReleaseKind } from './version.js';
import type { Clients } from './clients/index.js';
import type { Clock } from './util/clock.js';
import type { PollRounds, WaitBudget } from './util/poll.js';
import { ReleaseGatesError } from './errors.js';

export type CheckStatus = 'pass' | 'fail' | 'skip';

/** A small table shown under a check in the job summary (e.g. file, key, version found). */
export interface DetailTable {
  title?: string;
  columns: string[];
  rows: string[][];
  /** Indices of the rows that show a failure: a failing check's summary lists them first. */
  failing?: number[];
}

/** What a check returns. `details` and `links` go to the report and summary. */
export interface CheckOutcome {
  status: CheckStatus;
  /** One line a person reads first. */
  summary: string;
  details?: string[];
  links?: string[];
  table?: DetailTable;
  /** Extra step outputs this check sets (documented in action.yml). */
  outputs?: Record<string, string>;
}

export interface CheckResult {
  id: string;
  status: CheckStatus;
  summary: string;
  details: string[];
  links: string[];
  table?: DetailTable;
  outputs?: Record<string, string>;
}

/** The release being built, as read from the tag. `version` is null only when tag-format failed. */
export interface ReleaseInfo {
  tag: string;
  version: string | null;
  kind: ReleaseKind | null;
  /** Why the tag did not parse, when it did not. */
  tagProblem: string | null;
}

export interface GateContext {
  settings: Settings;
  config: Config;
  release: ReleaseInfo;
  clients: Clients;
  /** How long a check may wait for something in progress (`wait-minutes`), on its clock; the clients end requests by it too. */
  wait: WaitBudget;
  /**
   * Shares one piece of work between checks that run concurrently
   * (e.g. resolving the release tag once for two checks).
   */
  once<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Waits; injectable so unit tests need not sleep. */
  sleep(ms: number): Promise<void>;
  /** The clock of the engine's per-check deadline (the real one when not given); tests drive it by hand. */
  clock?: Clock;
  /** Jitter for polling intervals (see PollClock.random); none when not given. */
  random?: () => number;
  /** The run's poll rounds per registry host, shared by its checks (see PollRounds); a context without it polls each check on its own. */
  rounds?: PollRounds;
  /**
   * One progress line to the job log while the gate runs (a check that waits says what it
   * waits for). Lines are redacted and neutralised by the caller's io before they are printed.
   */
  log(line: string): void;
}

/** The values of the config sections a check declares, by section name: each one there and not `false`. */
export type SectionValues<S extends SectionName> = { [K in S]: SectionValue<K> };

/**
 * One check. What it declares the engine applies before `run`, the same way for every check:
 * a declared section that is missing fails, one set to `false` skips, and a release-only check
 * skips a rehearsal tag (or a tag that did not parse). `run` gets the declared sections' values.
 */
export interface Check<S extends SectionName = SectionName> {
  id: string;
  /** The config sections the check reads, in the order the engine looks at them. */
  sections?: readonly S[];
  /** Set for a check that applies to release tags only: what it is, for "rehearsal tag: <this> applies to release tags only". */
  releaseOnly?: string;
  run(ctx: GateContext, sections: SectionValues<S>): Promise<CheckOutcome>;
}

/** A check whose `run` is typed by the sections it declares (none when it declares none). */
export function defineCheck<S extends SectionName = never>(check: Check<S>): Check<S> {
  return check;
}

/** A gate, or a maintainer command's checks: its id is the name the report, summary and step outputs carry. */
export interface GateDefinition<Id extends string = string> {
  id: Id;
  /** What the gate guards, for the summary and README. */
  title: string;
  checks: readonly Check[];
}

/**
 * Thrown by a helper when the check's answer is a failure it can state in one
 * line (a missing dist folder, say): the engine reports the message as the
 * check's summary, as it is, instead of "could not finish".
 */
export class CheckFailed extends ReleaseGatesError {
  override name = 'CheckFailed';
  constructor(message: string, options?: ErrorOptions) {
    super('check-failed', message, options);
  }
}

export function pass(summary: string, extra: Omit<CheckOutcome, 'status' | 'summary'> = {}): CheckOutcome {
  return { status: 'pass', summary, ...extra };
}
export function fail(summary: string, extra: Omit<CheckOutcome, 'status' | 'summary'> = {}): CheckOutcome {
  return { status: 'fail', summary, ...extra };
}
export function skip(summary: string, extra: Omit<CheckOutcome, 'status' | 'summary'> = {}): CheckOutcome {
  return { status: 'skip', summary, ...extra };
}

/** A config section's value when it is there and not turned off. */
export type SectionValue<K extends SectionName> = Exclude<Config[K], false | undefined>;

/** A config section as a check sees it: missing (an error), turned off explicitly, or there. */
export type Section<K extends SectionName> = { state: 'missing' } | { state: 'off' } | { state: 'on'; value: SectionValue<K> };

export function sectionOf<K extends SectionName>(config: Config, name: K): Section<K> {
  const value = config[name];
  if (value === undefined) return { state: 'missing' };
  if (value === false) return { state: 'off' };
  return { state: 'on', value: value as SectionValue<K> };
}

/** Why a check skips: its section is `false`. */
export function sectionOffMessage(name: SectionName): string {
  return `turned off in config ("${name}: false")`;
}

/**
 * Why a check fails: its section is missing. `purpose` says what the check needs
 * it for (after "needs"), `remedy` what `false` means here (after "set "X: false"").
 */
export function sectionMissingMessage(name: SectionName, checkId: string, options: { purpose?: string; remedy?: string } = {}): string {
  const purpose = options.purpose === undefined ? '' : ` ${options.purpose}`;
  const remedy = options.remedy ?? 'to turn this check off';
  return `config has no "${name}" section, which ${checkId} needs${purpose}; add it, or set "${name}: false" ${remedy}`;
}

/** The release version, or a skip when tag-format already failed (the gate fails there). */
export function withVersion(ctx: GateContext, body: (version: string, kind: ReleaseKind) => Promise<CheckOutcome>): Promise<CheckOutcome> {
  const { version, kind } = ctx.release;
  if (version === null || kind === null) {
    return Promise.resolve(skip('no version to check: the tag did not parse (see tag-format)'));
  }
  return body(version, kind);
}
