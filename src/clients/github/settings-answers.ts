/**
 * GitHub's answers about a repository's settings (rulesets, branch rules, immutable releases,
 * environments, file contents), checked against the fields `release-gates doctor` reads and turned
 * into this client's values. Anything else in an answer is left alone: GitHub adds rule types and
 * fields over time, and a rule type this version does not know is kept by name, not refused.
 */
import { z } from 'zod';
import type { BranchRule, BypassActor, DeploymentPolicy, Environment, ImmutableReleases, Ruleset, RulesetSummary } from './api.js';
import { parseAnswer } from './answers.js';
import { GitHubError } from './errors.js';

const id = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** A pattern list is a handful of entries; thousands are not a ruleset to read. */
const patterns = z.array(z.string().max(1000)).max(1000);

const summarySchema = z.looseObject({
  id,
  name: z.string(),
  target: z.string().nullish(),
  enforcement: z.string(),
  source_type: z.string().nullish(),
  source: z.string().nullish()
});
export const rulesetListSchema = z.array(summarySchema).max(1000);

const bypassActorSchema = z.looseObject({
  actor_id: id.nullish(),
  actor_type: z.string(),
  bypass_mode: z.string().nullish()
});
const rulesetSchema = summarySchema.extend({
  conditions: z.looseObject({ ref_name: z.looseObject({ include: patterns.nullish(), exclude: patterns.nullish() }).nullish() }).nullish(),
  rules: z
    .array(z.looseObject({ type: z.string() }))
    .max(1000)
    .nullish(),
  bypass_actors: z.array(bypassActorSchema).max(1000).nullish(),
  _links: z.looseObject({ html: z.looseObject({ href: z.string().nullish() }).nullish() }).nullish()
});

export const branchRulesSchema = z
  .array(
    z.looseObject({
      type: z.string(),
      ruleset_id: id.nullish(),
      ruleset_source: z.string().nullish()
    })
  )
  .max(1000);

const immutableSchema = z.looseObject({ enabled: z.boolean(), enforced_by_owner: z.boolean().nullish() });

const environmentSchema = z.looseObject({
  name: z.string(),
  html_url: z.string().nullish(),
  deployment_branch_policy: z.looseObject({ protected_branches: z.boolean(), custom_branch_policies: z.boolean() }).nullish()
});

export const policiesPageSchema = z.looseObject({
  total_count: z.number().int().nonnegative(),
  // GitHub Enterprise Server versions from before tag policies list branch policies without a type.
  branch_policies: z.array(z.looseObject({ name: z.string(), type: z.enum(['branch', 'tag']).nullish() })).max(1000)
});

/** A contents answer: a file carries its bytes as base64; a directory is a list. */
const contentSchema = z.looseObject({
  type: z.string(),
  encoding: z.string().nullish(),
  content: z.string().nullish(),
  size: z.number().int().nonnegative().nullish()
});

function toSummary(raw: z.infer<typeof summarySchema>): RulesetSummary {
  return {
    id: raw.id,
    name: raw.name,
    target: raw.target ?? null,
    enforcement: raw.enforcement,
    sourceType: raw.source_type ?? null,
    source: raw.source ?? ''
  };
}

export function toSummaries(raw: unknown, what: string): RulesetSummary[] {
  return parseAnswer(rulesetListSchema, raw, what).map(toSummary);
}

export function toRuleset(raw: unknown, what: string): Ruleset {
  const data = parseAnswer(rulesetSchema, raw, what);
  const refName = data.conditions?.ref_name;
  const actors: BypassActor[] | null =
    data.bypass_actors === undefined || data.bypass_actors === null
      ? null
      : data.bypass_actors.map((a) => ({ actorId: a.actor_id ?? null, actorType: a.actor_type, bypassMode: a.bypass_mode ?? 'always' }));
  return {
    ...toSummary(data),
    include: [...(refName?.include ?? [])],
    exclude: [...(refName?.exclude ?? [])],
    rules: (data.rules ?? []).map((r) => r.type),
    bypassActors: actors,
    htmlUrl: data._links?.html?.href ?? null
  };
}

export function toBranchRules(raw: unknown, what: string): BranchRule[] {
  return parseAnswer(branchRulesSchema, raw, what).map((r) => ({ type: r.type, rulesetId: r.ruleset_id ?? null, rulesetSource: r.ruleset_source ?? null }));
}

export function toImmutableReleases(raw: unknown, what: string): ImmutableReleases {
  const data = parseAnswer(immutableSchema, raw, what);
  return { enabled: data.enabled, enforcedByOwner: data.enforced_by_owner === true, notFound: false };
}

export function toEnvironment(raw: unknown, what: string): Environment {
  const data = parseAnswer(environmentSchema, raw, what);
  const policy = data.deployment_branch_policy;
  return {
    name: data.name,
    htmlUrl: data.html_url ?? null,
    deploymentPolicy: policy ? { protectedBranches: policy.protected_branches, customBranchPolicies: policy.custom_branch_policies } : null
  };
}

export function toPolicies(data: z.infer<typeof policiesPageSchema>): DeploymentPolicy[] {
  return data.branch_policies.map((p) => ({ name: p.name, type: p.type ?? 'branch' }));
}

/** The text of a contents answer for a file, at most `maxBytes`; a directory, a symlink or a large file is not one to read. */
export function toFileText(raw: unknown, what: string, maxBytes: number): string {
  if (Array.isArray(raw)) throw new GitHubError(`${what} is a directory, not a file`, null);
  const data = parseAnswer(contentSchema, raw, what);
  if (data.type !== 'file') throw new GitHubError(`${what} is a ${data.type}, not a file`, null);
  if ((data.size ?? 0) > maxBytes) throw new GitHubError(`${what} is ${data.size} bytes; more than the ${maxBytes} a workflow file has`, null);
  // GitHub sends files over 1 MB with encoding "none" and no content.
  if (data.encoding !== 'base64' || typeof data.content !== 'string') {
    throw new GitHubError(`GitHub answered ${what} without base64 content (encoding ${data.encoding ?? 'missing'}) (malformed response)`, null);
  }
  const text = Buffer.from(data.content.replace(/\s+/g, ''), 'base64');
  if (text.length > maxBytes) throw new GitHubError(`${what} holds more than ${maxBytes} bytes; more than a workflow file has`, null);
  return text.toString('utf8');
}
