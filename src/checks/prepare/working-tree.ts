import { clip, messageOf } from '../../util/text.js';
import { fail, pass, type Check } from '../../gate.js';
import { goModFile } from '../shared/go-module.js';

/** The files a release's version lives in: every `versions` file, the changelog and go.mod. */
export function releaseFiles(config: Parameters<Check['run']>[0]['config']): string[] {
  const files = (config.versions || []).map((entry) => entry.file);
  if (config.changelog) files.push(config.changelog);
  if (config.go) files.push(goModFile(config.go.dir));
  return [...new Set(files)];
}

/**
 * `working-tree`: none of the release's files has staged, unstaged or untracked
 * changes. A tag names a commit, so what `prepare` checked must be what is
 * committed: an edit left in the working tree would be checked but not released.
 */
export const workingTree: Check = {
  id: 'working-tree',
  async run(ctx) {
    const files = releaseFiles(ctx.config);
    let changed: string[];
    try {
      changed = await ctx.clients.git.changedFiles(ctx.settings.workspace, files);
    } catch (error) {
      return fail(`cannot tell whether the release files are committed: ${messageOf(error)}`);
    }
    if (changed.length === 0) return pass(`the ${files.length} release files are committed as they are in the working tree`);
    const shown = changed.map((f) => clip(f, 80));
    return fail(
      `${shown.join(', ')} ${changed.length === 1 ? 'has' : 'have'} uncommitted changes: a tag releases the commit, not the working tree; commit them, merge to main and run prepare again (or discard them with git restore)`,
      { details: shown.map((f) => `uncommitted: ${f}`) }
    );
  }
};
