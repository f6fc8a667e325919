import * as core from '@actions/core';
import { redactor } from './util/redact.js';
import { InputError, messageOf } from './errors.js';
import { run, type ActionIO } from './main.js';
import { addGateSummary } from './report/summary.js';
import { readSettings } from './settings.js';

/** The GitHub Actions entry point: read inputs once, run the gate, fail the step on any error. */
const io: ActionIO = {
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  info: (message) => core.info(message),
  async writeSummary(result, release, sha, title) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.warning('GITHUB_STEP_SUMMARY is not set on this runner: no job summary written (the report file has every result)');
      return;
    }
    addGateSummary(core.summary, result, release, sha, title);
    await core.summary.write();
  }
};

async function main(): Promise<void> {
  // Mask secrets before anything else can print them.
  const secrets = [core.getInput('token'), core.getInput('npm-token')].filter((s) => s.length > 0);
  for (const secret of secrets) core.setSecret(secret);
  const redact = redactor(secrets);
  try {
    const settings = readSettings((name) => core.getInput(name), process.env);
    await run(settings, io);
  } catch (error) {
    core.setOutput('result', 'fail');
    // Bad input is one clear line; anything else is still one line, never a stack trace.
    const message = error instanceof InputError ? messageOf(error) : `release-gates failed: ${messageOf(error)}`;
    core.setFailed(redact(message));
  }
}

await main();
