import { createGateContext } from '../../context.js';
import { renderStatusText, versionStatus } from '../../maintainer/status.js';
import { neutralizeLines } from '../../util/log-escape.js';
import { protectSecrets } from '../../util/redact.js';
import { COMMON_OPTIONS, EXIT, gitOf, parseCommandArgs, releaseFor, versionArgument, type CommandIO } from '../command.js';
import { commandSettings, headCommit, loadCommandConfig, resolveRepository, workspaceOf } from '../environment.js';
import { COMMAND_USAGE } from '../usage.js';
import { terminalWords } from '../vocabulary.js';

/**
 * `release-gates status X.Y.Z`: which places hold the version. Exit 0 only when every
 * place confirmed it free; a place that could not be asked may hold it (fail closed).
 */
export async function statusCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, COMMON_OPTIONS, 'status');
  if (values.help) {
    io.terminal.out(COMMAND_USAGE.status!);
    return EXIT.ok;
  }
  const version = versionArgument(positionals, 'status');
  const workspace = workspaceOf(values);
  const git = gitOf(io);
  const config = await loadCommandConfig(values);
  const repository = await resolveRepository(values.repository, io.env, git, workspace);
  // go.mod (for the Go module path) is read from HEAD, as committed.
  const sha = await headCommit(git, workspace);
  const [owner = '', repo = ''] = repository.split('/');
  const release = releaseFor(config, version, owner, repo);
  const settings = commandSettings({ ...values, command: 'status', tag: release.tag, sha, repository }, io.env);
  const redact = protectSecrets([settings.token, settings.npmToken]);
  const ctx = createGateContext(settings, config, release, (line) => io.terminal.err(`${terminalWords(redact(line))}\n`), {
    ...(io.clients ? { clients: io.clients } : {})
  });
  const status = await versionStatus(ctx);
  const clean = (text: string) => terminalWords(redact(text));
  if (values.json) {
    const places = status.places.map((p) => ({ place: clean(p.place), holds: p.holds, detail: clean(p.detail), ...(p.link ? { link: clean(p.link) } : {}) }));
    io.terminal.out(`${JSON.stringify({ version: status.version, burned: status.burned, next: status.next, places }, null, 2)}\n`);
  } else {
    io.terminal.out(clean(neutralizeLines(`release-gates status ${version} in ${settings.owner}/${settings.repo}\n\n${renderStatusText(status)}`)));
  }
  return status.burned === false ? EXIT.ok : EXIT.failed;
}
