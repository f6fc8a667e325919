/**
 * The repository-settings routes of the GitHub test server (github-server.ts), for `release-gates doctor`:
 * rulesets (the list of summaries, each in detail), the active rules of a branch, immutable releases,
 * environments and their deployment branch and tag policies, and file contents (read from the server's
 * real git repository at the ref). Every 200 body is validated by the server against GitHub's OpenAPI
 * operation, as for the other routes.
 *
 * `access` plays the token: `admin` sees everything; `no-administration` is a fine-grained token without
 * administration: read (immutable releases answer 403 naming the permission, ruleset details leave out
 * `bypass_actors` as GitHub does for a token that may not edit them); `no-repository` is a token that
 * cannot see the repository at all (GitHub answers 404 to every path, never 403).
 */

export interface RulesetSpec {
  /** Assigned in order (from 1) when left out. */
  id?: number;
  name: string;
  target?: 'branch' | 'tag' | 'push';
  enforcement?: 'active' | 'evaluate' | 'disabled';
  include?: string[];
  exclude?: string[];
  /** Rule types (`update`, `deletion`, `non_fast_forward`, `pull_request`, `required_status_checks`, `creation`, …). */
  rules?: string[];
  bypassActors?: Array<{
    actor_id: number | null;
    actor_type: 'Integration' | 'OrganizationAdmin' | 'RepositoryRole' | 'Team' | 'DeployKey' | 'User';
    bypass_mode?: 'always' | 'pull_request' | 'exempt';
  }>;
  sourceType?: 'Repository' | 'Organization';
}

export interface EnvironmentSpec {
  name: string;
  /** `null`: every branch and tag may deploy; `protected`: protected branches; `custom`: the policies below. */
  deployment: null | 'protected' | 'custom';
  policies?: Array<{ name: string; type: 'branch' | 'tag' }>;
}

export interface RepositorySettingsState {
  rulesets: RulesetSpec[];
  immutableReleases: boolean;
  environments: EnvironmentSpec[];
  defaultBranch: string;
  access: 'admin' | 'no-administration' | 'no-repository';
  /** Largest rulesets page served, whatever per_page asks (tests force pagination with a small one). */
  rulesetPageLimit: number;
}

export function emptySettings(): RepositorySettingsState {
  return { rulesets: [], immutableReleases: false, environments: [], defaultBranch: 'main', access: 'admin', rulesetPageLimit: 100 };
}

export type SettingsAnswer = { status: number; body?: unknown; headers?: Record<string, string>; operation?: string };

export interface SettingsContext {
  base: string;
  owner: string;
  repo: string;
  path: string;
  query: Record<string, string>;
  /** A file's bytes at a branch of the real repository, or null. */
  readFile(ref: string, file: string): Promise<Buffer | null>;
}

const ISO = '2026-11-20T10:00:00Z';
const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

/**
 * Which refs a branch ruleset targets, for `rules/branches`: the server's own small reading of the
 * patterns (exact names, `~ALL`, `~DEFAULT_BRANCH`, `*` within a segment), kept apart from the
 * product's matcher so a mistake there cannot agree with itself here.
 */
function targetsBranch(spec: RulesetSpec, branch: string, defaultBranch: string): boolean {
  const ref = `refs/heads/${branch}`;
  const hit = (p: string) =>
    p === '~ALL' ||
    (p === '~DEFAULT_BRANCH' && branch === defaultBranch) ||
    new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(ref);
  return (spec.include ?? []).some(hit) && !(spec.exclude ?? []).some(hit);
}

