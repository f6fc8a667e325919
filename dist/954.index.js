export const id = 954;
export const ids = [954];
export const modules = {

/***/ 2071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dZ: () => (/* binding */ describeGitHubError),
/* harmony export */   op: () => (/* binding */ SettingUnreadable),
/* harmony export */   y_: () => (/* binding */ GitHubError),
/* harmony export */   zM: () => (/* binding */ isStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50767);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51449);
/** What a failed GitHub call says: one line naming the call and the fix, never the token. */




/** A GitHub answer the gate cannot use; the message says what to fix. */
class GitHubError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    status;
    name = 'GitHubError';
    constructor(message, status, options) {
        super('github', message, options);
        this.status = status;
    }
}
/**
 * A repository setting GitHub would not show this token: a 403 (the token lacks `permission`), or a 404
 * that can only mean the token does not see the repository. `release-gates doctor` fails such a check as
 * "could not be read", never passes it.
 */
class SettingUnreadable extends GitHubError {
    permission;
    name = 'SettingUnreadable';
    constructor(message, status, permission, options) {
        super(message, status, options);
        this.permission = permission;
    }
}
/** An HttpError the fetch wrapper threw (too large, deadline, redirect off the API host), wherever Octokit wrapped it. */
function httpErrorIn(error) {
    let e = error;
    for (let depth = 0; depth < 4 && e; depth++) {
        if (e instanceof _http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpError */ .j$)
            return e;
        e = e.cause;
    }
    return null;
}
/** Turns an Octokit error into one line that names the call and the fix. */
function describeGitHubError(what, error, token = '') {
    const e = error;
    const status = typeof e?.status === 'number' ? e.status : null;
    // A server or proxy may echo the token; drop it before clip() could leave a partial token behind.
    const redact = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactor */ .$p)([token]);
    // The fetch wrapper's own refusals already name the URL and the cause.
    const refusal = httpErrorIn(error);
    if (refusal)
        return new GitHubError(`GitHub could not answer ${what}: ${redact(refusal.message)}`, refusal.status, { cause: error });
    const scrub = (text) => (text ? redact(text) : text);
    const apiMessage = scrub(e?.response?.data?.message);
    const said = apiMessage ? `: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(apiMessage, 120)}` : '';
    if (status === 401)
        return new GitHubError(`GitHub rejected the token for ${what} (401)${said}; check the "token" input`, status);
    if (status === 403 || status === 429) {
        const remaining = e.response?.headers?.['x-ratelimit-remaining'];
        if (remaining === '0' || /rate limit/i.test(apiMessage ?? '')) {
            return new GitHubError(`GitHub rate limit hit for ${what} (${status}) and retries were spent${said}`, status);
        }
        return new GitHubError(`GitHub refused ${what} (${status})${said}; the token lacks the permission (see the README's permissions table)`, status);
    }
    // Octokit reports a request that got no answer at all (refused, DNS, timeout) as status 500
    // with no response: that is a transport failure, named as such, never "GitHub answered 500".
    if (status === 500 && e?.response === undefined) {
        return new GitHubError(`GitHub could not be reached for ${what}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .transportCause */ .Zq)(error)}`, null, { cause: error });
    }
    if (status !== null && status >= 500)
        return new GitHubError(`GitHub answered ${status} for ${what} after retries${said}`, status);
    if (status !== null && status !== 500)
        return new GitHubError(`GitHub answered ${status} for ${what}${said}`, status);
    const cause = e?.message ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(scrub(e.message), 160) : 'unknown error';
    return new GitHubError(`GitHub could not be reached for ${what}: ${cause}`, status);
}
/** Whether an Octokit error carries this HTTP status. */
function isStatus(error, status) {
    return error?.status === status;
}


/***/ }),

/***/ 93144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ PackumentError),
/* harmony export */   EB: () => (/* binding */ PACKUMENT_PATHS),
/* harmony export */   Ob: () => (/* binding */ readPackumentVersions),
/* harmony export */   Pf: () => (/* binding */ sha512OfIntegrity),
/* harmony export */   Ug: () => (/* binding */ PackumentCollector),
/* harmony export */   WH: () => (/* binding */ readVersionDocument),
/* harmony export */   fD: () => (/* binding */ readVersionLookup)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_json_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27861);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59935);





/**
 * npm packuments as the registry serves them, full (`Accept: application/json`) and abbreviated
 * (`application/vnd.npm.install-v1+json`, what npm's installer reads): which versions a package
 * holds (and held: unpublished versions stay in `time`), and one version's `dist` (tarball,
 * integrity, shasum, the registry's signatures and the provenance attestations' URL) and
 * `gitHead`. Also npm's per-version document (`GET /{name}/{version}`: one entry of the
 * packument, as the registry serves it alone). Pure: parsed JSON (or the values a streamed
 * read selected) in, typed values out; src/clients/npm/ asks the registry and words each
 * PackumentError with the registry and the URL.
 */
/** Why a document is not the packument asked for; `then` says what the client appends to the message. */
class PackumentError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    then;
    name = 'PackumentError';
    constructor(message, then) {
        super('format', message);
        this.then = then;
    }
}
const packumentBody = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(214).optional(),
    versions: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional(),
    time: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        unpublished: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ versions: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional() }).optional()
    })
        .optional()
});
/**
 * A version entry, validated only for the version asked about: an old, odd entry of another
 * version must not fail a check about this one.
 */
const versionEntry = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(256),
    gitHead: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(256).optional(),
    dist: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        tarball: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2048),
        integrity: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(4096).optional(),
        shasum: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(128).optional(),
        signatures: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ keyid: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(256), sig: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(4096) }))
            .max(64)
            .optional(),
        attestations: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
            url: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2048),
            provenance: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ predicateType: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(512) }).optional()
        })
            .optional()
    })
});
const versionedPackumentBody = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(214).optional(),
    'dist-tags': zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional(),
    versions: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional(),
    // Values are read only for the version asked about: `time.unpublished` is an object, not a time.
    time: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional()
});
function manifestOf(entry, version, publishedAt) {
    const { dist, gitHead } = entry;
    return {
        version,
        dist: {
            tarball: dist.tarball,
            integrity: dist.integrity ?? null,
            shasum: dist.shasum ?? null,
            signatures: (dist.signatures ?? []).map((s) => ({ keyid: s.keyid, sig: s.sig })),
            attestations: dist.attestations ? { url: dist.attestations.url, provenancePredicateType: dist.attestations.provenance?.predicateType ?? null } : null
        },
        gitHead: gitHead ?? null,
        publishedAt
    };
}
function shapeError(error, prefix = []) {
    const where = (0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_3__/* .firstZodIssueParts */ .Nw)(error, { prefix, pathMax: 80 }).path;
    return new PackumentError(where ? `with an unexpected shape at ${where}` : 'with an unexpected shape', 'url');
}
/** Only a packument OF this package says which versions it holds: a 200 `{}`, or JSON of another package, must never read as "none". */
function checkName(name, wanted) {
    if (name !== wanted) {
        const said = name === undefined ? 'without a "name"' : `naming "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(name)}"`;
        throw new PackumentError(`with JSON ${said}, not a packument of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(wanted)}`, 'fix');
    }
}
/** Reads which versions a packument (full or abbreviated) holds and held, for `name`. */
function readPackumentVersions(raw, name) {
    const parsed = packumentBody.safeParse(raw);
    if (!parsed.success)
        throw shapeError(parsed.error);
    const body = parsed.data;
    checkName(body.name, name);
    // A package unpublished entirely keeps a tombstone: no versions, but time.unpublished lists them.
    if (body.versions === undefined && body.time?.unpublished === undefined) {
        throw new PackumentError('without a "versions" object, so which versions it holds cannot be told', 'fix');
    }
    const unpublished = body.time?.unpublished?.versions ?? [];
    // An abbreviated packument has no `time` (only `modified`): then the versions it lists are all it tells.
    const timed = Object.keys(body.time ?? {}).filter((k) => k !== 'created' && k !== 'modified' && k !== 'unpublished');
    return { name, versions: Object.keys(body.versions ?? {}), timedVersions: [...timed, ...unpublished] };
}
/** Reads a packument (full or abbreviated) for one version of `name`. */
function readVersionLookup(raw, name, version) {
    const parsed = versionedPackumentBody.safeParse(raw);
    if (!parsed.success)
        throw shapeError(parsed.error);
    const body = parsed.data;
    checkName(body.name, name);
    if (body.versions === undefined) {
        throw new PackumentError(`without a "versions" object, so whether it holds ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(version)} cannot be told`, 'fix');
    }
    const tag = body['dist-tags']?.latest;
    const latest = typeof tag === 'string' ? tag : null;
    const versions = Object.keys(body.versions);
    const entry = Object.hasOwn(body.versions, version) ? body.versions[version] : undefined;
    if (entry === undefined)
        return { manifest: null, versions, latest };
    const read = versionEntry.safeParse(entry);
    if (!read.success)
        throw shapeError(read.error, ['versions', version]);
    if (read.data.version !== version) {
        throw new PackumentError(`with an entry for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(version)} that says version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(read.data.version)}"`, 'nothing');
    }
    const time = body.time && Object.hasOwn(body.time, version) ? body.time[version] : undefined;
    const publishedAt = typeof time === 'string' && time.length <= 64 ? time : null;
    return {
        manifest: manifestOf(read.data, version, publishedAt),
        versions,
        latest
    };
}
/** The one-version document `GET /{name}/{version}`: the packument's entry for it, with the package's `name`. */
const versionDocument = versionEntry.extend({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(214).optional() });
/**
 * Reads npm's per-version document for `version` of `name`. It has no `time`, so `publishedAt`
 * is null here (the caller asks the packument's `time` only when a signature needs it).
 */
