import { neutralizeForLog, neutralizeLines } from '../util/log-escape.js';
import { protectSecrets, redactor } from '../util/redact.js';
import type { Terminal } from './terminal.js';

/**
 * Where a command prints. The CLI's one output boundary: everything a command prints passes
 * here once, with the run's secrets redacted and no workflow command from outside text (a CLI
 * run inside a workflow step is read by the runner too); the commands hand over plain text.
 */
export interface CliOutput {
  /** Text for a reader (a report, help): line breaks kept, each line neutralised. */
  out(text: string): void;
  err(text: string): void;
  /** One line (a step of tagging, a progress line, the error): its own line breaks are escaped too. */
  outLine(line: string): void;
  errLine(line: string): void;
  /**
   * A JSON document on stdout, redacted only: JSON writes every line break inside a string as
   * `\n`, and each of its lines starts with indentation and a quote or bracket, never a command.
   */
  json(document: string): void;
}

export function cliOutput(terminal: Terminal, secrets: readonly string[]): CliOutput {
  const redact = protectSecrets(secrets);
  // JSON writes a secret holding a quote or backslash escaped: redacted in that form too.
  const redactJson = redactor([...secrets, ...secrets.map((s) => JSON.stringify(s).slice(1, -1))]);
  return {
    out: (text) => terminal.out(neutralizeLines(redact(text))),
    err: (text) => terminal.err(neutralizeLines(redact(text))),
    outLine: (line) => terminal.out(`${neutralizeForLog(redact(line))}\n`),
    errLine: (line) => terminal.err(`${neutralizeForLog(redact(line))}\n`),
    json: (document) => terminal.out(redactJson(document))
  };
}
