export const id = 973;
export const ids = [973];
export const modules = {

/***/ 22973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig),
/* harmony export */   ou: () => (/* reexport safe */ _util_template_js__WEBPACK_IMPORTED_MODULE_6__.o)
/* harmony export */ });
/* unused harmony exports MAX_CONFIG_BYTES, MAX_CONFIG_ITEMS, configSchema, gosumdbProblem, parseConfig */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_loopback_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26815);
/* harmony import */ var _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55680);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39869);
/* harmony import */ var _util_version_pattern_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64763);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59935);
/* harmony import */ var _util_template_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15664);









/** A config is a few dozen lines; a megabyte is far beyond any real one and still cheap to parse. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Keys and list items in a config: a real one has under a hundred. */
const MAX_CONFIG_ITEMS = 10_000;
/** Unknown keys named in an error; the rest are counted, so a hostile config cannot make a huge error line. */
const MAX_KEYS_NAMED = 5;
/** A registry base URL: https, or http on a loopback address only. */
const registryUrl = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
    .refine((s) => URL.canParse(s), { message: 'must be an absolute URL' })
    .refine((s) => (0,_util_loopback_js__WEBPACK_IMPORTED_MODULE_8__/* .isAllowedUrl */ .y2)(new URL(s)), { message: 'must use https:// (http:// is allowed only on a loopback address)' })
    .transform((s) => s.replace(/\/+$/, ''));
const versionTemplate = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().refine((s) => s.split('{version}').length === 2, { message: 'must contain {version} exactly once' });
const relPath = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1);
const versionEntry = zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({ file: relPath, key: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1) }),
    zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        file: relPath,
        // One capture group exactly: the version.
        pattern: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().superRefine((p, ctx) => {
            const problem = (0,_util_version_pattern_js__WEBPACK_IMPORTED_MODULE_4__/* .versionPatternProblem */ .J)(p);
            if (problem)
                ctx.addIssue({ code: 'custom', message: problem });
        })
    })
]);
/**
 * A reusable workflow as `owner/repo/path@ref`, what GitHub writes (after the server URL) into a Fulcio
 * certificate's SAN when that workflow ran the signing step: its file is under `.github/workflows/`, and the ref
 * is a commit (40 hex, what the SPEC's example pins) or a full `refs/heads/…` / `refs/tags/…` ref.
 */
