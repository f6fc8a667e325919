export const id = 53;
export const ids = [53];
export const modules = {

/***/ 14567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ changelog)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81956);
/* harmony import */ var _formats_changelog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64086);
/* harmony import */ var _shared_workspace_reads_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33266);




/** `changelog`: the changelog has a heading for the version. */
const changelog = (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .defineCheck */ .qH)({
    id: 'changelog',
    sections: ['changelog'],
    run(ctx, { changelog: file }) {
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .withVersion */ .$2)(ctx, async (version) => {
            const head = await (0,_shared_workspace_reads_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceCommit */ .ph)(ctx);
            if (head.problem)
                return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(head.problem);
            const content = await (0,_shared_workspace_reads_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkspaceFileOnce */ .Nc)(ctx, file);
            if (!content.ok)
                return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`changelog ${content.problem}`);
            const read = (0,_formats_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .readLevel2Headings */ .QE)(content.text);
            if (!read.ok)
                return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${file} ${read.problem}; the changelog cannot be checked`);
            const all = read.headings;
            const wanted = (0,_formats_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .headingPattern */ .Df)(version);
            const heading = all.find((line) => wanted.test(line));
            if (heading)
                return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(`${file} has a heading for ${version}`, { details: [heading] });
            const headings = (0,_formats_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .versionHeadings */ ._k)(all);
            // A heading that mentions the version but not in the agreed form is the likeliest near miss.
            const nearMiss = headings.filter((h) => h.version === version).map((h) => h.line);
            const latest = headings.slice(0, 3).map((h) => h.line);
            const details = [
                `expected a heading like "## ${version}", "## [${version}] - YYYY-MM-DD" or "## v${version} (YYYY-MM-DD)"`,
                ...nearMiss.map((h) => `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(h, 100)}" names ${version} but is not in that form`),
                latest.length > 0 ? `newest version headings: ${latest.map((h) => `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(h, 60)}"`).join(', ')}` : 'the changelog has no version headings at all'
            ];
            // The heading suggested is the one bump writes (the same function builds it), so following either gives the same file.
            return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${file} has no heading for ${version}; run release-gates bump ${version}, which adds "${(0,_formats_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .changelogHeading */ .bZ)(version, 'YYYY-MM-DD')}" (today's date), or add that heading with its changes`, { details });
        });
    }
});


/***/ }),

/***/ 70579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ coupledVersions)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81956);
/* harmony import */ var _formats_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6839);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _shared_workspace_reads_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33266);





const COLUMNS = ['file', 'key/pattern', 'version found', 'verdict'];
/** What the file must say: Python files are read as PEP 440, everything else as SemVer. */
function expected(file, version) {
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isPythonFile */ .te)(file))
        return version;
    return (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .semverToPep440 */ .Z9)(version) ?? `${version} (no PEP 440 equivalent)`;
}
/** Reads one entry's version and judges it; never throws, so every entry gets its row. */
async function checkEntry(entry, version, read) {
    const where = 'key' in entry ? `key ${entry.key}` : `pattern ${entry.pattern}`;
    const base = { file: entry.file, where };
    /** `problem` is a full sentence that already names the file. */
    const error = (problem) => ({ ...base, found: '—', verdict: 'error', problem });
    const content = await read(entry.file);
    if (!content.ok)
        return error(content.problem);
    let value;
    if ('key' in entry) {
        const format = (0,_formats_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestFormat */ .dt)(entry.file);
        if (format === null)
            return error(`${entry.file}: "key" reads .toml, .json, .yaml and .yml files only; use "pattern" for this file`);
        const parsed = (0,_formats_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(content.text, format);
        if (!parsed.ok)
            return error(`${entry.file}: ${parsed.problem}`);
        const lookup = (0,_formats_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readDottedKey */ .O_)(parsed.data, entry.key);
        if (!lookup.ok)
            return error(`${entry.file}: ${lookup.problem}`);
        value = lookup.value;
    }
    else {
        const lookup = (0,_formats_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readPattern */ .ZS)(content.text, entry.pattern);
        if (!lookup.ok)
            return error(`${entry.file}: ${lookup.problem} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(entry.pattern, 60)})`);
        value = lookup.value;
    }
    // Registries and tools do not agree on trimming (" 1.2.3 " is 1.2.3 to semver, an invalid version to npm publish), so a version is exact.
    if (value !== value.trim() || value === '') {
        return {
            ...base,
            found: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(JSON.stringify(value), 80),
            verdict: 'mismatch',
            problem: `${entry.file} (${where}) has ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(JSON.stringify(value), 60)}, with whitespace around the version; write it as ${expected(entry.file, version)} exactly`
        };
    }
    const found = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(value, 80);
    const python = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isPythonFile */ .te)(entry.file);
    if (python ? (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .pep440Matches */ .$e)(value, version) : (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .semverMatches */ .S5)(value, version)) {
        return { ...base, found, verdict: 'ok', problem: null };
    }
    const scheme = python ? 'PEP 440' : 'SemVer';
    // The same version with a v in front is the likeliest slip: say so, since Helm and npm would publish that spelling.
    const prefixed = !python && /^\s*[v=]/.test(value) && (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .semverMatches */ .S5)(value.trim().slice(1), version);
    const hint = prefixed ? `; write it without the "${value.trim()[0]}" (registries publish the spelling as written)` : '';
    return {
        ...base,
        found,
        verdict: 'mismatch',
        problem: `${entry.file} (${where}) has ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(value, 60)}, expected ${expected(entry.file, version)} (${scheme})${hint}`
    };
}
/**
 * `coupled-versions`: every `versions` entry carries the tag's version. The
 * table lists every file, key and version found, so a drift is visible at once.
 */
