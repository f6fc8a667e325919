/** `environments`, table-driven: pypi.environment absent, open to every ref, to protected branches, to a branch rule, or without a covering tag rule. */
import { describe, expect, it } from '@jest/globals';
import { SettingUnreadable, type DeploymentPolicy, type Environment } from '../../../src/clients/github/index.js';
import { environments } from '../../../src/checks/doctor/environments.js';
import { DOCTOR_CONFIG, doctorContext, runAlone } from './doctor-context.js';

const PAGE = 'Settings → Environments → pypi → Deployment branches and tags';
const CHOOSE = "choose 'Selected branches and tags' and add the tag rule v*";
const custom = (name = 'pypi'): Environment => ({
  name,
  htmlUrl: 'https://github.com/sketchlog/sketchlog/settings/environments/1/edit',
  deploymentPolicy: { protectedBranches: false, customBranchPolicies: true }
});

function run(environment: Environment | null, policies: DeploymentPolicy[] = []) {
  const ctx = doctorContext({
    getEnvironment: () => Promise.resolve(environment),
    listDeploymentPolicies: () => Promise.resolve(policies),
    listRulesets: () => Promise.resolve([])
  });
  return { ctx, result: runAlone(environments, ctx) };
}

describe('environments falls short', () => {
  it.each<[string, Environment | null, DeploymentPolicy[], string, string[]]>([
    [
      'absent',
      null,
      [],
      `environment "pypi" does not exist: Settings → Environments → New environment "pypi", then Deployment branches and tags: ${CHOOSE}`,
      []
    ],
    [
      'open to every branch and tag',
      { ...custom(), deploymentPolicy: null },
      [],
      `environment "pypi" can be deployed from every branch and tag: ${PAGE}: ${CHOOSE}`,
      []
    ],
    [
      'open to protected branches (no custom policies)',
      { ...custom(), deploymentPolicy: { protectedBranches: true, customBranchPolicies: false } },
      [],
      `environment "pypi" can be deployed from protected branches, not by tag: ${PAGE}: ${CHOOSE}`,
      []
    ],
    [
      'a branch policy beside the tag policy',
      custom(),
      [
        { name: 'v*', type: 'tag' },
        { name: 'main', type: 'branch' }
      ],
      `environment "pypi" can be deployed from branches matching "main": ${PAGE}: remove the branch rule "main"`,
      []
    ],
    ['no tag policy', custom(), [], `environment "pypi" has no tag rule, so the release tags cannot deploy to it: ${PAGE}: add the tag rule v*`, []],
    [
      'a tag policy too narrow',
      custom(),
      [{ name: 'v[0-9].*', type: 'tag' }],
      `no tag rule of environment "pypi" matches v10.20.30: ${PAGE}: add the tag rule v*`,
      []
    ]
  ])('%s', async (_case, environment, policies, summary, details) => {
    const result = await run(environment, policies).result;
    expect([result.status, result.summary, result.details]).toEqual(['fail', summary, details]);
  });

  it('lists every finding when there are several', async () => {
    const result = await run(custom(), [{ name: 'release/*', type: 'branch' }]).result;
    expect(result.summary).toBe('2 settings to change:');
    expect(result.details).toEqual([
      `environment "pypi" can be deployed from branches matching "release/*": ${PAGE}: remove the branch rule "release/*"`,
      `environment "pypi" has no tag rule, so the release tags cannot deploy to it: ${PAGE}: add the tag rule v*`
    ]);
  });

  it('believes a 404 only once the repository answered: a token that cannot see it could not read the environment', async () => {
    const message = 'the rulesets of sketchlog/sketchlog could not be read: GitHub answered 404, as it does when the token cannot see sketchlog/sketchlog';
    const ctx = doctorContext({
      getEnvironment: () => Promise.resolve(null),
      listRulesets: () => Promise.reject(new SettingUnreadable(message, 404, 'metadata: read'))
    });
    const result = await runAlone(environments, ctx);
    expect([result.status, result.summary]).toEqual([
      'fail',
      'environment "pypi" could not be read: GitHub answered 404, as it does when the token cannot see sketchlog/sketchlog (its rulesets answered 404 too); the token needs metadata: read on sketchlog/sketchlog (check the repository name too)'
    ]);
  });
});

describe('environments holds', () => {
  it('passes an environment only release tags can deploy to, reading its policies', async () => {
    const { ctx, result } = run(custom(), [{ name: 'v*', type: 'tag' }]);
    expect(await result).toMatchObject({
      status: 'pass',
      summary: 'environment "pypi" can be deployed only from tags (tag rule "v*"), from no branch',
      links: ['https://github.com/sketchlog/sketchlog/settings/environments/1/edit']
    });
    expect(ctx.github.calls).toEqual(['getEnvironment "pypi"', 'listDeploymentPolicies "pypi"']);
  });

  it('skips, saying so, when pypi.environment is not set', async () => {
    const { environment: _e, ...pypi } = DOCTOR_CONFIG.pypi;
    const ctx = doctorContext({}, { ...DOCTOR_CONFIG, pypi });
    expect(await runAlone(environments, ctx)).toMatchObject({
      status: 'skip',
      summary: 'pypi.environment is not set: no PyPI environment to check (set it to the environment of the PyPI trusted publisher)'
    });
  });

  it('skips when pypi is turned off', async () => {
    expect((await runAlone(environments, doctorContext({}, { ...DOCTOR_CONFIG, pypi: false }))).summary).toBe('turned off in config ("pypi: false")');
  });
});
