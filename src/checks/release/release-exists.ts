import { clip } from '../../errors.js';
import { fail, pass, withVersion, type Check, type CheckOutcome, type GateContext } from '../../gate.js';
import type { ReleaseKind } from '../../version.js';
import { lookupRelease } from './shared.js';

async function checkReleaseExists(ctx: GateContext, kind: ReleaseKind): Promise<CheckOutcome> {
  const tag = ctx.release.tag;
  const release = await lookupRelease(ctx);
  if (release === null) {
    // GitHub does not show drafts under releases/tags, so a draft lands here too.
    return fail(`no published GitHub release for tag ${clip(tag)} (a draft does not count); create or publish it (gh release create ${clip(tag)} --verify-tag) before this gate`);
  }
  const links = [release.htmlUrl];
  if (release.tagName !== tag) {
    return fail(`GitHub answered the release of tag ${clip(tag)} with tag_name "${clip(release.tagName)}"; the release must be for this tag`, { links });
  }
  if (release.draft) {
    return fail(`the release for ${clip(tag)} is still a draft; publish it (gh release edit ${clip(tag)} --draft=false)`, { links });
  }
  if (kind === 'release' && release.prerelease) {
    return fail(`the release for ${clip(tag)} is marked as a prerelease, but ${clip(tag)} is a release tag; clear the prerelease flag (gh release edit ${clip(tag)} --prerelease=false)`, { links });
  }
  if (kind === 'rehearsal' && !release.prerelease) {
    return fail(`the release for rehearsal tag ${clip(tag)} is not marked as a prerelease, so it would show as the latest release; mark it (gh release edit ${clip(tag)} --prerelease)`, { links });
  }
  return pass(`release ${clip(release.name ?? tag)} is published${kind === 'rehearsal' ? ' as a prerelease (rehearsal)' : ''}`, {
    links,
    outputs: { 'release-url': release.htmlUrl }
  });
}

export const releaseExists: Check = {
  id: 'release-exists',
  run: (ctx) => withVersion(ctx, (_version, kind) => checkReleaseExists(ctx, kind))
};