const coupledVersions = (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .defineCheck */ .qH)({
    id: 'coupled-versions',
    sections: ['versions'],
    run(ctx, { versions: entries }) {
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .withVersion */ .$2)(ctx, async (version) => {
            const head = await (0,_shared_workspace_reads_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceCommit */ .ph)(ctx);
            if (head.problem)
                return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(head.problem);
            // Several entries may read one file (Chart.yaml: version and appVersion); read it once.
            const read = (file) => (0,_shared_workspace_reads_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkspaceFileOnce */ .Nc)(ctx, file);
            const rows = await Promise.all(entries.map((entry) => checkEntry(entry, version, read)));
            const table = {
                columns: COLUMNS,
                rows: rows.map((r) => [r.file, r.where, r.found, r.verdict])
            };
            // Two entries of one missing file would say the same thing twice.
            const problems = [...new Set(rows.flatMap((r) => (r.problem === null ? [] : [r.problem])))];
            const notes = head.notGit && !head.workingTree ? ['the workspace is not a git checkout, so the files cannot be tied to the commit; they were read as they are'] : [];
            if (problems.length === 0) {
                return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(`all ${rows.length} coupled versions are ${version}`, { table, details: notes });
            }
            const failed = rows.filter((r) => r.problem !== null);
            // Entries are counted, so they are listed one by one too: a file with two entries (Chart.yaml version and appVersion) is named with each key.
            const entriesOf = new Map();
            for (const r of rows)
                entriesOf.set(r.file, (entriesOf.get(r.file) ?? 0) + 1);
            const shownEntry = (r) => (entriesOf.get(r.file) > 1 ? `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(r.file, 60)} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(r.where.replace(/^key /, ''), 60)})` : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(r.file, 60));
            const summary = failed.length === 1 ? problems[0] : `${failed.length} of ${rows.length} coupled versions are not ${version}: ${failed.map(shownEntry).join(', ')}`;
            return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(summary, { table, details: [...problems, ...notes] });
        });
    }
});


/***/ }),

/***/ 64086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ headingPattern),
/* harmony export */   QE: () => (/* binding */ readLevel2Headings),
/* harmony export */   _k: () => (/* binding */ versionHeadings),
/* harmony export */   bZ: () => (/* binding */ changelogHeading),
/* harmony export */   wl: () => (/* binding */ addChangelogHeading)
/* harmony export */ });
/* unused harmony export MAX_CONTAINER_PREFIX */
/* harmony import */ var marked__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48022);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _manifest_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82052);
/**
 * Changelogs in Markdown (Keep a Changelog and the release tools' forms): the level-2 headings a
 * Markdown reader sees, the heading for one version, and adding that heading while keeping every
 * other byte. Pure: text in, headings or the edited text out. Headings are read with marked's block
 * lexer, so a `## 1.2.3` inside a code fence, an HTML comment, a quote or a list does not count.
 */




