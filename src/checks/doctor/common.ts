/** What the `doctor` checks share: the tag patterns they hold settings to, shared GitHub reads, and how a refusal reads. */
import type { RulesetSummary } from '../../clients/github/index.js';
import { SettingUnreadable } from '../../clients/github/index.js';
import { fillTemplate } from '../../config.js';
import { CheckFailed, fail, pass, type CheckOutcome, type GateContext } from '../../gate.js';
import { clip } from '../../util/text.js';

/** Where a repository's rulesets are set, as GitHub's settings pages name the way there. */
export const RULESETS_PAGE = 'Settings → Rules → Rulesets';
export const ENVIRONMENTS_PAGE = 'Settings → Environments';

/**
 * The versions the tag templates are filled with to ask whether a setting covers "every release tag".
 * Samples, not the template: rulesets, deployment policies and workflow filters match NAMES, and whether
 * one pattern covers every name another pattern stands for is not something a matcher answers (read as a
 * name, `v*` is matched only by patterns that happen to match the text "v*"). A few versions chosen to
 * catch the usual too-narrow patterns stand in for every version: multi-digit parts (`v1.*`, `v[0-9].*`),
 * a zero major, a prerelease (`v*.*.[0-9]`, an exclusion such as `v*-*`).
 */
export const SAMPLE_VERSIONS = ['1.2.3', '10.20.30', '0.1.0-rc.1'] as const;

/** One family of tags the process creates and the settings must protect. */
export interface TagFamily {
  /** For findings: "the release tags", "the Go module tags". */
  label: string;
  /** The tag template with `{version}` as `*`: what a person types into a setting (`v*`, `clients/go/v*`). */
  pattern: string;
  /** The template filled with each sample version. */
  samples: string[];
}

function family(ctx: GateContext, label: string, template: string): TagFamily {
  const { owner, repo } = ctx.settings;
  return {
    label,
    pattern: fillTemplate(template, { version: '*', owner, repo }),
    samples: SAMPLE_VERSIONS.map((version) => fillTemplate(template, { version, owner, repo }))
  };
}

/** The release tags, and the Go module tags when the config has a `go` section. */
export function tagFamilies(ctx: GateContext): TagFamily[] {
  const families = [family(ctx, 'the release tags', ctx.config.tags.release)];
  const go = ctx.config.go;
  if (go) families.push(family(ctx, 'the Go module tags', go.tag));
  return families;
}

/** The release tags only (what may publish to PyPI and what the release workflow runs on). */
export function releaseTags(ctx: GateContext): TagFamily {
  return tagFamilies(ctx)[0]!;
}

/** `rulesets`, asked once per run: tag-rules reads it, and a 404 elsewhere is believed only once it answered. */
export function repositoryRulesets(ctx: GateContext): Promise<RulesetSummary[]> {
  return ctx.once('doctor:rulesets', () => ctx.clients.github.listRulesets());
}

/**
 * Confirms that a 404 means "absent": GitHub answers 404 for an environment or file that does not exist,
 * and also for every path of a repository the token cannot see. The rulesets list of the same repository
 * (asked once per run) tells them apart: it answers whenever the repository is visible.
 */
export async function confirmAbsent(ctx: GateContext, what: string): Promise<void> {
  try {
    await repositoryRulesets(ctx);
  } catch (error) {
    if (!(error instanceof SettingUnreadable)) throw error;
    const repository = `${ctx.settings.owner}/${ctx.settings.repo}`;
    const why =
      error.status === 404
        ? `as it does when the token cannot see ${repository} (its rulesets answered 404 too); the token needs ${error.permission} on ${repository} (check the repository name too)`
        : `and ${error.message}`;
    throw new SettingUnreadable(`${what} could not be read: GitHub answered 404, ${why}`, 404, error.permission, { cause: error });
  }
}

/** Runs a check's reads; a setting GitHub would not show fails the check as "could not be read", never passes it. */
export async function readable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SettingUnreadable) throw new CheckFailed(error.message, { cause: error });
    throw error;
  }
}

/**
 * The outcome of a check's findings: none passes with `passed`; one fails with it as the summary; more
 * fail with a count, each finding a line of its own. `notes` follow the findings either way.
 */
export function outcomeOf(findings: string[], passed: string, notes: string[] = []): CheckOutcome {
  if (findings.length === 0) return pass(passed, { details: notes });
  if (findings.length === 1) return fail(findings[0]!, { details: notes });
  return fail(`${findings.length} settings to change:`, { details: [...findings, ...notes] });
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`: names from GitHub, each shortened. */
export function quotedList(names: readonly string[]): string {
  const quoted = names.map((n) => `"${clip(n, 80)}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
}
