export const id = 437;
export const ids = [437];
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

/***/ 49906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ npmOrgPackages),
/* harmony export */   GI: () => (/* binding */ NPM_TOKEN_HINT),
/* harmony export */   Hm: () => (/* binding */ npmWhoAmI),
/* harmony export */   XU: () => (/* binding */ hiddenPackage),
/* harmony export */   Zp: () => (/* binding */ rejectionMessage),
/* harmony export */   Zv: () => (/* binding */ shortSri),
/* harmony export */   f_: () => (/* binding */ awaitNpmRelease),
/* harmony export */   hj: () => (/* binding */ absentMessage),
/* harmony export */   jE: () => (/* binding */ checkDistTarball),
/* harmony export */   kY: () => (/* binding */ distTarballs),
/* harmony export */   qP: () => (/* binding */ npmPackument),
/* harmony export */   vk: () => (/* binding */ compareRegistryTarball)
/* harmony export */ });
/* unused harmony exports npmPackFileName, recordedSha512, sha512File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _clients_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51449);
/* harmony import */ var _formats_packument_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93144);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49997);
/* harmony import */ var _util_poll_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66451);
/* harmony import */ var _dist_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77973);








/** npm lookups shared by several checks; each is asked once per gate run (ctx.once). */
/** How to pass the token, for every message that finds it missing. */
const NPM_TOKEN_HINT = "pass the publisher's token to the action as `npm-token: ${{ secrets.NPM_TOKEN }}`";
/** `/-/whoami` asked once per registry and shared by npm-identity and npm-scope. */
function npmWhoAmI(ctx, registry) {
    return ctx.once(`npm-whoami:${registry}`, () => ctx.clients.npm(registry).whoami());
}
/** Why a token was not accepted, as one sentence naming the registry and the fix. */
function rejectionMessage(registry, who, publisher) {
    return `${registry} rejected the npm-token (token rejected: ${who.reason}); create a new publish token for npm user "${publisher}" and store it as the NPM_TOKEN secret`;
}
/** A packument asked once per registry and package, shared by npm-scope and unpublished. */
function npmPackument(ctx, registry, name) {
    return ctx.once(`npm-packument:${registry}:${name}`, () => ctx.clients.npm(registry).packument(name));
}
/** The packages of org `@scope` (`/-/org/{scope}/package`), asked once per registry and scope; shared by npm-scope and unpublished. */
function npmOrgPackages(ctx, registry, scope) {
    return ctx.once(`npm-org-packages:${registry}:${scope}`, () => ctx.clients.npm(registry).orgPackages(scope));
}
/**
 * Why a package the org lists answered 404 for its packument: it exists, restricted,
 * and the registry hides it from this reader. Never "new", never "free".
 */
