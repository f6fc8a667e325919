import { clip } from '../../util/text.js';
import { fail, pass, type Check, type CheckOutcome, type GateContext } from '../../gate.js';
import { resolveReleaseTag } from './shared.js';

async function checkReleaseCommit(ctx: GateContext): Promise<CheckOutcome> {
  const tag = ctx.release.tag;
  const sha = ctx.settings.sha;
  const resolved = await resolveReleaseTag(ctx);
  if (resolved.kind === 'missing') {
    return fail(`tag ${clip(tag)} does not exist on GitHub, so the release cannot link commit ${sha.slice(0, 12)}; push the tag`);
  }
  if (resolved.kind === 'problem') return fail(resolved.reason);
  const commitUrl = `${ctx.settings.serverUrl}/${ctx.settings.owner}/${ctx.settings.repo}/commit/${resolved.commit}`;
  if (resolved.commit !== sha) {
    return fail(
      `tag ${clip(tag)} now points at ${resolved.commit.slice(0, 12)}, but this run built ${sha.slice(0, 12)}: the tag moved; never move a release tag — release a new patch version`,
      { links: [commitUrl] }
    );
  }
  return pass(`${resolved.annotated ? 'annotated' : 'lightweight'} tag ${clip(tag)} peels to ${sha.slice(0, 12)}, the commit this run built`, {
    links: [commitUrl]
  });
}

export const releaseCommit: Check = {
  id: 'release-commit',
  run: (ctx) => checkReleaseCommit(ctx)
};
