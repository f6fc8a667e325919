export const id = 326;
export const ids = [326];
export const modules = {

/***/ 88326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ readInTotoStatement),
/* harmony export */   Re: () => (/* binding */ describeInTotoFault),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   k: () => (/* binding */ readInTotoStatementHeader),
/* harmony export */   pY: () => (/* binding */ InTotoFormatError),
/* harmony export */   vv: () => (/* binding */ readDsseStatement)
/* harmony export */ });
/* unused harmony exports IN_TOTO_STATEMENT_TYPES, MAX_DSSE_STATEMENT_BYTES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59935);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74976);
/* harmony import */ var _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27861);
/**
 * The in-toto Statement (v0.1 or v1): https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 * One reader for every place a statement is found: a BuildKit attestation layer
 * (`application/vnd.in-toto+json`), a DSSE envelope's payload (Sigstore bundles, cosign attest)
 * and a PEP 740 attestation, which adds its own rules on top (src/formats/pep740.ts).
 * A pure reader: bytes in, a typed statement out, or an InTotoFormatError whose message names what is wrong.
 */






const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'];
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Largest DSSE statement payload read (an SBOM predicate can be several MiB; beyond this it is not a statement to parse). */
const MAX_DSSE_STATEMENT_BYTES = 32 * 1024 * 1024;
const MAX_SUBJECTS = 10_000;
/**
 * Not an in-toto statement. `reason` says which rule it breaks: 'size' (more bytes than read), 'json' (not JSON
 * at all), 'shape' (JSON, but not a statement), 'digest' (a subject's sha256 is not 64 hex digits). The message is
 * a fragment ("not JSON", "subject: …") for the caller to place; `describeInTotoFault` words it as a sentence.
 */
class InTotoFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    reason;
    name = 'InTotoFormatError';
    constructor(message, reason, options) {
        super('format', message, options);
        this.reason = reason;
    }
}
/** The statement's shape within `limits`; built once per set of limits (a gate run uses two or three). */
const schemas = new Map();
// z.looseObject: a statement may carry fields a newer spec adds, which this reader does not need.
function statementSchema(maxSubjects, maxPredicateType, maxDigestValue) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        _type: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().refine((t) => IN_TOTO_STATEMENT_TYPES.includes(t), {
            message: `must be ${IN_TOTO_STATEMENT_TYPES.join(' or ')}`
        }),
        predicateType: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(maxPredicateType),
        subject: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(4096).optional(), digest: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(maxDigestValue)) }))
            .min(1, { message: 'is empty: a statement is about at least one subject' })
            .max(maxSubjects),
        // Optional: sigstore-python's statement model (which pypi-attestations verifies with) makes it so.
        predicate: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J().optional()
    });
}
function schemaFor(options) {
    const limits = [options.maxSubjects ?? MAX_SUBJECTS, options.maxPredicateType ?? 2048, options.maxDigestValue ?? 1024];
    const key = limits.join('/');
    let schema = schemas.get(key);
    if (!schema)
        schemas.set(key, (schema = statementSchema(...limits)));
    return schema;
}
/** Reads one statement from its JSON bytes; throws InTotoFormatError ("not JSON" or "path: what is wrong"). */
function readInTotoStatement(bytes, options) {
    const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
    if (size > options.maxBytes)
        throw new InTotoFormatError(`${size} bytes, more than the ${options.maxBytes} read`, 'size');
    // Depth bounded before parsing (util/json.ts): the message names the nesting instead of "not JSON".
    const raw = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJson */ .qF)(bytes);
    if (!raw.ok)
        throw new InTotoFormatError(raw.deep ? raw.reason : 'not JSON', 'json');
    return statementOf(raw.value, options);
}
/** The statement in a parsed value (the whole document, or the members a streamed read selected). */
function statementOf(raw, options) {
    const parsed = schemaFor(options).safeParse(raw);
    if (!parsed.success)
        throw new InTotoFormatError((0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .firstZodIssue */ .Fs)(parsed.error, { top: '(top level)', pathMax: 80, messageMax: 120 }), 'shape');
    const statement = parsed.data;
    const subjects = statement.subject.map((subject, index) => {
        const sha256 = subject.digest.sha256;
        if (sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(sha256)) {
            throw new InTotoFormatError(`subject ${subject.name ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(subject.name) : index} has a malformed sha256 digest ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(sha256, 70)}`, 'digest');
        }
        return { name: subject.name ?? '', sha256: sha256 === undefined ? null : sha256.toLowerCase() };
    });
    return {
        type: statement._type,
        predicateType: statement.predicateType,
        subjects,
        predicate: statement.predicate ?? null
    };
}
/** The members of a statement a header read selects; everything else (the predicate) is skipped unbuilt. */
const HEADER_PATHS = ['$._type', '$.predicateType', '$.subject'];
/**
 * A statement's `_type`, `predicateType` and `subject`, read from its bytes chunk by chunk without building
 * its predicate (an SBOM predicate runs to tens of MiB): `predicate` comes back null. `predicatePaths`
 * (`$.predicate.spdxVersion`) are selected too, each value handed to `onPredicateValue` as it is read.
 * Throws InTotoFormatError as readInTotoStatement does.
 */
