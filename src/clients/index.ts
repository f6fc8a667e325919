import type { Settings } from '../settings.js';
import { createGitHubApi, GitHubError, type GitHubApi } from './github.js';
import { createGitApi, type GitApi } from './git.js';
import { HttpClient } from './http.js';
import { createNpmApi, type NpmApi } from './npm.js';
import { createOciApi, type OciApi } from './oci.js';
import { createPypiApi, type PypiApi } from './pypi.js';

/** Every outside system a gate talks to, one adapter each; tests swap in fakes. */
export interface Clients {
  github: GitHubApi;
  git: GitApi;
  /** Bounded, retrying HTTP for registries and downloads. */
  http: HttpClient;
  /** The npm registry at a base URL, with the `npm-token` (sent to that registry's host only). */
  npm(registry: string): NpmApi;
  /** The PyPI JSON API of an index. */
  pypi(index: string): PypiApi;
  /** OCI registries (container images, Helm charts), anonymously. */
  oci: OciApi;
}

export const USER_AGENT = 'sketchlog-release-gates/1';

export function createClients(settings: Settings): Clients {
  const http = new HttpClient({
    retries: settings.retries,
    retryBaseMs: settings.retryBaseMs,
    timeoutMs: 30_000,
    userAgent: USER_AGENT
  });
  return {
    http,
    git: createGitApi(),
    npm: (registry) => createNpmApi({ registry, token: settings.npmToken, http }),
    pypi: (index) => createPypiApi({ index, http }),
    oci: createOciApi({ http }),
    github: settings.token ? createGitHubApi({
      token: settings.token,
      apiUrl: settings.apiUrl,
      owner: settings.owner,
      repo: settings.repo,
      retries: settings.retries,
      retryBaseMs: settings.retryBaseMs,
      timeoutMs: 30_000,
      http
    }) : tokenlessGitHub()
  };
}

/**
 * Without a token only the checks that ask GitHub fail, each with the fix;
 * gates that read the workspace alone (artifacts) still run.
 */
export function tokenlessGitHub(): GitHubApi {
  const missing = (): Promise<never> =>
    Promise.reject(
      new GitHubError('no GitHub token: input "token" is empty; keep its default (github.token) or pass a token with the permissions in the README', null)
    );
  return {
    getTagRef: missing,
    getTagObject: missing,
    compareCommits: missing,
    listWorkflowRuns: missing,
    getReleaseByTag: missing,
    downloadReleaseAsset: missing
  };
}