function readVersionDocument(raw, name, version) {
    // Whose document it is comes first: JSON of something else is named as such, not as a bad shape.
    const named = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(214).optional() }).safeParse(raw);
    if (!named.success)
        throw shapeError(named.error);
    checkName(named.data.name, name);
    const parsed = versionDocument.safeParse(raw);
    if (!parsed.success)
        throw shapeError(parsed.error);
    if (parsed.data.version !== version) {
        throw new PackumentError(`with a document for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(version)} that says version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(parsed.data.version)}"`, 'nothing');
    }
    return manifestOf(parsed.data, version, null);
}
/**
 * What a streamed read of a packument selects: the name, the `latest` tag, every version's key
 * (its entry is read and dropped), every `time` key, `time.unpublished`, and the entry and time
 * of one version only. A packument of 55 MB is then held as a list of version strings.
 */
const PACKUMENT_PATHS = ['$.name', '$.dist-tags.latest', '$.versions.*', '$.time.*'];
/**
 * Collects a streamed packument (PACKUMENT_PATHS) into the reduced packument the readers take:
 * the same keys, with every value but the wanted version's (and `time.unpublished`) left out.
 * Later duplicates win, as with JSON.parse.
 */
class PackumentCollector {
    version;
    name;
    latest;
    versions = new Set();
    timed = new Set();
    entry;
    time;
    unpublished;
    constructor(version) {
        this.version = version;
    }
    take({ path, value }) {
        const [top, key] = path;
        // A numeric key is an array's element: `versions` or `time` is then not an object, which the outline says.
        if (top === 'name' && path.length === 1)
            this.name = value;
        else if (top === 'dist-tags')
            this.latest = value;
        else if (typeof key !== 'string')
            return;
        else if (top === 'versions') {
            this.versions.add(key);
            if (key === this.version)
                this.entry = value;
        }
        else if (top === 'time') {
            this.timed.add(key);
            if (key === 'unpublished')
                this.unpublished = value;
            if (key === this.version)
                this.time = value;
        }
    }
    /** The reduced packument, shaped by `outline` (which members the document had, of which kind). */
    reduced(outline) {
        if (outline.root !== 'object')
            return (0,_util_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .standIn */ .us)(outline.root);
        const member = (name, build) => {
            const kind = outline.members.get(name);
            return kind === 'object' ? build() : (0,_util_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .standIn */ .us)(kind);
        };
        const body = {};
        if (outline.members.has('name'))
            body.name = this.name;
        const distTags = member('dist-tags', () => (this.latest === undefined ? {} : { latest: this.latest }));
        if (distTags !== undefined)
            body['dist-tags'] = distTags;
        const versions = member('versions', () => Object.fromEntries([...this.versions].map((v) => [v, v === this.version ? this.entry : true])));
        if (versions !== undefined)
            body.versions = versions;
        const time = member('time', () => {
            const kept = Object.fromEntries([...this.timed].map((v) => [v, '']));
            if (this.unpublished !== undefined)
                kept.unpublished = this.unpublished;
            if (this.version !== null && this.time !== undefined)
                kept[this.version] = this.time;
            return kept;
        });
        if (time !== undefined)
            body.time = time;
        return body;
    }
}
/**
 * The sha512 digest (base64) of an SRI string as npm records `dist.integrity`. An SRI string
 * may list several hashes separated by spaces (`sha512-… sha1-…`) and options after `?`; npm's
 * ssri reads it so. Written by hand because ssri is not a dependency of this action and the
 * rule is this small. Throws PackumentError when there is no sha512 hash: a sha1-only integrity
 * cannot prove the bytes (sha1 collisions are practical), so the check must not accept it.
 */
function sha512OfIntegrity(integrity, what) {
    const hashes = integrity.trim().split(/\s+/).filter(Boolean);
    const found = [];
    for (const hash of hashes) {
        const m = /^([a-z0-9]+)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/i.exec(hash);
        if (!m)
            continue;
        const algorithm = m[1].toLowerCase();
        found.push(algorithm);
        // A sha512 digest is 64 bytes: 88 base64 characters with padding.
        if (algorithm === 'sha512' && Buffer.from(m[2], 'base64').length === 64)
            return m[2];
    }
    const seen = found.length ? `only ${[...new Set(found)].join(', ')}` : `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(integrity, 60)}", which is not an SRI hash`;
    throw new PackumentError(`dist.integrity of ${what} has no sha512 hash (${seen}); npm records sha512-<base64> for every publish since npm 5, so these bytes cannot be verified`, 'nothing');
}


/***/ }),

/***/ 62357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseGosumdb),
/* harmony export */   CI: () => (/* binding */ recordHashes),
/* harmony export */   KP: () => (/* binding */ TILE_WIDTH),
/* harmony export */   Tp: () => (/* binding */ proveInclusion),
/* harmony export */   Ts: () => (/* binding */ HASH_SIZE),
/* harmony export */   cZ: () => (/* binding */ parseTree),
/* harmony export */   iT: () => (/* binding */ parseLookup),
/* harmony export */   jN: () => (/* binding */ openNote),
/* harmony export */   oU: () => (/* binding */ DEFAULT_GOSUMDB),
/* harmony export */   q6: () => (/* binding */ SumdbError),
/* harmony export */   uB: () => (/* binding */ tilePath)
/* harmony export */ });
/* unused harmony exports TILE_HEIGHT, noteKeyHash, readNote, recordHash, nodeHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * Go's checksum-database formats (sum.golang.org and any server speaking its protocol), read and
 * verified as the `go` command does: GOSUMDB values and note verifier keys, signed notes
 * (golang.org/x/mod/sumdb/note), the tree a note carries and the `/lookup` record
 * (golang.org/x/mod/sumdb/tlog), and the record's inclusion in the signed tree, proven from the
 * database's tiles (RFC 6962 hashing, tile height 8). Pure: bytes in, typed values out; the tile
 * bytes come from whoever calls (the client in src/clients/go/sumdb.ts fetches them).
 *
 * Hand-written: no npm library implements Go's signed notes or its tlog tiles. The cryptography
 * itself (sha256, Ed25519) is node:crypto's; this file only arranges bytes as Go's packages do.
 */
