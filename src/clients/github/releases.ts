/** GitHub releases: `releases/tags/{tag}` and the download of a release asset's bytes. */
import { clip } from '../../util/text.js';
import { HttpError } from '../http.js';
import type { Release } from './api.js';
import { toRelease } from './answers.js';
import { GitHubError } from './errors.js';
import type { GitHubSession } from './session.js';

/**
 * A release asset download must end: a base time (one minute), plus the asset's size at a slow
 * 512 KiB/s. A checksum file then has about a minute; a storage host that drips bytes is cut off.
 */
function assetDeadlineMs(maxBytes: number, baseMs = 60_000): number {
  return baseMs + Math.ceil((maxBytes / (512 * 1024)) * 1000);
}

/** `releases/tags/{tag}`; null when there is no release for the tag. */
export function getReleaseByTag(session: GitHubSession, tag: string): Promise<Release | null> {
  const { octokit, owner, repo } = session;
  return session.call(
    `releases/tags/${clip(tag)}`,
    async () => {
      const { data } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag });
      return toRelease(data);
    },
    null
  );
}

/** A release asset's bytes, at most `maxBytes`, following the storage redirect without the token. */
export async function downloadReleaseAsset(session: GitHubSession, assetId: number, maxBytes: number): Promise<AsyncIterable<Uint8Array>> {
  const { options, owner, repo } = session;
  session.usableToken();
  // A limit that is not a byte count (NaN from a malformed size) would disable the bound.
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new GitHubError(`release asset ${assetId} has no usable size limit (${clip(String(maxBytes), 20)}); nothing was downloaded`, null);
  }
  // Asset bytes come from a storage host by redirect; the token goes to the API host only.
  // Following that redirect is right here: the bytes are checked against digests afterwards.
  const url = `${options.apiUrl}/repos/${owner}/${repo}/releases/assets/${assetId}`;
  try {
    const response = await options.http.stream({
      url,
      headers: { accept: 'application/octet-stream' },
      credential: options.token ? { header: 'authorization', value: `token ${options.token}` } : undefined,
      crossHost: 'allow',
      maxBytes,
      deadlineMs: assetDeadlineMs(maxBytes, options.assetDeadlineBaseMs)
    });
    return response.body;
  } catch (error) {
    if (error instanceof HttpError) throw new GitHubError(`release asset ${assetId} could not be downloaded: ${error.message}`, error.status, { cause: error });
    throw error;
  }
}
