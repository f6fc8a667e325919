/**
 * `tag-rules` — an active tag ruleset covers the release tags and the Go module tags and restricts their
 * updates and deletions, so no published tag can be moved or deleted. GitHub has no tag counterpart of
 * `rules/branches/{branch}`, so the rulesets are walked here: every one whose target is `tag`, in detail
 * (the list gives summaries only), its `conditions.ref_name` matched against sample tags (common.ts says
 * why samples). Rules of several active rulesets add up, as GitHub applies them all.
 */
import type { BypassActor, Ruleset, RulesetSummary } from '../../clients/github/index.js';
import { defineCheck, type GateContext } from '../../gate.js';
import { refNameVerdict } from '../../util/ref-pattern.js';
import { clip } from '../../util/text.js';
import { outcomeOf, quotedList, readable, repositoryRulesets, RULESETS_PAGE, tagFamilies, type TagFamily } from './common.js';

const RULES = ['update', 'deletion'] as const;
type TagRule = (typeof RULES)[number];
/** Each rule as the ruleset page labels it, and what its absence lets happen. */
const RULE_SETTING: Record<TagRule, string> = { update: "'Restrict updates'", deletion: "'Restrict deletions'" };
const RULE_HARM: Record<TagRule, string> = { update: 'moved', deletion: 'deleted' };

/**
 * GitHub's base repository roles by their ruleset actor id. The REST answer gives a bypass actor's type
 * and id only; a team's or an app's name would need further calls (and organization permissions), so
 * those are named by id, which is what the ruleset page's bypass list links to.
 */
const REPOSITORY_ROLES: Record<number, string> = { 2: 'maintain', 4: 'write', 5: 'admin' };

export function bypassActorName(actor: BypassActor): string {
  const id = actor.actorId;
  const who: Record<string, string> = {
    RepositoryRole: `repository role ${id !== null && REPOSITORY_ROLES[id] ? REPOSITORY_ROLES[id] : `${id ?? '?'} (custom)`}`,
    OrganizationAdmin: 'organization admins',
    DeployKey: 'deploy keys',
    Integration: `GitHub App ${id ?? '?'}`,
    Team: `team ${id ?? '?'}`,
    User: `user ${id ?? '?'}`
  };
  const mode = actor.bypassMode === 'pull_request' ? 'through pull requests' : actor.bypassMode;
  return `${who[actor.actorType] ?? `${clip(actor.actorType, 40)} ${id ?? ''}`.trim()} (${mode})`;
}

const refOf = (tag: string) => `refs/tags/${tag}`;
const refPatternOf = (f: TagFamily) => `refs/tags/${f.pattern}`;
const described = (families: readonly TagFamily[], joiner = ' and ') => families.map((f) => `${f.label} (${refPatternOf(f)})`).join(joiner);

export interface TagRulesVerdict {
  findings: string[];
  notes: string[];
  /** The active tag rulesets that restrict updates or deletions of a family's tags. */
  protectors: Ruleset[];
}

/** Findings grouped by what to change, so one change that fixes both tag families is one finding. */
class Issues {
  private readonly groups = new Map<string, { families: TagFamily[]; render: (families: TagFamily[]) => string }>();
  add(key: string, family: TagFamily, render: (families: TagFamily[]) => string): void {
    const group = this.groups.get(key) ?? { families: [], render };
    if (!group.families.includes(family)) group.families.push(family);
    this.groups.set(key, group);
  }
  lines(): string[] {
    return [...this.groups.values()].map((g) => g.render(g.families));
  }
}

/** Why none of a family's tags is covered by an active ruleset, when some ruleset almost covers them. */
function explainUncovered(family: TagFamily, rulesets: readonly Ruleset[], issues: Issues): boolean {
  let explained = false;
  for (const r of rulesets) {
    const verdicts = family.samples.map((tag) => refNameVerdict(r, refOf(tag)));
    if (r.enforcement !== 'active' && verdicts.some((v) => v.covered)) {
      issues.add(`inactive ${r.id}`, family, (fs) => {
        const what = `tag ruleset ${quotedList([r.name])} targets ${described(fs)} but is '${clip(r.enforcement, 20)}', so it enforces nothing`;
        return `${what}: ${RULESETS_PAGE} → ${quotedList([r.name])}: set Enforcement status to 'Active'`;
      });
      explained = true;
    }
    const index = verdicts.findIndex((v) => v.includedBy !== null && v.excludedBy !== null);
    if (r.enforcement === 'active' && index >= 0) {
      const pattern = clip(verdicts[index]!.excludedBy!);
      const tag = family.samples[index]!;
      issues.add(`excluded ${r.id} ${pattern}`, family, (fs) => {
        const what = `tag ruleset ${quotedList([r.name])} excludes some of ${fs.map((f) => f.label).join(' and ')} (such as ${tag}) with ${pattern}`;
        return `${what}: ${RULESETS_PAGE} → ${quotedList([r.name])} → Target tags: remove the exclusion ${pattern}`;
      });
      explained = true;
    }
  }
  return explained;
}

