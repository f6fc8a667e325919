/**
 * The publication-preflight gate end to end: the bundle runs as a separate
 * process, the way the runner starts it, against real registries on loopback —
 * Verdaccio (behind the org/collaborator front), the Distribution registry with
 * token auth laid out as GHCR is (oci-push probes it with the owner and the
 * GitHub token), the PyPI JSON test server — and the GitHub REST test server
 * reading a real git repository. Every run is searched for the npm and GitHub tokens.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createRepo, removeTempDirs, type TestRepo } from '../test-support/git-repo.js';
import { serverError, startGitHubServer, type GitHubTestServer } from '../test-support/github-server.js';
import { startNpmRegistry, type NpmTestRegistry } from '../test-support/npm-registry.js';
import { OciPusher, pushHelmChart, pushImageIndex } from '../test-support/oci-registry.js';
import { startPushRegistry, type PushTestRegistry } from '../test-support/oci-token-service.js';
import { startPypiServer, type PypiTestServer } from '../test-support/pypi-server.js';
import { runAction, type ActionResult, unmasked } from '../test-support/run-action.js';
import { sketchlogConfig, sketchlogFiles, type SketchlogConfig } from '../test-support/sketchlog.js';
import { checkIds } from '../test-support/gate-checks.js';

const GITHUB_TOKEN = 'ghs_PublicationPreflightProcessToken0123';
const CHECKS = checkIds('publication-preflight');

let npm: NpmTestRegistry;
let oci: PushTestRegistry;
/** What the OCI token service grants the GitHub token on the chart (the image always gets push and pull). */
let chartGrants: ReadonlyArray<'pull' | 'push'> = ['pull', 'push'];
let pypi: PypiTestServer;
let publisherToken: string;
let readerToken: string;
let outsiderToken: string;
const githubs: GitHubTestServer[] = [];
/** Every run's output, searched for the tokens once more at the end. */
const everything: string[] = [];

beforeAll(async () => {
  const grants = (repository: string) => (repository.includes('/charts/') ? chartGrants : (['pull', 'push'] as const));
  [npm, oci, pypi] = await Promise.all([
    startNpmRegistry(),
    startPushRegistry({ pusher: { user: 'sketchlog', password: GITHUB_TOKEN }, grants }),
    startPypiServer()
  ]);
  publisherToken = await npm.addUser('balavignesh', 'publisher-password-1');
  readerToken = await npm.addUser('reader', 'reader-password-1');
  outsiderToken = await npm.addUser('mallory', 'mallory-password-1');
  npm.orgs.sketchlog = {
    members: { balavignesh: 'owner', reader: 'developer' },
    // The org listing: the org's packages and access level, the same for everyone who asks.
    packages: { '@sketchlog/client': 'read-write', '@sketchlog/react': 'read-write' },
    // Each user's own rights: their teams' grants, as the packages' collaborators answer them.
    teams: {
      developers: { members: ['balavignesh'], packages: { '@sketchlog/client': 'read-write', '@sketchlog/react': 'read-write' } },
      frontend: { members: ['reader'], packages: { '@sketchlog/client': 'read-write', '@sketchlog/react': 'read' } }
    }
  };

  // 1.2.3 went out everywhere before a later job failed: it is burned.
  await npm.publish('@sketchlog/client', '1.2.3', publisherToken);
  await npm.publish('@sketchlog/react', '1.2.3', publisherToken);
  pypi.projects.sketchlog = { '1.2.3': { files: ['sketchlog-1.2.3.tar.gz', 'sketchlog-1.2.3-cp312-cp312-win_amd64.whl'] } };
  const pusher = new OciPusher({ ...oci.registry, url: oci.url, host: oci.host }, { user: 'sketchlog', password: GITHUB_TOKEN });
  await pushImageIndex(pusher, 'sketchlog/sketchlog', '1.2.3');
  await pushHelmChart(pusher, 'sketchlog/charts/sketchlog', 'sketchlog', '1.2.3');
});

afterAll(async () => {
  await Promise.all([npm?.close(), oci?.close(), pypi?.close(), ...githubs.map((g) => g.close())]);
  removeTempDirs();
  const all = everything.join('\n');
  for (const token of [publisherToken, readerToken, outsiderToken, GITHUB_TOKEN]) expect(all).not.toContain(token);
});

/** The contract's example config with every registry on loopback. */
function loopbackConfig(change: (c: SketchlogConfig) => void = () => {}): SketchlogConfig {
  const config = sketchlogConfig();
  config.npm = { registry: npm.url, publisher: 'balavignesh', scope: 'sketchlog', packages: ['@sketchlog/client', '@sketchlog/react', '@sketchlog/wasm'] };
  config.pypi = { ...(config.pypi as Exclude<SketchlogConfig['pypi'], false | undefined>), index: pypi.url };
  config.container = { image: `${oci.host}/{owner}/{repo}`, platforms: ['linux/amd64', 'linux/arm64'] };
  config.helm = { chart: `oci://${oci.host}/{owner}/charts/sketchlog` };
  config.oci = { 'push-hosts': [oci.host] };
  change(config);
  return config;
}