function hiddenPackage(registry, scope, name) {
    return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)(name)} exists but ${registry} would not show it to this token (404 for its packument, yet /-/org/${scope}/package lists it): it is restricted and the reader cannot read it`;
}
/**
 * The file name `npm pack` gives a package version: the scope's `@` dropped and its `/`
 * turned into `-` (`@sketchlog/client@1.2.3` → `sketchlog-client-1.2.3.tgz`).
 */
function npmPackFileName(name, version) {
    return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}
/** The start of a sha512 digest, enough to tell two apart in a message or table. */
function shortSri(sha512) {
    return `sha512-${sha512.slice(0, 16)}…`;
}
/**
 * Asks until the registry serves the version: the packument lists it and its tarball
 * downloads. A 404 packument, a packument without the version, or a 404 tarball is "not
 * yet" (the registry or its CDN may not serve it yet); anything thrown (a refused
 * connection after retries, a malformed packument, a 401) ends the wait, as does an
 * integrity that cannot be verified. Once the version is listed, only the tarball is
 * asked again: what was found is not asked for twice.
 */
function awaitNpmRelease(ctx, what, api, name, version, lookup) {
    const subject = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)(name)}@${version}`;
    let listed = null;
    return (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_7__/* .poll */ .wt)(ctx, what, (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_7__/* .pollHost */ .iz)(api.registry), async () => {
        if (listed === null) {
            const found = await lookup();
            if (found === null)
                return { done: false, seen: `no packument for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)(name)} (404)`, value: null };
            if (found.manifest === null) {
                const latest = found.latest === null ? '' : `, latest ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)(found.latest, 40)}`;
                return { done: false, seen: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)(name)} lists ${found.versions.length} version(s)${latest}, not ${version}`, value: null };
            }
            listed = found.manifest;
        }
        const manifest = listed;
        const recorded = recordedSha512(manifest, subject);
        if ('problem' in recorded)
            return { done: true, value: { manifest, recorded, digest: null } };
        const digest = await api.tarball(manifest.dist.tarball);
        if (digest === null)
            return { done: false, seen: `${subject} is listed, but its tarball ${(0,_clients_http_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .zA)(manifest.dist.tarball)} answers 404`, value: null };
        return { done: true, value: { manifest, recorded, digest } };
    });
}
/** Why a version is still missing when the wait ended, with the fix. */
function absentMessage(ctx, subject, registry, result) {
    return `${subject} is not on ${registry} (seen: ${result.lastSeen ?? 'nothing'})${(0,_util_poll_js__WEBPACK_IMPORTED_MODULE_7__/* .waitAdvice */ .o1)(ctx.wait, result, 'publish it', 'the registry to catch up')}`;
}
/** The sha512 the version's dist.integrity records, or the problem that leaves it unverifiable. */
function recordedSha512(manifest, subject) {
    if (manifest.dist.integrity === null) {
        return { problem: `${subject} records no dist.integrity, so its bytes cannot be verified; publish with npm 5 or later, which records sha512` };
    }
    try {
        return { sha512: (0,_formats_packument_js__WEBPACK_IMPORTED_MODULE_4__/* .sha512OfIntegrity */ .Pf)(manifest.dist.integrity, subject) };
    }
    catch (error) {
        return { problem: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .b)(error) };
    }
}
/** Compares the registry's tarball with the recorded sha512, and with `dist.shasum` where recorded. */
function compareRegistryTarball(manifest, digest, expected, subject) {
    const where = (0,_clients_http_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .zA)(digest.url);
    if (digest.sha512 !== expected) {
        return {
            cell: `differs (${shortSri(digest.sha512)})`,
            problem: `${subject}: the tarball ${where} hashes to ${shortSri(digest.sha512)}, not its dist.integrity ${shortSri(expected)}; the registry serves other bytes than were published, so nobody can install this version: release a new patch version`
        };
    }
    if (manifest.dist.shasum !== null && manifest.dist.shasum.toLowerCase() !== digest.sha1) {
        return {
            cell: 'shasum differs',
            problem: `${subject}: the tarball ${where} matches dist.integrity but its sha1 is ${digest.sha1}, not dist.shasum ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)(manifest.dist.shasum, 48)}; the packument contradicts itself: release a new patch version`
        };
    }
    return { cell: `matches (${digest.size} bytes)`, problem: null };
}
/**
 * The npm pack tarballs in dist, by file name. A missing dist folder is no error here
 * (npm packages need not be built into dist); any other trouble with it is (DistError).
 */
async function distTarballs(ctx) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(ctx.settings.distDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return new Set();
    }
    return new Set((await (0,_dist_files_js__WEBPACK_IMPORTED_MODULE_6__/* .listDistFiles */ .kP)(ctx)).filter((file) => file.endsWith('.tgz')));
}
/** sha512 (base64) of a file, read as a stream so memory stays flat. */
async function sha512File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    const handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(file, 'r');
    try {
        for await (const chunk of handle.createReadStream())
            hash.update(chunk);
    }
    finally {
        await handle.close().catch(() => { });
    }
    return hash.digest('base64');
}
/** Compares dist's `npm pack` tarball of the version, where there is one, with the recorded sha512. */
async function checkDistTarball(ctx, inDist, name, version, expected, subject) {
    const file = npmPackFileName(name, version);
    if (!inDist.has(file))
        return { cell: 'none in dist', problem: null };
    let actual;
    try {
        actual = await sha512File(node_path__WEBPACK_IMPORTED_MODULE_2__.join(ctx.settings.distDir, file));
    }
    catch (error) {
        return { cell: 'unreadable', problem: `${subject}: ${file} in dist cannot be read (${error.code ?? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .b)(error)})` };
    }
    if (actual !== expected) {
        return {
            cell: `differs (${shortSri(actual)})`,
            problem: `${subject}: ${file} in dist hashes to ${shortSri(actual)}, but the registry's dist.integrity is ${shortSri(expected)}; the registry holds another build than this workflow made: release a new patch version from one build`
        };
    }
    return { cell: `matches (${file})`, problem: null };
}


/***/ }),

/***/ 33266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nc: () => (/* binding */ readWorkspaceFileOnce),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   ph: () => (/* binding */ workspaceCommit),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
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


/***/ })

};
