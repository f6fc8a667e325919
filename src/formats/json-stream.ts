/**
 * Chosen values of a JSON document, read chunk by chunk without building the rest. A BuildKit SBOM
 * attestation layer runs to tens of MiB, and `JSON.parse` of one holds its bytes, its string and its tree
 * at once (several times the layer); the statement around the SBOM is all some readers need. The tokens
 * come from @streamparser/json (MIT); with `keepStack: false` every value no selected path covers is
 * dropped from its parent as soon as it is complete, so only the selected values and the parser's stack
 * are held. That stack grows with nesting, so the depth is bounded as the tokens arrive (MAX_JSON_DEPTH,
 * as src/util/json.ts bounds a whole text), before any deep value is built. A pure reader: no I/O.
 */
import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';
import { MAX_JSON_DEPTH } from '../util/json.js';

/** Where a value sits: keys and array indexes from the top (`['subject', 0]`). */
export type JsonPath = ReadonlyArray<string | number>;

/** Why the bytes are no JSON document: nested too deep (`deep`), or the parser's reason. */
export class JsonStreamError extends Error {
  override name = 'JsonStreamError';
  constructor(
    message: string,
    readonly deep: boolean
  ) {
    super(message);
  }
}

/** Bytes in which a string value is gathered, so a long string is decoded in slices. */
const STRING_BUFFER_BYTES = 64 * 1024;
/** Bytes fed to the tokenizer at once when a whole buffer is read. */
const SLICE_BYTES = 64 * 1024;

/**
 * One JSON document fed chunk by chunk; `onValue` is called for each value at one of `paths` (the
 * library's selectors: `$._type`, `$.subject`, `$.predicate.packages.*`), in document order. write() and
 * end() throw JsonStreamError when the document nests past `maxDepth`, is not JSON or ends early; what
 * `onValue` throws goes through as it is.
 */
export class JsonSelector {
  private readonly tokenizer = new Tokenizer({ stringBufferSize: STRING_BUFFER_BYTES });
  private depth = 0;
  private ended = false;
  private tokens = false;

  constructor(paths: readonly string[], onValue: (path: JsonPath, value: unknown) => void, maxDepth: number = MAX_JSON_DEPTH) {
    const { tokenizer } = this;
    const parser = new TokenParser({ paths: [...paths], keepStack: false });
    tokenizer.onToken = (token) => {
      this.tokens = true;
      if (token.token === TokenType.LEFT_BRACE || token.token === TokenType.LEFT_BRACKET) {
        if (++this.depth > maxDepth) throw new JsonStreamError(`nested deeper than ${maxDepth} levels`, true);
      } else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) {
        this.depth--;
      }
      parser.write(token);
    };
    parser.onValue = ({ value, key, stack }) => onValue([...stack.slice(1).map((s) => s.key as string | number), key as string | number], value);
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
      // The library's own errors become a reason; what onValue throws is the caller's and goes through.
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
    if (!this.tokens) throw new JsonStreamError('no JSON value (empty)', false);
    if (!this.ended) throw new JsonStreamError('the JSON value ends early', false);
  }
}

/** `bytes` in slices, so the tokenizer never takes one huge chunk. */
export function* slices(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) yield bytes.subarray(at, at + SLICE_BYTES);
}
