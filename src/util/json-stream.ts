/**
 * JSON documents read chunk by chunk, never held whole (tokens from @streamparser/json, MIT): a
 * workspace report or SBOM, a registry answer, an attestation layer can run to tens of MiB, and
 * `JSON.parse` of one holds its bytes, its string and its tree at once. Three readings, one
 * tokenizer and one depth bound (MAX_JSON_DEPTH, counted as the tokens arrive, before any deep
 * value is built):
 * - `JsonStream`: the large arrays handed over element by element, the rest kept as a skeleton;
 * - `JsonSelector`: only the values at chosen paths, everything else dropped as it completes;
 * - `selectJson`: a selector over a body as it streams, with the top level's outline.
 *
 * `JsonStream` in detail: a JSON document read in chunks, with its large arrays handed over one element at a time. A workspace
 * document (a Trivy report, an SPDX SBOM) runs to tens of MiB; `JSON.parse` of the whole text holds the
 * text and the tree at once, and a reader's validated copy on top of that, several times the file. Here
 * the tokens come from @streamparser/json, chunk by chunk, and the elements of the arrays named in
 * `elements` (jsonpath as the library reads it: `$.Results.*.Vulnerabilities.*`) are given to `onElement`
 * as each is complete and then dropped, so only the rest of the document (its skeleton, where those
 * arrays are left empty) and one element are ever held. The nesting depth is bounded as the tokens
 * arrive (MAX_JSON_DEPTH, as util/json.ts bounds whole documents), before any deep value is built.
 */
import { Tokenizer, TokenParser, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import { MAX_JSON_DEPTH } from './json.js';

/** Where an element sits in the document: keys and array indexes from the top (`['Results', 0, 'Vulnerabilities', 7]`). */
export type JsonPath = readonly (string | number)[];

export interface JsonStreamOptions {
  /** Paths of array elements to hand over and drop (`$.packages.*`); an element of a non-array is left in place. */
  elements: readonly string[];
  onElement(path: JsonPath, value: unknown): void;
  maxDepth?: number;
}

/** Why the text is no JSON document; `deep` when it nests past the bound. */
export class JsonStreamError extends Error {
  override name = 'JsonStreamError';
  constructor(
    message: string,
    readonly deep: boolean
  ) {
    super(message);
  }
  /** The reason alone, for a message that names the document ("JSON nested deeper than 128 levels"). */
  get reason(): string {
    return this.message;
  }
}

/** Bytes in which a string value is gathered: a long string is then decoded in slices, not concatenated byte run by byte run. */
const STRING_BUFFER_BYTES = 64 * 1024;

/**
 * A tokenizer that refuses nesting past `maxDepth` as the tokens arrive, before any deep value is
 * built, and hands every token to `next`. `read()` says whether any token came (a document of only
 * whitespace is no document).
 */
function depthBoundTokenizer(maxDepth: number, next: (token: ParsedTokenInfo) => void): { tokenizer: Tokenizer; read: () => boolean } {
  const tokenizer = new Tokenizer({ stringBufferSize: STRING_BUFFER_BYTES });
  let depth = 0;
  let any = false;
  tokenizer.onToken = (token) => {
    any = true;
    if (token.token === TokenType.LEFT_BRACE || token.token === TokenType.LEFT_BRACKET) {
      if (++depth > maxDepth) throw new JsonStreamError(`nested deeper than ${maxDepth} levels`, true);
    } else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) {
      depth--;
    }
    next(token);
  };
  return { tokenizer, read: () => any };
}

/** A value's keys and indexes from the top, from the parser's stack and its own key. */
function pathOf(stack: readonly { key: unknown }[], key: unknown): JsonPath {
  return [...stack.slice(1).map((s) => s.key as string | number), key as string | number];
}

