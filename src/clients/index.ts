import type { Settings } from '../settings.js';
import { waitBudget, type WaitBudget } from '../util/poll.js';
import type { GitHubApi, GitHubOptions } from './github/api.js';
import { GitHubError } from './github/errors.js';
import { createGitApi, type GitApi } from './git.js';
import { HttpClient } from './http.js';
import { createGoProxyApi, type GoProxyApi } from './go/proxy.js';
import { createGoSumdbApi, type GoSumdbApi } from './go/sumdb.js';
import { createNpmApi, type NpmApi } from './npm/index.js';
import { createOciApi, type OciApi } from './oci/index.js';
import { createPypiApi, type PypiApi } from './pypi.js';
import type { SigstoreVerifier, VerifierSource } from './sigstore/index.js';

/**
 * Every outside system a gate talks to, one adapter each; tests swap in fakes. A factory taking a
 * registry, index or source hands back the same client for the same argument within a run.
 */
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
   * A Sigstore verifier over trusted material (a trusted_root.json, or public-good through TUF), loaded once per
   * source. Tests give one whose TUF mirror is on loopback, so no test reaches the internet.
   */
  sigstore(source: VerifierSource): Promise<SigstoreVerifier>;
}

export const USER_AGENT = 'sketchlog-release-gates/1';

/**
 * A factory that builds one client per key and gives the same one back for that key: a check that asks
 * a registry several times, and checks sharing it, use one client. A factory that throws caches nothing.
 */
function memoized<A extends unknown[], T>(keyOf: (...args: A) => string, build: (...args: A) => T): (...args: A) => T {
  const built = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let client = built.get(key);
    if (client === undefined) {
      client = build(...args);
      built.set(key, client);
    }
    return client;
  };
}

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
    npm: memoized(
      (registry: string, options?: { anonymous?: boolean }) => `${options?.anonymous ? 'anonymous' : 'npm-token'} ${registry}`,
      (registry, options) => createNpmApi({ registry, token: options?.anonymous ? '' : settings.npmToken, http })
    ),
    pypi: memoized(
      (index: string) => index,
      (index) => createPypiApi({ index, http })
    ),
    oci: createOciApi({ http }),
    goproxy: memoized(
      (proxy: string) => proxy,
      (proxy) => createGoProxyApi({ proxy, http })
    ),
    gosumdb: memoized(
      (spec: string) => spec,
      (spec) => createGoSumdbApi({ gosumdb: spec, http })
    ),
    // Sigstore's libraries load only for the gates that verify something.
    sigstore: memoized(
      (source: VerifierSource) => JSON.stringify(source),
      async (source) => (await import('./sigstore/index.js')).createVerifier(source)
    ),
    github: settings.token
      ? lazyGitHub({
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

/** Every method of the GitHub client, for the two stand-ins below. */
const GITHUB_METHODS = [
  'getTagRef',
  'getBranchRef',
  'getTagObject',
  'compareCommits',
  'listWorkflowRuns',
  'getReleaseByTag',
  'downloadReleaseAsset',
  'listAttestations',
  'listRulesets',
  'getRuleset',
  'getBranchRules',
  'getImmutableReleases',
  'getEnvironment',
  'listDeploymentPolicies',
  'getFileText'
] as const satisfies ReadonlyArray<keyof GitHubApi>;
// A method added to GitHubApi and not listed here fails to compile.
const everyMethodListed: Exclude<keyof GitHubApi, (typeof GITHUB_METHODS)[number]> extends never ? true : never = true;
void everyMethodListed;

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

/**
 * The GitHub client, loaded at its first call: Octokit with its plugins and undici cost about
 * 30 MiB of a process's memory, which a gate that never asks GitHub (smoke, most of publication)
 * does not pay. Each call still runs in its caller's check scope (the promise chain keeps it).
 */
function lazyGitHub(options: GitHubOptions): GitHubApi {
  let loaded: Promise<GitHubApi> | null = null;
  const api = () => (loaded ??= import('./github/index.js').then((m) => m.createGitHubApi(options)));
  const forward =
    (name: (typeof GITHUB_METHODS)[number]): AnyMethod =>
    (...args) =>
      api().then((real) => (real[name] as AnyMethod)(...args));
  return Object.fromEntries(GITHUB_METHODS.map((name) => [name, forward(name)])) as unknown as GitHubApi;
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
  return Object.fromEntries(GITHUB_METHODS.map((name) => [name, missing])) as unknown as GitHubApi;
}
