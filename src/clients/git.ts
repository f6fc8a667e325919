import { getExecOutput } from '@actions/exec';
import { clip, messageOf } from '../errors.js';

/** The local git repository the workspace may be. */
export interface GitApi {
  /**
   * The commit HEAD points at, or null when `dir` is not inside a git work tree
   * (then the files cannot be tied to a commit and the caller decides).
   */
  headSha(dir: string): Promise<string | null>;
}

async function git(dir: string, args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    return await getExecOutput('git', ['-C', dir, ...args], { silent: true, ignoreReturnCode: true });
  } catch (error) {
    throw new Error(`git could not be run: ${clip(messageOf(error), 160)}`);
  }
}

export function createGitApi(): GitApi {
  return {
    async headSha(dir) {
      // One process: resolving HEAD also tells whether dir is in a work tree at all.
      const head = await git(dir, ['rev-parse', '--verify', 'HEAD^{commit}']);
      if (head.exitCode === 0) return head.stdout.trim().toLowerCase();
      if (/not a git repository/i.test(head.stderr)) return null;
      // Anything else (dubious ownership, a broken .git, no commit yet) must not be mistaken for "no repository".
      throw new Error(`git cannot resolve HEAD in ${dir}: ${clip(head.stderr.trim(), 200)}`);
    }
  };
}
