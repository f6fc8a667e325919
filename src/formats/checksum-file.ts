import { clip } from '../util/text.js';

/**
 * The `sha256sum` checksum-file format: one `<64 hex>  <name>` line per file
 * (`<hex> *<name>` is binary mode, read the same), names bare as the files are
 * in `dist` and among the release assets.
 */
export interface ChecksumEntry {
  name: string;
  /** Lower-case hex. */
  hex: string;
  /** 1-based line number, for messages. */
  line: number;
}

export type ChecksumParse = { ok: true; entries: ChecksumEntry[] } | { ok: false; problem: string };

/** Largest checksum file read: a list of a few hundred names is a few KiB. */
export const MAX_CHECKSUM_FILE_BYTES = 1024 * 1024;

const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;

/** Whether a body is an HTML page (an error page served where a file was expected). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(text.replace(/^\uFEFF/, ''));
}

/**
 * Why a file name cannot be written as a plain checksum line, or null.
 * sha256sum escapes such names with a leading backslash, which release tooling
 * reads inconsistently, so they are refused rather than escaped.
 */
export function checksumNameProblem(name: string): string | null {
  if (/[\n\r\\]/.test(name)) return `file name "${clip(name)}" contains a line break or backslash; rename it`;
  return null;
}

/** Parses a checksum file strictly: every non-blank line must be a sha256sum line. */
export function parseChecksumFile(text: string, shown: string): ChecksumParse {
  if (looksLikeHtml(text)) {
    return { ok: false, problem: `${shown} is an HTML page, not a checksum list (an error page was served in its place)` };
  }
  const entries: ChecksumEntry[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const m = LINE.exec(raw);
    if (!m) {
      return {
        ok: false,
        problem: `line ${i + 1} of ${shown} is not a sha256sum line ("<64 hex>  <file name>"): "${clip(raw, 60)}"`
      };
    }
    const name = m[2]!;
    if (name.startsWith('\\') || name.includes('/')) {
      return {
        ok: false,
        problem: `line ${i + 1} of ${shown} names "${clip(name)}", not a bare file name; list files by name as they are in dist (run sha256sum inside the folder)`
      };
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      return { ok: false, problem: `${shown} lists "${clip(name)}" twice (lines ${earlier} and ${i + 1})` };
    }
    seen.set(name, i + 1);
    entries.push({ name, hex: m[1]!.toLowerCase(), line: i + 1 });
  }
  if (entries.length === 0) return { ok: false, problem: `${shown} lists no files` };
  return { ok: true, entries };
}

/** Compares by UTF-16 code units, not locale, so the order is the same on every runner. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Formats entries as sha256sum writes them (text mode, two spaces), sorted by name. */
export function formatChecksumFile(entries: ReadonlyArray<{ name: string; hex: string }>): string {
  return [...entries]
    .sort(byName)
    .map((e) => `${e.hex}  ${e.name}\n`)
    .join('');
}
