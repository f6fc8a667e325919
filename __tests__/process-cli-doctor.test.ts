/**
 * `release-gates doctor` run as the installed CLI bundle (dist/cli/index.js) against the GitHub REST test
 * server, whose settings answers are validated against GitHub's OpenAPI description: a repository that
 * enforces the process passes (exit 0), one that does not gets one finding per setting (exit 1), and a
 * token that cannot read administration settings — or cannot see the repository — "could not be read"
 * (exit 1), never a pass.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { createRepo, removeTempDirs, type TestRepo } from '../test-support/git-repo.js';
import { emptySettings, type RepositorySettingsState } from '../test-support/github-server-settings.js';
import { startGitHubServer, type GitHubTestServer } from '../test-support/github-server.js';
import { runCli, type CliRun } from '../test-support/run-cli.js';

const TOKEN = 'ghp_doctor_token_0123456789abcdef';
const CONFIG = {
  tags: { release: 'v{version}' },
  main: { branch: 'main', workflow: 'ci.yml' },
  go: { dir: 'clients/go', tag: 'clients/go/v{version}' },
  pypi: { project: 'sketchlog', python: ['cp312'], platforms: ['manylinux_x86_64'], environment: 'pypi' },
  'supply-chain': { workflow: '.github/workflows/release.yml', scan: { report: 'trivy-results.json' } }
};
const RELEASE_WORKFLOW = "name: Build and Publish\non:\n  push:\n    tags: ['v*']\njobs: {}\n";

let repo: TestRepo;
let server: GitHubTestServer;

/** What a repository that enforces the process has set. */
function compliant(): RepositorySettingsState {
  return {
    ...emptySettings(),
    rulesets: [
      {
        name: 'Protect main',
        target: 'branch',
        include: ['~DEFAULT_BRANCH'],
        rules: ['pull_request', 'required_status_checks', 'deletion', 'non_fast_forward']
      },
      {
        name: 'Release tags',
        target: 'tag',
        include: ['refs/tags/v*', 'refs/tags/clients/go/v*'],
        rules: ['creation', 'update', 'deletion'],
        bypassActors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }]
      }
    ],
    immutableReleases: true,
    environments: [{ name: 'pypi', deployment: 'custom', policies: [{ name: 'v*', type: 'tag' }] }]
  };
}

beforeAll(async () => {
  repo = createRepo({ '.github/release-gates.yml': stringify(CONFIG), '.github/workflows/release.yml': RELEASE_WORKFLOW, 'README.md': 'SketchLog\n' });
  server = await startGitHubServer({ repoDir: repo.dir, token: TOKEN });
});

beforeEach(() => {
  server.settings = compliant();
  server.requests.length = 0;
});

afterAll(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
  removeTempDirs();
});

function doctor(args: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(['doctor', '--repository', 'sketchlog/sketchlog', ...args], {
    cwd: repo.dir,
    env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN, RELEASE_GATES_RETRY_BASE_MS: '1', ...env }
  });
}

const BOTH = 'the release tags (refs/tags/v*) and the Go module tags (refs/tags/clients/go/v*)';

