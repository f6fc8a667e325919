#!/usr/bin/env node
/**
 * The `release-gates` command. Thin on purpose: it picks the command, runs it, and
 * turns the outcome into an exit code (0 passed, 1 a check or state stopped it,
 * 2 bad input or usage). One catch: every failure ends as one line on stderr,
 * never a stack trace. Everything printed passes the output boundary (output.ts) built
 * here, which redacts the tokens of the environment and neutralises workflow commands.
 */
import { InputError, ReleaseGatesError } from '../errors.js';
import { messageOf } from '../util/text.js';
import { EXIT, type CommandIO } from './io.js';
import { githubToken } from './tokens.js';
import { cliOutput } from './output.js';
import { processTerminal } from './terminal.js';
import { MAIN_USAGE, VERSION } from './usage.js';
import { terminalWords } from './vocabulary.js';

type Command = (args: string[], io: CommandIO) => Promise<number>;

/**
 * Each command's module, loaded only when it runs: `--version`, `--help` and a usage error load
 * nothing but this file and the usage text, and a command loads its own code (a gate its own
 * gate, see gates/ids.ts), so start-up is close to Node's own.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  bump: async () => (await import('./commands/bump.js')).bumpCommand,
  prepare: async () => (await import('./commands/prepare.js')).prepareCommand,
  tag: async () => (await import('./commands/tag.js')).tagCommand,
  doctor: async () => (await import('./commands/doctor.js')).doctorCommand,
  status: async () => (await import('./commands/status.js')).statusCommand
};
const gateCommand = async () => (await import('./commands/gate.js')).gateCommand;

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
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (load) return (await load())(rest, io);
  return (await gateCommand())(first, rest, io);
}

/** The exit code and line for a failure that escaped a command. */
export function failureOf(error: unknown): { code: number; line: string } {
  if (error instanceof InputError) return { code: EXIT.usage, line: messageOf(error) };
  // bump's refusal (maintainer/bump.ts BumpRefused), told apart by its code so this file loads no command.
  if (error instanceof ReleaseGatesError && error.code === 'bump') {
    const kind = (error as ReleaseGatesError & { kind?: string }).kind;
    return { code: kind === 'input' ? EXIT.usage : EXIT.failed, line: messageOf(error) };
  }
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