interface Scenario {
  version?: string;
  config?: SketchlogConfig;
  /** How the Go tag is made: lightweight on the release commit (default), annotated, on the parent commit, or missing. */
  goTag?: 'lightweight' | 'annotated' | 'parent' | 'none';
  files?: Record<string, string | null>;
  tag?: string;
  /** Whether the release tag itself was pushed (default true: its push starts the workflow). */
  releaseTag?: boolean;
}

/** A SketchLog repository at the release commit, the Go tag as asked, and a GitHub server that reads it. */
async function scenario(s: Scenario = {}): Promise<{ repo: TestRepo; github: GitHubTestServer; sha: string; tag: string }> {
  const version = s.version ?? '1.4.0';
  const repo = createRepo(sketchlogFiles('1.3.0', s.config ?? loopbackConfig()));
  const parent = repo.head();
  const sha = repo.commit({ ...sketchlogFiles(version, s.config ?? loopbackConfig()), ...s.files }, `Release ${version}`);
  const goTag = `clients/go/v${version}`;
  if (s.goTag === 'annotated') repo.tag(goTag, { annotated: true });
  else if (s.goTag === 'parent') repo.tag(goTag, { target: parent });
  else if (s.goTag !== 'none') repo.tag(goTag);
  const tag = s.tag ?? `v${version}`;
  if (s.releaseTag !== false) repo.tag(tag, { annotated: true });
  const github = await startGitHubServer({ repoDir: repo.dir, token: GITHUB_TOKEN });
  githubs.push(github);
  return { repo, github, sha, tag };
}

/** Text of the job summary with the escaping undone, to read it as a person would. */
const readable = (summary: string) => summary.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

