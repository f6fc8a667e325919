export const id = 234;
export const ids = [234];
export const modules = {

/***/ 97598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateCommand: () => (/* binding */ gateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65655);
/* harmony import */ var _gates_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64442);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31666);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12973);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62916);









const OPTIONS = {
    ..._command_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMON_OPTIONS */ .DT,
    tag: { type: 'string' },
    sha: { type: 'string' },
    dist: { type: 'string' },
    'wait-minutes': { type: 'string' },
    'image-digest': { type: 'string' },
    'chart-digest': { type: 'string' }
};
/**
 * In a workflow's `run:` step the runner names a job summary file: the CLI appends the same
 * section the action writes, so a gate run from the command line shows on the job's page too.
 */
async function appendJobSummary(io, ...section) {
    const file = io.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    const [{ summary }, { addGateSummary }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(264)]).then(__webpack_require__.bind(__webpack_require__, 57264)), __webpack_require__.e(/* import() */ 981).then(__webpack_require__.bind(__webpack_require__, 39981))]);
    summary.emptyBuffer();
    addGateSummary(summary, ...section);
    const markdown = summary.stringify();
    summary.emptyBuffer();
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile(file, markdown);
    }
    catch (error) {
        // The verdict does not depend on the summary: say so and go on, as the action does.
        io.terminal.errLine(`warning: the job summary could not be written to GITHUB_STEP_SUMMARY "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(file, 160)}" (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error), 200)}); the report file has every result`);
    }
}
/** `release-gates <gate>`: one gate, as the action runs it. */
async function gateCommand(gate, args, io) {
    const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)(args, OPTIONS, gate);
    if (values.help) {
        io.terminal.out(_usage_js__WEBPACK_IMPORTED_MODULE_6__/* .COMMAND_USAGE */ .Kf.gate);
        return _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    if (!_gates_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_IDS */ .$I.includes(gate))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`unknown command or gate "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(gate)}"; use one of: bump, prepare, tag, doctor, status, ${_gates_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_IDS */ .$I.join(', ')}`);
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`release-gates ${gate} takes no arguments besides options, got "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(positionals[0])}"; see release-gates ${gate} --help`);
    const workspace = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .workspaceOf */ .B3)(values);
    const git = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .gitOf */ .Od)(io);
    const repository = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRepository */ .BN)(values.repository, io.env, git, workspace);
    let sha = values.sha ?? io.env.GITHUB_SHA ?? '';
    if (!sha)
        sha = (await git.headSha(workspace)) ?? '';
    const settings = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .commandSettings */ .Jd)({
        ...values,
        command: gate,
        tag: values.tag ?? '',
        sha,
        repository,
        waitMinutes: values['wait-minutes'],
        imageDigest: values['image-digest'],
        chartDigest: values['chart-digest']
    }, io.env);
    // Loaded after the settings are validated: @actions/github parses GITHUB_API_URL when it is imported.
    const { run } = await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(816), __webpack_require__.e(497), __webpack_require__.e(455), __webpack_require__.e(753), __webpack_require__.e(849), __webpack_require__.e(542), __webpack_require__.e(111), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 41730));
    const actionIO = {
        setOutput: () => { },
        setFailed: () => { },
        // The summary below says it all; only a check's progress while it waits is shown (on stderr, so --json stays one document).
        info: () => { },
        progress: (line) => io.terminal.errLine((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_7__/* .terminalWords */ .A)(line)),
        async writeSummary(result, release, commit, title) {
            if (!values.json)
                io.terminal.out((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_7__/* .terminalWords */ .A)((0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .renderText */ .S)(result, release, commit, title)));
            await appendJobSummary(io, result, release, commit, title);
        }
    };
    const result = await run(settings, actionIO, {
        ...(io.clients ? { clients: io.clients } : {}),
        ...(io.sleep ? { sleep: io.sleep } : {}),
        ...(io.clock ? { clock: io.clock } : {})
    });
    if (values.json)
        io.terminal.json(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(result.reportFile, 'utf8'));
    else
        io.terminal.out(`\nreport: ${result.reportFile}\n`);
    return result.run.result === 'pass' ? _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.failed;
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ue: () => (/* binding */ neutralizeBidi),
/* harmony export */   v7: () => (/* binding */ safeHref)
/* harmony export */ });
/**
 * Escapes text from outside the action (tag names, file contents, registry and
 * API answers) for the job summary, which GitHub renders as Markdown with HTML.
 * Every character that could open HTML or Markdown syntax becomes an entity,
 * and line breaks fold to spaces, so the text can neither inject markup nor
 * break out of a table cell.
 */