export class JsonStream {
  private readonly tokenizer: Tokenizer;
  private readonly parser: TokenParser;
  private root: { value: unknown } | null = null;
  private failure: Error | null = null;
  /** What onElement threw: passed on as it is; every other error is the library's reason the text is no JSON. */
  private elementError: unknown = null;
  /** Whether any token was read, to tell a document of only whitespace from broken JSON. */
  private readonly read: () => boolean;

  constructor(options: JsonStreamOptions) {
    // `$` is emitted too: it is the skeleton, returned by end(). As an emitted ancestor of every value it
    // keeps the library from dropping anything itself (keepStack: false drops only values no ancestor of
    // which is emitted), so each streamed element is removed from its array here, as soon as it is handed over.
    this.parser = new TokenParser({ paths: ['$', ...options.elements], keepStack: false });
    ({ tokenizer: this.tokenizer, read: this.read } = depthBoundTokenizer(options.maxDepth ?? MAX_JSON_DEPTH, (token) => this.parser.write(token)));
    this.parser.onValue = ({ value, key, parent, stack }) => {
      if (stack.length === 0) {
        this.root = { value };
        return;
      }
      if (!Array.isArray(parent)) return;
      // The element was pushed onto its array before it was emitted: it is the last one.
      parent.length -= 1;
      try {
        options.onElement(pathOf(stack, key), value);
      } catch (error) {
        this.elementError = error;
        throw error;
      }
    };
    const fail = (error: Error) => {
      throw (this.failure ??= this.wrapped(error));
    };
    this.parser.onError = fail;
    this.tokenizer.onError = fail;
    this.tokenizer.onEnd = () => {
      if (!this.parser.isEnded) this.parser.end();
    };
    // The parser ends after the top-level value; ending the tokenizer then makes anything but whitespace after it an error, as for JSON.parse.
    this.parser.onEnd = () => {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    };
  }

  private wrapped(error: unknown): Error {
    if (error instanceof JsonStreamError || (this.elementError !== null && error === this.elementError)) return error as Error;
    return new JsonStreamError(error instanceof Error ? error.message : String(error), false);
  }

  /** Feeds the next chunk; throws JsonStreamError (or what onElement throws) at the first problem. */
  write(chunk: Uint8Array | string): void {
    if (this.failure) throw this.failure;
    try {
      this.tokenizer.write(chunk);
    } catch (error) {
      throw (this.failure ??= this.wrapped(error));
    }
  }

  /** Whether nothing but whitespace was read. */
  get empty(): boolean {
    return !this.read();
  }

  /** Ends the document; the skeleton: the top-level value without the streamed elements. */
  end(): unknown {
    if (this.failure) throw this.failure;
    try {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    } catch (error) {
      throw (this.failure ??= this.wrapped(error));
    }
    if (this.root === null) throw (this.failure = new JsonStreamError('the JSON value ends early', false));
    return this.root.value;
  }
}

/** Bytes fed to the tokenizer at once when a whole buffer is read. */
const SLICE_BYTES = 64 * 1024;

/**
 * One JSON document fed chunk by chunk; `onValue` is called for each value at one of `paths` (the
 * library's selectors: `$._type`, `$.subject`, `$.predicate.packages.*`), in document order. write() and
 * end() throw JsonStreamError when the document nests past `maxDepth`, is not JSON or ends early; what
 * `onValue` throws goes through as it is.
 */
export class JsonSelector {
  private readonly tokenizer: Tokenizer;
  private readonly read: () => boolean;
  private ended = false;
  /** What onValue threw: the caller's, passed on as it is (the parser would report it as its own error). */
  private callerError: { error: unknown } | null = null;

