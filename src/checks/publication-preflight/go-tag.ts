import type { GitRef } from '../../clients/github/index.js';
import { fillTemplate } from '../../config.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion } from '../../gate.js';

/**
 * `go-tag`: `go.tag` exists on GitHub, is lightweight, and points at `sha`.
 * Release tags only: a rehearsal pushes no Go tag, because the Go module proxy
 * keeps every version it has seen and a rehearsal must not burn one.
 */
export const goTag = defineCheck({
  id: 'go-tag',
  sections: ['go'],
  releaseOnly: 'the Go module tag',
  run: (ctx, { go }) =>
    withVersion(ctx, async (version) => {
      const { owner, repo, sha } = ctx.settings;
      const tag = fillTemplate(go.tag, { version, owner, repo });
      const push = `git tag ${tag} ${sha} && git push origin refs/tags/${tag}`;
      let ref: GitRef | null;
      try {
        ref = await ctx.clients.github.getTagRef(tag);
      } catch (error) {
        return fail(`Go tag "${tag}" could not be looked up: ${messageOf(error)}`);
      }
      if (ref === null) {
        return fail(`Go tag "${tag}" does not exist on GitHub; push it (lightweight, on the release commit) before the release tag: ${push}`);
      }
      if (ref.object.type === 'tag') {
        return fail(
          `Go tag "${tag}" is an annotated tag: lightweight tag expected, on commit ${sha}; replace it: git tag -f ${tag} ${sha} && git push -f origin refs/tags/${tag}`,
          { details: [`refs/tags/${tag} points at tag object ${clip(ref.object.sha, 64)}`] }
        );
      }
      if (ref.object.type !== 'commit') {
        return fail(`Go tag "${tag}" points at a ${clip(ref.object.type, 20)} (${clip(ref.object.sha, 64)}), not a commit; lightweight tag on ${sha} expected`);
      }
      if (ref.object.sha.toLowerCase() !== sha) {
        return fail(
          `Go tag "${tag}" points at commit ${clip(ref.object.sha, 64)}, but the release commit is ${sha}: the Go module would ship other code than the release`,
          {
            details: [
              `tag ${tag}: ${clip(ref.object.sha, 64)}`,
              `release commit: ${sha}`,
              'if the Go module proxy has not fetched the tag yet, delete it and push it again on the release commit; otherwise the version is burned: bump the patch'
            ]
          }
        );
      }
      return pass(`Go tag "${tag}" is lightweight and points at ${sha}`);
    })
});