describe('release-gates doctor', () => {
  it('passes a repository that enforces the process, one line per check, asking each list once', async () => {
    const r = await doctor();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'release-gates doctor: PASS  (the repository enforces what the process assumes)',
        '  repository sketchlog/sketchlog',
        '',
        `  pass  tag-rules           ${BOTH} cannot be moved or deleted: active tag ruleset "Release tags" restrict updates and deletions; 1 bypass actor (below)`,
        '          - tag ruleset "Release tags" can be bypassed by: repository role admin (always)',
        '          https://github.example.test/sketchlog/sketchlog/rules/2',
        "  pass  immutable-releases  immutable releases are enabled: no published release's assets can be replaced",
        '  pass  main-rules          main requires pull requests and status checks and forbids deletion and force pushes (ruleset "Protect main")',
        '  pass  environments        environment "pypi" can be deployed only from tags (tag rule "v*"), from no branch',
        '          https://github.example.test/sketchlog/sketchlog/deployments/activity_log?environments_filter=pypi',
        '  pass  workflow            .github/workflows/release.yml on main runs on pushes of the release tags (v*)',
        ''
      ].join('\n')
    );
    // One page per list; the rulesets list is shared by tag-rules, main-rules and the 404 confirmations.
    expect(server.requests.map((q) => q.path).sort()).toEqual(
      [
        '/repos/sketchlog/sketchlog/contents/.github/workflows/release.yml',
        '/repos/sketchlog/sketchlog/environments/pypi',
        '/repos/sketchlog/sketchlog/environments/pypi/deployment-branch-policies',
        '/repos/sketchlog/sketchlog/immutable-releases',
        '/repos/sketchlog/sketchlog/rules/branches/main',
        '/repos/sketchlog/sketchlog/rulesets',
        '/repos/sketchlog/sketchlog/rulesets/2'
      ].sort()
    );
  });

  it('fails a repository that does not, naming the setting for every finding', async () => {
    server.settings = {
      ...emptySettings(),
      rulesets: [{ name: 'Protect main', target: 'branch', include: ['refs/heads/main'], rules: ['pull_request', 'deletion'] }],
      immutableReleases: false,
      environments: [
        {
          name: 'pypi',
          deployment: 'custom',
          policies: [
            { name: 'v*', type: 'tag' },
            { name: 'main', type: 'branch' }
          ]
        }
      ]
    };
    const r = await doctor();
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'release-gates doctor: FAIL  (the repository enforces what the process assumes)',
      '  repository sketchlog/sketchlog',
      '  release-gates doctor: 4 checks failed: tag-rules, immutable-releases, main-rules, environments'
    ]);
    expect(lines).toContain(
      "  fail  tag-rules           no active tag ruleset targets the release tags (refs/tags/v*) or the Go module tags (refs/tags/clients/go/v*): Settings → Rules → Rulesets → New ruleset → New tag ruleset: set Enforcement status to 'Active', target refs/tags/v* and refs/tags/clients/go/v*, enable 'Restrict updates' and 'Restrict deletions'"
    );
    expect(lines).toContain(
      "  fail  immutable-releases  immutable releases are off, so a published release's assets can be replaced: Settings → General → Releases: tick 'Enable release immutability'"
    );
    expect(lines).toContain('  fail  main-rules          2 settings to change:');
    expect(lines).toContain(
      `          - main does not require status checks: Settings → Rules → Rulesets → "Protect main": enable 'Require status checks to pass'`
    );
    expect(lines).toContain(`          - main can be force-pushed: Settings → Rules → Rulesets → "Protect main": enable 'Block force pushes'`);
    expect(lines).toContain(
      '  fail  environments        environment "pypi" can be deployed from branches matching "main": Settings → Environments → pypi → Deployment branches and tags: remove the branch rule "main"'
    );
    expect(lines.at(-2)).toBe('Change each setting named above, then run release-gates doctor again.');
  });

  it('a token without administration: read could not read the settings: exit 1, never a pass', async () => {
    server.settings.access = 'no-administration';
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '  fail  tag-rules           the bypass actors of tag ruleset "Release tags" could not be read: the token needs administration: read (GitHub lists them only to a token that may edit the ruleset)'
    );
    expect(r.stdout).toContain(
      '  fail  immutable-releases  the immutable releases setting of sketchlog/sketchlog could not be read: the token needs administration: read (GitHub: Resource not accessible by personal access token)'
    );
    expect(r.stdout).not.toContain(TOKEN);
  });

  it('a token that cannot see the repository could not read anything: no 404 is taken for "absent"', async () => {
    server.settings.access = 'no-repository';
    const r = await doctor(['--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { checks: Array<{ id: string; status: string; summary: string }> };
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['tag-rules', 'fail'],
      ['immutable-releases', 'fail'],
      ['main-rules', 'fail'],
      ['environments', 'fail'],
      ['workflow', 'fail']
    ]);
    const unseen = 'could not be read: GitHub answered 404, as it does when the token cannot see sketchlog/sketchlog';
    for (const id of ['tag-rules', 'immutable-releases', 'main-rules', 'environments', 'workflow'])
      expect(report.checks.find((c) => c.id === id)!.summary).toContain(unseen);
  });

  it('--json prints a report of a gate’s shape, "gate": "doctor"', async () => {
    const r = await doctor(['--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown> & { checks: Array<Record<string, unknown>> };
    expect(Object.keys(report)).toEqual(['gate', 'result', 'tag', 'version', 'kind', 'sha', 'checks', 'durationMs']);
    expect(report).toMatchObject({ gate: 'doctor', result: 'pass', tag: '', version: null, kind: null, sha: repo.head() });
    expect(report.checks.map((c) => c.id)).toEqual(['tag-rules', 'immutable-releases', 'main-rules', 'environments', 'workflow']);
    expect(report.checks[0]).toEqual({
      id: 'tag-rules',
      status: 'pass',
      summary: `${BOTH} cannot be moved or deleted: active tag ruleset "Release tags" restrict updates and deletions; 1 bypass actor (below)`,
      details: ['tag ruleset "Release tags" can be bypassed by: repository role admin (always)'],
      links: ['https://github.example.test/sketchlog/sketchlog/rules/2']
    });
  });

  it('without a token every check fails with the fix, in the terminal’s words', async () => {
    const r = await doctor([], { GITHUB_TOKEN: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  fail  tag-rules           tag-rules could not finish: no GitHub token: GITHUB_TOKEN (or GH_TOKEN) is not set');
    expect(server.requests).toEqual([]);
  });

  it.each([
    [['extra'], 'error: release-gates doctor takes no arguments besides options, got "extra"; see release-gates doctor --help'],
    [['--frobnicate'], "error: Unknown option '--frobnicate'; see release-gates doctor --help"]
  ])('refuses bad input %j with exit 2', async (args, line) => {
    const r = await doctor(args);
    expect([r.code, r.stderr.trim(), r.stdout]).toEqual([2, line, '']);
  });

  it('--help describes the five checks', async () => {
    const r = await runCli(['doctor', '--help'], { env: {} });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: release-gates doctor \[options\]/);
  });
});
