/**
 * Replaces every secret with *** (longer secrets first, so one that contains
 * another is not left half-shown). Secrets under 4 characters are ignored: they
 * would blank out ordinary text and cannot be real tokens.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const live = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => live.reduce((out, secret) => out.split(secret).join('***'), text);
}
