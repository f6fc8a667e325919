import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createGitApi, type GitApi } from '../clients/git.js';
import type { Config } from '../config.js';
import { fillTemplate } from '../util/template.js';
import { InputError } from '../errors.js';
import { clip } from '../util/text.js';
import type { ReleaseInfo } from '../gate.js';
import { semverProblem } from '../version.js';
import type { CommandIO } from './io.js';

export { EXIT, type CommandIO } from './io.js';

export const COMMON_OPTIONS = {
  workspace: { type: 'string' },
  config: { type: 'string' },
  repository: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies ParseArgsConfig['options'];

/** Parses a command's flags strictly: an unknown flag or a missing value is a usage error (exit 2), not a stack trace. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new InputError(`${message.replace(/\. To specify a positional argument.*$/, '')}; see release-gates ${command} --help`);
  }
}

/** The one version argument of a maintainer command, as SemVer without a `v`. */
export function versionArgument(positionals: string[], command: string): string {
  if (positionals.length !== 1) {
    throw new InputError(
      `release-gates ${command} takes one version (X.Y.Z), got ${positionals.length === 0 ? 'none' : positionals.map((p) => `"${clip(p)}"`).join(' ')}`
    );
  }
  const version = positionals[0]!;
  const problem = semverProblem(version);
  if (problem) {
    const hint = /^v\d/.test(version) ? `; write ${version.slice(1)}, without the v (the tag template adds it)` : '';
    throw new InputError(`${problem}${hint}`);
  }
  return version;
}

/** The release a maintainer command works on: the release tag the config's template makes for `version`. */
export function releaseFor(config: Config, version: string, owner: string, repo: string): ReleaseInfo {
  return { tag: fillTemplate(config.tags.release, { version, owner, repo }), version, kind: 'release', tagProblem: null };
}

export function gitOf(io: CommandIO): GitApi {
  return io.git ?? io.clients?.git ?? createGitApi();
}
