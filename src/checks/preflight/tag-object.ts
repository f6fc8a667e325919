import { clip } from '../../util/text.js';
import { defineCheck, fail, pass } from '../../gate.js';
import { MAX_TAG_CHAIN, peelTag } from '../shared/tags.js';

export { MAX_TAG_CHAIN };

/**
 * `tag-object`: (release tags) the tag exists on GitHub, is annotated when
 * `tags.annotated`, and peels to `sha`. A tag on another commit is a moved tag.
 */
export const tagObject = defineCheck({
  id: 'tag-object',
  releaseOnly: 'the tag object check',
  async run(ctx) {
    const { tag } = ctx.release;
    const { sha } = ctx.settings;
    const peeled = await peelTag(ctx.clients.github, tag);
    if (peeled.kind === 'missing') {
      return fail(`tag ${clip(tag)} does not exist on GitHub; push it (git push origin ${clip(tag)}) before this workflow runs`);
    }
    if (peeled.kind === 'chain-too-long') {
      return fail(`tag ${clip(tag)} is a chain of more than ${MAX_TAG_CHAIN} tag objects; point an annotated tag straight at the commit`, {
        details: peeled.hops
      });
    }

    const { target, firstTagName, hops: found } = peeled;
    if (target.type !== 'commit') {
      return fail(`tag ${clip(tag)} points at a ${clip(target.type, 20)} ${target.sha}, not a commit; tag the release commit ${sha}`, {
        details: found
      });
    }
    const lightweight = !peeled.annotated && ctx.config.tags.annotated;
    const moved = target.sha !== sha;
    if (lightweight || moved) {
      const problems = [
        ...(lightweight ? [`is lightweight (release tags must be annotated: git tag -a)`] : []),
        ...(moved ? [`points at commit ${target.sha}, not at ${sha} being released (moved tag)`] : [])
      ];
      const fix = moved
        ? 'tags are immutable: do not move a release tag, release a new patch version'
        : `tag the commit with an annotated tag: git tag -a ${clip(tag)} ${sha}`;
      const details = [...found, ...(lightweight ? ['tags.annotated is true in the config'] : [])];
      return fail(`tag ${clip(tag)} ${problems.join(' and ')}; ${fix}`, { details });
    }
    const details = [...found];
    if (firstTagName !== null && firstTagName !== tag) {
      // git warns about this too: the annotation claims another name than the ref it sits under.
      details.push(`note: the tag object names itself "${clip(firstTagName, 60)}", not ${clip(tag)}`);
    }
    const kind = peeled.annotated ? 'annotated' : 'lightweight';
    return pass(`${kind} tag ${clip(tag)} peels to ${sha}`, { details });
  }
});