async function readInTotoStatementHeader(chunks, options, predicatePaths = [], onPredicateValue = () => { }) {
    const header = {};
    const selector = new _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonSelector */ .I2([...HEADER_PATHS, ...predicatePaths], (path, value) => {
        if (path.length === 1 && path[0] !== 'predicate')
            header[path[0]] = value;
        else
            onPredicateValue(path, value);
    });
    let size = 0;
    try {
        for await (const chunk of chunks) {
            size += chunk.length;
            if (size > options.maxBytes)
                throw new InTotoFormatError(`more than the ${options.maxBytes} bytes read`, 'size');
            selector.write(chunk);
        }
        selector.end();
    }
    catch (error) {
        if (!(error instanceof _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonStreamError */ .l1))
            throw error;
        throw new InTotoFormatError(error.deep ? error.message : 'not JSON', 'json', { cause: error });
    }
    return statementOf(header, options);
}
/** An InTotoFormatError as one sentence about `noun` ("in-toto statement", "attestation statement"). */
function describeInTotoFault(error, noun) {
    switch (error.reason) {
        case 'size':
            return `${noun} is ${error.message}`;
        case 'json':
            // "not JSON", or "nested deeper than 128 levels".
            return `${noun} is ${error.message}`;
        case 'shape':
            return `malformed ${noun}: ${error.message}`;
        case 'digest':
            return `${noun} ${error.message}`;
    }
}
/**
 * The in-toto statement in a verified DSSE envelope's payload. Throws InTotoFormatError whose message is a
 * sentence naming what is wrong: another payload type, or a payload that is not a statement.
 */
function readDsseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new InTotoFormatError(`DSSE payload type is ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(payloadType || '(empty)')}, expected ${IN_TOTO_PAYLOAD_TYPE}`, 'shape');
    }
    try {
        return readInTotoStatement(payload, { maxBytes: MAX_DSSE_STATEMENT_BYTES });
    }
    catch (error) {
        if (!(error instanceof InTotoFormatError))
            throw error;
        throw new InTotoFormatError(describeInTotoFault(error, 'in-toto statement'), error.reason, { cause: error });
    }
}


/***/ }),

/***/ 27861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ JsonStream),
/* harmony export */   I2: () => (/* binding */ JsonSelector),
/* harmony export */   PS: () => (/* binding */ selectJson),
/* harmony export */   l1: () => (/* binding */ JsonStreamError)
/* harmony export */ });
/* unused harmony exports slices, selectJsonBytes */
/* harmony import */ var _streamparser_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75497);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);
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


