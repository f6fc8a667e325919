/** Secrets shorter than this are ignored: they would blank out ordinary text and cannot be real tokens. */
const MIN_SECRET_LENGTH = 4;

/**
 * Replaces every secret with *** (longer secrets first, so one that contains
 * another is not left half-shown). Secrets under 4 characters are ignored.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const live = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  return (text) => live.reduce((out, secret) => out.split(secret).join('***'), text);
}

/**
 * The secrets of this process (the `token` and `npm-token` inputs, and every credential the
 * HTTP layer sends), so that `clip()` can redact them BEFORE it shortens a text: once a text is
 * clipped, a partial token slips past any later redaction. Like the runner's own `add-mask`,
 * this is process-wide on purpose — an error message may be built far from where the secret is
 * known. The set is bounded: only a handful of distinct credentials exist in one run.
 */
const known = new Set<string>();
const MAX_KNOWN = 64;
let redactKnown: (text: string) => string = (text) => text;

/**
 * Registers secrets to be redacted by `redactKnownSecrets` (and so by `clip`), and returns a
 * redactor for exactly these secrets. A credential header value such as `Bearer <token>` is
 * registered with its bare token too.
 */
export function protectSecrets(secrets: readonly string[]): (text: string) => string {
  let changed = false;
  for (const secret of secrets) {
    for (const part of [secret, secret.trim().split(/\s+/).pop() ?? '']) {
      if (part.length >= MIN_SECRET_LENGTH && !known.has(part) && known.size < MAX_KNOWN) {
        known.add(part);
        changed = true;
      }
    }
  }
  if (changed) redactKnown = redactor([...known]);
  return redactor(secrets);
}

/** Every registered secret replaced with ***; apply before shortening or printing outside text. */
export function redactKnownSecrets(text: string): string {
  return redactKnown(text);
}