// An ISO date, bare or in parentheses, after an optional dash: "- 2026-11-20", "(2026-11-20)", "– 2026-11-20".
const DATE = String.raw `(?:[ \t]*[-–—])?[ \t]*(?:\d{4}-\d{2}-\d{2}|\(\d{4}-\d{2}-\d{2}\))`;
/**
 * The heading for exactly `version`: `## X.Y.Z` or `## [X.Y.Z]`, optional `v`,
 * optional date and nothing else, so that `## 1.2.30` or `## 1.2.3-rc.1` is
 * never taken for 1.2.3. The bracketed form may be a link (`## [1.2.3](…compare/…)`),
 * as release-please and standard-version write it.
 */
function headingPattern(version) {
    const v = `v?${(0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeRegExp */ .Nt)(version)}`;
    return new RegExp(`^##[ \\t]+(?:\\[${v}\\](?:\\([^)\\s]*\\))?|${v})(?:${DATE})?[ \\t\\r]*$`, 'm');
}
// The first version a heading names, to show what the changelog does have.
const VERSION_IN_HEADING = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)/;
/**
 * Container prefixes (indentation, `>` quotes, list markers) longer than this are
 * refused: marked's block lexer is quadratic or worse in nesting depth (`> > > …`
 * over one long line, lists nested hundreds deep), and no changelog nests that deep.
 */
const MAX_CONTAINER_PREFIX = 256;
const CONTAINER_PREFIX = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/gm;
/**
 * The changelog's level-2 `##` headings as a Markdown reader sees them, in file
 * order: a `## 1.2.3` inside an HTML comment, a fenced code block, a quote or a
 * list is not a heading and does not count. Only top-level tokens are read, and
 * only the block lexer runs (inline parsing is not needed for headings and is
 * where marked is slowest on hostile text).
 */
