/**
 * A GitHub REST test server on loopback for the operations release-gates uses.
 *
 * Git data (tag refs, annotated tag objects, compare) is read from a REAL git
 * repository on disk, so tests make real lightweight/annotated/moved tags with
 * git itself. Workflow runs and releases come from plain state the test sets.
 * Every JSON body the server sends is validated against the operation's schema
 * from GitHub's OpenAPI description (extracted by scripts/extract-openapi.mjs);
 * violations are recorded so tests can assert there are none.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Ajv, type ValidateFunction } from 'ajv';
import { compress } from 'snappyjs';
import { emptySettings, settingsRoutes, type RepositorySettingsState } from './github-server-settings.js';

export interface RunSpec {
  id?: number;
  headSha: string;
  /** Workflow file name the run belongs to (default ci.yml). */
  workflow?: string;
  event?: string;
  branch?: string;
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'pending' | 'requested';
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'neutral' | 'action_required' | null;
  runAttempt?: number;
  createdAt?: string;
  /** After this many list requests for its workflow, the run completes with `conclusion`. */
  completeAfter?: { requests: number; conclusion: 'success' | 'failure' };
}

export interface AssetSpec {
  name: string;
  content: Buffer | string;
  contentType?: string;
  state?: 'uploaded' | 'open';
  /** `auto` (default): sha256 of `content`; null: GitHub did not compute one; or a literal `sha256:<hex>`. */
  digest?: 'auto' | null | string;
  /** What a download serves, when it differs from `content` (tampering, an HTML error page). */
  serve?: Buffer | string;
  serveContentType?: string;
}

export interface ReleaseSpec {
  tag: string;
  name?: string;
  draft?: boolean;
  prerelease?: boolean;
  targetCommitish?: string;
  assets?: AssetSpec[];
}

/** A Sigstore bundle GitHub stores as an attestation of one or more subject digests. */
export interface AttestationSpec {
  /** Subject digests (`sha256:<hex>`) the attestation is listed under. */
  subjects: string[];
  bundle: unknown;
  /** `inline` (default): the bundle in the list; `bundle_url`: behind a URL on the storage origin, snappy-compressed. */
  delivery?: 'inline' | 'bundle_url';
  /** What the bundle_url serves instead of snappy(JSON(bundle)) (garbage, a decompression bomb). */
  serve?: Buffer;
}

export interface Fault {
  /** Matched against the request path (without query). */
  path: RegExp;
  /** How many matching requests get the fault before normal answers resume (Infinity: for good). */
  times: number;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  status: number;
  /** performance.now() when the request arrived and when its answer was sent (after any latency). */
  arrivedAt: number;
  answeredAt: number;
}

export interface GitHubServerOptions {
  /** The real git repository whose refs and commits the server answers for. */
  repoDir: string;
  owner?: string;
  repo?: string;
  /** Delay added to every response (benchmarks). */
  latencyMs?: number;
  /** When set, API requests must carry this token (401 otherwise), as GitHub would demand. */
  token?: string;
  /** Honour head_sha/event/branch filters like github.com (true) or ignore them like old GHES (false). */
  honorRunFilters?: boolean;
}

export interface GitHubTestServer {
  /** API base URL, for GITHUB_API_URL. */
  url: string;
  /** Origin that serves release asset bytes after the API's redirect. */
  storageUrl: string;
  owner: string;
  repo: string;
  runs: RunSpec[];
  releases: ReleaseSpec[];
  attestations: AttestationSpec[];
  /** Largest attestation page served, whatever per_page asks (tests force pagination with a small one). */
  attestationPageLimit: number;
  faults: Fault[];
  /** What the repository-settings routes serve (github-server-settings.ts), for release-gates doctor. */
  settings: RepositorySettingsState;
  requests: RecordedRequest[];
  storageRequests: RecordedRequest[];
  violations: string[];
  latencyMs: number;
  honorRunFilters: boolean;
  close(): Promise<void>;
}

interface Operation {
  method: string;
  path: string;
  responses: Record<string, { schema?: unknown; $ref?: string }>;
}
interface OpenApiFixture {
  operations: Record<string, Operation>;
  components: Record<string, unknown>;
}

