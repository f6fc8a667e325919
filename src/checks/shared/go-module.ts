import * as path from 'node:path';
import * as semver from 'semver';
import { clip } from '../../util/text.js';
import { CheckFailed, type GateContext } from '../../gate.js';
import type { Settings } from '../../settings.js';
import { parseGoMod } from '../../formats/go-mod.js';
import { readWorkspaceFileOnce } from './workspace-reads.js';

/** `go.dir` as a clean relative path: `./clients/go/` → `clients/go`, the workspace root → `.`. */
export function cleanDir(dir: string): string {
  const normal = path.posix.normalize(dir.replaceAll('\\', '/')).replace(/\/+$/, '');
  return normal === '' ? '.' : normal;
}

/** The go.mod file of `go.dir`, relative to the workspace. */
export function goModFile(dir: string): string {
  const clean = cleanDir(dir);
  return clean === '.' ? 'go.mod' : `${clean}/go.mod`;
}

/** The module path and go.mod text `go.dir` holds (at the release commit, as every config-named file is read), or CheckFailed. */
export async function readGoModule(ctx: GateContext, dir: string): Promise<{ module: string; text: string; file: string }> {
  const file = goModFile(dir);
  const read = await readWorkspaceFileOnce(ctx, file);
  if (!read.ok) throw new CheckFailed(`the module path cannot be read: ${read.problem}`);
  const parsed = parseGoMod(read.text);
  if (!parsed.ok) throw new CheckFailed(`"${clip(file)}" is not a go.mod the go command accepts: ${parsed.problem}`);
  return { module: parsed.module, text: read.text, file };
}

/**
 * The module path Go expects for `go.dir` at `version`: `{server host}/{owner}/{repo}/{dir}`, with the
 * `/vN` suffix Go requires from major version 2. `base` is the part that resolves case-insensitively.
 */
export function expectedModulePath(
  settings: Pick<Settings, 'owner' | 'repo' | 'serverUrl'>,
  dir: string,
  version: string
): { base: string; rest: string; expected: string; major: number } {
  const major = semver.major(version);
  const suffix = major >= 2 ? `/v${major}` : '';
  const host = new URL(settings.serverUrl).hostname.toLowerCase();
  const base = `${host}/${settings.owner}/${settings.repo}`;
  const clean = cleanDir(dir);
  const rest = `${clean === '.' ? '' : `/${clean}`}${suffix}`;
  return { base, rest, expected: `${base}${rest}`, major };
}