class SumdbError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseGatesError */ .O {
    name = 'SumdbError';
    constructor(message, options) {
        super('format', message, options);
    }
}
/** Go's own checksum database, used when the config has no `gosumdb`. */
const DEFAULT_GOSUMDB = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
/** The Ed25519 algorithm byte of a note verifier key (note.algEd25519). */
const ALG_ED25519 = 1;
const TILE_HEIGHT = 8;
const TILE_WIDTH = 1 << TILE_HEIGHT;
const HASH_SIZE = 32;
/** note.isValidName: non-empty, no space, no `+`. */
function validName(name) {
    return name !== '' && !/[\s+]/u.test(name);
}
/** The 4-byte key hash of note.NewVerifier: sha256(name + "\n" + algorithm byte + key), first 4 bytes, big-endian. */
function noteKeyHash(name, key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${name}\n`).update(key).digest().readUInt32BE(0);
}
/**
 * Reads a GOSUMDB value (`<name>+<hash>+<key>`, optionally a space and the URL) as cmd/go's
 * note.NewVerifier does: the key decodes to the Ed25519 algorithm byte and 32 key bytes, and its
 * hash must be the one written in the value, so a typo in the key is caught before anything is asked.
 */
function parseGosumdb(value) {
    const fields = value.trim().split(/\s+/);
    if (fields.length < 1 || fields.length > 2 || fields[0] === '')
        throw new SumdbError(`gosumdb "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(value, 120)}" is not <name>+<hash>+<key> [<url>]`);
    const verifier = fields[0];
    const parts = verifier.split('+');
    const name = parts[0] ?? '';
    const hashHex = parts[1] ?? '';
    const key64 = parts.slice(2).join('+');
    if (!validName(name) || !/^[0-9a-f]{8}$/.test(hashHex) || key64 === '')
        throw new SumdbError(`gosumdb key "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(verifier, 120)}" is not <name>+<8 hex digits>+<base64 key>`);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(key64) || key64.length % 4 !== 0)
        throw new SumdbError(`gosumdb key for ${name}: the key is not base64`);
    const key = Buffer.from(key64, 'base64');
    if (key.length !== 1 + 32 || key[0] !== ALG_ED25519) {
        throw new SumdbError(`gosumdb key for ${name}: not an Ed25519 note key (expected algorithm byte 1 and 32 key bytes, got ${key.length} bytes)`);
    }
    const keyHash = noteKeyHash(name, key);
    if (keyHash !== parseInt(hashHex, 16)) {
        throw new SumdbError(`gosumdb key for ${name}: its hash ${hashHex} does not match the key (the key hashes to ${keyHash.toString(16).padStart(8, '0')}); copy the whole value again`);
    }
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'OKP', crv: 'Ed25519', x: key.subarray(1).toString('base64url') }, format: 'jwk' });
    const url = (fields[1] ?? `https://${name}`).replace(/\/+$/, '');
    return { name, keyHash, publicKey, url };
}
/** Valid UTF-8 with no ASCII control character but `\n` (the rule of note.Open and tlog.ParseRecord). */
function wellFormedText(bytes) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return null;
    }
    return /[\u0000-\u0009\u000b-\u001f]/.test(text) ? null : text;
}
/** Splits a `/lookup` answer: the record id line, the record text up to the first blank line, then the note (tlog.ParseRecord). */
function parseLookup(body, shown) {
    const text = wellFormedText(body);
    if (text === null)
        throw new SumdbError(`${shown}: the answer is not UTF-8 text without control characters`);
    const newline = text.indexOf('\n');
    const idText = newline < 0 ? '' : text.slice(0, newline);
    if (!/^\d{1,15}$/.test(idText))
        throw new SumdbError(`${shown}: the answer does not start with a record number`);
    const rest = text.slice(newline + 1);
    const blank = rest.indexOf('\n\n');
    if (blank < 0)
        throw new SumdbError(`${shown}: the answer has no blank line between the record and the tree note`);
    return { id: Number(idText), text: rest.slice(0, blank + 1), note: rest.slice(blank + 2) };
}
/** note.Open refuses a note with more signatures than this (maxSignatures in golang.org/x/mod/sumdb/note). */
const MAX_SIGNATURES = 100;
/**
 * Splits a signed note as note.Open does: the text up to the last blank line, then one
 * `— <name> <base64>` line per signature, each ending in a line break. Checks the syntax only.
 */
function readNote(note) {
    const bytes = Buffer.from(note, 'utf8');
    if (wellFormedText(bytes) === null)
        throw new SumdbError('the tree note is not UTF-8 text without control characters');
    const split = note.lastIndexOf('\n\n');
    if (split < 0)
        throw new SumdbError('the tree note is malformed: no blank line before its signatures');
    const text = note.slice(0, split + 1);
    const sigs = note.slice(split + 2);
    if (sigs === '' || !sigs.endsWith('\n'))
        throw new SumdbError('the tree note is malformed: its signature block does not end with a line break');
    const signatures = [];
    for (const line of sigs.slice(0, -1).split('\n')) {
        if (!line.startsWith('\u2014 '))
            throw new SumdbError('the tree note is malformed: a signature line does not start with "— "');
        const body = line.slice(2);
        const space = body.indexOf(' ');
        const name = space < 0 ? body : body.slice(0, space);
        const b64 = space < 0 ? '' : body.slice(space + 1);
        const sig = /^[A-Za-z0-9+/]+={0,2}$/.test(b64) && b64.length % 4 === 0 ? Buffer.from(b64, 'base64') : null;
        if (!validName(name) || sig === null || sig.length < 5)
            throw new SumdbError('the tree note is malformed: a signature line is not "— <name> <base64>"');
        signatures.push({ name, keyHash: sig.readUInt32BE(0), signature: sig.subarray(4) });
    }
    if (signatures.length > MAX_SIGNATURES) {
        throw new SumdbError(`the tree note is malformed: it has ${signatures.length} signatures, more than the ${MAX_SIGNATURES} Go accepts`);
    }
    return { text, signatures };
}
const keyName = (name, hash) => `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(name, 60)}+${hash.toString(16).padStart(8, '0')}`;
/**
 * Opens a signed note as note.Open does and returns its text when `db`'s key signed it. Signatures
 * by other keys (witnesses, other logs) are ignored; a signature by this key that does not verify
 * is an error, and so is a note with no signature by this key.
 */
function openNote(note, db) {
    const { text, signatures } = readNote(note);
    let verified = false;
    const others = [];
    for (const sig of signatures) {
        if (sig.name !== db.name || sig.keyHash !== db.keyHash) {
            others.push(keyName(sig.name, sig.keyHash));
            continue;
        }
        if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, Buffer.from(text, 'utf8'), db.publicKey, sig.signature)) {
            throw new SumdbError(`the tree note's signature by ${db.name} does not verify with the configured key: the note was altered or signed by another key with the same hash`);
        }
        verified = true;
    }
    if (!verified) {
        const seen = others.length ? `only by ${others.join(', ')}` : 'by no key';
        throw new SumdbError(`the tree note is not signed by the configured key ${keyName(db.name, db.keyHash)} (signed ${seen}); check gosumdb`);
    }
    return text;
}
/** Reads the tree from a verified note's text (tlog.ParseTree); extra lines are ignored, as Go does. */
function parseTree(text) {
    const f = text.split('\n');
    if (f.length < 4 || f[0] !== 'go.sum database tree')
        throw new SumdbError('the signed note is not a go.sum database tree');
    if (!/^\d{1,15}$/.test(f[1]))
        throw new SumdbError('the signed tree size is not a number');
    const root = /^[A-Za-z0-9+/]{43}=$/.test(f[2]) ? Buffer.from(f[2], 'base64') : null;
    if (root === null || root.length !== HASH_SIZE)
        throw new SumdbError('the signed tree hash is not 32 bytes of base64');
    return { size: Number(f[1]), root };
}
/** The `h1:` hashes a record holds for one module version: the zip's and the go.mod's (null when missing). */
function recordHashes(text, module, version) {
    let zip = null;
    let mod = null;
    for (const line of text.split('\n')) {
        const [path, vers, hash, ...more] = line.split(' ');
        if (path !== module || more.length > 0 || hash === undefined)
            continue;
        if (vers === version)
            zip = hash;
        else if (vers === `${version}/go.mod`)
            mod = hash;
    }
    return { zip, mod };
}
/** tlog.RecordHash: sha256(0x00 ‖ data), the RFC 6962 leaf hash. */
function recordHash(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.of(0)).update(data).digest();
}
/** tlog.NodeHash: sha256(0x01 ‖ left ‖ right), the RFC 6962 interior hash. */
function nodeHash(left, right) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.of(1)).update(left).update(right).digest();
}
/** tlog.Tile.Path: `tile/8/<L>/<N>[.p/<W>]`, N written in 3-digit groups as `x001/x234/067`. */
function tilePath(level, index, width) {
    let n = index;
    let nStr = String(n % 1000).padStart(3, '0');
    while (n >= 1000) {
        n = Math.floor(n / 1000);
        nStr = `x${String(n % 1000).padStart(3, '0')}/${nStr}`;
    }
    const partial = width === TILE_WIDTH ? '' : `.p/${width}`;
    return `tile/${TILE_HEIGHT}/${level}/${nStr}${partial}`;
}
/**
 * Proves that `text` is record `id` of the signed tree: its leaf hash, with the sibling hashes
 * read from the database's tiles, must fold up (RFC 6962 audit path) to the signed root. The tile
 * bytes are untrusted; only a path that reaches the signed root counts, so a tampered tile or a
 * record text other than the one the tree holds fails. Returns how many tiles were read.
 */
