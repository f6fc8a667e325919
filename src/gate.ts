import type { Config, SectionName } from './config.js';
import type { Settings } from './settings.js';
import type { ReleaseKind } from './version.js';
import type { Clients } from './clients/index.js';
import type { WaitBudget } from './util/poll.js';

export type CheckStatus = 'pass' | 'fail' | 'skip';

/** A small table shown under a check in the job summary (e.g. file, key, version found). */
export interface DetailTable {
  title?: string;
  columns: string[];
  rows: string[][];
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
  /**
   * One progress line to the job log while the gate runs (a check that waits says what it
   * waits for). Lines are redacted and neutralised by the caller's io before they are printed.
   */
  log(line: string): void;
}

export interface Check {
  id: string;
  run(ctx: GateContext): Promise<CheckOutcome>;
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
export class CheckFailed extends Error {
  override name = 'CheckFailed';
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

/**
 * Gives a check its config section. A missing section fails (a gate never passes
 * because config it needs is absent); `false` skips with the reason.
 */
export function withSection<K extends SectionName>(
  ctx: GateContext,
  name: K,
  checkId: string,
  body: (section: SectionValue<K>) => Promise<CheckOutcome>
): Promise<CheckOutcome> {
  const section = sectionOf(ctx.config, name);
  if (section.state === 'missing') return Promise.resolve(fail(sectionMissingMessage(name, checkId)));
  if (section.state === 'off') return Promise.resolve(skip(sectionOffMessage(name)));
  return body(section.value);
}

/** The release version, or a skip when tag-format already failed (the gate fails there). */
export function withVersion(ctx: GateContext, body: (version: string, kind: ReleaseKind) => Promise<CheckOutcome>): Promise<CheckOutcome> {
  const { version, kind } = ctx.release;
  if (version === null || kind === null) {
    return Promise.resolve(skip('no version to check: the tag did not parse (see tag-format)'));
  }
  return body(version, kind);
}

/** Skips production-only checks on rehearsal tags, with the reason. */
export function releaseOnly(ctx: GateContext, what: string, body: (version: string) => Promise<CheckOutcome>): Promise<CheckOutcome> {
  return withVersion(ctx, (version, kind) =>
    kind === 'rehearsal' ? Promise.resolve(skip(`rehearsal tag: ${what} applies to release tags only`)) : body(version)
  );
}
