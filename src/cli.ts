#!/usr/bin/env node
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { createGitApi } from './clients/git.js';
import { InputError, messageOf } from './errors.js';
import { protectSecrets } from './util/redact.js';
import { neutralizeForLog, neutralizeLines } from './util/log-escape.js';
import type { ActionIO } from './main.js';
import { renderText } from './report/text.js';
import { GATE_IDS, readSettings } from './settings.js';

const USAGE = `usage: release-gates <gate> [options]

Runs one gate of the release process with the same engine as the GitHub Action
and prints its summary. Exit code: 0 pass, 1 a check failed, 2 bad input.

gates: ${GATE_IDS.join(', ')}

options:
  --workspace DIR       repository checkout (default: current directory)
  --config FILE         config file relative to the workspace (default .github/release-gates.yml)
  --tag TAG             release tag (default: GITHUB_REF's tag)
  --sha SHA             commit being released (default: GITHUB_SHA, else the workspace's HEAD)
  --repository O/R      GitHub repository (default: GITHUB_REPOSITORY)
  --dist DIR            built release files (default dist)
  --wait-minutes N      wait for runs in progress up to N minutes (default 0)
  --json                print the JSON report instead of the text summary

Secrets come from the environment only: GITHUB_TOKEN (GitHub REST), NPM_TOKEN (npm).
GITHUB_API_URL and GITHUB_SERVER_URL select a GitHub Enterprise Server or a test server.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      config: { type: 'string' },
      tag: { type: 'string' },
      sha: { type: 'string' },
      repository: { type: 'string' },
      dist: { type: 'string' },
      'wait-minutes': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const workspace = path.resolve(values.workspace ?? process.cwd());
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_WORKSPACE: workspace };
  if (values.repository) env.GITHUB_REPOSITORY = values.repository;
  let sha = values.sha ?? env.GITHUB_SHA ?? '';
  if (!sha) sha = (await createGitApi().headSha(workspace)) ?? '';
  const inputs: Record<string, string> = {
    gate: positionals[0] ?? '',
    token: env.GITHUB_TOKEN ?? '',
    'npm-token': env.NPM_TOKEN ?? '',
    config: values.config ?? '',
    tag: values.tag ?? '',
    sha,
    dist: values.dist ?? '',
    'wait-minutes': values['wait-minutes'] ?? '',
    summary: 'true'
  };
  // `tag` untrimmed: a tag with a trailing newline or no-break space must fail tag-format, as through GITHUB_REF.
  const settings = readSettings((name) => (name === 'tag' ? (inputs[name] ?? '') : (inputs[name] ?? '').trim()), env);
  // Loaded after the runner variables are validated: @actions/github parses GITHUB_API_URL when it is imported.
  const { run } = await import(/* webpackMode: "eager" */ './main.js');
  const outputs: Record<string, string> = {};
  const io: ActionIO = {
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    setFailed: () => {},
    info: () => {},
    async writeSummary(result, release, commit, title) {
      if (!values.json) process.stdout.write(neutralizeLines(renderText(result, release, commit, title)));
    }
  };
  const result = await run(settings, io);
  if (values.json) {
    const fs = await import('node:fs/promises');
    process.stdout.write(await fs.readFile(result.reportFile, 'utf8'));
  } else {
    process.stdout.write(`\nreport: ${result.reportFile}\n`);
  }
  return result.run.result === 'pass' ? 0 : 1;
}

const redact = protectSecrets([process.env.GITHUB_TOKEN ?? '', process.env.NPM_TOKEN ?? '']);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof InputError || (error as Error)?.name === 'TypeError' ? messageOf(error) : `release-gates failed: ${messageOf(error)}`;
    console.error(`error: ${neutralizeForLog(redact(message))}`);
    process.exitCode = 2;
  }
);
