/**
 * `release-gates status`'s engine over real parts: a git repository made with git, the GitHub REST
 * test server reading its refs, the PyPI JSON test server, the Go module proxy test server, and (one
 * describe each) Verdaccio for npm and Distribution for the image and chart.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { renderStatusText, versionStatus, type Place, type VersionStatus } from '../../src/maintainer/status.js';
import { nextVersion } from '../../src/version.js';
import { createRepo, removeTempDirs, type TestRepo } from '../../test-support/git-repo.js';
import { startGitHubServer, type GitHubTestServer } from '../../test-support/github-server.js';
import { startGoProxy, type TestGoProxy } from '../../test-support/go-proxy.js';
import { startNpmRegistry, type NpmTestRegistry } from '../../test-support/npm-registry.js';
import { OciPusher, pushHelmChart, pushImageIndex, startOciRegistry, type Descriptor, type OciTestRegistry } from '../../test-support/oci-registry.js';
import { startPypiServer, type PypiTestServer } from '../../test-support/pypi-server.js';
import { publicationContext } from '../helpers/publication-context.js';

const MODULE = 'github.com/sketchlog/sketchlog/clients/go';
const GO_MOD = `module ${MODULE}\n\ngo 1.22\n`;

let repo: TestRepo;
let sha: string;
let github: GitHubTestServer;
let pypi: PypiTestServer;
let goproxy: TestGoProxy;
/** A loopback port nothing listens on: connections to it are refused. */
let refusedUrl: string;

beforeAll(async () => {
  repo = createRepo({ 'clients/go/go.mod': GO_MOD, 'README.md': 'SketchLog\n' });
  sha = repo.head();
  repo.tag('clients/go/v1.2.3'); // only the Go tag: 1.2.3 is burned by it alone
  repo.tag('v1.2.6', { annotated: true }); // release tag and release: 1.2.6
  [github, pypi, goproxy] = await Promise.all([startGitHubServer({ repoDir: repo.dir }), startPypiServer(), startGoProxy()]);
  github.releases.push({ tag: 'v1.2.6' });
  pypi.projects.sketchlog = { '1.2.5': { files: ['sketchlog-1.2.5.tar.gz'] } };
  await goproxy.publish({ module: MODULE, version: 'v1.3.0-rc.1', files: { 'go.mod': GO_MOD }, commit: sha });
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((r) => closed.close(r));
});

afterAll(async () => {
  await Promise.all([github?.close(), pypi?.close(), goproxy?.close()]);
  removeTempDirs();
});

const pypiSection = (index = pypi.url) => ({ index, project: 'SketchLog', python: ['cp312'], platforms: ['manylinux_x86_64'] });

/** SketchLog's layout without npm and OCI (those have their own describes). */
function config(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tags: { release: 'v{version}' },
    main: { branch: 'main', workflow: 'ci.yml' },
    go: { dir: 'clients/go' },
    goproxy: goproxy.url,
    pypi: pypiSection(),
    npm: false,
    container: false,
    helm: false,
    ...over
  };
}

function statusOf(version: string, cfg: Record<string, unknown> = config(), extra: { owner?: string } = {}): Promise<VersionStatus> {
  return versionStatus(publicationContext({ config: cfg, tag: `v${version}`, sha, workspace: repo.dir, apiUrl: github.url, ...extra }));
}

const holdsBy = (status: VersionStatus): Record<string, boolean | null> => Object.fromEntries(status.places.map((p) => [p.place, p.holds]));
const place = (status: VersionStatus, name: string): Place => {
  const found = status.places.find((p) => p.place === name);
  if (!found) throw new Error(`no place ${name} in ${status.places.map((p) => p.place).join(', ')}`);
  return found;
};

