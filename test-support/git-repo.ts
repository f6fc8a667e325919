/** Real git repositories for tests: commits, branches, lightweight and annotated tags. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const created: string[] = [];

/** A temporary directory removed by `removeTempDirs()`. */
export function tempDir(prefix = 'rg-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  while (created.length) rmSync(created.pop()!, { recursive: true, force: true });
}

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes the files (null deletes), commits everything, returns the new commit SHA. */
  commit(files: Record<string, string | null>, message?: string): string;
  /** Creates a tag on `target` (default HEAD); returns what the ref points at (tag object or commit). */
  tag(name: string, options?: { annotated?: boolean; target?: string; message?: string; force?: boolean }): string;
  head(): string;
  /** The commit a tag peels to. */
  peel(name: string): string;
}

// Fixed identities and dates make commits reproducible and keep git quiet.
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Release Tester',
  GIT_AUTHOR_EMAIL: 'release-tester@example.test',
  GIT_COMMITTER_NAME: 'Release Tester',
  GIT_COMMITTER_EMAIL: 'release-tester@example.test',
  GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
};

/** Writes each file under `dir` (folders made as needed); null deletes it. */
export function writeFiles(dir: string, files: Record<string, string | Buffer | null>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (content === null) {
      rmSync(file, { force: true });
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** A temporary folder (removed by `removeTempDirs()`) holding `files`. */
export function tempFiles(files: Record<string, string | Buffer>, prefix = 'rg-files-'): string {
  const dir = tempDir(prefix);
  writeFiles(dir, files);
  return dir;
}

export function createRepo(files: Record<string, string | null> = {}, options: { branch?: string } = {}): TestRepo {
  const dir = tempDir('rg-repo-');
  const run = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV },
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim();
  run('init', '-q', '-b', options.branch ?? 'main');
  let counter = 0;
  const repo: TestRepo = {
    dir,
    git: run,
    commit(changes, message) {
      writeFiles(dir, changes);
      run('add', '-A');
      counter += 1;
      run('commit', '-q', '--allow-empty', '-m', message ?? `change ${counter}`);
      return run('rev-parse', 'HEAD');
    },
    tag(name, opts = {}) {
      const args = ['tag'];
      if (opts.force) args.push('-f');
      if (opts.annotated) args.push('-a', '-m', opts.message ?? `Release ${name}`);
      args.push(name, opts.target ?? 'HEAD');
      run(...args);
      return run('rev-parse', `refs/tags/${name}`);
    },
    head: () => run('rev-parse', 'HEAD'),
    peel: (name) => run('rev-parse', `refs/tags/${name}^{commit}`)
  };
  if (Object.keys(files).length > 0) repo.commit(files, 'initial');
  return repo;
}
