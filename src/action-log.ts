import type { ActionIO } from './main.js';
import { neutralizeForLog } from './util/log-escape.js';
import { protectSecrets } from './util/redact.js';

/**
 * The action's output boundary for the job log. Every line the step prints passes here once
 * and nowhere before: main.ts and the checks hand over plain text, and the check results in it
 * are already redacted by the engine. A line is printed with the step's secrets redacted and
 * with no line break or workflow command from the outside text it carries.
 */
export function actionLogLine(secrets: readonly string[]): (text: string) => string {
  // Registered too, so that clip() redacts them before it shortens (a half token is still a leak).
  const redact = protectSecrets(secrets);
  return (text) => neutralizeForLog(redact(text));
}

/** `io` with every line it is given for the log passed through `logLine` first. */
export function throughLogBoundary(io: ActionIO, logLine: (text: string) => string): ActionIO {
  const { progress } = io;
  return {
    ...io,
    info: (message) => io.info(logLine(message)),
    setFailed: (message) => io.setFailed(logLine(message)),
    ...(progress ? { progress: (message: string) => progress(logLine(message)) } : {})
  };
}