const signerWorkflow = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}\/\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml@(?:[0-9a-f]{40}|refs\/(?:heads|tags)\/[^\s@]+)$/, {
    message: 'must be owner/repo/.github/workflows/<file>.yml@<ref>, the ref a 40-hex commit or refs/tags/… (e.g. github/artifact-attestations-workflows/.github/workflows/attest.yml@<40 hex>)'
});
/** An OIDC issuer URL as Fulcio records it: https, compared exactly (no trailing slash added or removed). */
const oidcIssuer = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', {
    message: 'must be an https:// URL, the OIDC issuer as the certificate states it (e.g. https://token.actions.githubusercontent.com)'
});
/** `false` turns a section off explicitly; leaving it out is an error for gates that need it. */
function section(schema) {
    return zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(false), schema]).optional();
}
const configSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    tags: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        release: versionTemplate.default('v{version}'),
        rehearsal: versionTemplate.optional(),
        annotated: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true)
    }),
    versions: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(versionEntry).min(1)),
    changelog: section(relPath),
    main: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        branch: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).default('main'),
        workflow: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)
    })),
    go: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        dir: relPath,
        tag: versionTemplate.default('clients/go/v{version}')
    })),
    npm: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        registry: registryUrl.default('https://registry.npmjs.org'),
        publisher: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        scope: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .min(1)
            .transform((s) => s.replace(/^@/, '')),
        packages: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).min(1),
        // npm provenance and the registry's signatures are required of every package; false turns npm-provenance off.
        provenance: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true)
    })),
    pypi: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        index: registryUrl.default('https://pypi.org'),
        'rehearsal-index': registryUrl.optional(),
        // The GitHub environment of the trusted publisher, as PEP 740 writes `publisher.environment`.
        environment: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .min(1)
            .max(255)
            .refine((name) => name.trim() === name && !/[\u0000-\u001f]/.test(name), 'must be a GitHub environment name (no surrounding spaces or control characters)')
            .optional(),
        // PEP 740 attestations are required of every file; false turns pypi-provenance off.
        provenance: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true),
        project: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        python: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[a-z]+\d+t?$/, 'must be an interpreter tag like cp312')).min(1),
        platforms: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).min(1)
    })),
    container: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        image: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        platforms: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'must be os/arch[/variant]')).min(1),
        // Every tag the push made; `{version}`, `{major}`, `{minor}`, `{patch}` are filled per release.
        tags: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .min(1)
            .refine((t) => /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(t.replace(/\{(version|major|minor|patch)\}/g, '0')), {
            message: 'must be an OCI tag (letters, digits, _ . -; at most 128) with optional {version}, {major}, {minor}, {patch}'
        }))
            .min(1)
            .default(['{version}'])
    })),
    helm: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({ chart: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1) })),
    goproxy: section(registryUrl),
    // Go's GOSUMDB syntax: `<name>+<hash>+<key>` or `<name>+<hash>+<key> <url>`; `false` skips the checksum database.
    gosumdb: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(false),
        zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .min(1)
            .refine((s) => gosumdbProblem(s) === null, {
            message: 'must follow GOSUMDB syntax: <name>+<hash>+<key>, optionally followed by a space and the database URL'
        })
    ])
        .optional(),
    release: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        checksum: relPath.default('SHA256SUMS'),
        sbom: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        provenance: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)
    })),
    'supply-chain': section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        // The signer: this repository's workflow file, run for the release tag.
        workflow: relPath.refine((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p), {
            message: 'must be a workflow file of this repository, e.g. .github/workflows/release.yml'
        }),
        // Sigstore trusted_root.json in the workspace; absent: Sigstore public-good through TUF.
        'trusted-root': relPath.optional(),
        scan: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
            report: relPath,
            severity: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['critical', 'high', 'medium', 'low']).default('high'),
            'ignore-unfixed': zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false)
        }),
        'image-attestations': zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true),
        // Reusable workflows trusted to run the signing step for the release workflow (the certificate SAN).
        'signer-workflows': zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(signerWorkflow).max(50).default([]),
        // The OIDC issuer Fulcio writes into the certificate: a GitHub Enterprise Cloud tenant has its own.
        issuer: oidcIssuer.default('https://token.actions.githubusercontent.com')
    })),
    // Optional: oci-push runs with the default hosts when the section is absent; `oci: false` turns it off.
    oci: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(false),
        zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
            // Registries the GitHub token may be sent to (host, or host:port), lower case as Docker compares them.
            'push-hosts': zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
                .min(1)
                .max(255)
                .regex(/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/, 'must be a registry host such as ghcr.io (host or host:port, lower case)'))
                .max(20)
                .default(['ghcr.io'])
        })
    ])
        .default({ 'push-hosts': ['ghcr.io'] })
});
/**
 * Why a `gosumdb` value is not Go's GOSUMDB syntax, or null. The key itself
 * (`<name>+<hash>+<base64 key>`) is decoded and checked by the checksum-database
 * client; here only its shape and the URL's transport rule are checked.
 */