/** Judges the tag rulesets (in detail) against the tag families; `branchRulesets` are named when they are all there is. */
export function judgeTagRules(families: readonly TagFamily[], rulesets: readonly Ruleset[], branchRulesets: readonly RulesetSummary[]): TagRulesVerdict {
  const active = rulesets.filter((r) => r.enforcement === 'active');
  const issues = new Issues();
  const uncovered: TagFamily[] = [];
  const protectors = new Map<number, Ruleset>();
  for (const family of families) {
    const perTag = family.samples.map((tag) => ({ tag, by: active.filter((r) => refNameVerdict(r, refOf(tag)).covered) }));
    if (perTag.every((t) => t.by.length === 0)) {
      if (!explainUncovered(family, rulesets, issues)) uncovered.push(family);
      continue;
    }
    const missed = perTag.find((t) => t.by.length === 0);
    if (missed && !explainUncovered(family, active, issues)) {
      const names = [...new Set(perTag.flatMap((t) => t.by.map((r) => r.name)))];
      issues.add(`partial ${family.pattern}`, family, () => {
        const what = `active tag rulesets target only some of ${family.label}: ${missed.tag} is not targeted`;
        return `${what}: ${RULESETS_PAGE} → ${quotedList(names)} → Target tags: include ${refPatternOf(family)}`;
      });
    }
    const lacking = RULES.filter((rule) => perTag.some((t) => t.by.length > 0 && !t.by.some((r) => r.rules.includes(rule))));
    for (const t of perTag) for (const r of t.by) if (r.rules.some((rule) => (RULES as readonly string[]).includes(rule))) protectors.set(r.id, r);
    if (lacking.length === 0) continue;
    const names = [...new Set(perTag.flatMap((t) => t.by.map((r) => r.name)))];
    issues.add(`rules ${lacking.join(',')} ${names.join('\0')}`, family, (fs) => {
      const harm = lacking.map((rule) => RULE_HARM[rule]).join(' or ');
      return `${described(fs)} can be ${harm}: ${RULESETS_PAGE} → ${quotedList(names)}: enable ${lacking.map((rule) => RULE_SETTING[rule]).join(' and ')}`;
    });
  }
  const findings: string[] = [];
  const notes: string[] = [];
  if (uncovered.length > 0) {
    const patterns = uncovered.map(refPatternOf).join(' and ');
    findings.push(
      `no active tag ruleset targets ${described(uncovered, ' or ')}: ${RULESETS_PAGE} → New ruleset → New tag ruleset: set Enforcement status to 'Active', target ${patterns}, enable 'Restrict updates' and 'Restrict deletions'`
    );
    if (branchRulesets.length > 0) notes.push(`rulesets that target branches do not protect tags: ${quotedList(branchRulesets.map((r) => r.name))}`);
  }
  findings.push(...issues.lines());
  for (const r of protectors.values()) {
    if (r.bypassActors === null) {
      findings.push(
        `the bypass actors of tag ruleset ${quotedList([r.name])} could not be read: the token needs administration: read (GitHub lists them only to a token that may edit the ruleset)`
      );
    } else if (r.bypassActors.length === 0) {
      notes.push(`tag ruleset ${quotedList([r.name])}: nobody can bypass it`);
    } else {
      // A bypass is a way around immutability: listed, for a person to judge.
      notes.push(`tag ruleset ${quotedList([r.name])} can be bypassed by: ${r.bypassActors.map(bypassActorName).join(', ')}`);
    }
  }
  return { findings, notes, protectors: [...protectors.values()] };
}

/** The pass line: who protects the tags, and how many can bypass them. */
function passLine(families: readonly TagFamily[], protectors: readonly Ruleset[]): string {
  const bypassers = protectors.reduce((n, r) => n + (r.bypassActors?.length ?? 0), 0);
  const word = protectors.length === 1 ? 'ruleset' : 'rulesets';
  const bypass = bypassers === 0 ? 'nobody can bypass it' : `${bypassers} bypass actor${bypassers === 1 ? '' : 's'} (below)`;
  return `${described(families)} cannot be moved or deleted: active tag ${word} ${quotedList(protectors.map((r) => r.name))} restrict updates and deletions; ${bypass}`;
}

async function tagRulesets(ctx: GateContext): Promise<{ tag: Ruleset[]; branch: RulesetSummary[] }> {
  const summaries = await repositoryRulesets(ctx);
  // Details only for tag rulesets: they alone can protect tags, and the list gives no conditions or rules.
  const tag = await Promise.all(summaries.filter((s) => s.target === 'tag').map((s) => ctx.clients.github.getRuleset(s.id)));
  // A ruleset GitHub gives without a target is a branch ruleset (older servers had no other kind).
  return { tag, branch: summaries.filter((s) => (s.target ?? 'branch') === 'branch') };
}

export const tagRules = defineCheck({
  id: 'tag-rules',
  async run(ctx) {
    const families = tagFamilies(ctx);
    const { tag, branch } = await readable(() => tagRulesets(ctx));
    const verdict = judgeTagRules(families, tag, branch);
    const outcome = outcomeOf(verdict.findings, passLine(families, verdict.protectors), verdict.notes);
    const links = verdict.protectors.map((r) => r.htmlUrl).filter((u): u is string => u !== null);
    return links.length ? { ...outcome, links } : outcome;
  }
});