async function proveInclusion(api, tree, id, text) {
    if (!Number.isSafeInteger(id) || id < 0 || id >= tree.size)
        throw new SumdbError(`record ${id} is not in the signed tree of ${tree.size} records`);
    const tiles = new Map();
    const tileOf = (level, index, width) => {
        const key = `${level}/${index}/${width}`;
        let tile = tiles.get(key);
        if (!tile) {
            tile = api.tile(level, index, width);
            tiles.set(key, tile);
        }
        return tile;
    };
    /** The hash of the complete subtree at `level` (2^level leaves), number `index`; from a tile row, or computed up from one. */
    const stored = async (level, index) => {
        if (level % TILE_HEIGHT !== 0) {
            const [left, right] = await Promise.all([stored(level - 1, 2 * index), stored(level - 1, 2 * index + 1)]);
            return nodeHash(left, right);
        }
        const count = Math.floor(tree.size / 2 ** level);
        const tileIndex = Math.floor(index / TILE_WIDTH);
        const width = Math.min(TILE_WIDTH, count - tileIndex * TILE_WIDTH);
        const tile = await tileOf(level / TILE_HEIGHT, tileIndex, width);
        const at = (index % TILE_WIDTH) * HASH_SIZE;
        return tile.subarray(at, at + HASH_SIZE);
    };
    /** RFC 6962 MTH of leaves [lo, hi): one stored hash when it is a complete aligned subtree, else split at the largest power of two. */
    const subtree = async (lo, hi) => {
        const size = hi - lo;
        if (Number.isInteger(Math.log2(size)) && lo % size === 0)
            return stored(Math.log2(size), lo / size);
        const k = largestPowerOfTwoBelow(size);
        const [left, right] = await Promise.all([subtree(lo, lo + k), subtree(lo + k, hi)]);
        return nodeHash(left, right);
    };
    /** The root of leaves [lo, hi) with leaf `id` taken from the record itself, never from a tile. */
    const fold = async (lo, hi) => {
        if (hi - lo === 1)
            return recordHash(text);
        const k = largestPowerOfTwoBelow(hi - lo);
        return id < lo + k ? nodeHash(await fold(lo, lo + k), await subtree(lo + k, hi)) : nodeHash(await subtree(lo, lo + k), await fold(lo + k, hi));
    };
    const root = await fold(0, tree.size);
    if (!root.equals(tree.root)) {
        throw new SumdbError(`record ${id}'s inclusion in the signed tree of ${tree.size} records cannot be proven: the tiles and the record do not hash to the signed root`);
    }
    return { tiles: tiles.size };
}
/** The largest power of two strictly below n (n ≥ 2). */
function largestPowerOfTwoBelow(n) {
    let k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}


/***/ }),

/***/ 3003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/config.ts + 1 modules
var src_config = __webpack_require__(92997);
// EXTERNAL MODULE: ./src/util/poll.ts
var poll = __webpack_require__(66451);
// EXTERNAL MODULE: ./src/clients/github/errors.ts
var errors = __webpack_require__(2071);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/clients/git.ts





/** The remote the maintainer commands work with: `prepare` fetches main from it, `tag --push` pushes to it. */
const ORIGIN = 'origin';
/** A git command that failed: what was asked, and git's own first line of explanation. */
class GitCommandError extends src_errors/* ReleaseGatesError */.O {
    name = 'GitCommandError';
    constructor(message, options) {
        super('git', message, options);
    }
}
function gitReason(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^hint:/.test(l));
    // git's "fatal:"/"error:"/"! [rejected]" lines say why; progress lines do not.
    const telling = lines.filter((l) => /^(fatal|error|!|remote:)/.test(l));
    return (0,util_text/* clip */.$)((telling.length ? telling : lines).join('; '), 300) || 'no reason given';
}
async function git(dir, args) {
    try {
        // Literal pathspecs: a file name from the config is a name, never `:(glob)` magic.
        return await (0,exec/* getExecOutput */.H)('git', ['--literal-pathspecs', '-C', dir, ...args], { silent: true, ignoreReturnCode: true });
    }
    catch (error) {
        throw new Error(`git could not be run: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 160)}`);
    }
}
// git's words for "no repository here or above": anything else (a .git pointing nowhere) is a broken one.
const NO_REPOSITORY = /not a git repository \(or any of the parent directories\)/i;
/**
 * git does not follow a symlinked folder inside a commit, so `a/b` under a link `a`
 * is simply absent; say which folder on the way is a link, since that is the fix.
 */
