import { clip } from '../../errors.js';
import type { GateContext } from '../../gate.js';
import type { Release } from '../../clients/github.js';

/**
 * The release lookup and the tag resolution, shared through ctx.once: the
 * release checks run concurrently and each GitHub call is made once per gate.
 */
export function lookupRelease(ctx: GateContext): Promise<Release | null> {
  return ctx.once('release:by-tag', () => ctx.clients.github.getReleaseByTag(ctx.release.tag));
}

export type TagResolution =
  | { kind: 'missing' }
  | { kind: 'commit'; commit: string; annotated: boolean }
  | { kind: 'problem'; reason: string };

/** Annotated tags may point at other tag objects; a longer chain is refused rather than followed forever. */
export const MAX_TAG_CHAIN = 5;

/**
 * Resolves the release tag to the commit it names, through `git/ref` and, for
 * annotated tags, `git/tags` (peeled). The release's `target_commitish` is never
 * used: it is only where the tag would be created, not where it is.
 */
export function resolveReleaseTag(ctx: GateContext): Promise<TagResolution> {
  return ctx.once('release:tag-commit', async (): Promise<TagResolution> => {
    const tag = ctx.release.tag;
    const ref = await ctx.clients.github.getTagRef(tag);
    if (ref === null) return { kind: 'missing' };
    let object = ref.object;
    let annotated = false;
    for (let depth = 0; object.type === 'tag'; depth++) {
      if (depth >= MAX_TAG_CHAIN) {
        return { kind: 'problem', reason: `tag ${clip(tag)} is a chain of more than ${MAX_TAG_CHAIN} tag objects; tag the commit directly` };
      }
      annotated = true;
      object = (await ctx.clients.github.getTagObject(object.sha)).object;
    }
    if (object.type !== 'commit') {
      return { kind: 'problem', reason: `tag ${clip(tag)} points at a ${clip(object.type)} (${object.sha.slice(0, 12)}), not a commit; tag the release commit` };
    }
    return { kind: 'commit', commit: object.sha.toLowerCase(), annotated };
  });
}
