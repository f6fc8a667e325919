import { clip } from '../../util/text.js';
import { defineCheck, fail, pass } from '../../gate.js';

function commits(n: number): string {
  return `${n} commit${n === 1 ? '' : 's'}`;
}

/** `on-main`: `sha` is reachable from `main.branch` (identical to or behind it). */
export const onMain = defineCheck({
  id: 'on-main',
  sections: ['main'],
  releaseOnly: 'the main reachability check',
  async run(ctx, { main }) {
    const { sha } = ctx.settings;
    const branch = clip(main.branch);
    // base...head = branch...sha: "behind" means sha is an ancestor of the branch tip.
    const comparison = await ctx.clients.github.compareCommits(main.branch, sha);
    if (comparison === null) {
      return fail(`GitHub knows no branch "${branch}" or no commit ${sha} in this repository; check main.branch and push the commit`);
    }
    // The comparison page shows the commits in between; worth a click only when something is wrong.
    const links = comparison.htmlUrl ? [comparison.htmlUrl] : [];
    switch (comparison.status) {
      case 'identical':
        return pass(`${sha.slice(0, 12)} is the tip of ${branch}`);
      case 'behind':
        return pass(`${sha.slice(0, 12)} is on ${branch}, ${commits(comparison.behindBy)} behind its tip`);
      case 'ahead':
        return fail(
          `${sha} is not on ${branch}: it is ${commits(comparison.aheadBy)} ahead of it (not merged); merge it to ${branch} and tag the merged commit`,
          { links }
        );
      case 'diverged':
        return fail(
          `${sha} is not on ${branch}: the two diverged (${commits(comparison.aheadBy)} ahead, ${comparison.behindBy} behind); tag a commit that is on ${branch}`,
          { links }
        );
    }
  }
});