async function symlinkOnTheWay(dir, sha, rel) {
    const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
    for (let i = 1; i < parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        const listed = await git(dir, ['ls-tree', '-z', sha, '--', prefix]);
        const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t/.exec(listed.stdout);
        if (!match)
            return null;
        if (match[1] === '120000') {
            const target = await git(dir, ['cat-file', 'blob', match[3]]);
            return { kind: 'symlink', target: (0,util_text/* clip */.$)(target.stdout, 200), via: prefix };
        }
    }
    return null;
}
function createGitApi() {
    return {
        async headSha(dir) {
            // One process: resolving HEAD also tells whether dir is in a work tree at all.
            const head = await git(dir, ['rev-parse', '--verify', 'HEAD^{commit}']);
            if (head.exitCode === 0)
                return head.stdout.trim().toLowerCase();
            if (NO_REPOSITORY.test(head.stderr)) {
                // A .git git does not recognise (an empty folder, say) is a broken checkout, not "no checkout".
                const dotGit = await promises_.lstat(external_node_path_.join(dir, '.git')).catch(() => null);
                if (dotGit === null)
                    return null;
                throw new Error(`${dir} has a .git that git does not recognise as a repository: ${(0,util_text/* clip */.$)(head.stderr.trim(), 200)}; check the repository out again`);
            }
            // Anything else (dubious ownership, a .git file pointing nowhere, no commit yet) must not be mistaken for "no repository".
            throw new Error(`git cannot resolve HEAD in ${dir}: ${(0,util_text/* clip */.$)(head.stderr.trim(), 200)}`);
        },
        async changedFiles(dir, files) {
            if (files.length === 0)
                return [];
            // -z: paths unquoted; --untracked-files: a new file not yet added counts as a change too.
            const status = await git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...files]);
            if (status.exitCode !== 0)
                throw new GitCommandError(`git status failed in ${dir}: ${gitReason(status.stderr)}`);
            const changed = [];
            const entries = status.stdout.split('\0');
            for (let i = 0; i < entries.length; i++) {
                const entry = entries[i];
                if (entry.length < 4)
                    continue;
                changed.push(entry.slice(3));
                // A rename or copy is followed by its source path.
                if (entry[0] === 'R' || entry[0] === 'C')
                    i++;
            }
            return changed;
        },
        async remoteUrl(dir, remote) {
            const result = await git(dir, ['config', '--get', `remote.${remote}.url`]);
            return result.exitCode === 0 ? result.stdout.trim() : null;
        },
        async fetchBranch(dir, remote, branch) {
            const result = await git(dir, ['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
            if (result.exitCode !== 0)
                throw new GitCommandError(`git fetch ${remote} ${branch} failed: ${gitReason(result.stderr)}`);
        },
        async resolveRef(dir, ref) {
            const result = await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
            return result.exitCode === 0 ? result.stdout.trim().toLowerCase() : null;
        },
        async localTag(dir, tag) {
            const type = await git(dir, ['cat-file', '-t', `refs/tags/${tag}`]);
            if (type.exitCode !== 0)
                return null;
            const commit = await git(dir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
            if (commit.exitCode !== 0)
                return null;
            return { commit: commit.stdout.trim().toLowerCase(), annotated: type.stdout.trim() === 'tag' };
        },
        async createTag(dir, tag, sha, message) {
            // No -f: git refuses a tag that exists, which is the point. tag.gpgSign, if the maintainer set it, signs the annotated tag.
            // --end-of-options: a name from a config template ("-f{version}") is a name, never an option; git then refuses it as a tag name.
            const args = message === undefined ? ['tag', '--end-of-options', tag, sha] : ['tag', '-a', '-m', message, '--end-of-options', tag, sha];
            const result = await git(dir, args);
            if (result.exitCode !== 0)
                throw new GitCommandError(`git tag ${tag} failed: ${gitReason(result.stderr)}`);
        },
        async pushTag(dir, remote, tag) {
            // A full refspec without "+": the remote refuses to replace a tag it has.
            const result = await git(dir, ['push', '--quiet', remote, `refs/tags/${tag}:refs/tags/${tag}`]);
            if (result.exitCode !== 0)
                throw new GitCommandError(`git push ${remote} ${tag} failed: ${gitReason(result.stderr)}`);
        },
        async showFile(dir, sha, rel, maxBytes) {
            if (!/^[0-9a-f]{40}$/.test(sha))
                throw new Error(`"${(0,util_text/* clip */.$)(sha)}" is not a commit SHA`);
            // -z: names unquoted, NUL-terminated; -l adds the blob size, so a huge file is refused before it is read.
            const listed = await git(dir, ['ls-tree', '-l', '-z', sha, '--', rel]);
            if (listed.exitCode !== 0)
                throw new Error(`git cannot list ${(0,util_text/* clip */.$)(rel)} in commit ${sha}: ${(0,util_text/* clip */.$)(listed.stderr.trim(), 200)}`);
            const entries = listed.stdout.split('\0').filter((e) => e.length > 0);
            if (entries.length === 0)
                return (await symlinkOnTheWay(dir, sha, rel)) ?? { kind: 'missing' };
            const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(-|\d+)\t/.exec(entries[0]);
            if (!match || entries.length > 1)
                throw new Error(`git listed ${(0,util_text/* clip */.$)(rel)} in commit ${sha} unexpectedly: ${(0,util_text/* clip */.$)(listed.stdout, 120)}`);
            const [, mode, type, object, size] = match;
            if (type !== 'blob')
                return { kind: 'not-a-file', type: type === 'tree' ? 'a folder' : type === 'commit' ? 'a submodule' : type };
            if (mode === '120000') {
                const target = await git(dir, ['cat-file', 'blob', object]);
                return { kind: 'symlink', target: (0,util_text/* clip */.$)(target.stdout, 200) };
            }
            if (Number(size) > maxBytes)
                return { kind: 'too-large', size: Number(size) };
            const blob = await git(dir, ['cat-file', 'blob', object]);
            if (blob.exitCode !== 0)
                throw new Error(`git cannot read ${(0,util_text/* clip */.$)(rel)} in commit ${sha}: ${(0,util_text/* clip */.$)(blob.stderr.trim(), 200)}`);
            return { kind: 'file', text: blob.stdout };
        }
    };
}

// EXTERNAL MODULE: ./src/clients/http.ts + 4 modules
var clients_http = __webpack_require__(51449);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/zod-issue.ts
var zod_issue = __webpack_require__(59935);
;// CONCATENATED MODULE: ./src/clients/go/module-path.ts

/**
 * Go's case-encoding of module paths and versions in proxy and checksum-database URLs
 * (golang.org/x/mod/module.EscapePath / EscapeVersion): each upper-case ASCII letter
 * becomes `!` followed by its lower-case form, so a path survives a case-insensitive
 * file system. A `!` in the input is not allowed (it could not be told apart).
 */
class ModulePathError extends src_errors/* ReleaseGatesError */.O {
    name = 'ModulePathError';
    constructor(message, options) {
        super('format', message, options);
    }
}
function module_path_escape(value, what) {
    if (value === '')
        throw new ModulePathError(`the ${what} is empty`);
    let out = '';
    for (const char of value) {
        if (char === '!')
            throw new ModulePathError(`the ${what} "${value}" contains "!", which Go does not allow`);
        const code = char.codePointAt(0);
        if (code < 0x21 || code > 0x7e)
            throw new ModulePathError(`the ${what} "${value}" contains a character Go does not allow in a URL path (${JSON.stringify(char)})`);
        out += char >= 'A' && char <= 'Z' ? `!${char.toLowerCase()}` : char;
    }
    return out;
}
/** `github.com/Azure/azure-sdk` → `github.com/!azure/azure-sdk`. */
function escapeModulePath(path) {
    return module_path_escape(path, 'module path');
}
/** `v1.2.3-RC1` → `v1.2.3-!r!c1`. */
function escapeModuleVersion(version) {
    return module_path_escape(version, 'module version');
}
/** The inverse, for servers: `!a` → `A`; null when the text is not a valid encoding (an upper-case letter, or `!` before a non-letter). */
function unescapeModulePath(escaped) {
    let out = '';
    for (let i = 0; i < escaped.length; i++) {
        const char = escaped[i];
        if (char >= 'A' && char <= 'Z')
            return null;
        if (char === '!') {
            const next = escaped[i + 1];
            if (next === undefined || next < 'a' || next > 'z')
                return null;
            out += next.toUpperCase();
            i++;
        }
        else {
            out += char;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/clients/go/proxy.ts








class GoProxyError extends src_errors/* ReleaseGatesError */.O {
    name = 'GoProxyError';
    constructor(message, options) {
        super('go-proxy', message, options);
    }
}
/** An `.info` is a few hundred bytes. */
const INFO_MAX_BYTES = 64 * 1024;
/** cmd/go refuses a go.mod over 16 MiB (golang.org/x/mod/zip MaxGoMod). */
const MOD_MAX_BYTES = 16 * 1024 * 1024;
/** cmd/go refuses a module zip over 500 MiB (golang.org/x/mod/zip MaxZipFile). */
const ZIP_MAX_BYTES = 500 * 1024 * 1024;
/** 404 and 410 are how the GOPROXY protocol says "no such version" (cmd/go treats both as not found). */
const ABSENT = [404, 410];
const infoSchema = schemas/* looseObject */._H3({
    Version: schemas/* string */.YjP().min(1).max(256),
    Time: schemas/* string */.YjP().max(64).optional(),
    Origin: schemas/* looseObject */._H3({
        VCS: schemas/* string */.YjP().max(32).optional(),
        URL: schemas/* string */.YjP().max(4096).optional(),
        Ref: schemas/* string */.YjP().max(1024).optional(),
        Hash: schemas/* string */.YjP().max(128).optional(),
        Subdir: schemas/* string */.YjP().max(4096).optional()
    })
        .nullable()
        .optional()
});
function createGoProxyApi(options) {
    const base = options.proxy.replace(/\/+$/, '');
    const shown = (0,clients_http/* shownUrl */.zA)(base).replace(/\/+$/, '');
    const http = options.http;
    const url = (module, version, ext) => `${base}/${escapeModulePath(module)}/@v/${escapeModuleVersion(version)}.${ext}`;
    const wrap = (what) => (error) => (0,clients_http/* rethrowAs */.wR)(error, (m, o) => new GoProxyError(m, o), `the Go module proxy ${shown} could not serve ${what}`);
    return {
        base,
        async info(module, version) {
            const target = url(module, version, 'info');
            // Polled while the proxy catches up: revalidated with its ETag.
            const response = await http.request({ url: target, accept: ABSENT, maxBytes: INFO_MAX_BYTES, revalidate: true }).catch(wrap(`${module}@${version}.info`));
            if (ABSENT.includes(response.status))
                return null;
            let body;
            try {
                body = JSON.parse(response.body.toString('utf8'));
            }
            catch {
                throw new GoProxyError(`the Go module proxy answered ${(0,clients_http/* shownUrl */.zA)(target)} with a body that is not JSON`);
            }
            const parsed = infoSchema.safeParse(body);
            if (!parsed.success) {
                const issue = (0,zod_issue/* firstZodIssue */.Fs)(parsed.error, { top: 'the document', pathMax: 40, messageMax: 80, none: 'the document: unexpected shape' });
                throw new GoProxyError(`the Go module proxy answered ${(0,clients_http/* shownUrl */.zA)(target)} with an unexpected .info (${issue})`);
            }
            return parsed.data;
        },
        async mod(module, version) {
            const target = url(module, version, 'mod');
            const response = await http.request({ url: target, accept: ABSENT, maxBytes: MOD_MAX_BYTES, revalidate: true }).catch(wrap(`${module}@${version}.mod`));
            return ABSENT.includes(response.status) ? null : response.body;
        },
        async downloadZip(module, version, file) {
            const target = url(module, version, 'zip');
            const stream = await http.stream({ url: target, accept: ABSENT, maxBytes: ZIP_MAX_BYTES }).catch(wrap(`${module}@${version}.zip`));
            try {
                if (ABSENT.includes(stream.status)) {
                    for await (const chunk of stream.body)
                        void chunk;
                    return null;
                }
                let size = 0;
                const counted = external_node_stream_.Readable.from((async function* () {
                    for await (const chunk of stream.body) {
                        size += chunk.byteLength;
                        yield chunk;
                    }
                })());
                await (0,external_node_stream_promises_.pipeline)(counted, (0,external_node_fs_.createWriteStream)(file, { mode: 0o600 }));
                return { size };
            }
            catch (error) {
                return wrap(`${module}@${version}.zip`)(error);
            }
        }
    };
}

// EXTERNAL MODULE: ./src/formats/sumdb.ts
var sumdb = __webpack_require__(62357);
;// CONCATENATED MODULE: ./src/clients/go/sumdb.ts



/**
 * The client of Go's checksum database: it asks a database (sum.golang.org, or the one GOSUMDB
 * names) for a record and for hash tiles. What the answers mean, and whether they verify, is read
 * by the pure functions of src/formats/sumdb.ts.
 */
/** A lookup answer is two lines and a note; a tile at most 256 hashes. */
const LOOKUP_MAX_BYTES = 64 * 1024;
const sumdb_ABSENT = [404, 410];
function createGoSumdbApi(options) {
    const db = (0,sumdb/* parseGosumdb */.$M)(options.gosumdb);
    const http = options.http;
    const shown = (0,clients_http/* shownUrl */.zA)(db.url).replace(/\/+$/, '');
    const wrap = (what) => (error) => (0,clients_http/* rethrowAs */.wR)(error, (m, o) => new sumdb/* SumdbError */.q6(m, o), `the checksum database ${shown} could not serve ${what}`);
    const get = async (path, what, maxBytes) => http.request({ url: `${db.url}/${path}`, accept: sumdb_ABSENT, maxBytes, revalidate: true }).catch(wrap(what));
    return {
        db,
        async lookup(module, version) {
            const path = `lookup/${escapeModulePath(module)}@${escapeModuleVersion(version)}`;
            const response = await get(path, `the lookup of ${module}@${version}`, LOOKUP_MAX_BYTES);
            if (sumdb_ABSENT.includes(response.status))
                return null;
            return (0,sumdb/* parseLookup */.iT)(response.body, `the checksum database's lookup ${(0,clients_http/* shownUrl */.zA)(response.url)}`);
        },
        async tile(level, index, width) {
            const expected = width * sumdb/* HASH_SIZE */.Ts;
            const path = (0,sumdb/* tilePath */.uB)(level, index, width);
            const response = await get(path, path, sumdb/* TILE_WIDTH */.KP * sumdb/* HASH_SIZE */.Ts);
            if (response.status === 200) {
                if (response.body.length !== expected)
                    throw new sumdb/* SumdbError */.q6(`the checksum database answered ${path} with ${response.body.length} bytes, not ${expected}`);
                return response.body;
            }
            if (width !== sumdb/* TILE_WIDTH */.KP) {
                const full = (0,sumdb/* tilePath */.uB)(level, index, sumdb/* TILE_WIDTH */.KP);
                const whole = await get(full, full, sumdb/* TILE_WIDTH */.KP * sumdb/* HASH_SIZE */.Ts);
                if (whole.status === 200 && whole.body.length === sumdb/* TILE_WIDTH */.KP * sumdb/* HASH_SIZE */.Ts)
                    return whole.body.subarray(0, expected);
            }
            throw new sumdb/* SumdbError */.q6(`the checksum database does not serve ${path} (${response.status}), so the record's inclusion cannot be proven`);
        }
    };
}

// EXTERNAL MODULE: ./src/clients/npm/index.ts + 5 modules
var npm = __webpack_require__(14605);
// EXTERNAL MODULE: ./src/clients/oci/index.ts + 3 modules
var oci = __webpack_require__(93885);
// EXTERNAL MODULE: ./src/clients/pypi.ts
var pypi = __webpack_require__(27130);
;// CONCATENATED MODULE: ./src/clients/index.ts









const USER_AGENT = 'sketchlog-release-gates/1';
/**
 * A factory that builds one client per key and gives the same one back for that key: a check that asks
 * a registry several times, and checks sharing it, use one client. A factory that throws caches nothing.
 */
function memoized(keyOf, build) {
    const built = new Map();
    return (...args) => {
        const key = keyOf(...args);
        let client = built.get(key);
        if (client === undefined) {
            client = build(...args);
            built.set(key, client);
        }
        return client;
    };
}
/** `wait` is the run's wait (the context passes its own); a request ends by it plus its grace, or by its own cap if sooner. */
function createClients(settings, wait = (0,poll/* waitBudget */.Fg)(settings.waitMinutes)) {
    const http = new clients_http/* HttpClient */.Qq({
        retries: settings.retries,
        retryBaseMs: settings.retryBaseMs,
        timeoutMs: 30_000,
        userAgent: USER_AGENT,
        wait
    });
    return {
        http,
        git: createGitApi(),
        npm: memoized((registry, options) => `${options?.anonymous ? 'anonymous' : 'npm-token'} ${registry}`, (registry, options) => (0,npm/* createNpmApi */.AS)({ registry, token: options?.anonymous ? '' : settings.npmToken, http })),
        pypi: memoized((index) => index, (index) => (0,pypi/* createPypiApi */.N1)({ index, http })),
        oci: (0,oci/* createOciApi */.Op)({ http }),
        goproxy: memoized((proxy) => proxy, (proxy) => createGoProxyApi({ proxy, http })),
        gosumdb: memoized((spec) => spec, (spec) => createGoSumdbApi({ gosumdb: spec, http })),
        // Sigstore's libraries load only for the gates that verify something.
        sigstore: memoized((source) => JSON.stringify(source), async (source) => (await Promise.all(/* import() */[__webpack_require__.e(303), __webpack_require__.e(993)]).then(__webpack_require__.bind(__webpack_require__, 17993))).createVerifier(source)),
        github: settings.token
            ? lazyGitHub({
                token: settings.token,
                apiUrl: settings.apiUrl,
                owner: settings.owner,
                repo: settings.repo,
                retries: settings.retries,
                retryBaseMs: settings.retryBaseMs,
                timeoutMs: 30_000,
                http
            })
            : tokenlessGitHub()
    };
}
/** Every method of the GitHub client, for the two stand-ins below. */
const GITHUB_METHODS = [
    'getTagRef',
    'getBranchRef',
    'getTagObject',
    'compareCommits',
    'listWorkflowRuns',
    'getReleaseByTag',
    'downloadReleaseAsset',
    'listAttestations',
    'listRulesets',
    'getRuleset',
    'getBranchRules',
    'getImmutableReleases',
    'getEnvironment',
    'listDeploymentPolicies',
    'getFileText'
];
// A method added to GitHubApi and not listed here fails to compile.
const everyMethodListed = true;
void everyMethodListed;
/**
 * The GitHub client, loaded at its first call: Octokit with its plugins and undici cost about
 * 30 MiB of a process's memory, which a gate that never asks GitHub (smoke, most of publication)
 * does not pay. Each call still runs in its caller's check scope (the promise chain keeps it).
 */
function lazyGitHub(options) {
    let loaded = null;
    const api = () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(740), __webpack_require__.e(208)]).then(__webpack_require__.bind(__webpack_require__, 68208)).then((m) => m.createGitHubApi(options)));
    const forward = (name) => (...args) => api().then((real) => real[name](...args));
    return Object.fromEntries(GITHUB_METHODS.map((name) => [name, forward(name)]));
}
/**
 * Without a token only the checks that ask GitHub fail, each with the fix;
 * gates that read the workspace alone (artifacts) still run.
 */
function tokenlessGitHub() {
    const missing = () => Promise.reject(new errors/* GitHubError */.y_('no GitHub token: input "token" is empty; keep its default (github.token) or pass a token with the permissions in the README', null));
    return Object.fromEntries(GITHUB_METHODS.map((name) => [name, missing]));
}

// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./src/util/redact.ts
var util_redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/util/check-scope.ts
var check_scope = __webpack_require__(72021);
// EXTERNAL MODULE: ./src/util/clock.ts
var util_clock = __webpack_require__(97110);
;// CONCATENATED MODULE: ./src/engine.ts






const STATUSES = new Set(['pass', 'fail', 'skip']);
/**
 * Applies what a check declares, then runs it; throws what the check throws. The config comes
 * first: a missing section fails even for a rehearsal tag, so the real release cannot.
 */
function runDeclaredCheck(check, ctx) {
    const values = {};
    for (const name of check.sections ?? []) {
        const section = (0,gate/* sectionOf */.ZE)(ctx.config, name);
        if (section.state === 'missing')
            return Promise.resolve((0,gate/* fail */.fJ)((0,gate/* sectionMissingMessage */.H4)(name, check.id)));
        if (section.state === 'off')
            return Promise.resolve((0,gate/* skip */.iv)((0,gate/* sectionOffMessage */.m6)(name)));
        values[name] = section.value;
    }
    const sections = values;
    const what = check.releaseOnly;
    if (what === undefined)
        return check.run(ctx, sections);
    return (0,gate/* withVersion */.$2)(ctx, (_version, kind) => kind === 'rehearsal' ? Promise.resolve((0,gate/* skip */.iv)(`rehearsal tag: ${what} applies to release tags only`)) : check.run(ctx, sections));
}
/**
 * Runs a check within the run's bound: by `wait.deadline + RUN_GRACE_MS` it has its verdict, or it
 * fails, naming the requests it still had pending; those are aborted at once (every request joins
 * the check's signal through its scope). So a gate run ends within wait-minutes plus the grace,
 * whatever the registries answer or how many requests their answers make a check send.
 */
async function runCheckWithinDeadline(check, ctx) {
    const clock = ctx.clock ?? util_clock/* REAL_CLOCK */.I;
    const controller = new AbortController();
    const scope = new check_scope/* CheckScope */.dI(controller.signal);
    let cancel = () => { };
    const outOfTime = new Promise((resolve) => {
        cancel = clock.setTimer(() => {
            const pending = scope.describePending();
            controller.abort();
            const limit = (0,poll/* waitLimit */.Tk)({ minutes: ctx.wait.minutes, graceMs: poll/* RUN_GRACE_MS */.c });
            resolve((0,gate/* fail */.fJ)(`${check.id} did not finish within ${limit}: ${pending}; the registry answered too slowly or too much — check its status, or raise wait-minutes if it is only slow`));
        }, ctx.wait.deadline + poll/* RUN_GRACE_MS */.c - ctx.wait.now());
    });
    try {
        return await Promise.race([(0,check_scope/* runInCheckScope */.xS)(scope, () => runCheck(check, ctx)), outOfTime]);
    }
    finally {
        cancel();
    }
}
async function runCheck(check, ctx) {
    try {
        const outcome = await runDeclaredCheck(check, ctx);
        if (!outcome || !STATUSES.has(outcome.status) || typeof outcome.summary !== 'string') {
            return { status: 'fail', summary: `${check.id} returned no verdict (internal error); treat the release as not verified` };
        }
        return outcome;
    }
    catch (error) {
        if (error instanceof gate/* CheckFailed */.EC)
            return { status: 'fail', summary: error.message };
        // Fail closed: a check that cannot reach its answer fails, with the cause.
        return { status: 'fail', summary: `${check.id} could not finish: ${(0,util_text/* messageOf */.b)(error)}` };
    }
}
function clean(outcome, id, redact) {
    const result = {
        id,
        status: outcome.status,
        summary: redact(outcome.summary),
        details: (outcome.details ?? []).map(redact),
        links: (outcome.links ?? []).map(redact)
    };
    if (outcome.table) {
        result.table = {
            ...(outcome.table.title ? { title: redact(outcome.table.title) } : {}),
            columns: outcome.table.columns.map(redact),
            rows: outcome.table.rows.map((row) => row.map(redact)),
            ...(outcome.table.failing ? { failing: outcome.table.failing } : {})
        };
    }
    if (outcome.outputs) {
        result.outputs = Object.fromEntries(Object.entries(outcome.outputs).map(([k, v]) => [k, redact(v)]));
    }
    return result;
}
/** Runs a gate's checks concurrently and decides the verdict. */
async function runGate(def, ctx, secrets) {
    const started = Date.now();
    const redact = (0,util_redact/* redactor */.$p)(secrets);
    const outcomes = await Promise.all(def.checks.map((check) => runCheckWithinDeadline(check, ctx)));
    const checks = outcomes.map((outcome, i) => clean(outcome, def.checks[i].id, redact));
    const failed = checks.filter((c) => c.status === 'fail').map((c) => c.id);
    const ran = checks.filter((c) => c.status !== 'skip').length;
    let failureLine = null;
    if (failed.length > 0) {
        failureLine = `release-gates ${def.id}: ${failed.length} check${failed.length > 1 ? 's' : ''} failed: ${failed.join(', ')}`;
    }
    else if (ran === 0) {
        // A gate never passes with zero checks run.
        failureLine = `release-gates ${def.id}: no check ran (every check was skipped); a gate cannot pass on nothing`;
    }
    return {
        gate: def.id,
        result: failureLine ? 'fail' : 'pass',
        checks,
        failureLine,
        durationMs: Date.now() - started
    };
}
/** A `once` for GateContext: concurrent callers with the same key share one promise. */
function memo() {
    const cache = new Map();
    return (key, work) => {
        let p = cache.get(key);
        if (!p) {
            p = work();
            cache.set(key, p);
        }
        return p;
    };
}

;// CONCATENATED MODULE: ./src/context.ts




/**
 * The context every check runs in, for the action's gates and the CLI's maintainer
 * commands alike. Progress lines carry outside text (names, registry answers): `log`
 * is the entry point's output boundary, which redacts them and neutralises workflow
 * commands (src/index.ts for the action, src/cli/output.ts for the CLI).
 */
function createGateContext(settings, config, release, log, deps = {}) {
    // Registered, so every clip() redacts them before shortening (a half token is still a leak).
    (0,util_redact/* protectSecrets */.tu)([settings.token, settings.npmToken]);
    // One wait for the whole run: the checks poll until it ends and the clients end requests by it.
    const clock = deps.clock;
    const wait = (0,poll/* waitBudget */.Fg)(settings.waitMinutes, { graceMs: deps.waitGraceMs, ...(clock ? { now: () => clock.now() } : {}) });
    // Real runs jitter their polls; a test that injects its own sleep gets exact intervals.
    const random = deps.sleep ? undefined : Math.random;
    return {
        settings,
        config,
        release,
        clients: deps.clients ?? createClients(settings, wait),
        wait,
        once: memo(),
        ...(clock ? { clock } : {}),
        sleep: deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        ...(random ? { random } : {}),
        // One schedule of poll rounds per registry host for all the run's checks, jittered by `random`.
        rounds: new poll/* PollRounds */.h_(random),
        log
    };
}

// EXTERNAL MODULE: ./src/gates/ids.ts
var ids = __webpack_require__(64442);
;// CONCATENATED MODULE: ./src/report/report.ts


function buildReport(run, release, sha) {
    return {
        gate: run.gate,
        result: run.result,
        tag: release.tag,
        version: release.version,
        kind: release.kind,
        sha,
        checks: run.checks.map((c) => ({
            id: c.id,
            status: c.status,
            summary: c.summary,
            // A detail table is also kept in the report, one line per row.
            details: c.table ? [...c.details, ...c.table.rows.map((row) => row.join(' | '))] : c.details,
            links: c.links
        })),
        durationMs: run.durationMs
    };
}
function reportPath(runnerTemp, gate) {
    return external_node_path_.join(runnerTemp, `release-gates-${gate}.json`);
}
/**
 * The report as JSON, with bidirectional controls written as `\\u202e` escapes:
 * the data is unchanged for any JSON reader, while a person viewing the file
 * sees the escape instead of reordered text.
 */
function reportJson(report) {
    return JSON.stringify(report, null, 2).replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
async function writeReport(file, report) {
    await promises_.mkdir(external_node_path_.dirname(file), { recursive: true });
    await promises_.writeFile(file, `${reportJson(report)}\n`, 'utf8');
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/main.ts








/** Runs one gate end to end: config, tag, checks, report, outputs, summary, verdict. */
async function run(settings, io, deps = {}) {
    const definition = await (0,ids/* loadGate */.WF)((0,ids/* gateIdNamed */.Ux)(settings.gate));
    const config = await (0,src_config/* loadConfig */.Z9)(settings.configPath, settings.configInput, settings.workspace);
    const parsed = (0,version/* parseTag */.ED)(settings.tag, config.tags);
    // Only preflight reports a bad tag as a check (tag-format); later gates cannot start without a version.
    if (!parsed.ok && settings.gate !== 'preflight') {
        throw new src_errors/* InputError */.d(`${parsed.reason}; release tags look like "${config.tags.release}"${config.tags.rehearsal ? `, rehearsals like "${config.tags.rehearsal}"` : ''}`);
    }
    const release = parsed.ok
        ? { tag: settings.tag, version: parsed.version, kind: parsed.kind, tagProblem: null }
        : { tag: settings.tag, version: null, kind: null, tagProblem: parsed.reason };
    const ctx = createGateContext(settings, config, release, (line) => (io.progress ? io.progress(line) : io.info(line)), deps);
    io.info(`release-gates ${definition.id}: ${definition.checks.length} checks for ${(0,util_text/* clip */.$)(settings.tag)} at ${settings.sha}`);
    const result = await runGate(definition, ctx, [settings.token, settings.npmToken]);
    const reportFile = reportPath(settings.runnerTemp, definition.id);
    await writeReport(reportFile, buildReport(result, release, settings.sha));
    io.setOutput('result', result.result);
    io.setOutput('version', release.version ?? '');
    io.setOutput('kind', release.kind ?? '');
    io.setOutput('failed', result.checks
        .filter((c) => c.status === 'fail')
        .map((c) => c.id)
        .join(','));
    io.setOutput('report', reportFile);
    for (const check of result.checks) {
        for (const [name, value] of Object.entries(check.outputs ?? {}))
            io.setOutput(name, value);
    }
    if (settings.summary)
        await io.writeSummary(result, release, settings.sha, definition.title);
    for (const check of result.checks)
        io.info(`${check.status.padEnd(4)} ${check.id}: ${check.summary}`);
    if (result.failureLine)
        io.setFailed(result.failureLine);
    return { run: result, release, reportFile };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ pep440Matches),
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   FB: () => (/* binding */ parsePep440),
/* harmony export */   J4: () => (/* binding */ formatPep440),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   S5: () => (/* binding */ semverMatches),
/* harmony export */   Z9: () => (/* binding */ semverToPep440),
/* harmony export */   te: () => (/* binding */ isPythonFile),
/* harmony export */   yU: () => (/* binding */ nextVersion),
/* harmony export */   yt: () => (/* binding */ canonicalizeName)
/* harmony export */ });
/* unused harmony export semverProblem */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);


