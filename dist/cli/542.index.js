export const id = 542;
export const ids = [542];
export const modules = {

/***/ 14605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cm: () => (/* reexport */ npm_session/* NpmError */.Cm),
  AS: () => (/* binding */ createNpmApi)
});

// UNUSED EXPORTS: INSTALL_ACCEPT, TARBALL_MAX_BYTES, attestationsUrl, escapedPackageName, publishTimeMatters, verifyRegistrySignatures

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/formats/packument.ts
var packument = __webpack_require__(93144);
// EXTERNAL MODULE: ./src/clients/npm/session.ts
var npm_session = __webpack_require__(8006);
;// CONCATENATED MODULE: ./src/clients/npm/packuments.ts
/**
 * A package's packument, or one version of it, asked as the smallest document that answers:
 * npm's per-version document (`GET /{name}/{version}`) where one version's entry is all a
 * check needs, and otherwise the packument read as it streams (util/json-stream.ts), keeping
 * the version keys and one version's entry, never the document.
 */



/**
 * Packuments of busy packages are large (tens of MiB in full); anything past this is not a
 * packument we publish. Streamed, so the cap bounds the transfer, not memory: each read holds
 * its version keys (24k versions ≈ 2 MiB) and one entry, times the packages checked at once.
 */
const PACKUMENT_MAX_BYTES = 64 * 1024 * 1024;
/**
 * One version's document is one packument entry (a package.json and its `dist`): kilobytes.
 * Parsed whole (≈ 4× its bytes while parsing): 4 MiB × 4 × the packages checked at once
 * (3 for SketchLog) stays under 50 MiB.
 */
const VERSION_MAX_BYTES = 4 * 1024 * 1024;
/** What npm's installer (pacote, npm-registry-fetch) sends for install metadata. */
const INSTALL_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';
/** A scoped name as npm puts it in a packument URL: `@scope%2fname`. */
function packuments_escapedPackageName(name) {
    const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
    if (scoped)
        return `@${encodeURIComponent(scoped[1])}%2f${encodeURIComponent(scoped[2])}`;
    return encodeURIComponent(name);
}
/** The packument of `name` streamed and collected for `version` (null: every version's key only); null on 404. */
async function streamed(session, name, version, what, accepts) {
    const collector = new packument/* PackumentCollector */.Ug(version);
    const read = await session.select(`/${packuments_escapedPackageName(name)}`, what, packument/* PACKUMENT_PATHS */.EB, (found) => collector.take(found), {
        maxBytes: PACKUMENT_MAX_BYTES,
        accepts
    });
    return read && { raw: collector.reduced(read.outline), url: read.url };
}
/** Which versions `name` holds and held: this needs every version's key, so the packument, streamed. */
async function packuments_packument(session, name) {
    const what = `the packument of ${(0,util_text/* clip */.$)(name)}`;
    const read = await streamed(session, name, null, what, npm_session/* FULL_ACCEPT */.D3);
    return read && session.readOrExplain(read, what, (raw) => (0,packument/* readPackumentVersions */.Ob)(raw, name));
}
/**
 * The packument of `name` read for `version`: `full` as published, `install` as npm's installer asks.
 *
 * `full` asks the per-version document first: its entry (`dist`, `gitHead`) is all the
 * publication checks read, and it is kilobytes where the packument may be tens of MiB. Its
 * 404 means either "no such version (or package)" or "this registry has no per-version
 * route"; the two are told apart by the packument, which is then asked (streamed): it lists
 * the version (the route is what is missing, or the version just landed), or it does not
 * (the version is absent, and the packument's list and `latest` say what is there instead),
 * or it answers 404 (no such package). So a 404 never reads as "absent" without the packument
 * saying so. The per-version document has no `time`: `publishedAt` is then null, and the
 * provenance check asks `publishTime` only when a signature's key has expired since.
 *
 * `install` reads the abbreviated packument, streamed: that document, not the per-version
 * one, is what `npm install` resolves from, and it may lag the other behind a CDN.
 */
async function lookupVersion(session, name, version, kind) {
    if (kind === 'full') {
        const what = `the document of ${(0,util_text/* clip */.$)(name)}@${(0,util_text/* clip */.$)(version)}`;
        const path = `/${packuments_escapedPackageName(name)}/${encodeURIComponent(version)}`;
        const response = await session.get(path, what, [404], { maxBytes: VERSION_MAX_BYTES, revalidate: true });
        if (response.status !== 404) {
            const manifest = session.readOrExplain(response, what, (raw) => (0,packument/* readVersionDocument */.WH)(raw, name, version));
            // Only the version itself was asked: the packument's other versions are not known here (and not needed once it is found).
            return { manifest, versions: [version], latest: null };
        }
    }
    const what = `the ${kind} packument of ${(0,util_text/* clip */.$)(name)}`;
    const read = await streamed(session, name, version, what, kind === 'full' ? npm_session/* FULL_ACCEPT */.D3 : INSTALL_ACCEPT);
    return read && session.readOrExplain(read, what, (raw) => (0,packument/* readVersionLookup */.fD)(raw, name, version));
}
/** `time[version]` of the full packument (streamed, keeping that one value); null when it gives none or answers 404. */
async function publishTime(session, name, version) {
    const what = `the packument of ${(0,util_text/* clip */.$)(name)} (for the publish time of ${(0,util_text/* clip */.$)(version)})`;
    const read = await streamed(session, name, version, what, npm_session/* FULL_ACCEPT */.D3);
    if (read === null)
        return null;
    return session.readOrExplain(read, what, (raw) => (0,packument/* readVersionLookup */.fD)(raw, name, version)).manifest?.publishedAt ?? null;
}

;// CONCATENATED MODULE: ./src/clients/npm/access.ts
/** Who the token is and what it may do: `/-/whoami`, an org's packages and members, a package's collaborators. */




/** npm's own CLI translates the registry's `read`/`write` to `read-only`/`read-write`; both spellings occur. */
const permission = schemas/* enum */.k5n(['read', 'write', 'read-only', 'read-write'])
    .transform((p) => (p === 'write' || p === 'read-write' ? 'read-write' : 'read-only'));
const permissionTable = schemas/* record */.g1P(schemas/* string */.YjP().max(214), permission);
const memberTable = schemas/* record */.g1P(schemas/* string */.YjP().max(214), schemas/* string */.YjP().max(64));
const whoamiBody = schemas/* looseObject */._H3({ username: schemas/* string */.YjP().max(214).optional() });
/** 401/403 on an authenticated listing: the token cannot read it, which the check must not mistake for "no access". */
function refused(response, what) {
    return new npm_session/* NpmError */.Cm(`npm registry refused ${what} (${response.status}): the npm-token cannot read it; use a token of the publisher with read access to the org`);
}
async function whoami(session) {
    const response = await session.get('/-/whoami', '/-/whoami', [401, 403]);
    if (response.status === 401 || response.status === 403) {
        return { ok: false, status: response.status, reason: `the registry answered ${response.status}` };
    }
    const body = session.parse(response, whoamiBody, '/-/whoami');
    // Some registries answer 200 `{}` to a token they do not know: that is a rejection, not an identity.
    if (!body.username)
        return { ok: false, status: response.status, reason: `the registry answered ${response.status} without a username` };
    return { ok: true, username: body.username };
}
async function orgPackages(session, scope) {
    const path = `/-/org/${encodeURIComponent(scope)}/package`;
    const response = await session.get(path, path, [401, 403, 404]);
    if (response.status === 404)
        return null;
    if (response.status !== 200)
        throw refused(response, path);
    // The values are the org's access level, not the token user's: only the names are used.
    return new Set(Object.keys(session.parse(response, permissionTable, path)));
}
async function orgMembers(session, scope) {
    const path = `/-/org/${encodeURIComponent(scope)}/user`;
    const response = await session.get(path, path, [401, 403, 404]);
    if (response.status === 404)
        return null;
    if (response.status !== 200)
        throw refused(response, path);
    return new Map(Object.entries(session.parse(response, memberTable, path)));
}
async function collaborators(session, name, user) {
    // As npm's CLI asks (libnpmaccess lsCollaborators): the escaped name, format=cli, and the user.
    const query = new URLSearchParams({ format: 'cli', user }).toString();
    const path = `/-/package/${packuments_escapedPackageName(name)}/collaborators?${query}`;
    const what = `/-/package/${(0,util_text/* clip */.$)(name)}/collaborators?user=${(0,util_text/* clip */.$)(user)}`;
    const response = await session.get(path, what, [401, 403, 404]);
    if (response.status === 404)
        return null;
    if (response.status !== 200)
        throw refused(response, what);
    return new Map(Object.entries(session.parse(response, permissionTable, what)));
}