async function gate(s: Awaited<ReturnType<typeof scenario>>, npmToken: string): Promise<ActionResult> {
  const result = await runAction({
    workspace: s.repo.dir,
    apiUrl: s.github.url,
    sha: s.sha,
    ref: `refs/tags/${s.tag}`,
    inputs: { gate: 'publication-preflight', token: GITHUB_TOKEN, 'npm-token': npmToken }
  });
  // The runner learns the secrets through add-mask; nothing else may carry them.
  const masked = unmasked(result);
  everything.push(masked);
  for (const token of [publisherToken, readerToken, outsiderToken, GITHUB_TOKEN]) expect(masked).not.toContain(token);
  if (npmToken) expect(result.stdout).toContain(`::add-mask::${npmToken}`);
  expect(s.github.violations).toEqual([]);
  expect(result.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(result.report?.checks.map((c) => c.id)).toEqual(CHECKS);
  return result;
}

function expectFailed(result: ActionResult, failed: string[]): void {
  expect(result.outputs.result).toBe('fail');
  expect(result.outputs.failed).toBe(failed.join(','));
  expect(result.report?.result).toBe('fail');
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toContain(
    `::error::release-gates publication-preflight: ${failed.length} check${failed.length > 1 ? 's' : ''} failed: ${failed.join(', ')}`
  );
}

describe('publication-preflight (bundled action)', () => {
  test('passes when the token, the scope, the Go tag and module are right and no registry has the version', async () => {
    const s = await scenario();
    const result = await gate(s, publisherToken);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '', version: '1.4.0', kind: 'release' });
    expect(result.report?.checks.map((c) => [c.id, c.status])).toEqual(CHECKS.map((id) => [id, 'pass']));
    expect(result.check('npm-identity')?.summary).toBe(`npm-token authenticates as "balavignesh" on ${npm.url}`);
    expect(result.check('go-tag')?.summary).toBe(`Go tag "clients/go/v1.4.0" is lightweight and points at ${s.sha}`);
    expect(result.check('unpublished')?.summary).toBe('1.4.0 is on no registry: PyPI, npm (3 packages), container image, Helm chart, GitHub release');
    expect(result.check('oci-push')?.summary).toBe(
      `the GitHub token can push the container image ${oci.host}/sketchlog/sketchlog and Helm chart ${oci.host}/sketchlog/charts/sketchlog (an upload was started and cancelled; nothing was written)`
    );
    expect(oci.uploads('sketchlog/sketchlog')).toEqual([]);
    expect(oci.uploads('sketchlog/charts/sketchlog')).toEqual([]);
    const summary = readable(result.summary);
    expect(summary).toContain('release-gates · publication-preflight · ✅ pass');
    expect(summary).toContain('@sketchlog/wasm'); // the scope table
    expect(summary).toContain('new package (owner of @sketchlog)');
  });

  test('a rehearsal tag skips the Go tag and still checks the rest', async () => {
    const s = await scenario({ goTag: 'none', tag: 'test-v1.4.0' });
    const result = await gate(s, publisherToken);
    expect(result.outputs).toMatchObject({ result: 'pass', kind: 'rehearsal' });
    expect(result.status('go-tag')).toBe('skip');
    expect(result.check('go-tag')?.summary).toBe('rehearsal tag: the Go module tag applies to release tags only');
    expect(result.status('oci-push')).toBe('skip');
  });

  test("another user's npm token fails identity and scope, naming both users", async () => {
    const result = await gate(await scenario(), outsiderToken);
    expectFailed(result, ['npm-identity', 'npm-scope']);
    expect(result.check('npm-identity')?.summary).toBe(
      'npm-token belongs to npm user "mallory", but npm.publisher is "balavignesh"; use the publisher\'s token, or correct npm.publisher'
    );
    expect(readable(result.summary)).toContain('npm-token belongs to npm user "mallory", but npm.publisher is "balavignesh"');
  });

  test('no npm token fails with how to pass secrets.NPM_TOKEN', async () => {
    const result = await gate(await scenario(), '');
    // unpublished too: anonymously, a restricted package and a new one both answer 404.
    expectFailed(result, ['npm-identity', 'npm-scope', 'unpublished']);
    expect(result.check('unpublished')?.summary).toContain('npm (@sketchlog/wasm@1.4.0): ');
    expect(result.check('unpublished')?.summary).toContain('without npm-token the org listing that tells a restricted package from a new one cannot be asked');
    expect(result.check('npm-identity')?.summary).toContain('npm-token: ${{ secrets.NPM_TOKEN }}');
    expect(readable(result.summary)).toContain('npm-token: ${{ secrets.NPM_TOKEN }}');
  });

  test('a token the registry rejects fails: token rejected', async () => {
    npm.rejectUnknownTokens = true;
    try {
      const bogus = 'npm_RejectedProcessToken0123456789abcdefgh';
      const result = await gate(await scenario(), bogus);
      // unpublished too: the org listing that tells a restricted package from a new one refuses the token.
      expectFailed(result, ['npm-identity', 'npm-scope', 'unpublished']);
      expect(result.check('unpublished')?.summary).toContain('npm registry refused /-/org/sketchlog/package (401)');
      expect(result.check('npm-identity')?.summary).toContain('rejected the npm-token (token rejected: the registry answered 401)');
      expect(
        result.everything
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n')
      ).not.toContain(bogus);
    } finally {
      npm.rejectUnknownTokens = false;
    }
  });

  test('read-only access to one package fails npm-scope only', async () => {
    const config = loopbackConfig((c) => {
      (c.npm as { publisher: string }).publisher = 'reader';
    });
    const result = await gate(await scenario({ config }), readerToken);
    expectFailed(result, ['npm-scope']);
    expect(result.check('npm-scope')?.summary).toContain('@sketchlog/react: "reader" has read-only access');
  });

  test('a package outside the scope fails npm-scope', async () => {
    const config = loopbackConfig((c) => {
      (c.npm as { packages: string[] }).packages = ['@sketchlog/client', '@elsewhere/client'];
    });
    const result = await gate(await scenario({ config }), publisherToken);
    // unpublished too: its 404 packument has no org listing to tell a restricted package from a new one.
    expectFailed(result, ['npm-scope', 'unpublished']);
    expect(result.check('npm-scope')?.summary).toContain('@elsewhere/client is outside the scope "@sketchlog"');
    expect(result.check('unpublished')?.summary).toContain(
      `npm (@elsewhere/client@1.4.0): ${npm.url} answered 404 for @elsewhere/client, and has no org "@elsewhere"`
    );
  });

  test.each([
    ['none', 'does not exist on GitHub'],
    ['annotated', 'is an annotated tag: lightweight tag expected'],
    ['parent', 'but the release commit is']
  ] as const)('Go tag %s fails go-tag', async (goTag, message) => {
    const s = await scenario({ goTag });
    const result = await gate(s, publisherToken);
    expectFailed(result, ['go-tag']);
    expect(result.check('go-tag')?.summary).toContain(message);
    if (goTag === 'parent') expect(result.check('go-tag')?.summary).toContain(s.sha);
  });

  test('a v2 release whose go.mod lacks /v2 fails go-module', async () => {
    const result = await gate(await scenario({ version: '2.0.0' }), publisherToken);
    expectFailed(result, ['go-module']);
    expect(result.check('go-module')?.summary).toBe(
      'clients/go/go.mod declares module "github.com/sketchlog/sketchlog/clients/go", expected "github.com/sketchlog/sketchlog/clients/go/v2"; Go requires the /v2 suffix from major version 2 on'
    );
  });

  test('a missing go.mod fails go-module', async () => {
    const result = await gate(await scenario({ files: { 'clients/go/go.mod': null } }), publisherToken);
    expectFailed(result, ['go-module']);
    expect(result.check('go-module')?.summary).toMatch(/"clients\/go\/go\.mod" does not exist in the release commit [0-9a-f]{12}/);
  });

  test('a version a registry already holds is burned: every registry that has it is named', async () => {
    const s = await scenario({ version: '1.2.3' });
    s.github.releases.push({ tag: 'v1.2.3' });
    const result = await gate(s, publisherToken);
    expectFailed(result, ['unpublished']);
    const summary = result.check('unpublished')!.summary;
    expect(summary).toBe(
      `version 1.2.3 is burned: PyPI (sketchlog 1.2.3), npm (@sketchlog/client@1.2.3), npm (@sketchlog/react@1.2.3), container image (${oci.host}/sketchlog/sketchlog:1.2.3), Helm chart (${oci.host}/sketchlog/charts/sketchlog:1.2.3), GitHub release (v1.2.3) already hold it; registries never accept a version twice, so bump the patch and release 1.2.4 instead`
    );
    expect(readable(result.summary)).toContain('bump the patch and release 1.2.4 instead');
  });

  test('a registry that cannot answer fails closed', async () => {
    pypi.faults.push({ path: /^\/pypi\//, times: 10, status: 503 });
    try {
      const result = await gate(await scenario(), publisherToken);
      expectFailed(result, ['unpublished']);
      expect(result.check('unpublished')?.summary).toMatch(
        /^cannot confirm that 1\.4\.0 is unpublished: PyPI \(sketchlog 1\.4\.0\): could not be asked: .*answered 503/
      );
    } finally {
      pypi.faults.length = 0;
    }
  });

  test('neither the release tag nor main.branch visible on GitHub fails unpublished closed: no release cannot be told from no access', async () => {
    const config = loopbackConfig((c) => {
      (c.main as { branch: string }).branch = 'trunk';
    });
    const result = await gate(await scenario({ releaseTag: false, config }), publisherToken);
    expectFailed(result, ['unpublished']);
    expect(result.check('unpublished')?.summary).toBe(
      'cannot confirm that 1.4.0 is unpublished: GitHub release (v1.4.0): GitHub shows neither tag v1.4.0, a release for it, nor branch trunk in sketchlog/sketchlog: the token cannot see the repository (GitHub answers 404 then), or main.branch is wrong; give the GitHub token read access to sketchlog/sketchlog (contents: read), or correct main.branch'
    );
  });

  test('a pypi.index that is not the JSON API (HTML 404 pages) fails unpublished closed', async () => {
    const config = loopbackConfig((c) => {
      (c.pypi as { index: string }).index = `${pypi.url}/simple`;
    });
    const result = await gate(await scenario({ config }), publisherToken);
    expectFailed(result, ['unpublished']);
    expect(result.check('unpublished')?.summary).toContain(`pypi.index ${pypi.url}/simple does not answer like the PyPI JSON API`);
  });

  test('a GitHub token the chart package does not grant push fails oci-push with the fix; the token goes only to the registry host', async () => {
    chartGrants = ['pull'];
    const before = oci.requests.length;
    try {
      const result = await gate(await scenario(), publisherToken);
      expectFailed(result, ['oci-push']);
      expect(result.check('oci-push')?.summary).toBe(
        `Helm chart ${oci.host}/sketchlog/charts/sketchlog: token service ${oci.url}/token grants pull but not push on sketchlog/charts/sketchlog: the job lacks \`packages: write\` (add \`permissions: packages: write\` to the job), or the package's own settings do not grant this repository write access (package settings → "Manage Actions access" → add the repository with the Write role)`
      );
      expect(readable(result.summary)).toContain('Manage Actions access');
    } finally {
      chartGrants = ['pull', 'push'];
    }
    const basic = `Basic ${Buffer.from(`sketchlog:${GITHUB_TOKEN}`).toString('base64')}`;
    const credentialed = oci.requests.slice(before).filter((r) => r.headers.authorization === basic);
    expect(credentialed.map((r) => r.url.split('?')[0])).toEqual(['/token', '/token']);
  });

  test('"oci: false" skips oci-push', async () => {
    const config = loopbackConfig((c) => {
      c.oci = false;
    });
    const result = await gate(await scenario({ config }), publisherToken);
    expect(result.outputs.result).toBe('pass');
    expect(result.check('oci-push')).toMatchObject({ status: 'skip', summary: 'turned off in config ("oci: false")' });
  });

  test('GitHub failing fails go-tag and unpublished closed, not open', async () => {
    const s = await scenario();
    s.github.faults.push(serverError(502, 100));
    const result = await gate(s, publisherToken);
    expectFailed(result, ['go-tag', 'unpublished']);
  });
});
