import type { Config } from '../../config.js';
import { runGate, type GateRun } from '../../engine.js';
import type { ReleaseInfo } from '../../gate.js';
import { prepare } from '../../gates/prepare.js';
import { releaseTags, tagCommands, type ReleaseTags } from '../../maintainer/prepare.js';
import { buildReport } from '../../report/report.js';
import { renderText } from '../../report/text.js';
import type { Settings } from '../../settings.js';
import { COMMON_OPTIONS, EXIT, parseCommandArgs, versionArgument, type CommandIO } from '../command.js';
import { maintainerContext } from '../maintainer-context.js';
import { COMMAND_USAGE } from '../usage.js';
import { terminalWords } from '../vocabulary.js';

export const PREPARE_OPTIONS = { ...COMMON_OPTIONS, 'wait-minutes': { type: 'string' } } as const;

export interface Prepared {
  run: GateRun;
  release: ReleaseInfo;
  settings: Settings;
  config: Config;
  tags: ReleaseTags;
}

/** Runs prepare's checks for `version` on HEAD of the clone. */
export async function runPrepare(
  version: string,
  values: { workspace?: string | undefined; config?: string | undefined; repository?: string | undefined; 'wait-minutes'?: string | undefined },
  command: 'prepare' | 'tag',
  io: CommandIO
): Promise<Prepared> {
  const { config, settings, release, ctx } = await maintainerContext(command, version, values, io);
  const run = await runGate(prepare, ctx, [settings.token, settings.npmToken]);
  return { run, release, settings, config, tags: releaseTags(config, version, settings.owner, settings.repo) };
}

/** The gate-like text of a prepare run, in the terminal's vocabulary. */
export function preparedText(prepared: Prepared): string {
  return terminalWords(renderText(prepared.run, prepared.release, prepared.settings.sha, prepare.title));
}

/** `release-gates prepare X.Y.Z`. */
export async function prepareCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, PREPARE_OPTIONS, 'prepare');
  if (values.help) {
    io.terminal.out(COMMAND_USAGE.prepare!);
    return EXIT.ok;
  }
  const version = versionArgument(positionals, 'prepare');
  const prepared = await runPrepare(version, values, 'prepare', io);
  const commands = tagCommands(prepared.tags, prepared.settings.sha);
  const passed = prepared.run.result === 'pass';
  if (values.json) {
    io.terminal.json(
      `${JSON.stringify({ ...buildReport(prepared.run, prepared.release, prepared.settings.sha), commands: passed ? commands : [] }, null, 2)}\n`
    );
  } else {
    io.terminal.out(preparedText(prepared));
    if (passed) {
      io.terminal.out(`\nReady. Tag it with release-gates tag ${version} --push, or run, in this order:\n${commands.map((c) => `  ${c}`).join('\n')}\n`);
    } else {
      io.terminal.out(`\nNot ready: fix the failed checks above and run release-gates prepare ${version} again. Nothing was tagged.\n`);
    }
  }
  return passed ? EXIT.ok : EXIT.failed;
}
