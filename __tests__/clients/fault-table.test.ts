/**
 * The fault table: every client that talks to the outside, against every fault a server
 * or network can throw at it. Each row says what must come of it — retried and then
 * answered, or a failure that names the cause — and bounds the time (small timeouts and
 * deadlines injected into the clients, no sleeping) and the memory (the body cap trips
 * while the server still has bytes to send). No row is timed: the message names the bound
 * that ended it, and each row's bounds leave only the one under test able to end it first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubApi } from '../../src/clients/github/index.js';
import { HttpClient } from '../../src/clients/http.js';
import { createNpmApi } from '../../src/clients/npm/index.js';
import { createPypiApi } from '../../src/clients/pypi.js';
import { refusedUrl, startFaultServer, type Answer, type FaultKind, type FaultServer } from './fault-server.js';

const GITHUB_TOKEN = 'ghs_faulttable_0123456789abcdef';
const NPM_TOKEN = 'npm_faulttable_0123456789abcdef';
/** Body cap given to the HTTP and GitHub clients here; npm and PyPI use their own fixed caps. */
const CAP = 256 * 1024;
const TIMEOUT_MS = 150;
const DEADLINE_MS = 1500;
const GITHUB_DEADLINE_MS = 300;

/** The time bounds a row's clients run under. */
interface Timing {
  /** The HTTP client's header and idle timeout. */
  timeoutMs: number;
  /** The HTTP client's overall deadline, of a request and of a download. */
  deadlineMs: number;
  /** The GitHub client's deadline of one request. */
  githubDeadlineMs: number;
}
/** Small bounds: the rows whose fault is time (headers that never come, a drip) end soon. */
const TIGHT: Timing = { timeoutMs: TIMEOUT_MS, deadlineMs: DEADLINE_MS, githubDeadlineMs: GITHUB_DEADLINE_MS };
/**
 * Bounds far above what the body caps need, so a loaded machine that reads 8 MiB slowly still
 * trips the cap first; were a cap missing, these would end the row, naming themselves instead.
 */
const ROOMY: Timing = { timeoutMs: 30_000, deadlineMs: 30_000, githubDeadlineMs: 30_000 };

const RELEASE = {
  id: 1,
  tag_name: 'v1.0.0',
  name: 'v1.0.0',
  draft: false,
  prerelease: false,
  html_url: 'https://github.example/o/r/releases/v1.0.0',
  target_commitish: 'main',
  assets: [
    { id: 7, name: 'demo.tar.gz', state: 'uploaded', size: 10, content_type: 'application/gzip', digest: null, browser_download_url: 'https://x/demo.tar.gz' }
  ]
};

const PYPI_FILE = {
  filename: 'demo-1.0.0.tar.gz',
  packagetype: 'sdist',
  url: 'https://files.example/demo-1.0.0.tar.gz',
  digests: { sha256: 'ab'.repeat(32) }
};

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

function runsPage(ids: number[]) {
  return {
    total_count: 100_000,
    workflow_runs: ids.map((id) => ({
      id,
      name: 'ci',
      head_sha: 'a'.repeat(40),
      head_branch: 'main',
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      run_attempt: 1,
      html_url: `https://github.example/o/r/actions/runs/${id}`,
      created_at: '2026-01-01T00:00:00Z'
    }))
  };
}

/** The normal answer of each path, and a well-formed answer of the wrong shape. */
function answer(path: string, wrongShape: boolean): Answer {
  switch (path) {
    case '/doc':
      return { body: { ok: true } };
    case '/-/whoami':
      return { body: wrongShape ? { username: 5 } : { username: 'alice' } };
    case '/pypi/demo/1.0.0/json':
      return { body: wrongShape ? { info: { name: 'demo' } } : { info: { name: 'demo', version: '1.0.0' }, urls: [PYPI_FILE] } };
    case '/repos/o/r/releases/tags/v1.0.0':
      // The wrong shape is the one that once disabled the download cap: a size that is not a number.
      return { body: wrongShape ? { ...RELEASE, assets: [{ ...RELEASE.assets[0], size: 'abc' }] } : RELEASE };
    case '/repos/o/r/actions/workflows/ci.yml/runs':
      // A pagination loop: "next" always leads back to page 1, which answers the same runs.
      return {
        headers: { link: `<${server.url}/repos/o/r/actions/workflows/ci.yml/runs?page=1>; rel="next"` },
        body: runsPage(Array.from({ length: 100 }, (_, i) => i + 1))
      };
    case '/v2/demo/app/manifests/1.0.0':
      return {
        headers: { 'content-type': OCI_INDEX },
        body: { schemaVersion: 2, mediaType: OCI_INDEX, manifests: wrongShape ? 'none' : [] }
      };
    case '/repos/o/r/actions/workflows/null.yml/runs':
      return { body: { total_count: 1, workflow_runs: [null] } };
    default:
      return { status: 404, body: { message: 'Not Found' } };
  }
}

