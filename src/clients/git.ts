import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { getExecOutput } from '@actions/exec';
import { clip, messageOf } from '../util/text.js';
import { ReleaseGatesError } from '../errors.js';

/** The remote the maintainer commands work with: `prepare` fetches main from it, `tag --push` pushes to it. */
export const ORIGIN = 'origin';

/** A file as committed: its text, or why there is none to read. */
export type CommittedFile =
  | { kind: 'file'; text: string }
  | { kind: 'missing' }
  /** `rel` itself, or the folder `via` on its way, is a symlink in the commit. */
  | { kind: 'symlink'; target: string; via?: string }
  /** A folder or a submodule. */
  | { kind: 'not-a-file'; type: string }
  | { kind: 'too-large'; size: number };

/** The local git repository the workspace may be. */
export interface GitApi {
  /**
   * The commit HEAD points at, or null when `dir` is not inside a git work tree
   * (then the files cannot be tied to a commit and the caller decides). A broken
   * checkout (a `.git` that points nowhere) throws: it is not "no repository".
   */
  headSha(dir: string): Promise<string | null>;
  /**
   * `rel` (relative to `dir`) as committed in `sha`, not as the working tree has
   * it now, read only when it is a regular file of at most `maxBytes`.
   */
  showFile(dir: string, sha: string, rel: string, maxBytes: number): Promise<CommittedFile>;
  /** Of `files` (relative to `dir`), those with staged or unstaged changes, or untracked. */
  changedFiles(dir: string, files: readonly string[]): Promise<string[]>;
  /** The raw URL of a remote as configured (`remote.<name>.url`, before `insteadOf`), or null. */
  remoteUrl(dir: string, remote: string): Promise<string | null>;
  /** Fetches one branch of a remote into `refs/remotes/<remote>/<branch>`, without tags; throws with git's reason. */
  fetchBranch(dir: string, remote: string, branch: string): Promise<void>;
  /** The commit a ref names (`refs/remotes/origin/main`, `refs/tags/v1.2.3`), or null when there is no such ref. */
  resolveRef(dir: string, ref: string): Promise<string | null>;
  /** A tag in this clone: the commit it names and whether it is annotated; null when there is none. */
  localTag(dir: string, tag: string): Promise<{ commit: string; annotated: boolean } | null>;
  /** Creates a tag on `sha`: annotated with `message`, lightweight without. Never moves an existing tag. */
  createTag(dir: string, tag: string, sha: string, message?: string): Promise<void>;
  /** Pushes one tag to a remote; git refuses to overwrite a tag the remote already has (no --force). */
  pushTag(dir: string, remote: string, tag: string): Promise<void>;
}

/** A git command that failed: what was asked, and git's own first line of explanation. */
export class GitCommandError extends ReleaseGatesError {
  override name = 'GitCommandError';
  constructor(message: string, options?: ErrorOptions) {
    super('git', message, options);
  }
}

function gitReason(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^hint:/.test(l));
  // git's "fatal:"/"error:"/"! [rejected]" lines say why; progress lines do not.
  const telling = lines.filter((l) => /^(fatal|error|!|remote:)/.test(l));
  return clip((telling.length ? telling : lines).join('; '), 300) || 'no reason given';
}

async function git(dir: string, args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    // Literal pathspecs: a file name from the config is a name, never `:(glob)` magic.
    return await getExecOutput('git', ['--literal-pathspecs', '-C', dir, ...args], { silent: true, ignoreReturnCode: true });
  } catch (error) {
    throw new Error(`git could not be run: ${clip(messageOf(error), 160)}`);
  }
}

// git's words for "no repository here or above": anything else (a .git pointing nowhere) is a broken one.
const NO_REPOSITORY = /not a git repository \(or any of the parent directories\)/i;

/**
 * git does not follow a symlinked folder inside a commit, so `a/b` under a link `a`
 * is simply absent; say which folder on the way is a link, since that is the fix.
 */
async function symlinkOnTheWay(dir: string, sha: string, rel: string): Promise<CommittedFile | null> {
  const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    const listed = await git(dir, ['ls-tree', '-z', sha, '--', prefix]);
    const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t/.exec(listed.stdout);
    if (!match) return null;
    if (match[1] === '120000') {
      const target = await git(dir, ['cat-file', 'blob', match[3]!]);
      return { kind: 'symlink', target: clip(target.stdout, 200), via: prefix };
    }
  }
  return null;
}

