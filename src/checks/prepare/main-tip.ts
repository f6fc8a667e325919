import { ORIGIN } from '../../clients/git.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass } from '../../gate.js';

/**
 * `main-tip` (prepare): the commit to tag (HEAD) is the tip of `origin/<main.branch>`,
 * freshly fetched. Stricter than the gate's `on-main`, which accepts any commit on
 * the branch: before tagging, a maintainer tags what main is now, so that the
 * `CI` run that is checked next is the one of the merged release commit.
 */
export const mainTip = defineCheck({
  id: 'main-tip',
  sections: ['main'],
  async run(ctx, { main }) {
    const { workspace, sha } = ctx.settings;
    const branch = clip(main.branch);
    const remoteBranch = `${ORIGIN}/${branch}`;
    try {
      await ctx.clients.git.fetchBranch(workspace, ORIGIN, main.branch);
    } catch (error) {
      return fail(`${messageOf(error)}; check the network and that the "${ORIGIN}" remote is the GitHub repository`);
    }
    const tip = await ctx.clients.git.resolveRef(workspace, `refs/remotes/${ORIGIN}/${main.branch}`);
    if (tip === null) return fail(`${remoteBranch} does not exist after fetching; check main.branch in the config`);
    if (tip === sha) return pass(`HEAD ${sha.slice(0, 12)} is the tip of ${remoteBranch}`);
    return fail(
      `HEAD ${sha.slice(0, 12)} is not the tip of ${remoteBranch} (${tip.slice(0, 12)}): the release commit must be merged and be main's newest commit; run git switch ${branch} && git pull --ff-only, then prepare again`
    );
  }
});