export function settingsRoutes(
  state: RepositorySettingsState,
  ctx: SettingsContext,
  method: string,
  rest: string
): Promise<SettingsAnswer | null> | SettingsAnswer | null {
  if (method !== 'GET') return null;
  const known = /^\/(rulesets(\/\d+)?|rules\/branches\/.+|immutable-releases|environments\/[^/]+(\/deployment-branch-policies)?|contents\/.+)$/.test(rest);
  if (!known) return null;
  state.rulesets.forEach((r, i) => (r.id ??= i + 1));
  // A token that cannot see the repository gets 404 everywhere: GitHub does not confirm private repositories exist.
  if (state.access === 'no-repository') return { status: 404, body: NOT_FOUND };
  const r = `${ctx.base}/repos/${ctx.owner}/${ctx.repo}`;
  const html = `https://github.example.test/${ctx.owner}/${ctx.repo}`;
  const summary = (s: RulesetSpec) => ({
    id: s.id!,
    name: s.name,
    target: s.target ?? 'branch',
    source_type: s.sourceType ?? 'Repository',
    source: s.sourceType === 'Organization' ? ctx.owner : `${ctx.owner}/${ctx.repo}`,
    enforcement: s.enforcement ?? 'active',
    node_id: `RRS_${s.id!}`,
    _links: { self: { href: `${r}/rulesets/${s.id!}` }, html: { href: `${html}/rules/${s.id!}` } },
    created_at: ISO,
    updated_at: ISO
  });
  let m: RegExpExecArray | null;

  if (rest === '/rulesets') {
    const perPage = Math.min(Number(ctx.query.per_page ?? 30), 100, state.rulesetPageLimit);
    const page = Math.max(Number(ctx.query.page ?? 1), 1);
    const slice = state.rulesets.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < state.rulesets.length) {
      const next = new URL(`${ctx.base}${ctx.path}`);
      for (const [k, v] of Object.entries({ ...ctx.query, page: String(page + 1) })) next.searchParams.set(k, v);
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { status: 200, operation: 'repos/get-repo-rulesets', body: slice.map(summary), headers };
  }

  if ((m = /^\/rulesets\/(\d+)$/.exec(rest))) {
    const spec = state.rulesets.find((s) => s.id === Number(m![1]));
    if (!spec) return { status: 404, operation: 'repos/get-repo-ruleset', body: NOT_FOUND };
    const body = {
      ...summary(spec),
      conditions: { ref_name: { include: spec.include ?? [], exclude: spec.exclude ?? [] } },
      rules: (spec.rules ?? []).map((type) => ({ type })),
      current_user_can_bypass: 'never',
      // GitHub shows bypass actors only to a token that may edit the ruleset.
      ...(state.access === 'admin' ? { bypass_actors: (spec.bypassActors ?? []).map((a) => ({ bypass_mode: 'always', ...a })) } : {})
    };
    return { status: 200, operation: 'repos/get-repo-ruleset', body };
  }

  if ((m = /^\/rules\/branches\/(.+)$/.exec(rest))) {
    const branch = decodeURIComponent(m[1]!);
    const applying = state.rulesets.filter((s) => (s.target ?? 'branch') === 'branch' && (s.enforcement ?? 'active') === 'active');
    const body = applying
      .filter((s) => targetsBranch(s, branch, state.defaultBranch))
      .flatMap((s) =>
        (s.rules ?? []).map((type) => ({ type, ruleset_source_type: 'Repository', ruleset_source: `${ctx.owner}/${ctx.repo}`, ruleset_id: s.id! }))
      );
    return { status: 200, operation: 'repos/get-branch-rules', body };
  }

  if (rest === '/immutable-releases') {
    if (state.access === 'no-administration') {
      return {
        status: 403,
        headers: { 'x-accepted-github-permissions': 'administration=read' },
        body: { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com/rest', status: '403' }
      };
    }
    // 404 is GitHub's documented answer when they are off; the operation has no body schema for it.
    if (!state.immutableReleases) return { status: 404, body: NOT_FOUND };
    return { status: 200, operation: 'repos/check-immutable-releases', body: { enabled: true, enforced_by_owner: false } };
  }

  if ((m = /^\/environments\/([^/]+)(\/deployment-branch-policies)?$/.exec(rest))) {
    const name = decodeURIComponent(m[1]!);
    const env = state.environments.find((e) => e.name === name);
    // GitHub answers an absent environment 404 (the operation documents only 200).
    if (!env) return { status: 404, body: NOT_FOUND };
    if (m[2]) {
      if (env.deployment !== 'custom') return { status: 404, body: NOT_FOUND };
      const policies = (env.policies ?? []).map((p, i) => ({ id: 300 + i, node_id: `MDE2OkRlcGxveW1lbnRCcmFuY2hQb2xpY3k${i}`, name: p.name, type: p.type }));
      return { status: 200, operation: 'repos/list-deployment-branch-policies', body: { total_count: policies.length, branch_policies: policies } };
    }
    const deployment =
      env.deployment === null ? null : { protected_branches: env.deployment === 'protected', custom_branch_policies: env.deployment === 'custom' };
    const body = {
      id: 161088068,
      node_id: 'MDExOkVudmlyb25tZW50MTYxMDg4MDY4',
      name: env.name,
      url: `${r}/environments/${encodeURIComponent(env.name)}`,
      html_url: `${html}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
      created_at: ISO,
      updated_at: ISO,
      protection_rules: [],
      deployment_branch_policy: deployment
    };
    return { status: 200, operation: 'repos/get-environment', body };
  }

  if ((m = /^\/contents\/(.+)$/.exec(rest))) {
    const file = m[1]!.split('/').map(decodeURIComponent).join('/');
    const ref = ctx.query.ref ?? state.defaultBranch;
    return ctx.readFile(ref, file).then((bytes): SettingsAnswer => {
      if (!bytes) return { status: 404, operation: 'repos/get-content', body: NOT_FOUND };
      // GitHub wraps the base64 at 60 characters, with a line break after each line.
      const content = (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
      const self = `${r}/contents/${file}?ref=${ref}`;
      const body = {
        type: 'file',
        encoding: 'base64',
        size: bytes.length,
        name: file.split('/').pop()!,
        path: file,
        content,
        sha: 'b'.repeat(40),
        url: self,
        git_url: `${r}/git/blobs/${'b'.repeat(40)}`,
        html_url: `${html}/blob/${ref}/${file}`,
        download_url: `https://raw.example.test/${ctx.owner}/${ctx.repo}/${ref}/${file}`,
        _links: { git: `${r}/git/blobs/${'b'.repeat(40)}`, html: `${html}/blob/${ref}/${file}`, self }
      };
      return { status: 200, operation: 'repos/get-content', body };
    });
  }
  return null;
}