  constructor(
    paths: readonly string[],
    onValue: (path: JsonPath, value: unknown) => void,
    maxDepth: number = MAX_JSON_DEPTH,
    /** Every token as it is read (selectJson's outline of the top level). */
    onToken?: (token: ParsedTokenInfo) => void
  ) {
    const parser = new TokenParser({ paths: [...paths], keepStack: false });
    const { tokenizer, read } = depthBoundTokenizer(maxDepth, (token) => {
      onToken?.(token);
      parser.write(token);
    });
    this.tokenizer = tokenizer;
    this.read = read;
    parser.onValue = ({ value, key, stack }) => {
      try {
        onValue(pathOf(stack, key), value);
      } catch (error) {
        this.callerError = { error };
        throw error;
      }
    };
    tokenizer.onError = JsonSelector.fail;
    parser.onError = JsonSelector.fail;
    // The parser ends after the top-level value; ending the tokenizer then makes anything after it but whitespace an error, as for JSON.parse.
    parser.onEnd = () => {
      this.ended = true;
      if (!tokenizer.isEnded) tokenizer.end();
    };
    tokenizer.onEnd = () => {
      if (!parser.isEnded) parser.end();
    };
  }

  private static fail(error: Error): never {
    throw error instanceof JsonStreamError ? error : new JsonStreamError(error.message, false);
  }

  private guarded(step: () => void): void {
    try {
      step();
    } catch (error) {
      // What onValue threw is the caller's and goes through; the library's own errors become a reason.
      if (this.callerError) throw this.callerError.error;
      if (error instanceof Error && (error.name === 'TokenizerError' || error.name === 'TokenParserError')) JsonSelector.fail(error);
      throw error;
    }
  }

  write(chunk: Uint8Array): void {
    this.guarded(() => this.tokenizer.write(chunk));
  }

  end(): void {
    this.guarded(() => {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    });
    if (!this.read()) throw new JsonStreamError('no JSON value (empty)', false);
    if (!this.ended) throw new JsonStreamError('the JSON value ends early', false);
  }
}

/** `bytes` in slices, so the tokenizer never takes one huge chunk. */
export function* slices(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) yield bytes.subarray(at, at + SLICE_BYTES);
}

/** A value found at one of the selected paths, with its keys from the root (`['versions', '1.2.3']`). */
export interface SelectedValue {
  path: JsonPath;
  value: unknown;
}

/** What a top-level member is, so a reader tells `"versions": {}` from no `versions` (or one that is not an object). */
export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** What was read besides the selected values: the root's kind and each top-level member's kind (first one wins). */
export interface JsonOutline {
  root: JsonKind | null;
  members: Map<string, JsonKind>;
}

/**
 * A value of `kind` standing in for a member a streamed read did not keep, so a reader's shape check
 * judges the reduced document as it would the whole one; undefined for a member that was not there.
 */
export function standIn(kind: JsonKind | null | undefined): unknown {
  const values: Record<JsonKind, unknown> = { object: {}, array: [], string: '', number: 0, boolean: false, null: null };
  return kind === null || kind === undefined ? undefined : values[kind];
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

/**
 * Parses the JSON document `body` and calls `onValue` for each value at one of `paths`
 * (`$.versions.*`, `$.files.*`: the library's selectors), in document order, and answers the
 * document's outline (which top-level members it has, of which kind). Throws
 * JsonStreamError when the document is nested too deeply, is not JSON, or ends early;
 * whatever `onValue` throws ends the read (and the transfer) and is thrown as it is.
 */
export async function selectJson(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  paths: string[],
  onValue: (found: SelectedValue) => void,
  maxDepth: number = MAX_JSON_DEPTH
): Promise<JsonOutline> {
  const outline = new OutlineTracker();
  const selector = new JsonSelector(
    paths,
    (path, value) => onValue({ path, value }),
    maxDepth,
    (token) => outline.take(token)
  );
  for await (const chunk of body) for (const slice of slices(chunk)) selector.write(slice);
  selector.end();
  return outline.outline;
}

/** `selectJson` over bytes already in memory, fed in slices so the parser never sees one huge chunk. */
export function selectJsonBytes(bytes: Uint8Array, paths: string[], onValue: (found: SelectedValue) => void): Promise<JsonOutline> {
  return selectJson([bytes], paths, onValue);
}
