/**
 * A maintainer's clone for the CLI's maintainer commands: a bare `origin` (what GitHub
 * holds; the GitHub test server reads its refs) and a clone of it whose `origin` URL
 * reads like GitHub's, rewritten by git (`url.<path>.insteadOf`) to the bare
 * repository, so --repository comes from the remote as on a laptop. The origin logs
 * every ref it receives, in order.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRepo, tempDir } from './git-repo.js';

/** Who commits and tags in the clone, with no system or global git config in the way. */
export const MAINTAINER_GIT_ENV = {
  GIT_AUTHOR_NAME: 'Maintainer',
  GIT_AUTHOR_EMAIL: 'maintainer@example.test',
  GIT_COMMITTER_NAME: 'Maintainer',
  GIT_COMMITTER_EMAIL: 'maintainer@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
};

export interface MaintainerClone {
  /** The bare repository. */
  origin: string;
  /** The clone's work tree. */
  clone: string;
  /** Runs git in the clone, as the maintainer. */
  git(...args: string[]): string;
  /** The refs the origin has received, in order. */
  pushLog(): string[];
}

export function maintainerClone(files: Record<string, string>, remoteUrl: string): MaintainerClone {
  const env = { ...process.env, ...MAINTAINER_GIT_ENV };
  const seed = createRepo(files);
  const origin = path.join(tempDir('rg-origin-'), 'origin.git');
  execFileSync('git', ['clone', '-q', '--bare', seed.dir, origin], { env });
  const log = path.join(path.dirname(origin), 'received.log');
  writeFileSync(path.join(origin, 'hooks/post-receive'), `#!/bin/sh\nwhile read old new ref; do echo "$ref" >> "${log}"; done\n`);
  chmodSync(path.join(origin, 'hooks/post-receive'), 0o755);
  const clone = path.join(tempDir('rg-clone-'), 'clone');
  execFileSync('git', ['clone', '-q', origin, clone], { env });
  const git = (...args: string[]) => execFileSync('git', ['-C', clone, ...args], { encoding: 'utf8', env }).trim();
  git('remote', 'set-url', 'origin', remoteUrl);
  git('config', `url.${origin}.insteadOf`, remoteUrl);
  return {
    origin,
    clone,
    git,
    pushLog: () => {
      try {
        return readFileSync(log, 'utf8').trim().split('\n');
      } catch {
        return [];
      }
    }
  };
}
