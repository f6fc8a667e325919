/**
 * `attestations/sha256:{hex}`: the Sigstore bundles GitHub stores for a subject digest, each inline
 * or behind a `bundle_url`. Only located and parsed here; the Sigstore verifier checks them.
 */
import { uncompress } from 'snappyjs';
import { clip, messageOf } from '../../util/text.js';
import { rethrowAs, shownUrl, type HttpClient } from '../http.js';
import type { Attestation } from './api.js';
import { attestationsPageSchema, parseAnswer } from './answers.js';
import { GitHubError, isStatus } from './errors.js';
import type { GitHubSession } from './session.js';
import { isAllowedAnswerUrl } from '../../util/loopback.js';
import { MAX_JSON_DEPTH, parseJson } from '../../util/json.js';

/** More pages than this of one subject's attestations is not a list to read whole. */
const MAX_ATTESTATION_PAGES = 10;
/**
 * A Sigstore bundle is a few KiB (a certificate chain, a tlog entry, a DSSE statement); more is not one.
 * Memory: one bundle is held at a time (fetched, handed to `each`, dropped before the next is fetched),
 * so the compressed body + the decompressed bytes + the parsed tree stay near 4 × 4 MiB, plus the page of
 * at most 100 entries, whatever the number of pages or bundle_urls.
 */
export const MAX_ATTESTATION_BUNDLE_BYTES = 4 * 1024 * 1024;
/**
 * The bundle_url bundles of one subject, all told: a provenance (KiBs) and perhaps an SBOM attestation (up to
 * MAX_ATTESTATION_BUNDLE_BYTES). Memory: each bundle is garbage once checked, but V8 returns native memory (the
 * decompressed bytes, their text, the verifier's decoded payload) only after tens of MiB more have been
 * allocated, so a listing's total can be resident at once: measured at ~12 MiB of RSS per 4 MiB bundle, so
 * 8 MiB ≈ 25-40 MiB over the ~125 MiB of a running gate.
 */
export const MAX_ATTESTATION_LIST_BYTES = 8 * 1024 * 1024;

/** The `after` cursor of a Link header's rel="next" URL, or null when there is no next page. */
function nextCursor(link: string | undefined): string | null {
  const next = /<([^>]+)>\s*;\s*rel="next"/.exec(link ?? '');
  if (!next || !URL.canParse(next[1]!)) return null;
  return new URL(next[1]!).searchParams.get('after');
}

/**
 * Every page (bounded) of a subject's attestations, handed to `each` one at a time and in order: the next
 * bundle_url is fetched (and the next page asked for) only once `each` has finished with the one before, so
 * a caller that verifies in `each` holds one bundle at a time. A 404 or an empty list calls `each` never.
 * A bundle_url in `fetchedUrls` (shared by the caller across subjects) is skipped; each one fetched is added.
 */
