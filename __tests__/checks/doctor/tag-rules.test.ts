/**
 * `tag-rules`, table-driven: every way a repository's rulesets can leave the release or Go module tags
 * movable or deletable, each asserting the exact finding and the setting it names.
 */
import { describe, expect, it } from '@jest/globals';
import { SettingUnreadable, type Ruleset } from '../../../src/clients/github/index.js';
import { bypassActorName, tagRules } from '../../../src/checks/doctor/tag-rules.js';
import { runDeclaredCheck } from '../../../src/engine.js';
import { DOCTOR_CONFIG, doctorContext, ruleset, runAlone } from './doctor-context.js';

const BOTH = ['refs/tags/v*', 'refs/tags/clients/go/v*'];
const TAG_RULES = ['update', 'deletion'];
const BOTH_FAMILIES = 'the release tags (refs/tags/v*) and the Go module tags (refs/tags/clients/go/v*)';
const CREATE =
  "Settings → Rules → Rulesets → New ruleset → New tag ruleset: set Enforcement status to 'Active', target refs/tags/v* and refs/tags/clients/go/v*, enable 'Restrict updates' and 'Restrict deletions'";

async function judge(rulesets: Ruleset[], config: Record<string, unknown> = DOCTOR_CONFIG) {
  const ctx = doctorContext(
    {
      listRulesets: () =>
        Promise.resolve(rulesets.map(({ id, name, target, enforcement, sourceType, source }) => ({ id, name, target, enforcement, sourceType, source }))),
      getRuleset: (id) => Promise.resolve(rulesets.find((r) => r.id === id)!)
    },
    config
  );
  const outcome = await runDeclaredCheck(tagRules, ctx);
  return { ...outcome, calls: ctx.github.calls };
}

