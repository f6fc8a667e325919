import { clip } from '../../errors.js';
import { fail, pass, releaseOnly, type Check } from '../../gate.js';

/**
 * Tags may point at tags; git itself peels without a limit, but a chain longer
 * than this is a mistake or a trap, and every hop costs one request.
 */
export const MAX_TAG_CHAIN = 5;

/**
 * `tag-object`: (release tags) the tag exists on GitHub, is annotated when
 * `tags.annotated`, and peels to `sha`. A tag on another commit is a moved tag.
 */
export const tagObject: Check = {
  id: 'tag-object',
  run(ctx) {
    return releaseOnly(ctx, 'the tag object check', async () => {
      const { tag } = ctx.release;
      const { sha } = ctx.settings;
      const github = ctx.clients.github;
      const ref = await github.getTagRef(tag);
      if (ref === null) {
        return fail(`tag ${clip(tag)} does not exist on GitHub; push it (git push origin ${clip(tag)}) before this workflow runs`);
      }

      const found = [`refs/tags/${clip(tag)} → ${ref.object.type} ${ref.object.sha}`];
      let target = ref.object;
      let annotation: { sha: string; name: string } | null = null;
      for (let hops = 0; target.type === 'tag'; hops++) {
        if (hops === MAX_TAG_CHAIN) {
          return fail(`tag ${clip(tag)} is a chain of more than ${MAX_TAG_CHAIN} tag objects; point an annotated tag straight at the commit`, {
            details: found
          });
        }
        const object = await github.getTagObject(target.sha);
        annotation ??= { sha: object.sha, name: object.tag };
        found.push(`tag object ${object.sha} ("${clip(object.tag, 60)}") → ${object.object.type} ${object.object.sha}`);
        target = object.object;
      }

      if (target.type !== 'commit') {
        return fail(`tag ${clip(tag)} points at a ${clip(target.type, 20)} ${target.sha}, not a commit; tag the release commit ${sha}`, {
          details: found
        });
      }
      const lightweight = annotation === null && ctx.config.tags.annotated;
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
      if (annotation !== null && annotation.name !== tag) {
        // git warns about this too: the annotation claims another name than the ref it sits under.
        details.push(`note: the tag object names itself "${clip(annotation.name, 60)}", not ${clip(tag)}`);
      }
      const kind = annotation !== null ? 'annotated' : 'lightweight';
      return pass(`${kind} tag ${clip(tag)} peels to ${sha}`, { details });
    });
  }
};
