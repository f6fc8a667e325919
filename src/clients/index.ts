import type { Settings } from '../settings.js';
import { waitBudget, type WaitBudget } from '../util/poll.js';
import { createGitHubApi, GitHubError, type GitHubApi } from './github/index.js';
import { createGitApi, type GitApi } from './git.js';
import { HttpClient } from './http.js';
import { createGoProxyApi, type GoProxyApi } from './go/proxy.js';
import { createGoSumdbApi, type GoSumdbApi } from './go/sumdb.js';
import { createNpmApi, type NpmApi } from './npm.js';
import { createOciApi, type OciApi } from './oci/index.js';
import { createPypiApi, type PypiApi } from './pypi.js';
import type { SigstoreVerifier, VerifierSource } from './sigstore/index.js';

/** Every outside system a gate talks to, one adapter each; tests swap in fakes. */
export interface Clients {
  github: GitHubApi;
  git: GitApi;
  /** Bounded, retrying HTTP for registries and downloads. */
  http: HttpClient;
  /**
   * The npm registry at a base URL, with the `npm-token` (sent to that registry's host only);
   * `anonymous: true` gives a client that holds no credential at all (smoke).
   */
  npm(registry: string, options?: { anonymous?: boolean }): NpmApi;
  /** An index's PyPI JSON API and PEP 691 simple API, anonymously. */
  pypi(index: string): PypiApi;
  /** OCI registries (container images, Helm charts), anonymously. */
  oci: OciApi;
  /** A Go module proxy (GOPROXY protocol) at a base URL, anonymously. */
  goproxy(proxy: string): GoProxyApi;
  /** A Go checksum database named by a GOSUMDB value (`<name>+<hash>+<key> [<url>]`), anonymously; throws SumdbError for a bad key. */
  gosumdb(spec: string): GoSumdbApi;
  /**
   * Loads Sigstore trusted material; absent: `createVerifier` (public-good through TUF). Tests give one whose
   * TUF mirror is on loopback, so no test reaches the internet.
   */
  sigstore?: (source: VerifierSource) => Promise<SigstoreVerifier>;
}

export const USER_AGENT = 'sketchlog-release-gates/1';

/** `wait` is the run's wait (the context passes its own); a request ends by it plus its grace, or by its own cap if sooner. */
export function createClients(settings: Settings, wait: WaitBudget = waitBudget(settings.waitMinutes)): Clients {
  const http = new HttpClient({
    retries: settings.retries,
    retryBaseMs: settings.retryBaseMs,
    timeoutMs: 30_000,
    userAgent: USER_AGENT,
    wait
  });
  return {
    http,
    git: createGitApi(),
    npm: (registry, options) => createNpmApi({ registry, token: options?.anonymous ? '' : settings.npmToken, http }),
    pypi: (index) => createPypiApi({ index, http }),
    oci: createOciApi({ http }),
    goproxy: (proxy) => createGoProxyApi({ proxy, http }),
    gosumdb: (spec) => createGoSumdbApi({ gosumdb: spec, http }),
    github: settings.token
      ? createGitHubApi({
          token: settings.token,
          apiUrl: settings.apiUrl,
          owner: settings.owner,
          repo: settings.repo,
          retries: settings.retries,
          retryBaseMs: settings.retryBaseMs,
          timeoutMs: 30_000,
          http
        })
      : tokenlessGitHub()
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
    getBranchRef: missing,
    getTagObject: missing,
    compareCommits: missing,
    listWorkflowRuns: missing,
    getReleaseByTag: missing,
    downloadReleaseAsset: missing,
    listAttestations: missing
  };
}