// EXTERNAL MODULE: ./src/formats/npm-attestations.ts
var npm_attestations = __webpack_require__(4033);
// EXTERNAL MODULE: ./src/util/loopback.ts
var loopback = __webpack_require__(26815);
// EXTERNAL MODULE: ./src/clients/http.ts + 4 modules
var clients_http = __webpack_require__(51449);
;// CONCATENATED MODULE: ./src/clients/npm/attestations.ts
/**
 * A version's attestations (`dist.attestations.url`, `{registry}/-/npm/v1/attestations/{name}@{version}`): fetched
 * with no credential at all, whatever the host — they are public, and the URL comes from a packument, which anyone
 * who can publish may shape, so a token sent along could be sent anywhere.
 */






/** A real answer is ~15 KiB (two bundles); 4 MiB is far beyond any. */
const ATTESTATIONS_MAX_BYTES = 4 * 1024 * 1024;
/** The attestations URL the registry writes into `dist.attestations.url`: the scope's `/` escaped, `@` kept (`@scope%2fname@1.2.3`). */
function attestationsUrl(registry, name, version) {
    return `${registry}/-/npm/v1/attestations/${escapedPackageName(name)}@${version}`;
}
/** The attestations at `url`; null when it answers 404 (the version was published without any). */
async function attestations(http, url) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new npm_session/* NpmError */.Cm(`the attestations URL "${(0,util_text/* clip */.$)(url)}" is not a URL`);
    }
    if (!(0,loopback/* isAllowedUrl */.y2)(target)) {
        throw new npm_session/* NpmError */.Cm(`the attestations URL ${(0,clients_http/* shownUrl */.zA)(target.toString())} is not fetched: only https (or http on a loopback address) is`);
    }
    const shown = (0,clients_http/* shownUrl */.zA)(target.toString());
    let response;
    try {
        response = await http.request({ url: target.toString(), headers: { accept: 'application/json' }, accept: [404], maxBytes: ATTESTATIONS_MAX_BYTES });
    }
    catch (error) {
        (0,clients_http/* rethrowAs */.wR)(error, (m, o) => new npm_session/* NpmError */.Cm(m, o), `could not fetch the npm attestations ${shown}`);
    }
    if (response.status === 404)
        return null;
    let raw;
    try {
        raw = clients_http/* HttpClient */.Qq.json(response);
    }
    catch (error) {
        throw new npm_session/* NpmError */.Cm(`the npm attestations ${shown} answered with a body that is not JSON`, { cause: error });
    }
    try {
        return (0,npm_attestations/* readNpmAttestations */.RG)(raw);
    }
    catch (error) {
        if (!(error instanceof npm_attestations/* NpmAttestationFormatError */.Vd))
            throw error;
        throw new npm_session/* NpmError */.Cm(`the npm attestations ${shown} answered with an unexpected shape at ${error.message}`, { cause: error });
    }
}

// EXTERNAL MODULE: ./src/clients/npm/registry-keys.ts
var registry_keys = __webpack_require__(8);
;// CONCATENATED MODULE: ./src/util/in-flight.ts
/**
 * One call shared by everyone who asks for the same thing while it runs: the second caller
 * gets the first one's promise instead of a request of its own. Nothing is remembered once the
 * call settles, so a later look asks again (unlike a memo). Checks that wait on one registry
 * look in the same rounds (PollRounds), so two checks waiting for one document in a round
 * (publication's npm and npm-provenance both wait for the version) make one request, not two.
 */
class InFlight {
    calls = new Map();
    run(key, work) {
        const running = this.calls.get(key);
        if (running)
            return running;
        const call = work().finally(() => this.calls.delete(key));
        this.calls.set(key, call);
        return call;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/clients/npm/tarball.ts
/** A tarball downloaded, streamed and size-bounded, and hashed as npm's integrity and shasum spell it. */





/** npm refuses packages much larger than this; a bigger answer is not a tarball of ours. */
const TARBALL_MAX_BYTES = 512 * 1024 * 1024;
/** The tarball a packument names (`url`, relative to the registry); null when it answers 404. */
async function downloadTarball(session, url, maxBytes) {
    const { registry, credential } = session;
    let target;
    try {
        target = new URL(url, `${registry}/`);
    }
    catch {
        throw new npm_session/* NpmError */.Cm(`the packument names the tarball "${(0,util_text/* clip */.$)(url)}", which is not a URL`);
    }
    const home = new URL(registry);
    if (!(0,loopback/* isAllowedAnswerUrl */.M_)(target, home)) {
        throw new npm_session/* NpmError */.Cm(`the packument names the tarball ${(0,clients_http/* shownUrl */.zA)(target.toString())}; only https is fetched (plain http only on a loopback address, and only when npm.registry is on loopback too)`);
    }
    // The token belongs to the registry: only a tarball on the registry's own origin gets it
    // (as npm sends it); HttpClient drops it on a redirect elsewhere.
    const own = target.protocol === home.protocol && target.host === home.host;
    const sha512 = (0,external_node_crypto_.createHash)('sha512');
    const sha1 = (0,external_node_crypto_.createHash)('sha1');
    let size = 0;
    let finalUrl = target.toString();
    try {
        const stream = await session.http.stream({
            url: target.toString(),
            headers: { accept: '*/*' },
            ...(own && credential ? { credential } : {}),
            // A registry may redirect its tarballs to a CDN or storage host: followed without the
            // credential, which is sound here because the bytes are then checked by hash.
            crossHost: 'allow',
            accept: [404],
            maxBytes
        });
        finalUrl = stream.url;
        if (stream.status === 404) {
            // Leaving the body early cancels the transfer of whatever the 404 page holds.
            for await (const _chunk of stream.body)
                break;
            return null;
        }
        for await (const chunk of stream.body) {
            sha512.update(chunk);
            sha1.update(chunk);
            size += chunk.byteLength;
        }
    }
    catch (error) {
        (0,clients_http/* rethrowAs */.wR)(error, (m, o) => new npm_session/* NpmError */.Cm(m, o), `could not download the tarball ${(0,clients_http/* shownUrl */.zA)(target.toString())}`, session.scrub);
    }
    return { url: finalUrl, size, sha512: sha512.digest('base64'), sha1: sha1.digest('hex') };
}

;// CONCATENATED MODULE: ./src/clients/npm/index.ts
/**
 * The npm registry client the gates use: one session per registry and token (session.ts) whose
 * answers are bounded and checked, one module per group of endpoints.
 */












function createNpmApi(options) {
    const session = new npm_session/* NpmSession */.g2(options);
    const tarballMaxBytes = options.tarballMaxBytes ?? TARBALL_MAX_BYTES;
    // Checks asking for one version at once (npm and npm-provenance, in the same poll round) share the request.
    const asking = new InFlight();
    return {
        registry: options.registry,
        hasToken: options.token.length > 0,
        publishedVersion: (name, version) => asking.run(`full ${name}@${version}`, () => lookupVersion(session, name, version, 'full')),
        publishTime: (name, version) => publishTime(session, name, version),
        installVersion: (name, version) => asking.run(`install ${name}@${version}`, () => lookupVersion(session, name, version, 'install')),
        tarball: (url) => downloadTarball(session, url, tarballMaxBytes),
        whoami: () => whoami(session),
        orgPackages: (scope) => orgPackages(session, scope),
        orgMembers: (scope) => orgMembers(session, scope),
        collaborators: (name, user) => collaborators(session, name, user),
        packument: (name) => packuments_packument(session, name),
        attestations: (url) => attestations(session.http, url),
        registryKeys: () => (0,registry_keys/* registryKeys */.qb)(session)
    };
}


/***/ }),

