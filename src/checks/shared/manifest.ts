import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { clip, messageOf } from '../../errors.js';
import type { GateContext } from '../../gate.js';
import { isOutside } from '../../util/paths.js';

/**
 * Manifests are small text files; anything bigger is not one, and reading it
 * whole (or running a config pattern over it) would only waste the runner.
 */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

export type FileRead = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Reads a config-named file from the workspace. Refuses a path that leaves the
 * workspace (`../`, absolute, or a symlink whose target is outside), because
 * the versions must come from the checked-out commit and nothing else.
 * Every problem is a sentence naming the file.
 */
export async function readWorkspaceFile(workspace: string, rel: string): Promise<FileRead> {
  const shown = `"${clip(rel)}"`;
  if (path.isAbsolute(rel) || path.win32.isAbsolute(rel)) {
    return { ok: false, problem: `${shown} is an absolute path; give a path relative to the workspace` };
  }
  const lexical = path.resolve(workspace, rel);
  if (isOutside(workspace, lexical)) {
    return { ok: false, problem: `${shown} leaves the workspace; give a path inside it` };
  }
  let real: string;
  let realRoot: string;
  try {
    realRoot = await fs.realpath(workspace);
    real = await fs.realpath(lexical);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: `${shown} does not exist in the workspace` };
    return { ok: false, problem: `${shown} cannot be resolved: ${code ?? clip(messageOf(error), 120)}` };
  }
  // A symlink inside the workspace may still point anywhere; judge where it really lands.
  if (isOutside(realRoot, real)) {
    return { ok: false, problem: `${shown} is a symlink that points outside the workspace; refusing to read it` };
  }
  try {
    const stat = await fs.stat(real);
    if (!stat.isFile()) return { ok: false, problem: `${shown} is not a regular file` };
    if (stat.size > MAX_MANIFEST_BYTES) {
      return { ok: false, problem: `${shown} is ${stat.size} bytes; a manifest may be at most ${MAX_MANIFEST_BYTES} bytes` };
    }
    return { ok: true, text: await fs.readFile(real, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: `${shown} cannot be read: ${code ?? clip(messageOf(error), 120)}` };
  }
}

/**
 * readWorkspaceFile, once per file per gate run (ctx.once, keyed by the path as
 * the config writes it): checks that read the same file (Chart.yaml for two
 * `versions` entries, a changelog, go.mod) share one read.
 */
export function readWorkspaceFileOnce(ctx: GateContext, rel: string): Promise<FileRead> {
  return ctx.once(`workspace-file:${rel}`, () => readWorkspaceFile(ctx.settings.workspace, rel));
}

export type ManifestFormat = 'toml' | 'json' | 'yaml';

/** The structured format `key` entries are read as, by file extension; null for any other file. */
export function manifestFormat(file: string): ManifestFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.toml') return 'toml';
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return null;
}

export type ParseResult = { ok: true; data: unknown } | { ok: false; problem: string };

/** Parser messages span lines (with a caret diagram); the first line is the one a person needs. */
function firstLine(error: unknown): string {
  return clip(messageOf(error).split('\n')[0]?.trim() ?? '', 160);
}

/** Parses manifest text; a `.yaml` file holding JSON is fine, since YAML 1.2 is a superset of JSON. */
export function parseManifest(text: string, format: ManifestFormat): ParseResult {
  try {
    switch (format) {
      case 'toml':
        return { ok: true, data: parseToml(text) };
      case 'json':
        return { ok: true, data: JSON.parse(text) as unknown };
      case 'yaml':
        return { ok: true, data: parseYaml(text, { prettyErrors: false, maxAliasCount: 100 }) as unknown };
    }
  } catch (error) {
    return { ok: false, problem: `is not valid ${format.toUpperCase()}: ${firstLine(error)}` };
  }
}

export type KeyLookup = { ok: true; value: string } | { ok: false; problem: string };

/**
 * Reads a dotted key (`project.version`, `info.version`; a numeric segment
 * indexes an array). Only own properties count, so `constructor` or
 * `__proto__` can never resolve to something the file does not hold.
 */
export function readDottedKey(data: unknown, key: string): KeyLookup {
  let node: unknown = data;
  const segments = key.split('.');
  for (const [i, segment] of segments.entries()) {
    const walked = segments.slice(0, i + 1).join('.');
    if (Array.isArray(node)) {
      const index = /^\d+$/.test(segment) ? Number(segment) : -1;
      if (index < 0 || index >= node.length) return { ok: false, problem: `has no key "${clip(walked)}"` };
      node = node[index];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return { ok: false, problem: `has no key "${clip(walked)}"` };
    }
  }
  if (typeof node === 'string') return { ok: true, value: node };
  if (typeof node === 'number') {
    // A YAML `appVersion: 1.10` is the number 1.1: the spelling is already lost, so say how to keep it.
    return { ok: false, problem: `key "${clip(key)}" holds the number ${node}, not a version string; quote it` };
  }
  const kind = node === null ? 'null' : Array.isArray(node) ? 'a list' : typeof node === 'object' ? 'a table' : typeof node;
  return { ok: false, problem: `key "${clip(key)}" holds ${kind}, not a version string` };
}

export type PatternLookup = { ok: true; value: string } | { ok: false; problem: string };

/**
 * Finds the version with a config pattern (one capture group). Every match
 * must agree: if the pattern also catches, say, a dependency's version, taking
 * the first match would be a guess.
 */
export function readPattern(text: string, pattern: string): PatternLookup {
  let regex: RegExp;
  try {
    // `m` so that ^ and $ anchor to lines, which is what a pattern over a file means.
    regex = new RegExp(pattern, 'gm');
  } catch (error) {
    return { ok: false, problem: `pattern is not a valid regular expression: ${firstLine(error)}` };
  }
  const found = new Set<string>();
  for (const match of text.matchAll(regex)) {
    if (match[1] !== undefined) found.add(match[1].trim());
    if (found.size > 1) break;
  }
  if (found.size === 0) return { ok: false, problem: 'pattern has no match' };
  const values = [...found];
  if (values.length > 1) {
    return {
      ok: false,
      problem: `pattern matches different versions (${values.map((v) => `"${clip(v, 40)}"`).join(', ')}); anchor it to the one version`
    };
  }
  return { ok: true, value: values[0]! };
}

/**
 * Whether the workspace files belong to `sha`: a problem sentence when the
 * workspace is a git checkout at another commit, null when it matches or is
 * not a git checkout (`notGit` tells the caller). Shared between the checks
 * that read the workspace, so git runs once per gate.
 */
export function workspaceCommit(ctx: GateContext): Promise<{ problem: string | null; notGit: boolean }> {
  return ctx.once('workspace-head', async () => {
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
