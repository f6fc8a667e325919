export const id = 849;
export const ids = [849];
export const modules = {

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

/***/ 11178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ readPypiRelease),
/* harmony export */   UH: () => (/* binding */ readSimpleProject),
/* harmony export */   Z3: () => (/* binding */ SIMPLE_JSON_TYPE),
/* harmony export */   _i: () => (/* binding */ SIMPLE_PATHS),
/* harmony export */   b4: () => (/* binding */ SimplePageCollector),
/* harmony export */   pk: () => (/* binding */ PypiError)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38816);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59935);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _util_json_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27861);






/**
 * PyPI's two JSON answers, read as pip and the publication checks need them: the JSON API's
 * release document (`/pypi/{project}/{version}/json`) and a project page of the PEP 691 JSON
 * simple API (`/simple/{project}/`, `application/vnd.pypi.simple.v1+json`). Pure: parsed JSON
 * (or, for a project page, the values a streamed read selected) in, typed values out; src/clients/pypi.ts asks the index and words the errors with the URL.
 */
class PypiError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseGatesError */ .O {
    name = 'PypiError';
    constructor(message, options) {
        super('format', message, options);
    }
}
/** The one PEP 691 JSON content type of API version 1. */
const SIMPLE_JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const sha256Hex = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits');
const releaseFile = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    filename: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).max(512),
    packagetype: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(64),
    url: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(4096),
    digests: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({ sha256: sha256Hex }),
    yanked: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
    yanked_reason: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(4096).nullable().optional()
});
const releaseBody = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    info: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
        name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(256),
        version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(256),
        yanked: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
        yanked_reason: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(4096).nullable().optional()
    }),
    urls: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(releaseFile).max(100_000)
});
/** PEP 714: `core-metadata` (and the older `data-dist-info-metadata`) is false, true, or a hash table. */
const metadataFlag = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(256))])
    .nullable()
    .optional();
const simpleBody = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    meta: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
        'api-version': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^\d+\.\d+$/, 'must be MAJOR.MINOR')
    }),
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).max(256),
    files: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
        filename: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).max(512),
        url: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).max(4096),
        hashes: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(256)),
        // PEP 691: false, true, or the reason as a string (which also means yanked).
        yanked: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(4096)]).optional(),
        'core-metadata': metadataFlag,
        'data-dist-info-metadata': metadataFlag,
        provenance: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(4096).nullable().optional(),
        'requires-python': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(1024).nullable().optional()
    }))
        .max(1_000_000)
});
/** Where a zod parse failed, as `urls.3.digests.sha256: must be 64 hex digits`. */
const issueText = (error) => (0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_1__/* .firstZodIssue */ .Fs)(error, { top: 'the document', pathMax: 60, messageMax: 80, none: 'unexpected shape' });
/** Reads the JSON API's release document (`/pypi/{project}/{version}/json`). */
function readPypiRelease(raw) {
    const parsed = releaseBody.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const missingInfo = issue?.path[0] === 'info' || typeof raw !== 'object' || raw === null || !('info' in raw);
        return { ok: false, missingInfo, issue: issueText(parsed.error) };
    }
    const body = parsed.data;
    const dists = body.urls.map((u) => ({
        filename: u.filename,
        sha256: u.digests.sha256.toLowerCase(),
        yanked: u.yanked === true,
        // PyPI writes `yanked_reason: null` for a file yanked without a reason; an empty reason is none too.
        yankedReason: u.yanked_reason ? u.yanked_reason : null,
        packagetype: u.packagetype,
        url: u.url
    }));
    return {
        ok: true,
        release: {
            name: body.info.name,
            version: body.info.version,
            files: dists.map((d) => d.filename),
            dists,
            yanked: body.info.yanked === true,
            yankedReason: body.info.yanked_reason ? body.info.yanked_reason : null
        }
    };
}
/**
 * PEP 691 `yanked` as pip reads it (pip's Link.from_json): a non-empty string is the reason and
 * means yanked, `true` is yanked without a reason, and `false`, `""` or no key is not yanked. An
 * empty string is falsy to pip, so a file with `"yanked": ""` installs; this follows pip.
 */
function yankedAsPip(yanked) {
    if (typeof yanked === 'string')
        return yanked === '' ? { yanked: false, reason: null } : { yanked: true, reason: yanked };
    return { yanked: yanked === true, reason: null };
}
/**
 * PEP 714: `core-metadata` is the key; indexes written before it send `data-dist-info-metadata`,
 * which pip reads when `core-metadata` is absent. `true` means served without a hash.
 */
