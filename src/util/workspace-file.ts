import { constants, type Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ReleaseGatesError } from '../errors.js';
import { clip, messageOf } from './text.js';
import { isOutside } from './paths.js';

/**
 * A workspace file that cannot be used: outside the workspace (by path or by
 * symlink), not a regular file, too large, or unreadable. The message names the
 * file as the person wrote it and says why; `reason` lets a caller tell "missing"
 * apart from the rest (a missing config gets its own advice).
 */
export class WorkspaceFileError extends ReleaseGatesError {
  override name = 'WorkspaceFileError';
  constructor(
    message: string,
    readonly reason: 'missing' | 'outside' | 'not-regular' | 'too-large' | 'unreadable',
    options?: ErrorOptions
  ) {
    super('workspace-file', message, options);
  }
}

/** What a non-regular file is, in words a person recognises. */
export function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isSymbolicLink()) return 'a symlink';
  return 'not a regular file';
}

/**
 * Resolves `target` (relative to `root`, or absolute) to its real path and
 * refuses it when it lands outside `root`'s real path: `../`, an absolute path
 * elsewhere, or a symlink anywhere on the way whose target is outside. `shown`
 * names the file in messages.
 */
export async function resolveInside(root: string, target: string, shown: string): Promise<string> {
  const lexical = path.resolve(root, target);
  if (isOutside(root, lexical)) {
    throw new WorkspaceFileError(`${shown} is outside the workspace ${root}; give a path inside it`, 'outside');
  }
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch (error) {
    throw new WorkspaceFileError(`the workspace ${root} cannot be resolved (${codeOf(error)})`, 'unreadable', { cause: error });
  }
  let real: string;
  try {
    real = await fs.realpath(lexical);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A dangling symlink is not "missing": say where it points, so the fix is obvious.
    const link = await fs.readlink(lexical).catch(() => null);
    if (link !== null) {
      throw new WorkspaceFileError(`${shown} is a symlink to ${clip(link, 120)}, which cannot be resolved (${code ?? 'error'})`, 'unreadable', {
        cause: error
      });
    }
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkspaceFileError(`${shown} does not exist in the workspace`, 'missing', { cause: error });
    throw new WorkspaceFileError(`${shown} cannot be resolved (${codeOf(error)})`, 'unreadable', { cause: error });
  }
  if (isOutside(realRoot, real)) {
    throw new WorkspaceFileError(`${shown} is a symlink to ${clip(real, 120)}, outside the workspace; refusing to read it`, 'outside');
  }
  return real;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? clip(messageOf(error), 120);
}

/**
 * Opens a file that must be a regular file of at most `maxBytes` and hands the open descriptor and its size
 * to `read`. It is opened with O_NONBLOCK (a FIFO cannot block the open) and O_NOFOLLOW (a file swapped for
 * a symlink after it was resolved is refused), then judged by fstat of the open descriptor, so what is
 * judged is what is read. Errors of `read` other than WorkspaceFileError become "cannot be read".
 */
async function withRegularFile<T>(
  real: string,
  shown: string,
  maxBytes: number,
  purpose: string,
  read: (handle: fs.FileHandle, size: number) => Promise<T>
): Promise<T> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkspaceFileError(`${shown} does not exist in the workspace`, 'missing', { cause: error });
    if (code === 'ELOOP')
      throw new WorkspaceFileError(`${shown} was replaced by a symlink while being read; refusing to follow it`, 'outside', { cause: error });
    if (code === 'ENXIO') throw new WorkspaceFileError(`${shown} is a socket or device, not a regular file`, 'not-regular', { cause: error });
    throw new WorkspaceFileError(`${shown} cannot be opened (${codeOf(error)})`, 'unreadable', { cause: error });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new WorkspaceFileError(`${shown} is ${fileKind(stat)}, not a regular file; point it at the file itself`, 'not-regular');
    if (stat.size > maxBytes) {
      throw new WorkspaceFileError(`${shown} is ${stat.size} bytes; ${purpose} may be at most ${maxBytes} bytes`, 'too-large');
    }
    return await read(handle, stat.size);
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw error;
    throw new WorkspaceFileError(`${shown} cannot be read (${codeOf(error)})`, 'unreadable', { cause: error });
  } finally {
    await handle.close();
  }
}

