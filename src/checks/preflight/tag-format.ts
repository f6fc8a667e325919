import { clip } from '../../util/text.js';
import { fail, pass, type Check } from '../../gate.js';

/**
 * `tag-format`: the tag matches `tags.release` or `tags.rehearsal` and its version
 * is SemVer 2.0.0 without build metadata. The tag was parsed once before the gate
 * started (src/version.ts parseTag); this check reports that verdict.
 */
export const tagFormat: Check = {
  id: 'tag-format',
  run(ctx) {
    const { tags } = ctx.config;
    const { tag, version, kind, tagProblem } = ctx.release;
    const allowed = `release tags look like "${tags.release}"${tags.rehearsal ? `, rehearsal tags like "${tags.rehearsal}"` : ''}`;
    if (tagProblem !== null || version === null || kind === null) {
      return Promise.resolve(fail(`${tagProblem ?? `tag "${clip(tag)}" did not parse`}; ${allowed}, with a SemVer 2.0.0 version (e.g. 1.2.3 or 1.3.0-rc.1)`));
    }
    const note = kind === 'rehearsal' ? '; production-only checks are skipped' : '';
    return Promise.resolve(pass(`${tag} is a ${kind} tag for version ${version}${note}`));
  }
};
