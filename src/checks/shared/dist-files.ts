import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { clip, messageOf } from '../../util/text.js';
import { CheckFailed, type GateContext } from '../../gate.js';
import { isOutside } from '../../util/paths.js';
import { summarizeProblems } from '../../util/problems.js';
import { WorkspaceFileError, fileKind, resolveInside } from '../../util/workspace-file.js';

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
 * dist is confined to the workspace by its real path (a dist that is a symlink
 * to a folder elsewhere is refused, so nothing outside is hashed or written to),
 * and so is every link in it. An entry that is neither a folder nor a regular
 * file (a FIFO, a socket, a device, a link to /dev/zero) fails by name: reading
 * it could block or never end, and leaving it out silently would let the gate
 * pass on files it never saw.
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
  const { workspace, distDir: dir } = ctx.settings;
  let realDir: string;
  try {
    realDir = await resolveInside(workspace, dir, `dist folder ${shownDist(ctx)}`);
  } catch (error) {
    if (error instanceof WorkspaceFileError && error.reason === 'missing') {
      throw new DistError(
        `dist folder ${shownDist(ctx)} does not exist; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`
      );
    }
    throw new DistError(`${messageOf(error)}; set the "dist" input to a folder inside the workspace`);
  }
  let entries;
  try {
    entries = await fs.readdir(realDir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new DistError(
        `dist folder ${shownDist(ctx)} does not exist; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`
      );
    }
    if (code === 'ENOTDIR') throw new DistError(`dist ${shownDist(ctx)} is not a folder; set the "dist" input to the folder holding the release files`);
    throw new DistError(`dist folder ${shownDist(ctx)} cannot be read (${code ?? 'unknown error'})`);
  }
  const files: string[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const shown = `${clip(entry.name)} in ${shownDist(ctx)}`;
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isDirectory()) continue;
    else if (entry.isSymbolicLink()) {
      const kind = await linkKind(workspace, path.join(realDir, entry.name), shown);
      if (kind === 'file') files.push(entry.name);
      else if (kind !== 'folder') problems.push(kind.problem);
    } else {
      const stat = await fs.lstat(path.join(realDir, entry.name)).catch(() => null);
      problems.push(`${shown} is ${stat ? fileKind(stat) : 'not a regular file'}, not a release file; remove it`);
    }
  }
  if (problems.length > 0) throw new DistError(summarizeProblems(problems, 'dist entry'));
  return files.sort();
}

/** What a link in dist stands for: a regular file or a folder inside the workspace, or why it cannot be used. */
async function linkKind(workspace: string, link: string, shown: string): Promise<'file' | 'folder' | { problem: string }> {
  let real: string;
  try {
    real = await resolveInside(workspace, link, shown);
  } catch (error) {
    if (error instanceof WorkspaceFileError && error.reason === 'outside') return { problem: `${error.message}; copy the file into dist instead` };
    // A link to nothing cannot be uploaded; say so rather than leave it out silently.
    return { problem: `${shown} is a link to a file that does not exist; remove it or download the file it stands for` };
  }
  const target = await fs.stat(real).catch(() => null);
  if (!target) return { problem: `${shown} is a link to a file that does not exist; remove it or download the file it stands for` };
  if (target.isFile()) return 'file';
  if (target.isDirectory()) return 'folder';
  return { problem: `${shown} is a link to ${fileKind(target)}, not a release file; remove it` };
}
