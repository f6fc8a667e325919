export const id = 730;
export const ids = [730];
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

/***/ 41730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22973);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78111);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90825);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);
/* harmony import */ var _gates_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64442);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88850);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);








/** Runs one gate end to end: config, tag, checks, report, outputs, summary, verdict. */
async function run(settings, io, deps = {}) {
    const definition = await (0,_gates_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .loadGate */ .WF)((0,_gates_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .gateIdNamed */ .Ux)(settings.gate));
    const config = await (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(settings.configPath, settings.configInput, settings.workspace);
    const parsed = (0,_version_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTag */ .ED)(settings.tag, config.tags);
    // Only preflight reports a bad tag as a check (tag-format); later gates cannot start without a version.
    if (!parsed.ok && settings.gate !== 'preflight') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${parsed.reason}; release tags look like "${config.tags.release}"${config.tags.rehearsal ? `, rehearsals like "${config.tags.rehearsal}"` : ''}`);
    }
    const release = parsed.ok
        ? { tag: settings.tag, version: parsed.version, kind: parsed.kind, tagProblem: null }
        : { tag: settings.tag, version: null, kind: null, tagProblem: parsed.reason };
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createGateContext */ .P)(settings, config, release, (line) => (io.progress ? io.progress(line) : io.info(line)), deps);
    io.info(`release-gates ${definition.id}: ${definition.checks.length} checks for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(settings.tag)} at ${settings.sha}`);
    const result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runGate */ .Rg)(definition, ctx, [settings.token, settings.npmToken]);
    const reportFile = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_6__/* .reportPath */ .eG)(settings.runnerTemp, definition.id);
    await (0,_report_report_js__WEBPACK_IMPORTED_MODULE_6__/* .writeReport */ .u5)(reportFile, (0,_report_report_js__WEBPACK_IMPORTED_MODULE_6__/* .buildReport */ .FK)(result, release, settings.sha));
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

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   eG: () => (/* binding */ reportPath),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(runnerTemp, `release-gates-${gate}.json`);
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
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, `${reportJson(report)}\n`, 'utf8');
}


/***/ })

};
