export const id = 907;
export const ids = [907];
export const modules = {

/***/ 77973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ DistError),
/* harmony export */   kP: () => (/* binding */ listDistFiles),
/* harmony export */   sA: () => (/* binding */ shownDist)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81956);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24964);
/* harmony import */ var _util_problems_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8338);
/* harmony import */ var _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55680);







/** A dist folder that cannot serve as one: the checks fail with this message as it is. */
class DistError extends _gate_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckFailed */ .EC {
    name = 'DistError';
}
/** The dist folder as a person would write it: relative to the workspace when inside it. */
function shownDist(ctx) {
    const { workspace, distDir } = ctx.settings;
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workspace, distDir);
    return rel === '' ? '.' : (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isOutside */ ._)(workspace, distDir) ? distDir : rel;
}
/**
 * The release files in dist: regular files (or links to them) at its top level.
 * Dot files and sub-folders are not release files: `gh release upload dist/*`
 * and the PyPI publish action skip them both.
 *
 * dist is confined to the workspace by its real path (a dist that is a symlink
 * to a folder elsewhere is refused, so nothing outside is hashed or written to),
 * and so is every link in it. An entry that is neither a folder nor a regular
 * file (a FIFO, a socket, a device, a link to /dev/zero) fails by name: reading
 * it could block or never end, and leaving it out silently would let the gate
 * pass on files it never saw.
 *
 * Read once per gate run (ctx.once) and shared by the checks: every check sees
 * the folder as it was before any check wrote into it (checksums may write its
 * checksum file there). A DistError reaches every caller. The list is shared,
 * so callers must not change it.
 */
function listDistFiles(ctx) {
    return ctx.once('dist-files', () => readDistFiles(ctx));
}
async function readDistFiles(ctx) {
    const { workspace, distDir: dir } = ctx.settings;
    let realDir;
    try {
        realDir = await (0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInside */ .LI)(workspace, dir, `dist folder ${shownDist(ctx)}`);
    }
    catch (error) {
        if (error instanceof _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_5__/* .WorkspaceFileError */ ._n && error.reason === 'missing') {
            throw new DistError(`dist folder ${shownDist(ctx)} does not exist; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`);
        }
        throw new DistError(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error)}; set the "dist" input to a folder inside the workspace`);
    }
    let entries;
    try {
        entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(realDir, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new DistError(`dist folder ${shownDist(ctx)} does not exist; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`);
        }
        if (code === 'ENOTDIR')
            throw new DistError(`dist ${shownDist(ctx)} is not a folder; set the "dist" input to the folder holding the release files`);
        throw new DistError(`dist folder ${shownDist(ctx)} cannot be read (${code ?? 'unknown error'})`);
    }
    const files = [];
    const problems = [];
    for (const entry of entries) {
        if (entry.name.startsWith('.'))
            continue;
        const shown = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(entry.name)} in ${shownDist(ctx)}`;
        if (entry.isFile())
            files.push(entry.name);
        else if (entry.isDirectory())
            continue;
        else if (entry.isSymbolicLink()) {
            const kind = await linkKind(workspace, node_path__WEBPACK_IMPORTED_MODULE_1__.join(realDir, entry.name), shown);
            if (kind === 'file')
                files.push(entry.name);
            else if (kind !== 'folder')
                problems.push(kind.problem);
        }
        else {
            const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(realDir, entry.name)).catch(() => null);
            problems.push(`${shown} is ${stat ? (0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_5__/* .fileKind */ .h_)(stat) : 'not a regular file'}, not a release file; remove it`);
        }
    }
    if (problems.length > 0)
        throw new DistError((0,_util_problems_js__WEBPACK_IMPORTED_MODULE_6__/* .summarizeProblems */ .G)(problems, 'dist entry'));
    return files.sort();
}
/** What a link in dist stands for: a regular file or a folder inside the workspace, or why it cannot be used. */
async function linkKind(workspace, link, shown) {
    let real;
    try {
        real = await (0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInside */ .LI)(workspace, link, shown);
    }
    catch (error) {
        if (error instanceof _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_5__/* .WorkspaceFileError */ ._n && error.reason === 'outside')
            return { problem: `${error.message}; copy the file into dist instead` };
        // A link to nothing cannot be uploaded; say so rather than leave it out silently.
        return { problem: `${shown} is a link to a file that does not exist; remove it or download the file it stands for` };
    }
    const target = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(real).catch(() => null);
    if (!target)
        return { problem: `${shown} is a link to a file that does not exist; remove it or download the file it stands for` };
    if (target.isFile())
        return 'file';
    if (target.isDirectory())
        return 'folder';
    return { problem: `${shown} is a link to ${(0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_5__/* .fileKind */ .h_)(target)}, not a release file; remove it` };
}


/***/ }),

/***/ 74928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ formatChecksumFile),
/* harmony export */   cJ: () => (/* binding */ MAX_CHECKSUM_FILE_BYTES),
/* harmony export */   cr: () => (/* binding */ checksumNameProblem),
/* harmony export */   j7: () => (/* binding */ parseChecksumFile),
/* harmony export */   nG: () => (/* binding */ byName),
/* harmony export */   te: () => (/* binding */ looksLikeHtml)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);

/** Largest checksum file read: a list of a few hundred names is a few KiB. */
const MAX_CHECKSUM_FILE_BYTES = 1024 * 1024;
const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;
/** Whether a body is an HTML page (an error page served where a file was expected). */
function looksLikeHtml(text) {
    return /^\s*<(!doctype\s+html|html[\s>])/i.test(text.replace(/^\uFEFF/, ''));
}
/**
 * Why a file name cannot be written as a plain checksum line, or null.
 * sha256sum escapes such names with a leading backslash, which release tooling
 * reads inconsistently, so they are refused rather than escaped.
 */
