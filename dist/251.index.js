export const id = 251;
export const ids = [251];
export const modules = {

/***/ 762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_TAG_CHAIN),
/* harmony export */   x: () => (/* binding */ peelTag)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);

/**
 * Tags may point at tags; git itself peels without a limit, but a chain longer
 * than this is a mistake or a trap, and every hop costs one request.
 */
const MAX_TAG_CHAIN = 5;
/**
 * Resolves a tag through `git/ref` and, for annotated tags, `git/tags` (peeled),
 * following at most MAX_TAG_CHAIN tag objects. Errors from GitHub propagate.
 * Each check words the outcome itself.
 */
async function peelTag(github, tag) {
    const ref = await github.getTagRef(tag);
    if (ref === null)
        return { kind: 'missing' };
    const hops = [`refs/tags/${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(tag)} → ${ref.object.type} ${ref.object.sha}`];
    let target = ref.object;
    let firstTagName = null;
    for (let depth = 0; target.type === 'tag'; depth++) {
        if (depth === MAX_TAG_CHAIN)
            return { kind: 'chain-too-long', hops };
        const object = await github.getTagObject(target.sha);
        firstTagName ??= object.tag;
        hops.push(`tag object ${object.sha} ("${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(object.tag, 60)}") → ${object.object.type} ${object.object.sha}`);
        target = object.object;
    }
    return { kind: 'peeled', target, annotated: firstTagName !== null, firstTagName, hops };
}


/***/ }),

/***/ 33266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nc: () => (/* binding */ readWorkspaceFileOnce),
/* harmony export */   ph: () => (/* binding */ workspaceCommit)
/* harmony export */ });
/* unused harmony exports MAX_MANIFEST_BYTES, readWorkspaceFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24964);
/* harmony import */ var _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55680);
/**
 * Config-named files (manifests, the changelog, go.mod) as the release commit holds them, or as
 * the workspace does outside a checkout, with every problem a sentence naming the file. What the
 * text means is read in src/formats/ (manifest.ts, changelog.ts, go-mod.ts).
 */




/**
 * Manifests are small text files; anything bigger is not one, and reading it
 * whole (or running a config pattern over it) would only waste the runner.
 */
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
/** Why `rel` cannot name a file in the workspace by its spelling alone (absolute, or `..` out of it), or null. */
function pathProblem(workspace, rel, shown) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel) || node_path__WEBPACK_IMPORTED_MODULE_0__.win32.isAbsolute(rel))
        return `${shown} is an absolute path; give a path relative to the workspace`;
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isOutside */ ._)(workspace, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, rel)))
        return `${shown} leaves the workspace; give a path inside it`;
    return null;
}
/**
 * Reads a config-named file from the workspace's working tree. Refuses a path
 * that leaves the workspace (`../`, absolute, or a symlink whose target is
 * outside), anything but a regular file (a FIFO or device fails at once instead
 * of blocking), and a file over MAX_MANIFEST_BYTES. Every problem is a sentence
 * naming the file.
 */
async function readWorkspaceFile(workspace, rel) {
    const shown = `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}"`;
    const problem = pathProblem(workspace, rel, shown);
    if (problem)
        return { ok: false, problem };
    try {
        return { ok: true, text: await (0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkspaceText */ .tA)(workspace, rel, { maxBytes: MAX_MANIFEST_BYTES, purpose: 'a manifest', shown }) };
    }
    catch (error) {
        if (error instanceof _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkspaceFileError */ ._n)
            return { ok: false, problem: error.message };
        return { ok: false, problem: `${shown} cannot be read: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error), 120)}` };
    }
}
/**
 * Reads `rel` as committed in the commit being released. A working tree can be
 * rewritten after checkout (a build step that bumps versions, a dirty runner),
 * so when the workspace is a checkout, the commit is the source of truth.
 */
