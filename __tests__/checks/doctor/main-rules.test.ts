/** `main-rules`, table-driven: main without each rule the process needs, each finding naming the branch ruleset setting. */
import { describe, expect, it } from '@jest/globals';
import type { BranchRule, RulesetSummary } from '../../../src/clients/github/index.js';
import { mainRules } from '../../../src/checks/doctor/main-rules.js';
import { DOCTOR_CONFIG, doctorContext, runAlone } from './doctor-context.js';

const ALL = ['pull_request', 'required_status_checks', 'deletion', 'non_fast_forward'];
const CLASSIC = 'rules/branches lists only rules of active rulesets: a classic branch protection rule on main is not counted; recreate it as a ruleset';
const PROTECT: RulesetSummary = {
  id: 7,
  name: 'Protect main',
  target: 'branch',
  enforcement: 'active',
  sourceType: 'Repository',
  source: 'sketchlog/sketchlog'
};

function run(types: string[], config: Record<string, unknown> = DOCTOR_CONFIG) {
  const rules: BranchRule[] = types.map((type) => ({ type, rulesetId: 7, rulesetSource: 'sketchlog/sketchlog' }));
  const ctx = doctorContext({ getBranchRules: () => Promise.resolve(rules), listRulesets: () => Promise.resolve([PROTECT]) }, config);
  return { ctx, result: runAlone(mainRules, ctx) };
}

describe('main-rules', () => {
  it.each([
    ['pull_request', `main does not require pull requests: Settings → Rules → Rulesets → "Protect main": enable 'Require a pull request before merging'`],
    ['required_status_checks', `main does not require status checks: Settings → Rules → Rulesets → "Protect main": enable 'Require status checks to pass'`],
    ['deletion', `main can be deleted: Settings → Rules → Rulesets → "Protect main": enable 'Restrict deletions'`],
    ['non_fast_forward', `main can be force-pushed: Settings → Rules → Rulesets → "Protect main": enable 'Block force pushes'`]
  ])('main without %s', async (missing, finding) => {
    const result = await run(ALL.filter((t) => t !== missing)).result;
    expect([result.status, result.summary, result.details]).toEqual(['fail', finding, [CLASSIC]]);
  });

  it('no rule at all: one finding, creating a branch ruleset with every rule', async () => {
    const ctx = doctorContext({ getBranchRules: () => Promise.resolve([]) });
    const result = await runAlone(mainRules, ctx);
    expect([result.summary, result.details]).toEqual([
      "main has no active rule at all: Settings → Rules → Rulesets → New ruleset → New branch ruleset: set Enforcement status to 'Active', target main, enable 'Require a pull request before merging', 'Require status checks to pass', 'Restrict deletions' and 'Block force pushes'",
      [CLASSIC]
    ]);
    // No ruleset applies, so there are no names to look up.
    expect(ctx.github.calls).toEqual(['getBranchRules "main"']);
  });

  it('rules of a ruleset the list does not name: one finding per missing rule, creating a ruleset', async () => {
    const ctx = doctorContext({
      getBranchRules: () => Promise.resolve([{ type: 'deletion', rulesetId: 99, rulesetSource: 'sketchlog' }]),
      listRulesets: () => Promise.resolve([])
    });
    const result = await runAlone(mainRules, ctx);
    const create = "Settings → Rules → Rulesets → New ruleset → New branch ruleset: set Enforcement status to 'Active', target main, and enable";
    expect(result.summary).toBe('3 settings to change:');
    expect(result.details).toEqual([
      `main does not require pull requests: ${create} 'Require a pull request before merging'`,
      `main does not require status checks: ${create} 'Require status checks to pass'`,
      `main can be force-pushed: ${create} 'Block force pushes'`,
      CLASSIC
    ]);
  });

  it('passes when every rule applies, naming the ruleset', async () => {
    const { ctx, result } = run([...ALL, 'creation']);
    expect(await result).toMatchObject({
      status: 'pass',
      summary: 'main requires pull requests and status checks and forbids deletion and force pushes (ruleset "Protect main")',
      details: []
    });
    expect(ctx.github.calls).toEqual(['getBranchRules "main"', 'listRulesets']);
  });

  it('asks for main.branch', async () => {
    const { ctx, result } = run(ALL, { ...DOCTOR_CONFIG, main: { branch: 'trunk', workflow: 'ci.yml' } });
    expect((await result).summary).toMatch(/^trunk requires pull requests/);
    expect(ctx.github.calls[0]).toBe('getBranchRules "trunk"');
  });

  it('fails when the config has no main section, naming it', async () => {
    const { main: _main, ...noMain } = DOCTOR_CONFIG;
    expect((await run(ALL, noMain).result).summary).toMatch(/^config has no "main" section, which main-rules needs/);
  });
});
