/**
 * A JSON document read in chunks, with its large arrays handed over one element at a time. A workspace
 * document (a Trivy report, an SPDX SBOM) runs to tens of MiB; `JSON.parse` of the whole text holds the
 * text and the tree at once, and a reader's validated copy on top of that, several times the file. Here
 * the tokens come from @streamparser/json, chunk by chunk, and the elements of the arrays named in
 * `elements` (jsonpath as the library reads it: `$.Results.*.Vulnerabilities.*`) are given to `onElement`
 * as each is complete and then dropped, so only the rest of the document (its skeleton, where those
 * arrays are left empty) and one element are ever held. The nesting depth is bounded as the tokens
 * arrive (MAX_JSON_DEPTH, as util/json.ts bounds whole documents), before any deep value is built.
 */
import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';
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
}

/** Bytes in which a string value is gathered: a long string is then decoded in slices, not concatenated byte run by byte run. */
const STRING_BUFFER_BYTES = 64 * 1024;

export class JsonStream {
  private readonly tokenizer: Tokenizer;
  private readonly parser: TokenParser;
  private depth = 0;
  private root: { value: unknown } | null = null;
  private failure: Error | null = null;
  /** What onElement threw: passed on as it is; every other error is the library's reason the text is no JSON. */
  private elementError: unknown = null;
  /** Whether any token was read, to tell a document of only whitespace from broken JSON. */
  private tokens = false;

  constructor(options: JsonStreamOptions) {
    const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
    this.tokenizer = new Tokenizer({ stringBufferSize: STRING_BUFFER_BYTES });
    // `$` is emitted too: it is the skeleton, returned by end(). As an emitted ancestor of every value it
    // keeps the library from dropping anything itself (keepStack: false drops only values no ancestor of
    // which is emitted), so each streamed element is removed from its array here, as soon as it is handed over.
    this.parser = new TokenParser({ paths: ['$', ...options.elements], keepStack: false });
    this.tokenizer.onToken = (token) => {
      this.tokens = true;
      if (token.token === TokenType.LEFT_BRACE || token.token === TokenType.LEFT_BRACKET) {
        if (++this.depth > maxDepth) throw new JsonStreamError(`nested deeper than ${maxDepth} levels`, true);
      } else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) {
        this.depth--;
      }
      this.parser.write(token);
    };
    this.parser.onValue = ({ value, key, parent, stack }) => {
      if (stack.length === 0) {
        this.root = { value };
        return;
      }
      if (!Array.isArray(parent)) return;
      // The element was pushed onto its array before it was emitted: it is the last one.
      parent.length -= 1;
      const path = [...stack.slice(1).map((s) => s.key as string | number), key as string | number];
      try {
        options.onElement(path, value);
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
    return !this.tokens;
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