/***/ 8:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gv: () => (/* binding */ verifyRegistrySignatures),
/* harmony export */   nt: () => (/* binding */ publishTimeMatters),
/* harmony export */   qb: () => (/* binding */ registryKeys)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_npm_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45278);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51449);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8006);
/**
 * The registry's signing keys (`/-/npm/v1/keys`) and the check `npm audit signatures` makes with them: every
 * `dist.signatures` entry of a version is an ECDSA P-256 / SHA-256 signature over `{name}@{version}:{integrity}` by a
 * key the registry lists, which had not expired when the version was published (pacote's `verifySignatures`).
 */





/** The answer is two keys (~600 bytes); 64 KiB is far beyond any registry's list. */
const KEYS_MAX_BYTES = 64 * 1024;
const KEYS_PATH = '/-/npm/v1/keys';
/** `/-/npm/v1/keys`, asked without the token: the keys are public, and a token adds nothing to them. */
async function registryKeys(session) {
    const response = await session.get(KEYS_PATH, KEYS_PATH, [404], { maxBytes: KEYS_MAX_BYTES, anonymous: true });
    if (response.status === 404) {
        throw new _session_js__WEBPACK_IMPORTED_MODULE_4__/* .NpmError */ .Cm(`${session.registry} serves no signing keys (${KEYS_PATH} answered 404), so its dist.signatures cannot be verified; npm audit signatures needs them too`);
    }
    let raw;
    try {
        raw = _http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpClient */ .Qq.json(response);
    }
    catch (error) {
        throw new _session_js__WEBPACK_IMPORTED_MODULE_4__/* .NpmError */ .Cm(`${session.registry} answered ${KEYS_PATH} with a body that is not JSON (${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .zA)(response.url)})`, { cause: error });
    }
    try {
        return (0,_formats_npm_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegistryKeys */ .IM)(raw);
    }
    catch (error) {
        if (!(error instanceof _formats_npm_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .NpmKeysFormatError */ .zV))
            throw error;
        throw new _session_js__WEBPACK_IMPORTED_MODULE_4__/* .NpmError */ .Cm(`${session.registry} answered ${KEYS_PATH} with keys npm cannot use: ${error.message} (${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .zA)(response.url)})`, { cause: error });
    }
}
/** The key as node reads it, or why it cannot verify an npm signature (a phrase: "which is …"). */
function p256(key) {
    try {
        const object = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: key.spki, format: 'der', type: 'spki' });
        if (object.asymmetricKeyType === 'ec' && object.asymmetricKeyDetails?.namedCurve === 'prime256v1')
            return object;
        return `which is ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(String(object.asymmetricKeyDetails?.namedCurve ?? object.asymmetricKeyType))}, not ECDSA P-256`;
    }
    catch {
        return 'which is not a public key';
    }
}
/** ECDSA over SHA-256 with a DER signature, as the registry signs; a malformed signature is one that does not verify. */
function verifies(message, key, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', message, { key, dsaEncoding: 'der' }, signature);
    }
    catch {
        return false;
    }
}
const day = (date) => date.toISOString().slice(0, 10);
/**
 * Why `key` was not valid for a version published at `published` (epoch ms, NaN when unknown), or null when it was.
 * pacote accepts a key that has no `expires`, or whose `expires` is after the publish time; it takes a missing time
 * as 2015, which would let every since-expired key vouch for any version, so a missing time is judged by `now`.
 * A key's start (TUF's `validFor.start`) is not checked, as npm does not: the registry signs old versions again
 * with a new key.
 */
function expiredFor(key, published, now) {
    if (key.expires === null)
        return null;
    if (!Number.isNaN(published)) {
        if (published < key.expires.getTime())
            return null;
        return `which expired on ${day(key.expires)} before the version was published on ${day(new Date(published))}`;
    }
    if (now.getTime() < key.expires.getTime())
        return null;
    return `which expired on ${day(key.expires)}, and the packument gives no publish time to place the signature before that`;
}
/**
 * Whether verifyRegistrySignatures' verdict depends on the publish time: only when a key a
 * signature names has expired by `now` (before then, "published before it expired" holds
 * whenever it was published). The per-version document has no `time`; the packument, which
 * has, is then asked only in this case.
 */
function publishTimeMatters(keys, signatures, now = new Date()) {
    return signatures.some((s) => keys.some((k) => k.keyId === s.keyid && k.expires !== null && k.expires.getTime() <= now.getTime()));
}
/**
 * Verifies a version's `dist.signatures` with the registry's keys, as pacote does: there is at least one; every one
 * names a listed key that was valid when the version was published; and every one verifies over
 * `{name}@{version}:{integrity}`. Reasons are one line naming the keyid.
 */
function verifyRegistrySignatures(keys, subject, signatures, now = new Date()) {
    const id = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(subject.name)}@${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(subject.version)}`;
    if (signatures.length === 0)
        return { ok: false, reason: `${id} carries no registry signature (its dist.signatures is empty)` };
    const message = Buffer.from(`${subject.name}@${subject.version}:${subject.integrity}`);
    const published = subject.publishedAt === null ? Number.NaN : Date.parse(subject.publishedAt);
    if (subject.publishedAt !== null && Number.isNaN(published)) {
        return { ok: false, reason: `${id} has the publish time "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(subject.publishedAt, 40)}", which is not a date` };
    }
    const keyIds = [];
    for (const signature of signatures) {
        const keyid = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(signature.keyid, 80);
        // TUF may list one keyid more than once (two validity windows): any entry that passes will do.
        const candidates = keys.filter((k) => k.keyId === signature.keyid);
        if (candidates.length === 0)
            return { ok: false, reason: `${id} is signed with key ${keyid}, which the registry's keys do not list` };
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature.sig))
            return { ok: false, reason: `${id} has a signature by key ${keyid} that is not base64` };
        let reason = '';
        const good = candidates.some((key) => {
            const expired = expiredFor(key, published, now);
            const object = expired === null ? p256(key) : expired;
            if (typeof object === 'string') {
                reason = `${id} is signed with key ${keyid}, ${object}`;
                return false;
            }
            const valid = verifies(message, object, Buffer.from(signature.sig, 'base64'));
            if (!valid)
                reason = `${id} has a registry signature by key ${keyid} that does not verify over its name, version and dist.integrity`;
            return valid;
        });
        if (!good)
            return { ok: false, reason };
        keyIds.push(signature.keyid);
    }
    return { ok: true, keyIds };
}


/***/ }),

/***/ 8006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ NpmError),
/* harmony export */   D3: () => (/* binding */ FULL_ACCEPT),
/* harmony export */   g2: () => (/* binding */ NpmSession)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _formats_packument_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93144);
/* harmony import */ var _util_json_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27861);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50767);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59935);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51449);






