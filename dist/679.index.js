export const id = 679;
export const ids = [679];
export const modules = {

/***/ 62018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ expectedModulePath),
/* harmony export */   hH: () => (/* binding */ goModFile),
/* harmony export */   rf: () => (/* binding */ cleanDir),
/* harmony export */   zk: () => (/* binding */ readGoModule)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81956);
/* harmony import */ var _formats_go_mod_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71497);
/* harmony import */ var _workspace_reads_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33266);






/** `go.dir` as a clean relative path: `./clients/go/` → `clients/go`, the workspace root → `.`. */
function cleanDir(dir) {
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(dir.replaceAll('\\', '/')).replace(/\/+$/, '');
    return normal === '' ? '.' : normal;
}
/** The go.mod file of `go.dir`, relative to the workspace. */
function goModFile(dir) {
    const clean = cleanDir(dir);
    return clean === '.' ? 'go.mod' : `${clean}/go.mod`;
}
/** The module path and go.mod text `go.dir` holds (at the release commit, as every config-named file is read), or CheckFailed. */
async function readGoModule(ctx, dir) {
    const file = goModFile(dir);
    const read = await (0,_workspace_reads_js__WEBPACK_IMPORTED_MODULE_5__/* .readWorkspaceFileOnce */ .Nc)(ctx, file);
    if (!read.ok)
        throw new _gate_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckFailed */ .EC(`the module path cannot be read: ${read.problem}`);
    const parsed = (0,_formats_go_mod_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGoMod */ .k)(read.text);
    if (!parsed.ok)
        throw new _gate_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckFailed */ .EC(`"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(file)}" is not a go.mod the go command accepts: ${parsed.problem}`);
    return { module: parsed.module, text: read.text, file };
}
/**
 * The module path Go expects for `go.dir` at `version`: `{server host}/{owner}/{repo}/{dir}`, with the
 * `/vN` suffix Go requires from major version 2. `base` is the part that resolves case-insensitively.
 */
function expectedModulePath(settings, dir, version) {
    const major = semver__WEBPACK_IMPORTED_MODULE_1__.major(version);
    const suffix = major >= 2 ? `/v${major}` : '';
    const host = new URL(settings.serverUrl).hostname.toLowerCase();
    const base = `${host}/${settings.owner}/${settings.repo}`;
    const clean = cleanDir(dir);
    const rest = `${clean === '.' ? '' : `/${clean}`}${suffix}`;
    return { base, rest, expected: `${base}${rest}`, major };
}


/***/ }),

/***/ 30251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ countFiles),
/* harmony export */   GG: () => (/* binding */ pypiTarget),
/* harmony export */   Ji: () => (/* binding */ distExists),
/* harmony export */   LF: () => (/* binding */ listedPhrase),
/* harmony export */   O$: () => (/* binding */ timedOutLine),
/* harmony export */   Q2: () => (/* binding */ releaseFileKind),
/* harmony export */   Qv: () => (/* binding */ comparisonTable),
/* harmony export */   cV: () => (/* binding */ finalProblemLine),
/* harmony export */   hZ: () => (/* binding */ compareFiles),
/* harmony export */   sv: () => (/* binding */ builtPythonFiles)
/* harmony export */ });
/* unused harmony export distFileSha256 */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clients_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51449);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81956);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95138);
/* harmony import */ var _util_poll_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66451);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _dist_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77973);
/* harmony import */ var _formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75647);










/**
 * The index a release kind publishes to: a release tag to `pypi.index`, a rehearsal tag
 * to `pypi.rehearsal-index`. A rehearsal without `rehearsal-index` fails: checking
 * `pypi.index` instead would either find nothing or, worse, find a rehearsal on the real index.
 */
