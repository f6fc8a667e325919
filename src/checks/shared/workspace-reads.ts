/**
 * Config-named files (manifests, the changelog, go.mod) as the release commit holds them, or as
 * the workspace does outside a checkout, with every problem a sentence naming the file. What the
 * text means is read in src/formats/ (manifest.ts, changelog.ts, go-mod.ts).
 */
import * as path from 'node:path';
import { clip, messageOf } from '../../util/text.js';
import type { GateContext } from '../../gate.js';
import { isOutside } from '../../util/paths.js';
import { WorkspaceFileError, readWorkspaceText } from '../../util/workspace-file.js';

/**
 * Manifests are small text files; anything bigger is not one, and reading it
 * whole (or running a config pattern over it) would only waste the runner.
 */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

export type FileRead = { ok: true; text: string } | { ok: false; problem: string };

/** Why `rel` cannot name a file in the workspace by its spelling alone (absolute, or `..` out of it), or null. */
function pathProblem(workspace: string, rel: string, shown: string): string | null {
  if (path.isAbsolute(rel) || path.win32.isAbsolute(rel)) return `${shown} is an absolute path; give a path relative to the workspace`;
  if (isOutside(workspace, path.resolve(workspace, rel))) return `${shown} leaves the workspace; give a path inside it`;
  return null;
}

/**
 * Reads a config-named file from the workspace's working tree. Refuses a path
 * that leaves the workspace (`../`, absolute, or a symlink whose target is
 * outside), anything but a regular file (a FIFO or device fails at once instead
 * of blocking), and a file over MAX_MANIFEST_BYTES. Every problem is a sentence
 * naming the file.
 */
export async function readWorkspaceFile(workspace: string, rel: string): Promise<FileRead> {
  const shown = `"${clip(rel)}"`;
  const problem = pathProblem(workspace, rel, shown);
  if (problem) return { ok: false, problem };
  try {
    return { ok: true, text: await readWorkspaceText(workspace, rel, { maxBytes: MAX_MANIFEST_BYTES, purpose: 'a manifest', shown }) };
  } catch (error) {
    if (error instanceof WorkspaceFileError) return { ok: false, problem: error.message };
    return { ok: false, problem: `${shown} cannot be read: ${clip(messageOf(error), 120)}` };
  }
}

/**
 * Reads `rel` as committed in the commit being released. A working tree can be
 * rewritten after checkout (a build step that bumps versions, a dirty runner),
 * so when the workspace is a checkout, the commit is the source of truth.
 */
async function readCommittedFile(ctx: GateContext, rel: string): Promise<FileRead> {
  const { workspace, sha } = ctx.settings;
  const shown = `"${clip(rel)}"`;
  const at = `the release commit ${sha.slice(0, 12)}`;
  let file;
  try {
    file = await ctx.clients.git.showFile(workspace, sha, rel, MAX_MANIFEST_BYTES);
  } catch (error) {
    return { ok: false, problem: `${shown} cannot be read from ${at}: ${clip(messageOf(error), 200)}` };
  }
  switch (file.kind) {
    case 'file':
      return { ok: true, text: file.text };
    case 'missing':
      return { ok: false, problem: `${shown} does not exist in ${at}` };
    case 'symlink':
      if (file.via) {
        return {
          ok: false,
          problem: `${shown} lies under "${clip(file.via)}", a symlink in ${at} (to ${clip(file.target, 80)}); name the real folder instead`
        };
      }
      return { ok: false, problem: `${shown} is a symlink in ${at} (to ${clip(file.target, 80)}); point the config at the file itself` };
    case 'not-a-file':
      return { ok: false, problem: `${shown} is ${file.type} in ${at}, not a regular file` };
    case 'too-large':
      return { ok: false, problem: `${shown} is ${file.size} bytes in ${at}; a manifest may be at most ${MAX_MANIFEST_BYTES} bytes` };
  }
}

/**
 * A config-named file (a manifest, the changelog, go.mod), once per gate run
 * (ctx.once, keyed by the path as the config writes it): checks that read the
 * same file share one read. When the workspace is a git checkout the file is
 * read from the commit being released (`git ls-tree`/`cat-file`), otherwise from
 * the working tree, confined to the workspace.
 */
export function readWorkspaceFileOnce(ctx: GateContext, rel: string): Promise<FileRead> {
  return ctx.once(`workspace-file:${rel}`, async () => {
    const problem = pathProblem(ctx.settings.workspace, rel, `"${clip(rel)}"`);
    if (problem) return { ok: false, problem };
    let commit: { notGit: boolean };
    try {
      commit = await workspaceCommit(ctx);
    } catch (error) {
      return { ok: false, problem: `"${clip(rel)}" cannot be tied to the release commit: ${clip(messageOf(error), 200)}` };
    }
    return commit.notGit ? readWorkspaceFile(ctx.settings.workspace, rel) : readCommittedFile(ctx, rel);
  });
}

/**
 * Whether the workspace files belong to `sha`: a problem sentence when the
 * workspace is a git checkout at another commit, null when it matches or is
 * not a git checkout (`notGit` tells the caller). Shared between the checks
 * that read the workspace, so git runs once per gate.
 */
export function workspaceCommit(ctx: GateContext): Promise<{ problem: string | null; notGit: boolean; workingTree?: boolean }> {
  return ctx.once('workspace-head', async () => {
    // `bump` checks the files it has just written, before they are committed.
    if (ctx.settings.readWorkingTree) return { problem: null, notGit: true, workingTree: true };
    const head = await ctx.clients.git.headSha(ctx.settings.workspace);
    if (head === null) return { problem: null, notGit: true };
    if (head !== ctx.settings.sha) {
      return {
        problem: `the workspace is checked out at ${head}, not at the commit being released ${ctx.settings.sha}; check out the release commit (actions/checkout with ref: \${{ github.sha }})`,
        notGit: false
      };
    }
    return { problem: null, notGit: false };
  });
}
