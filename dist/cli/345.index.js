export const id = 345;
export const ids = [345];
export const modules = {

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

/***/ 22679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smoke: () => (/* binding */ smoke)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/clients/oci/index.ts + 3 modules
var oci = __webpack_require__(93885);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./src/util/poll.ts
var poll = __webpack_require__(66451);
// EXTERNAL MODULE: ./src/util/yaml.ts
var yaml = __webpack_require__(39869);
// EXTERNAL MODULE: ./src/checks/shared/oci-refs.ts
var oci_refs = __webpack_require__(71477);
;// CONCATENATED MODULE: ./src/checks/smoke/chart-resolves.ts










/** Bounds for an untrusted chart: the packed layer, what it inflates to, its entries and its Chart.yaml. */
const CHART_LIMITS = {
    maxLayerBytes: 20 * 1024 * 1024,
    maxInflatedBytes: 100 * 1024 * 1024,
    maxEntries: 20_000,
    maxChartYamlBytes: 1024 * 1024
};
class ChartContentError extends errors/* ReleaseGatesError */.O {
    name = 'ChartContentError';
    constructor(message) {
        super('artifact-content', message);
    }
}
/**
 * The chart's own `Chart.yaml` from the layer: `<chart dir>/Chart.yaml` at the top of the
 * tarball, as `helm package` lays it out (a subchart's `charts/x/Chart.yaml` is not it).
 */
async function readChartYaml(layer, limits = CHART_LIMITS) {
    let tarball;
    try {
        tarball = (0,external_node_zlib_.gunzipSync)(layer, { maxOutputLength: limits.maxInflatedBytes });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
            throw new ChartContentError(`inflates past ${limits.maxInflatedBytes} bytes`);
        throw new ChartContentError(`is not gzip (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 80)})`);
    }
    const extract = tar_stream.extract();
    external_node_stream_.Readable.from([tarball]).pipe(extract);
    let found = null;
    let entries = 0;
    try {
        for await (const entry of extract) {
            if (++entries > limits.maxEntries)
                throw new ChartContentError(`has more than ${limits.maxEntries} entries`);
            const name = entry.header.name.replace(/^\.\//, '');
            if (/^[^/]+\/Chart\.yaml$/.test(name) && entry.header.type === 'file') {
                if (found)
                    throw new ChartContentError(`holds two charts (${found.path} and ${(0,util_text/* clip */.$)(name)})`);
                if ((entry.header.size ?? 0) > limits.maxChartYamlBytes)
                    throw new ChartContentError(`has a ${name} larger than ${limits.maxChartYamlBytes} bytes`);
                const chunks = [];
                for await (const chunk of entry)
                    chunks.push(chunk);
                found = { path: (0,util_text/* clip */.$)(name), text: Buffer.concat(chunks).toString('utf8') };
            }
            else {
                entry.resume();
            }
        }
    }
    catch (error) {
        extract.destroy();
        if (error instanceof ChartContentError)
            throw error;
        throw new ChartContentError(`is not a readable tar archive (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 80)})`);
    }
    if (!found)
        throw new ChartContentError('has no <chart>/Chart.yaml');
    return found;
}
async function pullOnce(ctx, image, version, pull) {
    pull.manifest ??= await ctx.clients.oci.getManifest(image, version);
    const manifest = pull.manifest;
    if (manifest === null)
        return { done: false, seen: `tag ${version} not served yet` };
    const expected = ctx.settings.chartDigest;
    if (expected && manifest.digest !== expected) {
        pull.problem = `resolves to ${manifest.digest}, not chart-digest ${expected}: an anonymous pull gets another chart; pass the digest this release's helm push reported, or release a new version`;
        return { done: true };
    }
    const document = manifest.document;
    const layers = document.kind === 'image' ? document.layers.filter((l) => l.mediaType === oci/* MEDIA_TYPES */.Z2.helmChartContent) : [];
    if (layers.length !== 1) {
        const what = document.kind === 'image' ? `${layers.length} chart layers (${oci/* MEDIA_TYPES */.Z2.helmChartContent})` : `an image index (${document.mediaType})`;
        pull.problem = `has ${what}, not one chart layer: helm pull cannot install it; publish the chart with helm push`;
        return { done: true };
    }
    pull.layer = await ctx.clients.oci.getBlob(image, layers[0].digest, { maxBytes: CHART_LIMITS.maxLayerBytes });
    if (pull.layer === null)
        return { done: false, seen: `chart layer ${layers[0].digest} not served yet` };
    return { done: true };
}
async function checkChart(ctx, template, version) {
    const { image, written } = (0,oci_refs/* ociImage */.xP)(ctx, 'helm', template);
    const subject = `${written}:${version}`;
    return (0,oci_refs/* failOnOciError */.Pb)(`Helm chart ${subject}`, async () => {
        const pull = { manifest: null, layer: null, problem: null };
        const waited = await (0,poll/* poll */.wt)(ctx, `chart-resolves: ${subject}`, image.registry, async () => {
            const look = await pullOnce(ctx, image, version, pull);
            return look.done ? { done: true, value: pull } : { done: false, seen: look.seen, value: pull };
        });
        const details = (0,poll/* waitNote */.Cm)(waited);
        if (pull.problem)
            return (0,gate/* fail */.fJ)(`${subject} ${pull.problem}`, { details });
        if (!waited.done || !pull.layer)
            return (0,oci_refs/* notServedYet */.n0)(ctx, `Helm chart ${subject}`, waited, 'check that helm push succeeded and the package is public');
        let chartYaml;
        try {
            chartYaml = await readChartYaml(pull.layer);
        }
        catch (error) {
            if (!(error instanceof ChartContentError))
                throw error;
            return (0,gate/* fail */.fJ)(`${subject}: the chart layer ${error.message}, so helm cannot install it; package the chart with helm package and push it as a new version`, {
                details
            });
        }
        const parsed = (0,yaml/* parseYamlBounded */.W)(chartYaml.text, { maxItems: 10_000, maxAliasCount: 100 });
        const data = parsed.ok && typeof parsed.data === 'object' && parsed.data !== null ? parsed.data : null;
        if (!data) {
            const why = parsed.ok ? 'is not a YAML mapping' : parsed.problem;
            return (0,gate/* fail */.fJ)(`${subject}: ${chartYaml.path} in the chart layer ${(0,util_text/* clip */.$)(why, 120)}; package the chart with helm package and push it as a new version`, {
                details
            });
        }
        const found = typeof data.version === 'string' || typeof data.version === 'number' ? String(data.version) : null;
        if (found !== version) {
            return (0,gate/* fail */.fJ)(`${subject}: ${chartYaml.path} in the chart layer has version ${found === null ? '(none)' : `"${(0,util_text/* clip */.$)(found)}"`}, not ${version}: the chart was packaged from another Chart.yaml; set its version, package and push a new version`, { details });
        }
        const given = ctx.settings.chartDigest ? '' : ' (chart-digest not given, so which push it is was not compared)';
        const name = typeof data.name === 'string' ? (0,util_text/* clip */.$)(data.name) : (0,oci_refs/* chartName */.Y1)(image);
        return (0,gate/* pass */.IX)(`${subject} resolves to ${pull.manifest.digest} for an anonymous client${given}; its chart layer downloads and ${chartYaml.path} is ${name} ${version}`, { details });
    });
}
/**
 * `chart-resolves`: an anonymous pull of `{chart}:{version}` resolves to `chart-digest` (when given);
 * its chart layer downloads and is a gzip tarball whose `Chart.yaml` has the release version.
 */
const chartResolves = (0,gate/* defineCheck */.qH)({
    id: 'chart-resolves',
    sections: ['helm'],
    releaseOnly: 'the anonymous chart pull',
    run: (ctx, { helm }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkChart(ctx, helm.chart, version))
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./src/formats/dirhash.ts



/**
 * Go's `h1:` hash (golang.org/x/mod/sumdb/dirhash Hash1), the one go.sum and the checksum
 * database record: sha256 over the sorted lines `"<sha256 hex>  <file name>\n"`, base64.
 * Written here because no npm library computes it; it is a dozen lines over node:crypto.
 * Pure: the file digests come from whoever reads the files (src/clients/go/dirhash.ts for a zip).
 */
class DirHashError extends errors/* ReleaseGatesError */.O {
    name = 'DirHashError';
    constructor(message, options) {
        super('format', message, options);
    }
}
/**
 * The text Hash1 hashes (its "summary"): one `"<sha256 hex>  <name>\n"` line per file, names
 * sorted by their bytes as Go's sort.Strings sorts them. A name with a line break is refused,
 * as Hash1 refuses it: it would forge a line.
 */
function hash1Summary(files) {
    const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8')));
    let summary = '';
    for (const file of sorted) {
        if (file.name.includes('\n'))
            throw new DirHashError(`file name ${JSON.stringify((0,util_text/* clip */.$)(file.name, 80))} contains a line break`);
        summary += `${file.sha256}  ${file.name}\n`;
    }
    return summary;
}
/** `h1:` over named files and their sha256 (hex), as Hash1 does. */
function hash1(files) {
    return `h1:${(0,external_node_crypto_.createHash)('sha256').update(hash1Summary(files)).digest('base64')}`;
}
/**
 * The `h1:` of a go.mod as go.sum's `/go.mod` line records it: cmd/go's goModSum hashes the
 * one file under the name `go.mod` (modfetch.goModSum → dirhash.Hash1([]string{"go.mod"}, …)).
 */
function goModHash(goMod) {
    return hash1([{ name: 'go.mod', sha256: (0,external_node_crypto_.createHash)('sha256').update(goMod).digest('hex') }]);
}
/**
 * Reads a Hash1 summary back into files (the lines a module's h1 is the sha256 of, as tools such
 * as IPFS mirrors publish them): each line `<64 hex>  <name>`, ending in a line break. Order is
 * not checked here; hash1Summary() of the result rebuilds the lines in Go's order.
 */
function readHash1Summary(text) {
    if (text !== '' && !text.endsWith('\n'))
        throw new DirHashError('the dirhash summary does not end with a line break');
    const files = [];
    const lines = text === '' ? [] : text.slice(0, -1).split('\n');
    lines.forEach((line, i) => {
        const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
        if (!m)
            throw new DirHashError(`line ${i + 1} of the dirhash summary is not "<sha256 hex>  <file name>": ${JSON.stringify(clip(line, 80))}`);
        files.push({ sha256: m[1], name: m[2] });
    });
    return files;
}
/**
 * The 32 digest bytes of an `h1:` hash as go.sum writes it (`h1:` and 44 base64 characters);
 * null when the value is not one (another hash version, or not base64 of 32 bytes).
 */
function h1Digest(value) {
    const m = /^h1:([A-Za-z0-9+/]{43}=)$/.exec(value);
    return m ? Buffer.from(m[1], 'base64') : null;
}

;// CONCATENATED MODULE: ./src/clients/go/dirhash.ts






/**
 * The `h1:` of a module zip as Go computes it (dirhash.HashZip): the zip is read here, bounded,
 * entry by entry, each hashed as it inflates; only its name and 32-byte digest are kept, since
 * Hash1 needs the names sorted before the summary can be hashed (src/formats/dirhash.ts has the
 * definition; the tests hold this to it and to the real `go` command).
 */
/**
 * Module zips are bounded as cmd/go bounds them (golang.org/x/mod/zip: MaxZipFile, 500 MiB, for
 * the zip and for its files unpacked; the zip's size is bounded by the download). x/mod/zip sets
 * no count of entries, but each one kept here costs its name and ~150 bytes, so the count and
 * the names' bytes are bounded too: 100k entries (the Go tree itself has ~15k files) and 16 MiB
 * of names hold under 40 MiB, where an unbounded central directory of 500 MiB would not.
 */
const MODULE_ZIP_LIMITS = {
    maxEntries: 100_000,
    maxNameBytes: 16 * 1024 * 1024,
    maxTotalBytes: 500 * 1024 * 1024,
    maxFileBytes: 500 * 1024 * 1024
};
/** Entries up to this size are gathered whole and hashed at once (validateEntrySizes holds them to it). */
const SMALL_ENTRY_BYTES = 1024 * 1024;
/** A zip local file header: signature, fixed fields, then the name and extra field (APPNOTE 4.3.7). */
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
/** Room read for the name and extra field along with the header. */
const LOCAL_SLACK_BYTES = 1024;
/** The inflate engine's output buffer: most small entries inflate into one slice of it. */
const INFLATE_CHUNK_BYTES = 64 * 1024;
/**
 * Go sorts names by their UTF-8 bytes, which is code point order. JavaScript's `<` compares UTF-16
 * units, which agrees except between a surrogate pair (U+10000 and up) and U+E000–U+FFFF: only
 * names holding either are compared by code point.
 */
function compareNames(a, b) {
    if (!WIDE.test(a) && !WIDE.test(b))
        return a < b ? -1 : a > b ? 1 : 0;
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
const WIDE = /[\uD800-\uFFFF]/;
/** A zip entry's name is at most 65,535 bytes (a 16-bit length): a summary line always fits in 128 KiB. */
const SUMMARY_CHUNK_BYTES = 128 * 1024;
const HEX_DIGITS = Buffer.from('0123456789abcdef');
/**
 * Hash1 over the entries kept as their names and a buffer of their 32-byte digests (one slot
 * each: no object per entry): sha256 of the sorted lines `"<sha256 hex>  <name>\n"`, written into
 * one reused buffer and fed a chunk at a time, never a string per line or one summary string.
 */
function hash1Of(names, digests) {
    const order = Array.from(names.keys()).sort((i, j) => compareNames(names[i], names[j]));
    const summary = (0,external_node_crypto_.createHash)('sha256');
    const chunk = Buffer.allocUnsafe(SUMMARY_CHUNK_BYTES);
    let at = 0;
    for (const i of order) {
        const name = names[i];
        if (at + 67 + Buffer.byteLength(name, 'utf8') > chunk.length) {
            summary.update(chunk.subarray(0, at));
            at = 0;
        }
        for (let k = i * 32; k < i * 32 + 32; k++) {
            chunk[at++] = HEX_DIGITS[digests[k] >> 4];
            chunk[at++] = HEX_DIGITS[digests[k] & 15];
        }
        chunk[at++] = 0x20;
        chunk[at++] = 0x20;
        at += chunk.write(name, at, 'utf8');
        chunk[at++] = 0x0a;
    }
    summary.update(chunk.subarray(0, at));
    return `h1:${summary.digest('base64')}`;
}
/**
 * The `h1:` of a module zip (dirhash.HashZip): every entry of the zip by its name, which for a
 * module zip is `<module>@<version>/<path>`. Bounded in entries, name bytes and bytes; an
 * unreadable zip, an entry whose bytes disagree with its declared size, a name with a line
 * break (Hash1 refuses it: it would forge a line) or a backslash fails.
 */
async function zipHash(file, limits = MODULE_ZIP_LIMITS) {
    let zip;
    try {
        // strictFileNames: yauzl would otherwise turn `\` into `/`, and the hash would be of other names than Go's.
        zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true });
    }
    catch (error) {
        throw new DirHashError(`is not a readable zip file (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 160)})`, { cause: error });
    }
    const small = new SmallEntryReader(file);
    try {
        if (zip.entryCount > limits.maxEntries)
            throw new DirHashError(`has ${zip.entryCount} zip entries; at most ${limits.maxEntries} are accepted`);
        const names = [];
        const digests = Buffer.alloc(zip.entryCount * 32);
        let total = 0;
        let nameBytes = 0;
        for await (const entry of zip.eachEntry()) {
            nameBytes += Buffer.byteLength(entry.fileName, 'utf8');
            if (nameBytes > limits.maxNameBytes)
                throw new DirHashError(`has entry names of more than ${limits.maxNameBytes} bytes in all`);
            if (entry.fileName.includes('\n'))
                throw new DirHashError(`has an entry named ${JSON.stringify((0,util_text/* clip */.$)(entry.fileName, 80))}, with a line break`);
            if (entry.uncompressedSize > limits.maxFileBytes)
                throw new DirHashError(`entry ${(0,util_text/* clip */.$)(entry.fileName, 120)} declares ${entry.uncompressedSize} bytes; at most ${limits.maxFileBytes} are read`);
            const isSmall = entry.uncompressedSize <= SMALL_ENTRY_BYTES && entry.compressedSize <= SMALL_ENTRY_BYTES;
            // Sizes are held to the declared ones (as yauzl's validateEntrySizes does), so the total counts what inflates.
            if (total + entry.uncompressedSize > limits.maxTotalBytes)
                throw new DirHashError(`inflates past ${limits.maxTotalBytes} bytes`);
            total += entry.uncompressedSize;
            const digest = isSmall ? await small.digest(entry) : await streamedEntryDigest(zip, entry);
            if (names.length >= zip.entryCount)
                throw new DirHashError(`holds more entries than its central directory's count of ${zip.entryCount}`);
            // entryCount is the central directory's count, which yauzl holds eachEntry() to.
            digest.copy(digests, names.length * 32);
            names.push(entry.fileName);
        }
        return { h1: hash1Of(names, digests), files: names.length };
    }
    catch (error) {
        if (error instanceof DirHashError)
            throw error;
        throw new DirHashError(`cannot be read as a zip (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 160)})`, { cause: error });
    }
    finally {
        zip.close();
        await small.close();
    }
}
/**
 * Small entries read through one buffer and inflated by one long-lived raw inflate engine, reset
 * between entries: a buffer, a read stream or an inflate stream (inflateRawSync makes one per
 * call) per entry is garbage the GC returns late, and a zip of 60,000 small files piled it up past
 * 200 MiB. The engine's output goes to the hash as it comes, in slices of its one output buffer.
 * The inflated size must be the declared one, as yauzl's validateEntrySizes holds a streamed entry to it.
 */
class SmallEntryReader {
    path;
    /** The local header, its name and extra field, and the data behind them: one read for most entries. */
    buffer = Buffer.allocUnsafe(LOCAL_HEADER_BYTES + LOCAL_SLACK_BYTES + SMALL_ENTRY_BYTES);
    file = null;
    engine = null;
    inflation = null;
    constructor(path) {
        this.path = path;
    }
    async digest(entry) {
        // As yauzl's openReadStream refuses it: encrypted data is no file's content.
        if (entry.isEncrypted())
            throw new DirHashError(`entry ${(0,util_text/* clip */.$)(entry.fileName, 120)} is encrypted; a module zip holds plain files`);
        if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
            throw new DirHashError(`entry ${(0,util_text/* clip */.$)(entry.fileName, 120)} uses compression method ${entry.compressionMethod}; only stored and deflated entries are read`);
        }
        this.file ??= await (0,promises_.open)(this.path, 'r');
        const buffer = this.buffer;
        const headerAt = entry.relativeOffsetOfLocalHeader;
        const { bytesRead } = await this.file.read(buffer, 0, LOCAL_HEADER_BYTES + LOCAL_SLACK_BYTES + entry.compressedSize, headerAt);
        if (bytesRead < LOCAL_HEADER_BYTES || buffer.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
            throw new DirHashError(`entry ${(0,util_text/* clip */.$)(entry.fileName, 120)} has no local file header where the central directory says`);
        }
        const dataAt = LOCAL_HEADER_BYTES + buffer.readUInt16LE(26) + buffer.readUInt16LE(28);
        let raw;
        if (dataAt + entry.compressedSize <= bytesRead) {
            raw = buffer.subarray(dataAt, dataAt + entry.compressedSize);
        }
        else {
            // A name and extra field longer than the slack: the data is read again, to the buffer's start.
            const more = await this.file.read(buffer, 0, entry.compressedSize, headerAt + dataAt);
            if (more.bytesRead !== entry.compressedSize)
                throw new DirHashError(`entry ${(0,util_text/* clip */.$)(entry.fileName, 120)} is cut short`);
            raw = buffer.subarray(0, entry.compressedSize);
        }
        if (entry.compressionMethod === 0) {
            if (raw.length !== entry.uncompressedSize) {
                throw new DirHashError(`entry ${(0,util_text/* clip */.$)(entry.fileName, 120)} inflates to ${raw.length} bytes, not its declared ${entry.uncompressedSize}`);
            }
            return (0,external_node_crypto_.hash)('sha256', raw, 'buffer');
        }
        // The read buffer is not touched again until the engine has taken all of `raw` (the promise settles after the flush).
        return this.inflate(entry, raw);
    }
    inflate(entry, raw) {
        const engine = this.engine ?? this.startEngine();
        engine.reset();
        return new Promise((resolve, reject) => {
            const inflation = { entry, hash: (0,external_node_crypto_.createHash)('sha256'), size: 0, resolve, reject };
            this.inflation = inflation;
            engine.write(raw);
            // Z_FINISH: a deflate stream without its final block fails ("unexpected end of file"), as inflateRawSync's does.
            engine.flush(external_node_zlib_.constants.Z_FINISH, () => {
                if (this.inflation !== inflation)
                    return;
                this.inflation = null;
                if (inflation.size !== entry.uncompressedSize) {
                    reject(new DirHashError(`entry ${(0,util_text/* clip */.$)(entry.fileName, 120)} inflates to ${inflation.size} bytes, not its declared ${entry.uncompressedSize}`));
                }
                else {
                    resolve(inflation.hash.digest());
                }
            });
        });
    }
    startEngine() {
        const engine = (0,external_node_zlib_.createInflateRaw)({ chunkSize: INFLATE_CHUNK_BYTES });
        engine.on('data', (chunk) => {
            const inflation = this.inflation;
            if (inflation === null)
                return;
            inflation.size += chunk.length;
            if (inflation.size > inflation.entry.uncompressedSize) {
                // More than declared (a deflate bomb, or a lying header): stop inflating rather than hash it all.
                this.fail(`entry ${(0,util_text/* clip */.$)(inflation.entry.fileName, 120)} inflates past its declared ${inflation.entry.uncompressedSize} bytes`);
                return;
            }
            inflation.hash.update(chunk);
        });
        engine.on('error', (error) => {
            this.fail(`entry ${(0,util_text/* clip */.$)(this.inflation?.entry.fileName ?? '', 120)} does not inflate (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 80)})`, error);
        });
        this.engine = engine;
        return engine;
    }
    /** Ends the entry being inflated with `message`; the engine is dropped (a next entry gets a new one). */
    fail(message, cause) {
        const inflation = this.inflation;
        this.inflation = null;
        this.engine?.destroy();
        this.engine = null;
        inflation?.reject(new DirHashError(message, cause === undefined ? undefined : { cause }));
    }
    async close() {
        this.engine?.destroy();
        this.engine = null;
        await this.file?.close();
    }
}
/** A large entry hashed as it inflates (yauzl holds it to its declared size). */
async function streamedEntryDigest(zip, entry) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream)
        hash.update(chunk);
    return hash.digest();
}