function pypiTarget(section, version, kind) {
    const pep440 = (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .semverToPep440 */ .Z9)(version);
    if (pep440 === null) {
        throw new _gate_js__WEBPACK_IMPORTED_MODULE_4__/* .CheckFailed */ .EC(`version ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(version)} has no PEP 440 spelling, so PyPI cannot hold it; use a prerelease PyPI understands (-alpha.N, -beta.N, -rc.N) or a plain X.Y.Z`);
    }
    let index;
    let indexKey;
    if (kind === 'rehearsal') {
        const rehearsal = section['rehearsal-index'];
        if (rehearsal === undefined) {
            throw new _gate_js__WEBPACK_IMPORTED_MODULE_4__/* .CheckFailed */ .EC('rehearsal tag: rehearsals publish to pypi.rehearsal-index, which the config does not set; add it to the pypi section (e.g. "rehearsal-index: https://test.pypi.org"), so a rehearsal is never checked against, or published to, the real index');
        }
        index = rehearsal;
        indexKey = 'pypi.rehearsal-index';
    }
    else {
        index = section.index;
        indexKey = 'pypi.index';
    }
    return {
        project: section.project,
        version: pep440,
        index,
        shownIndex: (0,_clients_http_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA)(index).replace(/\/+$/, ''),
        indexKey,
        subject: `${section.project} ${pep440}`
    };
}
/**
 * Whether a file name is a wheel or sdist of this project and version (by meaning:
 * `SketchLog` is `sketchlog`, `1.3.0-rc.1`-style spellings compare as PEP 440). An sdist
 * is `{name}-{version}.tar.gz` (PEP 625; `.zip` as older uploads had it).
 */
function releaseFileKind(file, project, version) {
    const want = (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .pep440Key */ .$V)(version);
    if (want === null)
        return null;
    const canonical = (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalizeName */ .yt)(project);
    if (file.endsWith('.whl')) {
        const parsed = (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .parseWheelName */ .CI)(file);
        return parsed.ok && parsed.wheel.canonicalName === canonical && (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .pep440Key */ .$V)(parsed.wheel.version) === want ? 'wheel' : null;
    }
    if (file === (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .sdistFileName */ .hJ)(project, version))
        return 'sdist';
    const parsed = (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSdistName */ .K3)(file);
    return parsed.ok && parsed.sdist.canonicalName === canonical && (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .pep440Key */ .$V)(parsed.sdist.version) === want ? 'sdist' : null;
}
/** "20 wheels and 1 sdist". */
function countFiles(files, project, version) {
    const wheels = files.filter((f) => releaseFileKind(f, project, version) === 'wheel').length;
    const sdists = files.filter((f) => releaseFileKind(f, project, version) === 'sdist').length;
    const parts = [`${wheels} wheel${wheels === 1 ? '' : 's'}`, `${sdists} sdist${sdists === 1 ? '' : 's'}`];
    const other = files.length - wheels - sdists;
    if (other > 0)
        parts.push(`${other} other file${other === 1 ? '' : 's'}`);
    return parts.join(' and ');
}
/**
 * The sha256 of a file in dist, hashed once per gate run (ctx.once) and streamed, so
 * checks that compare the same files share one read of each.
 */
