import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { clip } from '../../errors.js';
import { CheckFailed, type GateContext } from '../../gate.js';
import { isOutside } from '../../util/paths.js';

/** A dist folder that cannot serve as one: the checks fail with this message as it is. */
export class DistError extends CheckFailed {
  override name = 'DistError';
}

/** The dist folder as a person would write it: relative to the workspace when inside it. */
export function shownDist(ctx: GateContext): string {
  const { workspace, distDir } = ctx.settings;
  const rel = path.relative(workspace, distDir);
  return rel === '' ? '.' : isOutside(workspace, distDir) ? distDir : rel;
}

/**
 * The release files in dist: regular files (or links to them) at its top level.
 * Dot files and sub-folders are not release files: `gh release upload dist/*`
 * and the PyPI publish action skip them both.
 *
 * Read once per gate run (ctx.once) and shared by the checks: every check sees
 * the folder as it was before any check wrote into it (checksums may write its
 * checksum file there). A DistError reaches every caller. The list is shared,
 * so callers must not change it.
 */
export function listDistFiles(ctx: GateContext): Promise<readonly string[]> {
  return ctx.once('dist-files', () => readDistFiles(ctx));
}

async function readDistFiles(ctx: GateContext): Promise<readonly string[]> {
  const dir = ctx.settings.distDir;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new DistError(`dist folder ${shownDist(ctx)} does not exist; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`);
    }
    if (code === 'ENOTDIR') throw new DistError(`dist ${shownDist(ctx)} is not a folder; set the "dist" input to the folder holding the release files`);
    throw new DistError(`dist folder ${shownDist(ctx)} cannot be read (${code ?? 'unknown error'})`);
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isSymbolicLink()) {
      const target = await fs.stat(path.join(dir, entry.name)).catch(() => null);
      // A link to nothing cannot be uploaded; say so rather than leave it out silently.
      if (!target) throw new DistError(`${clip(entry.name)} in ${shownDist(ctx)} is a link to a file that does not exist; remove it or download the file it stands for`);
      if (target.isFile()) files.push(entry.name);
    }
  }
  return files.sort();
}
