/**
 * Escapes text from outside the action (tag names, file contents, registry and
 * API answers) for the job summary, which GitHub renders as Markdown with HTML.
 * Every character that could open HTML or Markdown syntax becomes an entity,
 * and line breaks fold to spaces, so the text can neither inject markup nor
 * break out of a table cell.
 */
const SPECIAL = /[&<>"'`*_[\]()|#!~\\{}+=:-]/g;

/**
 * Bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E–U+200F,
 * U+202A–U+202E, U+2066–U+2069). They reorder how a line is shown, so a file name
 * could read as something it is not ("Trojan Source"). An entity would not help:
 * `&#8238;` renders as the override itself. They are shown as their code point.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces every bidirectional control with a visible `<U+202E>` marker. */
export function neutralizeBidi(text: string): string {
  return text.replace(BIDI, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

export function escapeText(text: string): string {
  return neutralizeBidi(text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')).replace(
    SPECIAL,
    (ch) => `&#${ch.charCodeAt(0)};`
  );
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
