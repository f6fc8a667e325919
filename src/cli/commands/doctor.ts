import { createGateContext } from '../../context.js';
import { runGate, type GateRun } from '../../engine.js';
import { InputError } from '../../errors.js';
import type { ReleaseInfo } from '../../gate.js';
import { doctor } from '../../gates/doctor.js';
import { buildReport, reportJson } from '../../report/report.js';
import { renderText } from '../../report/text.js';
import { clip } from '../../util/text.js';
import { COMMON_OPTIONS, EXIT, gitOf, parseCommandArgs, type CommandIO } from '../command.js';
import { commandSettings, loadCommandConfig, resolveRepository, workspaceOf } from '../environment.js';
import { COMMAND_USAGE } from '../usage.js';
import { terminalWords } from '../vocabulary.js';

/** doctor judges no release: its report's tag, version and kind are empty. */
const NO_RELEASE: ReleaseInfo = { tag: '', version: null, kind: null, tagProblem: null };

/** The run with every line in the terminal's vocabulary (GITHUB_TOKEN, not the action's "token" input). */
function inTerminalWords(run: GateRun): GateRun {
  return { ...run, checks: run.checks.map((c) => ({ ...c, summary: terminalWords(c.summary), details: c.details.map(terminalWords) })) };
}

/** A gate's text, with the repository where a gate names its version, tag and commit (doctor has none). */
function doctorText(run: GateRun, repository: string): string {
  const [heading = '', , ...rest] = renderText(run, NO_RELEASE, '', doctor.title).split('\n');
  const next = run.result === 'pass' ? '' : '\nChange each setting named above, then run release-gates doctor again.\n';
  return `${[heading, `  repository ${repository}`, ...rest].join('\n')}${next}`;
}

/**
 * `release-gates doctor`: whether the repository's settings enforce what the release process assumes.
 * Exit 0 when every check holds; 1 when one does not or could not be read (never a pass then).
 */
export async function doctorCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, COMMON_OPTIONS, 'doctor');
  if (values.help) {
    io.terminal.out(COMMAND_USAGE.doctor!);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new InputError(`release-gates doctor takes no arguments besides options, got "${clip(positionals[0]!)}"; see release-gates doctor --help`);
  }
  const workspace = workspaceOf(values);
  const git = gitOf(io);
  const config = await loadCommandConfig(values);
  const repository = await resolveRepository(values.repository, io.env, git, workspace);
  // Every answer comes from GitHub, so no clone is needed; a clone's HEAD goes into the report when there is one.
  const head = await git.headSha(workspace);
  // Settings carry a tag and a commit, which doctor has none of: the release template and a zero SHA stand in, read by no check.
  const settings = commandSettings({ ...values, command: 'doctor', tag: config.tags.release, sha: head ?? '0'.repeat(40), repository }, io.env);
  const ctx = createGateContext(settings, config, NO_RELEASE, (line) => io.terminal.errLine(terminalWords(line)), {
    ...(io.clients ? { clients: io.clients } : {}),
    ...(io.sleep ? { sleep: io.sleep } : {})
  });
  const run = inTerminalWords(await runGate(doctor, ctx, [settings.token, settings.npmToken]));
  if (values.json) io.terminal.json(`${reportJson(buildReport(run, NO_RELEASE, head ?? ''))}\n`);
  else io.terminal.out(doctorText(run, `${settings.owner}/${settings.repo}`));
  return run.result === 'pass' ? EXIT.ok : EXIT.failed;
}
