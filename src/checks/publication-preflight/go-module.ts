import { fillTemplate } from '../../config.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion } from '../../gate.js';
import { parseGoMod } from '../../formats/go-mod.js';
import { readWorkspaceFileOnce, workspaceCommit } from '../shared/workspace-reads.js';
import { cleanDir, expectedModulePath, goModFile } from '../shared/go-module.js';

/**
 * `go-module`: `go.mod` in `go.dir` declares `{server host}/{owner}/{repo}/{go.dir}` with the
 * `/vN` suffix Go requires from major version 2, and `go.tag` is where Go looks for the version.
 */
export const goModule = defineCheck({
  id: 'go-module',
  sections: ['go'],
  run: (ctx, { go }) =>
    withVersion(ctx, async (version) => {
      const { owner, repo } = ctx.settings;
      const dir = cleanDir(go.dir);
      const file = goModFile(dir);

      let commit: { problem: string | null };
      try {
        commit = await workspaceCommit(ctx);
      } catch (error) {
        return fail(`go.mod cannot be tied to the release commit: ${messageOf(error)}`);
      }
      if (commit.problem) return fail(`go.mod is not read: ${commit.problem}`);

      const read = await readWorkspaceFileOnce(ctx, file);
      if (!read.ok) return fail(`go.mod of go.dir "${go.dir}" cannot be used: ${read.problem}; check out the repository before this step, or correct go.dir`);
      const parsed = parseGoMod(read.text);
      if (!parsed.ok) return fail(`${file} cannot be parsed: ${parsed.problem}`);

      const { base, rest, expected, major } = expectedModulePath(ctx.settings, dir, version);
      const declared = parsed.module;
      // Host, owner and repo resolve case-insensitively on the server; the path below them is exact.
      const matches =
        declared.length === expected.length && declared.slice(0, base.length).toLowerCase() === base.toLowerCase() && declared.slice(base.length) === rest;

      const problems: string[] = [];
      if (!matches) {
        let why = '';
        if (major >= 2 && declared.toLowerCase() === `${base}${dir === '.' ? '' : `/${dir}`}`.toLowerCase()) {
          why = `; Go requires the /v${major} suffix from major version ${major} on`;
        } else if (/\/v\d+$/.test(declared) && major < 2) {
          why = `; a /vN suffix belongs to major version 2 or more, and this release is ${version}`;
        }
        problems.push(`${file} declares module "${clip(declared, 120)}", expected "${expected}"${why}`);
      }

      const tag = fillTemplate(go.tag, { version, owner, repo });
      const tagGoFinds = `${dir === '.' ? '' : `${dir}/`}v${version}`;
      if (tag !== tagGoFinds) {
        problems.push(`go.tag "${tag}" is not where Go looks for v${version} of a module in "${dir}": the tag must be "${tagGoFinds}"; correct go.tag`);
      }

      if (problems.length > 0) return fail(problems.join('; '), { details: problems.length > 1 ? problems : [] });
      return pass(`${file} declares "${declared}", and Go finds v${version} at tag "${tag}"`);
    })
});
