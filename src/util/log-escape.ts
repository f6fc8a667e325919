/**
 * The Actions runner reads every line a step prints (stdout and stderr) and executes the ones
 * that start, after leading whitespace, with `::name …::` (workflow commands: `::warning::`,
 * `::add-mask::`, `::stop-commands::` …) and, in the older form, the ones holding `##[name …]`.
 * Text from outside — file and asset names, tags, registry answers — reaches the log inside
 * our lines, so it must neither break the line (a line break followed by `::warning …::` starts
 * a command) nor carry a command marker. `@actions/core` escapes only the data of the commands
 * it writes itself (`setFailed`, `warning`); `core.info` prints as it is. No library offers
 * this for plain log lines, hence this small escaper.
 *
 * Escapes are visible backslash forms, so a reader sees that something was there:
 * a line break becomes `\n`, other control or bidirectional-override characters `\xHH`/`\uHHHH`,
 * `::` becomes `:\:` and `##[` becomes `#\#[`. The result is one line, free of both markers,
 * and escaping it again changes nothing.
 */

const LINE_BREAK: Record<string, string> = { '\r\n': '\\n', '\n': '\\n', '\r': '\\r' };
// Line breaks (incl. NEL and the Unicode separators), C0/C1 controls except tab, DEL, the bidi
// marks and overrides (they reorder what a reader sees), and the BOM.
const UNSAFE = /\r\n|[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeChar(ch: string): string {
  const known = LINE_BREAK[ch];
  if (known) return known;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of log text with no line break, no `::` and no `##[`; safe to print with `core.info`. */
export function neutralizeForLog(text: string): string {
  return String(text)
    .replace(UNSAFE, escapeChar)
    .replace(/:(?=:)/g, ':\\')
    .replace(/#(?=#\[)/g, '#\\');
}

/**
 * A multi-line text (a rendered report) kept multi-line, with every line neutralised: the line
 * breaks the text was built with stay, and no line can start or hold a workflow command.
 */
export function neutralizeLines(text: string): string {
  return String(text).split(/\r?\n/).map(neutralizeForLog).join('\n');
}
