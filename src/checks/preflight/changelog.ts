import { clip } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion } from '../../gate.js';
import { changelogHeading, headingPattern, readLevel2Headings, versionHeadings } from '../../formats/changelog.js';
import { readWorkspaceFileOnce, workspaceCommit } from '../shared/workspace-reads.js';

/** `changelog`: the changelog has a heading for the version. */
export const changelog = defineCheck({
  id: 'changelog',
  sections: ['changelog'],
  run(ctx, { changelog: file }) {
    return withVersion(ctx, async (version) => {
      const head = await workspaceCommit(ctx);
      if (head.problem) return fail(head.problem);
      const content = await readWorkspaceFileOnce(ctx, file);
      if (!content.ok) return fail(`changelog ${content.problem}`);

      const read = readLevel2Headings(content.text);
      if (!read.ok) return fail(`${file} ${read.problem}; the changelog cannot be checked`);
      const all = read.headings;
      const wanted = headingPattern(version);
      const heading = all.find((line) => wanted.test(line));
      if (heading) return pass(`${file} has a heading for ${version}`, { details: [heading] });

      const headings = versionHeadings(all);
      // A heading that mentions the version but not in the agreed form is the likeliest near miss.
      const nearMiss = headings.filter((h) => h.version === version).map((h) => h.line);
      const latest = headings.slice(0, 3).map((h) => h.line);
      const details = [
        `expected a heading like "## ${version}", "## [${version}] - YYYY-MM-DD" or "## v${version} (YYYY-MM-DD)"`,
        ...nearMiss.map((h) => `"${clip(h, 100)}" names ${version} but is not in that form`),
        latest.length > 0 ? `newest version headings: ${latest.map((h) => `"${clip(h, 60)}"`).join(', ')}` : 'the changelog has no version headings at all'
      ];
      // The heading suggested is the one bump writes (the same function builds it), so following either gives the same file.
      return fail(
        `${file} has no heading for ${version}; run release-gates bump ${version}, which adds "${changelogHeading(version, 'YYYY-MM-DD')}" (today's date), or add that heading with its changes`,
        { details }
      );
    });
  }
});