/** A registry answer the gate cannot use; the message names the call and the cause. */
class NpmError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    name = 'NpmError';
    constructor(message, options) {
        super('npm', message, options);
    }
}
const SMALL_MAX_BYTES = 4 * 1024 * 1024;
/** A streamed document gets the same overall deadline as any registry document (HttpClient's request default). */
const SELECT_DEADLINE_MS = 2 * 60_000;
const FULL_ACCEPT = 'application/json';
const FIX = 'check that npm.registry is the registry base URL (e.g. https://registry.npmjs.org)';
class NpmSession {
    registry;
    http;
    /** The token travels in a header, never in a URL, and HttpClient drops it on a redirect to another host. */
    credential;
    /** A registry may echo what it was sent in an error body; nothing this client reports may carry the token. */
    scrub;
    constructor(options) {
        this.registry = options.registry;
        this.http = options.http;
        this.credential = options.token ? { header: 'authorization', value: `Bearer ${options.token}` } : undefined;
        this.scrub = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$p)([options.token]);
    }
    /** GET `path` on the registry with the token (unless `anonymous`); a status outside 2xx and `accept` throws NpmError naming `what`. */
    async get(path, what, accept, options = {}) {
        try {
            return await this.http.request({
                url: `${this.registry}${path}`,
                headers: { accept: options.accepts ?? FULL_ACCEPT },
                credential: options.anonymous ? undefined : this.credential,
                accept,
                maxBytes: options.maxBytes ?? SMALL_MAX_BYTES,
                ...(options.revalidate ? { revalidate: true } : {})
            });
        }
        catch (error) {
            (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .rethrowAs */ .wR)(error, (m, o) => new NpmError(m, o), `npm registry could not answer ${what}`, this.scrub);
        }
    }
    /**
     * GET `path` and read its JSON as it arrives, handing `onValue` the values at `paths` only
     * (see util/json-stream.ts); the document's outline, or null on 404. For the documents too
     * large to hold (packuments): never revalidated, since a remembered answer would keep its
     * bytes for the whole run.
     */
    async select(path, what, paths, onValue, options) {
        const url = `${this.registry}${path}`;
        let shown = url;
        try {
            const stream = await this.http.stream({
                url,
                headers: { accept: options.accepts ?? FULL_ACCEPT },
                credential: this.credential,
                accept: [404],
                maxBytes: options.maxBytes,
                deadlineMs: SELECT_DEADLINE_MS,
                document: true
            });
            shown = stream.url;
            if (stream.status === 404) {
                // Leaving the body early cancels the transfer of whatever the 404 page holds.
                for await (const _chunk of stream.body)
                    break;
                return null;
            }
            return { outline: await (0,_util_json_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .selectJson */ .PS)(stream.body, paths, onValue), url: stream.url };
        }
        catch (error) {
            if (error instanceof _util_json_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonStreamError */ .l1) {
                const body = error.deep ? `JSON ${error.reason}, which no real document is` : 'a body that is not JSON';
                throw new NpmError(`npm registry answered ${what} with ${body} (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(shown)})`, { cause: error });
            }
            (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .rethrowAs */ .wR)(error, (m, o) => new NpmError(m, o), `npm registry could not answer ${what}`, this.scrub);
        }
    }
    /** The answer's JSON in `schema`'s shape; otherwise NpmError naming `what` and the first wrong field. */
    parse(response, schema, what) {
        const result = schema.safeParse(json(response, what));
        if (!result.success) {
            const { path } = (0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_4__/* .firstZodIssueParts */ .Nw)(result.error, { pathMax: 60 });
            throw new NpmError(`npm registry answered ${what} with an unexpected shape${path ? ` at ${path}` : ''} (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)})`);
        }
        return result.data;
    }
    /** A packument reader's answer, or its PackumentError worded with the registry, the call and the fix. */
    readOrExplain(response, what, read) {
        const raw = 'raw' in response ? response.raw : json(response, what);
        try {
            return read(raw);
        }
        catch (error) {
            if (!(error instanceof _formats_packument_js__WEBPACK_IMPORTED_MODULE_1__/* .PackumentError */ .$A))
                throw error;
            const then = error.then === 'fix' ? `; ${FIX}` : error.then === 'url' ? ` (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)})` : '';
            throw new NpmError(`${this.registry} answered ${what} ${error.message}${then}`, { cause: error });
        }
    }
}
function json(response, what) {
    try {
        return _http_js__WEBPACK_IMPORTED_MODULE_5__/* .HttpClient */ .Qq.json(response);
    }
    catch (error) {
        throw new NpmError(`npm registry answered ${what} with a body that is not JSON (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)})`, { cause: error });
    }
}


/***/ }),

/***/ 27130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ createPypiApi),
/* harmony export */   pk: () => (/* reexport safe */ _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__.pk)
/* harmony export */ });
/* unused harmony export SIMPLE_ACCEPT */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/* harmony import */ var _util_loopback_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26815);
/* harmony import */ var _formats_pep740_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45996);
/* harmony import */ var _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11178);
/* harmony import */ var _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27861);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51449);








/** pip's Accept header for the simple API (pip ≥ 22.2): the PEP 691 JSON form first, HTML as a fallback. */
const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
/** A release document: a project with hundreds of wheels per release stays well under this. */
const RELEASE_MAX_BYTES = 8 * 1024 * 1024;
/**
 * A project page lists every file of every release (numpy's is a few MiB); this leaves room. The
 * bytes are held (and remembered, for ETag revalidation while polling) but never parsed whole:
 * the read streams over them keeping the asked files only, so a page costs its bytes plus those
 * entries. One project per config: 32 MiB at most, where JSON.parse of it would hold ~12× that.
 */