let server: FaultServer;
let refused: string;
/** Retry waits the HTTP client asked for (its sleep is injected: nothing really waits). */
const waits: number[] = [];

function httpClient(timing: Timing = TIGHT): HttpClient {
  return new HttpClient({
    retries: 2,
    retryBaseMs: 1,
    timeoutMs: timing.timeoutMs,
    deadlineMs: timing.deadlineMs,
    streamDeadlineMs: timing.deadlineMs,
    userAgent: 'fault-table',
    sleep: async (ms) => {
      waits.push(ms);
    }
  });
}

function github(base: string, timing: Timing = TIGHT) {
  return createGitHubApi({
    token: GITHUB_TOKEN,
    apiUrl: base,
    owner: 'o',
    repo: 'r',
    retries: 2,
    retryBaseMs: 1,
    timeoutMs: timing.githubDeadlineMs,
    http: httpClient(timing),
    maxBodyBytes: CAP,
    retryAfterUnitMs: 1
  });
}

type ClientName = 'http' | 'github' | 'npm' | 'pypi' | 'oci';

interface Subject {
  /** The body cap this client's call runs under. */
  cap: number;
  /** Whether the call carries a credential (an off-host answer must then not count). */
  credentialed: boolean;
  /** Resolves only with the good answer; anything else throws the client's own message. */
  call(base: string, timing: Timing): Promise<unknown>;
}

const SUBJECTS: Record<ClientName, Subject> = {
  http: {
    cap: CAP,
    credentialed: true,
    async call(base, timing) {
      const response = await httpClient(timing).request({
        url: `${base}/doc`,
        credential: { header: 'authorization', value: `Bearer ${NPM_TOKEN}` },
        maxBytes: CAP
      });
      return HttpClient.json(response);
    }
  },
  github: {
    cap: CAP,
    credentialed: true,
    async call(base, timing) {
      const release = await github(base, timing).getReleaseByTag('v1.0.0');
      if (release?.assets[0]?.size !== 10) throw new Error(`unexpected release ${JSON.stringify(release)}`);
      return release;
    }
  },
  npm: {
    cap: 4 * 1024 * 1024,
    credentialed: true,
    async call(base, timing) {
      const who = await createNpmApi({ registry: base, token: NPM_TOKEN, http: httpClient(timing) }).whoami();
      if (!who.ok) throw new Error(`whoami refused: ${who.reason}`);
      return who.username;
    }
  },
  oci: {
    cap: 4 * 1024 * 1024,
    credentialed: false,
    async call(base, timing) {
      // Imported here: the OCI client is the newest module of the lot, and only its rows should fail with it.
      const oci = await import('../../src/clients/oci/index.js');
      const image = oci.parseImageRef(`${new URL(base).host}/demo/app`);
      const manifest = await oci.createOciApi({ http: httpClient(timing) }).getManifest(image, '1.0.0');
      if (manifest?.mediaType !== OCI_INDEX) throw new Error(`unexpected manifest ${JSON.stringify(manifest)}`);
      return manifest;
    }
  },
  pypi: {
    cap: 8 * 1024 * 1024,
    credentialed: false,
    async call(base, timing) {
      const release = await createPypiApi({ index: base, http: httpClient(timing) }).release('demo', '1.0.0');
      if (release?.version !== '1.0.0') throw new Error(`unexpected release ${JSON.stringify(release)}`);
      return release;
    }
  }
};

type Outcome = 'pass' | RegExp;

interface Row {
  fault: FaultKind | 'refused';
  /** How many requests get the fault (default: all of them). */
  times?: number;
  /** The bounds its clients run under (default TIGHT). */
  timing?: Timing;
  expect: Partial<Record<ClientName, Outcome>>;
}

const REFUSED = /connection refused \(ECONNREFUSED\)/;
const ALL_PASS: Row['expect'] = { http: 'pass', github: 'pass', npm: 'pass', pypi: 'pass', oci: 'pass' };

