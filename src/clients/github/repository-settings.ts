/**
 * The repository settings `release-gates doctor` reads: rulesets (the list, then each in detail, as the
 * list gives summaries only), the active rules of a branch, immutable releases, an environment and its
 * deployment branch and tag policies, and one file's contents.
 *
 * What a refusal means differs per operation, so each names its own: a 403 that is not a rate limit is
 * always a missing permission (GitHub answers fine-grained tokens and apps "Resource not accessible by
 * …", with the permissions it accepts in `x-accepted-github-permissions`). A 404 is where GitHub hides
 * a repository the token cannot see — but it is also its answer for an absent environment or file, and
 * for immutable releases that are off. So the list operations, whose subject always exists, read a 404
 * as "the repository cannot be seen", while `getEnvironment` and `getFileText` return null and leave it
 * to the caller to tell the two apart (the rulesets list of the same repository does).
 */
import { clip } from '../../util/text.js';
import type { BranchRule, DeploymentPolicy, Environment, ImmutableReleases, Ruleset, RulesetSummary } from './api.js';
import { parseAnswer } from './answers.js';
import { GitHubError, isStatus, SettingUnreadable } from './errors.js';
import { pathSegments } from './refs.js';
import type { GitHubSession } from './session.js';
import { policiesPageSchema, toBranchRules, toEnvironment, toFileText, toImmutableReleases, toPolicies, toRuleset, toSummaries } from './settings-answers.js';

/** More pages than this of one settings list is not a list to read whole (100 entries a page). */
const MAX_SETTINGS_PAGES = 10;
/** A workflow file is a few KiB; GitHub's contents API serves files up to 1 MB inline. */
export const MAX_WORKFLOW_BYTES = 1024 * 1024;

/** The permission each operation needs, as a fine-grained token names it (GitHub's REST reference). */
export const PERMISSIONS = {
  rulesets: 'metadata: read',
  branchRules: 'metadata: read',
  immutableReleases: 'administration: read',
  environments: 'actions: read',
  contents: 'contents: read'
} as const;

interface OctokitFailure {
  status?: number;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** `administration=read,contents=read; actions=read` as "administration: read and contents: read, or actions: read". */
function acceptedPermissions(header: string | undefined): string | null {
  if (!header) return null;
  const sets = header
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .filter(Boolean)
        .join(' and ')
    )
    .filter(Boolean);
  return sets.length ? clip(sets.join(', or '), 120) : null;
}

/**
 * A refusal as SettingUnreadable when it is one: a 403 that is not a rate limit, or (for `notFound:
 * 'unreadable'`) a 404. Anything else is left to the session's description.
 */
function unreadable(session: GitHubSession, what: string, permission: string, error: unknown, notFound: 'unreadable' | 'other'): SettingUnreadable | null {
  const e = error as OctokitFailure;
  const headers = e?.response?.headers ?? {};
  const message = (e?.response?.data as { message?: unknown } | undefined)?.message;
  const said = typeof message === 'string' && message ? ` (GitHub: ${clip(message, 100)})` : '';
  const repository = `${session.owner}/${session.repo}`;
  if (isStatus(error, 403) && headers['x-ratelimit-remaining'] !== '0' && !/rate limit/i.test(typeof message === 'string' ? message : '')) {
    const needs = acceptedPermissions(headers['x-accepted-github-permissions']) ?? permission;
    return new SettingUnreadable(`${what} could not be read: the token needs ${needs}${said}`, 403, needs);
  }
  if (notFound === 'unreadable' && isStatus(error, 404)) {
    return new SettingUnreadable(
      `${what} could not be read: GitHub answered 404, as it does when the token cannot see ${repository}; the token needs ${permission} on ${repository} (check the repository name too)`,
      404,
      permission
    );
  }
  return null;
}

/** One settings request: refusals named by `unreadable`, a 404 returned as null when `notFound` is 'null'. */
async function settingsCall<T>(
  session: GitHubSession,
  what: string,
  permission: string,
  notFound: 'unreadable' | 'null' | 'other',
  fn: () => Promise<T>
): Promise<T | null> {
  session.usableToken();
  try {
    return await fn();
  } catch (error) {
    if (error instanceof GitHubError) throw error;
    const refused = unreadable(session, what, permission, error, notFound === 'unreadable' ? 'unreadable' : 'other');
    if (refused) throw refused;
    if (notFound === 'null' && isStatus(error, 404)) return null;
    throw session.describe(what, error);
  }
}

