import type { Settings } from '../settings.js';
import { createGitHubApi, type GitHubApi } from './github.js';
import { createGitApi, type GitApi } from './git.js';
import { HttpClient } from './http.js';

/** Every outside system a gate talks to, one adapter each; tests swap in fakes. */
export interface Clients {
  github: GitHubApi;
  git: GitApi;
  /** Bounded, retrying HTTP for registries and downloads. */
  http: HttpClient;
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
    github: createGitHubApi({
      token: settings.token,
      apiUrl: settings.apiUrl,
      owner: settings.owner,
      repo: settings.repo,
      retries: settings.retries,
      retryBaseMs: settings.retryBaseMs,
      timeoutMs: 30_000,
      http
    })
  };
}
