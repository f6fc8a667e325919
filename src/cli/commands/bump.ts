import { createGateContext } from '../../context.js';
import { runGate } from '../../engine.js';
import { InputError } from '../../errors.js';
import { clip } from '../../util/text.js';
import { bump } from '../../gates/bump.js';
import { applyBump, BumpRefused, planBump } from '../../maintainer/bump.js';
import { buildReport } from '../../report/report.js';
import { renderText } from '../../report/text.js';
import { COMMON_OPTIONS, EXIT, gitOf, parseCommandArgs, releaseFor, versionArgument, type CommandIO } from '../command.js';
import { commandSettings, headCommit, loadCommandConfig, workspaceOf } from '../environment.js';
import { COMMAND_USAGE } from '../usage.js';
import { terminalWords } from '../vocabulary.js';

/**
 * `release-gates bump X.Y.Z`: writes the version into every coupled file and the
 * changelog, then checks the result. It edits only files that are committed as
 * they are, so the change it makes is exactly the diff a reviewer sees.
 */
export async function bumpCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, COMMON_OPTIONS, 'bump');
  if (values.help) {
    io.terminal.out(COMMAND_USAGE.bump!);
    return EXIT.ok;
  }
  const version = versionArgument(positionals, 'bump');
  const workspace = workspaceOf(values);
  const git = gitOf(io);
  const config = await loadCommandConfig(values);
  const sha = await headCommit(git, workspace);
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10);

  let plan;
  try {
    plan = await planBump({ workspace, config, version, today });
  } catch (error) {
    if (error instanceof BumpRefused && error.kind === 'input') throw new InputError(error.message);
    throw error;
  }
  const files = plan.edits.map((e) => e.file);
  const dirty = await git.changedFiles(workspace, files);
  if (dirty.length > 0) {
    throw new BumpRefused(
      `${dirty.map((f) => clip(f, 80)).join(', ')} ${dirty.length === 1 ? 'has' : 'have'} uncommitted changes; bump edits only committed files, so that its diff is the whole change: commit or stash them first`,
      'state'
    );
  }
  await applyBump(workspace, plan);

  // bump needs no GitHub repository: its two checks read files only. The placeholder only fills {owner}/{repo} in the tag template.
  const release = releaseFor(config, version, 'local', 'repository');
  const settings = commandSettings({ ...values, command: 'bump', tag: release.tag, sha, repository: 'local/repository' }, io.env);
  settings.readWorkingTree = true;
  const ctx = createGateContext(settings, config, release, (line) => io.terminal.errLine(line));
  const run = await runGate(bump, ctx, [settings.token, settings.npmToken]);

  if (values.json) {
    const { checks, result } = buildReport(run, release, sha);
    io.terminal.json(
      `${JSON.stringify({ version, previous: plan.current, changes: plan.changes, changelog: plan.changelog, files, result, checks }, null, 2)}\n`
    );
  } else {
    const width = Math.max(...plan.changes.map((c) => c.file.length), 4);
    const lines = [`bump ${plan.current ?? '?'} → ${version}`, ''];
    for (const change of plan.changes) lines.push(`  ${change.file.padEnd(width)}  ${change.where}: ${change.from} → ${change.to}`);
    for (const same of plan.unchanged) lines.push(`  ${same.file.padEnd(width)}  ${same.where}: already ${version}`);
    if (plan.changelog) lines.push(`  ${plan.changelog.file.padEnd(width)}  added "${plan.changelog.heading}"`);
    lines.push(`  ${files.length} file${files.length === 1 ? '' : 's'} changed`, '');
    io.terminal.out(terminalWords(`${lines.join('\n')}\n${renderText(run, release, sha, bump.title)}`));
    if (run.result === 'pass') {
      io.terminal.out(`\nNext: review the diff (git diff), commit it, open a pull request, and once it is merged run release-gates prepare ${version}.\n`);
    }
  }
  return run.result === 'pass' ? EXIT.ok : EXIT.failed;
}