/**
 * OpenAPI 3.0's `nullable: true` is not JSON Schema: it becomes `type: [t, 'null']`,
 * or `anyOf: [schema, {type: 'null'}]` where the schema has no `type` (allOf/anyOf forms).
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, toJsonSchema(v)]));
  if (nullable !== true) return converted;
  if (typeof converted.type === 'string') {
    const out: Record<string, unknown> = { ...converted, type: [converted.type, 'null'] };
    if (Array.isArray(converted.enum)) out.enum = [...(converted.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [converted, { type: 'null' }] };
}

const fixture = toJsonSchema(JSON.parse(readFileSync(new URL('./github-openapi.json', import.meta.url), 'utf8'))) as OpenApiFixture;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'github', components: fixture.components });
const validators = new Map<string, ValidateFunction>();

/** The validator for an operation's response with `status`, following response $refs. */
function validatorFor(operationId: string, status: number): ValidateFunction | null {
  const key = `${operationId} ${status}`;
  if (validators.has(key)) return validators.get(key)!;
  const response = fixture.operations[operationId]?.responses[String(status)];
  if (!response) return null;
  let schema: unknown = response.schema;
  if (response.$ref) {
    const name = response.$ref.split('/').pop()!;
    const shared = (fixture.components.responses as Record<string, { content?: Record<string, { schema: unknown }> }>)[name];
    schema = shared?.content?.['application/json']?.schema;
  }
  if (!schema) return null;
  const validate = compileInline(schema);
  validators.set(key, validate);
  return validate;
}

function compileInline(schema: unknown): ValidateFunction {
  // Inline schemas reference components by `#/components/...`; point those at the shared document.
  const text = JSON.stringify(schema).replaceAll('"#/components/', '"github#/components/');
  return ajv.compile(JSON.parse(text) as object);
}

const execFileAsync = promisify(execFile);

/**
 * Asks the real repository. Asynchronous so one request's git calls never block
 * the server from taking the next request (the gates send theirs concurrently).
 */
async function git(repoDir: string, args: string[]): Promise<string | null> {
  // Answers about objects named by full SHA never change (commits, tag objects,
  // merge bases, counts between two SHAs); answers about names (refs) may, so only
  // the former are cached.
  const immutable = args.every((a) => !a.startsWith('refs/') && a !== 'HEAD') && args.some((a) => /[0-9a-f]{40}/.test(a));
  const key = `${repoDir}\0${args.join('\0')}`;
  if (immutable && gitCache.has(key)) return gitCache.get(key)!;
  const answer = await runGit(repoDir, args);
  if (immutable && answer !== null) gitCache.set(key, answer);
  return answer;
}

const gitCache = new Map<string, string>();

async function runGit(repoDir: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', repoDir, ...args], { encoding: 'utf8' });
    return stdout.trim();
  } catch {
    return null;
  }
}

/** Compiles every operation's validators up front, so the first request is not slowed by it. */
function compileAllValidators(): void {
  for (const [operationId, op] of Object.entries(fixture.operations)) {
    for (const status of Object.keys(op.responses)) validatorFor(operationId, Number(status));
  }
}

const ISO = '2026-11-20T10:00:00Z';

function user(base: string, login: string, id: number) {
  const u = `${base}/users/${login}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.example.test/u/${id}`,
    gravatar_id: '',
    url: u,
    html_url: `https://github.example.test/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: 'User',
    site_admin: false
  };
}

function minimalRepository(base: string, owner: string, repo: string) {
  const r = `${base}/repos/${owner}/${repo}`;
  const names = [
    'archive_url',
    'assignees_url',
    'blobs_url',
    'branches_url',
    'collaborators_url',
    'comments_url',
    'commits_url',
    'compare_url',
    'contents_url',
    'contributors_url',
    'deployments_url',
    'downloads_url',
    'events_url',
    'forks_url',
    'git_commits_url',
    'git_refs_url',
    'git_tags_url',
    'hooks_url',
    'issue_comment_url',
    'issue_events_url',
    'issues_url',
    'keys_url',
    'labels_url',
    'languages_url',
    'merges_url',
    'milestones_url',
    'notifications_url',
    'pulls_url',
    'releases_url',
    'stargazers_url',
    'statuses_url',
    'subscribers_url',
    'subscription_url',
    'tags_url',
    'teams_url',
    'trees_url'
  ];
  return {
    id: 4242,
    node_id: 'R_4242',
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: user(base, owner, 1),
    private: false,
    html_url: `https://github.example.test/${owner}/${repo}`,
    description: 'test repository',
    fork: false,
    url: r,
    ...Object.fromEntries(names.map((n) => [n, `${r}/${n.replace(/_url$/, '')}`]))
  };
}