/** `s` as a regular expression that matches it literally. */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** PEP 503: runs of `-`, `_` and `.` are one separator, case does not matter. */
function canonicalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** A git ref component must not contain these (git check-ref-format), nor anything a shell would act on. */
const UNSAFE_TAG = /[\s~^:?*[\\\x00-\x1f\x7f;&|$`'"<>(){}!#]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/;
/**
 * Checks that `version` is SemVer 2.0.0 written canonically, without build metadata.
 * Returns a reason when it is not.
 */
function semverProblem(version) {
    if (version.length > 256)
        return `version is ${version.length} characters long; SemVer allows 256`;
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0__.parse(version);
    if (!parsed || version.startsWith('v') || version.startsWith('=')) {
        if (/^\d+\.\d+$/.test(version))
            return `version "${version}" has two parts; SemVer needs MAJOR.MINOR.PATCH`;
        if (/(^|\.)0\d/.test(version.split('-')[0] ?? ''))
            return `version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(version)}" has a leading zero; SemVer forbids it`;
        return `version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(version)}" is not SemVer 2.0.0 (MAJOR.MINOR.PATCH[-PRERELEASE])`;
    }
    if (parsed.build.length > 0) {
        return `version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(version)}" carries build metadata (+${parsed.build.join('.')}); registries drop it, so release tags must not use it`;
    }
    if (parsed.version !== version)
        return `version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(version)}" is not written canonically (expected ${parsed.version})`;
    return null;
}
/** Matches a tag against the configured release and rehearsal templates. */
function parseTag(tag, templates) {
    if (tag.length === 0)
        return { ok: false, reason: 'the tag is empty' };
    if (tag.length > 255)
        return { ok: false, reason: `the tag is ${tag.length} characters long; at most 255 are allowed` };
    const unsafe = UNSAFE_TAG.exec(tag);
    if (unsafe) {
        // Name the offending part: clip() folds a newline to a space, which would hide it.
        return {
            ok: false,
            reason: `tag "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(tag)}" contains ${JSON.stringify(unsafe[0])}, which is not allowed in a release tag (whitespace, shell or ref metacharacters)`
        };
    }
    const candidates = [['release', templates.release]];
    if (templates.rehearsal)
        candidates.push(['rehearsal', templates.rehearsal]);
    // The longer template is the more specific one: `test-v{version}` must win over `{version}`-like templates.
    candidates.sort((a, b) => b[1].length - a[1].length);
    for (const [kind, template] of candidates) {
        const [prefix = '', suffix = ''] = template.split('{version}');
        const match = new RegExp(`^${escapeRegExp(prefix)}(.+)${escapeRegExp(suffix)}$`).exec(tag);
        if (!match)
            continue;
        const version = match[1];
        const problem = semverProblem(version);
        if (problem)
            return { ok: false, reason: `tag "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(tag)}": ${problem}` };
        return { ok: true, version, kind, template };
    }
    const allowed = candidates.map(([, t]) => `"${t}"`);
    const which = allowed.length === 1 ? `does not match ${allowed[0]}` : `matches neither ${allowed.join(' nor ')}`;
    return { ok: false, reason: `tag "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(tag)}" ${which}` };
}
// The PEP 440 appendix regex, case-insensitive.
const PEP440 = /^\s*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
function parsePep440(text) {
    const m = PEP440.exec(text);
    if (!m?.groups)
        return null;
    const g = m.groups;
    const preLabel = g.pre_l?.toLowerCase();
    const pre = preLabel ? [preLabel.startsWith('a') ? 'a' : preLabel === 'b' || preLabel === 'beta' ? 'b' : 'rc', Number(g.pre_n ?? 0)] : null;
    const post = g.post_n1 !== undefined ? Number(g.post_n1) : g.post_l ? Number(g.post_n2 ?? 0) : null;
    const release = g.release.split('.').map(Number);
    // Trailing zeros do not change a release segment's meaning: 1.0 == 1.0.0.
    while (release.length > 1 && release[release.length - 1] === 0)
        release.pop();
    return {
        epoch: Number(g.epoch ?? 0),
        release,
        pre,
        post,
        dev: g.dev_l ? Number(g.dev_n ?? 0) : null,
        local: g.local ? g.local.toLowerCase().replace(/[-_]/g, '.') : null
    };
}
/** Canonical PEP 440 text of parsed parts (the spelling PyPI shows). */
function formatPep440(v, minParts = 3) {
    const release = [...v.release];
    while (release.length < minParts)
        release.push(0);
    let out = `${v.epoch ? `${v.epoch}!` : ''}${release.join('.')}`;
    if (v.pre)
        out += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== null)
        out += `.post${v.post}`;
    if (v.dev !== null)
        out += `.dev${v.dev}`;
    if (v.local)
        out += `+${v.local}`;
    return out;
}
/**
 * The PEP 440 spelling of a SemVer release version: 1.3.0-rc.1 → 1.3.0rc1,
 * -alpha.N → aN, -beta.N → bN, -dev.N → .devN. Null when the prerelease has no
 * PEP 440 equivalent (then no Python file can match the tag).
 */