const TABLE: Row[] = [
  {
    fault: 'refused',
    expect: {
      http: REFUSED,
      github: /^GitHub could not be reached for releases\/tags\/v1\.0\.0: connection refused/,
      npm: REFUSED,
      pypi: REFUSED,
      oci: REFUSED
    }
  },
  { fault: 'reset-mid-body', times: 1, expect: ALL_PASS },
  {
    fault: 'reset-mid-body',
    expect: {
      http: /the answer broke off: .*\(after 3 attempts\)/,
      github: /GitHub could not answer releases\/tags\/v1\.0\.0: .*the answer broke off/,
      npm: /the answer broke off/,
      pypi: /the answer broke off/,
      oci: /the answer broke off/
    }
  },
  {
    fault: 'slow-headers',
    expect: {
      http: /no answer within 150 ms/,
      github: /did not finish within the request's 300 ms cap/,
      npm: /no answer within 150 ms/,
      pypi: /no answer within 150 ms/,
      oci: /no answer within 150 ms/
    }
  },
  {
    fault: 'drip',
    // An idle timeout far longer than the 20 ms between bytes: only the overall deadline may end it,
    // even when a loaded machine's event loop stalls past 150 ms between two reads.
    timing: { ...TIGHT, timeoutMs: 30_000 },
    expect: {
      http: /the answer broke off: did not finish within the request's 1\.5 s cap \(after 1 attempt\)$/,
      github: /the answer broke off: did not finish within the request's 300 ms cap/,
      npm: /did not finish within the request's 1\.5 s cap/,
      pypi: /did not finish within the request's 1\.5 s cap/,
      oci: /did not finish within the request's 1\.5 s cap/
    }
  },
  { fault: '503', times: 2, expect: ALL_PASS },
  {
    fault: '503',
    expect: {
      http: /answered 503 .*\(after 3 attempts\)/,
      github: /^GitHub answered 503 for releases\/tags\/v1\.0\.0 after retries: busy/,
      npm: /answered 503/,
      pypi: /answered 503/,
      oci: /answered 503/
    }
  },
  { fault: '503-retry-after', times: 1, expect: ALL_PASS },
  { fault: '429', times: 2, expect: ALL_PASS },
  {
    // GitHub's secondary rate limit is waited out; to a registry a 403 is a final answer.
    fault: 'secondary-rate-limit',
    times: 1,
    expect: {
      http: /answered 403 \(.*secondary rate limit/,
      github: 'pass',
      npm: /whoami refused: the registry answered 403/,
      pypi: /answered 403/,
      oci: /denied an anonymous pull of .*\(403\)/
    }
  },
  {
    fault: 'not-http',
    expect: {
      http: /connection (failed|closed)/,
      github: /^GitHub could not be reached for releases\/tags\/v1\.0\.0: connection/,
      npm: /connection (failed|closed)/,
      pypi: /connection (failed|closed)/,
      oci: /connection (failed|closed)/
    }
  },
  {
    fault: 'garbage-body',
    expect: {
      http: /answered 200 with a body that is not JSON/,
      github: /^GitHub answered the release with an unexpected shape: .*\(malformed response\)$/,
      npm: /answered \/-\/whoami with a body that is not JSON/,
      pypi: /PyPI answered 200 for demo 1\.0\.0 with a body that is not JSON/,
      oci: /the manifest of .*demo\/app:1\.0\.0 is not JSON/
    }
  },
  {
    fault: 'wrong-shape',
    expect: {
      github: /^GitHub answered the release with an unexpected shape at assets\.0\.size: .*\(malformed response\)$/,
      npm: /answered \/-\/whoami with an unexpected shape at username/,
      pypi: /without info\.name and info\.version/,
      oci: /the manifest of .*demo\/app:1\.0\.0 .*manifests/
    }
  },
  {
    fault: 'html',
    expect: {
      http: /not JSON/,
      github: /^GitHub answered the release with an unexpected shape: .*\(malformed response\)$/,
      npm: /not JSON/,
      pypi: /not JSON/,
      oci: /the manifest of .*(is not JSON|media type)/
    }
  },
  {
    fault: 'huge-declared',
    expect: {
      http: /answer of 1099511627776 bytes is larger than the 262144 allowed/,
      github: /answer of 1099511627776 bytes is larger than the 262144 allowed/,
      npm: /answer of 1099511627776 bytes is larger than the 4194304 allowed/,
      pypi: /answer of 1099511627776 bytes is larger than the 8388608 allowed/,
      oci: /answer of 1099511627776 bytes is larger than the 4194304 allowed/
    }
  },
  {
    fault: 'huge-endless',
    timing: ROOMY,
    expect: {
      http: /answer is larger than the 262144 bytes allowed/,
      github: /answer is larger than the 262144 bytes allowed/,
      npm: /answer is larger than the 4194304 bytes allowed/,
      pypi: /answer is larger than the 8388608 bytes allowed/,
      oci: /answer is larger than the 4194304 bytes allowed/
    }
  },
  {
    // The other host answers perfectly well; with a credential that answer must not count.
    fault: 'redirect-off-host',
    expect: {
      http: /\/doc redirected to http:\/\/localhost:\d+\/doc, another host; the credential is not sent there, so that host's answer does not count/,
      github:
        /^GitHub could not answer releases\/tags\/v1\.0\.0: .* redirected to http:\/\/localhost:\d+\/repos\/o\/r\/releases\/tags\/v1\.0\.0, off the GitHub API host; the token is not sent there, so that answer does not count — check GITHUB_API_URL/,
      npm: /redirected to http:\/\/localhost:\d+\/-\/whoami, another host; the credential is not sent there/,
      // An anonymous question (PyPI's JSON API) may be answered by the host it is sent to.
      pypi: 'pass',
      oci: 'pass'
    }
  }
];

const CASES = TABLE.flatMap((row) =>
  (Object.entries(row.expect) as [ClientName, Outcome][]).map(([client, outcome]) => ({
    name: `${client}: ${row.fault}${row.times === undefined ? '' : ` ×${row.times}`} → ${outcome === 'pass' ? 'retried, then answered' : 'fails naming the cause'}`,
    client,
    row,
    outcome
  }))
);

beforeAll(async () => {
  server = await startFaultServer(answer);
  refused = await refusedUrl();
});

afterAll(async () => {
  await server.close();
});

describe('fault table', () => {
  it.each(CASES)('$name', async ({ client, row, outcome }) => {
    const subject = SUBJECTS[client];
    server.fault(row.fault === 'refused' ? null : row.fault, row.times);
    waits.length = 0;
    const base = row.fault === 'refused' ? refused : server.url;
    const result = await subject.call(base, row.timing ?? TIGHT).then(
      () => null,
      (error: unknown) => error as Error
    );

    if (outcome === 'pass') {
      expect(result).toBeNull();
      // A fault that was cleared was retried: more requests than the one answer.
      if (row.times !== undefined && row.fault !== 'redirect-off-host') expect(server.requests.length).toBe(row.times + 1);
    } else {
      expect(result).toBeInstanceOf(Error);
      expect(result!.message).toMatch(outcome);
      // One line, and never the credential.
      expect(result!.message).not.toMatch(/\n/);
      expect(result!.message).not.toContain(GITHUB_TOKEN);
      expect(result!.message).not.toContain(NPM_TOKEN);
    }

    if (row.fault === '503-retry-after' && client !== 'github') expect(waits).toEqual([1000]);
    if (row.fault === 'huge-endless') {
      // The reader stopped at its cap: the server could not push much past it (socket buffers only).
      expect(server.mostBytesSent).toBeGreaterThan(subject.cap);
      expect(server.mostBytesSent).toBeLessThan(subject.cap + 16 * 1024 * 1024);
    }
    if (row.fault === 'redirect-off-host') {
      const other = server.requests.filter((r) => r.host === 'other');
      // With a credential the other host is not even asked; without one it is, and gets none.
      expect(other).toHaveLength(subject.credentialed ? 0 : 1);
      expect(other.every((r) => r.auth === undefined)).toBe(true);
    }
  });

  it('github: a run list whose "next" leads back to page 1 ends after one repeat, keeping each run once', async () => {
    server.fault(null);
    const page = await github(server.url).listWorkflowRuns('ci.yml', { headSha: 'a'.repeat(40) });
    expect(page.notModified).toBe(false);
    if (page.notModified) return;
    expect(page.requests).toBe(2);
    expect(page.runs).toHaveLength(100);
    expect(new Set(page.runs.map((r) => r.id)).size).toBe(100);
  });

  it('github: a run list redirected to another host does not count as the run list', async () => {
    server.fault('redirect-off-host');
    await expect(github(server.url).listWorkflowRuns('ci.yml', { headSha: 'a'.repeat(40) })).rejects.toThrow(
      /^GitHub could not answer actions\/workflows\/ci\.yml\/runs: .* off the GitHub API host; the token is not sent there, so that answer does not count/
    );
    expect(server.requests.filter((r) => r.host === 'other')).toEqual([]);
  });

  it('github: a release asset whose bytes drip ends by its deadline, not never', async () => {
    server.fault('drip');
    const api = createGitHubApi({
      token: GITHUB_TOKEN,
      apiUrl: server.url,
      owner: 'o',
      repo: 'r',
      retries: 0,
      retryBaseMs: 1,
      timeoutMs: GITHUB_DEADLINE_MS,
      // As in the drip row: an idle timeout that cannot fire first, so only the asset's deadline ends it.
      http: httpClient({ ...TIGHT, timeoutMs: 30_000 }),
      assetDeadlineBaseMs: 200
    });
    const body = await api.downloadReleaseAsset(7, 1024);
    await expect(
      (async () => {
        for await (const _ of body) void _;
      })()
    ).rejects.toThrow(/\/releases\/assets\/7: the answer broke off: did not finish within the request's 202 ms cap$/);
  });

  it('github: a run list holding null is named as malformed, not a crash on null', async () => {
    server.fault(null);
    await expect(github(server.url).listWorkflowRuns('null.yml', { headSha: 'a'.repeat(40) })).rejects.toThrow(
      /^GitHub answered actions\/workflows\/null\.yml\/runs with an unexpected shape at workflow_runs\.0: .*\(malformed response\)$/
    );
  });
});
