/**
 * `main-rules` — `main.branch`'s active rules (`rules/branches/{branch}`, which merges every active ruleset
 * that applies, the organization's included) require pull requests and status checks and forbid
 * deletion and force pushes: the release commit reaches main only reviewed and tested, and stays there.
 */
import type { BranchRule } from '../../clients/github/index.js';
import { defineCheck } from '../../gate.js';
import { clip } from '../../util/text.js';
import { outcomeOf, quotedList, readable, repositoryRulesets, RULESETS_PAGE } from './common.js';

/** Each rule the process needs: what its absence allows, and the branch ruleset's label for it. */
const REQUIRED = [
  { type: 'pull_request', missing: 'does not require pull requests', setting: "'Require a pull request before merging'" },
  { type: 'required_status_checks', missing: 'does not require status checks', setting: "'Require status checks to pass'" },
  { type: 'deletion', missing: 'can be deleted', setting: "'Restrict deletions'" },
  { type: 'non_fast_forward', missing: 'can be force-pushed', setting: "'Block force pushes'" }
] as const;

/** The findings for a branch's rules; `names` are the rulesets that already apply to it (to edit rather than create one). */
export function judgeMainRules(branch: string, rules: readonly BranchRule[], names: readonly string[]): string[] {
  if (rules.length === 0) {
    const settings = REQUIRED.map((r) => r.setting);
    const all = `${settings.slice(0, -1).join(', ')} and ${settings.at(-1)!}`;
    return [
      `${clip(branch)} has no active rule at all: ${RULESETS_PAGE} → New ruleset → New branch ruleset: set Enforcement status to 'Active', target ${clip(branch)}, enable ${all}`
    ];
  }
  const present = new Set(rules.map((r) => r.type));
  const where =
    names.length > 0
      ? `${RULESETS_PAGE} → ${quotedList(names)}:`
      : `${RULESETS_PAGE} → New ruleset → New branch ruleset: set Enforcement status to 'Active', target ${clip(branch)}, and`;
  return REQUIRED.filter((r) => !present.has(r.type)).map((r) => `${clip(branch)} ${r.missing}: ${where} enable ${r.setting}`);
}

export const mainRules = defineCheck({
  id: 'main-rules',
  sections: ['main'],
  async run(ctx, { main }) {
    const rules = await readable(() => ctx.clients.github.getBranchRules(main.branch));
    const ids = new Set(rules.map((r) => r.rulesetId).filter((id): id is number => id !== null));
    // The names of the rulesets behind the rules, from the list tag-rules reads too (no extra request).
    const names = ids.size > 0 ? (await readable(() => repositoryRulesets(ctx))).filter((r) => ids.has(r.id)).map((r) => r.name) : [];
    const findings = judgeMainRules(main.branch, rules, names);
    const notes =
      findings.length > 0
        ? [
            `rules/branches lists only rules of active rulesets: a classic branch protection rule on ${clip(main.branch)} is not counted; recreate it as a ruleset`
          ]
        : [];
    const by = names.length > 0 ? ` (${names.length === 1 ? 'ruleset' : 'rulesets'} ${quotedList(names)})` : '';
    return outcomeOf(findings, `${clip(main.branch)} requires pull requests and status checks and forbids deletion and force pushes${by}`, notes);
  }
});
