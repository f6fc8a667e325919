#!/usr/bin/env node
/**
 * The `release-gates` command. Thin on purpose: it picks the command, runs it, and
 * turns the outcome into an exit code (0 passed, 1 a check or state stopped it,
 * 2 bad input or usage). One catch: every failure ends as one line on stderr,
 * never a stack trace. Everything printed passes the output boundary (output.ts) built
 * here, which redacts the tokens of the environment and neutralises workflow commands.
 */
import { BumpRefused } from '../maintainer/bump.js';
import { InputError } from '../errors.js';
import { messageOf } from '../util/text.js';
import { EXIT, type CommandIO } from './command.js';
import { bumpCommand } from './commands/bump.js';
import { doctorCommand } from './commands/doctor.js';
import { gateCommand } from './commands/gate.js';
import { prepareCommand } from './commands/prepare.js';
import { statusCommand } from './commands/status.js';
import { tagCommand } from './commands/tag.js';
import { githubToken } from './environment.js';
import { cliOutput } from './output.js';
import { processTerminal } from './terminal.js';
import { MAIN_USAGE, VERSION } from './usage.js';
import { terminalWords } from './vocabulary.js';

const COMMANDS: Record<string, (args: string[], io: CommandIO) => Promise<number>> = {
  bump: bumpCommand,
  prepare: prepareCommand,
  tag: tagCommand,
  doctor: doctorCommand,
  status: statusCommand
};

export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.terminal.err(MAIN_USAGE);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.terminal.out(MAIN_USAGE);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.terminal.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-'))
    throw new InputError(`"${first}" comes before a command; usage: release-gates <command> [options] (release-gates --help lists them)`);
  const command = COMMANDS[first];
  return command ? command(rest, io) : gateCommand(first, rest, io);
}

/** The exit code and line for a failure that escaped a command. */
export function failureOf(error: unknown): { code: number; line: string } {
  if (error instanceof InputError) return { code: EXIT.usage, line: messageOf(error) };
  if (error instanceof BumpRefused) return { code: error.kind === 'input' ? EXIT.usage : EXIT.failed, line: messageOf(error) };
  return { code: EXIT.failed, line: `release-gates failed: ${messageOf(error)}` };
}

// As given and trimmed: the settings trim them (cli/environment.ts), so both forms are the run's tokens.
const tokens = [githubToken(process.env), process.env.GITHUB_TOKEN ?? '', process.env.GH_TOKEN ?? '', process.env.NPM_TOKEN ?? ''];
const terminal = cliOutput(processTerminal(), [...tokens, ...tokens.map((t) => t.trim())]);
runCli(process.argv.slice(2), { terminal, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const { code, line } = failureOf(error);
    terminal.errLine(`error: ${terminalWords(line)}`);
    process.exitCode = code;
  }
);