describe('tag-rules falls short', () => {
  it.each<[string, Ruleset[], string, string[]]>([
    ['no ruleset at all', [], `no active tag ruleset targets the release tags (refs/tags/v*) or the Go module tags (refs/tags/clients/go/v*): ${CREATE}`, []],
    [
      'only a branch ruleset, however strict',
      [ruleset({ name: 'Everything', target: 'branch', include: ['~ALL'], rules: ['update', 'deletion', 'non_fast_forward'] })],
      `no active tag ruleset targets the release tags (refs/tags/v*) or the Go module tags (refs/tags/clients/go/v*): ${CREATE}`,
      ['rulesets that target branches do not protect tags: "Everything"']
    ],
    [
      'a tag ruleset that is only evaluated',
      [ruleset({ name: 'Tags (trial)', enforcement: 'evaluate', include: ['~ALL'], rules: TAG_RULES })],
      `tag ruleset "Tags (trial)" targets ${BOTH_FAMILIES} but is 'evaluate', so it enforces nothing: Settings → Rules → Rulesets → "Tags (trial)": set Enforcement status to 'Active'`,
      []
    ],
    [
      'a pattern that does not cover the Go tags',
      [ruleset({ name: 'Release tags', include: ['refs/tags/v*', 'refs/tags/go/v*'], rules: TAG_RULES })],
      "no active tag ruleset targets the Go module tags (refs/tags/clients/go/v*): Settings → Rules → Rulesets → New ruleset → New tag ruleset: set Enforcement status to 'Active', target refs/tags/clients/go/v*, enable 'Restrict updates' and 'Restrict deletions'",
      ['tag ruleset "Release tags": nobody can bypass it']
    ],
    [
      'a pattern that covers only one-digit majors',
      [ruleset({ name: 'Release tags', include: ['refs/tags/v[0-9].*', 'refs/tags/clients/go/v*'], rules: TAG_RULES })],
      'active tag rulesets target only some of the release tags: v10.20.30 is not targeted: Settings → Rules → Rulesets → "Release tags" → Target tags: include refs/tags/v*',
      ['tag ruleset "Release tags": nobody can bypass it']
    ],
    [
      'an exclude pattern that removes prereleases',
      [ruleset({ name: 'Release tags', include: BOTH, exclude: ['refs/tags/v*-rc*'], rules: TAG_RULES })],
      'tag ruleset "Release tags" excludes some of the release tags (such as v0.1.0-rc.1) with refs/tags/v*-rc*: Settings → Rules → Rulesets → "Release tags" → Target tags: remove the exclusion refs/tags/v*-rc*',
      ['tag ruleset "Release tags": nobody can bypass it']
    ],
    [
      'an exclude pattern that removes every Go tag',
      [ruleset({ name: 'Release tags', include: ['~ALL'], exclude: ['refs/tags/clients/**/*'], rules: TAG_RULES })],
      'tag ruleset "Release tags" excludes some of the Go module tags (such as clients/go/v1.2.3) with refs/tags/clients/**/*: Settings → Rules → Rulesets → "Release tags" → Target tags: remove the exclusion refs/tags/clients/**/*',
      ['tag ruleset "Release tags": nobody can bypass it']
    ],
    [
      'no deletion rule',
      [ruleset({ name: 'Release tags', include: BOTH, rules: ['update', 'non_fast_forward'] })],
      `${BOTH_FAMILIES} can be deleted: Settings → Rules → Rulesets → "Release tags": enable 'Restrict deletions'`,
      ['tag ruleset "Release tags": nobody can bypass it']
    ],
    [
      'no update rule (a real recipe: github/ruleset-recipes prevent-tag-delete)',
      [ruleset({ name: 'Prevent Tag Deletion', include: ['~ALL'], rules: ['deletion', 'non_fast_forward'] })],
      `${BOTH_FAMILIES} can be moved: Settings → Rules → Rulesets → "Prevent Tag Deletion": enable 'Restrict updates'`,
      ['tag ruleset "Prevent Tag Deletion": nobody can bypass it']
    ],
    [
      'a ruleset that only restricts creation',
      [ruleset({ name: 'Creation only', include: ['~ALL'], rules: ['creation'] })],
      `${BOTH_FAMILIES} can be moved or deleted: Settings → Rules → Rulesets → "Creation only": enable 'Restrict updates' and 'Restrict deletions'`,
      []
    ]
  ])('%s', async (_case, rulesets, summary, details) => {
    const outcome = await judge(rulesets);
    expect([outcome.status, outcome.summary, outcome.details]).toEqual(['fail', summary, details]);
  });

  it('lists each finding on its own line when there are several', async () => {
    const outcome = await judge([
      ruleset({ name: 'Off', enforcement: 'disabled', include: ['refs/tags/v*'], rules: TAG_RULES }),
      ruleset({ name: 'Go tags', include: ['refs/tags/clients/go/v*'], rules: ['update'] })
    ]);
    expect(outcome.summary).toBe('2 settings to change:');
    expect(outcome.details).toEqual([
      'tag ruleset "Off" targets the release tags (refs/tags/v*) but is \'disabled\', so it enforces nothing: Settings → Rules → Rulesets → "Off": set Enforcement status to \'Active\'',
      'the Go module tags (refs/tags/clients/go/v*) can be deleted: Settings → Rules → Rulesets → "Go tags": enable \'Restrict deletions\'',
      'tag ruleset "Go tags": nobody can bypass it'
    ]);
  });

  it('fails "could not be read" when GitHub leaves the bypass actors out', async () => {
    const outcome = await judge([ruleset({ name: 'Release tags', include: BOTH, rules: TAG_RULES, bypassActors: null })]);
    expect([outcome.status, outcome.summary]).toEqual([
      'fail',
      'the bypass actors of tag ruleset "Release tags" could not be read: the token needs administration: read (GitHub lists them only to a token that may edit the ruleset)'
    ]);
  });

  it('fails "could not be read" when the rulesets cannot be listed, never passes', async () => {
    const ctx = doctorContext({
      listRulesets: () =>
        Promise.reject(new SettingUnreadable('the rulesets of sketchlog/sketchlog could not be read: the token needs metadata: read', 403, 'metadata: read'))
    });
    const result = await runAlone(tagRules, ctx);
    expect([result.status, result.summary]).toEqual(['fail', 'the rulesets of sketchlog/sketchlog could not be read: the token needs metadata: read']);
  });
});