const grewPast = (shown: string, maxBytes: number, purpose: string) =>
  new WorkspaceFileError(`${shown} grew past ${maxBytes} bytes while being read; ${purpose} may be at most ${maxBytes} bytes`, 'too-large');

/**
 * Reads a file that must be a regular file of at most `maxBytes` (see withRegularFile). At most maxBytes + 1
 * bytes are read, so a file that grows while being read cannot exhaust memory.
 */
export function readRegularFile(real: string, shown: string, maxBytes: number, purpose: string): Promise<Buffer> {
  return withRegularFile(real, shown, maxBytes, purpose, async (handle, size) => {
    // One byte past the stated size, so reaching the end is seen without a second read of a full buffer.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, size + 1));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (buffer.length > maxBytes) throw grewPast(shown, maxBytes, purpose);
        // The file grew after fstat; keep reading, still within the cap.
        const larger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(larger);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  });
}

/** Bytes read at a time by readWorkspaceChunks. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads `rel` as readWorkspaceText does (confined to the workspace, a regular file, at most `maxBytes`), but
 * hands its bytes to `onChunk` a MiB at a time instead of returning them, so a reader that streams (a scan
 * report, an SBOM) never holds the whole file. Each chunk is a fresh buffer the callee may keep. What
 * `onChunk` throws ends the read and is thrown as it is; every refusal of the file is a WorkspaceFileError.
 */
export async function readWorkspaceChunks(root: string, rel: string, options: WorkspaceReadOptions, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const { shown, real } = await resolveWorkspaceRel(root, rel, options);
  let consumerError: { error: unknown } | null = null;
  await withRegularFile(real, shown, options.maxBytes, options.purpose, async (handle) => {
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      total += bytesRead;
      if (total > options.maxBytes) throw grewPast(shown, options.maxBytes, options.purpose);
      try {
        onChunk(chunk.subarray(0, bytesRead));
      } catch (error) {
        consumerError = { error };
        return;
      }
    }
  });
  if (consumerError !== null) throw (consumerError as { error: unknown }).error;
}

export interface WorkspaceReadOptions {
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** What the file is for, in messages: "a config file", "a manifest". */
  purpose: string;
  /** How the file is named in messages; default `"<rel>"`. */
  shown?: string;
}

/**
 * Reads `rel` (relative to the workspace `root`) as UTF-8 text: confined to the
 * workspace by its real path, a regular file, at most `maxBytes`. Every refusal
 * is a WorkspaceFileError naming the file.
 */
export async function readWorkspaceText(root: string, rel: string, options: WorkspaceReadOptions): Promise<string> {
  const { shown, real } = await resolveWorkspaceRel(root, rel, options);
  const bytes = await readRegularFile(real, shown, options.maxBytes, options.purpose);
  return bytes.toString('utf8');
}

/** `rel`'s real path inside the workspace, and how messages name it; an absolute path outside is refused. */
async function resolveWorkspaceRel(root: string, rel: string, options: WorkspaceReadOptions): Promise<{ shown: string; real: string }> {
  const shown = options.shown ?? `"${clip(rel)}"`;
  if (path.isAbsolute(rel) || path.win32.isAbsolute(rel)) {
    if (isOutside(root, path.resolve(rel))) {
      throw new WorkspaceFileError(`${shown} is an absolute path; give a path relative to the workspace`, 'outside');
    }
  }
  return { shown, real: await resolveInside(root, rel, shown) };
}

/**
 * The first symlink on `rel`'s path under `root` (the file itself or a folder on the way), or null. A file the
 * release reads from the commit must not be a symlink (git stores the link, not the file), so what edits files in
 * the working tree refuses them first.
 */
export async function symlinkOnPath(root: string, rel: string): Promise<{ via: string; target: string; isFile: boolean } | null> {
  const parts = path.normalize(rel).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const sub = parts.slice(0, i).join('/');
    const info = await fs.lstat(path.join(root, sub)).catch(() => null);
    if (info === null) return null;
    if (info.isSymbolicLink()) return { via: sub, target: await fs.readlink(path.join(root, sub)), isFile: i === parts.length };
  }
  return null;
}