describe('versionStatus over GitHub, PyPI and the Go proxy', () => {
  test('every place free: not burned, each place named in order, with what it answered', async () => {
    const before = github.requests.length;
    const status = await statusOf('1.2.9');
    expect(status).toEqual({
      version: '1.2.9',
      burned: false,
      next: '1.2.10',
      places: [
        { place: 'PyPI', holds: false, detail: `${pypi.url} has no release 1.2.9`, asked: true },
        { place: 'npm', holds: false, detail: 'not asked (turned off)', asked: false },
        { place: 'container image', holds: false, detail: 'not asked (turned off)', asked: false },
        { place: 'Helm chart', holds: false, detail: 'not asked (turned off)', asked: false },
        { place: 'Go proxy', holds: false, detail: `${new URL(goproxy.url).host} does not serve ${MODULE}@v1.2.9 (404/410)`, asked: true },
        { place: 'tag v1.2.9', holds: false, detail: 'GitHub has no tag v1.2.9 (branch main is visible, so the token sees the repository)', asked: true },
        {
          place: 'tag clients/go/v1.2.9',
          holds: false,
          detail: 'GitHub has no tag clients/go/v1.2.9 (branch main is visible, so the token sees the repository)',
          asked: true
        },
        { place: 'GitHub release', holds: false, detail: 'no release for tag v1.2.9 (branch main is visible)', asked: true }
      ],
      publishers: []
    });
    // The release tag is looked up once for three places; the branch once for the visibility rule.
    const asked = github.requests.slice(before).map((r) => `${r.path} ${r.status}`);
    expect(asked.filter((a) => a.endsWith('/git/ref/tags/v1.2.9 404'))).toHaveLength(1);
    expect(asked.filter((a) => a.endsWith('/git/ref/heads/main 200'))).toHaveLength(1);
    expect(goproxy.requests).toContain(`/${MODULE}/@v/v1.2.9.info`);
    expect(github.violations).toEqual([]);
  });

  test('only the Go tag pushed: burned by the tag alone, next patch 1.2.4', async () => {
    const status = await statusOf('1.2.3');
    expect(status.burned).toBe(true);
    expect(status.next).toBe('1.2.4');
    expect(holdsBy(status)).toMatchObject({ PyPI: false, 'Go proxy': false, 'tag v1.2.3': false, 'tag clients/go/v1.2.3': true, 'GitHub release': false });
    expect(place(status, 'tag clients/go/v1.2.3').detail).toBe(`tag clients/go/v1.2.3 exists on GitHub and points at commit ${sha}`);
    expect(renderStatusText(status).trimEnd().split('\n').at(-1)).toBe('1.2.3 is burned: tag clients/go/v1.2.3 holds it; release 1.2.4 instead');
  });

  test('only PyPI holds it: burned', async () => {
    const status = await statusOf('1.2.5');
    expect(status.burned).toBe(true);
    expect(status.places.filter((p) => p.holds !== false).map((p) => p.place)).toEqual(['PyPI']);
    expect(place(status, 'PyPI').detail).toBe(`${pypi.url} holds sketchlog 1.2.5 with 1 file(s)`);
  });

  test('the release tag and a release: both held, the tag object named, the release linked', async () => {
    const status = await statusOf('1.2.6');
    expect(status.burned).toBe(true);
    expect(place(status, 'tag v1.2.6')).toEqual({
      place: 'tag v1.2.6',
      holds: true,
      detail: `tag v1.2.6 exists on GitHub and points at tag object ${repo.git('rev-parse', 'refs/tags/v1.2.6')}`,
      asked: true
    });
    expect(place(status, 'GitHub release')).toMatchObject({
      holds: true,
      detail: 'a release exists for tag v1.2.6',
      link: expect.stringMatching(/\/releases\/tag\/v1\.2\.6$/)
    });
    // With the release tag there, the Go tag's 404 is real even without a main section.
    const noMain = await statusOf('1.2.6', config({ main: false }));
    expect(place(noMain, 'tag clients/go/v1.2.6')).toEqual({
      place: 'tag clients/go/v1.2.6',
      holds: false,
      detail: 'GitHub has no tag clients/go/v1.2.6 (tag v1.2.6 is visible, so the token sees the repository)',
      asked: true
    });
  });

  test('a prerelease held by the Go proxy: burned, next prerelease number', async () => {
    const status = await statusOf('1.3.0-rc.1');
    expect(status).toMatchObject({ version: '1.3.0-rc.1', burned: true, next: '1.3.0-rc.2' });
    expect(place(status, 'Go proxy')).toEqual({
      place: 'Go proxy',
      holds: true,
      detail: `${new URL(goproxy.url).host} serves ${MODULE}@v1.3.0-rc.1 (from refs/tags/v1.3.0-rc.1)`,
      asked: true
    });
    // PyPI is asked for the PEP 440 spelling.
    expect(place(status, 'PyPI').detail).toBe(`${pypi.url} has no release 1.3.0rc1`);
  });

  test('a token that cannot see the repository: the tags and the release are unknown, so is the verdict', async () => {
    // Every call for another owner answers 404, as GitHub does for a repository the token cannot see.
    const status = await statusOf('1.2.9', config(), { owner: 'someone-else' });
    expect(status.burned).toBeNull();
    expect(holdsBy(status)).toMatchObject({ PyPI: false, 'Go proxy': false, 'tag v1.2.9': null, 'tag clients/go/v1.2.9': null, 'GitHub release': null });
    expect(place(status, 'tag v1.2.9').detail).toBe(
      'GitHub shows neither tag v1.2.9 nor branch main in someone-else/sketchlog: the token cannot see the repository (GitHub answers 404 then), or main.branch is wrong; give the GitHub token read access to someone-else/sketchlog (contents: read), or correct main.branch'
    );
    expect(place(status, 'GitHub release').detail).toContain('GitHub shows neither tag v1.2.9, a release for it, nor branch main in someone-else/sketchlog');
    expect(renderStatusText(status).trimEnd().split('\n').at(-1)).toBe(
      'cannot tell whether 1.2.9 is free: tag v1.2.9, tag clients/go/v1.2.9, GitHub release could not be asked (see above)'
    );
  });

  test('a tag that exists still burns the version even when nothing proves visibility; a missing branch or main section does not prove it', async () => {
    const wrongBranch = await statusOf('1.2.9', config({ main: { branch: 'trunk', workflow: 'ci.yml' } }));
    expect(wrongBranch.burned).toBeNull();
    expect(place(wrongBranch, 'tag v1.2.9').detail).toContain('GitHub shows neither tag v1.2.9 nor branch trunk in sketchlog/sketchlog');
    const noMain = await statusOf('1.2.9', config({ main: false }));
    expect(holdsBy(noMain)).toMatchObject({ 'tag v1.2.9': null, 'tag clients/go/v1.2.9': null, 'GitHub release': null });
    expect(place(noMain, 'tag v1.2.9').detail).toContain('the config has no "main" section whose branch could prove it does');
    // The Go tag exists: it holds the version whatever the visibility of the rest.
    const goTagOnly = await statusOf('1.2.3', config({ main: false }));
    expect(goTagOnly.burned).toBe(true);
    expect(holdsBy(goTagOnly)).toMatchObject({ 'tag v1.2.3': null, 'tag clients/go/v1.2.3': true });
  });

  test('a registry refusing connections is unknown with the cause; the verdict is not "free"', async () => {
    const status = await statusOf('1.2.9', config({ pypi: pypiSection(refusedUrl), goproxy: refusedUrl }));
    expect(status.burned).toBeNull();
    expect(place(status, 'PyPI')).toMatchObject({ holds: null, detail: expect.stringMatching(/^could not be asked: .*connection refused/) });
    expect(place(status, 'Go proxy')).toMatchObject({ holds: null, detail: expect.stringMatching(/^could not be asked: .*connection refused/) });
    expect(place(status, 'tag v1.2.9').holds).toBe(false);
  });

  test('an unreadable go.mod leaves the Go proxy unknown, naming the file', async () => {
    const status = await statusOf('1.2.9', config({ go: { dir: 'clients/rust' } }));
    expect(place(status, 'Go proxy')).toMatchObject({
      holds: null,
      detail: expect.stringContaining('"clients/rust/go.mod" does not exist in the release commit')
    });
    expect(status.burned).toBeNull();
  });

  test('a missing section is "not configured", not an error; false is "not asked"', async () => {
    const cfg = config();
    for (const key of ['pypi', 'npm', 'go', 'goproxy']) delete cfg[key];
    const status = await statusOf('1.2.9', { ...cfg, container: false });
    expect(status.burned).toBe(false);
    expect(status.places.map((p) => [p.place, p.holds, p.detail])).toEqual([
      ['PyPI', false, 'not configured'],
      ['npm', false, 'not configured'],
      ['container image', false, 'not asked (turned off)'],
      ['Helm chart', false, 'not asked (turned off)'],
      ['Go proxy', false, 'not configured'],
      ['tag v1.2.9', false, 'GitHub has no tag v1.2.9 (branch main is visible, so the token sees the repository)'],
      ['Go tag', false, 'not configured'],
      ['GitHub release', false, 'no release for tag v1.2.9 (branch main is visible)']
    ]);
    const goOff = await statusOf('1.2.9', config({ goproxy: false }));
    expect(place(goOff, 'Go proxy').detail).toBe('not asked (turned off)');
    expect(place(goOff, 'tag clients/go/v1.2.9').holds).toBe(false);
  });
});

