import { clip } from '../../util/text.js';
import type { GateContext } from '../../gate.js';
import type { Release } from '../../clients/github/index.js';
import { MAX_TAG_CHAIN, peelTag } from '../shared/tags.js';

/**
 * The release lookup and the tag resolution, shared through ctx.once: the
 * release checks run concurrently and each GitHub call is made once per gate.
 */
export function lookupRelease(ctx: GateContext): Promise<Release | null> {
  return ctx.once('release:by-tag', () => ctx.clients.github.getReleaseByTag(ctx.release.tag));
}

export type TagResolution = { kind: 'missing' } | { kind: 'commit'; commit: string; annotated: boolean } | { kind: 'problem'; reason: string };

export { MAX_TAG_CHAIN };

/**
 * Resolves the release tag to the commit it names, through `git/ref` and, for
 * annotated tags, `git/tags` (peeled). The release's `target_commitish` is never
 * used: it is only where the tag would be created, not where it is.
 */
export function resolveReleaseTag(ctx: GateContext): Promise<TagResolution> {
  return ctx.once('release:tag-commit', async (): Promise<TagResolution> => {
    const tag = ctx.release.tag;
    const peeled = await peelTag(ctx.clients.github, tag);
    if (peeled.kind === 'missing') return { kind: 'missing' };
    if (peeled.kind === 'chain-too-long') {
      return { kind: 'problem', reason: `tag ${clip(tag)} is a chain of more than ${MAX_TAG_CHAIN} tag objects; tag the commit directly` };
    }
    const object = peeled.target;
    if (object.type !== 'commit') {
      return {
        kind: 'problem',
        reason: `tag ${clip(tag)} points at a ${clip(object.type)} (${object.sha.slice(0, 12)}), not a commit; tag the release commit`
      };
    }
    // Lower case, so comparing with the (lower-case) sha input is safe whatever case GitHub wrote.
    return { kind: 'commit', commit: object.sha.toLowerCase(), annotated: peeled.annotated };
  });
}