const SIMPLE_MAX_BYTES = 32 * 1024 * 1024;
/** A provenance object is a few KiB per attestation (a certificate and a Rekor entry); 1 MiB is far beyond a real one. */
const PROVENANCE_MAX_BYTES = 1024 * 1024;
/** The media type of a content-type header, lower-cased, without parameters. */
function mediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
/** Whether a response is JSON by its content type (`application/json`, or a `+json` type). */
function isJsonType(contentType) {
    const media = mediaType(contentType);
    return media === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(media);
}
/** The index for a message: no credentials, query or trailing slash. */
function shownIndex(index) {
    return (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(index).replace(/\/+$/, '');
}
function parseJsonBody(response, what, index) {
    try {
        return _http_js__WEBPACK_IMPORTED_MODULE_5__/* .HttpClient */ .Qq.json(response);
    }
    catch {
        throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`PyPI answered ${response.status} for ${what} with a body that is not JSON (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)}); check that the index ${shownIndex(index)} is the index base, e.g. https://pypi.org`);
    }
}
/** The file a provenance URL is for (the segment before `/provenance`), for messages; the URL when it names none. */
function provenanceFile(url) {
    const segments = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(url).split('/');
    const named = segments.at(-1) === 'provenance' ? segments.at(-2) : undefined;
    if (!named)
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(url);
    try {
        return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(decodeURIComponent(named));
    }
    catch {
        return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(named);
    }
}
/** A 404 is PyPI's "no provenance" only when it is a JSON object (`{"message": "No provenance available for …"}`). */
function isPypiNotFound(response) {
    if (!isJsonType(response.headers.get('content-type')))
        return false;
    try {
        const body = JSON.parse(response.body.toString('utf8'));
        return typeof body === 'object' && body !== null && !Array.isArray(body);
    }
    catch {
        return false;
    }
}
async function getProvenance(http, index, url, options) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = null;
    }
    // The URL may come from an index's page: it gets the same transport rule as the configured registries.
    if (!parsed || !(0,_util_loopback_js__WEBPACK_IMPORTED_MODULE_6__/* .isAllowedUrl */ .y2)(parsed)) {
        throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`the provenance URL ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(url)} must use https:// (http:// is allowed only on a loopback address); it was not asked`);
    }
    const file = provenanceFile(url);
    let response;
    try {
        response = await http.request({
            url,
            headers: { accept: _formats_pep740_js__WEBPACK_IMPORTED_MODULE_1__/* .PEP740_PROVENANCE_MEDIA_TYPE */ .pQ },
            accept: [404],
            maxBytes: PROVENANCE_MAX_BYTES,
            ...(options.revalidate ? { revalidate: true } : {})
        });
    }
    catch (error) {
        (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .rethrowAs */ .wR)(error, (m, o) => new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(m, o), `the integrity API could not answer for the provenance of ${file}`);
    }
    if (response.status === 404) {
        if (isPypiNotFound(response))
            return null;
        // An HTML 404 is the site's page for a path it has no route for (a wrong pypi.index), or a file it does not hold.
        const type = response.headers.get('content-type');
        throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`the index ${shownIndex(index)} answered 404 for the provenance of ${file} with ${type ? `content type ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(type, 60)}` : 'no content type'}, not the PyPI integrity API's JSON 404 (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)}); check that the index is the index base, e.g. https://pypi.org, and holds the file`);
    }
    try {
        return (0,_formats_pep740_js__WEBPACK_IMPORTED_MODULE_1__/* .readPep740Provenance */ .Yb)(response.body);
    }
    catch (error) {
        if (!(error instanceof _formats_pep740_js__WEBPACK_IMPORTED_MODULE_1__/* .Pep740FormatError */ .yv))
            throw error;
        throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`the integrity API answered ${response.status} for the provenance of ${file} with ${error.message} (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)})`, {
            cause: error
        });
    }
}
/** Ends a streamed answer that is not read (a 404, a wrong content type): its transfer is cancelled. */
async function drain(body) {
    for await (const chunk of body) {
        void chunk;
        break;
    }
}
/** A PEP 691 page's JSON, parsed as it streams in, keeping the files `keep` accepts. */
async function readPage(response, project, normalized, keep) {
    const collector = new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .SimplePageCollector */ .b4(keep);
    let outline;
    try {
        outline = await (0,_util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .selectJson */ .PS)(response.body, _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_PATHS */ ._i, (found) => collector.take(found));
    }
    catch (error) {
        if (!(error instanceof _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonStreamError */ .l1))
            throw error;
        const body = error.deep ? `body of JSON ${error.reason}, which no real page is` : 'body that is not JSON';
        throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`the simple API answered ${response.status} for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(normalized)} with a ${_formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_JSON_TYPE */ .Z3} ${body} (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)})`, {
            cause: error
        });
    }
    return (0,_formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .readSimpleProject */ .UH)(collector.reduced(outline), project, response.url, (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url), collector.positions);
}
function createPypiApi(options) {
    const { index, http } = options;
    return {
        index,
        async release(project, version, requestOptions = {}) {
            const url = `${index}/pypi/${encodeURIComponent((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalizeName */ .yt)(project))}/${encodeURIComponent(version)}/json`;
            const what = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(project)} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(version)}`;
            let response;
            try {
                response = await http.request({
                    url,
                    headers: { accept: 'application/json' },
                    accept: [404],
                    maxBytes: RELEASE_MAX_BYTES,
                    ...(requestOptions.revalidate ? { revalidate: true } : {})
                });
            }
            catch (error) {
                (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .rethrowAs */ .wR)(error, (m, o) => new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(m, o), `PyPI could not answer for ${what}`);
            }
            if (response.status === 404) {
                // PyPI answers an unknown project or version with a JSON 404 (`{"message": "Not Found"}`).
                // Any other 404 comes from something that is not the JSON API (a wrong pypi.index, such as
                // https://pypi.org/simple, or a host answering HTML pages): it says nothing about the release.
                const type = response.headers.get('content-type');
                let said = type ? `content type ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(type, 60)}` : 'no content type';
                if (isJsonType(type)) {
                    let body;
                    try {
                        body = JSON.parse(response.body.toString('utf8'));
                    }
                    catch {
                        body = null;
                    }
                    if (typeof body === 'object' && body !== null && !Array.isArray(body))
                        return null;
                    said = `${said} but no JSON object`;
                }
                throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`pypi.index ${shownIndex(index)} does not answer like the PyPI JSON API (404 with ${said} for ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)}); set it to the index base, e.g. https://pypi.org`);
            }
            const raw = parseJsonBody(response, what, index);
            const read = (0,_formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .readPypiRelease */ .GJ)(raw);
            if (!read.ok) {
                if (read.missingInfo) {
                    throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`PyPI answered ${response.status} for ${what} without info.name and info.version (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)})`);
                }
                throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`PyPI answered ${response.status} for ${what} with a malformed release document (${read.issue}) (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)})`);
            }
            return read.release;
        },
        async simpleProject(project, requestOptions = {}) {
            const normalized = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalizeName */ .yt)(project);
            const url = `${index}/simple/${encodeURIComponent(normalized)}/`;
            let response;
            try {
                // Streamed, never buffered: a busy project's page runs to tens of MiB, and only this release's
                // entries are kept off it. The price is no ETag revalidation while polling (a 304 needs the
                // page it stands for): each look reads the page again, within the same memory.
                response = await http.stream({ url, headers: { accept: SIMPLE_ACCEPT }, accept: [404], maxBytes: SIMPLE_MAX_BYTES, document: true });
            }
            catch (error) {
                (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .rethrowAs */ .wR)(error, (m, o) => new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(m, o), `the simple API could not answer for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(normalized)}`);
            }
            if (response.status === 404) {
                await drain(response.body);
                return null;
            }
            const type = mediaType(response.headers.get('content-type'));
            if (type !== _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_JSON_TYPE */ .Z3) {
                await drain(response.body);
                const html = type === 'text/html' || type === 'application/vnd.pypi.simple.v1+html';
                const shownType = type ? `content type ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(type, 60)}` : 'no content type';
                throw new _formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(html
                    ? `the index ${shownIndex(index)} answers the simple API only as HTML (${shownType} for ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)}), not the PEP 691 JSON form pip asks for first; use an index that serves ${_formats_pypi_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_JSON_TYPE */ .Z3} (PyPI, TestPyPI and current mirrors do)`
                    : `the index ${shownIndex(index)} answered the simple API with ${shownType} for ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(response.url)}, which is neither PEP 691 JSON nor HTML; check that the index is the index base, e.g. https://pypi.org`);
            }
            return readPage(response, project, normalized, requestOptions.files ?? null);
        },
        provenanceUrl(project, version, filename) {
            const segments = [(0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalizeName */ .yt)(project), version, filename].map(encodeURIComponent);
            return `${index}/integrity/${segments.join('/')}/provenance`;
        },
        provenance(url, requestOptions = {}) {
            return getProvenance(http, index, url, requestOptions);
        }
    };
}


/***/ }),

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
 * (`$.predicate.spdxVersion`, no wildcards) are selected too, each value handed to `onPredicateValue` as it
 * is read. Throws InTotoFormatError as readInTotoStatement does.
 *
 * With `stopWhenRead`, the read ends once the header and every predicate path are in (in-toto and BuildKit
 * write `_type`, `subject` and `predicateType` before `predicate`, and SPDX starts with `spdxVersion`): the
 * tens of MiB after them are not tokenized, and the rest of `chunks` is left for the caller, which hashes it
 * (the bytes are the ones the digest names, parsed or not). Tokenizing them made a value per package to
 * drop, and that garbage took eight 40 MB layers to 320 MiB of peak RSS in some runs. A statement whose
 * header or paths come last is read to its end.
 */