function coreMetadataOf(modern, legacy) {
    const flag = modern ?? legacy;
    if (flag === undefined || flag === null || flag === false)
        return null;
    if (flag === true)
        return { sha256: null };
    const sha256 = flag.sha256;
    return { sha256: sha256 !== undefined && sha256Hex.safeParse(sha256).success ? sha256.toLowerCase() : null };
}
/**
 * What a streamed read of a project page selects: `meta`, `name` and each `files` entry, one
 * at a time. A page lists every file of every release (tens of MiB for a busy project); only
 * the entries a check asks about are kept.
 */
const SIMPLE_PATHS = ['$.meta', '$.name', '$.files.*'];
/**
 * Collects a streamed project page (SIMPLE_PATHS) into the page readSimpleProject takes, with
 * only the `files` entries whose filename `keep` accepts (every entry when `keep` is null). An
 * entry without a string filename cannot be told to belong elsewhere: it is kept, and refused
 * by the reader. Entries not kept are never validated: an old release's odd entry does not
 * fail a check about this one. `positions` are the kept entries' places on the page, for messages.
 */
class SimplePageCollector {
    keep;
    meta;
    name;
    files = [];
    positions = [];
    constructor(keep) {
        this.keep = keep;
    }
    take({ path, value }) {
        const [top, index] = path;
        if (path.length === 1 && top === 'meta')
            this.meta = value;
        else if (path.length === 1 && top === 'name')
            this.name = value;
        else if (top === 'files' && typeof index === 'number') {
            const filename = typeof value === 'object' && value !== null ? value.filename : undefined;
            if (typeof filename === 'string' && this.keep !== null && !this.keep(filename))
                return;
            this.files.push(value);
            this.positions.push(index);
        }
    }
    /** The page with only the kept entries, shaped by `outline` (which members it had, of which kind). */
    reduced(outline) {
        if (outline.root !== 'object')
            return (0,_util_json_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .standIn */ .us)(outline.root);
        const body = {};
        if (outline.members.has('meta'))
            body.meta = this.meta;
        if (outline.members.has('name'))
            body.name = this.name;
        const files = outline.members.get('files');
        if (files !== undefined)
            body.files = files === 'array' ? this.files : (0,_util_json_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .standIn */ .us)(files);
        return body;
    }
}
/**
 * Reads a PEP 691 JSON project page for `project` (its PEP 503 normal form is compared with the
 * page's `name`), resolving relative URLs against `pageUrl` as pip does. `shown` names the page
 * in messages; `positions` are where the given `files` stood on the page (SimplePageCollector),
 * so a message names the entry's place there. Throws PypiError with the reason.
 */
function readSimpleProject(raw, project, pageUrl, shown, positions) {
    const normalized = (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalizeName */ .yt)(project);
    const parsed = simpleBody.safeParse(raw);
    const at = (i) => positions?.[i] ?? i;
    if (!parsed.success && positions) {
        for (const issue of parsed.error.issues)
            if (issue.path[0] === 'files' && typeof issue.path[1] === 'number')
                issue.path[1] = at(issue.path[1]);
    }
    if (!parsed.success)
        throw new PypiError(`the simple API page ${shown} is a malformed PEP 691 page (${issueText(parsed.error)})`);
    const body = parsed.data;
    const apiVersion = body.meta['api-version'];
    // PEP 691: a client must refuse a major version it does not know (pip does too).
    if (apiVersion.split('.')[0] !== '1') {
        throw new PypiError(`the simple API at ${shown} speaks api-version ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(apiVersion, 20)}; pip and this check read version 1`);
    }
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalizeName */ .yt)(body.name) !== normalized) {
        throw new PypiError(`the simple API page ${shown} is for project "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(body.name)}", not ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(normalized)}`);
    }
    const resolve = (url, i, what, filename) => {
        try {
            // PEP 691: a URL may be relative to the page.
            return new URL(url, pageUrl).toString();
        }
        catch {
            throw new PypiError(`the simple API page ${shown} gives files.${at(i)}.${what} that is not a URL (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(filename)})`);
        }
    };
    const files = body.files.map((f, i) => {
        const sha256 = f.hashes.sha256;
        if (sha256 !== undefined && !sha256Hex.safeParse(sha256).success) {
            throw new PypiError(`the simple API page ${shown} gives files.${at(i)}.hashes.sha256 that is not 64 hex digits (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(f.filename)})`);
        }
        const { yanked, reason } = yankedAsPip(f.yanked);
        return {
            filename: f.filename,
            url: resolve(f.url, i, 'url', f.filename),
            sha256: sha256 === undefined ? null : sha256.toLowerCase(),
            yanked,
            yankedReason: reason,
            coreMetadata: coreMetadataOf(f['core-metadata'], f['data-dist-info-metadata']),
            provenance: f.provenance ? resolve(f.provenance, i, 'provenance', f.filename) : null,
            requiresPython: f['requires-python'] ?? null
        };
    });
    return { name: body.name, apiVersion, url: pageUrl, files };
}


/***/ })

};