function gosumdbProblem(value) {
    const parts = value.trim().split(/\s+/);
    if (parts.length > 2)
        return 'too many fields';
    const [key, url] = parts;
    if (!/^[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/.test(key))
        return 'key is not <name>+<hash>+<key>';
    if (url !== undefined) {
        if (!URL.canParse(url))
            return 'URL is not absolute';
        if (!(0,_util_loopback_js__WEBPACK_IMPORTED_MODULE_8__/* .isAllowedUrl */ .y2)(new URL(url)))
            return 'URL must be https:// (http:// only on loopback)';
    }
    return null;
}
/**
 * A union (a section or `false`; a versions entry with `key` or `pattern`) fails
 * as a whole; the branch that got furthest holds the reason worth showing, and
 * the `false` branch never does.
 */
function likeliestBranchIssue(issue) {
    let best = null;
    let bestScore = -Infinity;
    for (const branch of issue.errors) {
        for (const sub of branch) {
            const isFalseBranch = sub.code === 'invalid_value' && sub.values.includes(false);
            const score = sub.path.length * 10 + (sub.code === 'custom' ? 5 : 0) - (isFalseBranch ? 1000 : 0);
            if (score > bestScore) {
                best = sub;
                bestScore = score;
            }
        }
    }
    return best;
}
function describeIssue(issue, prefix) {
    const path = [...prefix, ...issue.path];
    const where = path.length ? (0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_5__/* .dottedPath */ .wM)(path) : '(top level)';
    if (issue.code === 'unrecognized_keys') {
        const dotted = path.length ? `${where}.` : '';
        const named = issue.keys.slice(0, MAX_KEYS_NAMED).map((k) => `"${dotted}${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(k, 40)}"`);
        const more = issue.keys.length - named.length;
        return `unknown key ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    }
    if (issue.code === 'invalid_union') {
        const branch = likeliestBranchIssue(issue);
        return branch ? describeIssue(branch, path) : `${where}: not a valid value (see the config reference in the README)`;
    }
    return `${where}: ${issue.message}`;
}
/** Parses and validates config text; every problem names its key path. */
function parseConfig(text, source) {
    const parsed = (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlBounded */ .W)(text, { maxItems: MAX_CONFIG_ITEMS, maxAliasCount: 100 });
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`config ${source} ${parsed.problem}`);
    const raw = parsed.data;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`config ${source} must be a YAML mapping with at least a "tags" section`);
    }
    const result = configSchema.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.slice(0, 5).map((issue) => describeIssue(issue, []));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`config ${source} is invalid: ${problems.join('; ')}`);
    }
    return result.data;
}
/**
 * Reads the config from the workspace: confined to it by its real path (a
 * symlink out of the workspace is refused, so a config from elsewhere cannot
 * switch the gate's sections off), a regular file (a FIFO or device fails at
 * once instead of blocking), at most MAX_CONFIG_BYTES.
 */
async function loadConfig(absPath, shown, workspace) {
    let text;
    try {
        text = await (0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkspaceText */ .tA)(workspace, absPath, { maxBytes: MAX_CONFIG_BYTES, purpose: 'a config file', shown: `config file ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(shown)}` });
    }
    catch (error) {
        if (error instanceof _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkspaceFileError */ ._n) {
            if (error.reason === 'missing') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`config file ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(shown)} not found in the workspace; check out the repository first or set "config"`, { cause: error });
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(error.message, { cause: error });
        }
        throw error;
    }
    return parseConfig(text, shown);
}


/***/ }),

/***/ 64763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ versionPatternProblem),
/* harmony export */   a: () => (/* binding */ compileVersionPattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/**
 * A config's `versions[].pattern`: compiled once here for the config's validation and for the
 * readers and editors in src/formats/ that apply it, so neither has to import the other.
 */


/**
 * Compiles a `versions[].pattern` with RE2 (re2js), which matches in time linear
 * in the text: a JavaScript RegExp such as `^(?:a+)+(\d)` can backtrack for hours
 * over a large file. Multi-line, so `^` and `$` anchor to lines, which is what a
 * pattern over a file means. Throws the engine's syntax error.
 */
function compileVersionPattern(pattern) {
    return re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(pattern, re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.MULTILINE);
}
/** Why a `versions[].pattern` cannot be used, or null. */
function versionPatternProblem(pattern) {
    let compiled;
    try {
        compiled = compileVersionPattern(pattern);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        return `must be a regular expression in RE2 syntax (no lookaround or backreferences): ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(reason, 120)}`;
    }
    const groups = compiled.groupCount();
    if (groups !== 1)
        return `must be a valid regular expression with exactly one capture group (it has ${groups})`;
    return null;
}


/***/ }),

/***/ 55680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ symlinkOnPath),
/* harmony export */   Et: () => (/* binding */ readWorkspaceChunks),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   _n: () => (/* binding */ WorkspaceFileError),
/* harmony export */   h_: () => (/* binding */ fileKind),
/* harmony export */   tA: () => (/* binding */ readWorkspaceText)
/* harmony export */ });
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
    const parts = node_path__WEBPACK_IMPORTED_MODULE_2__.normalize(rel).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
        const sub = parts.slice(0, i).join('/');
        const info = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, sub)).catch(() => null);
        if (info === null)
            return null;
        if (info.isSymbolicLink())
            return { via: sub, target: await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, sub)), isFile: i === parts.length };
    }
    return null;
}


/***/ }),

/***/ 39869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlBounded)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);


/**
 * Parses one YAML document within bounds, in time linear in its size.
 *
 * `yaml`'s own duplicate-key check compares every key with every earlier key of
 * its mapping, which is quadratic (80,000 keys take minutes). So the document is
 * parsed to its syntax tree first, its entries counted (cheap) and refused above
 * `maxItems`, then composed with that check off, and duplicate keys are found
 * here with one Set per mapping instead. The library does not offer a linear
 * duplicate check, which is why this is written by hand.
 */
function parseYamlBounded(text, limits) {
    try {
        // The syntax tree of a 5 MiB file of one-line keys takes close to 1 GiB: refuse from the
        // lexer's stream first, which holds one token at a time. Each entry has a value, item or
        // separator indicator, so their count bounds the entries (the tree count below is exact).
        let indicators = 0;
        for (const token of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
            const type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.tokenType(token);
            if (type === 'map-value-ind' || type === 'seq-item-ind' || type === 'comma')
                indicators++;
            if (indicators > limits.maxItems) {
                return { ok: false, problem: `has more than ${limits.maxItems} keys and list items; it is not a file this action reads` };
            }
        }
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lines.addNewLine).parse(text)];
        let items = 0;
        for (const token of tokens) {
            if (token.type !== 'document')
                continue;
            yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.visit(token, () => {
                items++;
                // Stop walking as soon as the bound is passed: the count is all that matters then.
                return items > limits.maxItems ? yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.visit.BREAK : undefined;
            });
            if (items > limits.maxItems) {
                return { ok: false, problem: `has more than ${limits.maxItems} keys and list items; it is not a file this action reads` };
            }
        }
        const docs = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ uniqueKeys: false, prettyErrors: false }).compose(tokens)];
        if (docs.length > 1)
            return { ok: false, problem: `holds ${docs.length} YAML documents; only one is read` };
        const doc = docs[0];
        if (!doc)
            return { ok: true, data: null };
        const error = doc.errors[0];
        if (error)
            return { ok: false, problem: `is not valid YAML: ${firstLine(error.message)}` };
        const duplicate = firstDuplicateKey(doc, lines);
        if (duplicate)
            return { ok: false, problem: `is not valid YAML: ${duplicate}` };
        return { ok: true, data: doc.toJS({ maxAliasCount: limits.maxAliasCount }) };
    }
    catch (error) {
        return { ok: false, problem: `is not valid YAML: ${firstLine((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error))}` };
    }
}
function firstLine(message) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(message.split('\n')[0]?.trim() ?? '', 160);
}
/** The first mapping key given twice (scalar keys, compared as the object keys they become), as a sentence; or null. */
function firstDuplicateKey(doc, lines) {
    let found = null;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_key, map) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
                return undefined;
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                // By the string the key becomes in the parsed object: `1` and `"1"` would overwrite each other there.
                const value = pair.key.value;
                const id = String(value);
                if (seen.has(id)) {
                    const line = pair.key.range ? ` (line ${lines.linePos(pair.key.range[0]).line})` : '';
                    found = `map keys must be unique; "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(String(value), 60)}" is given twice${line}`;
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                }
                seen.add(id);
            }
            return undefined;
        }
    });
    return found;
}


/***/ }),

/***/ 59935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ firstZodIssue),
/* harmony export */   Nw: () => (/* binding */ firstZodIssueParts),
/* harmony export */   wM: () => (/* binding */ dottedPath)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);

/** A zod path dotted as a reader would write it (`urls.3.digests.sha256`); '' for the document itself. */
function dottedPath(path) {
    return path.map(String).join('.');
}
/** The first problem zod found, in parts, for a message that words the path its own way. */
function firstZodIssueParts(error, options = {}) {
    const issue = error.issues[0];
    const path = dottedPath([...(options.prefix ?? []), ...(issue?.path ?? [])]);
    const shown = (text, max) => (max === undefined ? text : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(text, max));
    return { path: path ? shown(path, options.pathMax) : '', message: issue && shown(issue.message, options.messageMax) };
}
/** The first problem zod found, as `path: message` (`urls.3.digests.sha256: must be 64 hex digits`). */
function firstZodIssue(error, options) {
    const { path, message } = firstZodIssueParts(error, options);
    if (message === undefined)
        return options.none ?? 'invalid';
    return `${path || options.top}: ${message}`;
}


/***/ })

};