async function readInTotoStatementHeader(chunks, options, predicatePaths = [], onPredicateValue = () => { }) {
    const header = {};
    const awaited = new Set(predicatePaths);
    const canStop = options.stopWhenRead === true && predicatePaths.every((p) => !p.includes('*'));
    const selector = new _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonSelector */ .I2([...HEADER_PATHS, ...predicatePaths], (path, value) => {
        if (path.length === 1 && path[0] !== 'predicate')
            header[path[0]] = value;
        else {
            awaited.delete(`$.${path.join('.')}`);
            onPredicateValue(path, value);
        }
    });
    const complete = () => canStop && awaited.size === 0 && HEADER_PATHS.every((p) => p.slice(2) in header);
    let size = 0;
    try {
        for await (const chunk of chunks) {
            size += chunk.length;
            if (size > options.maxBytes)
                throw new InTotoFormatError(`more than the ${options.maxBytes} bytes read`, 'size');
            selector.write(chunk);
            if (complete())
                return statementOf(header, options);
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

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ npmPackageUrl),
/* harmony export */   Ko: () => (/* binding */ NPM_PUBLISH_PREDICATE),
/* harmony export */   RG: () => (/* binding */ readNpmAttestations),
/* harmony export */   Vd: () => (/* binding */ NpmAttestationFormatError),
/* harmony export */   tj: () => (/* binding */ readNpmStatement)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59935);
/* harmony import */ var _in_toto_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88326);
/**
 * npm's attestations as the registry serves them (`GET {registry}/-/npm/v1/attestations/{name}@{version}`, the URL a
 * packument's `dist.attestations.url` names): `{"attestations": [{predicateType, bundle}, …]}`, one Sigstore bundle
 * per attestation — npm's publish attestation (signed with the registry's key) and, with `npm publish --provenance`,
 * the SLSA provenance (signed by the publishing workflow's Fulcio certificate) — and the in-toto statement inside each.
 *
 * Pure: parsed JSON or bytes in, typed values out, or an NpmAttestationFormatError whose message names the field and
 * what is wrong. Nothing here is verified: the bundles stay JSON for the Sigstore verifier, and a statement read from
 * a bundle proves nothing until that bundle has verified.
 */





/** The predicate type of npm's publish attestation (libnpmpublish writes it; the registry signs it with its own key). */
const NPM_PUBLISH_PREDICATE = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
/** A real answer holds two attestations (publish and provenance); anything past this is not npm's answer. */
const MAX_ATTESTATIONS = 16;
/** npm's statements are ~300 bytes (publish) and ~2 KiB (SLSA provenance); 1 MiB keeps a hostile one small. */
const MAX_STATEMENT_BYTES = 1024 * 1024;
/** npm signs exactly one subject, the package URL; a few more are read so that the check can say how many. */
const MAX_SUBJECTS = 16;
/** Not npm's attestations answer, or not an npm statement; the message names the field and what is wrong. */
class NpmAttestationFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    name = 'NpmAttestationFormatError';
    constructor(message, options) {
        super('format', message, options);
    }
}
// z.looseObject: the registry adds fields (`signedAccessSignatureUrl`) that this reader does not need.
const attestationsBody = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    attestations: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        predicateType: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(512),
        // A bundle is a JSON object; its shape is the Sigstore verifier's to judge.
        bundle: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J())
    }))
        .max(MAX_ATTESTATIONS)
});
/** Reads the attestations answer of one version; throws NpmAttestationFormatError naming the first wrong field. */
function readNpmAttestations(raw) {
    const parsed = attestationsBody.safeParse(raw);
    if (!parsed.success) {
        throw new NpmAttestationFormatError((0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .firstZodIssue */ .Fs)(parsed.error, { top: '(top level)', pathMax: 80, messageMax: 120 }));
    }
    return parsed.data.attestations.map((a) => ({ predicateType: a.predicateType, bundle: a.bundle }));
}
/**
 * The in-toto statement of an npm attestation, from its verified DSSE payload. The shared in-toto reader checks the
 * statement (type, predicate type, subjects); it keeps only sha256 digests, so each subject's sha512 — the one npm
 * signs, the tarball's `dist.integrity` in hex — is read from the same JSON here.
 */
function readNpmStatement(payload) {
    let statement;
    try {
        statement = (0,_in_toto_js__WEBPACK_IMPORTED_MODULE_3__/* .readInTotoStatement */ .BV)(payload, { maxBytes: MAX_STATEMENT_BYTES, maxSubjects: MAX_SUBJECTS });
    }
    catch (error) {
        if (!(error instanceof _in_toto_js__WEBPACK_IMPORTED_MODULE_3__/* .InTotoFormatError */ .pY))
            throw error;
        throw new NpmAttestationFormatError((0,_in_toto_js__WEBPACK_IMPORTED_MODULE_3__/* .describeInTotoFault */ .Re)(error, 'npm attestation statement'), { cause: error });
    }
    // Parsed once already, so this parse succeeds and `subject` is the array of objects the reader checked.
    const raw = JSON.parse(payload.toString('utf8'));
    const subjects = statement.subjects.map((subject, index) => {
        const sha512 = raw.subject[index].digest.sha512;
        if (sha512 !== undefined && !/^[0-9a-fA-F]{128}$/.test(sha512)) {
            const who = subject.name ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(subject.name) : String(index);
            throw new NpmAttestationFormatError(`npm attestation statement subject ${who} has a malformed sha512 digest ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(sha512, 140)}`);
        }
        return { name: subject.name, sha512: sha512 === undefined ? null : sha512.toLowerCase() };
    });
    return { predicateType: statement.predicateType, subjects, predicate: statement.predicate };
}
/**
 * The package URL npm signs as the statement's subject, exactly as npm-package-arg's `toPurl` writes it for the
 * public registry (libnpmpublish at publish time, pacote when verifying): the scope's leading `@` percent-encoded,
 * the `/` kept, the version as given — `pkg:npm/%40sketchlog/client@1.2.3`, `pkg:npm/left-pad@1.3.0`.
 */
function npmPackageUrl(name, version) {
    return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}


/***/ }),

/***/ 45278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ readRegistryKeys),
/* harmony export */   r0: () => (/* binding */ readTufRegistryKeys),
/* harmony export */   zV: () => (/* binding */ NpmKeysFormatError)
/* harmony export */ });
/* unused harmony export npmKeyId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59935);
/**
 * The npm registry's signing keys, in the two documents `npm audit signatures` takes them from:
 * - the registry's own answer, `GET {registry}/-/npm/v1/keys`:
 *   `{"keys": [{"expires": null | ISO, "keyid": "SHA256:…", "keytype", "scheme", "key": "<base64 SPKI DER>"}]}`;
 * - Sigstore TUF's target `registry.npmjs.org/keys.json`, which npm prefers where TUF vouches for it:
 *   `{"keys": [{"keyId", "keyUsage": "npm:signatures" | "npm:attestations", "publicKey": {"rawBytes", "keyDetails",
 *   "validFor": {"start", "end"?}}}]}`.
 *
 * Pure: parsed JSON in, typed keys out, or an NpmKeysFormatError naming the field. The SPKI is parsed (node:crypto,
 * no I/O) so that a key which is not a public key fails here, naming the entry, rather than at verification.
 */





/** The registry has two keys as of 2025; anything past this is not its answer. */
const MAX_KEYS = 64;
/** A P-256 SPKI is 91 bytes (124 base64 characters); 4 KiB leaves room for any key type a registry might add. */
const MAX_KEY_BASE64 = 4096;
/** Not a registry keys document; the message names the field and what is wrong. */
class NpmKeysFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseGatesError */ .O {
    name = 'NpmKeysFormatError';
    constructor(message, options) {
        super('format', message, options);
    }
}
const isoDate = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    .max(64)
    .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'is not an ISO 8601 date' });
const base64Key = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    .min(1)
    .max(MAX_KEY_BASE64)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'is not base64' });
