import * as semver from 'semver';
import { clip } from '../../util/text.js';
import { fail, pass, withVersion, type Check, type CheckOutcome, type GateContext } from '../../gate.js';
import type { ReleaseKind } from '../../version.js';
import { lookupRelease } from './shared.js';

async function checkReleaseExists(ctx: GateContext, version: string, kind: ReleaseKind): Promise<CheckOutcome> {
  const tag = ctx.release.tag;
  const release = await lookupRelease(ctx);
  if (release === null) {
    // GitHub does not show drafts under releases/tags, so a draft lands here too.
    return fail(
      `no published GitHub release for tag ${clip(tag)} (a draft does not count); create or publish it (gh release create ${clip(tag)} --verify-tag) before this gate`
    );
  }
  const links = [release.htmlUrl];
  if (release.tagName !== tag) {
    return fail(`GitHub answered the release of tag ${clip(tag)} with tag_name "${clip(release.tagName)}"; the release must be for this tag`, { links });
  }
  if (release.draft) {
    return fail(`the release for ${clip(tag)} is still a draft; publish it (gh release edit ${clip(tag)} --draft=false)`, { links });
  }
  // A rehearsal, and a release of a SemVer prerelease (1.3.0-rc.1), must not become GitHub's "Latest".
  const candidate = semver.prerelease(version) !== null;
  const wantPrerelease = kind === 'rehearsal' || candidate;
  const why = kind === 'rehearsal' ? `${clip(tag)} is a rehearsal tag` : `${clip(version)} is a prerelease version`;
  if (!wantPrerelease && release.prerelease) {
    return fail(
      `the release for ${clip(tag)} is marked as a prerelease, but ${clip(tag)} is a release tag of the final version ${clip(version)}; clear the prerelease flag (gh release edit ${clip(tag)} --prerelease=false)`,
      { links }
    );
  }
  if (wantPrerelease && !release.prerelease) {
    return fail(
      `the release for ${clip(tag)} is not marked as a prerelease although ${why}, so it would show as the latest release; mark it (gh release edit ${clip(tag)} --prerelease)`,
      { links }
    );
  }
  return pass(`release ${clip(release.name ?? tag)} is published${wantPrerelease ? ` as a prerelease (${why})` : ''}`, {
    links,
    outputs: { 'release-url': release.htmlUrl }
  });
}

export const releaseExists: Check = {
  id: 'release-exists',
  run: (ctx) => withVersion(ctx, (version, kind) => checkReleaseExists(ctx, version, kind))
};