/** Every page (bounded) of a page-numbered list; `items` reads one page's entries. */
async function allPages<T>(
  session: GitHubSession,
  what: string,
  permission: string,
  fetchPage: (page: number) => Promise<{ data: unknown; headers: { link?: string } }>,
  items: (data: unknown) => T[]
): Promise<T[]> {
  const found: T[] = [];
  for (let page = 1; ; page++) {
    if (page > MAX_SETTINGS_PAGES) {
      throw new GitHubError(`GitHub listed more than ${MAX_SETTINGS_PAGES} pages of ${what}; that is not a list to read whole (malformed response)`, null);
    }
    const response = (await settingsCall(session, what, permission, 'unreadable', () => fetchPage(page)))!;
    const entries = items(response.data);
    found.push(...entries);
    // A page with nothing on it ends the list, whatever its Link header says (a server whose "next" loops).
    if (entries.length === 0 || !/rel="next"/.test(response.headers.link ?? '')) return found;
  }
}

/** `rulesets`: every ruleset that applies to the repository, its organization's included, as summaries. */
export function listRulesets(session: GitHubSession): Promise<RulesetSummary[]> {
  const { octokit, owner, repo } = session;
  const what = `the rulesets of ${owner}/${repo}`;
  return allPages(
    session,
    what,
    PERMISSIONS.rulesets,
    (page) => octokit.request('GET /repos/{owner}/{repo}/rulesets', { owner, repo, includes_parents: true, per_page: 100, page }),
    (data) => toSummaries(data, what)
  );
}

/** `rulesets/{id}`: conditions, rules and (for a token that may edit it) bypass actors. */
export async function getRuleset(session: GitHubSession, id: number): Promise<Ruleset> {
  const { octokit, owner, repo } = session;
  const what = `ruleset ${id} of ${owner}/${repo}`;
  const data = await settingsCall(session, what, PERMISSIONS.rulesets, 'unreadable', async () => {
    const response = await octokit.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', { owner, repo, ruleset_id: id, includes_parents: true });
    return response.data as unknown;
  });
  return toRuleset(data, what);
}

/** `rules/branches/{branch}`: the rules of active rulesets that apply to the branch. */
export function getBranchRules(session: GitHubSession, branch: string): Promise<BranchRule[]> {
  const { octokit, owner, repo } = session;
  const what = `the rules of branch ${clip(branch)} of ${owner}/${repo}`;
  return allPages(
    session,
    what,
    PERMISSIONS.branchRules,
    // Slashes stay literal (release/1.x), as for refs: the operation takes the branch name as path segments.
    (page) => octokit.request(`GET /repos/{owner}/{repo}/rules/branches/${pathSegments(branch)}`, { owner, repo, per_page: 100, page }),
    (data) => toBranchRules(data, what)
  );
}

/** `immutable-releases`: 404 is GitHub's documented answer for "not enabled". */
export async function getImmutableReleases(session: GitHubSession): Promise<ImmutableReleases> {
  const { octokit, owner, repo } = session;
  const what = `the immutable releases setting of ${owner}/${repo}`;
  const data = await settingsCall(session, what, PERMISSIONS.immutableReleases, 'null', async () => {
    const response = await octokit.request('GET /repos/{owner}/{repo}/immutable-releases', { owner, repo });
    return response.data as unknown;
  });
  return data === null ? { enabled: false, enforcedByOwner: false, notFound: true } : toImmutableReleases(data, what);
}

/** `environments/{name}`; null on 404. */
export async function getEnvironment(session: GitHubSession, name: string): Promise<Environment | null> {
  const { octokit, owner, repo } = session;
  const what = `environment "${clip(name)}" of ${owner}/${repo}`;
  const data = await settingsCall(session, what, PERMISSIONS.environments, 'null', async () => {
    // The name is a template variable, so Octokit encodes a slash in it as %2F, as GitHub asks.
    const response = await octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { owner, repo, environment_name: name });
    return response.data as unknown;
  });
  return data === null ? null : toEnvironment(data, what);
}

/** `environments/{name}/deployment-branch-policies`, every page. */
export function listDeploymentPolicies(session: GitHubSession, environment: string): Promise<DeploymentPolicy[]> {
  const { octokit, owner, repo } = session;
  const what = `the deployment branch and tag policies of environment "${clip(environment)}"`;
  return allPages(
    session,
    what,
    PERMISSIONS.environments,
    (page) =>
      octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', {
        owner,
        repo,
        environment_name: environment,
        per_page: 100,
        page
      }),
    (data) => toPolicies(parseAnswer(policiesPageSchema, data, what))
  );
}

/** `contents/{path}?ref=`: a file's text, or null on 404. */
export async function getFileText(session: GitHubSession, path: string, ref: string): Promise<string | null> {
  const { octokit, owner, repo } = session;
  const what = `${clip(path)} on ${clip(ref)}`;
  const data = await settingsCall(session, what, PERMISSIONS.contents, 'null', async () => {
    const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${pathSegments(path)}`, { owner, repo, ref });
    return response.data as unknown;
  });
  return data === null ? null : toFileText(data, what, MAX_WORKFLOW_BYTES);
}