const registryKeysBody = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    keys: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        expires: isoDate.nullable(),
        keyid: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(256),
        keytype: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(128),
        scheme: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(128),
        key: base64Key
    }))
        .max(MAX_KEYS)
});
// Entries of another usage are only required to say their usage: a new kind of key must not make the file unreadable.
const tufKeysBody = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    keys: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ keyUsage: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(128) })).max(MAX_KEYS)
});
const tufKeyEntry = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    keyId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(256),
    publicKey: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        rawBytes: base64Key,
        keyDetails: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(128),
        validFor: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ start: isoDate, end: isoDate.optional() })
    })
});
function shapeError(error, prefix = []) {
    return new NpmKeysFormatError((0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_3__/* .firstZodIssue */ .Fs)(error, { top: '(top level)', prefix, pathMax: 80, messageMax: 120 }));
}
/** The DER of a base64 SPKI, refused unless node can read it as a public key. */
function spkiOf(base64, where) {
    const der = Buffer.from(base64, 'base64');
    try {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new NpmKeysFormatError(`${where}: is not a public key (SubjectPublicKeyInfo DER)`, { cause: error });
    }
    return der;
}
/** Reads the registry's `/-/npm/v1/keys` answer; throws NpmKeysFormatError naming the first wrong field, or when it lists no key. */
function readRegistryKeys(raw) {
    const parsed = registryKeysBody.safeParse(raw);
    if (!parsed.success)
        throw shapeError(parsed.error);
    if (parsed.data.keys.length === 0)
        throw new NpmKeysFormatError('keys: is empty, so no registry signature can be verified');
    return parsed.data.keys.map((k, i) => ({
        keyId: k.keyid,
        spki: spkiOf(k.key, `keys.${i}.key`),
        keyType: k.keytype,
        scheme: k.scheme,
        validFrom: null,
        expires: k.expires === null ? null : new Date(k.expires)
    }));
}
/**
 * Reads Sigstore TUF's `registry.npmjs.org/keys.json`: the keys of `usage` (default `npm:signatures`, the keys of
 * `dist.signatures`); keys of other usages are left out. Throws NpmKeysFormatError naming the first wrong field, or
 * when no key of that usage is listed.
 */
function readTufRegistryKeys(raw, usage = 'npm:signatures') {
    const parsed = tufKeysBody.safeParse(raw);
    if (!parsed.success)
        throw shapeError(parsed.error);
    const keys = [];
    parsed.data.keys.forEach((entry, i) => {
        if (entry.keyUsage !== usage)
            return;
        const read = tufKeyEntry.safeParse(entry);
        if (!read.success)
            throw shapeError(read.error, ['keys', i]);
        const { keyId, publicKey } = read.data;
        keys.push({
            keyId,
            spki: spkiOf(publicKey.rawBytes, `keys.${i}.publicKey.rawBytes`),
            keyType: publicKey.keyDetails,
            scheme: publicKey.keyDetails,
            validFrom: new Date(publicKey.validFor.start),
            expires: publicKey.validFor.end === undefined ? null : new Date(publicKey.validFor.end)
        });
    });
    if (keys.length === 0)
        throw new NpmKeysFormatError(`keys: lists no ${usage} key, so no registry signature can be verified`);
    return keys;
}
/** An SSH wire-format string: a 32-bit big-endian length, then the bytes. */
function sshString(bytes) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
}
/**
 * The keyid npm gives an ECDSA P-256 key: `SHA256:` and the unpadded base64 of the sha256 of the key in SSH wire
 * format (`ecdsa-sha2-nistp256`, `nistp256`, the uncompressed point) — OpenSSH's fingerprint, which is why the
 * registry calls the key type `ecdsa-sha2-nistp256`. Not a hash of the SPKI DER. Throws for a key of another type.
 */
function npmKeyId(spki) {
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw new NpmKeysFormatError(`the key is ${clip(String(key.asymmetricKeyType))}, not ECDSA P-256, so it has no npm keyid`);
    }
    const jwk = key.export({ format: 'jwk' });
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
    const wire = Buffer.concat([sshString(Buffer.from('ecdsa-sha2-nistp256')), sshString(Buffer.from('nistp256')), sshString(point)]);
    return `SHA256:${createHash('sha256').update(wire).digest('base64').replace(/=+$/, '')}`;
}


/***/ }),

/***/ 45996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ PYPI_PUBLISH_V1),
/* harmony export */   Yb: () => (/* binding */ readPep740Provenance),
/* harmony export */   cv: () => (/* binding */ attestationToBundle),
/* harmony export */   kj: () => (/* binding */ readPep740Statement),
/* harmony export */   pQ: () => (/* binding */ PEP740_PROVENANCE_MEDIA_TYPE),
/* harmony export */   yv: () => (/* binding */ Pep740FormatError)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, PEP740_PREDICATE_TYPES, PEP740_STATEMENT_TYPE, SIGSTORE_BUNDLE_V03_MEDIA_TYPE, pep740ProvenanceFromJSON, pep740AttestationFromJSON, readPep740Attestation */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59935);
/* harmony import */ var _in_toto_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88326);
/**
 * PEP 740 (https://peps.python.org/pep-0740/) as PyPI serves it: the provenance object of one distribution file
 * (`GET {index}/integrity/{project}/{version}/{filename}/provenance`, `Accept: application/vnd.pypi.integrity.v1+json`),
 * its attestation bundles (a Trusted Publisher and the attestations it signed) and each attestation (a Fulcio
 * certificate, Rekor entries and a DSSE-style envelope around an in-toto statement).
 *
 * Pure: bytes or parsed JSON in, typed values out, or a Pep740FormatError whose message names the field and what is
 * wrong. Nothing here is verified: `attestationToBundle` turns an attestation into the Sigstore bundle that
 * pypi-attestations' own `Attestation.to_bundle` builds, for the Sigstore verifier to judge; a statement or a
 * publisher read from an unverified attestation proves nothing.
 */





