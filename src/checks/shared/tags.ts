import { clip } from '../../util/text.js';
import type { GitHubApi } from '../../clients/github/index.js';

/**
 * Tags may point at tags; git itself peels without a limit, but a chain longer
 * than this is a mistake or a trap, and every hop costs one request.
 */
export const MAX_TAG_CHAIN = 5;

export type PeeledTag =
  | { kind: 'missing' }
  /** More than MAX_TAG_CHAIN tag objects; `hops` are the steps walked so far. */
  | { kind: 'chain-too-long'; hops: string[] }
  | {
      kind: 'peeled';
      /**
       * The object the chain ends at, as GitHub wrote it (sha not case-normalised):
       * a commit, unless the tag points at a tree or blob.
       */
      target: { sha: string; type: string };
      /** Whether at least one tag object was passed (an annotated tag). */
      annotated: boolean;
      /** The name the first tag object gives itself (`tag` field), null for a lightweight tag. */
      firstTagName: string | null;
      /** One line per step: the ref, then each tag object, as a person reads them. */
      hops: string[];
    };

/**
 * Resolves a tag through `git/ref` and, for annotated tags, `git/tags` (peeled),
 * following at most MAX_TAG_CHAIN tag objects. Errors from GitHub propagate.
 * Each check words the outcome itself.
 */
export async function peelTag(github: Pick<GitHubApi, 'getTagRef' | 'getTagObject'>, tag: string): Promise<PeeledTag> {
  const ref = await github.getTagRef(tag);
  if (ref === null) return { kind: 'missing' };

  const hops = [`refs/tags/${clip(tag)} → ${ref.object.type} ${ref.object.sha}`];
  let target = ref.object;
  let firstTagName: string | null = null;
  for (let depth = 0; target.type === 'tag'; depth++) {
    if (depth === MAX_TAG_CHAIN) return { kind: 'chain-too-long', hops };
    const object = await github.getTagObject(target.sha);
    firstTagName ??= object.tag;
    hops.push(`tag object ${object.sha} ("${clip(object.tag, 60)}") → ${object.object.type} ${object.object.sha}`);
    target = object.object;
  }
  return { kind: 'peeled', target, annotated: firstTagName !== null, firstTagName, hops };
}
