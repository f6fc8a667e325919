import { clip } from '../../errors.js';
import { fail, pass, withSection, withVersion, type Check } from '../../gate.js';
import { escapeRegExp } from '../../version.js';
import { readWorkspaceFileOnce, workspaceCommit } from '../shared/manifest.js';

// An ISO date, bare or in parentheses, after an optional dash: "- 2026-11-20", "(2026-11-20)", "– 2026-11-20".
const DATE = String.raw`(?:[ \t]*[-–—])?[ \t]*(?:\d{4}-\d{2}-\d{2}|\(\d{4}-\d{2}-\d{2}\))`;

/**
 * The heading for exactly `version`: `## X.Y.Z` or `## [X.Y.Z]`, optional `v`,
 * optional date and nothing else, so that `## 1.2.30` or `## 1.2.3-rc.1` is
 * never taken for 1.2.3. The bracketed form may be a link (`## [1.2.3](…compare/…)`),
 * as release-please and standard-version write it.
 */
export function headingPattern(version: string): RegExp {
  const v = `v?${escapeRegExp(version)}`;
  return new RegExp(`^##[ \\t]+(?:\\[${v}\\](?:\\([^)\\s]*\\))?|${v})(?:${DATE})?[ \\t\\r]*$`, 'm');
}

// The first version a heading names, to show what the changelog does have.
const VERSION_IN_HEADING = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)/;

/** Level-2 headings that name a version, in file order (newest first in a changelog). */
function versionHeadings(text: string): Array<{ line: string; version: string }> {
  return text.split(/\r?\n/).flatMap((raw) => {
    const line = raw.trim();
    const match = /^##[ \t]/.test(line) ? VERSION_IN_HEADING.exec(line) : null;
    return match ? [{ line, version: match[1]! }] : [];
  });
}

/** `changelog`: the changelog has a heading for the version. */
export const changelog: Check = {
  id: 'changelog',
  run(ctx) {
    return withSection(ctx, 'changelog', 'changelog', (file) =>
      withVersion(ctx, async (version) => {
        const head = await workspaceCommit(ctx);
        if (head.problem) return fail(head.problem);
        const content = await readWorkspaceFileOnce(ctx, file);
        if (!content.ok) return fail(`changelog ${content.problem}`);

        const heading = headingPattern(version).exec(content.text);
        if (heading) return pass(`${file} has a heading for ${version}`, { details: [heading[0].trim()] });

        const headings = versionHeadings(content.text);
        // A heading that mentions the version but not in the agreed form is the likeliest near miss.
        const nearMiss = headings.filter((h) => h.version === version).map((h) => h.line);
        const latest = headings.slice(0, 3).map((h) => h.line);
        const details = [
          `expected a heading like "## ${version}", "## [${version}] - YYYY-MM-DD" or "## v${version} (YYYY-MM-DD)"`,
          ...nearMiss.map((h) => `"${clip(h, 100)}" names ${version} but is not in that form`),
          latest.length > 0
            ? `newest version headings: ${latest.map((h) => `"${clip(h, 60)}"`).join(', ')}`
            : 'the changelog has no version headings at all'
        ];
        return fail(`${file} has no heading for ${version}; add "## [${version}]" with its changes`, { details });
      })
    );
  }
};