function distFileSha256(ctx, file) {
    return ctx.once(`dist-sha256:${file}`, async () => {
        try {
            return await (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(ctx.settings.distDir, file));
        }
        catch (error) {
            const code = error.code;
            throw new _dist_files_js__WEBPACK_IMPORTED_MODULE_7__/* .DistError */ .bP(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(file)} in dist ${(0,_dist_files_js__WEBPACK_IMPORTED_MODULE_7__/* .shownDist */ .sA)(ctx)} cannot be read (${code ?? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(error), 80)}); download the artifacts again`);
        }
    });
}
/** Whether the dist folder exists at all (a smoke run may have no artifacts downloaded). */
async function distExists(ctx) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(ctx.settings.distDir);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/**
 * The wheels and sdist of this project and version in dist, with their sha256. Other
 * files (checksums, SBOMs, npm tarballs, another project's wheels) are not PyPI's.
 * A missing or unreadable dist throws DistError.
 */
async function builtPythonFiles(ctx, target) {
    const names = (await (0,_dist_files_js__WEBPACK_IMPORTED_MODULE_7__/* .listDistFiles */ .kP)(ctx)).filter((f) => releaseFileKind(f, target.project, target.version) !== null);
    return Promise.all(names.map(async (file) => {
        const { hex, size } = await distFileSha256(ctx, file);
        return { file, sha256: hex, size };
    }));
}
const short = (hex) => (hex === null ? '-' : hex);
/**
 * Compares the expected files (name and sha256) with what an index lists. Names must
 * be identical (PyPI keeps a file's name as uploaded), digests identical, none yanked.
 */
function compareFiles(expected, listed, options) {
    const byName = new Map();
    for (const f of listed)
        byName.set(f.filename, f);
    const expectedNames = new Set(expected.map((e) => e.file));
    const rows = [];
    const whose = options.expectedFrom === 'built' ? "the built file's is" : 'the JSON API gives';
    const yankFix = 'un-yank it on the index (pip skips yanked files) or release a new version';
    for (const e of expected) {
        const l = byName.get(e.file);
        if (!l) {
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: null,
                verdict: 'not on the index',
                final: false,
                problem: `${options.where} does not list ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(e.file, 200)}`
            });
            continue;
        }
        if (l.sha256 === null) {
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: null,
                verdict: 'no sha256 on the index',
                final: true,
                problem: `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(e.file, 200)} without a sha256, so pip cannot verify what it downloads; use an index that publishes sha256 hashes`
            });
        }
        else if (l.sha256 !== e.sha256) {
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: l.sha256,
                verdict: 'sha256 differs',
                final: true,
                problem: `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(e.file, 200)} with sha256 ${l.sha256}, but ${whose} ${e.sha256}: ${options.expectedFrom === 'built'
                    ? 'the index holds other bytes than were built; an index never replaces a file, so release a new version'
                    : "the index's two APIs disagree, so pip may download other bytes than were published; ask the index's operators"}`
            });
        }
        else if (l.yanked) {
            const reason = l.yankedReason ? ` ("${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(l.yankedReason, 80)}")` : '';
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: l.sha256,
                verdict: `yanked${reason}`,
                final: true,
                problem: `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(e.file, 200)} as yanked${reason}; ${yankFix}`
            });
        }
        else {
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: l.sha256,
                verdict: 'ok',
                final: false,
                problem: null
            });
        }
    }
    for (const l of listed) {
        if (expectedNames.has(l.filename))
            continue;
        const yanked = l.yanked ? '; yanked' : '';
        const built = options.expectedFrom === 'built';
        rows.push({
            file: l.filename,
            expected: null,
            listed: l.sha256,
            verdict: `${built ? 'not built' : 'not in the JSON API'}${yanked}`,
            final: options.unexpectedIsFinal,
            problem: built
                ? `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(l.filename, 200)}, which was not built (it is not in dist): another job uploaded it, or dist lacks it; pip may install it, so find where it came from, remove it (or yank the release) and release a new version`
                : `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(l.filename, 200)}, which the JSON API does not list`
        });
    }
    const missing = rows.filter((r) => r.listed === null && r.verdict === 'not on the index').map((r) => r.file);
    const unexpected = rows.filter((r) => r.expected === null).map((r) => r.file);
    const finalProblems = rows.filter((r) => r.final);
    const state = finalProblems.length > 0 ? 'final' : rows.some((r) => r.problem !== null) ? 'not-yet' : 'ok';
    return { rows, missing, unexpected, finalProblems, state };
}
/** The comparison as the summary's table: file, expected sha256, listed sha256, verdict. */
function comparisonTable(comparison, expectedLabel, listedLabel) {
    return {
        columns: ['file', expectedLabel, listedLabel, 'verdict'],
        rows: comparison.rows.map((r) => [r.file, short(r.expected), short(r.listed), r.verdict])
    };
}
/** A short phrase of what an index lists so far, for progress lines ("19 of 21 files listed; missing a.whl, b.whl"). */
function listedPhrase(comparison) {
    const expected = comparison.rows.filter((r) => r.expected !== null).length;
    const listed = expected - comparison.missing.length;
    const names = comparison.missing.slice(0, 2).join(', ');
    const more = comparison.missing.length > 2 ? ` and ${comparison.missing.length - 2} more` : '';
    const missing = comparison.missing.length > 0 ? `; missing ${names}${more}` : '';
    const extra = comparison.unexpected.length > 0 ? `; ${comparison.unexpected.length} file(s) not expected` : '';
    return `${listed} of ${expected} files listed${missing}${extra}`;
}
/** One summary line for the final problems: the first, and how many more the table shows. */
function finalProblemLine(comparison) {
    const [first, ...rest] = comparison.finalProblems;
    return `${first.problem}${rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}, see the table)` : ''}`;
}
/** The summary when time ran out while something was still missing. */
function timedOutLine(wait, result, what, lastSeen) {
    return `${what}: last saw ${lastSeen ?? 'nothing'}${(0,_util_poll_js__WEBPACK_IMPORTED_MODULE_9__/* .waitAdvice */ .o1)(wait, result, 'upload what is missing', 'the index to list it')}`;
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

/***/ 71497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseGoMod)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/**
 * go.mod files, read as the go command reads a main module's go.mod: the directives it knows,
 * its lexer's words, quoted strings and parentheses, and the one module path.
 * Pure: text in, the module path or the first problem out.
 */

