/**
 * Reads the header block of an email-style metadata file (a wheel's METADATA and
 * WHEEL, an sdist's PKG-INFO) the way the Python tools do: pip, PyPI and packaging's
 * `parse_email` all hand the text to `email.parser.Parser(policy=compat32)`, so its
 * feedparser decides what a header is and where the block ends:
 *
 * - A line break is `\r\n`, `\r` or `\n` (feedparser's NLCRE_crack), so CRLF files and
 *   old Mac line endings read the same as LF ones.
 * - Only an empty line ends the block. A line of spaces or tabs is a continuation line
 *   (feedparser's headerRE matches `[\t ]` at its start): setuptools and distutils fold
 *   a multi-line License or Description with 8 spaces and write each of its blank lines
 *   as 8 spaces, and the headers after it (Classifier, Requires-Python, …) still count.
 * - A header line is `key:` where the key is printable ASCII without a space or colon;
 *   any other line ends the block (Python records MissingHeaderBodySeparatorDefect and
 *   reads the rest as the body), so nothing after it is read as a header either.
 * - A key is case-insensitive (`Message.get_all` lowers it) and may repeat: WHEEL lists
 *   one `Tag:` per line. A folded value keeps its continuation lines, joined by `\n`.
 *
 * Everything after the block is the body (the long description since Metadata 2.1)
 * and is never read as headers, even where a line of it looks like `Name: …`.
 */
export function readHeaders(text: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let last: string[] | null = null;
  // A leading BOM is dropped, as before the move; Python's parser would keep it and read no headers.
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      // A continuation before any header is dropped, as feedparser does (FirstHeaderLineIsContinuationDefect).
      if (last !== null) last[last.length - 1] += `\n${line}`;
      continue;
    }
    // An mbox "From " envelope line is not a header and does not end the block.
    if (line.startsWith('From ')) continue;
    const header = /^([\x21-\x39\x3b-\x7e]*):/.exec(line);
    if (!header) break;
    const key = header[1]!.toLowerCase();
    // ": value" with an empty key is skipped (InvalidHeaderDefect); feedparser keeps folding into the header before it.
    if (key === '') continue;
    const list = headers.get(key) ?? [];
    list.push(line.slice(header[0].length));
    headers.set(key, list);
    last = list;
  }
  // Surrounding whitespace is trimmed (compat32 strips only the leading blanks of the first line).
  for (const list of headers.values()) list.forEach((v, i) => (list[i] = v.trim()));
  return headers;
}

/** The single value of a header, or null when it is missing or given more than once differently. */
export function singleHeader(headers: Map<string, string[]>, key: string): string | null {
  const values = headers.get(key.toLowerCase());
  if (!values || values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0]! : null;
}