function checksumNameProblem(name) {
    if (/[\n\r\\]/.test(name))
        return `file name "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" contains a line break or backslash; rename it`;
    return null;
}
/** Parses a checksum file strictly: every non-blank line must be a sha256sum line. */
function parseChecksumFile(text, shown) {
    if (looksLikeHtml(text)) {
        return { ok: false, problem: `${shown} is an HTML page, not a checksum list (an error page was served in its place)` };
    }
    const entries = [];
    const seen = new Map();
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\r$/, '');
        if (raw.trim() === '')
            continue;
        const m = LINE.exec(raw);
        if (!m) {
            return {
                ok: false,
                problem: `line ${i + 1} of ${shown} is not a sha256sum line ("<64 hex>  <file name>"): "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(raw, 60)}"`
            };
        }
        const name = m[2];
        if (name.startsWith('\\') || name.includes('/')) {
            return {
                ok: false,
                problem: `line ${i + 1} of ${shown} names "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}", not a bare file name; list files by name as they are in dist (run sha256sum inside the folder)`
            };
        }
        const earlier = seen.get(name);
        if (earlier !== undefined) {
            return { ok: false, problem: `${shown} lists "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" twice (lines ${earlier} and ${i + 1})` };
        }
        seen.set(name, i + 1);
        entries.push({ name, hex: m[1].toLowerCase(), line: i + 1 });
    }
    if (entries.length === 0)
        return { ok: false, problem: `${shown} lists no files` };
    return { ok: true, entries };
}
/** Compares by UTF-16 code units, not locale, so the order is the same on every runner. */
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/** Formats entries as sha256sum writes them (text mode, two spaces), sorted by name. */
function formatChecksumFile(entries) {
    return [...entries]
        .sort(byName)
        .map((e) => `${e.hex}  ${e.name}\n`)
        .join('');
}


/***/ }),

/***/ 81956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ withVersion),
/* harmony export */   EC: () => (/* binding */ CheckFailed),
/* harmony export */   H4: () => (/* binding */ sectionMissingMessage),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   ZE: () => (/* binding */ sectionOf),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   iv: () => (/* binding */ skip),
/* harmony export */   m6: () => (/* binding */ sectionOffMessage),
/* harmony export */   qH: () => (/* binding */ defineCheck)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A check whose `run` is typed by the sections it declares (none when it declares none). */
function defineCheck(check) {
    return check;
}
/**
 * Thrown by a helper when the check's answer is a failure it can state in one
 * line (a missing dist folder, say): the engine reports the message as the
 * check's summary, as it is, instead of "could not finish".
 */
class CheckFailed extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    name = 'CheckFailed';
    constructor(message, options) {
        super('check-failed', message, options);
    }
}
function pass(summary, extra = {}) {
    return { status: 'pass', summary, ...extra };
}
function fail(summary, extra = {}) {
    return { status: 'fail', summary, ...extra };
}
function skip(summary, extra = {}) {
    return { status: 'skip', summary, ...extra };
}
function sectionOf(config, name) {
    const value = config[name];
    if (value === undefined)
        return { state: 'missing' };
    if (value === false)
        return { state: 'off' };
    return { state: 'on', value: value };
}
/** Why a check skips: its section is `false`. */
function sectionOffMessage(name) {
    return `turned off in config ("${name}: false")`;
}
/**
 * Why a check fails: its section is missing. `purpose` says what the check needs
 * it for (after "needs"), `remedy` what `false` means here (after "set "X: false"").
 */
function sectionMissingMessage(name, checkId, options = {}) {
    const purpose = options.purpose === undefined ? '' : ` ${options.purpose}`;
    const remedy = options.remedy ?? 'to turn this check off';
    return `config has no "${name}" section, which ${checkId} needs${purpose}; add it, or set "${name}: false" ${remedy}`;
}
/** The release version, or a skip when tag-format already failed (the gate fails there). */
function withVersion(ctx, body) {
    const { version, kind } = ctx.release;
    if (version === null || kind === null) {
        return Promise.resolve(skip('no version to check: the tag did not parse (see tag-format)'));
    }
    return body(version, kind);
}


/***/ }),