export async function listAttestations(
  session: GitHubSession,
  subjectDigest: string,
  each: (attestation: Attestation) => Promise<void>,
  fetchedUrls: Set<string> = new Set()
): Promise<void> {
  const { octokit, owner, repo } = session;
  session.usableToken();
  if (!/^sha256:[0-9a-f]{64}$/.test(subjectDigest)) {
    throw new GitHubError(`attestations are asked for by sha256:<64 hex>, not ${clip(subjectDigest, 80)}`, null);
  }
  const what = `attestations/${subjectDigest}`;
  const seenCursors = new Set<string>();
  let after: string | null = null;
  let fetched = 0;
  for (let page = 1; ; page++) {
    if (page > MAX_ATTESTATION_PAGES) {
      throw new GitHubError(`GitHub listed more than ${MAX_ATTESTATION_PAGES} pages of ${what}; that is not a list to read whole (malformed response)`, null);
    }
    let response: { data: unknown; headers: { link?: string } };
    try {
      // Through the template variable, not spliced into the route: Octokit reads `:name` in a route as a
      // (legacy) parameter, which would cut the path at `sha256:`.
      response = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
        owner,
        repo,
        subject_digest: subjectDigest,
        per_page: 100,
        // Every predicate type is listed: a bundle that does not verify fails the check whatever it attests.
        ...(after ? { after } : {})
      });
    } catch (error) {
      // GitHub answers 404 for a digest it holds no attestation for.
      if (isStatus(error, 404)) return;
      throw session.describe(what, error);
    }
    const data = parseAnswer(attestationsPageSchema, response.data, what);
    for (const [index, item] of data.attestations.entries()) {
      if (item.bundle) {
        if (deeperThan(item.bundle, MAX_JSON_DEPTH)) {
          throw new GitHubError(
            `GitHub answered ${what} with inline attestation ${index} nested deeper than ${MAX_JSON_DEPTH} levels; a Sigstore bundle is a flat JSON document (malformed response)`,
            null
          );
        }
        await each({ bundle: item.bundle, source: 'GitHub attestation (inline)' });
      } else if (item.bundle_url) {
        // GitHub lists one attestation under every subject it names: a bundle_url already handed over in this
        // run (the same URL) was checked then, and fetching it again per subject would only add garbage.
        if (fetchedUrls.has(item.bundle_url)) continue;
        fetchedUrls.add(item.bundle_url);
        const { bundle, bytes } = await fetchBundle(session.options.http, item.bundle_url, session.options.apiUrl);
        fetched += bytes;
        if (fetched > MAX_ATTESTATION_LIST_BYTES) {
          throw new GitHubError(
            `GitHub's bundle_url bundles for ${what} pass ${MAX_ATTESTATION_LIST_BYTES} bytes in all (at attestation ${index} of page ${page}); a subject's attestations are a provenance and perhaps an SBOM — refusing to read further (malformed response)`,
            null
          );
        }
        await each({ bundle, source: shownUrl(item.bundle_url) });
      } else throw new GitHubError(`GitHub answered ${what} with attestation ${index} that has neither a bundle nor a bundle_url (malformed response)`, null);
    }
    after = data.attestations.length === 0 ? null : nextCursor(response.headers.link);
    // A cursor seen before would list the same page again: stop there instead of looping.
    if (after === null || seenCursors.has(after)) return;
    seenCursors.add(after);
  }
}

/** Whether a parsed value nests deeper than `max` (walked without recursion, so any depth is safe to ask about). */
function deeperThan(value: unknown, max: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (next === null || typeof next !== 'object') continue;
    if (depth > max) return true;
    for (const inner of Object.values(next)) pending.push([inner, depth + 1]);
  }
  return false;
}

/**
 * A bundle behind `bundle_url`: on another host (blob storage), so fetched with no credential at all;
 * snappy-compressed (raw block format, as GitHub serves it), decompressed within MAX_ATTESTATION_BUNDLE_BYTES.
 */
async function fetchBundle(http: HttpClient, bundleUrl: string, apiUrl: string): Promise<{ bundle: unknown; bytes: number }> {
  const shown = shownUrl(bundleUrl);
  if (!URL.canParse(bundleUrl) || !/^https?:$/.test(new URL(bundleUrl).protocol)) {
    throw new GitHubError(`GitHub gave an attestation bundle_url that is not an http(s) URL: ${clip(bundleUrl, 120)} (malformed response)`, null);
  }
  if (!isAllowedAnswerUrl(new URL(bundleUrl), new URL(apiUrl))) {
    throw new GitHubError(
      `GitHub gave an attestation bundle_url on plain http, ${shown}: only https is fetched (http only on loopback, and only when GITHUB_API_URL is on loopback too)`,
      null
    );
  }
  let compressed: Buffer;
  try {
    compressed = (await http.request({ url: bundleUrl, maxBytes: MAX_ATTESTATION_BUNDLE_BYTES })).body;
  } catch (error) {
    rethrowAs(error, (m, o) => new GitHubError(m, null, o), 'the attestation bundle could not be downloaded');
  }
  let bytes: Uint8Array;
  try {
    // uncompress refuses a header that announces more than the cap before it allocates anything.
    bytes = uncompress(compressed, MAX_ATTESTATION_BUNDLE_BYTES);
  } catch (error) {
    throw new GitHubError(
      `the attestation bundle at ${shown} is not snappy-compressed data within ${MAX_ATTESTATION_BUNDLE_BYTES} bytes: ${clip(messageOf(error), 120)}`,
      null,
      { cause: error }
    );
  }
  // Depth bounded first: a bundle nested millions of levels would overflow the stack in the verifier.
  const parsed = parseJson(bytes);
  if (!parsed.ok) {
    throw new GitHubError(
      `the attestation bundle at ${shown} is ${parsed.deep ? parsed.reason : `not JSON after decompression: ${clip(parsed.reason, 120)}`}; a Sigstore bundle is a flat JSON document of a few KiB (malformed response)`,
      null
    );
  }
  return { bundle: parsed.value, bytes: bytes.length };
}