function readLevel2Headings(text) {
    const read = readHeadings(text);
    return read.ok ? { ok: true, headings: level2(read.headings).map((h) => h.line) } : read;
}
/** The ATX headings of the top-level block tokens, with offsets in the LF-normalised text, or why the text cannot be read. */
function readHeadings(text) {
    for (const match of text.matchAll(CONTAINER_PREFIX)) {
        if (match[0].length > MAX_CONTAINER_PREFIX) {
            const line = text.slice(0, match.index).split('\n').length;
            return {
                ok: false,
                problem: `line ${line} nests quotes, lists or indentation ${match[0].length} characters deep (at most ${MAX_CONTAINER_PREFIX} are read)`
            };
        }
    }
    try {
        // Line endings normalised as Lexer.lex does before it calls the block lexer.
        return { ok: true, headings: blockHeadings(text.replace(/\r\n?/g, '\n')) };
    }
    catch (error) {
        if (error instanceof _manifest_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .RewriteError */ .LS)
            return { ok: false, problem: error.message };
        // A RangeError from a regular expression on a hostile file: fail closed, naming it.
        return { ok: false, problem: `cannot be read as Markdown (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(error instanceof Error ? error.message : String(error), 120)})` };
    }
}
/** The `##` headings among `headings`. */
const level2 = (headings) => headings.filter((h) => h.depth === 2 && /^##([ \t]|$)/.test(h.line));
/** Level-2 headings that name a version, in file order (newest first in a changelog). */
function versionHeadings(headings) {
    return headings.flatMap((line) => {
        const match = VERSION_IN_HEADING.exec(line);
        return match ? [{ line, version: match[1] }] : [];
    });
}
// ---------------------------------------------------------------------------
// Adding a heading
// A heading that starts with a version (`## 1.2`, `## [v1.2.3]`) or names a full one anywhere (`## Release 1.2.3`), as the changelog check reads them.
const VERSION_HEADING = /^##[ \t]+\[?v?\d+\.\d+|\bv?\d+\.\d+\.\d+/;
const UNRELEASED_HEADING = /^##[ \t]+\[?unreleased\b/i;
/** Text lexed at a time (see blockHeadings); doubled while a window holds no heading to resume at. */
const LEX_WINDOW = 16 * 1024;
/**
 * The ATX headings among the top-level block tokens of `normalised` (LF line endings), with their offsets.
 *
 * Lexing a whole changelog at once builds marked's token tree for all of it (every paragraph, list and code
 * block with its raw and text copies, and the inline queue): some 25 times the text, so a 5 MB changelog
 * held over 100 MiB, and bump lexed it twice. Only the headings are needed, so the text is lexed a window
 * at a time and each window's tokens are dropped once its headings are taken. A window's tokens are kept
 * only up to its last top-level heading that starts a line: a block before such a heading has ended there
 * (a heading interrupts a paragraph, a list or a quote, and an open code fence or HTML block would have
 * swallowed it), so those tokens are what lexing the whole text gives; the next window starts at that
 * heading. When the raw texts of the tokens do not add up to the window (marked skipped text), the whole
 * text is lexed at once, as before.
 */
function blockHeadings(normalised) {
    const headings = [];
    let start = 0;
    let size = LEX_WINDOW;
    while (start < normalised.length) {
        const end = start + size >= normalised.length ? normalised.length : normalised.indexOf('\n', start + size) + 1 || normalised.length;
        const last = end === normalised.length;
        const tokens = new marked__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG({ gfm: true }).blockTokens(normalised.slice(start, end), []);
        const found = [];
        let offset = start;
        let resume = -1;
        for (const token of tokens) {
            if (!normalised.startsWith(token.raw, offset))
                return start === 0 && last ? unmapped() : lexedWhole(normalised);
            if (token.type === 'heading') {
                const line = token.raw.split('\n')[0].trim();
                if (offset > start && token.raw.startsWith('#'))
                    resume = found.length;
                // ATX only, as the changelog check reads headings; a setext heading's first line is its text.
                if (/^#{1,6}([ \t]|$)/.test(line))
                    found.push({ offset: normalised.lastIndexOf('\n', offset - 1) + 1, depth: token.depth, line });
            }
            offset += token.raw.length;
        }
        if (last) {
            headings.push(...found);
            break;
        }
        if (resume < 0) {
            // No heading to resume at past the window's start: lex a larger window from the same place.
            size *= 2;
            continue;
        }
        headings.push(...found.slice(0, resume));
        start = found[resume].offset;
        size = LEX_WINDOW;
    }
    return headings;
}
function unmapped() {
    throw new _manifest_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .RewriteError */ .LS('cannot be mapped to Markdown blocks (the lexer skipped text); add the heading by hand');
}
/** As blockHeadings, lexing the whole text at once: for a text whose tokens do not map back onto it window by window. */
function lexedWhole(normalised) {
    const tokens = new marked__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG({ gfm: true }).blockTokens(normalised, []);
    const headings = [];
    let offset = 0;
    for (const token of tokens) {
        if (!normalised.startsWith(token.raw, offset))
            unmapped();
        if (token.type === 'heading') {
            const line = token.raw.split('\n')[0].trim();
            if (/^#{1,6}([ \t]|$)/.test(line))
                headings.push({ offset: normalised.lastIndexOf('\n', offset - 1) + 1, depth: token.depth, line });
        }
        offset += token.raw.length;
    }
    return headings;
}
/** Offset in `text` of offset `normalisedOffset` in `text` with CRLF and lone CR turned into LF. */
function originalOffset(text, normalisedOffset) {
    let seen = 0;
    let i = 0;
    while (seen < normalisedOffset && i < text.length) {
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
        seen++;
    }
    return i;
}
/** The heading bump writes for `version` (and the changelog check suggests): `## 1.2.3 - 2026-11-20`. */
function changelogHeading(version, date) {
    return `## ${version} - ${date}`;
}
/**
 * Adds `## <version> - <date>` to a changelog: right below an `## Unreleased` heading (its notes become the
 * version's), else above the newest version heading, or at the end when there is no version heading.
 * Null when the changelog already has a heading for the version (any form the
 * changelog check accepts, such as `## [1.2.3]`). Headings are found with marked,
 * so a heading inside a code fence or an HTML comment does not count. The file's
 * line ending (CRLF or LF) is kept. Throws RewriteError when the text cannot be read as Markdown.
 */
function addChangelogHeading(text, version, date) {
    // One lex for both questions (is the version there, where does its heading go).
    const read = readHeadings(text);
    if (!read.ok)
        throw new _manifest_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .RewriteError */ .LS(read.problem);
    const headings = level2(read.headings);
    const wanted = headingPattern(version);
    if (headings.some((h) => wanted.test(h.line)))
        return null;
    const heading = changelogHeading(version, date);
    const eol = /\r?\n/.exec(text)?.[0] ?? '\n';
    const unreleased = headings.findIndex((h) => UNRELEASED_HEADING.test(h.line));
    if (unreleased >= 0) {
        // As Keep a Changelog does: the Unreleased notes become the new version's section. The heading goes right
        // below `## [Unreleased]`, which stays, empty, above it.
        const normalised = text.replace(/\r\n?/g, '\n');
        const lineEnd = normalised.indexOf('\n', headings[unreleased].offset);
        if (lineEnd < 0)
            return { text: `${text}${eol}${eol}${heading}${eol}`, heading };
        const at = originalOffset(text, lineEnd + 1);
        return { text: `${text.slice(0, at)}${eol}${heading}${eol}${text.slice(at)}`, heading };
    }
    const before = headings.find((h) => VERSION_HEADING.test(h.line));
    if (before) {
        const at = originalOffset(text, before.offset);
        return { text: `${text.slice(0, at)}${heading}${eol}${eol}${text.slice(at)}`, heading };
    }
    if (text === '')
        return { text: `${heading}${eol}`, heading };
    // One line ending to close the last line, then one blank line before the heading.
    const tail = text.slice(-4).replace(/\r\n?/g, '\n');
    const missing = tail.endsWith('\n\n') ? '' : tail.endsWith('\n') ? eol : `${eol}${eol}`;
    return { text: `${text}${missing}${heading}${eol}`, heading };
}


/***/ }),

/***/ 82052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ RewriteError),
/* harmony export */   mQ: () => (/* binding */ replacePatternValue),
/* harmony export */   ru: () => (/* binding */ replaceKeyValue)
/* harmony export */ });
/* unused harmony export MAX_REWRITE_CANDIDATES */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_version_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64763);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6839);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * Editing the version a manifest holds without re-serialising it: the value at a dotted key of a
 * TOML, JSON or YAML text, or what a config pattern's capture group holds, is replaced and nothing
 * else, so comments, quoting, key order, indentation and line endings stay byte for byte. Pure:
 * text in, the edited text out, or a RewriteError saying why the edit cannot be made that way.
 */





