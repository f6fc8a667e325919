import type { Config } from '../config.js';
import { createGateContext } from '../context.js';
import type { GateContext, ReleaseInfo } from '../gate.js';
import type { MaintainerCommand, Settings } from '../settings.js';
import { gitOf, releaseFor, type CommandIO } from './command.js';
import { commandSettings, headCommit, loadCommandConfig, resolveRepository, workspaceOf, type CommonOptions } from './environment.js';
import { terminalWords } from './vocabulary.js';

export interface MaintainerContext {
  config: Config;
  settings: Settings;
  release: ReleaseInfo;
  ctx: GateContext;
}

/**
 * What `prepare`, `tag` and `status` start from: the config, the repository (from
 * --repository or the origin remote), HEAD of the clone as the commit, the release
 * tag the config's template makes for the version, and the context the checks run
 * in. Progress lines go to stderr, so that --json output stays one document.
 */
export async function maintainerContext(
  command: Exclude<MaintainerCommand, 'bump'>,
  version: string,
  values: CommonOptions & { 'wait-minutes'?: string | undefined },
  io: CommandIO
): Promise<MaintainerContext> {
  const workspace = workspaceOf(values);
  const git = gitOf(io);
  const config = await loadCommandConfig(values);
  const repository = await resolveRepository(values.repository, io.env, git, workspace);
  const sha = await headCommit(git, workspace);
  const [owner = '', repo = ''] = repository.split('/');
  const release = releaseFor(config, version, owner, repo);
  const settings = commandSettings({ ...values, command, tag: release.tag, sha, repository, waitMinutes: values['wait-minutes'] }, io.env);
  const ctx = createGateContext(settings, config, release, (line) => io.terminal.errLine(terminalWords(line)), {
    ...(io.clients ? { clients: io.clients } : {}),
    ...(io.sleep ? { sleep: io.sleep } : {})
  });
  return { config, settings, release, ctx };
}
