/**
 * `immutable-releases` — the repository's immutable releases are on (`GET /repos/{owner}/{repo}/immutable-releases`),
 * so no asset of a published release can be replaced or deleted and its tag cannot be moved.
 */
import { defineCheck, fail, pass } from '../../gate.js';
import { confirmAbsent, readable } from './common.js';

/** The setting, as the repository's settings page names it. */
export const IMMUTABLE_SETTING = "Settings → General → Releases: tick 'Enable release immutability'";

export const immutableReleases = defineCheck({
  id: 'immutable-releases',
  async run(ctx) {
    const answer = await readable(() => ctx.clients.github.getImmutableReleases());
    // GitHub's 404 for "off" is also its answer for a repository the token cannot see.
    if (answer.notFound) await readable(() => confirmAbsent(ctx, 'the immutable releases setting'));
    if (answer.enabled) {
      const by = answer.enforcedByOwner ? ' (enforced by the owner for its repositories)' : '';
      return pass(`immutable releases are enabled${by}: no published release's assets can be replaced`);
    }
    return fail(`immutable releases are off, so a published release's assets can be replaced: ${IMMUTABLE_SETTING}`, {
      details: answer.notFound
        ? [
            'GitHub answered 404, its answer when immutable releases are off; it gives the same answer to a token that cannot read the setting, so if they are on, the token needs administration: read'
          ]
        : []
    });
  }
});