/** A value that cannot be replaced without changing something else in the file (a manifest or the changelog); the message says why. */
class RewriteError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseGatesError */ .O {
    name = 'RewriteError';
    constructor(message, options) {
        super('rewrite', message, options);
    }
}
/**
 * Occurrences of the old value tried as the one to replace. Each try re-parses the
 * file, so a file that repeats the value thousands of times is refused instead.
 */
const MAX_REWRITE_CANDIDATES = 100;
/** Sets a dotted key, with readDottedKey's rules (own properties, numeric segments index arrays). */
function setDottedKey(data, key, value) {
    const segments = key.split('.');
    let node = data;
    for (const [i, segment] of segments.entries()) {
        const last = i === segments.length - 1;
        let container;
        let slot;
        if (Array.isArray(node)) {
            const index = /^\d+$/.test(segment) ? Number(segment) : -1;
            if (index < 0 || index >= node.length)
                return false;
            container = node;
            slot = index;
        }
        else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
            container = node;
            slot = segment;
        }
        else {
            return false;
        }
        if (last) {
            container[slot] = value;
            return true;
        }
        node = container[slot];
    }
    return false;
}
/** Start offsets of every occurrence of `literal` in `text`, at most `limit + 1` of them. */
function occurrences(text, literal, limit) {
    const found = [];
    for (let at = text.indexOf(literal); at !== -1 && found.length <= limit; at = text.indexOf(literal, at + 1))
        found.push(at);
    return found;
}
/**
 * Replaces the value of `key` in a TOML, JSON or YAML text without re-serialising it.
 *
 * No parser at hand keeps source positions for all three formats (smol-toml has
 * none), so each occurrence of the old value's text is tried: the one accepted is
 * the occurrence whose replacement makes the parsed document equal to the old one
 * with only `key` changed. Anything else (a comment, a dependency pinned to the
 * same version, another table's `version`) changes the document differently and
 * is left alone. No occurrence, or more than one, is a RewriteError.
 */