/** What PyPI's integrity API answers with (and what a client must ask for). */
const PEP740_PROVENANCE_MEDIA_TYPE = 'application/vnd.pypi.integrity.v1+json';
/** The attestation types PyPI accepts (pypi-attestations' `AttestationType`). */
const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const PEP740_PREDICATE_TYPES = [PYPI_PUBLISH_V1, SLSA_PROVENANCE_V1];
/** The statement of an attestation is an in-toto v1 statement (PEP 740; pypi-attestations builds nothing else). */
const PEP740_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** What `attestationToBundle` writes: the bundle version and DSSE payload type pypi-attestations uses. */
const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** Bounds on what is read: a real provenance object is a few KiB; these only keep a hostile answer small. */
const MAX_BUNDLES = 64;
const MAX_ATTESTATIONS = 64;
const MAX_TRANSPARENCY_ENTRIES = 16;
const MAX_CERTIFICATE_BASE64 = 16 * 1024;
const MAX_SIGNATURE_BASE64 = 1024;
/** A publish statement is ~300 bytes and a SLSA one ~2 KiB; 1 MiB of base64 is far beyond either. */
const MAX_STATEMENT_BASE64 = 1024 * 1024;
/** Not a PEP 740 provenance object, attestation or statement; the message names the field and what is wrong. */
class Pep740FormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    name = 'Pep740FormatError';
    constructor(message, options) {
        super('format', message, options);
    }
}
/** Standard base64 (what pydantic's Base64Bytes writes and PyPI serves), padded, not empty. */
function base64Field(max) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1, { message: 'is empty, expected base64' })
        .max(max, { message: `is longer than ${max} characters` })
        .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(s), { message: 'is not standard padded base64' });
}
/** The fields of a Rekor entry the Sigstore verifier needs; the rest is kept as PyPI stored it. */
const int64 = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^\d{1,20}$/, { message: 'is not a decimal integer' }), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative()]);
const transparencyEntrySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    logIndex: int64,
    logId: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ keyId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1) }),
    kindVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1) }),
    integratedTime: int64,
    canonicalizedBody: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    inclusionPromise: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ signedEntryTimestamp: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1) }).nullish(),
    inclusionProof: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({}).nullish()
});
const attestationSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1, { message: 'must be 1 (the only PEP 740 attestation version)' }),
    verification_material: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        certificate: base64Field(MAX_CERTIFICATE_BASE64),
        transparency_entries: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(transparencyEntrySchema)
            .min(1, { message: 'is empty: an attestation needs at least one transparency log entry' })
            .max(MAX_TRANSPARENCY_ENTRIES)
    }),
    envelope: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ statement: base64Field(MAX_STATEMENT_BASE64), signature: base64Field(MAX_SIGNATURE_BASE64) })
});
const claimsSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).nullish();
const optionalName = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(256).nullish();
const githubPublisherSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('GitHub'),
    repository: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(256),
    workflow: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(256),
    environment: optionalName,
    claims: claimsSchema
});
const gitlabPublisherSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('GitLab'),
    repository: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(512),
    workflow_filepath: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(512),
    environment: optionalName,
    claims: claimsSchema
});
const googlePublisherSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('Google'), email: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(320), claims: claimsSchema });
const anyPublisherSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(64), claims: claimsSchema });
const provenanceSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    // pypi-attestations' `Provenance.version` defaults to 1 when absent; PyPI always writes it.
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1, { message: 'must be 1 (the only PEP 740 provenance version)' }).optional(),
    attestation_bundles: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ publisher: anyPublisherSchema, attestations: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).max(MAX_ATTESTATIONS) }))
        .min(1, { message: 'is empty: a provenance object has at least one attestation bundle' })
        .max(MAX_BUNDLES)
});
const firstIssue = (error, prefix = []) => (0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .firstZodIssue */ .Fs)(error, { top: '(top level)', prefix, pathMax: 120, messageMax: 160 });
function parseJSON(bytes, what) {
    try {
        return JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8'));
    }
    catch (error) {
        throw new Pep740FormatError(`${what} is not JSON: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(error instanceof Error ? error.message : String(error), 120)}`);
    }
}
function attestationAt(json, path) {
    const parsed = attestationSchema.safeParse(json);
    if (!parsed.success)
        throw new Pep740FormatError(`malformed PEP 740 attestation: ${firstIssue(parsed.error, path)}`);
    const { verification_material: material, envelope } = parsed.data;
    return {
        version: 1,
        certificate: Buffer.from(material.certificate, 'base64'),
        transparencyEntries: material.transparency_entries,
        statement: Buffer.from(envelope.statement, 'base64'),
        signature: Buffer.from(envelope.signature, 'base64')
    };
}
function publisherAt(json, path) {
    const kind = json.kind;
    const fail = (error) => {
        throw new Pep740FormatError(`malformed ${String(kind)} publisher: ${firstIssue(error, path)}`);
    };
    if (kind === 'GitHub') {
        const p = githubPublisherSchema.safeParse(json);
        if (!p.success)
            return fail(p.error);
        return { kind, repository: p.data.repository, workflow: p.data.workflow, environment: p.data.environment ?? null, claims: p.data.claims ?? null };
    }
    if (kind === 'GitLab') {
        const p = gitlabPublisherSchema.safeParse(json);
        if (!p.success)
            return fail(p.error);
        return {
            kind,
            repository: p.data.repository,
            workflowFilepath: p.data.workflow_filepath,
            environment: p.data.environment ?? null,
            claims: p.data.claims ?? null
        };
    }
    if (kind === 'Google') {
        const p = googlePublisherSchema.safeParse(json);
        if (!p.success)
            return fail(p.error);
        return { kind, email: p.data.email, claims: p.data.claims ?? null };
    }
    const p = anyPublisherSchema.safeParse(json);
    if (!p.success)
        return fail(p.error);
    const { kind: publisherKind, claims, ...fields } = p.data;
    return { kind: 'other', publisherKind, fields, claims: claims ?? null };
}
/** A provenance object from its parsed JSON. Throws Pep740FormatError naming the first wrong field. */
function pep740ProvenanceFromJSON(json) {
    const parsed = provenanceSchema.safeParse(json);
    if (!parsed.success)
        throw new Pep740FormatError(`malformed PEP 740 provenance object: ${firstIssue(parsed.error)}`);
    return {
        version: 1,
        bundles: parsed.data.attestation_bundles.map((bundle, b) => ({
            publisher: publisherAt(bundle.publisher, ['attestation_bundles', b, 'publisher']),
            attestations: bundle.attestations.map((attestation, a) => attestationAt(attestation, ['attestation_bundles', b, 'attestations', a]))
        }))
    };
}
/** A provenance object from the integrity API's answer body. Throws Pep740FormatError. */
function readPep740Provenance(bytes) {
    return pep740ProvenanceFromJSON(parseJSON(bytes, 'PEP 740 provenance object'));
}
/** One attestation from its parsed JSON (a `*.publish.attestation` file, or one entry of a bundle). Throws Pep740FormatError. */
function pep740AttestationFromJSON(json) {
    return attestationAt(json, []);
}
/** One attestation from its JSON bytes. Throws Pep740FormatError. */
function readPep740Attestation(bytes) {
    return pep740AttestationFromJSON(parseJSON(bytes, 'PEP 740 attestation'));
}
/**
 * The in-toto statement an attestation signs. PEP 740 (and pypi-attestations' `verify`) allow exactly one subject,
 * named, with a sha256 digest. Throws Pep740FormatError. Read it from a verified bundle's payload for a verdict.
 */
function readPep740Statement(bytes) {
    let statement;
    try {
        statement = (0,_in_toto_js__WEBPACK_IMPORTED_MODULE_3__/* .readInTotoStatement */ .BV)(bytes, { maxBytes: MAX_STATEMENT_BASE64 });
    }
    catch (error) {
        if (!(error instanceof _in_toto_js__WEBPACK_IMPORTED_MODULE_3__/* .InTotoFormatError */ .pY))
            throw error;
        throw new Pep740FormatError((0,_in_toto_js__WEBPACK_IMPORTED_MODULE_3__/* .describeInTotoFault */ .Re)(error, 'attestation statement'));
    }
    if (statement.type !== PEP740_STATEMENT_TYPE) {
        throw new Pep740FormatError(`attestation statement _type is ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(statement.type)}, expected ${PEP740_STATEMENT_TYPE} (PEP 740 signs in-toto v1 statements)`);
    }
    if (statement.subjects.length !== 1) {
        throw new Pep740FormatError(`attestation statement has ${statement.subjects.length} subjects, expected exactly one (the distribution file)`);
    }
    const [subject] = statement.subjects;
    if (!subject.name)
        throw new Pep740FormatError('attestation statement subject has no name (PEP 740 names the distribution file)');
    if (subject.sha256 === null)
        throw new Pep740FormatError(`attestation statement subject ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(subject.name)} has no sha256 digest`);
    return { predicateType: statement.predicateType, subjectName: subject.name, sha256: subject.sha256, predicate: statement.predicate };
}
/**
 * The Sigstore bundle pypi-attestations' `Attestation.to_bundle` builds from an attestation: bundle v0.3, the leaf
 * certificate alone (`certificate.rawBytes`, no chain), the FIRST transparency entry only (to_bundle takes
 * `transparency_entries[0]`; PyPI stores one), and a DSSE envelope whose payload is the statement bytes, payload type
 * in-toto, one signature without a key id.
 */
function attestationToBundle(attestation) {
    const [entry] = attestation.transparencyEntries;
    if (!entry)
        throw new Pep740FormatError('attestation has no transparency log entry: it cannot become a Sigstore bundle');
    return {
        mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: { certificate: { rawBytes: attestation.certificate.toString('base64') }, tlogEntries: [entry] },
        dsseEnvelope: {
            payload: attestation.statement.toString('base64'),
            payloadType: _in_toto_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_TOTO_PAYLOAD_TYPE */ .T4,
            signatures: [{ sig: attestation.signature.toString('base64') }]
        }
    };
}


/***/ })

};
