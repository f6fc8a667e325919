/** Git refs, tag objects and commit comparisons: `git/ref`, `git/tags` and `compare`. */
import { clip } from '../../util/text.js';
import type { Comparison, GitRef, TagObject } from './api.js';
import { requireString } from './answers.js';
import { GitHubError } from './errors.js';
import type { GitHubSession } from './session.js';

/** Encodes each path segment but keeps the slashes between them. */
export function pathSegments(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

/** `git/ref/{kind}/{name}`: one exact ref, or null. */
export function getRef(session: GitHubSession, kind: 'tags' | 'heads', name: string): Promise<GitRef | null> {
  const { octokit, owner, repo } = session;
  return session.call(
    `git/ref/${kind}/${clip(name)}`,
    async () => {
      // Slashes stay literal (clients/go/v1.2.3): some GitHub Enterprise Server versions answer 404 to %2F.
      const { data } = await octokit.request(`GET /repos/{owner}/{repo}/git/ref/${kind}/${pathSegments(name)}`, { owner, repo });
      const raw = data as unknown as { ref?: unknown; object?: { sha?: unknown; type?: unknown } };
      // The single-ref endpoint answers prefix matches on some servers (an array, or one
      // object for another ref): only an exact hit is this ref.
      if (Array.isArray(data)) return null;
      const ref = requireString(raw.ref, `ref ${kind}/${clip(name)}`);
      if (ref !== `refs/${kind}/${name}`) return null;
      return {
        ref,
        object: { sha: requireString(raw.object?.sha, 'a ref'), type: requireString(raw.object?.type, 'a ref') }
      };
    },
    null
  );
}

/** `git/tags/{sha}`: an annotated tag object. */
export function getTagObject(session: GitHubSession, sha: string): Promise<TagObject> {
  const { octokit, owner, repo } = session;
  return session.call(`git/tags/${sha}`, async () => {
    const { data } = await octokit.rest.git.getTag({ owner, repo, tag_sha: sha });
    return {
      sha: requireString(data.sha, 'a tag object'),
      tag: requireString(data.tag, 'a tag object'),
      object: { sha: requireString(data.object?.sha, 'a tag object'), type: requireString(data.object?.type, 'a tag object') }
    };
  });
}

/** `compare/{base}...{head}`; null when either side is unknown. */
export function compareCommits(session: GitHubSession, base: string, head: string): Promise<Comparison | null> {
  const { octokit, owner, repo } = session;
  return session.call(
    `compare ${clip(base)}...${head.slice(0, 12)}`,
    async () => {
      // A branch like release/1.x keeps its slash literal, as for tag refs.
      const { data } = await octokit.request(`GET /repos/{owner}/{repo}/compare/${pathSegments(base)}...${pathSegments(head)}`, {
        owner,
        repo,
        per_page: 1
      });
      const status = data.status;
      if (!['ahead', 'behind', 'identical', 'diverged'].includes(status)) {
        throw new GitHubError(`GitHub answered compare with status "${clip(String(status))}" (malformed response)`, null);
      }
      return { status, aheadBy: data.ahead_by, behindBy: data.behind_by, htmlUrl: data.html_url };
    },
    null
  );
}