function semverToPep440(version) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0__.parse(version);
    if (!parsed)
        return null;
    const base = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
    if (parsed.prerelease.length === 0)
        return base;
    const [label, num, ...rest] = parsed.prerelease;
    if (rest.length > 0)
        return null;
    const n = num === undefined ? 0 : typeof num === 'number' ? num : /^\d+$/.test(num) ? Number(num) : NaN;
    if (Number.isNaN(n))
        return null;
    // No `post`: SemVer 1.3.0-post.1 sorts before 1.3.0, PEP 440 1.3.0.post1 after it.
    const map = { alpha: 'a', a: 'a', beta: 'b', b: 'b', rc: 'rc', c: 'rc', dev: '.dev' };
    if (typeof label !== 'string')
        return null;
    const m = /^(alpha|beta|rc|a|b|c|dev)(\d*)$/.exec(label);
    if (!m)
        return null;
    if (m[2] && num !== undefined)
        return null;
    const number = m[2] ? Number(m[2]) : n;
    return `${base}${map[m[1]]}${number}`;
}
function samePep440(a, b) {
    const len = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < len; i++)
        if ((a.release[i] ?? 0) !== (b.release[i] ?? 0))
            return false;
    return a.epoch === b.epoch && a.pre?.[0] === b.pre?.[0] && a.pre?.[1] === b.pre?.[1] && a.post === b.post && a.dev === b.dev && a.local === b.local;
}
/** Whether `found` (from a PEP 440 file) means the same version as the SemVer tag version. */
function pep440Matches(found, tagVersion) {
    const want = semverToPep440(tagVersion);
    const f = parsePep440(found);
    const w = want === null ? null : parsePep440(want);
    return f !== null && w !== null && samePep440(f, w);
}
/** Whether `found` (from a SemVer file) means the same version as the tag version. */
function semverMatches(found, tagVersion) {
    // Written exactly: a leading v (v1.2.3) is not SemVer, and Helm would publish the chart as v1.2.3.
    const text = found.trim();
    const f = semver__WEBPACK_IMPORTED_MODULE_0__.parse(text);
    return f !== null && f.build.length === 0 && f.version === tagVersion && text === f.version;
}
/** Python files are read as PEP 440 (pyproject.toml, setup.cfg, *.py); everything else as SemVer. */
function isPythonFile(file) {
    const base = file.split('/').pop() ?? file;
    return base === 'pyproject.toml' || base === 'setup.cfg' || base.endsWith('.py');
}
/**
 * The version to release instead of a burned one: the next patch for a final version, the next
 * prerelease number for a prerelease (`1.3.0-rc.1` → `1.3.0-rc.2`).
 */
function nextVersion(version) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0__.parse(version);
    if (!parsed)
        return 'the next patch';
    return semver__WEBPACK_IMPORTED_MODULE_0__.inc(version, parsed.prerelease.length > 0 ? 'prerelease' : 'patch') ?? 'the next patch';
}


/***/ })

};
