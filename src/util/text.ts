import { redactKnownSecrets } from './redact.js';

/** Message of any thrown value, without a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Shortens a value for a one-line message so a 1,000-character tag cannot flood the log.
 * Known secrets are redacted FIRST: a token cut in half by the shortening would no longer
 * match any later redaction, and its first half would be printed.
 */
export function clip(value: string, max = 80): string {
  const oneLine = redactKnownSecrets(value).replace(/[\r\n\t]+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max)}… (${oneLine.length} characters)` : oneLine;
}