async function readCommittedFile(ctx, rel) {
    const { workspace, sha } = ctx.settings;
    const shown = `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}"`;
    const at = `the release commit ${sha.slice(0, 12)}`;
    let file;
    try {
        file = await ctx.clients.git.showFile(workspace, sha, rel, MAX_MANIFEST_BYTES);
    }
    catch (error) {
        return { ok: false, problem: `${shown} cannot be read from ${at}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error), 200)}` };
    }
    switch (file.kind) {
        case 'file':
            return { ok: true, text: file.text };
        case 'missing':
            return { ok: false, problem: `${shown} does not exist in ${at}` };
        case 'symlink':
            if (file.via) {
                return {
                    ok: false,
                    problem: `${shown} lies under "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(file.via)}", a symlink in ${at} (to ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(file.target, 80)}); name the real folder instead`
                };
            }
            return { ok: false, problem: `${shown} is a symlink in ${at} (to ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(file.target, 80)}); point the config at the file itself` };
        case 'not-a-file':
            return { ok: false, problem: `${shown} is ${file.type} in ${at}, not a regular file` };
        case 'too-large':
            return { ok: false, problem: `${shown} is ${file.size} bytes in ${at}; a manifest may be at most ${MAX_MANIFEST_BYTES} bytes` };
    }
}
/**
 * A config-named file (a manifest, the changelog, go.mod), once per gate run
 * (ctx.once, keyed by the path as the config writes it): checks that read the
 * same file share one read. When the workspace is a git checkout the file is
 * read from the commit being released (`git ls-tree`/`cat-file`), otherwise from
 * the working tree, confined to the workspace.
 */
function readWorkspaceFileOnce(ctx, rel) {
    return ctx.once(`workspace-file:${rel}`, async () => {
        const problem = pathProblem(ctx.settings.workspace, rel, `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}"`);
        if (problem)
            return { ok: false, problem };
        let commit;
        try {
            commit = await workspaceCommit(ctx);
        }
        catch (error) {
            return { ok: false, problem: `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}" cannot be tied to the release commit: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error), 200)}` };
        }
        return commit.notGit ? readWorkspaceFile(ctx.settings.workspace, rel) : readCommittedFile(ctx, rel);
    });
}
/**
 * Whether the workspace files belong to `sha`: a problem sentence when the
 * workspace is a git checkout at another commit, null when it matches or is
 * not a git checkout (`notGit` tells the caller). Shared between the checks
 * that read the workspace, so git runs once per gate.
 */
function workspaceCommit(ctx) {
    return ctx.once('workspace-head', async () => {
        // `bump` checks the files it has just written, before they are committed.
        if (ctx.settings.readWorkingTree)
            return { problem: null, notGit: true, workingTree: true };
        const head = await ctx.clients.git.headSha(ctx.settings.workspace);
        if (head === null)
            return { problem: null, notGit: true };
        if (head !== ctx.settings.sha) {
            return {
                problem: `the workspace is checked out at ${head}, not at the commit being released ${ctx.settings.sha}; check out the release commit (actions/checkout with ref: \${{ github.sha }})`,
                notGit: false
            };
        }
        return { problem: null, notGit: false };
    });
}


/***/ }),

