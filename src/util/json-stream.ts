/**
 * Reads chosen parts of a JSON document as its bytes arrive, never holding the document:
 * registry answers (a packument, a PEP 691 page) can be tens of MiB, and `JSON.parse` of
 * one holds its bytes, its string and its tree at once — several hundred MiB, times the
 * packages checked at once. `@streamparser/json` (MIT) parses chunk by chunk; with
 * `keepStack: false` every value is dropped from its parent once complete, so only the
 * value being read and the parser's stack are held. Its stack grows with nesting, so the
 * nesting is bounded here first, chunk by chunk, as src/util/json.ts bounds a whole text.
 */
import { JSONParser, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import { MAX_JSON_DEPTH } from './json.js';

/** Why a streamed document could not be read: nested too deep, or not JSON (the parser's reason). */
export class JsonStreamError extends Error {
  override name = 'JsonStreamError';
  constructor(
    readonly reason: string,
    readonly deep: boolean
  ) {
    super(reason);
  }
}

/** A value found at one of the selected paths, with its keys from the root (`['versions', '1.2.3']`). */
export interface SelectedValue {
  path: ReadonlyArray<string | number>;
  value: unknown;
}

/** What a top-level member is, so a reader tells `"versions": {}` from no `versions` (or one that is not an object). */
export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** What was read besides the selected values: the root's kind and each top-level member's kind (first one wins). */
export interface JsonOutline {
  root: JsonKind | null;
  members: Map<string, JsonKind>;
}

function kindOf(token: TokenType): JsonKind | null {
  switch (token) {
    case TokenType.LEFT_BRACE:
      return 'object';
    case TokenType.LEFT_BRACKET:
      return 'array';
    case TokenType.STRING:
      return 'string';
    case TokenType.NUMBER:
      return 'number';
    case TokenType.TRUE:
    case TokenType.FALSE:
      return 'boolean';
    case TokenType.NULL:
      return 'null';
    default:
      return null;
  }
}

/** Follows the tokens at the root's level only: a key, its colon, then the token that opens its value. */
class OutlineTracker {
  readonly outline: JsonOutline = { root: null, members: new Map() };
  private depth = 0;
  private key: string | null = null;
  private afterColon = false;
  private expectKey = false;
  take({ token, value }: ParsedTokenInfo): void {
    if (this.outline.root === null) {
      this.outline.root = kindOf(token);
      this.expectKey = token === TokenType.LEFT_BRACE;
    } else if (this.depth === 1 && this.outline.root === 'object') {
      if (this.afterColon) {
        const kind = kindOf(token);
        if (kind && this.key !== null && !this.outline.members.has(this.key)) this.outline.members.set(this.key, kind);
        this.afterColon = false;
      } else if (this.expectKey && token === TokenType.STRING) {
        this.key = value as string;
        this.expectKey = false;
      } else if (token === TokenType.COLON) {
        this.afterColon = true;
      } else if (token === TokenType.COMMA) {
        this.expectKey = true;
      }
    }
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) this.depth++;
    else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) this.depth--;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** jsonDepthProblem's pass, resumable across chunks: a string or an escape may span two chunks. */
export class DepthGuard {
  private depth = 0;
  private inString = false;
  private escaped = false;
  constructor(private readonly maxDepth: number = MAX_JSON_DEPTH) {}

  /** Why the document is too deep once `chunk` is added, or null. */
  feed(chunk: Uint8Array): string | null {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
      } else if (c === QUOTE) {
        this.inString = true;
      } else if (c === 0x5b || c === 0x7b) {
        if (++this.depth > this.maxDepth) return `nested deeper than ${this.maxDepth} levels`;
      } else if (c === 0x5d || c === 0x7d) {
        this.depth--;
      }
    }
    return null;
  }
}

/**
 * Parses the JSON document `body` and calls `onValue` for each value at one of `paths`
 * (`$.versions.*`, `$.files.*`: the library's selectors), in document order, and answers the
 * document's outline (which top-level members it has, of which kind). Throws
 * JsonStreamError when the document is nested too deeply, is not JSON, or ends early;
 * whatever `onValue` throws ends the read and is thrown as it is.
 */
export async function selectJson(
  body: AsyncIterable<Uint8Array>,
  paths: string[],
  onValue: (found: SelectedValue) => void,
  maxDepth: number = MAX_JSON_DEPTH
): Promise<JsonOutline> {
  const guard = new DepthGuard(maxDepth);
  const parser = new JSONParser({ paths, keepStack: false });
  const outline = new OutlineTracker();
  parser.onToken = (token) => outline.take(token);
  let failure: unknown = null;
  parser.onValue = ({ value, key, stack }) => {
    if (failure !== null) return;
    try {
      onValue({ path: [...stack.slice(1).map((s) => s.key as string | number), key as string | number], value });
    } catch (error) {
      failure = error;
    }
  };
  parser.onError = (error) => {
    failure ??= new JsonStreamError(error.message, false);
  };
  for await (const chunk of body) {
    const deep = guard.feed(chunk);
    if (deep) throw new JsonStreamError(deep, true);
    parser.write(chunk);
    // Leaving the loop cancels the rest of the transfer.
    if (failure !== null) throw failure;
  }
  if (!parser.isEnded) parser.end();
  if (failure !== null) throw failure;
  // The parser takes no bytes (or only spaces) as no document: that is no answer, never an empty one.
  if (outline.outline.root === null) throw new JsonStreamError('an empty body, not JSON', false);
  return outline.outline;
}

/** `selectJson` over bytes already in memory, fed in slices so the parser never sees one huge chunk. */
export function selectJsonBytes(bytes: Uint8Array, paths: string[], onValue: (found: SelectedValue) => void): Promise<JsonOutline> {
  const SLICE = 64 * 1024;
  async function* slices(): AsyncIterable<Uint8Array> {
    for (let at = 0; at < bytes.length; at += SLICE) yield bytes.subarray(at, at + SLICE);
  }
  return selectJson(slices(), paths, onValue);
}