export function createGitApi(): GitApi {
  return {
    async headSha(dir) {
      // One process: resolving HEAD also tells whether dir is in a work tree at all.
      const head = await git(dir, ['rev-parse', '--verify', 'HEAD^{commit}']);
      if (head.exitCode === 0) return head.stdout.trim().toLowerCase();
      if (NO_REPOSITORY.test(head.stderr)) {
        // A .git git does not recognise (an empty folder, say) is a broken checkout, not "no checkout".
        const dotGit = await fs.lstat(path.join(dir, '.git')).catch(() => null);
        if (dotGit === null) return null;
        throw new Error(`${dir} has a .git that git does not recognise as a repository: ${clip(head.stderr.trim(), 200)}; check the repository out again`);
      }
      // Anything else (dubious ownership, a .git file pointing nowhere, no commit yet) must not be mistaken for "no repository".
      throw new Error(`git cannot resolve HEAD in ${dir}: ${clip(head.stderr.trim(), 200)}`);
    },

    async changedFiles(dir, files) {
      if (files.length === 0) return [];
      // -z: paths unquoted; --untracked-files: a new file not yet added counts as a change too.
      const status = await git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...files]);
      if (status.exitCode !== 0) throw new GitCommandError(`git status failed in ${dir}: ${gitReason(status.stderr)}`);
      const changed: string[] = [];
      const entries = status.stdout.split('\0');
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        if (entry.length < 4) continue;
        changed.push(entry.slice(3));
        // A rename or copy is followed by its source path.
        if (entry[0] === 'R' || entry[0] === 'C') i++;
      }
      return changed;
    },

    async remoteUrl(dir, remote) {
      const result = await git(dir, ['config', '--get', `remote.${remote}.url`]);
      return result.exitCode === 0 ? result.stdout.trim() : null;
    },

    async fetchBranch(dir, remote, branch) {
      const result = await git(dir, ['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
      if (result.exitCode !== 0) throw new GitCommandError(`git fetch ${remote} ${branch} failed: ${gitReason(result.stderr)}`);
    },

    async resolveRef(dir, ref) {
      const result = await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return result.exitCode === 0 ? result.stdout.trim().toLowerCase() : null;
    },

    async localTag(dir, tag) {
      const type = await git(dir, ['cat-file', '-t', `refs/tags/${tag}`]);
      if (type.exitCode !== 0) return null;
      const commit = await git(dir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
      if (commit.exitCode !== 0) return null;
      return { commit: commit.stdout.trim().toLowerCase(), annotated: type.stdout.trim() === 'tag' };
    },

    async createTag(dir, tag, sha, message) {
      // No -f: git refuses a tag that exists, which is the point. tag.gpgSign, if the maintainer set it, signs the annotated tag.
      // --end-of-options: a name from a config template ("-f{version}") is a name, never an option; git then refuses it as a tag name.
      const args = message === undefined ? ['tag', '--end-of-options', tag, sha] : ['tag', '-a', '-m', message, '--end-of-options', tag, sha];
      const result = await git(dir, args);
      if (result.exitCode !== 0) throw new GitCommandError(`git tag ${tag} failed: ${gitReason(result.stderr)}`);
    },

    async pushTag(dir, remote, tag) {
      // A full refspec without "+": the remote refuses to replace a tag it has.
      const result = await git(dir, ['push', '--quiet', remote, `refs/tags/${tag}:refs/tags/${tag}`]);
      if (result.exitCode !== 0) throw new GitCommandError(`git push ${remote} ${tag} failed: ${gitReason(result.stderr)}`);
    },

    async showFile(dir, sha, rel, maxBytes) {
      if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`"${clip(sha)}" is not a commit SHA`);
      // -z: names unquoted, NUL-terminated; -l adds the blob size, so a huge file is refused before it is read.
      const listed = await git(dir, ['ls-tree', '-l', '-z', sha, '--', rel]);
      if (listed.exitCode !== 0) throw new Error(`git cannot list ${clip(rel)} in commit ${sha}: ${clip(listed.stderr.trim(), 200)}`);
      const entries = listed.stdout.split('\0').filter((e) => e.length > 0);
      if (entries.length === 0) return (await symlinkOnTheWay(dir, sha, rel)) ?? { kind: 'missing' };
      const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(-|\d+)\t/.exec(entries[0]!);
      if (!match || entries.length > 1) throw new Error(`git listed ${clip(rel)} in commit ${sha} unexpectedly: ${clip(listed.stdout, 120)}`);
      const [, mode, type, object, size] = match as unknown as [string, string, string, string, string];
      if (type !== 'blob') return { kind: 'not-a-file', type: type === 'tree' ? 'a folder' : type === 'commit' ? 'a submodule' : type };
      if (mode === '120000') {
        const target = await git(dir, ['cat-file', 'blob', object]);
        return { kind: 'symlink', target: clip(target.stdout, 200) };
      }
      if (Number(size) > maxBytes) return { kind: 'too-large', size: Number(size) };
      const blob = await git(dir, ['cat-file', 'blob', object]);
      if (blob.exitCode !== 0) throw new Error(`git cannot read ${clip(rel)} in commit ${sha}: ${clip(blob.stderr.trim(), 200)}`);
      return { kind: 'file', text: blob.stdout };
    }
  };
}