export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubTestServer> {
  const owner = options.owner ?? 'sketchlog';
  const repo = options.repo ?? 'sketchlog';
  const repoDir = options.repoDir;
  const runListRequests = new Map<string, number>();
  let nextRunId = 9000;
  let nextAssetId = 700;
  let nextReleaseId = 100;
  const assetIds = new WeakMap<AssetSpec, number>();
  const releaseIds = new WeakMap<ReleaseSpec, number>();

  const state: GitHubTestServer = {
    url: '',
    storageUrl: '',
    owner,
    repo,
    runs: [],
    releases: [],
    attestations: [],
    attestationPageLimit: 100,
    faults: [],
    settings: emptySettings(),
    requests: [],
    storageRequests: [],
    violations: [],
    latencyMs: options.latencyMs ?? 0,
    honorRunFilters: options.honorRunFilters ?? true,
    close: async () => {}
  };

  const assetId = (a: AssetSpec) => {
    if (!assetIds.has(a)) assetIds.set(a, nextAssetId++);
    return assetIds.get(a)!;
  };
  const releaseId = (r: ReleaseSpec) => {
    if (!releaseIds.has(r)) releaseIds.set(r, nextReleaseId++);
    return releaseIds.get(r)!;
  };

  const storage = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://storage');
    const bundle = /^\/attestation-bundles\/(\d+)$/.exec(url.pathname);
    if (bundle) {
      const spec = state.attestations[Number(bundle[1])];
      const now = performance.now();
      state.storageRequests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: {},
        headers: req.headers,
        status: spec ? 200 : 404,
        arrivedAt: now,
        answeredAt: now
      });
      if (!spec) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('no such bundle');
        return;
      }
      // GitHub serves these snappy-compressed (raw block format) as application/x-snappy.
      const body = spec.serve ?? Buffer.from(compress(new Uint8Array(Buffer.from(JSON.stringify(spec.bundle)))));
      res.writeHead(200, { 'content-type': 'application/x-snappy', 'content-length': String(body.length) }).end(body);
      return;
    }
    const m = /^\/assets\/(\d+)\//.exec(url.pathname);
    const asset = m ? findAsset(Number(m[1])) : undefined;
    const status = asset ? 200 : 404;
    const now = performance.now();
    state.storageRequests.push({ method: req.method ?? 'GET', path: url.pathname, query: {}, headers: req.headers, status, arrivedAt: now, answeredAt: now });
    if (!asset) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such asset');
      return;
    }
    const body = Buffer.from(asset.serve ?? asset.content);
    res.writeHead(200, {
      'content-type': asset.serveContentType ?? asset.contentType ?? 'application/octet-stream',
      'content-length': String(body.length)
    });
    res.end(body);
  });

  function findAsset(id: number): AssetSpec | undefined {
    for (const r of state.releases) for (const a of r.assets ?? []) if (assetId(a) === id) return a;
    return undefined;
  }

  const base = () => state.url;

  async function commitObject(sha: string) {
    const raw = (await git(repoDir, ['show', '-s', '--format=%P%n%an%n%ae%n%aI%n%T%n%B', sha])) ?? '';
    const [parents = '', name = 'x', email = 'x@example.test', date = ISO, tree = sha, ...message] = raw.split('\n');
    const r = `${base()}/repos/${owner}/${repo}`;
    const who = { name, email, date };
    return {
      url: `${r}/commits/${sha}`,
      sha,
      node_id: `C_${sha.slice(0, 8)}`,
      html_url: `https://github.example.test/${owner}/${repo}/commit/${sha}`,
      comments_url: `${r}/commits/${sha}/comments`,
      commit: {
        url: `${r}/git/commits/${sha}`,
        author: who,
        committer: who,
        message: message.join('\n').trim(),
        comment_count: 0,
        tree: { sha: tree, url: `${r}/git/trees/${tree}` }
      },
      author: null,
      committer: null,
      parents: parents
        .split(' ')
        .filter(Boolean)
        .map((p) => ({ sha: p, url: `${r}/commits/${p}` }))
    };
  }

  function workflowRun(run: RunSpec) {
    const r = `${base()}/repos/${owner}/${repo}`;
    const id = run.id!;
    const workflow = run.workflow ?? 'ci.yml';
    return {
      id,
      name: 'CI',
      node_id: `WFR_${id}`,
      head_branch: run.branch ?? 'main',
      head_sha: run.headSha,
      path: `.github/workflows/${workflow}`,
      display_title: `CI for ${run.headSha.slice(0, 7)}`,
      run_number: id - 8000,
      run_attempt: run.runAttempt ?? 1,
      event: run.event ?? 'push',
      status: run.status ?? 'completed',
      conclusion: (run.status ?? 'completed') === 'completed' ? (run.conclusion === undefined ? 'success' : run.conclusion) : null,
      workflow_id: 77,
      url: `${r}/actions/runs/${id}`,
      html_url: `https://github.example.test/${owner}/${repo}/actions/runs/${id}`,
      pull_requests: [],
      created_at: run.createdAt ?? ISO,
      updated_at: run.createdAt ?? ISO,
      jobs_url: `${r}/actions/runs/${id}/jobs`,
      logs_url: `${r}/actions/runs/${id}/logs`,
      check_suite_url: `${r}/check-suites/${id}`,
      artifacts_url: `${r}/actions/runs/${id}/artifacts`,
      cancel_url: `${r}/actions/runs/${id}/cancel`,
      rerun_url: `${r}/actions/runs/${id}/rerun`,
      workflow_url: `${r}/actions/workflows/77`,
      head_commit: null,
      repository: minimalRepository(base(), owner, repo),
      head_repository: minimalRepository(base(), owner, repo)
    };
  }

  function releaseAsset(a: AssetSpec) {
    const id = assetId(a);
    const content = Buffer.from(a.content);
    const digest = a.digest === undefined || a.digest === 'auto' ? `sha256:${createHash('sha256').update(content).digest('hex')}` : a.digest;
    return {
      url: `${base()}/repos/${owner}/${repo}/releases/assets/${id}`,
      browser_download_url: `https://github.example.test/${owner}/${repo}/releases/download/x/${a.name}`,
      id,
      node_id: `RA_${id}`,
      name: a.name,
      label: null,
      state: a.state ?? 'uploaded',
      content_type: a.contentType ?? 'application/octet-stream',
      size: content.length,
      digest,
      download_count: 0,
      created_at: ISO,
      updated_at: ISO,
      uploader: user(base(), 'release-bot', 2)
    };
  }

  function release(r: ReleaseSpec) {
    const id = releaseId(r);
    const api = `${base()}/repos/${owner}/${repo}`;
    return {
      url: `${api}/releases/${id}`,
      html_url: `https://github.example.test/${owner}/${repo}/releases/tag/${r.tag}`,
      assets_url: `${api}/releases/${id}/assets`,
      upload_url: `https://uploads.example.test/repos/${owner}/${repo}/releases/${id}/assets{?name,label}`,
      tarball_url: `${api}/tarball/${r.tag}`,
      zipball_url: `${api}/zipball/${r.tag}`,
      id,
      node_id: `RE_${id}`,
      tag_name: r.tag,
      target_commitish: r.targetCommitish ?? 'main',
      name: r.name ?? r.tag,
      body: `Release ${r.tag}`,
      draft: r.draft ?? false,
      prerelease: r.prerelease ?? false,
      created_at: ISO,
      published_at: r.draft ? null : ISO,
      author: user(base(), 'release-bot', 2),
      assets: (r.assets ?? []).map(releaseAsset)
    };
  }

  type Answer = { status: number; body?: unknown; headers?: Record<string, string>; operation?: string };

  const notFound = (operation: string): Answer => ({
    status: 404,
    operation,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
  });

  async function route(method: string, path: string, query: Record<string, string>, headers: http.IncomingHttpHeaders): Promise<Answer> {
    const prefix = `/repos/${owner}/${repo}`;
    if (!path.startsWith(`${prefix}/`)) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    const rest = path.slice(prefix.length);
    let m: RegExpExecArray | null;

    if (method === 'GET' && (m = /^\/git\/ref\/(.+)$/.exec(rest))) {
      const ref = decodeURIComponent(m[1]!);
      const sha = await git(repoDir, ['rev-parse', '--verify', '-q', `refs/${ref}`]);
      if (!sha) return notFound('git/get-ref');
      const type = (await git(repoDir, ['cat-file', '-t', sha])) ?? 'commit';
      const api = `${base()}/repos/${owner}/${repo}`;
      return {
        status: 200,
        operation: 'git/get-ref',
        body: { ref: `refs/${ref}`, node_id: `REF_${sha.slice(0, 8)}`, url: `${api}/git/refs/${ref}`, object: { type, sha, url: `${api}/git/${type}s/${sha}` } }
      };
    }

    if (method === 'GET' && (m = /^\/git\/tags\/([0-9a-f]{40})$/.exec(rest))) {
      const sha = m[1]!;
      if ((await git(repoDir, ['cat-file', '-t', sha])) !== 'tag') return notFound('git/get-tag');
      const raw = (await git(repoDir, ['cat-file', '-p', sha])) ?? '';
      const [head = '', ...message] = raw.split('\n\n');
      const field = (name: string) => new RegExp(`^${name} (.*)$`, 'm').exec(head)?.[1] ?? '';
      const tagger = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(field('tagger'));
      const api = `${base()}/repos/${owner}/${repo}`;
      const objectType = field('type');
      return {
        status: 200,
        operation: 'git/get-tag',
        body: {
          node_id: `TAG_${sha.slice(0, 8)}`,
          tag: field('tag'),
          sha,
          url: `${api}/git/tags/${sha}`,
          message: message.join('\n\n'),
          tagger: {
            name: tagger?.[1] ?? 'unknown',
            email: tagger?.[2] ?? 'unknown@example.test',
            date: tagger ? new Date(Number(tagger[3]) * 1000).toISOString().replace('.000', '') : ISO
          },
          object: { sha: field('object'), type: objectType, url: `${api}/git/${objectType}s/${field('object')}` },
          verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
        }
      };
    }

    if (method === 'GET' && (m = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest))) {
      const resolve = (name: string) =>
        git(repoDir, ['rev-parse', '--verify', '-q', /^[0-9a-f]{40}$/.test(name) ? `${name}^{commit}` : `refs/heads/${name}^{commit}`]);
      const [baseSha, headSha] = await Promise.all([resolve(decodeURIComponent(m[1]!)), resolve(decodeURIComponent(m[2]!))]);
      if (!baseSha || !headSha) return notFound('repos/compare-commits');
      const mergeBase = await git(repoDir, ['merge-base', baseSha, headSha]);
      if (!mergeBase) return notFound('repos/compare-commits');
      const [aheadText, behindText, commitList] = await Promise.all([
        git(repoDir, ['rev-list', '--count', `${baseSha}..${headSha}`]),
        git(repoDir, ['rev-list', '--count', `${headSha}..${baseSha}`]),
        git(repoDir, ['rev-list', '--reverse', `${baseSha}..${headSha}`])
      ]);
      const ahead = Number(aheadText);
      const behind = Number(behindText);
      const status = ahead === 0 && behind === 0 ? 'identical' : ahead === 0 ? 'behind' : behind === 0 ? 'ahead' : 'diverged';
      const api = `${base()}/repos/${owner}/${repo}`;
      const html = `https://github.example.test/${owner}/${repo}/compare/${m[1]}...${m[2]}`;
      const perPage = Number(query.per_page ?? 250);
      const commits = (commitList ?? '').split('\n').filter(Boolean);
      return {
        status: 200,
        operation: 'repos/compare-commits',
        body: {
          url: `${api}/compare/${m[1]}...${m[2]}`,
          html_url: html,
          permalink_url: html,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: await commitObject(baseSha),
          merge_base_commit: await commitObject(mergeBase),
          status,
          ahead_by: ahead,
          behind_by: behind,
          total_commits: ahead,
          commits: await Promise.all(commits.slice(0, perPage).map(commitObject)),
          files: []
        }
      };
    }

    if (method === 'GET' && (m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest))) {
      const workflow = decodeURIComponent(m[1]!);
      const count = (runListRequests.get(workflow) ?? 0) + 1;
      runListRequests.set(workflow, count);
      for (const run of state.runs) {
        if (run.id === undefined) run.id = nextRunId++;
        if (run.completeAfter && count >= run.completeAfter.requests && run.status !== 'completed') {
          run.status = 'completed';
          run.conclusion = run.completeAfter.conclusion;
        }
      }
      let runs = state.runs.filter((r) => (r.workflow ?? 'ci.yml') === workflow);
      if (state.honorRunFilters) {
        if (query.head_sha) runs = runs.filter((r) => r.headSha === query.head_sha);
        if (query.event) runs = runs.filter((r) => (r.event ?? 'push') === query.event);
        if (query.branch) runs = runs.filter((r) => (r.branch ?? 'main') === query.branch);
      }
      // Newest first, as GitHub lists them.
      runs = [...runs].sort((a, b) => b.id! - a.id!);
      const perPage = Math.min(Number(query.per_page ?? 30), 100);
      const page = Math.max(Number(query.page ?? 1), 1);
      const slice = runs.slice((page - 1) * perPage, page * perPage);
      const body = { total_count: runs.length, workflow_runs: slice.map(workflowRun) };
      const etag = `W/"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;
      const pages = Math.max(Math.ceil(runs.length / perPage), 1);
      const link = (p: number, rel: string) => {
        const u = new URL(`${base()}${path}`);
        for (const [k, v] of Object.entries({ ...query, page: String(p) })) u.searchParams.set(k, v);
        return `<${u.toString()}>; rel="${rel}"`;
      };
      const links = [...(page < pages ? [link(page + 1, 'next'), link(pages, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
      const headersOut: Record<string, string> = { etag };
      if (links.length) headersOut.link = links.join(', ');
      if (headers['if-none-match'] === etag) return { status: 304, headers: headersOut };
      return { status: 200, operation: 'actions/list-workflow-runs', body, headers: headersOut };
    }

    if (method === 'GET' && (m = /^\/releases\/tags\/(.+)$/.exec(rest))) {
      const tag = decodeURIComponent(m[1]!);
      const found = state.releases.find((r) => r.tag === tag);
      if (!found) return notFound('repos/get-release-by-tag');
      return { status: 200, operation: 'repos/get-release-by-tag', body: release(found) };
    }

    if (method === 'GET' && (m = /^\/releases\/assets\/(\d+)$/.exec(rest))) {
      const asset = findAsset(Number(m[1]));
      if (!asset) return notFound('repos/get-release-asset');
      if ((headers.accept ?? '').includes('application/octet-stream')) {
        return { status: 302, headers: { location: `${state.storageUrl}/assets/${assetId(asset)}/${encodeURIComponent(asset.name)}` } };
      }
      return { status: 200, operation: 'repos/get-release-asset', body: releaseAsset(asset) };
    }

    if (method === 'GET' && (m = /^\/attestations\/([^/]+)$/.exec(rest))) {
      const digest = decodeURIComponent(m[1]!);
      const matching = state.attestations.map((spec, index) => ({ spec, index })).filter(({ spec }) => spec.subjects.includes(digest));
      // GitHub answers 404 when it holds no attestation for the digest.
      if (matching.length === 0) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      const perPage = Math.min(Number(query.per_page ?? 30), 100, state.attestationPageLimit);
      // Cursor pagination (`after`), as GitHub pages this list: the cursor is opaque to clients.
      const start = query.after ? Number(Buffer.from(query.after, 'base64url').toString('utf8')) : 0;
      const slice = matching.slice(start, start + perPage);
      const headersOut: Record<string, string> = {};
      if (start + perPage < matching.length) {
        const next = new URL(`${base()}${path}`);
        for (const [k, v] of Object.entries({ ...query, after: Buffer.from(String(start + perPage)).toString('base64url') })) next.searchParams.set(k, v);
        headersOut.link = `<${next.toString()}>; rel="next"`;
      }
      const body = {
        attestations: slice.map(({ spec, index }) =>
          (spec.delivery ?? 'inline') === 'inline'
            ? { bundle: spec.bundle, repository_id: 4242, bundle_url: `${state.storageUrl}/attestation-bundles/${index}` }
            : { repository_id: 4242, bundle_url: `${state.storageUrl}/attestation-bundles/${index}` }
        )
      };
      return { status: 200, operation: 'repos/list-attestations', body, headers: headersOut };
    }

    const settings = await settingsRoutes(state.settings, { base: base(), owner, repo, path, query, readFile }, method, rest);
    if (settings) return settings;

    return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
  }

  /** A file at a branch of the real repository, for the contents route. */
  async function readFile(ref: string, file: string): Promise<Buffer | null> {
    try {
      const { stdout } = await execFileAsync('git', ['-C', repoDir, 'show', `refs/heads/${ref}:${file}`], { encoding: 'buffer' });
      return stdout;
    } catch {
      return null;
    }
  }

  const api = http.createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const arrivedAt = performance.now();
    const url = new URL(req.url ?? '/', 'http://api');
    const query = Object.fromEntries(url.searchParams.entries());
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v3/, '');
    let answer: Answer;
    const fault = state.faults.find((f) => f.times > 0 && f.path.test(path));
    const auth = req.headers.authorization ?? '';
    if (fault) {
      fault.times -= 1;
      answer = { status: fault.status, headers: fault.headers, body: fault.body ?? { message: 'Server Error' } };
    } else if (options.token && auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      answer = { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
    } else {
      answer = await route(method, path, query, req.headers);
    }
    const recorded: RecordedRequest = { method, path, query, headers: req.headers, status: answer.status, arrivedAt, answeredAt: arrivedAt };
    state.requests.push(recorded);
    if (answer.operation && answer.body !== undefined) {
      const validate = validatorFor(answer.operation, answer.status);
      if (!validate) {
        state.violations.push(`${answer.operation} ${answer.status}: no schema for this status in GitHub's OpenAPI description`);
      } else if (!validate(answer.body)) {
        state.violations.push(`${answer.operation} ${answer.status}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    const send = () => {
      recorded.answeredAt = performance.now();
      const headersOut: Record<string, string> = {
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...answer.headers
      };
      if (answer.body === undefined) {
        res.writeHead(answer.status, headersOut).end();
        return;
      }
      const text = JSON.stringify(answer.body);
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...headersOut }).end(text);
    };
    // The latency is the response time seen by the client, the server's own git work included.
    const wait = arrivedAt + state.latencyMs - performance.now();
    if (wait > 0) setTimeout(send, wait);
    else send();
  }

  compileAllValidators();
  await Promise.all([
    new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve)),
    new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve))
  ]);
  state.url = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  // A different origin (localhost vs 127.0.0.1, another port): tokens must not follow the redirect here.
  state.storageUrl = `http://localhost:${(storage.address() as AddressInfo).port}`;
  state.close = async () => {
    api.closeAllConnections();
    storage.closeAllConnections();
    await Promise.all([new Promise((r) => api.close(r)), new Promise((r) => storage.close(r))]);
  };
  return state;
}

/** A GitHub secondary-rate-limit answer, as github.com sends it. */
export function secondaryRateLimit(retryAfterSeconds: number, times = 1, path = /./): Fault {
  return {
    path,
    times,
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
    }
  };
}

/** A server error for `times` requests matching `path`. */
export function serverError(status = 502, times = 1, path = /./): Fault {
  return { path, times, status, body: { message: 'Server Error' } };
}