/***/ 44251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflight: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./node_modules/marked/lib/marked.esm.js
var marked_esm = __webpack_require__(48022);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/util/version-pattern.ts
var version_pattern = __webpack_require__(64763);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/util/yaml.ts
var yaml = __webpack_require__(39869);
;// CONCATENATED MODULE: ./src/formats/manifest.ts
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
    const ext = external_node_path_.extname(file).toLowerCase();
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
    return (0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error).split('\n')[0]?.trim() ?? '', 160);
}
/** Parses manifest text; a `.yaml` file holding JSON is fine, since YAML 1.2 is a superset of JSON. */
function manifest_parseManifest(text, format) {
    try {
        switch (format) {
            case 'toml':
                return { ok: true, data: (0,dist/* parse */.qg)(text) };
            case 'json':
                return { ok: true, data: JSON.parse(text) };
            case 'yaml':
                // Bounded and linear in time: `yaml`'s own duplicate-key check is quadratic in the keys of a mapping.
                return (0,yaml/* parseYamlBounded */.W)(text, { maxItems: MAX_MANIFEST_ITEMS, maxAliasCount: 100 });
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
function manifest_readDottedKey(data, key) {
    let node = data;
    const segments = key.split('.');
    for (const [i, segment] of segments.entries()) {
        const walked = segments.slice(0, i + 1).join('.');
        if (Array.isArray(node)) {
            const index = /^\d+$/.test(segment) ? Number(segment) : -1;
            if (index < 0 || index >= node.length)
                return { ok: false, problem: `has no key "${(0,util_text/* clip */.$)(walked)}"` };
            node = node[index];
        }
        else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
            node = node[segment];
        }
        else {
            return { ok: false, problem: `has no key "${(0,util_text/* clip */.$)(walked)}"` };
        }
    }
    if (typeof node === 'string')
        return { ok: true, value: node };
    if (typeof node === 'number') {
        // A YAML `appVersion: 1.10` is the number 1.1: the spelling is already lost, so say how to keep it.
        return { ok: false, problem: `key "${(0,util_text/* clip */.$)(key)}" holds the number ${node}, not a version string; quote it` };
    }
    const kind = node === null ? 'null' : Array.isArray(node) ? 'a list' : typeof node === 'object' ? 'a table' : typeof node;
    return { ok: false, problem: `key "${(0,util_text/* clip */.$)(key)}" holds ${kind}, not a version string` };
}
/**
 * Finds the version with a config pattern (one capture group). Every match
 * must agree: if the pattern also catches, say, a dependency's version, taking
 * the first match would be a guess.
 */
function manifest_readPattern(text, pattern) {
    let matcher;
    try {
        // RE2 (re2js): linear in the text, so a pattern that would backtrack catastrophically cannot hang the run.
        matcher = (0,version_pattern/* compileVersionPattern */.a)(pattern).matcher(text);
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
            problem: `pattern matches different versions (${values.map((v) => `"${(0,util_text/* clip */.$)(v, 40)}"`).join(', ')}); anchor it to the one version`
        };
    }
    return { ok: true, value: values[0] };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/formats/manifest-edit.ts
/**
 * Editing the version a manifest holds without re-serialising it: the value at a dotted key of a
 * TOML, JSON or YAML text, or what a config pattern's capture group holds, is replaced and nothing
 * else, so comments, quoting, key order, indentation and line endings stay byte for byte. Pure:
 * text in, the edited text out, or a RewriteError saying why the edit cannot be made that way.
 */





/** A value that cannot be replaced without changing something else in the file (a manifest or the changelog); the message says why. */
class manifest_edit_RewriteError extends errors/* ReleaseGatesError */.O {
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
    const parsed = parseManifest(text, format);
    if (!parsed.ok)
        throw new manifest_edit_RewriteError(parsed.problem);
    const lookup = readDottedKey(parsed.data, key);
    if (!lookup.ok)
        throw new manifest_edit_RewriteError(lookup.problem);
    const old = lookup.value;
    if (old === newValue)
        return { text, old };
    if (old === '')
        throw new manifest_edit_RewriteError(`key "${clip(key)}" is empty; write the version by hand`);
    // A fresh parse, not a clone: parsed TOML dates are objects a structured clone would not keep.
    const expected = parseManifest(text, format);
    if (!expected.ok || !setDottedKey(expected.data, key, newValue))
        throw new manifest_edit_RewriteError(`key "${clip(key)}" cannot be set`);
    const cannot = (why) => new manifest_edit_RewriteError(`cannot rewrite ${clip(key)} without touching anything else (${why}); edit it by hand`);
    const starts = occurrences(text, old, MAX_REWRITE_CANDIDATES);
    if (starts.length > MAX_REWRITE_CANDIDATES)
        throw cannot(`"${clip(old, 40)}" occurs more than ${MAX_REWRITE_CANDIDATES} times`);
    const accepted = starts.flatMap((start) => {
        const candidate = text.slice(0, start) + newValue + text.slice(start + old.length);
        const reparsed = parseManifest(candidate, format);
        if (!reparsed.ok)
            return [];
        const now = readDottedKey(reparsed.data, key);
        return now.ok && now.value === newValue && isDeepStrictEqual(reparsed.data, expected.data) ? [candidate] : [];
    });
    if (accepted.length === 0)
        throw cannot(`no occurrence of "${clip(old, 40)}" in the text holds the key's value alone`);
    if (accepted.length > 1)
        throw cannot(`${accepted.length} occurrences of "${clip(old, 40)}" would each do`);
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
        matcher = compileVersionPattern(pattern).matcher(text);
    }
    catch (error) {
        throw new manifest_edit_RewriteError(`pattern is not a valid RE2 regular expression: ${clip(messageOf(error).split('\n')[0] ?? '', 120)}`, { cause: error });
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
        throw new manifest_edit_RewriteError('pattern has no match');
    if (values.size > 1) {
        throw new manifest_edit_RewriteError(`pattern matches different versions (${[...values].map((v) => `"${clip(v, 40)}"`).join(', ')}); anchor it to the one version`);
    }
    const old = [...values][0];
    if (old === newValue)
        return { text, old };
    if (old === '')
        throw new manifest_edit_RewriteError('pattern captures an empty value; write the version by hand');
    let out = '';
    let from = 0;
    for (const [start, end] of spans) {
        out += text.slice(from, start) + newValue;
        from = end;
    }
    out += text.slice(from);
    const check = readPattern(out, pattern);
    if (!check.ok || check.value !== newValue) {
        const found = check.ok ? `"${clip(check.value, 40)}"` : check.problem;
        throw new manifest_edit_RewriteError(`after writing ${newValue}, the pattern reads ${found}; widen the pattern to match ${newValue} or edit the file by hand`);
    }
    return { text: out, old };
}

;// CONCATENATED MODULE: ./src/formats/changelog.ts
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
    const v = `v?${(0,src_version/* escapeRegExp */.Nt)(version)}`;
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
        if (error instanceof manifest_edit_RewriteError)
            return { ok: false, problem: error.message };
        // A RangeError from a regular expression on a hostile file: fail closed, naming it.
        return { ok: false, problem: `cannot be read as Markdown (${(0,util_text/* clip */.$)(error instanceof Error ? error.message : String(error), 120)})` };
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
        const tokens = new marked_esm/* Lexer */.JG({ gfm: true }).blockTokens(normalised.slice(start, end), []);
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
    throw new manifest_edit_RewriteError('cannot be mapped to Markdown blocks (the lexer skipped text); add the heading by hand');
}
/** As blockHeadings, lexing the whole text at once: for a text whose tokens do not map back onto it window by window. */
function lexedWhole(normalised) {
    const tokens = new marked_esm/* Lexer */.JG({ gfm: true }).blockTokens(normalised, []);
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
        throw new RewriteError(read.problem);
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

// EXTERNAL MODULE: ./src/checks/shared/workspace-reads.ts
var workspace_reads = __webpack_require__(33266);
;// CONCATENATED MODULE: ./src/checks/preflight/changelog.ts




/** `changelog`: the changelog has a heading for the version. */
const changelog = (0,gate/* defineCheck */.qH)({
    id: 'changelog',
    sections: ['changelog'],
    run(ctx, { changelog: file }) {
        return (0,gate/* withVersion */.$2)(ctx, async (version) => {
            const head = await (0,workspace_reads/* workspaceCommit */.ph)(ctx);
            if (head.problem)
                return (0,gate/* fail */.fJ)(head.problem);
            const content = await (0,workspace_reads/* readWorkspaceFileOnce */.Nc)(ctx, file);
            if (!content.ok)
                return (0,gate/* fail */.fJ)(`changelog ${content.problem}`);
            const read = readLevel2Headings(content.text);
            if (!read.ok)
                return (0,gate/* fail */.fJ)(`${file} ${read.problem}; the changelog cannot be checked`);
            const all = read.headings;
            const wanted = headingPattern(version);
            const heading = all.find((line) => wanted.test(line));
            if (heading)
                return (0,gate/* pass */.IX)(`${file} has a heading for ${version}`, { details: [heading] });
            const headings = versionHeadings(all);
            // A heading that mentions the version but not in the agreed form is the likeliest near miss.
            const nearMiss = headings.filter((h) => h.version === version).map((h) => h.line);
            const latest = headings.slice(0, 3).map((h) => h.line);
            const details = [
                `expected a heading like "## ${version}", "## [${version}] - YYYY-MM-DD" or "## v${version} (YYYY-MM-DD)"`,
                ...nearMiss.map((h) => `"${(0,util_text/* clip */.$)(h, 100)}" names ${version} but is not in that form`),
                latest.length > 0 ? `newest version headings: ${latest.map((h) => `"${(0,util_text/* clip */.$)(h, 60)}"`).join(', ')}` : 'the changelog has no version headings at all'
            ];
            // The heading suggested is the one bump writes (the same function builds it), so following either gives the same file.
            return (0,gate/* fail */.fJ)(`${file} has no heading for ${version}; run release-gates bump ${version}, which adds "${changelogHeading(version, 'YYYY-MM-DD')}" (today's date), or add that heading with its changes`, { details });
        });
    }
});

;// CONCATENATED MODULE: ./src/checks/preflight/coupled-versions.ts





const COLUMNS = ['file', 'key/pattern', 'version found', 'verdict'];
/** What the file must say: Python files are read as PEP 440, everything else as SemVer. */
function expected(file, version) {
    if (!(0,src_version/* isPythonFile */.te)(file))
        return version;
    return (0,src_version/* semverToPep440 */.Z9)(version) ?? `${version} (no PEP 440 equivalent)`;
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
        const format = manifestFormat(entry.file);
        if (format === null)
            return error(`${entry.file}: "key" reads .toml, .json, .yaml and .yml files only; use "pattern" for this file`);
        const parsed = manifest_parseManifest(content.text, format);
        if (!parsed.ok)
            return error(`${entry.file}: ${parsed.problem}`);
        const lookup = manifest_readDottedKey(parsed.data, entry.key);
        if (!lookup.ok)
            return error(`${entry.file}: ${lookup.problem}`);
        value = lookup.value;
    }
    else {
        const lookup = manifest_readPattern(content.text, entry.pattern);
        if (!lookup.ok)
            return error(`${entry.file}: ${lookup.problem} (${(0,util_text/* clip */.$)(entry.pattern, 60)})`);
        value = lookup.value;
    }
    // Registries and tools do not agree on trimming (" 1.2.3 " is 1.2.3 to semver, an invalid version to npm publish), so a version is exact.
    if (value !== value.trim() || value === '') {
        return {
            ...base,
            found: (0,util_text/* clip */.$)(JSON.stringify(value), 80),
            verdict: 'mismatch',
            problem: `${entry.file} (${where}) has ${(0,util_text/* clip */.$)(JSON.stringify(value), 60)}, with whitespace around the version; write it as ${expected(entry.file, version)} exactly`
        };
    }
    const found = (0,util_text/* clip */.$)(value, 80);
    const python = (0,src_version/* isPythonFile */.te)(entry.file);
    if (python ? (0,src_version/* pep440Matches */.$e)(value, version) : (0,src_version/* semverMatches */.S5)(value, version)) {
        return { ...base, found, verdict: 'ok', problem: null };
    }
    const scheme = python ? 'PEP 440' : 'SemVer';
    // The same version with a v in front is the likeliest slip: say so, since Helm and npm would publish that spelling.
    const prefixed = !python && /^\s*[v=]/.test(value) && (0,src_version/* semverMatches */.S5)(value.trim().slice(1), version);
    const hint = prefixed ? `; write it without the "${value.trim()[0]}" (registries publish the spelling as written)` : '';
    return {
        ...base,
        found,
        verdict: 'mismatch',
        problem: `${entry.file} (${where}) has ${(0,util_text/* clip */.$)(value, 60)}, expected ${expected(entry.file, version)} (${scheme})${hint}`
    };
}
/**
 * `coupled-versions`: every `versions` entry carries the tag's version. The
 * table lists every file, key and version found, so a drift is visible at once.
 */
const coupledVersions = (0,gate/* defineCheck */.qH)({
    id: 'coupled-versions',
    sections: ['versions'],
    run(ctx, { versions: entries }) {
        return (0,gate/* withVersion */.$2)(ctx, async (version) => {
            const head = await (0,workspace_reads/* workspaceCommit */.ph)(ctx);
            if (head.problem)
                return (0,gate/* fail */.fJ)(head.problem);
            // Several entries may read one file (Chart.yaml: version and appVersion); read it once.
            const read = (file) => (0,workspace_reads/* readWorkspaceFileOnce */.Nc)(ctx, file);
            const rows = await Promise.all(entries.map((entry) => checkEntry(entry, version, read)));
            const table = {
                columns: COLUMNS,
                rows: rows.map((r) => [r.file, r.where, r.found, r.verdict])
            };
            // Two entries of one missing file would say the same thing twice.
            const problems = [...new Set(rows.flatMap((r) => (r.problem === null ? [] : [r.problem])))];
            const notes = head.notGit && !head.workingTree ? ['the workspace is not a git checkout, so the files cannot be tied to the commit; they were read as they are'] : [];
            if (problems.length === 0) {
                return (0,gate/* pass */.IX)(`all ${rows.length} coupled versions are ${version}`, { table, details: notes });
            }
            const failed = rows.filter((r) => r.problem !== null);
            // Entries are counted, so they are listed one by one too: a file with two entries (Chart.yaml version and appVersion) is named with each key.
            const entriesOf = new Map();
            for (const r of rows)
                entriesOf.set(r.file, (entriesOf.get(r.file) ?? 0) + 1);
            const shownEntry = (r) => (entriesOf.get(r.file) > 1 ? `${(0,util_text/* clip */.$)(r.file, 60)} (${(0,util_text/* clip */.$)(r.where.replace(/^key /, ''), 60)})` : (0,util_text/* clip */.$)(r.file, 60));
            const summary = failed.length === 1 ? problems[0] : `${failed.length} of ${rows.length} coupled versions are not ${version}: ${failed.map(shownEntry).join(', ')}`;
            return (0,gate/* fail */.fJ)(summary, { table, details: [...problems, ...notes] });
        });
    }
});

// EXTERNAL MODULE: ./src/util/poll.ts
var poll = __webpack_require__(66451);
;// CONCATENATED MODULE: ./src/checks/preflight/main-ci.ts



function attempt(run) {
    return run.runAttempt > 1 ? ` on attempt ${run.runAttempt} (re-run)` : '';
}
function describe(run) {
    const state = run.status === 'completed' ? (run.conclusion ?? 'no conclusion') : (run.status ?? 'unknown status');
    return `run ${run.id}${run.runAttempt > 1 ? ` attempt ${run.runAttempt}` : ''}: ${(0,util_text/* clip */.$)(state, 30)}`;
}
function newestFirst(runs) {
    return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}
/**
 * A run object shows its latest attempt, so a failed run that was re-run and
 * succeeded counts, and a successful run whose re-run is in progress waits.
 * One successful matching run is enough: the commit was proven once.
 */
function decide(runs) {
    const ordered = newestFirst(runs);
    const passed = ordered.find((r) => r.status === 'completed' && r.conclusion === 'success');
    if (passed)
        return { kind: 'passed', run: passed };
    const running = ordered.filter((r) => r.status !== 'completed');
    if (running.length > 0)
        return { kind: 'running', runs: running };
    if (ordered.length > 0)
        return { kind: 'failed', runs: ordered };
    return { kind: 'none' };
}
/**
 * Explains runs for this exact commit that do not count (another event or
 * branch). Costs one request, made only when the check already fails.
 */
async function nearMisses(ctx, main, counts) {
    const sha = ctx.settings.sha;
    let runs;
    try {
        const page = await ctx.clients.github.listWorkflowRuns(main.workflow, { headSha: sha });
        runs = page.notModified ? [] : page.runs;
    }
    catch (error) {
        return { explanations: [], links: [], lookupProblem: `could not look for other runs of this commit: ${(0,util_text/* messageOf */.b)(error)}` };
    }
    const others = newestFirst(runs.filter((r) => r.headSha.toLowerCase() === sha && !counts(r)));
    // Successes first: "it did pass, just not where it counts" is the most useful thing to read.
    others.sort((a, b) => Number(b.conclusion === 'success') - Number(a.conclusion === 'success'));
    const shown = others.slice(0, 5);
    const branch = (0,util_text/* clip */.$)(main.branch);
    const explanations = shown.map((r) => {
        const succeeded = r.status === 'completed' && r.conclusion === 'success';
        const outcome = succeeded
            ? 'succeeded'
            : r.status !== 'completed'
                ? `is ${(0,util_text/* clip */.$)(r.status ?? 'in an unknown state', 30)}`
                : `concluded ${(0,util_text/* clip */.$)(r.conclusion ?? 'nothing', 30)}`;
        if (r.event !== 'push') {
            return `a ${(0,util_text/* clip */.$)(r.event, 40)} run ${outcome} for this commit, but only push runs on ${branch} count`;
        }
        const where = `a push run on branch "${(0,util_text/* clip */.$)(r.headBranch ?? '(none)', 60)}" ${outcome} for this commit`;
        return succeeded ? `${where}; success found only on another branch does not count, only ${branch} does` : `${where}, but only runs on ${branch} count`;
    });
    return { explanations, links: shown.map((r) => r.htmlUrl), lookupProblem: null };
}
async function checkMainCi(ctx, main) {
    const { sha } = ctx.settings;
    const workflow = (0,util_text/* clip */.$)(main.workflow);
    const branch = (0,util_text/* clip */.$)(main.branch);
    const counts = (r) => r.headSha.toLowerCase() === sha && r.event === 'push' && r.headBranch === main.branch;
    // Before a tag exists (`prepare`, `tag`), the merge may be seconds old and GitHub may not have
    // created its push run yet: no run is then "not yet". On a tag push the run is long there or never.
    const awaitMissing = ctx.settings.gate === 'prepare' || ctx.settings.gate === 'tag';
    let etag;
    let runs = [];
    const waited = await (0,poll/* poll */.wt)(ctx, `main-ci: ${workflow} push run on ${branch} for ${sha.slice(0, 12)}`, (0,poll/* pollHost */.iz)(ctx.settings.apiUrl), async () => {
        // The etag makes an unchanged answer a 304, which GitHub does not count against the rate limit.
        const page = await ctx.clients.github.listWorkflowRuns(main.workflow, { headSha: sha, event: 'push', branch: main.branch }, etag);
        if (!page.notModified) {
            etag = page.etag;
            // The server may ignore a filter (older GitHub Enterprise Server ignores head_sha): filter here too.
            runs = page.runs.filter(counts);
        }
        const verdict = decide(runs);
        if (verdict.kind === 'none' && awaitMissing)
            return { done: false, seen: 'no run yet', value: verdict };
        if (verdict.kind !== 'running')
            return { done: true, value: verdict };
        return { done: false, seen: verdict.runs.map(describe).join(', '), value: verdict };
    });
    const verdict = waited.value;
    const waitNote = (0,poll/* waitNote */.Cm)(waited);
    const exact = `the ${workflow} push run on ${branch} for ${sha.slice(0, 12)}`;
    switch (verdict.kind) {
        case 'passed':
            return (0,gate/* pass */.IX)(`${exact} succeeded${attempt(verdict.run)}`, {
                details: [describe(verdict.run), ...waitNote],
                links: [verdict.run.htmlUrl]
            });
        case 'running': {
            const newest = verdict.runs[0];
            const state = (0,util_text/* clip */.$)(newest.status ?? 'unknown', 30);
            const summary = `${exact} is still ${state}${(0,poll/* waitAdvice */.o1)(ctx.wait, waited, 're-run this job when it finishes', 'the run to finish')}`;
            return (0,gate/* fail */.fJ)(summary, { details: [...verdict.runs.map(describe), ...waitNote], links: verdict.runs.map((r) => r.htmlUrl) });
        }
        case 'failed': {
            const newest = verdict.runs[0];
            const misses = await nearMisses(ctx, main, counts);
            return (0,gate/* fail */.fJ)(`${exact} concluded ${(0,util_text/* clip */.$)(newest.conclusion ?? 'nothing', 30)}${attempt(newest)}; fix the failure and re-run it, then re-run this job`, {
                details: [...verdict.runs.map(describe), ...misses.explanations, ...(misses.lookupProblem ? [misses.lookupProblem] : []), ...waitNote],
                links: [...verdict.runs.map((r) => r.htmlUrl), ...misses.links]
            });
        }
        case 'none': {
            const misses = await nearMisses(ctx, main, counts);
            const first = misses.explanations[0];
            return (0,gate/* fail */.fJ)(`no ${workflow} push run on ${branch} for exactly ${sha}${first ? `; ${first}` : ''}`, {
                details: [
                    ...misses.explanations,
                    ...(misses.lookupProblem ? [misses.lookupProblem] : []),
                    `only a push run on ${branch} for exactly this commit counts; runs for other commits, such as its parent, do not: merge the commit to ${branch} and let ${workflow} run on it`,
                    ...waitNote
                ],
                links: misses.links
            });
        }
    }
}
/**
 * `main-ci`: a run of `main.workflow` for exactly `sha`, event push, branch
 * `main.branch`, concluded success on its latest attempt; a queued or running
 * one is awaited up to `wait-minutes`.
 */
const mainCi = (0,gate/* defineCheck */.qH)({
    id: 'main-ci',
    sections: ['main'],
    releaseOnly: 'exact-main CI',
    run: (ctx, { main }) => checkMainCi(ctx, main)
});

;// CONCATENATED MODULE: ./src/checks/preflight/on-main.ts


function commits(n) {
    return `${n} commit${n === 1 ? '' : 's'}`;
}
/** `on-main`: `sha` is reachable from `main.branch` (identical to or behind it). */
const onMain = (0,gate/* defineCheck */.qH)({
    id: 'on-main',
    sections: ['main'],
    releaseOnly: 'the main reachability check',
    async run(ctx, { main }) {
        const { sha } = ctx.settings;
        const branch = (0,util_text/* clip */.$)(main.branch);
        // base...head = branch...sha: "behind" means sha is an ancestor of the branch tip.
        const comparison = await ctx.clients.github.compareCommits(main.branch, sha);
        if (comparison === null) {
            return (0,gate/* fail */.fJ)(`GitHub knows no branch "${branch}" or no commit ${sha} in this repository; check main.branch and push the commit`);
        }
        // The comparison page shows the commits in between; worth a click only when something is wrong.
        const links = comparison.htmlUrl ? [comparison.htmlUrl] : [];
        switch (comparison.status) {
            case 'identical':
                return (0,gate/* pass */.IX)(`${sha.slice(0, 12)} is the tip of ${branch}`);
            case 'behind':
                return (0,gate/* pass */.IX)(`${sha.slice(0, 12)} is on ${branch}, ${commits(comparison.behindBy)} behind its tip`);
            case 'ahead':
                return (0,gate/* fail */.fJ)(`${sha} is not on ${branch}: it is ${commits(comparison.aheadBy)} ahead of it (not merged); merge it to ${branch} and tag the merged commit`, { links });
            case 'diverged':
                return (0,gate/* fail */.fJ)(`${sha} is not on ${branch}: the two diverged (${commits(comparison.aheadBy)} ahead, ${comparison.behindBy} behind); tag a commit that is on ${branch}`, { links });
        }
    }
});

;// CONCATENATED MODULE: ./src/checks/preflight/tag-format.ts


/**
 * `tag-format`: the tag matches `tags.release` or `tags.rehearsal` and its version
 * is SemVer 2.0.0 without build metadata. The tag was parsed once before the gate
 * started (src/version.ts parseTag); this check reports that verdict.
 */
const tagFormat = {
    id: 'tag-format',
    run(ctx) {
        const { tags } = ctx.config;
        const { tag, version, kind, tagProblem } = ctx.release;
        const allowed = `release tags look like "${tags.release}"${tags.rehearsal ? `, rehearsal tags like "${tags.rehearsal}"` : ''}`;
        if (tagProblem !== null || version === null || kind === null) {
            return Promise.resolve((0,gate/* fail */.fJ)(`${tagProblem ?? `tag "${(0,util_text/* clip */.$)(tag)}" did not parse`}; ${allowed}, with a SemVer 2.0.0 version (e.g. 1.2.3 or 1.3.0-rc.1)`));
        }
        const note = kind === 'rehearsal' ? '; production-only checks are skipped' : '';
        return Promise.resolve((0,gate/* pass */.IX)(`${tag} is a ${kind} tag for version ${version}${note}`));
    }
};

// EXTERNAL MODULE: ./src/checks/shared/tags.ts
var tags = __webpack_require__(762);
;// CONCATENATED MODULE: ./src/checks/preflight/tag-object.ts




/**
 * `tag-object`: (release tags) the tag exists on GitHub, is annotated when
 * `tags.annotated`, and peels to `sha`. A tag on another commit is a moved tag.
 */
const tagObject = (0,gate/* defineCheck */.qH)({
    id: 'tag-object',
    releaseOnly: 'the tag object check',
    async run(ctx) {
        const { tag } = ctx.release;
        const { sha } = ctx.settings;
        const peeled = await (0,tags/* peelTag */.x)(ctx.clients.github, tag);
        if (peeled.kind === 'missing') {
            return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} does not exist on GitHub; push it (git push origin ${(0,util_text/* clip */.$)(tag)}) before this workflow runs`);
        }
        if (peeled.kind === 'chain-too-long') {
            return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} is a chain of more than ${tags/* MAX_TAG_CHAIN */.K} tag objects; point an annotated tag straight at the commit`, {
                details: peeled.hops
            });
        }
        const { target, firstTagName, hops: found } = peeled;
        if (target.type !== 'commit') {
            return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} points at a ${(0,util_text/* clip */.$)(target.type, 20)} ${target.sha}, not a commit; tag the release commit ${sha}`, {
                details: found
            });
        }
        const lightweight = !peeled.annotated && ctx.config.tags.annotated;
        const moved = target.sha !== sha;
        if (lightweight || moved) {
            const problems = [
                ...(lightweight ? [`is lightweight (release tags must be annotated: git tag -a)`] : []),
                ...(moved ? [`points at commit ${target.sha}, not at ${sha} being released (moved tag)`] : [])
            ];
            const fix = moved
                ? 'tags are immutable: do not move a release tag, release a new patch version'
                : `tag the commit with an annotated tag: git tag -a ${(0,util_text/* clip */.$)(tag)} ${sha}`;
            const details = [...found, ...(lightweight ? ['tags.annotated is true in the config'] : [])];
            return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} ${problems.join(' and ')}; ${fix}`, { details });
        }
        const details = [...found];
        if (firstTagName !== null && firstTagName !== tag) {
            // git warns about this too: the annotation claims another name than the ref it sits under.
            details.push(`note: the tag object names itself "${(0,util_text/* clip */.$)(firstTagName, 60)}", not ${(0,util_text/* clip */.$)(tag)}`);
        }
        const kind = peeled.annotated ? 'annotated' : 'lightweight';
        return (0,gate/* pass */.IX)(`${kind} tag ${(0,util_text/* clip */.$)(tag)} peels to ${sha}`, { details });
    }
});

;// CONCATENATED MODULE: ./src/gates/preflight.ts






/** Tag/version parity and exact-main CI. Checks run concurrently; the order is the contract's. */
const preflight = {
    id: 'preflight',
    title: 'Tag/version parity and exact-main CI',
    checks: [tagFormat, coupledVersions, changelog, tagObject, onMain, mainCi]
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
