/**
 * Escapes text from outside the action (tag names, file contents, registry and
 * API answers) for the job summary, which GitHub renders as Markdown with HTML.
 * Every character that could open HTML or Markdown syntax becomes an entity,
 * and line breaks fold to spaces, so the text can neither inject markup nor
 * break out of a table cell.
 */
const SPECIAL = /[&<>"'`*_[\]()|#!~\\{}+=:-]/g;

export function escapeText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A link target is kept only when it is plain http(s); anything else is dropped. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.toString().replace(/["'<>`\s]/g, (ch) => encodeURIComponent(ch));
  } catch {
    return null;
  }
}
