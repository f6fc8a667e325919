import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { compileVersionPattern } from '../../config.js';
import { clip, messageOf } from '../../errors.js';
import type { GateContext } from '../../gate.js';
import { isOutside } from '../../util/paths.js';
import { WorkspaceFileError, readWorkspaceText } from '../../util/workspace-file.js';
import { parseYamlBounded } from '../../util/yaml.js';

/**
 * Manifests are small text files; anything bigger is not one, and reading it
 * whole (or running a config pattern over it) would only waste the runner.
 */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
/**
 * Keys and list items in a YAML manifest: a large OpenAPI document has tens of thousands.
 * Parsing costs about 3 KiB per entry, so this bound keeps a hostile manifest under ~150 MiB.
 */
export const MAX_MANIFEST_ITEMS = 50_000;

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
        // Bounded and linear in time: `yaml`'s own duplicate-key check is quadratic in the keys of a mapping.
        return parseYamlBounded(text, { maxItems: MAX_MANIFEST_ITEMS, maxAliasCount: 100 });
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
  let matcher;
  try {
    // RE2 (re2js): linear in the text, so a pattern that would backtrack catastrophically cannot hang the run.
    matcher = compileVersionPattern(pattern).matcher(text);
  } catch (error) {
    return { ok: false, problem: `pattern is not a valid RE2 regular expression: ${firstLine(error)}` };
  }
  const found = new Set<string>();
  while (found.size < 2 && matcher.find()) {
    const value = matcher.group(1);
    // A trailing CR is the file's line ending (CRLF), not part of the version; other whitespace is kept and judged.
    if (value !== null) found.add(value.replace(/\r$/, ''));
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