/** Directives cmd/go knows; it refuses a main module's go.mod with any other. */
const GO_MOD_VERBS = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);
/** Splits one go.mod line into tokens the way cmd/go's lexer does: words, quoted strings, parentheses; `//` starts a comment. */
function tokenize(line) {
    const tokens = [];
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
        }
        else if (line.startsWith('//', i)) {
            break;
        }
        else if (c === '(' || c === ')') {
            tokens.push(c);
            i++;
        }
        else if (c === '"' || c === '`') {
            let j = i + 1;
            while (j < line.length && line[j] !== c)
                j += c === '"' && line[j] === '\\' ? 2 : 1;
            if (j >= line.length)
                return 'unterminated quoted string';
            tokens.push(line.slice(i, j + 1));
            i = j + 1;
        }
        else {
            let j = i;
            while (j < line.length && !/[\s()"`]/.test(line[j]) && !line.startsWith('//', j))
                j++;
            tokens.push(line.slice(i, j));
            i = j;
        }
    }
    return tokens;
}
function unquote(token) {
    if (token.startsWith('`'))
        return token.slice(1, -1);
    if (token.startsWith('"')) {
        try {
            const value = JSON.parse(token);
            return typeof value === 'string' ? value : null;
        }
        catch {
            return null;
        }
    }
    return token;
}
/** Reads the module path a go.mod declares; a problem sentence when the file is not a go.mod cmd/go would accept. */
function parseGoMod(text) {
    const modules = [];
    let block = null;
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
        const n = index + 1;
        const tokens = tokenize(raw);
        if (typeof tokens === 'string')
            return { ok: false, problem: `line ${n}: ${tokens}` };
        if (tokens.length === 0)
            continue;
        if (block) {
            if (tokens[0] === ')') {
                if (tokens.length > 1)
                    return { ok: false, problem: `line ${n}: unexpected text after ")"` };
                block = null;
            }
            else if (tokens.includes('(') || tokens.includes(')')) {
                return { ok: false, problem: `line ${n}: unexpected parenthesis inside the ${block.verb} block` };
            }
            else if (block.verb === 'module') {
                modules.push({ args: tokens, line: n });
            }
            continue;
        }
        const verb = tokens[0];
        if (!GO_MOD_VERBS.has(verb))
            return { ok: false, problem: `line ${n}: unknown directive "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(verb, 40)}"` };
        if (tokens.length === 2 && tokens[1] === '(') {
            block = { verb, line: n };
            continue;
        }
        if (tokens.includes('(') || tokens.includes(')'))
            return { ok: false, problem: `line ${n}: unexpected parenthesis` };
        if (verb === 'module')
            modules.push({ args: tokens.slice(1), line: n });
    }
    if (block)
        return { ok: false, problem: `line ${block.line}: the ${block.verb} block is never closed with ")"` };
    if (modules.length === 0)
        return { ok: false, problem: 'it has no module directive' };
    if (modules.length > 1)
        return { ok: false, problem: `line ${modules[1].line}: repeated module directive` };
    const { args, line } = modules[0];
    if (args.length !== 1)
        return { ok: false, problem: `line ${line}: the module directive needs exactly one module path` };
    const module = unquote(args[0]);
    if (module === null || !/^[A-Za-z0-9.\-_~+]+(\/[A-Za-z0-9.\-_~+]+)*$/.test(module)) {
        return { ok: false, problem: `line ${line}: "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(args[0], 80)}" is not a valid module path` };
    }
    return { ok: true, module };
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


/***/ })

};