function replaceKeyValue(text, format, key, newValue) {
    const parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(text, format);
    if (!parsed.ok)
        throw new RewriteError(parsed.problem);
    const lookup = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readDottedKey */ .O_)(parsed.data, key);
    if (!lookup.ok)
        throw new RewriteError(lookup.problem);
    const old = lookup.value;
    if (old === newValue)
        return { text, old };
    if (old === '')
        throw new RewriteError(`key "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(key)}" is empty; write the version by hand`);
    // A fresh parse, not a clone: parsed TOML dates are objects a structured clone would not keep.
    const expected = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(text, format);
    if (!expected.ok || !setDottedKey(expected.data, key, newValue))
        throw new RewriteError(`key "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(key)}" cannot be set`);
    const cannot = (why) => new RewriteError(`cannot rewrite ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(key)} without touching anything else (${why}); edit it by hand`);
    const starts = occurrences(text, old, MAX_REWRITE_CANDIDATES);
    if (starts.length > MAX_REWRITE_CANDIDATES)
        throw cannot(`"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(old, 40)}" occurs more than ${MAX_REWRITE_CANDIDATES} times`);
    const accepted = starts.flatMap((start) => {
        const candidate = text.slice(0, start) + newValue + text.slice(start + old.length);
        const reparsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(candidate, format);
        if (!reparsed.ok)
            return [];
        const now = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readDottedKey */ .O_)(reparsed.data, key);
        return now.ok && now.value === newValue && (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(reparsed.data, expected.data) ? [candidate] : [];
    });
    if (accepted.length === 0)
        throw cannot(`no occurrence of "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(old, 40)}" in the text holds the key's value alone`);
    if (accepted.length > 1)
        throw cannot(`${accepted.length} occurrences of "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(old, 40)}" would each do`);
    return { text: accepted[0], old };
}
/**
 * Replaces what a `pattern` entry's capture group holds. Every match is rewritten
 * (readPattern requires that they all agree), and the result must read back as
 * `newValue` through the same pattern, or it is a RewriteError.
 */
function replacePatternValue(text, pattern, newValue) {
    let matcher;
    try {
        matcher = (0,_util_version_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .compileVersionPattern */ .a)(pattern).matcher(text);
    }
    catch (error) {
        throw new RewriteError(`pattern is not a valid RE2 regular expression: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error).split('\n')[0] ?? '', 120)}`, { cause: error });
    }
    const spans = [];
    const values = new Set();
    while (matcher.find()) {
        const start = matcher.start(1);
        let end = matcher.end(1);
        if (start < 0)
            continue;
        // A trailing CR is the file's line ending (CRLF), not part of the version, as readPattern reads it.
        if (text[end - 1] === '\r' && end > start)
            end--;
        spans.push([start, end]);
        values.add(text.slice(start, end));
    }
    if (spans.length === 0)
        throw new RewriteError('pattern has no match');
    if (values.size > 1) {
        throw new RewriteError(`pattern matches different versions (${[...values].map((v) => `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(v, 40)}"`).join(', ')}); anchor it to the one version`);
    }
    const old = [...values][0];
    if (old === newValue)
        return { text, old };
    if (old === '')
        throw new RewriteError('pattern captures an empty value; write the version by hand');
    let out = '';
    let from = 0;
    for (const [start, end] of spans) {
        out += text.slice(from, start) + newValue;
        from = end;
    }
    out += text.slice(from);
    const check = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readPattern */ .ZS)(out, pattern);
    if (!check.ok || check.value !== newValue) {
        const found = check.ok ? `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(check.value, 40)}"` : check.problem;
        throw new RewriteError(`after writing ${newValue}, the pattern reads ${found}; widen the pattern to match ${newValue} or edit the file by hand`);
    }
    return { text: out, old };
}


/***/ }),

/***/ 6839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   O_: () => (/* binding */ readDottedKey),
/* harmony export */   ZS: () => (/* binding */ readPattern),
/* harmony export */   dt: () => (/* binding */ manifestFormat)
/* harmony export */ });
/* unused harmony export MAX_MANIFEST_ITEMS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _util_version_pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64763);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39869);
/**
 * Version holders: TOML, JSON and YAML manifests (`pyproject.toml`, `package.json`, `Chart.yaml`)
 * read by a dotted key, and any other text file read with a config pattern's capture group.
 * Pure functions over the text: reading the file from the release commit or the workspace is
 * src/checks/shared/workspace-reads.ts's part.
 */