describe('renderStatusText', () => {
  const places: Place[] = [
    { place: 'PyPI', holds: true, detail: 'https://pypi.org holds sketchlog 1.2.3 with 6 file(s)', asked: true },
    { place: 'npm @sketchlog/client', holds: false, detail: '@sketchlog/client has 3 other version(s), not 1.2.3', asked: true },
    { place: 'tag v1.2.3', holds: true, detail: 'tag v1.2.3 exists on GitHub and points at tag object abc', asked: true },
    { place: 'GitHub release', holds: null, detail: 'could not be asked: GitHub answered 502', link: 'https://github.com/o/r/releases', asked: true }
  ];

  test('a place nothing was asked of says so, and the text ends with a newline', () => {
    const off: Place = { place: 'Helm chart', holds: false, detail: 'not asked (turned off)', asked: false };
    const text = renderStatusText({ version: '1.2.3', burned: false, next: '1.2.4', places: [places[1]!, off], publishers: [] });
    expect(text).toBe(
      'npm @sketchlog/client  free       @sketchlog/client has 3 other version(s), not 1.2.3\nHelm chart             not asked  not asked (turned off)\n1.2.3 is free on every place asked\n'
    );
  });

  test('one aligned line per place, then the verdict', () => {
    expect(renderStatusText({ version: '1.2.3', burned: true, next: '1.2.4', places, publishers: [] }).trimEnd().split('\n')).toEqual([
      'PyPI                   holds    https://pypi.org holds sketchlog 1.2.3 with 6 file(s)',
      'npm @sketchlog/client  free     @sketchlog/client has 3 other version(s), not 1.2.3',
      'tag v1.2.3             holds    tag v1.2.3 exists on GitHub and points at tag object abc',
      'GitHub release         unknown  could not be asked: GitHub answered 502 (https://github.com/o/r/releases)',
      '1.2.3 is burned: PyPI, tag v1.2.3 hold it; release 1.2.4 instead'
    ]);
  });

  test.each([
    ['free everywhere', { burned: false, places: [places[1]!] }, '1.2.3 is free on every place asked'],
    ['one holder', { burned: true, places: [places[1]!, places[2]!] }, '1.2.3 is burned: tag v1.2.3 holds it; release 1.2.4 instead'],
    ['unknown', { burned: null, places: [places[1]!, places[3]!] }, 'cannot tell whether 1.2.3 is free: GitHub release could not be asked (see above)']
  ])('verdict: %s', (_, over, verdict) => {
    const text = renderStatusText({ version: '1.2.3', next: '1.2.4', publishers: [], ...(over as Pick<VersionStatus, 'burned' | 'places'>) });
    expect(text.trimEnd().split('\n').at(-1)).toBe(verdict);
    expect(text.trimEnd().split('\n')).toHaveLength(over.places.length + 1);
  });
});