const SPECIAL = /[&<>"'`*_[\]()|#!~\\{}+=:-]/g;
/**
 * Bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E–U+200F,
 * U+202A–U+202E, U+2066–U+2069). They reorder how a line is shown, so a file name
 * could read as something it is not ("Trojan Source"). An entity would not help:
 * `&#8238;` renders as the override itself. They are shown as their code point.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Replaces every bidirectional control with a visible `<U+202E>` marker. */
function neutralizeBidi(text) {
    return text.replace(BIDI, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
function escapeText(text) {
    return neutralizeBidi(text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')).replace(SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}
/** A link target is kept only when it is plain http(s); anything else is dropped. */
function safeHref(url) {
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return null;
        return u.toString().replace(/["'<>`\s]/g, (ch) => encodeURIComponent(ch));
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

/** A plain-text rendering of a gate run for the command line. */
function renderText(run, release, sha, title) {
    // Control characters would break the layout; bidirectional overrides would reorder what is read.
    const clean = (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeBidi */ .ue)(s.replace(/[\u0000-\u001f\u007f]/g, ' '));
    const lines = [];
    lines.push(`release-gates ${run.gate}: ${run.result.toUpperCase()}  (${title})`);
    lines.push(`  version ${release.version ?? 'unknown'} · ${release.kind ?? 'unknown'} · tag ${clean(release.tag)} · commit ${sha.slice(0, 7)}`);
    if (run.failureLine)
        lines.push(`  ${run.failureLine}`);
    lines.push('');
    const width = Math.max(...run.checks.map((c) => c.id.length), 5);
    for (const check of run.checks) {
        lines.push(`  ${check.status.padEnd(4)}  ${check.id.padEnd(width)}  ${clean(check.summary)}`);
        if (check.table) {
            const cols = check.table.columns;
            const widths = cols.map((c, i) => Math.max(c.length, ...check.table.rows.map((r) => clean(r[i] ?? '').length)));
            const fmt = (cells) => cells.map((c, i) => clean(c).padEnd(widths[i])).join('  ');
            lines.push(`          ${fmt(cols)}`);
            for (const row of check.table.rows)
                lines.push(`          ${fmt(row)}`);
        }
        for (const d of check.details)
            lines.push(`          - ${clean(d)}`);
        for (const l of check.links)
            lines.push(`          ${clean(l)}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 26815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M_: () => (/* binding */ isAllowedAnswerUrl),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   y2: () => (/* binding */ isAllowedUrl)
/* harmony export */ });
/** True for hosts Docker and this action treat as loopback: plain HTTP is allowed there only. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** The one transport rule for registries, realms and redirects: https, or http on a loopback address only. */
function isAllowedUrl(url) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
/**
 * The rule for a URL taken from an answer (a packument's tarball, an attestation's `bundle_url`): https, or plain
 * http on loopback only when the configured base it came from is itself on loopback — so a registry on the
 * internet cannot make the runner request `http://localhost:…`, while a test or mirror on loopback still works.
 */
function isAllowedAnswerUrl(url, configuredBase) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname) && isLoopbackHost(configuredBase.hostname));
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isOutside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Whether `resolved` lies outside `root` (both absolute). Only a first segment of
 * exactly `..` leaves the root: a folder named `..foo` is inside it.
 */
function isOutside(root, resolved) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, resolved);
    return relative === '..' || relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative);
}


/***/ }),

/***/ 84537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ credentialHeaderProblem),
/* harmony export */   FL: () => (/* binding */ credentialProblem),
/* harmony export */   mT: () => (/* binding */ checkedSecret)
/* harmony export */ });
/* unused harmony export checkSecretInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * What makes a credential unusable, or null when it is fine. Tokens (GitHub, npm, registry)
 * are single words of visible characters: whitespace or a control character is a pasting
 * mistake (a trailing line break from `echo`, a second line of a file). Sent anyway, the HTTP
 * library rejects the header and quotes it in its error, token and all; so the value is
 * refused here, and the reason never contains the value itself.
 */
function credentialProblem(value) {
    // Index only: the character's position helps find it without showing the secret around it.
    const bad = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u.exec(value);
    if (!bad)
        return null;
    const ch = bad[0];
    const what = ch === '\n' || ch === '\r' ? 'a line break' : /\s/u.test(ch) ? 'whitespace' : 'a control character';
    return `contains ${what} (character ${bad.index + 1})`;
}
/**
 * Refuses a secret input that contains whitespace or a control character, as bad input,
 * without echoing it. An empty value is left to the caller (it means "not given").
 */
function checkSecretInput(input, value) {
    const problem = credentialProblem(value);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "${input}" ${problem}; a token is one word of visible characters — remove the stray space or line break from the secret`);
    }
}
/**
 * Whether a header value (`Bearer <token>`, `token <token>`) can be sent: the scheme and one
 * token separated by a single space, no control characters. Checked before every send.
 */
function credentialHeaderProblem(headerValue) {
    const space = headerValue.indexOf(' ');
    const token = space > 0 && /^[A-Za-z]+$/.test(headerValue.slice(0, space)) ? headerValue.slice(space + 1) : headerValue;
    return token.length === 0 ? 'is empty' : credentialProblem(token);
}
/** `checkSecretInput`, then the value: for reading an input in one expression (`token: checkedSecret('token', input('token'))`). */
function checkedSecret(input, value) {
    checkSecretInput(input, value);
    return value;
}


/***/ }),

/***/ 15664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ fillTemplate)
/* harmony export */ });
/** Fills `{version}`, `{owner}` and `{repo}` in a template. */
function fillTemplate(template, values, lowerCase = false) {
    const owner = lowerCase ? values.owner.toLowerCase() : values.owner;
    const repo = lowerCase ? values.repo.toLowerCase() : values.repo;
    return template
        .replaceAll('{owner}', owner)
        .replaceAll('{repo}', repo)
        .replaceAll('{version}', values.version ?? '{version}');
}


/***/ })

};
