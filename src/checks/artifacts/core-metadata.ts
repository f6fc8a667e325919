/**
 * Reads the header block of an email-style metadata file (a wheel's METADATA and
 * WHEEL, an sdist's PKG-INFO): `Key: value` lines up to the first blank line.
 * Keys are case-insensitive; a key may repeat (WHEEL lists one `Tag:` per line).
 */
export function readHeaders(text: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') break;
    // Continuation lines (folded values, e.g. a long License) carry nothing the gate reads.
    if (/^[ \t]/.test(line)) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const list = headers.get(key) ?? [];
    list.push(line.slice(colon + 1).trim());
    headers.set(key, list);
  }
  return headers;
}

/** The single value of a header, or null when it is missing or given more than once differently. */
export function singleHeader(headers: Map<string, string[]>, key: string): string | null {
  const values = headers.get(key.toLowerCase());
  if (!values || values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0]! : null;
}