/***/ 9907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  artifacts: () => (/* binding */ artifacts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/util/map-limit.ts
var map_limit = __webpack_require__(9992);
// EXTERNAL MODULE: ./src/util/problems.ts
var util_problems = __webpack_require__(8338);
;// CONCATENATED MODULE: ./src/formats/core-metadata.ts
/**
 * Reads the header block of an email-style metadata file (a wheel's METADATA and
 * WHEEL, an sdist's PKG-INFO) the way the Python tools do: pip, PyPI and packaging's
 * `parse_email` all hand the text to `email.parser.Parser(policy=compat32)`, so its
 * feedparser decides what a header is and where the block ends:
 *
 * - A line break is `\r\n`, `\r` or `\n` (feedparser's NLCRE_crack), so CRLF files and
 *   old Mac line endings read the same as LF ones.
 * - Only an empty line ends the block. A line of spaces or tabs is a continuation line
 *   (feedparser's headerRE matches `[\t ]` at its start): setuptools and distutils fold
 *   a multi-line License or Description with 8 spaces and write each of its blank lines
 *   as 8 spaces, and the headers after it (Classifier, Requires-Python, …) still count.
 * - A header line is `key:` where the key is printable ASCII without a space or colon;
 *   any other line ends the block (Python records MissingHeaderBodySeparatorDefect and
 *   reads the rest as the body), so nothing after it is read as a header either.
 * - A key is case-insensitive (`Message.get_all` lowers it) and may repeat: WHEEL lists
 *   one `Tag:` per line. A folded value keeps its continuation lines, joined by `\n`.
 *
 * Everything after the block is the body (the long description since Metadata 2.1)
 * and is never read as headers, even where a line of it looks like `Name: …`.
 */
function readHeaders(text) {
    const headers = new Map();
    let last = null;
    // A leading BOM is dropped, as before the move; Python's parser would keep it and read no headers.
    for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line)) {
            // A continuation before any header is dropped, as feedparser does (FirstHeaderLineIsContinuationDefect).
            if (last !== null)
                last[last.length - 1] += `\n${line}`;
            continue;
        }
        // An mbox "From " envelope line is not a header and does not end the block.
        if (line.startsWith('From '))
            continue;
        const header = /^([\x21-\x39\x3b-\x7e]*):/.exec(line);
        if (!header)
            break;
        const key = header[1].toLowerCase();
        // ": value" with an empty key is skipped (InvalidHeaderDefect); feedparser keeps folding into the header before it.
        if (key === '')
            continue;
        const list = headers.get(key) ?? [];
        list.push(line.slice(header[0].length));
        headers.set(key, list);
        last = list;
    }
    // Surrounding whitespace is trimmed (compat32 strips only the leading blanks of the first line).
    for (const list of headers.values())
        list.forEach((v, i) => (list[i] = v.trim()));
    return headers;
}
/** The single value of a header, or null when it is missing or given more than once differently. */
function singleHeader(headers, key) {
    const values = headers.get(key.toLowerCase());
    if (!values || values.length === 0)
        return null;
    return values.every((v) => v === values[0]) ? values[0] : null;
}

// EXTERNAL MODULE: ./src/checks/shared/dist-files.ts
var dist_files = __webpack_require__(77973);
// EXTERNAL MODULE: ./src/formats/wheel-name.ts
var wheel_name = __webpack_require__(75647);
;// CONCATENATED MODULE: ./src/checks/artifacts/wheels.ts











/**
 * Wheel contents are untrusted: a zip can claim millions of entries or inflate a
 * few bytes into gigabytes. Only the central directory and two small metadata
 * files are read, each bounded.
 */