test('after the verdict of a burned version, who published what PyPI and npm hold', () => {
  const places: Place[] = [
    { place: 'PyPI', holds: true, detail: 'holds it', asked: true },
    { place: 'npm @sketchlog/client', holds: true, detail: 'holds it', asked: true },
    { place: 'npm @sketchlog/react', holds: true, detail: 'holds it', asked: true }
  ];
  const text = renderStatusText({
    version: '1.2.3',
    burned: true,
    next: '1.2.4',
    places,
    publishers: [
      { place: 'PyPI', byReleaseWorkflow: true, detail: 'all 21 files carry PEP 740 provenance from sketchlog/sketchlog release.yml' },
      { place: 'npm @sketchlog/client', byReleaseWorkflow: false, detail: '@sketchlog/client@1.2.3 was published without provenance' },
      { place: 'npm @sketchlog/react', byReleaseWorkflow: null, detail: 'npm registry answered 503' }
    ]
  });
  expect(text.trimEnd().split('\n').slice(-5)).toEqual([
    '',
    'Who published 1.2.3:',
    'PyPI                   release workflow: all 21 files carry PEP 740 provenance from sketchlog/sketchlog release.yml',
    'npm @sketchlog/client  NOT the release workflow: @sketchlog/client@1.2.3 was published without provenance',
    'npm @sketchlog/react   cannot tell: npm registry answered 503'
  ]);
});

