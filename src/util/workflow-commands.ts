import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';

/**
 * The runner's side of the step: inputs, workflow commands on stdout (`::error::`, `::add-mask::`)
 * and the GITHUB_OUTPUT file command, written byte for byte as `@actions/core` 3 writes them.
 *
 * Hand-written so that the action can read its inputs, mask its secrets and fail the step before
 * any library loads: `@actions/core` brings its OIDC client, and with it @actions/http-client and
 * undici, which made a run that stops on bad input start about 2.5× slower than Node.
 * Only the job summary still uses `@actions/core`, loaded when a summary is written.
 * __tests__/util/workflow-commands.test.ts holds every function here to `@actions/core`'s output.
 */

/** A command's properties (`::name key=value,key=value::message`); an empty value is left out. */
export type CommandProperties = Readonly<Record<string, string>>;

/** `%`, CR and LF in a command's message, as the runner decodes them. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also escapes the `:` and `,` that would end it. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command as the runner reads it, without the line break. */
export function commandLine(command: string, properties: CommandProperties, message: string): string {
  let line = `::${command}`;
  const keys = Object.keys(properties);
  // The space is written for any property, even when every value is empty and left out: as @actions/core does.
  if (keys.length > 0) {
    line += ` ${keys
      .filter((key) => properties[key])
      .map((key) => `${key}=${escapeProperty(properties[key]!)}`)
      .join(',')}`;
  }
  return `${line}::${escapeData(message)}`;
}

function issueCommand(command: string, properties: CommandProperties, message: string): void {
  process.stdout.write(`${commandLine(command, properties, message)}${os.EOL}`);
}

/** An input as the runner passes it (`INPUT_<NAME>`, spaces as `_`), trimmed unless told otherwise. */
export function getInput(name: string, options: { trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  return options.trimWhitespace === false ? value : value.trim();
}

/** Tells the runner to print `secret` as `***` wherever it appears in the log. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** Plain text for the log, one line break added. */
export function info(message: string): void {
  process.stdout.write(`${message}${os.EOL}`);
}

export function warning(message: string): void {
  issueCommand('warning', {}, message);
}

/** Marks the step failed (exit code 1) with one `::error::` line. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', {}, message);
}

/**
 * `name<<delimiter`, the value, `delimiter`: a value may hold any line but the delimiter,
 * which is random so that the value's author cannot know it and close the heredoc early.
 */
export function keyValueMessage(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}`;
}

/**
 * Sets a step output: appended to the GITHUB_OUTPUT file, or, on a runner that names no such
 * file, the old `::set-output` command. Throws when the file is gone (the runner creates it for
 * every step), with the message `@actions/core` gives.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (file) {
    if (!fs.existsSync(file)) throw new Error(`Missing file at path: ${file}`);
    fs.appendFileSync(file, `${keyValueMessage(name, value)}${os.EOL}`, { encoding: 'utf8' });
    return;
  }
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, value);
}
