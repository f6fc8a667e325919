/**
 * JSON parsing with the nesting bounded before any parsing starts. `JSON.parse` recurses
 * once per level: a few MiB of `[[[[…` holds hundreds of MiB and, inside some callers
 * (sigstore's bundle reader), ends in "Maximum call stack size exceeded" instead of a
 * reason. Real documents — registry answers, bundles, SBOMs, scan reports — stay under 20
 * levels. Hand-written because no JSON library answers "how deep?" without building the
 * tree: this is one linear pass over the bytes that allocates nothing.
 */

/** Deepest nesting accepted in any JSON document read; real ones stay under 20 levels. */
export const MAX_JSON_DEPTH = 128;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Why `text` is nested too deeply to parse ("nested deeper than 128 levels"), or null.
 * Works on the UTF-8 bytes or the string alike: a multi-byte UTF-8 sequence never holds
 * these ASCII bytes, and brackets inside strings are skipped.
 */
export function jsonDepthProblem(text: string | Uint8Array, maxDepth: number = MAX_JSON_DEPTH): string | null {
  const bytes = typeof text === 'string' ? null : text;
  const length = bytes ? bytes.length : (text as string).length;
  const at = bytes ? (i: number) => bytes[i]! : (i: number) => (text as string).charCodeAt(i);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const c = at(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return null;
}

/** Why a document could not be parsed: too deep, or not JSON (the parser's reason). */
export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string; deep: boolean };

/** Parses `text` after bounding its depth; never throws. */
export function parseJson(text: string | Uint8Array, maxDepth: number = MAX_JSON_DEPTH): JsonParse {
  const deep = jsonDepthProblem(text, maxDepth);
  if (deep) return { ok: false, reason: deep, deep: true };
  try {
    return { ok: true, value: JSON.parse(typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8')) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error), deep: false };
  }
}