/**
 * Keys and list items in a YAML manifest: a large OpenAPI document has tens of thousands.
 * Parsing costs about 3 KiB per entry, so this bound keeps a hostile manifest under ~150 MiB.
 */
const MAX_MANIFEST_ITEMS = 50_000;
/** The structured format `key` entries are read as, by file extension; null for any other file. */
function manifestFormat(file) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0__.extname(file).toLowerCase();
    if (ext === '.toml')
        return 'toml';
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    return null;
}
/** Parser messages span lines (with a caret diagram); the first line is the one a person needs. */
function firstLine(error) {
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error).split('\n')[0]?.trim() ?? '', 160);
}
/** Parses manifest text; a `.yaml` file holding JSON is fine, since YAML 1.2 is a superset of JSON. */
function parseManifest(text, format) {
    try {
        switch (format) {
            case 'toml':
                return { ok: true, data: (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text) };
            case 'json':
                return { ok: true, data: JSON.parse(text) };
            case 'yaml':
                // Bounded and linear in time: `yaml`'s own duplicate-key check is quadratic in the keys of a mapping.
                return (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlBounded */ .W)(text, { maxItems: MAX_MANIFEST_ITEMS, maxAliasCount: 100 });
        }
    }
    catch (error) {
        return { ok: false, problem: `is not valid ${format.toUpperCase()}: ${firstLine(error)}` };
    }
}
/**
 * Reads a dotted key (`project.version`, `info.version`; a numeric segment
 * indexes an array). Only own properties count, so `constructor` or
 * `__proto__` can never resolve to something the file does not hold.
 */
function readDottedKey(data, key) {
    let node = data;
    const segments = key.split('.');
    for (const [i, segment] of segments.entries()) {
        const walked = segments.slice(0, i + 1).join('.');
        if (Array.isArray(node)) {
            const index = /^\d+$/.test(segment) ? Number(segment) : -1;
            if (index < 0 || index >= node.length)
                return { ok: false, problem: `has no key "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(walked)}"` };
            node = node[index];
        }
        else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
            node = node[segment];
        }
        else {
            return { ok: false, problem: `has no key "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(walked)}"` };
        }
    }
    if (typeof node === 'string')
        return { ok: true, value: node };
    if (typeof node === 'number') {
        // A YAML `appVersion: 1.10` is the number 1.1: the spelling is already lost, so say how to keep it.
        return { ok: false, problem: `key "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(key)}" holds the number ${node}, not a version string; quote it` };
    }
    const kind = node === null ? 'null' : Array.isArray(node) ? 'a list' : typeof node === 'object' ? 'a table' : typeof node;
    return { ok: false, problem: `key "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(key)}" holds ${kind}, not a version string` };
}
/**
 * Finds the version with a config pattern (one capture group). Every match
 * must agree: if the pattern also catches, say, a dependency's version, taking
 * the first match would be a guess.
 */
function readPattern(text, pattern) {
    let matcher;
    try {
        // RE2 (re2js): linear in the text, so a pattern that would backtrack catastrophically cannot hang the run.
        matcher = (0,_util_version_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .compileVersionPattern */ .a)(pattern).matcher(text);
    }
    catch (error) {
        return { ok: false, problem: `pattern is not a valid RE2 regular expression: ${firstLine(error)}` };
    }
    const found = new Set();
    while (found.size < 2 && matcher.find()) {
        const value = matcher.group(1);
        // A trailing CR is the file's line ending (CRLF), not part of the version; other whitespace is kept and judged.
        if (value !== null)
            found.add(value.replace(/\r$/, ''));
    }
    if (found.size === 0)
        return { ok: false, problem: 'pattern has no match' };
    const values = [...found];
    if (values.length > 1) {
        return {
            ok: false,
            problem: `pattern matches different versions (${values.map((v) => `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(v, 40)}"`).join(', ')}); anchor it to the one version`
        };
    }
    return { ok: true, value: values[0] };
}


/***/ })

};
