import { ORIGIN } from '../../clients/git.js';
import { messageOf } from '../../util/text.js';
import { buildReport } from '../../report/report.js';
import { EXIT, gitOf, parseCommandArgs, versionArgument, type CommandIO } from '../command.js';
import { COMMAND_USAGE } from '../usage.js';
import { terminalWords } from '../vocabulary.js';
import { PREPARE_OPTIONS, preparedText, runPrepare } from './prepare.js';

/** One step of tagging, as done (or not) — the JSON output and the text both come from these. */
interface Step {
  action: 'create' | 'push';
  tag: string;
  done: boolean;
  error?: string;
}

/**
 * `release-gates tag X.Y.Z [--push]`: prepare, then the Go tag (lightweight) and the
 * release tag (annotated) on HEAD, and with --push the Go tag first and the release
 * tag second, so the Go module exists before the release workflow starts. It stops
 * at the first step that fails and never undoes one: a tag once pushed is public.
 */
export async function tagCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...PREPARE_OPTIONS, push: { type: 'boolean' } }, 'tag');
  if (values.help) {
    io.terminal.out(COMMAND_USAGE.tag!);
    return EXIT.ok;
  }
  const version = versionArgument(positionals, 'tag');
  const prepared = await runPrepare(version, values, 'tag', io);
  const { tags, settings } = prepared;
  const steps: Step[] = [];
  const print = (line: string) => {
    if (!values.json) io.terminal.outLine(terminalWords(line));
  };
  if (!values.json) io.terminal.out(preparedText(prepared));

  if (prepared.run.result === 'pass') {
    print('');
    const git = gitOf(io);
    const plan: Step[] = [
      ...(tags.goTag ? [{ action: 'create' as const, tag: tags.goTag, done: false }] : []),
      { action: 'create', tag: tags.releaseTag, done: false },
      ...(values.push
        ? [...(tags.goTag ? [{ action: 'push' as const, tag: tags.goTag, done: false }] : []), { action: 'push' as const, tag: tags.releaseTag, done: false }]
        : [])
    ];
    for (const step of plan) {
      steps.push(step);
      try {
        if (step.action === 'create' && (await git.localTag(settings.workspace, step.tag))?.commit === settings.sha) {
          // prepare accepted it: an earlier run made exactly this tag and did not push it.
          print(`${step.tag} is already on ${settings.sha.slice(0, 12)} in this clone (an earlier run made it)`);
        } else if (step.action === 'create') {
          await git.createTag(settings.workspace, step.tag, settings.sha, step.tag === tags.releaseTag ? tags.message : undefined);
          print(`created ${step.tag === tags.releaseTag ? 'annotated' : 'lightweight'} tag ${step.tag} on ${settings.sha.slice(0, 12)}`);
        } else {
          await git.pushTag(settings.workspace, ORIGIN, step.tag);
          print(`pushed ${step.tag} to ${ORIGIN}`);
        }
        step.done = true;
      } catch (error) {
        step.error = messageOf(error);
        print(`error: ${step.error}`);
        break;
      }
    }
  } else {
    print('');
    print('Nothing was tagged: fix the failed checks above and run release-gates tag again.');
  }

  const failedStep = steps.find((s) => s.error !== undefined);
  if (failedStep) {
    const done = steps.filter((s) => s.done).map((s) => `${s.action === 'create' ? 'created' : 'pushed'} ${s.tag}`);
    print(
      `stopped: ${done.length ? `done so far: ${done.join(', ')}; ` : ''}nothing was moved or deleted. Run release-gates status ${version} to see what is public before you retry.`
    );
  } else if (prepared.run.result === 'pass') {
    print(
      values.push
        ? `Released ${tags.releaseTag}: the tag push starts the release workflow. Follow it on GitHub; if it fails part-way, run release-gates status ${version}.`
        : `Tagged locally. Push the Go tag first, then the release tag: git push ${ORIGIN} refs/tags/${tags.goTag ?? tags.releaseTag}${tags.goTag ? ` && git push ${ORIGIN} refs/tags/${tags.releaseTag}` : ''} (or run release-gates tag with --push next time).`
    );
  }
  if (values.json) {
    io.terminal.json(`${JSON.stringify({ ...buildReport(prepared.run, prepared.release, settings.sha), steps }, null, 2)}\n`);
  }
  return prepared.run.result === 'pass' && !failedStep ? EXIT.ok : EXIT.failed;
}