describe('tag-rules holds', () => {
  it('passes one active tag ruleset over both families, listing its bypass actors, reading only tag rulesets in detail', async () => {
    const outcome = await judge([
      ruleset({ id: 10, name: 'Protect main', target: 'branch', include: ['~DEFAULT_BRANCH'], rules: ['deletion'] }),
      ruleset({
        id: 11,
        name: 'Release tags',
        include: BOTH,
        rules: ['creation', 'update', 'deletion'],
        htmlUrl: 'https://github.com/sketchlog/sketchlog/rules/11',
        bypassActors: [
          { actorId: 5, actorType: 'RepositoryRole', bypassMode: 'always' },
          { actorId: null, actorType: 'DeployKey', bypassMode: 'always' },
          { actorId: 123, actorType: 'Integration', bypassMode: 'exempt' }
        ]
      })
    ]);
    expect(outcome).toEqual({
      status: 'pass',
      summary: `${BOTH_FAMILIES} cannot be moved or deleted: active tag ruleset "Release tags" restrict updates and deletions; 3 bypass actors (below)`,
      details: ['tag ruleset "Release tags" can be bypassed by: repository role admin (always), deploy keys (always), GitHub App 123 (exempt)'],
      links: ['https://github.com/sketchlog/sketchlog/rules/11'],
      calls: ['listRulesets', 'getRuleset 11']
    });
  });

  it('adds up the rules of several active rulesets, as GitHub applies them all', async () => {
    const outcome = await judge([
      ruleset({ name: 'No updates', include: ['~ALL'], rules: ['update'] }),
      ruleset({ name: 'No deletions', include: BOTH, rules: ['deletion'] })
    ]);
    expect([outcome.status, outcome.summary]).toEqual([
      'pass',
      `${BOTH_FAMILIES} cannot be moved or deleted: active tag rulesets "No updates" and "No deletions" restrict updates and deletions; nobody can bypass it`
    ]);
  });

  it('holds only the release tags to it when the config has no go section', async () => {
    const { go: _go, ...noGo } = DOCTOR_CONFIG;
    const outcome = await judge([ruleset({ name: 'Release tags', include: ['refs/tags/v*'], rules: TAG_RULES })], noGo);
    expect([outcome.status, outcome.summary]).toEqual([
      'pass',
      'the release tags (refs/tags/v*) cannot be moved or deleted: active tag ruleset "Release tags" restrict updates and deletions; nobody can bypass it'
    ]);
  });
});

describe('bypassActorName', () => {
  it.each([
    [{ actorId: 2, actorType: 'RepositoryRole', bypassMode: 'always' }, 'repository role maintain (always)'],
    [{ actorId: 4, actorType: 'RepositoryRole', bypassMode: 'pull_request' }, 'repository role write (through pull requests)'],
    [{ actorId: 77, actorType: 'RepositoryRole', bypassMode: 'always' }, 'repository role 77 (custom) (always)'],
    [{ actorId: 1, actorType: 'OrganizationAdmin', bypassMode: 'always' }, 'organization admins (always)'],
    [{ actorId: 9, actorType: 'Team', bypassMode: 'always' }, 'team 9 (always)'],
    [{ actorId: 3, actorType: 'User', bypassMode: 'exempt' }, 'user 3 (exempt)'],
    [{ actorId: 8, actorType: 'Robot', bypassMode: 'always' }, 'Robot 8 (always)']
  ])('%j is %s', (actor, name) => {
    expect(bypassActorName(actor)).toBe(name);
  });
});