describe('nextVersion', () => {
  test.each([
    ['1.2.3', '1.2.4'],
    ['1.2.9', '1.2.10'],
    ['1.3.0-rc.1', '1.3.0-rc.2'],
    ['2.0.0-beta.9', '2.0.0-beta.10'],
    ['1.0.0-alpha', '1.0.0-alpha.0']
  ])('%s → %s', (version, next) => {
    expect(nextVersion(version)).toBe(next);
  });
});

describe('versionStatus with npm on Verdaccio', () => {
  let registry: NpmTestRegistry;
  let token: string;

  beforeAll(async () => {
    registry = await startNpmRegistry();
    token = await registry.addUser('balavignesh', 'publisher-password-1');
    await registry.publish('@sketchlog/client', '1.2.7', token);
    registry.orgs.sketchlog = {
      members: { balavignesh: 'owner' },
      packages: { '@sketchlog/client': 'read-write' },
      teams: {}
    };
  });
  afterAll(async () => {
    await registry?.close();
  });

  test('each npm package is a place; a published version burns, a never-published package is free', async () => {
    const npm = { registry: registry.url, publisher: 'balavignesh', scope: 'sketchlog', packages: ['@sketchlog/client', '@sketchlog/react'] };
    const ctx = publicationContext({ config: config({ npm }), tag: 'v1.2.7', sha, workspace: repo.dir, apiUrl: github.url, npmToken: token });
    const status = await versionStatus(ctx);
    expect(status.burned).toBe(true);
    expect(place(status, 'npm @sketchlog/client')).toEqual({
      place: 'npm @sketchlog/client',
      holds: true,
      detail: `${registry.url} serves @sketchlog/client@1.2.7`,
      asked: true
    });
    expect(place(status, 'npm @sketchlog/react')).toEqual({
      place: 'npm @sketchlog/react',
      holds: false,
      detail: `@sketchlog/react was never published on ${registry.url}`,
      asked: true
    });
    // Without a token, a 404 for a scoped package cannot be told from a restricted one.
    const anonymous = await versionStatus(publicationContext({ config: config({ npm }), tag: 'v1.2.8', sha, workspace: repo.dir, apiUrl: github.url }));
    expect(anonymous.burned).toBeNull();
    expect(place(anonymous, 'npm @sketchlog/client').holds).toBe(false);
    expect(place(anonymous, 'npm @sketchlog/react').holds).toBeNull();
  });
});

describe('versionStatus with the image and chart on Distribution', () => {
  let oci: OciTestRegistry;
  let image: Descriptor;

  beforeAll(async () => {
    oci = await startOciRegistry();
    const pusher = new OciPusher(oci);
    image = await pushImageIndex(pusher, 'sketchlog/sketchlog', '1.2.8');
    await pushHelmChart(pusher, 'sketchlog/charts/sketchlog', 'sketchlog', '1.2.7');
  });
  afterAll(async () => {
    await oci?.close();
  });

  test('the image tag burns the version; the chart without it is free', async () => {
    const cfg = config({
      container: { image: `${oci.host}/{owner}/{repo}`, platforms: ['linux/amd64'] },
      helm: { chart: `oci://${oci.host}/{owner}/charts/sketchlog` }
    });
    const status = await versionStatus(publicationContext({ config: cfg, tag: 'v1.2.8', sha, workspace: repo.dir, apiUrl: github.url }));
    expect(status.burned).toBe(true);
    expect(place(status, `image ${oci.host}/sketchlog/sketchlog`)).toEqual({
      place: `image ${oci.host}/sketchlog/sketchlog`,
      holds: true,
      detail: `${oci.host} holds sketchlog/sketchlog:1.2.8 (application/vnd.oci.image.index.v1+json ${image.digest})`,
      asked: true
    });
    expect(place(status, `chart ${oci.host}/sketchlog/charts/sketchlog`)).toMatchObject({
      holds: false,
      detail: `${oci.host} has no tag 1.2.8 in sketchlog/charts/sketchlog`
    });
  });
});
