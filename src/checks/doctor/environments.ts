/**
 * `environments` — `pypi.environment` (when set) exists and may be deployed only from tags matching the
 * release tags: a `tag` deployment policy covers them and no `branch` policy exists, so no branch can
 * publish to PyPI. Policy names are fnmatch patterns over the bare tag or branch name.
 */
import type { DeploymentPolicy, Environment } from '../../clients/github/index.js';
import { defineCheck, skip } from '../../gate.js';
import { matchesPattern } from '../../util/ref-pattern.js';
import { clip } from '../../util/text.js';
import { confirmAbsent, ENVIRONMENTS_PAGE, outcomeOf, quotedList, readable, releaseTags, type TagFamily } from './common.js';

/** The findings for an environment (null: it does not exist) and its policies (read only for custom policies). */
export function judgeEnvironment(name: string, environment: Environment | null, policies: readonly DeploymentPolicy[], tags: TagFamily): string[] {
  const page = `${ENVIRONMENTS_PAGE} → ${clip(name)} → Deployment branches and tags`;
  const choose = `choose 'Selected branches and tags' and add the tag rule ${tags.pattern}`;
  if (environment === null) {
    return [
      `environment ${quotedList([name])} does not exist: ${ENVIRONMENTS_PAGE} → New environment ${quotedList([name])}, then Deployment branches and tags: ${choose}`
    ];
  }
  const policy = environment.deploymentPolicy;
  if (policy === null) return [`environment ${quotedList([name])} can be deployed from every branch and tag: ${page}: ${choose}`];
  if (!policy.customBranchPolicies) return [`environment ${quotedList([name])} can be deployed from protected branches, not by tag: ${page}: ${choose}`];
  const findings = policies
    .filter((p) => p.type === 'branch')
    .map(
      (p) =>
        `environment ${quotedList([name])} can be deployed from branches matching ${quotedList([p.name])}: ${page}: remove the branch rule ${quotedList([p.name])}`
    );
  const tagRules = policies.filter((p) => p.type === 'tag');
  const missed = tags.samples.find((tag) => !tagRules.some((p) => matchesPattern(p.name, tag, 'fnmatch')));
  if (tagRules.length === 0) {
    findings.push(`environment ${quotedList([name])} has no tag rule, so ${tags.label} cannot deploy to it: ${page}: add the tag rule ${tags.pattern}`);
  } else if (missed !== undefined) {
    findings.push(`no tag rule of environment ${quotedList([name])} matches ${missed}: ${page}: add the tag rule ${tags.pattern}`);
  }
  return findings;
}

export const environments = defineCheck({
  id: 'environments',
  sections: ['pypi'],
  async run(ctx, { pypi }) {
    const name = pypi.environment;
    if (name === undefined) {
      return skip('pypi.environment is not set: no PyPI environment to check (set it to the environment of the PyPI trusted publisher)');
    }
    const tags = releaseTags(ctx);
    const github = ctx.clients.github;
    const environment = await readable(() => github.getEnvironment(name));
    // GitHub answers 404 both for an absent environment and for a repository the token cannot see.
    if (environment === null) await readable(() => confirmAbsent(ctx, `environment ${quotedList([name])}`));
    const policies = environment?.deploymentPolicy?.customBranchPolicies ? await readable(() => github.listDeploymentPolicies(name)) : [];
    const findings = judgeEnvironment(name, environment, policies, tags);
    const rules = policies.filter((p) => p.type === 'tag').map((p) => p.name);
    const passed = `environment ${quotedList([name])} can be deployed only from tags (tag rule${rules.length === 1 ? '' : 's'} ${quotedList(rules)}), from no branch`;
    const outcome = outcomeOf(findings, passed);
    return environment?.htmlUrl ? { ...outcome, links: [environment.htmlUrl] } : outcome;
  }
});