// EXTERNAL MODULE: ./src/formats/sumdb.ts
var formats_sumdb = __webpack_require__(62357);
// EXTERNAL MODULE: ./src/checks/shared/go-module.ts
var go_module = __webpack_require__(62018);
;// CONCATENATED MODULE: ./src/checks/smoke/go-resolves.ts










const ID = 'go-resolves';
/** Asks the proxy for `.info`, `.mod` and `.zip` until it serves all three (404/410 is "not yet"); a file once served is not asked again. */
function awaitProxy(ctx, proxy, module, version, zipFile) {
    const what = `${ID}: ${module}@${version} on ${proxy.base}`;
    let info = null;
    let mod = null;
    return (0,poll/* poll */.wt)(ctx, what, (0,poll/* pollHost */.iz)(proxy.base), async () => {
        info ??= await proxy.info(module, version);
        if (info === null)
            return { done: false, seen: 'the proxy does not serve its .info yet (404/410)', value: null };
        mod ??= await proxy.mod(module, version);
        if (mod === null)
            return { done: false, seen: 'the proxy serves .info but not .mod yet (404/410)', value: null };
        const zip = await proxy.downloadZip(module, version, zipFile);
        if (zip === null)
            return { done: false, seen: 'the proxy serves .info and .mod but not .zip yet (404/410)', value: null };
        return { done: true, value: { info, mod, zip: { file: zipFile, size: zip.size } } };
    });
}
/** Asks the checksum database for the record until it has one (404/410 is "not yet"). */
function awaitRecord(ctx, sumdb, module, version) {
    return (0,poll/* poll */.wt)(ctx, `${ID}: ${module}@${version} in ${sumdb.db.name}`, (0,poll/* pollHost */.iz)(sumdb.db.url), async () => {
        const record = await sumdb.lookup(module, version);
        return record === null ? { done: false, seen: 'the checksum database has no record of it yet (404/410)', value: null } : { done: true, value: record };
    });
}
/** The checksum-database part: signed note, inclusion from tiles, then the two h1 hashes. Details, or CheckFailed. */
async function checkSumdb(ctx, spec, module, version, hashes) {
    let sumdb;
    try {
        sumdb = ctx.clients.gosumdb(spec);
    }
    catch (error) {
        throw new gate/* CheckFailed */.EC(`gosumdb cannot be used: ${(0,util_text/* messageOf */.b)(error)}`);
    }
    const { name, url } = sumdb.db;
    const waited = await awaitRecord(ctx, sumdb, module, version);
    const record = waited.value;
    if (!waited.done || record === null) {
        throw new gate/* CheckFailed */.EC(`${module}@${version} has no record in the checksum database ${name} at ${url} (seen: ${waited.lastSeen ?? 'nothing'})${(0,poll/* waitAdvice */.o1)(ctx.wait, waited, '', 'the database to record it')}`);
    }
    const where = `the checksum database ${name}`;
    let tree;
    try {
        tree = (0,formats_sumdb/* parseTree */.cZ)((0,formats_sumdb/* openNote */.jN)(record.note, sumdb.db));
    }
    catch (error) {
        throw new gate/* CheckFailed */.EC(`${where} answered a tree note that does not verify: ${(0,util_text/* messageOf */.b)(error)}`);
    }
    let proof;
    try {
        proof = await (0,formats_sumdb/* proveInclusion */.Tp)(sumdb, tree, record.id, record.text);
    }
    catch (error) {
        throw new gate/* CheckFailed */.EC(`${where}: ${(0,util_text/* messageOf */.b)(error)}`);
    }
    const recorded = (0,formats_sumdb/* recordHashes */.CI)(record.text, module, version);
    const mismatches = [];
    if (recorded.zip !== hashes.zip)
        mismatches.push(`the zip's is ${recorded.zip ?? 'missing'} in the database but ${hashes.zip} from the proxy's .zip`);
    if (recorded.mod !== hashes.mod)
        mismatches.push(`the go.mod's is ${recorded.mod ?? 'missing'} in the database but ${hashes.mod} from the proxy's .mod`);
    if (mismatches.length > 0) {
        throw new gate/* CheckFailed */.EC(`${where} records other h1 hashes for ${module}@${version} than the proxy serves (${mismatches.join('; ')}); go would refuse the download with a SECURITY ERROR`);
    }
    return {
        details: [
            `${where} at ${url}: record ${record.id} holds both h1 hashes`,
            `the tree note (size ${tree.size}) is signed by ${name}+${sumdb.db.keyHash.toString(16).padStart(8, '0')}, and the signature verifies`,
            `record ${record.id}'s inclusion in that tree is proven from ${proof.tiles} tile(s)`
        ],
        notes: (0,poll/* waitNote */.Cm)(waited).map((n) => `checksum database: ${n}`)
    };
}
async function checkResolves(ctx, go, proxyUrl, version) {
    const goVersion = `v${version}`;
    const sha = ctx.settings.sha;
    const { module, text: goModText, file } = await (0,go_module/* readGoModule */.zk)(ctx, go.dir);
    const subject = `${module}@${goVersion}`;
    const proxy = ctx.clients.goproxy(proxyUrl);
    const temp = await (0,promises_.mkdtemp)(external_node_path_.join(ctx.settings.runnerTemp || external_node_os_.tmpdir(), 'go-resolves-'));
    try {
        let waited;
        try {
            waited = await awaitProxy(ctx, proxy, module, goVersion, external_node_path_.join(temp, 'module.zip'));
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(`${subject} cannot be read from the Go module proxy: ${(0,util_text/* messageOf */.b)(error)}`);
        }
        const found = waited.value;
        if (!waited.done || found === null) {
            return (0,gate/* fail */.fJ)(`${subject} is not on the Go module proxy ${proxy.base} (seen: ${waited.lastSeen ?? 'nothing'})${(0,poll/* waitAdvice */.o1)(ctx.wait, waited, `push the tag ${go.tag.replace('{version}', version)}`, 'the proxy to catch up')}`);
        }
        const notes = (0,poll/* waitNote */.Cm)(waited).map((n) => `proxy: ${n}`);
        if (found.info.Version !== goVersion) {
            return (0,gate/* fail */.fJ)(`the Go module proxy's .info for ${subject} names version ${(0,util_text/* clip */.$)(found.info.Version, 80)}, not ${goVersion}`, { details: notes });
        }
        const origin = found.info.Origin?.Hash;
        if (origin !== undefined && origin !== sha) {
            return (0,gate/* fail */.fJ)(`the Go module proxy resolved ${subject} to commit ${(0,util_text/* clip */.$)(origin, 64)}, not the release commit ${sha}; the Go tag ${go.tag.replace('{version}', version)} points at another commit, or was moved after the proxy fetched it (the proxy keeps the first: release a new version)`, {
                details: notes
            });
        }
        if (found.mod.toString('utf8') !== goModText) {
            return (0,gate/* fail */.fJ)(`the Go module proxy's .mod for ${subject} differs from ${file} at the release commit ${sha.slice(0, 12)}; the proxy holds another commit's go.mod`, { details: notes });
        }
        let zip;
        try {
            zip = await zipHash(found.zip.file);
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(`the Go module proxy's .zip for ${subject} ${(0,util_text/* messageOf */.b)(error)}`, { details: notes });
        }
        const hashes = { zip: zip.h1, mod: goModHash(found.mod) };
        const details = [
            `module ${module}, as ${file} at ${sha.slice(0, 12)} declares it`,
            `${proxy.base}: .info has ${goVersion}, ${origin === undefined ? 'and records no Origin.Hash (not checked)' : `Origin.Hash ${sha}`}`,
            `.mod is identical to ${file} at the release commit (${found.mod.length} bytes, ${hashes.mod})`,
            `.zip: ${found.zip.size} bytes, ${zip.files} files, ${hashes.zip}`
        ];
        const spec = ctx.config.gosumdb;
        if (spec === false) {
            return (0,gate/* pass */.IX)(`${subject} resolves on ${proxy.base} at the release commit (checksum database not checked: gosumdb: false)`, {
                details: [...details, 'checksum database: turned off in config ("gosumdb: false")', ...notes]
            });
        }
        let db;
        try {
            db = await checkSumdb(ctx, spec ?? formats_sumdb/* DEFAULT_GOSUMDB */.oU, module, goVersion, hashes);
        }
        catch (error) {
            // The proxy part passed: keep what was checked there next to the database's failure.
            if (error instanceof gate/* CheckFailed */.EC)
                return (0,gate/* fail */.fJ)(error.message, { details: [...details, ...notes] });
            throw error;
        }
        return (0,gate/* pass */.IX)(`${subject} resolves on ${proxy.base} at the release commit, and the checksum database's signed, included record matches its .mod and .zip`, {
            details: [...details, ...db.details, ...notes, ...db.notes]
        });
    }
    catch (error) {
        if (error instanceof gate/* CheckFailed */.EC)
            return (0,gate/* fail */.fJ)(error.message);
        return (0,gate/* fail */.fJ)(`${subject} could not be checked: ${(0,util_text/* messageOf */.b)(error)}`);
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * `go-resolves`: the Go module proxy resolves the module at `v{version}` to the release commit
 * (`.info` version and Origin.Hash, `.mod` identical to go.mod at `sha`, `.zip` hashed as Go
 * hashes it), and unless `gosumdb: false` the checksum database holds the same `h1:` hashes in a
 * record whose inclusion in a tree signed by the configured key is proven — what `go get` checks.
 */
const goResolves = (0,gate/* defineCheck */.qH)({
    id: ID,
    sections: ['go', 'goproxy'],
    releaseOnly: 'go-resolves (no Go module tag is pushed for a rehearsal)',
    run: (ctx, { go, goproxy: proxyUrl }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkResolves(ctx, go, proxyUrl, version).catch((error) => {
        if (error instanceof gate/* CheckFailed */.EC)
            return (0,gate/* fail */.fJ)(error.message);
        throw error;
    }))
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/map-limit.ts
var map_limit = __webpack_require__(9992);
;// CONCATENATED MODULE: ./src/checks/smoke/image-resolves.ts






/** An image config is JSON of a few KiB to a few hundred (long histories); never a layer. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Platforms pulled at once: the HTTP client's per-host bound; 8 configs of the 4 MiB cap are 32 MiB at most. */
const PULLS_AT_ONCE = 8;
/**
 * Platforms of one image pulled at most. Real multi-platform images list a handful (Docker's
 * official images about ten); an index of thousands is a registry answer no build makes, and every
 * request costs the runner memory the GC returns late (about 40 KiB a fetch).
 */
const MAX_PLATFORMS = 64;
const imageConfig = schemas/* looseObject */._H3({ os: schemas/* string */.YjP().max(64), architecture: schemas/* string */.YjP().max(64), variant: schemas/* string */.YjP().max(64).optional() });
async function image_resolves_pullOnce(ctx, image, version, pull) {
    const oci = ctx.clients.oci;
    pull.top ??= await oci.getManifest(image, version);
    const top = pull.top;
    if (top === null)
        return { done: false, seen: `tag ${version} not served yet` };
    const expected = ctx.settings.imageDigest;
    if (expected && top.digest !== expected) {
        pull.problem = `resolves to ${top.digest}, not image-digest ${expected}: an anonymous pull gets another build; push this build under ${version}, or pass the digest of the build that pushed it`;
        return { done: true };
    }
    const listed = top.document.kind === 'index' ? top.document.manifests : null;
    const entries = listed ? listed.filter((d) => !(0,oci_refs/* isAttestationManifest */.gV)(d)) : [null];
    if (entries.length > MAX_PLATFORMS) {
        pull.problem = `is an index of ${entries.length} platform manifests; at most ${MAX_PLATFORMS} are pulled, and no build makes more: check that the tag names the image docker/build-push-action pushed`;
        return { done: true };
    }
    if (entries.length === 0) {
        pull.problem = `is an index with no platform manifest (${listed?.length ?? 0} attestation manifests only): nothing can be pulled; push the image for its platforms`;
        return { done: true };
    }
    // Every entry at once, as far as the client's per-host bound lets them go (the registry's index
    // decides how many there are; the check's deadline bounds them all). The first "not yet" or
    // problem in index order is the answer, as when they were fetched one after another.
    const looks = await (0,map_limit/* mapLimit */.s)(entries, PULLS_AT_ONCE, (entry) => pullEntry(oci, image, top, entry, pull));
    const first = looks.find((look) => look !== null);
    if (!first)
        return { done: true };
    if ('problem' in first) {
        pull.problem = first.problem;
        return { done: true };
    }
    return first;
}
/** Fetches one platform's manifest and config (unless fetched before); null when both are there. */
async function pullEntry(oci, image, top, entry, pull) {
    const digest = entry ? entry.digest : top.digest;
    if (!pull.platforms.has(digest)) {
        const manifest = entry ? await oci.getManifest(image, entry.digest) : top;
        if (manifest === null)
            return { done: false, seen: `platform manifest ${(0,oci_refs/* shownPlatform */.vV)(entry?.platform)} (${digest}) not served yet` };
        if (manifest.document.kind !== 'image') {
            return {
                problem: `names ${digest} as the ${(0,oci_refs/* shownPlatform */.vV)(entry?.platform)} image, but it is another index (${manifest.mediaType}); push the image with docker/build-push-action`
            };
        }
        pull.platforms.set(digest, { entry, manifest });
    }
    const { manifest } = pull.platforms.get(digest);
    const config = manifest.document.kind === 'image' ? manifest.document.config : null;
    if (!config || pull.configs.has(config.digest))
        return null;
    const blob = await oci.getBlob(image, config.digest, { maxBytes: MAX_CONFIG_BYTES });
    if (blob === null)
        return { done: false, seen: `config blob of ${(0,oci_refs/* shownPlatform */.vV)(entry?.platform)} (${config.digest}) not served yet` };
    const problem = configProblem(blob, entry);
    if (problem)
        return { problem: `${(0,oci_refs/* shownPlatform */.vV)(entry?.platform)} config ${config.digest} ${problem}` };
    pull.configs.add(config.digest);
    return null;
}
/** Why a config blob is not the image config a pull needs, or null. */
function configProblem(blob, entry) {
    let raw;
    try {
        raw = JSON.parse(blob.toString('utf8'));
    }
    catch {
        return 'is not JSON, so no client can run the image; rebuild and push it';
    }
    const parsed = imageConfig.safeParse(raw);
    if (!parsed.success)
        return 'is not an image config (no "os" and "architecture"); rebuild and push it';
    if (entry?.platform) {
        const a = (0,oci_refs/* normalisePlatform */.WN)(parsed.data);
        const b = (0,oci_refs/* normalisePlatform */.WN)(entry.platform);
        if (a.os !== b.os || a.architecture !== b.architecture) {
            return `says ${(0,oci_refs/* shownPlatform */.vV)(parsed.data)}, but the index lists it as ${(0,oci_refs/* shownPlatform */.vV)(entry.platform)}: a client would run the wrong binary; rebuild and push it`;
        }
    }
    return null;
}
async function checkImage(ctx, template, version) {
    const { image, written } = (0,oci_refs/* ociImage */.xP)(ctx, 'container', template);
    const subject = `${written}:${version}`;
    return (0,oci_refs/* failOnOciError */.Pb)(`image ${subject}`, async () => {
        const pull = { top: null, platforms: new Map(), configs: new Set(), problem: null };
        const waited = await (0,poll/* poll */.wt)(ctx, `image-resolves: ${subject}`, image.registry, async () => {
            const look = await image_resolves_pullOnce(ctx, image, version, pull);
            return look.done ? { done: true, value: pull } : { done: false, seen: look.seen, value: pull };
        });
        const details = (0,poll/* waitNote */.Cm)(waited);
        if (pull.problem)
            return (0,gate/* fail */.fJ)(`${subject} ${pull.problem}`, { details });
        if (!waited.done)
            return (0,oci_refs/* notServedYet */.n0)(ctx, `image ${subject}`, waited, 'check that the push succeeded and the package is public');
        const top = pull.top;
        // In the index's order, not the order the parallel pulls happened to finish in.
        const order = top.document.kind === 'index' ? top.document.manifests.map((d) => d.digest) : [];
        const pulled = [...pull.platforms].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
        const platforms = pulled.map(([, p]) => (0,oci_refs/* shownPlatform */.vV)(p.entry?.platform ?? undefined));
        const given = ctx.settings.imageDigest ? '' : ' (image-digest not given, so which build it is was not compared)';
        const what = top.document.kind === 'index'
            ? `${platforms.length} platform manifest${platforms.length > 1 ? 's' : ''} (${platforms.join(', ')})`
            : 'a single image manifest';
        return (0,gate/* pass */.IX)(`${subject} resolves to ${top.digest} for an anonymous client${given}; ${what} and ${pull.configs.size > 1 ? 'their' : 'its'} config${pull.configs.size > 1 ? 's' : ''} download`, {
            details: [(0,util_text/* clip */.$)(`${top.mediaType}, ${top.size} bytes`, 200), ...details]
        });
    });
}
/**
 * `image-resolves`: an anonymous pull of `{image}:{version}` resolves to `image-digest` (when given),
 * and every platform manifest and config blob it names can be fetched (image layers are not
 * downloaded). Waits while the registry does not serve them yet; a refused pull says the package is private.
 */
const imageResolves = (0,gate/* defineCheck */.qH)({
    id: 'image-resolves',
    sections: ['container'],
    releaseOnly: 'the anonymous image pull',
    run: (ctx, { container }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkImage(ctx, container.image, version))
});

// EXTERNAL MODULE: ./src/checks/shared/npm.ts
var npm = __webpack_require__(49906);
;// CONCATENATED MODULE: ./src/checks/smoke/npm-resolves.ts




async function resolvePackage(ctx, api, registry, name, version) {
    const subject = `${(0,util_text/* clip */.$)(name)}@${version}`;
    let waited;
    try {
        waited = await (0,npm/* awaitNpmRelease */.f_)(ctx, `npm-resolves: ${subject} on ${registry}`, api, name, version, () => api.installVersion(name, version));
    }
    catch (error) {
        return { row: [name, 'could not be checked', '-'], problems: [(0,util_text/* messageOf */.b)(error)], notes: [] };
    }
    const notes = (0,poll/* waitNote */.Cm)(waited).map((note) => `${subject}: ${note}`);
    const served = waited.value;
    if (served === null) {
        // npm answers 404 to an anonymous reader of a restricted package, exactly as for a missing one.
        const restricted = waited.lastSeen?.includes('(404)')
            ? `; a restricted package also answers 404 to anonymous readers: publish it with --access public`
            : '';
        return { row: [name, 'not published', '-'], problems: [(0,npm/* absentMessage */.hj)(ctx, subject, registry, waited) + restricted], notes };
    }
    const { manifest, recorded, digest } = served;
    if ('problem' in recorded || digest === null) {
        const why = 'problem' in recorded ? recorded.problem : `${subject}: the tarball was not checked`;
        return { row: [name, 'no sha512', 'not checked'], problems: [why], notes };
    }
    const tarball = (0,npm/* compareRegistryTarball */.vk)(manifest, digest, recorded.sha512, subject);
    return { row: [name, (0,npm/* shortSri */.Zv)(recorded.sha512), tarball.cell], problems: tarball.problem ? [tarball.problem] : [], notes };
}
async function npm_resolves_checkResolves(ctx, npm, version) {
    const registry = npm.registry;
    // Anyone must be able to install: the client holds no npm-token at all.
    const api = ctx.clients.npm(registry, { anonymous: true });
    const findings = await Promise.all(npm.packages.map((name) => resolvePackage(ctx, api, registry, name, version)));
    const table = { columns: ['package', 'dist.integrity', 'anonymous tarball'], rows: findings.map((f) => f.row) };
    const problems = findings.flatMap((f) => f.problems);
    const notes = findings.flatMap((f) => f.notes);
    if (problems.length > 0) {
        const failed = findings.filter((f) => f.problems.length > 0).length;
        return (0,gate/* fail */.fJ)(`${failed} of ${npm.packages.length} npm package(s) do not resolve anonymously: ${problems[0]}`, { details: [...problems, ...notes], table });
    }
    return (0,gate/* pass */.IX)(`${npm.packages.length} npm package(s) resolve ${version} anonymously on ${registry}, as npm install reads them; each tarball matches its dist.integrity (sha512)`, {
        details: notes,
        table
    });
}
/**
 * `npm-resolves`: each package's install metadata as npm reads it (the abbreviated packument)
 * has the version, asked anonymously, and its tarball downloads anonymously and hashes to
 * dist.integrity. Waits while a CDN or the registry does not serve the version yet.
 */
const npmResolves = (0,gate/* defineCheck */.qH)({
    id: 'npm-resolves',
    sections: ['npm'],
    releaseOnly: 'npm-resolves',
    run: (ctx, { npm }) => (0,gate/* withVersion */.$2)(ctx, (version) => npm_resolves_checkResolves(ctx, npm, version))
});

// EXTERNAL MODULE: ./src/formats/pypi.ts
var pypi = __webpack_require__(11178);
// EXTERNAL MODULE: ./src/clients/http.ts + 4 modules
var http = __webpack_require__(51449);
// EXTERNAL MODULE: ./src/checks/shared/dist-files.ts
var dist_files = __webpack_require__(77973);
// EXTERNAL MODULE: ./src/checks/shared/pypi.ts
var shared_pypi = __webpack_require__(30251);
;// CONCATENATED MODULE: ./src/checks/smoke/pypi-resolves.ts






/** The built files in dist, or null when dist is missing or holds none of this release (then the JSON API says what to expect). */
async function builtExpectation(ctx, target) {
    if (!(await (0,shared_pypi/* distExists */.Ji)(ctx)))
        return null;
    const built = await (0,shared_pypi/* builtPythonFiles */.sv)(ctx, target);
    return built.length > 0 ? built.map((b) => ({ file: b.file, sha256: b.sha256 })) : null;
}
async function lookOnce(api, target, built, where) {
    let expected = built;
    if (expected === null) {
        const release = await api.release(target.project, target.version, {
            revalidate: true
        });
        if (release === null)
            return {
                done: false,
                seen: `the JSON API has no release ${target.version} yet (404)`,
                value: { kind: 'no-json-release' }
            };
        if (release.dists.length === 0)
            return {
                done: false,
                seen: `the JSON API lists ${target.version} without files yet`,
                value: { kind: 'no-json-files' }
            };
        expected = release.dists.map((d) => ({
            file: d.filename,
            sha256: d.sha256
        }));
    }
    const names = new Set(expected.map((e) => e.file));
    // Only this version's files (and the expected ones) are read off the page: every other release's entries are skipped unread.
    const ofVersion = (filename) => names.has(filename) || (0,shared_pypi/* releaseFileKind */.Q2)(filename, target.project, target.version) !== null;
    const page = await api.simpleProject(target.project, { files: ofVersion });
    if (page === null)
        return {
            done: false,
            seen: `the simple API has no page for ${target.project} yet (404)`,
            value: { kind: 'no-simple-page', expected }
        };
    // Every file of this version counts, not only the expected ones: pip may pick any of them.
    const listed = page.files;
    const comparison = (0,shared_pypi/* compareFiles */.hZ)(expected, listed, {
        where,
        expectedFrom: built === null ? 'JSON API' : 'built',
        // Against dist an extra file is final; against the JSON API it may be the JSON API lagging.
        unexpectedIsFinal: built !== null
    });
    const value = { kind: 'page', expected, page, comparison };
    if (comparison.state === 'not-yet')
        return { done: false, seen: (0,shared_pypi/* listedPhrase */.LF)(comparison), value };
    return { done: true, value };
}
async function verify(ctx, target, built) {
    const api = ctx.clients.pypi(target.index);
    const where = `the simple API of ${target.indexKey} ${target.shownIndex}`;
    const result = await (0,poll/* poll */.wt)(ctx, `pypi-resolves: ${target.subject} on ${target.shownIndex}/simple/`, (0,poll/* pollHost */.iz)(target.index), () => lookOnce(api, target, built, where));
    const wait = (0,poll/* waitNote */.Cm)(result);
    const source = built === null
        ? `expected: the files the JSON API lists (dist ${(0,dist_files/* shownDist */.sA)(ctx)} is missing or holds no file of ${target.subject})`
        : `expected: the ${built.length} built files in dist ${(0,dist_files/* shownDist */.sA)(ctx)}`;
    const look = result.value;
    if (look.kind !== 'page') {
        const what = look.kind === 'no-simple-page'
            ? `${where} does not list ${target.project}`
            : `${target.indexKey} ${target.shownIndex} has no files of ${target.subject} in its JSON API to look for`;
        return (0,gate/* fail */.fJ)((0,shared_pypi/* timedOutLine */.O$)(ctx.wait, result, what, result.lastSeen), {
            details: [...wait, source]
        });
    }
    const { comparison, page, expected } = look;
    const expectedLabel = built === null ? 'JSON API sha256' : 'built sha256';
    const table = (0,shared_pypi/* comparisonTable */.Qv)(comparison, expectedLabel, 'simple API sha256');
    const details = [...wait, source, `read ${(0,http/* shownUrl */.zA)(page.url)} as pip does (PEP 691 JSON, api-version ${page.apiVersion}), anonymously`];
    if (comparison.state === 'final')
        return (0,gate/* fail */.fJ)((0,shared_pypi/* finalProblemLine */.cV)(comparison), { details, table });
    if (comparison.state === 'not-yet') {
        return (0,gate/* fail */.fJ)((0,shared_pypi/* timedOutLine */.O$)(ctx.wait, result, `${where} does not list every file of ${target.subject}`, result.lastSeen), { details, table });
    }
    const counts = (0,shared_pypi/* countFiles */.Dc)(expected.map((e) => e.file), target.project, target.version);
    const digests = built === null ? "the JSON API's sha256" : 'the sha256 of the built file';
    return (0,gate/* pass */.IX)(`${where} lists all ${expected.length} files of ${target.subject} (${counts}), each with ${digests}, none yanked: pip can install it`, {
        details,
        table
    });
}
/**
 * `pypi-resolves`: the index's simple API, as pip reads it (PEP 691 JSON), lists every
 * file of the version with the sha256 of the built file (or, without dist, the JSON
 * API's), none yanked. Anonymous; waits while the CDN catches up, final on a wrong
 * digest or a yanked file.
 */
const pypiResolves = (0,gate/* defineCheck */.qH)({
    id: 'pypi-resolves',
    sections: ['pypi'],
    run: (ctx, { pypi: section }) => (0,gate/* withVersion */.$2)(ctx, async (version, kind) => {
        const target = (0,shared_pypi/* pypiTarget */.GG)(section, version, kind);
        const built = await builtExpectation(ctx, target);
        try {
            return await verify(ctx, target, built);
        }
        catch (error) {
            if (error instanceof pypi/* PypiError */.pk)
                return (0,gate/* fail */.fJ)(`cannot verify that pip resolves ${target.subject} from ${target.indexKey} ${target.shownIndex}: ${error.message}`);
            throw error;
        }
    })
});

;// CONCATENATED MODULE: ./src/gates/smoke.ts





/**
 * Anyone can install the exact release: each registry, asked anonymously as its own
 * client asks, serves the release, waiting up to wait-minutes while a CDN or proxy catches up.
 */
const smoke = {
    id: 'smoke',
    title: 'Anyone can install the exact release',
    // In the contract's order; they run concurrently, each waiting for its own registry.
    checks: [pypiResolves, npmResolves, goResolves, imageResolves, chartResolves]
};


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
/* harmony export */   WA: () => (/* binding */ semverProblem),
/* harmony export */   Z9: () => (/* binding */ semverToPep440),
/* harmony export */   te: () => (/* binding */ isPythonFile),
/* harmony export */   yU: () => (/* binding */ nextVersion),
/* harmony export */   yt: () => (/* binding */ canonicalizeName)
/* harmony export */ });
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
