import * as fs from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { clip, messageOf } from '../../util/text.js';
import type { ActionIO } from '../../main.js';
import { renderText } from '../../report/text.js';
import { GATE_IDS, type GateId } from '../../gates/ids.js';
import { COMMON_OPTIONS, EXIT, gitOf, parseCommandArgs, type CommandIO } from '../command.js';
import { commandSettings, resolveRepository, workspaceOf } from '../environment.js';
import { COMMAND_USAGE } from '../usage.js';
import { terminalWords } from '../vocabulary.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  tag: { type: 'string' },
  sha: { type: 'string' },
  dist: { type: 'string' },
  'wait-minutes': { type: 'string' },
  'image-digest': { type: 'string' },
  'chart-digest': { type: 'string' }
} as const;

/**
 * In a workflow's `run:` step the runner names a job summary file: the CLI appends the same
 * section the action writes, so a gate run from the command line shows on the job's page too.
 */
async function appendJobSummary(io: CommandIO, ...section: Parameters<ActionIO['writeSummary']>): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const [{ summary }, { addGateSummary }] = await Promise.all([import('@actions/core'), import('../../report/summary.js')]);
  summary.emptyBuffer();
  addGateSummary(summary, ...section);
  const markdown = summary.stringify();
  summary.emptyBuffer();
  try {
    await fs.appendFile(file, markdown);
  } catch (error) {
    // The verdict does not depend on the summary: say so and go on, as the action does.
    io.terminal.errLine(
      `warning: the job summary could not be written to GITHUB_STEP_SUMMARY "${clip(file, 160)}" (${clip(messageOf(error), 200)}); the report file has every result`
    );
  }
}

/** `release-gates <gate>`: one gate, as the action runs it. */
export async function gateCommand(gate: string, args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, gate);
  if (values.help) {
    io.terminal.out(COMMAND_USAGE.gate!);
    return EXIT.ok;
  }
  if (!(GATE_IDS as readonly string[]).includes(gate))
    throw new InputError(`unknown command or gate "${clip(gate)}"; use one of: bump, prepare, tag, doctor, status, ${GATE_IDS.join(', ')}`);
  if (positionals.length > 0)
    throw new InputError(`release-gates ${gate} takes no arguments besides options, got "${clip(positionals[0]!)}"; see release-gates ${gate} --help`);
  const workspace = workspaceOf(values);
  const git = gitOf(io);
  const repository = await resolveRepository(values.repository, io.env, git, workspace);
  let sha = values.sha ?? io.env.GITHUB_SHA ?? '';
  if (!sha) sha = (await git.headSha(workspace)) ?? '';
  const settings = commandSettings(
    {
      ...values,
      command: gate as GateId,
      tag: values.tag ?? '',
      sha,
      repository,
      waitMinutes: values['wait-minutes'],
      imageDigest: values['image-digest'],
      chartDigest: values['chart-digest']
    },
    io.env
  );
  // Loaded after the settings are validated: @actions/github parses GITHUB_API_URL when it is imported.
  const { run } = await import('../../main.js');
  const actionIO: ActionIO = {
    setOutput: () => {},
    setFailed: () => {},
    // The summary below says it all; only a check's progress while it waits is shown (on stderr, so --json stays one document).
    info: () => {},
    progress: (line) => io.terminal.errLine(terminalWords(line)),
    async writeSummary(result, release, commit, title) {
      if (!values.json) io.terminal.out(terminalWords(renderText(result, release, commit, title)));
      await appendJobSummary(io, result, release, commit, title);
    }
  };
  const result = await run(settings, actionIO, {
    ...(io.clients ? { clients: io.clients } : {}),
    ...(io.sleep ? { sleep: io.sleep } : {}),
    ...(io.clock ? { clock: io.clock } : {})
  });
  if (values.json) io.terminal.json(await fs.readFile(result.reportFile, 'utf8'));
  else io.terminal.out(`\nreport: ${result.reportFile}\n`);
  return result.run.result === 'pass' ? EXIT.ok : EXIT.failed;
}
