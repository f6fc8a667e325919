import { renderStatusText, versionStatus } from '../../maintainer/status.js';
import { COMMON_OPTIONS, EXIT, parseCommandArgs, versionArgument, type CommandIO } from '../command.js';
import { maintainerContext } from '../maintainer-context.js';
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
  // go.mod (for the Go module path) is read from HEAD, as committed.
  const { settings, ctx } = await maintainerContext('status', version, values, io);
  const status = await versionStatus(ctx);
  if (values.json) {
    const places = status.places.map((p) => ({
      place: terminalWords(p.place),
      holds: p.holds,
      detail: terminalWords(p.detail),
      ...(p.link ? { link: terminalWords(p.link) } : {})
    }));
    const publishers = status.publishers.map((p) => ({
      place: terminalWords(p.place),
      byReleaseWorkflow: p.byReleaseWorkflow,
      detail: terminalWords(p.detail)
    }));
    io.terminal.json(`${JSON.stringify({ version: status.version, burned: status.burned, next: status.next, places, publishers }, null, 2)}\n`);
  } else {
    io.terminal.out(terminalWords(`release-gates status ${version} in ${settings.owner}/${settings.repo}\n\n${renderStatusText(status)}`));
  }
  return status.burned === false ? EXIT.ok : EXIT.failed;
}
