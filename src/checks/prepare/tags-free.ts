import { fillTemplate } from '../../config.js';
import { tagNameProblem } from '../../util/git-ref-name.js';
import { messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, sectionOf, withVersion, type GateContext } from '../../gate.js';
import { githubVisibility, tagRefOnce, unseenRepository } from '../shared/version-holders.js';

/** What one tag name is, on GitHub and in this clone. */
interface TagState {
  tag: string;
  problem: string | null;
  detail: string;
}

async function tagState(ctx: GateContext, tag: string, annotated: boolean, branch: string): Promise<TagState> {
  const { workspace } = ctx.settings;
  let remote;
  let seen;
  try {
    // Shared with unpublished's probes in this run: the release tag is asked for once.
    remote = await tagRefOnce(ctx, tag);
    seen = remote === null ? await githubVisibility(ctx) : null;
  } catch (error) {
    return { tag, problem: `GitHub cannot be asked for tag ${tag}: ${messageOf(error)}`, detail: 'unknown' };
  }
  if (remote !== null) {
    return {
      tag,
      problem: `tag ${tag} already exists on GitHub (${remote.object.type} ${remote.object.sha.slice(0, 12)}); tags are never reused, so release the next version (release-gates status shows which)`,
      detail: `on GitHub at ${remote.object.sha.slice(0, 12)}`
    };
  }
  // A 404 is "no such tag" only if the token can see the repository at all.
  if (seen && !seen.visible) return { tag, problem: unseenRepository(ctx, `tag ${tag}`, branch), detail: 'unknown' };
  const local = await ctx.clients.git.localTag(workspace, tag);
  if (local !== null) {
    // What an earlier `tag` without --push made (right commit, right kind) is what `tag --push` would make: it pushes it as it is.
    if (local.commit === ctx.settings.sha && local.annotated === annotated) {
      return { tag, problem: null, detail: `not on GitHub; in this clone on HEAD (${annotated ? 'annotated' : 'lightweight'}), ready to push` };
    }
    const kind = local.annotated ? 'annotated' : 'lightweight';
    const where =
      local.commit === ctx.settings.sha
        ? `on HEAD but ${kind}, and it must be ${annotated ? 'annotated' : 'lightweight'}`
        : `at ${local.commit.slice(0, 12)}, not HEAD`;
    return {
      tag,
      problem: `tag ${tag} exists in this clone (${where}) but not on GitHub; release-gates never moves or deletes a tag: if it is a leftover of yours, delete it with git tag -d ${tag}`,
      detail: `only in this clone, ${where}`
    };
  }
  return { tag, problem: null, detail: 'free on GitHub and in this clone' };
}

/**
 * `tags-free`: neither the release tag nor `go.tag` exists, on GitHub or in this
 * clone, so `tag` can create both and push them without replacing anything.
 */
export const tagsFree = defineCheck({
  id: 'tags-free',
  sections: ['main'],
  run(ctx, { main }) {
    return withVersion(ctx, async (version) => {
      const go = sectionOf(ctx.config, 'go');
      // The release tag is annotated, the Go tag lightweight (as `tag` creates them).
      const tags: Array<[string, boolean]> = [[ctx.release.tag, true]];
      if (go.state === 'on') tags.push([fillTemplate(go.value.tag, { version, owner: ctx.settings.owner, repo: ctx.settings.repo }), false]);
      // A name git refuses would be printed, or half-created by `tag`: refuse both before anything is asked or made.
      const refused = tags.flatMap(([tag], i) => {
        const problem = tagNameProblem(tag);
        const key = i === 0 ? 'tags.release' : 'go.tag';
        return problem ? [`${key} makes the tag name "${tag}", which git refuses: it ${problem}; change ${key} in the config`] : [];
      });
      if (refused.length > 0) {
        return fail(refused[0]!, {
          details: refused.slice(1),
          table: { columns: ['tag', 'state'], rows: tags.map(([t]) => [t, tagNameProblem(t) ?? 'valid name']) }
        });
      }
      const states = await Promise.all(tags.map(([tag, annotated]) => tagState(ctx, tag, annotated, main.branch)));
      const table = { columns: ['tag', 'state'], rows: states.map((s) => [s.tag, s.detail]) };
      const problems = states.flatMap((s) => (s.problem ? [s.problem] : []));
      if (problems.length === 0) return pass(`${tags.map(([t]) => t).join(' and ')} ${tags.length > 1 ? 'are' : 'is'} not on GitHub yet`, { table });
      return fail(problems[0]!, { table, details: problems.slice(1) });
    });
  }
});
