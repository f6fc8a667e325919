import * as fs from 'node:fs';
import { actionLogLine, throughLogBoundary } from './action-log.js';
import { InputError } from './errors.js';
import { clip, messageOf } from './util/text.js';
import type { ActionIO } from './main.js';
import { readSettings } from './settings.js';
import { gateIdNamed } from './gates/ids.js';
import * as runner from './util/workflow-commands.js';

/**
 * The GitHub Actions entry point: read inputs once, run the gate, fail the step on any error.
 *
 * Only the input reader and the runner's command writer (util/workflow-commands.ts, no
 * library) are loaded up front. The gates and their clients (and through them
 * @actions/github, which parses GITHUB_API_URL and reads the event file when it is
 * imported) are loaded with a dynamic import after the runner variables were
 * validated, so a bad variable is one clear error line and never a stack trace from
 * inside a library — and a step that stops on bad input starts about as fast as Node.
 * `@actions/core` is loaded only to write the job summary.
 */

let errorLineWritten = false;

/** Fails the step with exactly one `::error::` line, however many paths reach here; never throws. */
function failStep(message: string): void {
  if (errorLineWritten) return;
  errorLineWritten = true;
  process.exitCode = 1;
  try {
    runner.setFailed(message);
  } catch {
    // stdout is gone: the exit code still fails the step.
  }
}

/** Sets an output; returns why it could not be written (a GITHUB_OUTPUT file that is gone), never throws. */
function trySetOutput(name: string, value: string): string | null {
  try {
    runner.setOutput(name, value);
    return null;
  } catch (error) {
    return messageOf(error);
  }
}

/**
 * The runner's command files must exist when they are named: setting an output
 * throws when GITHUB_OUTPUT names a missing file, after the gate has run.
 */
function checkRunnerFiles(env: NodeJS.ProcessEnv): void {
  const file = env.GITHUB_OUTPUT;
  if (file === undefined || file === '') return;
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = null;
  }
  if (!stat || !stat.isFile()) {
    throw new InputError(
      `GITHUB_OUTPUT "${clip(file, 160)}" ${stat ? 'is not a file' : 'does not exist'}; the runner creates it for every step, so run release-gates as a step of a GitHub Actions job`
    );
  }
}

/** The runner's side of the gate run; its lines reach it through the log boundary (action-log.ts). */
function runnerIO(logLine: (text: string) => string): ActionIO {
  return {
    setOutput: (name, value) => runner.setOutput(name, value),
    setFailed: (message) => failStep(message),
    info: (message) => runner.info(message),
    async writeSummary(result, release, sha, title) {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        runner.warning('GITHUB_STEP_SUMMARY is not set on this runner: no job summary written (the report file has every result)');
        return;
      }
      try {
        const [{ summary }, { addGateSummary }] = await Promise.all([import('@actions/core'), import('./report/summary.js')]);
        addGateSummary(summary, result, release, sha, title);
        await summary.write();
      } catch (error) {
        // The verdict and the report file do not depend on the summary; say so and go on.
        runner.warning(logLine(`the job summary could not be written (${clip(messageOf(error), 200)}); the report file has every result`));
      }
    }
  };
}

async function main(): Promise<void> {
  // Mask secrets before anything else can print them.
  const secrets = [runner.getInput('token'), runner.getInput('npm-token')].filter((s) => s.length > 0);
  for (const secret of secrets) runner.setSecret(secret);
  const logLine = actionLogLine(secrets);
  try {
    checkRunnerFiles(process.env);
    // `tag` untrimmed: a tag with a trailing newline or no-break space must fail tag-format, as through GITHUB_REF.
    const settings = readSettings((name) => runner.getInput(name, { trimWhitespace: name !== 'tag' }), process.env);
    // The gate's name too, before anything is loaded: an unknown gate is one clear line.
    gateIdNamed(settings.gate);
    const { run } = await import('./main.js');
    await run(settings, throughLogBoundary(runnerIO(logLine), logLine));
  } catch (error) {
    const unwritten = trySetOutput('result', 'fail');
    // Bad input is one clear line; anything else is still one line, never a stack trace.
    const message = error instanceof InputError ? messageOf(error) : `release-gates failed: ${messageOf(error)}`;
    const note = unwritten ? ` (the "result" output could not be written either: ${clip(unwritten, 160)})` : '';
    failStep(logLine(`${message}${note}`));
  }
}

await main();