/** Why the text is no JSON document; `deep` when it nests past the bound. */
class JsonStreamError extends Error {
    deep;
    name = 'JsonStreamError';
    constructor(message, deep) {
        super(message);
        this.deep = deep;
    }
    /** The reason alone, for a message that names the document ("JSON nested deeper than 128 levels"). */
    get reason() {
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
function depthBoundTokenizer(maxDepth, next) {
    const tokenizer = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .Tokenizer */ ._F({ stringBufferSize: STRING_BUFFER_BYTES });
    let depth = 0;
    let any = false;
    tokenizer.onToken = (token) => {
        any = true;
        if (token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE || token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET) {
            if (++depth > maxDepth)
                throw new JsonStreamError(`nested deeper than ${maxDepth} levels`, true);
        }
        else if (token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE || token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET) {
            depth--;
        }
        next(token);
    };
    return { tokenizer, read: () => any };
}
/** A value's keys and indexes from the top, from the parser's stack and its own key. */
function pathOf(stack, key) {
    return [...stack.slice(1).map((s) => s.key), key];
}
class JsonStream {
    tokenizer;
    parser;
    root = null;
    failure = null;
    /** What onElement threw: passed on as it is; every other error is the library's reason the text is no JSON. */
    elementError = null;
    /** Whether any token was read, to tell a document of only whitespace from broken JSON. */
    read;
    constructor(options) {
        // `$` is emitted too: it is the skeleton, returned by end(). As an emitted ancestor of every value it
        // keeps the library from dropping anything itself (keepStack: false drops only values no ancestor of
        // which is emitted), so each streamed element is removed from its array here, as soon as it is handed over.
        this.parser = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenParser */ .zb({ paths: ['$', ...options.elements], keepStack: false });
        ({ tokenizer: this.tokenizer, read: this.read } = depthBoundTokenizer(options.maxDepth ?? _json_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX, (token) => this.parser.write(token)));
        this.parser.onValue = ({ value, key, parent, stack }) => {
            if (stack.length === 0) {
                this.root = { value };
                return;
            }
            if (!Array.isArray(parent))
                return;
            // The element was pushed onto its array before it was emitted: it is the last one.
            parent.length -= 1;
            try {
                options.onElement(pathOf(stack, key), value);
            }
            catch (error) {
                this.elementError = error;
                throw error;
            }
        };
        const fail = (error) => {
            throw (this.failure ??= this.wrapped(error));
        };
        this.parser.onError = fail;
        this.tokenizer.onError = fail;
        this.tokenizer.onEnd = () => {
            if (!this.parser.isEnded)
                this.parser.end();
        };
        // The parser ends after the top-level value; ending the tokenizer then makes anything but whitespace after it an error, as for JSON.parse.
        this.parser.onEnd = () => {
            if (!this.tokenizer.isEnded)
                this.tokenizer.end();
        };
    }
    wrapped(error) {
        if (error instanceof JsonStreamError || (this.elementError !== null && error === this.elementError))
            return error;
        return new JsonStreamError(error instanceof Error ? error.message : String(error), false);
    }
    /** Feeds the next chunk; throws JsonStreamError (or what onElement throws) at the first problem. */
    write(chunk) {
        if (this.failure)
            throw this.failure;
        try {
            this.tokenizer.write(chunk);
        }
        catch (error) {
            throw (this.failure ??= this.wrapped(error));
        }
    }
    /** Whether nothing but whitespace was read. */
    get empty() {
        return !this.read();
    }
    /** Ends the document; the skeleton: the top-level value without the streamed elements. */
    end() {
        if (this.failure)
            throw this.failure;
        try {
            if (!this.tokenizer.isEnded)
                this.tokenizer.end();
        }
        catch (error) {
            throw (this.failure ??= this.wrapped(error));
        }
        if (this.root === null)
            throw (this.failure = new JsonStreamError('the JSON value ends early', false));
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
class JsonSelector {
    tokenizer;
    read;
    ended = false;
    /** What onValue threw: the caller's, passed on as it is (the parser would report it as its own error). */
    callerError = null;
    constructor(paths, onValue, maxDepth = _json_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX, 
    /** Every token as it is read (selectJson's outline of the top level). */
    onToken) {
        const parser = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenParser */ .zb({ paths: [...paths], keepStack: false });
        const { tokenizer, read } = depthBoundTokenizer(maxDepth, (token) => {
            onToken?.(token);
            parser.write(token);
        });
        this.tokenizer = tokenizer;
        this.read = read;
        parser.onValue = ({ value, key, stack }) => {
            try {
                onValue(pathOf(stack, key), value);
            }
            catch (error) {
                this.callerError = { error };
                throw error;
            }
        };
        tokenizer.onError = JsonSelector.fail;
        parser.onError = JsonSelector.fail;
        // The parser ends after the top-level value; ending the tokenizer then makes anything after it but whitespace an error, as for JSON.parse.
        parser.onEnd = () => {
            this.ended = true;
            if (!tokenizer.isEnded)
                tokenizer.end();
        };
        tokenizer.onEnd = () => {
            if (!parser.isEnded)
                parser.end();
        };
    }
    static fail(error) {
        throw error instanceof JsonStreamError ? error : new JsonStreamError(error.message, false);
    }
    guarded(step) {
        try {
            step();
        }
        catch (error) {
            // What onValue threw is the caller's and goes through; the library's own errors become a reason.
            if (this.callerError)
                throw this.callerError.error;
            if (error instanceof Error && (error.name === 'TokenizerError' || error.name === 'TokenParserError'))
                JsonSelector.fail(error);
            throw error;
        }
    }
    write(chunk) {
        this.guarded(() => this.tokenizer.write(chunk));
    }
    end() {
        this.guarded(() => {
            if (!this.tokenizer.isEnded)
                this.tokenizer.end();
        });
        if (!this.read())
            throw new JsonStreamError('no JSON value (empty)', false);
        if (!this.ended)
            throw new JsonStreamError('the JSON value ends early', false);
    }
}
/** `bytes` in slices, so the tokenizer never takes one huge chunk. */
function* slices(bytes) {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES)
        yield bytes.subarray(at, at + SLICE_BYTES);
}
function kindOf(token) {
    switch (token) {
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE:
            return 'object';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET:
            return 'array';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING:
            return 'string';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NUMBER:
            return 'number';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.TRUE:
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.FALSE:
            return 'boolean';
        case _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NULL:
            return 'null';
        default:
            return null;
    }
}
/** Follows the tokens at the root's level only: a key, its colon, then the token that opens its value. */
class OutlineTracker {
    outline = { root: null, members: new Map() };
    depth = 0;
    key = null;
    afterColon = false;
    expectKey = false;
    take({ token, value }) {
        if (this.outline.root === null) {
            this.outline.root = kindOf(token);
            this.expectKey = token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE;
        }
        else if (this.depth === 1 && this.outline.root === 'object') {
            if (this.afterColon) {
                const kind = kindOf(token);
                if (kind && this.key !== null && !this.outline.members.has(this.key))
                    this.outline.members.set(this.key, kind);
                this.afterColon = false;
            }
            else if (this.expectKey && token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING) {
                this.key = value;
                this.expectKey = false;
            }
            else if (token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.COLON) {
                this.afterColon = true;
            }
            else if (token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.COMMA) {
                this.expectKey = true;
            }
        }
        if (token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE || token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET)
            this.depth++;
        else if (token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE || token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET)
            this.depth--;
    }
}
/**
 * Parses the JSON document `body` and calls `onValue` for each value at one of `paths`
 * (`$.versions.*`, `$.files.*`: the library's selectors), in document order, and answers the
 * document's outline (which top-level members it has, of which kind). Throws
 * JsonStreamError when the document is nested too deeply, is not JSON, or ends early;
 * whatever `onValue` throws ends the read (and the transfer) and is thrown as it is.
 */
async function selectJson(body, paths, onValue, maxDepth = _json_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX) {
    const outline = new OutlineTracker();
    const selector = new JsonSelector(paths, (path, value) => onValue({ path, value }), maxDepth, (token) => outline.take(token));
    for await (const chunk of body)
        for (const slice of slices(chunk))
            selector.write(slice);
    selector.end();
    return outline.outline;
}
/** `selectJson` over bytes already in memory, fed in slices so the parser never sees one huge chunk. */
function selectJsonBytes(bytes, paths, onValue) {
    return selectJson([bytes], paths, onValue);
}


/***/ })

};