const WHEEL_LIMITS = {
    /** More entries than any real wheel has (large scientific wheels hold a few tens of thousands). */
    maxEntries: 200_000,
    /** METADATA carries the long description (the README), so it gets room; WHEEL is a few lines. */
    maxMetadataBytes: 8 * 1024 * 1024
};
/** A wheel whose contents cannot be read or do not agree with its name; the message names what and why. */
class WheelContentError extends errors/* ReleaseGatesError */.O {
    name = 'WheelContentError';
    constructor(message) {
        super('artifact-content', message);
    }
}
async function readEntryText(zip, entry, maxBytes) {
    if (entry.uncompressedSize > maxBytes) {
        throw new WheelContentError(`${entry.fileName} declares ${entry.uncompressedSize} bytes; at most ${maxBytes} are read`);
    }
    const stream = await zip.openReadStreamPromise(entry);
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > maxBytes) {
            stream.destroy();
            throw new WheelContentError(`${entry.fileName} inflates past ${maxBytes} bytes`);
        }
        chunks.push(chunk);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    }
    catch {
        throw new WheelContentError(`${entry.fileName} is not UTF-8 text`);
    }
}
/** Reads the one `*.dist-info/` folder's METADATA and WHEEL from a wheel, bounded. */
async function readWheelFiles(file, limits = WHEEL_LIMITS) {
    let zip;
    try {
        // validateEntrySizes (the default) makes yauzl fail an entry whose bytes disagree with its declared size.
        zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true });
    }
    catch (error) {
        throw new WheelContentError(`is not a readable zip file (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 120)})`);
    }
    try {
        if (zip.entryCount > limits.maxEntries) {
            throw new WheelContentError(`has ${zip.entryCount} zip entries; at most ${limits.maxEntries} are accepted`);
        }
        const distInfos = new Set();
        const found = new Map();
        for await (const entry of zip.eachEntry()) {
            const m = /^([^/]+\.dist-info)\/(METADATA|WHEEL)?/.exec(entry.fileName);
            if (!m)
                continue;
            distInfos.add(m[1]);
            if (m[2] && entry.fileName === `${m[1]}/${m[2]}`) {
                if (found.has(entry.fileName))
                    throw new WheelContentError(`holds ${entry.fileName} twice`);
                found.set(entry.fileName, await readEntryText(zip, entry, limits.maxMetadataBytes));
            }
        }
        if (distInfos.size !== 1) {
            throw new WheelContentError(distInfos.size === 0
                ? 'has no .dist-info folder'
                : `has ${distInfos.size} .dist-info folders (${[...distInfos].map((d) => (0,util_text/* clip */.$)(d, 60)).join(', ')}); a wheel has exactly one`);
        }
        const distInfo = [...distInfos][0];
        const metadata = found.get(`${distInfo}/METADATA`);
        const wheel = found.get(`${distInfo}/WHEEL`);
        if (metadata === undefined)
            throw new WheelContentError(`has no ${(0,util_text/* clip */.$)(distInfo, 60)}/METADATA`);
        if (wheel === undefined)
            throw new WheelContentError(`has no ${(0,util_text/* clip */.$)(distInfo, 60)}/WHEEL`);
        return { distInfo, metadata, wheel };
    }
    catch (error) {
        if (error instanceof WheelContentError)
            throw error;
        throw new WheelContentError(`is a corrupt zip file (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 120)})`);
    }
    finally {
        zip.close();
    }
}
/** What is wrong inside one wheel (its metadata against its file name), or an empty list. */
async function wheelContentProblems(dir, wheel) {
    let files;
    try {
        files = await readWheelFiles(external_node_path_.join(dir, wheel.file));
    }
    catch (error) {
        return [`${wheel.file} ${(0,util_text/* messageOf */.b)(error)}; rebuild it`];
    }
    const problems = [];
    const dirMatch = /^(.+)-([^-]+)\.dist-info$/.exec(files.distInfo);
    if (!dirMatch || (0,src_version/* canonicalizeName */.yt)(dirMatch[1]) !== wheel.canonicalName || (0,wheel_name/* pep440Key */.$V)(dirMatch[2]) !== (0,wheel_name/* pep440Key */.$V)(wheel.version)) {
        problems.push(`${wheel.file}: its metadata folder ${(0,util_text/* clip */.$)(files.distInfo, 60)} is not ${wheel.name}-${wheel.version}.dist-info`);
    }
    const metadata = readHeaders(files.metadata);
    const name = singleHeader(metadata, 'Name');
    const version = singleHeader(metadata, 'Version');
    if (name === null || (0,src_version/* canonicalizeName */.yt)(name) !== wheel.canonicalName) {
        problems.push(`${wheel.file}: METADATA Name is ${name === null ? 'missing' : `"${(0,util_text/* clip */.$)(name)}"`}, the file name says ${wheel.name}`);
    }
    if (version === null || (0,wheel_name/* pep440Key */.$V)(version) !== (0,wheel_name/* pep440Key */.$V)(wheel.version)) {
        problems.push(`${wheel.file}: METADATA Version is ${version === null ? 'missing' : `"${(0,util_text/* clip */.$)(version)}"`}, the file name says ${wheel.version}`);
    }
    const declared = new Set(readHeaders(files.wheel).get('tag') ?? []);
    const expected = new Set((0,wheel_name/* expandTags */.Cu)(wheel));
    const missing = [...expected].filter((t) => !declared.has(t));
    const extra = [...declared].filter((t) => !expected.has(t));
    if (missing.length > 0 || extra.length > 0) {
        const parts = [
            missing.length
                ? `lacks Tag ${missing
                    .slice(0, 4)
                    .map((t) => (0,util_text/* clip */.$)(t, 60))
                    .join(', ')}`
                : '',
            extra.length
                ? `has Tag ${extra
                    .slice(0, 4)
                    .map((t) => (0,util_text/* clip */.$)(t, 60))
                    .join(', ')} not in the file name`
                : ''
        ].filter(Boolean);
        problems.push(`${wheel.file}: WHEEL ${parts.join(' and ')}`);
    }
    return problems;
}
async function checkWheels(ctx, pypi, version) {
    const pep440 = (0,src_version/* semverToPep440 */.Z9)(version);
    if (pep440 === null) {
        return (0,gate/* fail */.fJ)(`version ${version} has no PEP 440 spelling, so no wheel can carry it; use a prerelease of the form -alpha.N, -beta.N or -rc.N`);
    }
    const files = await (0,dist_files/* listDistFiles */.kP)(ctx);
    const wheelFiles = files.filter((f) => f.endsWith('.whl'));
    const sorted = (0,wheel_name/* classifyWheelNames */.yn)(wheelFiles, { project: pypi.project, version: pep440, python: pypi.python, platforms: pypi.platforms });
    const table = {
        title: `${pypi.project} ${pep440}: one wheel per interpreter × platform`,
        columns: ['interpreter', ...pypi.platforms],
        rows: pypi.python.map((interpreter, i) => [
            interpreter,
            ...pypi.platforms.map((_, j) => {
                const cell = sorted.cells[i][j];
                if (cell.length === 0)
                    return 'missing';
                return cell.length === 1 ? cell[0].file : `duplicate: ${cell.map((w) => w.file).join(', ')}`;
            })
        ])
    };
    const problems = [];
    pypi.python.forEach((interpreter, i) => pypi.platforms.forEach((family, j) => {
        const cell = sorted.cells[i][j];
        if (cell.length === 0)
            problems.push(`missing ${interpreter} × ${family}: no wheel in ${(0,dist_files/* shownDist */.sA)(ctx)}; download that build's artifact or fix the build matrix`);
        if (cell.length > 1) {
            problems.push(`duplicate ${interpreter} × ${family}: ${cell.map((w) => w.file).join(', ')}; keep exactly one (PyPI would serve either)`);
        }
    }));
    for (const { problem } of sorted.invalid)
        problems.push(`${problem}; remove it from ${(0,dist_files/* shownDist */.sA)(ctx)} or rename it to a valid wheel name`);
    for (const { wheel, reason } of sorted.foreign)
        problems.push(`${wheel.file} ${reason}; remove it from ${(0,dist_files/* shownDist */.sA)(ctx)} (it would be released with ${pep440})`);
    for (const wheel of sorted.outside) {
        problems.push(`${wheel.file} serves no configured interpreter × platform (python ${wheel.pythonTags.join('.')}, platform ${wheel.platformTags.join('.')}); add them to pypi.python/pypi.platforms or leave it out of ${(0,dist_files/* shownDist */.sA)(ctx)}`);
    }
    const ours = [...sorted.matched, ...sorted.outside];
    const contentProblems = await (0,map_limit/* mapLimit */.s)(ours, 4, (wheel) => wheelContentProblems(ctx.settings.distDir, wheel));
    problems.push(...contentProblems.flat());
    if (wheelFiles.length === 0) {
        return (0,gate/* fail */.fJ)(`no wheels (*.whl) in ${(0,dist_files/* shownDist */.sA)(ctx)}; download the wheel build artifacts into it before this gate`, { table, details: problems });
    }
    if (problems.length > 0)
        return (0,gate/* fail */.fJ)((0,util_problems/* summarizeProblems */.G)(problems, 'wheel'), { details: problems, table });
    const cells = pypi.python.length * pypi.platforms.length;
    return (0,gate/* pass */.IX)(`${sorted.matched.length} wheels of ${pypi.project} ${pep440} fill all ${cells} interpreter × platform cells; metadata agrees with every file name`, { table });
}
const wheels = (0,gate/* defineCheck */.qH)({
    id: 'wheels',
    sections: ['pypi'],
    run: (ctx, { pypi }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkWheels(ctx, pypi, version))
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/checks/artifacts/sdist.ts














/**
 * An sdist is untrusted too: the whole archive is read (so a truncated or
 * corrupt one fails) but never held in memory, and decompression is capped so a
 * gzip bomb ends the check instead of the runner.
 */
const SDIST_LIMITS = {
    maxEntries: 200_000,
    maxInflatedBytes: 2 * 1024 * 1024 * 1024,
    maxPkgInfoBytes: 8 * 1024 * 1024
};
class SdistContentError extends errors/* ReleaseGatesError */.O {
    name = 'SdistContentError';
    constructor(message) {
        super('artifact-content', message);
    }
}
async function readAll(stream, maxBytes, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > maxBytes)
            throw new SdistContentError(`${what} is larger than ${maxBytes} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Reads `member` (e.g. `sketchlog-1.3.0/PKG-INFO`) from a .tar.gz, streaming the whole archive through. */
async function readTarGzMember(file, member, limits = SDIST_LIMITS) {
    let inflated = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            inflated += chunk.length;
            if (inflated > limits.maxInflatedBytes)
                done(new SdistContentError(`inflates past ${limits.maxInflatedBytes} bytes`));
            else
                done(null, chunk);
        }
    });
    const extract = tar_stream.extract();
    const piping = (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(file), (0,external_node_zlib_.createGunzip)(), counter, extract);
    // The iteration below reports the same failure; this keeps the pipeline's rejection from going unhandled.
    piping.catch(() => undefined);
    let text = null;
    let entries = 0;
    try {
        for await (const entry of extract) {
            if (++entries > limits.maxEntries)
                throw new SdistContentError(`has more than ${limits.maxEntries} entries`);
            const name = entry.header.name.replace(/^\.\//, '');
            if (name === member && entry.header.type === 'file') {
                if (text !== null)
                    throw new SdistContentError(`holds ${member} twice`);
                text = (await readAll(entry, limits.maxPkgInfoBytes, member)).toString('utf8');
            }
            else {
                entry.resume();
            }
        }
        await piping;
    }
    catch (error) {
        extract.destroy();
        if (error instanceof SdistContentError)
            throw error;
        throw new SdistContentError(`is not a readable gzip-compressed tar archive (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 120)})`);
    }
    return text;
}
async function pkgInfoProblems(dir, file, project, pep440) {
    const stem = file.slice(0, -'.tar.gz'.length);
    let text;
    try {
        text = await readTarGzMember(external_node_path_.join(dir, file), `${stem}/PKG-INFO`);
    }
    catch (error) {
        return [`${file} ${(0,util_text/* messageOf */.b)(error)}; rebuild it`];
    }
    if (text === null)
        return [`${file} has no ${stem}/PKG-INFO; build the sdist with a standard build backend (python -m build --sdist)`];
    const headers = readHeaders(text);
    const name = singleHeader(headers, 'Name');
    const version = singleHeader(headers, 'Version');
    const problems = [];
    if (name === null || (0,src_version/* canonicalizeName */.yt)(name) !== (0,src_version/* canonicalizeName */.yt)(project)) {
        problems.push(`${file}: PKG-INFO Name is ${name === null ? 'missing' : `"${(0,util_text/* clip */.$)(name)}"`}, expected ${project}`);
    }
    if (version === null || (0,wheel_name/* pep440Key */.$V)(version) !== (0,wheel_name/* pep440Key */.$V)(pep440)) {
        problems.push(`${file}: PKG-INFO Version is ${version === null ? 'missing' : `"${(0,util_text/* clip */.$)(version)}"`}, expected ${pep440}`);
    }
    return problems;
}
async function checkSdist(ctx, project, version) {
    const pep440 = (0,src_version/* semverToPep440 */.Z9)(version);
    if (pep440 === null) {
        return (0,gate/* fail */.fJ)(`version ${version} has no PEP 440 spelling, so no sdist can carry it; use a prerelease of the form -alpha.N, -beta.N or -rc.N`);
    }
    const files = await (0,dist_files/* listDistFiles */.kP)(ctx);
    const expected = (0,wheel_name/* sdistFileName */.hJ)(project, pep440);
    const tarballs = files.filter((f) => f.endsWith('.tar.gz'));
    const problems = [];
    for (const file of tarballs) {
        if (file === expected)
            continue;
        const stem = file.slice(0, -'.tar.gz'.length);
        const dash = stem.lastIndexOf('-');
        const sameRelease = dash > 0 && (0,src_version/* canonicalizeName */.yt)(stem.slice(0, dash)) === (0,src_version/* canonicalizeName */.yt)(project) && (0,wheel_name/* pep440Key */.$V)(stem.slice(dash + 1)) === (0,wheel_name/* pep440Key */.$V)(pep440);
        // PyPI publishing uploads every .tar.gz beside the wheels as an sdist, so a stray one is never harmless.
        problems.push(sameRelease
            ? `${file} is not spelled as PEP 625 requires; rename it to ${expected} (current build backends write that name)`
            : `${file} is not the sdist of ${project} ${pep440} (${expected}); remove it from ${(0,dist_files/* shownDist */.sA)(ctx)}`);
    }
    if (!tarballs.includes(expected)) {
        problems.unshift(`no sdist ${expected} in ${(0,dist_files/* shownDist */.sA)(ctx)}; download the sdist build artifact into it before this gate`);
    }
    else {
        problems.push(...(await pkgInfoProblems(ctx.settings.distDir, expected, project, pep440)));
    }
    if (problems.length > 0)
        return (0,gate/* fail */.fJ)((0,util_problems/* summarizeProblems */.G)(problems, 'sdist'), { details: problems });
    return (0,gate/* pass */.IX)(`${expected} is the one sdist, and its PKG-INFO says ${project} ${pep440}`);
}
const sdist = (0,gate/* defineCheck */.qH)({
    id: 'sdist',
    sections: ['pypi'],
    run: (ctx, { pypi }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkSdist(ctx, pypi.project, version))
});

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/formats/checksum-file.ts
var checksum_file = __webpack_require__(74928);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/util/workspace-file.ts
var workspace_file = __webpack_require__(55680);
;// CONCATENATED MODULE: ./src/checks/artifacts/checksums.ts









/** Why the configured checksum file name is not a plain file name in dist, or null. */
function checksumFileNameProblem(name) {
    if (name === '.' || name === '..' || name.includes('/') || name.includes('\\') || name.startsWith('.')) {
        return `release.checksum "${(0,util_text/* clip */.$)(name)}" must be a plain file name in dist (like SHA256SUMS), not a path or a dot file`;
    }
    return (0,checksum_file/* checksumNameProblem */.cr)(name);
}
async function hashAll(dir, names) {
    const out = [];
    // One file at a time: hashing is disk-bound, and memory stays at one read buffer.
    for (const name of names)
        out.push({ name, ...(await (0,hash/* sha256File */.Q3)(external_node_path_.join(dir, name))) });
    return out;
}
function hashTable(hashed, title) {
    return { title, columns: ['file', 'sha256', 'bytes'], rows: [...hashed].sort(checksum_file/* byName */.nG).map((h) => [h.name, h.hex, String(h.size)]) };
}
/** Writes the checksum file beside the release files; a rename makes it appear whole or not at all. */
async function writeChecksumFile(dir, name, hashed) {
    // A dot file is not a release file, so the half-written temp file is never taken for one.
    const temp = external_node_path_.join(dir, `.${name}.${process.pid}.tmp`);
    try {
        await external_node_fs_promises_.writeFile(temp, (0,checksum_file/* formatChecksumFile */.HG)(hashed), { flag: 'wx' });
        await external_node_fs_promises_.rename(temp, external_node_path_.join(dir, name));
    }
    catch (error) {
        await external_node_fs_promises_.rm(temp, { force: true });
        throw error;
    }
}
/** Reads the checksum file confined to the workspace, as a regular file of at most MAX_CHECKSUM_FILE_BYTES. */
async function readChecksumFile(workspace, file, shown) {
    try {
        const real = await (0,workspace_file/* resolveInside */.LI)(workspace, file, shown);
        return (await (0,workspace_file/* readRegularFile */.XF)(real, shown, checksum_file/* MAX_CHECKSUM_FILE_BYTES */.cJ, 'a checksum file')).toString('utf8');
    }
    catch (error) {
        if (error instanceof workspace_file/* WorkspaceFileError */._n)
            throw new dist_files/* DistError */.bP(error.message, { cause: error });
        throw error;
    }
}
async function checkChecksums(ctx, checksumName) {
    const nameProblem = checksumFileNameProblem(checksumName);
    if (nameProblem)
        return (0,gate/* fail */.fJ)(nameProblem);
    const dir = ctx.settings.distDir;
    const shown = `${(0,dist_files/* shownDist */.sA)(ctx)}/${checksumName}`;
    const files = await (0,dist_files/* listDistFiles */.kP)(ctx);
    const releaseFiles = files.filter((f) => f !== checksumName);
    if (releaseFiles.length === 0)
        return (0,gate/* fail */.fJ)(`${(0,dist_files/* shownDist */.sA)(ctx)} holds no release files to checksum; download the build artifacts into it first`);
    const badNames = releaseFiles.map(checksum_file/* checksumNameProblem */.cr).filter((p) => p !== null);
    if (badNames.length > 0)
        return (0,gate/* fail */.fJ)((0,util_problems/* summarizeProblems */.G)(badNames, 'file name'), { details: badNames });
    const exists = files.includes(checksumName);
    let listed = null;
    if (exists) {
        let text;
        try {
            text = await readChecksumFile(ctx.settings.workspace, external_node_path_.join(dir, checksumName), shown);
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(error instanceof dist_files/* DistError */.bP ? error.message : `${shown} cannot be read: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 120)}`);
        }
        const parsed = (0,checksum_file/* parseChecksumFile */.j7)(text, shown);
        if (!parsed.ok)
            return (0,gate/* fail */.fJ)(`${parsed.problem}; delete it to have this gate write it, or regenerate it with sha256sum`);
        listed = new Map(parsed.entries.map((e) => [e.name, e.hex]));
    }
    const hashed = await hashAll(dir, releaseFiles);
    const outputs = { checksums: external_node_path_.join(dir, checksumName) };
    if (listed === null) {
        try {
            await writeChecksumFile(dir, checksumName, hashed);
        }
        catch (error) {
            const code = error.code;
            return (0,gate/* fail */.fJ)(`${shown} cannot be written (${code ?? (0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 120)}); make ${(0,dist_files/* shownDist */.sA)(ctx)} writable for the job`);
        }
        return (0,gate/* pass */.IX)(`wrote ${shown} over ${hashed.length} release files`, { table: hashTable(hashed, `${checksumName} (written)`), outputs });
    }
    const problems = [];
    for (const h of hashed) {
        const want = listed.get(h.name);
        if (want === undefined)
            problems.push(`${h.name} is in ${(0,dist_files/* shownDist */.sA)(ctx)} but not listed in ${shown}`);
        else if (want !== h.hex)
            problems.push(`${h.name} does not match ${shown}: the file hashes to ${h.hex}, the list says ${want}`);
    }
    const present = new Set(releaseFiles);
    for (const name of listed.keys()) {
        if (!present.has(name))
            problems.push(`${shown} lists ${(0,util_text/* clip */.$)(name)}, which is not in ${(0,dist_files/* shownDist */.sA)(ctx)}`);
    }
    if (problems.length > 0) {
        const fix = `re-download the files, or delete ${shown} to have it written afresh`;
        return (0,gate/* fail */.fJ)(`${(0,util_problems/* summarizeProblems */.G)(problems, 'checksum')}; ${fix}`, { details: problems, table: hashTable(hashed, `${checksumName} (verified)`) });
    }
    return (0,gate/* pass */.IX)(`${shown} matches all ${hashed.length} release files`, { table: hashTable(hashed, `${checksumName} (verified)`), outputs });
}
const checksums = (0,gate/* defineCheck */.qH)({
    id: 'checksums',
    sections: ['release'],
    run: (ctx, { release }) => checkChecksums(ctx, release.checksum)
});

;// CONCATENATED MODULE: ./src/gates/artifacts.ts



/** Complete wheel matrix, sdist and checksums, over the downloaded dist folder. */
const artifacts = {
    id: 'artifacts',
    title: 'Complete wheel matrix, sdist and checksums',
    checks: [wheels, sdist, checksums]
};


/***/ }),

/***/ 55680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ readWorkspaceChunks),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   _n: () => (/* binding */ WorkspaceFileError),
/* harmony export */   h_: () => (/* binding */ fileKind),
/* harmony export */   tA: () => (/* binding */ readWorkspaceText)
/* harmony export */ });
/* unused harmony export symlinkOnPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24964);






/**
 * A workspace file that cannot be used: outside the workspace (by path or by
 * symlink), not a regular file, too large, or unreadable. The message names the
 * file as the person wrote it and says why; `reason` lets a caller tell "missing"
 * apart from the rest (a missing config gets its own advice).
 */
class WorkspaceFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseGatesError */ .O {
    reason;
    name = 'WorkspaceFileError';
    constructor(message, reason, options) {
        super('workspace-file', message, options);
        this.reason = reason;
    }
}
/** What a non-regular file is, in words a person recognises. */
function fileKind(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a named pipe (FIFO)';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isSymbolicLink())
        return 'a symlink';
    return 'not a regular file';
}
/**
 * Resolves `target` (relative to `root`, or absolute) to its real path and
 * refuses it when it lands outside `root`'s real path: `../`, an absolute path
 * elsewhere, or a symlink anywhere on the way whose target is outside. `shown`
 * names the file in messages.
 */
async function resolveInside(root, target, shown) {
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root, target);
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isOutside */ ._)(root, lexical)) {
        throw new WorkspaceFileError(`${shown} is outside the workspace ${root}; give a path inside it`, 'outside');
    }
    let realRoot;
    try {
        realRoot = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath(root);
    }
    catch (error) {
        throw new WorkspaceFileError(`the workspace ${root} cannot be resolved (${codeOf(error)})`, 'unreadable', { cause: error });
    }
    let real;
    try {
        real = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath(lexical);
    }
    catch (error) {
        const code = error.code;
        // A dangling symlink is not "missing": say where it points, so the fix is obvious.
        const link = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink(lexical).catch(() => null);
        if (link !== null) {
            throw new WorkspaceFileError(`${shown} is a symlink to ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(link, 120)}, which cannot be resolved (${code ?? 'error'})`, 'unreadable', {
                cause: error
            });
        }
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new WorkspaceFileError(`${shown} does not exist in the workspace`, 'missing', { cause: error });
        throw new WorkspaceFileError(`${shown} cannot be resolved (${codeOf(error)})`, 'unreadable', { cause: error });
    }
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isOutside */ ._)(realRoot, real)) {
        throw new WorkspaceFileError(`${shown} is a symlink to ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(real, 120)}, outside the workspace; refusing to read it`, 'outside');
    }
    return real;
}
function codeOf(error) {
    return error.code ?? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error), 120);
}
/**
 * Opens a file that must be a regular file of at most `maxBytes` and hands the open descriptor and its size
 * to `read`. It is opened with O_NONBLOCK (a FIFO cannot block the open) and O_NOFOLLOW (a file swapped for
 * a symlink after it was resolved is refused), then judged by fstat of the open descriptor, so what is
 * judged is what is read. Errors of `read` other than WorkspaceFileError become "cannot be read".
 */
async function withRegularFile(real, shown, maxBytes, purpose, read) {
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new WorkspaceFileError(`${shown} does not exist in the workspace`, 'missing', { cause: error });
        if (code === 'ELOOP')
            throw new WorkspaceFileError(`${shown} was replaced by a symlink while being read; refusing to follow it`, 'outside', { cause: error });
        if (code === 'ENXIO')
            throw new WorkspaceFileError(`${shown} is a socket or device, not a regular file`, 'not-regular', { cause: error });
        throw new WorkspaceFileError(`${shown} cannot be opened (${codeOf(error)})`, 'unreadable', { cause: error });
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new WorkspaceFileError(`${shown} is ${fileKind(stat)}, not a regular file; point it at the file itself`, 'not-regular');
        if (stat.size > maxBytes) {
            throw new WorkspaceFileError(`${shown} is ${stat.size} bytes; ${purpose} may be at most ${maxBytes} bytes`, 'too-large');
        }
        return await read(handle, stat.size);
    }
    catch (error) {
        if (error instanceof WorkspaceFileError)
            throw error;
        throw new WorkspaceFileError(`${shown} cannot be read (${codeOf(error)})`, 'unreadable', { cause: error });
    }
    finally {
        await handle.close();
    }
}
const grewPast = (shown, maxBytes, purpose) => new WorkspaceFileError(`${shown} grew past ${maxBytes} bytes while being read; ${purpose} may be at most ${maxBytes} bytes`, 'too-large');
/**
 * Reads a file that must be a regular file of at most `maxBytes` (see withRegularFile). At most maxBytes + 1
 * bytes are read, so a file that grows while being read cannot exhaust memory.
 */
function readRegularFile(real, shown, maxBytes, purpose) {
    return withRegularFile(real, shown, maxBytes, purpose, async (handle, size) => {
        // One byte past the stated size, so reaching the end is seen without a second read of a full buffer.
        let buffer = Buffer.alloc(Math.min(maxBytes + 1, size + 1));
        let filled = 0;
        for (;;) {
            if (filled === buffer.length) {
                if (buffer.length > maxBytes)
                    throw grewPast(shown, maxBytes, purpose);
                // The file grew after fstat; keep reading, still within the cap.
                const larger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
                buffer.copy(larger);
                buffer = larger;
            }
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    });
}
/** Bytes read at a time by readWorkspaceChunks. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * Reads `rel` as readWorkspaceText does (confined to the workspace, a regular file, at most `maxBytes`), but
 * hands its bytes to `onChunk` a MiB at a time instead of returning them, so a reader that streams (a scan
 * report, an SBOM) never holds the whole file. Each chunk is a fresh buffer the callee may keep. What
 * `onChunk` throws ends the read and is thrown as it is; every refusal of the file is a WorkspaceFileError.
 */
async function readWorkspaceChunks(root, rel, options, onChunk) {
    const { shown, real } = await resolveWorkspaceRel(root, rel, options);
    let consumerError = null;
    await withRegularFile(real, shown, options.maxBytes, options.purpose, async (handle) => {
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
            const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
            if (bytesRead === 0)
                return;
            total += bytesRead;
            if (total > options.maxBytes)
                throw grewPast(shown, options.maxBytes, options.purpose);
            try {
                onChunk(chunk.subarray(0, bytesRead));
            }
            catch (error) {
                consumerError = { error };
                return;
            }
        }
    });
    if (consumerError !== null)
        throw consumerError.error;
}
/**
 * Reads `rel` (relative to the workspace `root`) as UTF-8 text: confined to the
 * workspace by its real path, a regular file, at most `maxBytes`. Every refusal
 * is a WorkspaceFileError naming the file.
 */
async function readWorkspaceText(root, rel, options) {
    const { shown, real } = await resolveWorkspaceRel(root, rel, options);
    const bytes = await readRegularFile(real, shown, options.maxBytes, options.purpose);
    return bytes.toString('utf8');
}
/** `rel`'s real path inside the workspace, and how messages name it; an absolute path outside is refused. */
async function resolveWorkspaceRel(root, rel, options) {
    const shown = options.shown ?? `"${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(rel)}"`;
    if (node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel) || node_path__WEBPACK_IMPORTED_MODULE_2__.win32.isAbsolute(rel)) {
        if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isOutside */ ._)(root, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(rel))) {
            throw new WorkspaceFileError(`${shown} is an absolute path; give a path relative to the workspace`, 'outside');
        }
    }
    return { shown, real: await resolveInside(root, rel, shown) };
}
/**
 * The first symlink on `rel`'s path under `root` (the file itself or a folder on the way), or null. A file the
 * release reads from the commit must not be a symlink (git stores the link, not the file), so what edits files in
 * the working tree refuses them first.
 */
async function symlinkOnPath(root, rel) {
    const parts = path.normalize(rel).split(path.sep).filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
        const sub = parts.slice(0, i).join('/');
        const info = await fs.lstat(path.join(root, sub)).catch(() => null);
        if (info === null)
            return null;
        if (info.isSymbolicLink())
            return { via: sub, target: await fs.readlink(path.join(root, sub)), isFile: i === parts.length };
    }
    return null;
}


/***/ })

};
