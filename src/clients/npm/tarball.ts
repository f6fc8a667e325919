/** A tarball downloaded, streamed and size-bounded, and hashed as npm's integrity and shasum spell it. */
import { createHash } from 'node:crypto';
import { isAllowedAnswerUrl } from '../../util/loopback.js';
import { clip } from '../../util/text.js';
import { rethrowAs, shownUrl } from '../http.js';
import type { NpmTarballDigest } from './api.js';
import { NpmError, type NpmSession } from './session.js';

/** npm refuses packages much larger than this; a bigger answer is not a tarball of ours. */
export const TARBALL_MAX_BYTES = 512 * 1024 * 1024;

/** The tarball a packument names (`url`, relative to the registry); null when it answers 404. */
export async function downloadTarball(session: NpmSession, url: string, maxBytes: number): Promise<NpmTarballDigest | null> {
  const { registry, credential } = session;
  let target: URL;
  try {
    target = new URL(url, `${registry}/`);
  } catch {
    throw new NpmError(`the packument names the tarball "${clip(url)}", which is not a URL`);
  }
  const home = new URL(registry);
  if (!isAllowedAnswerUrl(target, home)) {
    throw new NpmError(
      `the packument names the tarball ${shownUrl(target.toString())}; only https is fetched (plain http only on a loopback address, and only when npm.registry is on loopback too)`
    );
  }
  // The token belongs to the registry: only a tarball on the registry's own origin gets it
  // (as npm sends it); HttpClient drops it on a redirect elsewhere.
  const own = target.protocol === home.protocol && target.host === home.host;
  const sha512 = createHash('sha512');
  const sha1 = createHash('sha1');
  let size = 0;
  let finalUrl = target.toString();
  try {
    const stream = await session.http.stream({
      url: target.toString(),
      headers: { accept: '*/*' },
      ...(own && credential ? { credential } : {}),
      // A registry may redirect its tarballs to a CDN or storage host: followed without the
      // credential, which is sound here because the bytes are then checked by hash.
      crossHost: 'allow',
      accept: [404],
      maxBytes
    });
    finalUrl = stream.url;
    if (stream.status === 404) {
      // Leaving the body early cancels the transfer of whatever the 404 page holds.
      for await (const _chunk of stream.body) break;
      return null;
    }
    for await (const chunk of stream.body) {
      sha512.update(chunk);
      sha1.update(chunk);
      size += chunk.byteLength;
    }
  } catch (error) {
    rethrowAs(error, (m, o) => new NpmError(m, o), `could not download the tarball ${shownUrl(target.toString())}`, session.scrub);
  }
  return { url: finalUrl, size, sha512: sha512.digest('base64'), sha1: sha1.digest('hex') };
}
