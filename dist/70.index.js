export const id = 70;
export const ids = [70];
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

/***/ 93485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publicationPreflight: () => (/* binding */ publicationPreflight)
});

// EXTERNAL MODULE: ./src/config.ts + 1 modules
var config = __webpack_require__(92997);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./src/formats/go-mod.ts
var go_mod = __webpack_require__(71497);
// EXTERNAL MODULE: ./src/checks/shared/workspace-reads.ts
var workspace_reads = __webpack_require__(33266);
// EXTERNAL MODULE: ./src/checks/shared/go-module.ts
var go_module = __webpack_require__(62018);
;// CONCATENATED MODULE: ./src/checks/publication-preflight/go-module.ts






/**
 * `go-module`: `go.mod` in `go.dir` declares `{server host}/{owner}/{repo}/{go.dir}` with the
 * `/vN` suffix Go requires from major version 2, and `go.tag` is where Go looks for the version.
 */
const goModule = (0,gate/* defineCheck */.qH)({
    id: 'go-module',
    sections: ['go'],
    run: (ctx, { go }) => (0,gate/* withVersion */.$2)(ctx, async (version) => {
        const { owner, repo } = ctx.settings;
        const dir = (0,go_module/* cleanDir */.rf)(go.dir);
        const file = (0,go_module/* goModFile */.hH)(dir);
        let commit;
        try {
            commit = await (0,workspace_reads/* workspaceCommit */.ph)(ctx);
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(`go.mod cannot be tied to the release commit: ${(0,util_text/* messageOf */.b)(error)}`);
        }
        if (commit.problem)
            return (0,gate/* fail */.fJ)(`go.mod is not read: ${commit.problem}`);
        const read = await (0,workspace_reads/* readWorkspaceFileOnce */.Nc)(ctx, file);
        if (!read.ok)
            return (0,gate/* fail */.fJ)(`go.mod of go.dir "${go.dir}" cannot be used: ${read.problem}; check out the repository before this step, or correct go.dir`);
        const parsed = (0,go_mod/* parseGoMod */.k)(read.text);
        if (!parsed.ok)
            return (0,gate/* fail */.fJ)(`${file} cannot be parsed: ${parsed.problem}`);
        const { base, rest, expected, major } = (0,go_module/* expectedModulePath */.A2)(ctx.settings, dir, version);
        const declared = parsed.module;
        // Host, owner and repo resolve case-insensitively on the server; the path below them is exact.
        const matches = declared.length === expected.length && declared.slice(0, base.length).toLowerCase() === base.toLowerCase() && declared.slice(base.length) === rest;
        const problems = [];
        if (!matches) {
            let why = '';
            if (major >= 2 && declared.toLowerCase() === `${base}${dir === '.' ? '' : `/${dir}`}`.toLowerCase()) {
                why = `; Go requires the /v${major} suffix from major version ${major} on`;
            }
            else if (/\/v\d+$/.test(declared) && major < 2) {
                why = `; a /vN suffix belongs to major version 2 or more, and this release is ${version}`;
            }
            problems.push(`${file} declares module "${(0,util_text/* clip */.$)(declared, 120)}", expected "${expected}"${why}`);
        }
        const tag = (0,config/* fillTemplate */.ou)(go.tag, { version, owner, repo });
        const tagGoFinds = `${dir === '.' ? '' : `${dir}/`}v${version}`;
        if (tag !== tagGoFinds) {
            problems.push(`go.tag "${tag}" is not where Go looks for v${version} of a module in "${dir}": the tag must be "${tagGoFinds}"; correct go.tag`);
        }
        if (problems.length > 0)
            return (0,gate/* fail */.fJ)(problems.join('; '), { details: problems.length > 1 ? problems : [] });
        return (0,gate/* pass */.IX)(`${file} declares "${declared}", and Go finds v${version} at tag "${tag}"`);
    })
});

;// CONCATENATED MODULE: ./src/checks/publication-preflight/go-tag.ts



/**
 * `go-tag`: `go.tag` exists on GitHub, is lightweight, and points at `sha`.
 * Release tags only: a rehearsal pushes no Go tag, because the Go module proxy
 * keeps every version it has seen and a rehearsal must not burn one.
 */
const goTag = (0,gate/* defineCheck */.qH)({
    id: 'go-tag',
    sections: ['go'],
    releaseOnly: 'the Go module tag',
    run: (ctx, { go }) => (0,gate/* withVersion */.$2)(ctx, async (version) => {
        const { owner, repo, sha } = ctx.settings;
        const tag = (0,config/* fillTemplate */.ou)(go.tag, { version, owner, repo });
        const push = `git tag ${tag} ${sha} && git push origin refs/tags/${tag}`;
        let ref;
        try {
            ref = await ctx.clients.github.getTagRef(tag);
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(`Go tag "${tag}" could not be looked up: ${(0,util_text/* messageOf */.b)(error)}`);
        }
        if (ref === null) {
            return (0,gate/* fail */.fJ)(`Go tag "${tag}" does not exist on GitHub; push it (lightweight, on the release commit) before the release tag: ${push}`);
        }
        if (ref.object.type === 'tag') {
            return (0,gate/* fail */.fJ)(`Go tag "${tag}" is an annotated tag: lightweight tag expected, on commit ${sha}; replace it: git tag -f ${tag} ${sha} && git push -f origin refs/tags/${tag}`, { details: [`refs/tags/${tag} points at tag object ${(0,util_text/* clip */.$)(ref.object.sha, 64)}`] });
        }
        if (ref.object.type !== 'commit') {
            return (0,gate/* fail */.fJ)(`Go tag "${tag}" points at a ${(0,util_text/* clip */.$)(ref.object.type, 20)} (${(0,util_text/* clip */.$)(ref.object.sha, 64)}), not a commit; lightweight tag on ${sha} expected`);
        }
        if (ref.object.sha.toLowerCase() !== sha) {
            return (0,gate/* fail */.fJ)(`Go tag "${tag}" points at commit ${(0,util_text/* clip */.$)(ref.object.sha, 64)}, but the release commit is ${sha}: the Go module would ship other code than the release`, {
                details: [
                    `tag ${tag}: ${(0,util_text/* clip */.$)(ref.object.sha, 64)}`,
                    `release commit: ${sha}`,
                    'if the Go module proxy has not fetched the tag yet, delete it and push it again on the release commit; otherwise the version is burned: bump the patch'
                ]
            });
        }
        return (0,gate/* pass */.IX)(`Go tag "${tag}" is lightweight and points at ${sha}`);
    })
});

// EXTERNAL MODULE: ./src/checks/shared/npm.ts
var shared_npm = __webpack_require__(49906);
;// CONCATENATED MODULE: ./src/checks/publication-preflight/npm-identity.ts



/** `npm-identity`: the token is set and the registry's whoami answers `npm.publisher`. */
const npmIdentity = (0,gate/* defineCheck */.qH)({
    id: 'npm-identity',
    sections: ['npm'],
    async run(ctx, { npm }) {
        if (!ctx.clients.npm(npm.registry).hasToken) {
            return (0,gate/* fail */.fJ)(`npm-token is empty, so the npm identity cannot be verified; ${shared_npm/* NPM_TOKEN_HINT */.GI}`);
        }
        let who;
        try {
            who = await (0,shared_npm/* npmWhoAmI */.Hm)(ctx, npm.registry);
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(`the npm identity could not be verified: ${(0,util_text/* messageOf */.b)(error)}`);
        }
        if (!who.ok)
            return (0,gate/* fail */.fJ)((0,shared_npm/* rejectionMessage */.Zp)(npm.registry, who, npm.publisher));
        if (who.username !== npm.publisher) {
            return (0,gate/* fail */.fJ)(`npm-token belongs to npm user "${(0,util_text/* clip */.$)(who.username)}", but npm.publisher is "${npm.publisher}"; use the publisher's token, or correct npm.publisher`);
        }
        return (0,gate/* pass */.IX)(`npm-token authenticates as "${npm.publisher}" on ${npm.registry}`);
    }
});

;// CONCATENATED MODULE: ./src/checks/publication-preflight/npm-scope.ts



/** Whether `name` lies inside `@scope/`. */
function inScope(name, scope) {
    return name.startsWith(`@${scope}/`) && name.length > scope.length + 2 && !name.slice(scope.length + 2).includes('/');
}
/**
 * What `user` may do with one package of the scope. Which packages exist comes from the
 * org listing and the packument; the user's own permission only from the package's
 * collaborators asked for that user (team grants included), never from the org listing,
 * whose access level is the org's.
 */
async function accessOf(ctx, api, registry, scope, user, name, orgPackages) {
    const grant = `npm access grant read-write ${scope}:developers ${name}`;
    const listed = orgPackages.has(name);
    const packument = await (0,shared_npm/* npmPackument */.qP)(ctx, registry, name);
    if (packument === null && listed) {
        return {
            name,
            problem: `${(0,shared_npm/* hiddenPackage */.XU)(registry, scope, name)}; give a team of "${user}" read-write access (${grant})`,
            access: 'hidden (restricted)',
            source: `/-/org/${scope}/package`
        };
    }
    if (packument === null) {
        // A package that does not exist yet is created on first publish by any member of the scope's org.
        const members = await ctx.once(`npm-org-members:${registry}:${scope}`, () => api.orgMembers(scope));
        if (members === null) {
            return {
                name,
                problem: `${name} does not exist yet and the registry has no org "@${scope}" (404 for /-/org/${scope}/user); create the org or correct npm.scope`,
                access: 'none',
                source: `/-/org/${scope}/user`
            };
        }
        const role = members.get(user);
        if (role === undefined) {
            return {
                name,
                problem: `${name} does not exist yet and "${user}" is not a member of org "@${scope}"; add them (npm org set ${scope} ${user} developer)`,
                access: 'none',
                source: `/-/org/${scope}/user`
            };
        }
        return { name, problem: null, access: `new package (${(0,util_text/* clip */.$)(role, 20)} of @${scope})`, source: `/-/org/${scope}/user` };
    }
    // The package exists: its collaborators, asked for this user, say what the user may do.
    const source = `/-/package/${name}/collaborators`;
    const collaborators = await api.collaborators(name, user);
    if (collaborators === null) {
        const fix = listed ? `check that the npm-token can read ${name}` : `move it into org "@${scope}" (${grant})`;
        return {
            name,
            problem: `${name} exists, but ${registry} answered 404 for ${source}, so whether "${user}" may publish it cannot be told; ${fix}`,
            access: 'unknown',
            source
        };
    }
    const permission = collaborators.get(user);
    if (permission === 'read-write')
        return { name, problem: null, access: 'read-write', source };
    if (permission === 'read-only') {
        return { name, problem: `${name}: "${user}" has read-only access; give a team of "${user}" write access (${grant})`, access: 'read-only', source };
    }
    const fix = listed ? `give a team of "${user}" write access (${grant})` : `move it into org "@${scope}" and grant write access (${grant})`;
    return { name, problem: `${name} exists but "${user}" has no access to it; ${fix}`, access: 'none', source };
}
/** `npm-scope`: the token's identity can publish every `npm.packages` entry, all inside `@{npm.scope}`. */
const npmScope = (0,gate/* defineCheck */.qH)({
    id: 'npm-scope',
    sections: ['npm'],
    async run(ctx, { npm }) {
        const api = ctx.clients.npm(npm.registry);
        if (!api.hasToken)
            return (0,gate/* fail */.fJ)(`npm-token is empty, so publish rights cannot be checked; ${shared_npm/* NPM_TOKEN_HINT */.GI}`);
        let who;
        try {
            who = await (0,shared_npm/* npmWhoAmI */.Hm)(ctx, npm.registry);
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(`publish rights could not be checked: ${(0,util_text/* messageOf */.b)(error)}`);
        }
        if (!who.ok)
            return (0,gate/* fail */.fJ)(`publish rights cannot be checked: ${npm.registry} rejected the npm-token (see npm-identity)`);
        const user = who.username;
        const rows = [];
        const inside = npm.packages.filter((name) => inScope(name, npm.scope));
        for (const name of npm.packages.filter((n) => !inScope(n, npm.scope))) {
            rows.push({
                name,
                problem: `${(0,util_text/* clip */.$)(name)} is outside the scope "@${npm.scope}"; rename it into @${npm.scope} or correct npm.scope`,
                access: 'outside scope',
                source: 'config'
            });
        }
        if (inside.length > 0) {
            let orgPackages;
            try {
                orgPackages = await (0,shared_npm/* npmOrgPackages */.$H)(ctx, npm.registry, npm.scope);
            }
            catch (error) {
                return (0,gate/* fail */.fJ)(`publish rights could not be checked: ${(0,util_text/* messageOf */.b)(error)}`);
            }
            if (orgPackages === null) {
                return (0,gate/* fail */.fJ)(`${npm.registry} answered 404 for org "@${npm.scope}" (/-/org/${npm.scope}/package): the scope is not an npm org there, so team grants cannot be checked; create the org or correct npm.scope`, { details: rows.map((r) => r.problem) });
            }
            try {
                const found = await Promise.all(inside.map((name) => accessOf(ctx, api, npm.registry, npm.scope, user, name, orgPackages)));
                rows.push(...found);
            }
            catch (error) {
                return (0,gate/* fail */.fJ)(`publish rights could not be checked: ${(0,util_text/* messageOf */.b)(error)}`);
            }
        }
        rows.sort((a, b) => npm.packages.indexOf(a.name) - npm.packages.indexOf(b.name));
        const table = { columns: ['package', 'access', 'from'], rows: rows.map((r) => [r.name, r.access, r.source]) };
        const problems = rows.filter((r) => r.problem !== null);
        if (problems.length > 0) {
            const first = problems[0].problem;
            const more = problems.length > 1 ? ` (and ${problems.length - 1} more, below)` : '';
            return (0,gate/* fail */.fJ)(`npm user "${(0,util_text/* clip */.$)(user)}" cannot publish ${problems.length} of ${npm.packages.length} packages: ${first}${more}`, {
                details: problems.map((r) => r.problem),
                table
            });
        }
        return (0,gate/* pass */.IX)(`npm user "${(0,util_text/* clip */.$)(user)}" can publish all ${npm.packages.length} packages in @${npm.scope}`, { table });
    }
});

// EXTERNAL MODULE: ./src/clients/oci/index.ts + 3 modules
var oci = __webpack_require__(93885);
// EXTERNAL MODULE: ./src/util/map-limit.ts
var map_limit = __webpack_require__(9992);
// EXTERNAL MODULE: ./src/checks/shared/oci-refs.ts
var oci_refs = __webpack_require__(71477);
;// CONCATENATED MODULE: ./src/checks/publication-preflight/oci-push.ts




/** Two at a time: an image and a chart, without opening more connections to one registry than a push does. */
const PROBES_AT_ONCE = 2;
const SECTIONS = ['container', 'helm'];
/** The request lines of a probe, for the details: what went where, with which kind of credential. */
function requestLines(p) {
    if (!p.result.ok)
        return [];
    return p.result.probe.requests.map((r) => `  ${r.method} ${r.url} → ${r.status} (${r.credential === 'none' ? 'no credential' : r.credential})`);
}
function verdict(p) {
    if (p.result.ok)
        return p.result.probe.notes.length ? 'push allowed (the cancel failed: see below)' : 'push allowed (upload started and cancelled)';
    return p.result.probed ? `FAILS: ${p.result.message}` : `not probed: ${p.result.message}`;
}
async function probeAll(ctx, pushHosts, wanted) {
    const credentials = { user: ctx.settings.owner, password: ctx.settings.token };
    return (0,map_limit/* mapLimit */.s)(wanted, PROBES_AT_ONCE, async ({ section, template }) => {
        const { image, written } = (0,oci_refs/* ociImage */.xP)(ctx, section, template);
        const base = { section, image, written };
        // Checked here, before the client is called, so the fix names the config key; the client refuses such a host too.
        if (!pushHosts.includes(image.registry.toLowerCase())) {
            return {
                ...base,
                result: {
                    ok: false,
                    probed: false,
                    message: `${image.registry} is not in oci.push-hosts (${pushHosts.join(', ') || 'empty'}), and the GitHub token is sent to no other host; add it to oci.push-hosts, or set oci: false`
                }
            };
        }
        try {
            return { ...base, result: { ok: true, probe: await ctx.clients.oci.probePush(image, credentials, { pushHosts }) } };
        }
        catch (error) {
            if (!(error instanceof oci/* OciError */.Mf))
                throw error;
            return { ...base, result: { ok: false, probed: true, message: error.message } };
        }
    });
}
/**
 * `oci-push`: before any registry sees the release, the workflow's GitHub token can push the
 * container image and the Helm chart. A version PyPI and npm accepted is burned if the image push
 * is then denied, so the denial must come first: each repository's token service is asked for
 * push, and a blob upload is started and cancelled (nothing is written).
 */
async function checkOciPush(ctx, oci) {
    const wanted = [];
    const off = [];
    for (const section of SECTIONS) {
        const template = (0,oci_refs/* ociTemplate */.uq)(ctx.config, section);
        if (template.state === 'missing') {
            return (0,gate/* fail */.fJ)((0,gate/* sectionMissingMessage */.H4)(section, 'oci-push', {
                purpose: `to know where the ${oci_refs/* OCI_LABEL */.D8[section]} is pushed`,
                remedy: `when the release publishes no ${oci_refs/* OCI_LABEL */.D8[section]}`
            }));
        }
        if (template.state === 'off')
            off.push(section);
        else
            wanted.push({ section, template: template.value });
    }
    if (wanted.length === 0)
        return (0,gate/* skip */.iv)('no container image or Helm chart to push ("container: false" and "helm: false")');
    if (!ctx.settings.token) {
        return (0,gate/* fail */.fJ)('input "token" is empty; keep its default (github.token) or pass a token with the permissions in the README (packages: write for oci-push)');
    }
    const probed = await probeAll(ctx, oci['push-hosts'], wanted);
    const table = {
        columns: ['repository', 'host', 'verdict'],
        rows: probed.map((p) => [p.image.repository, p.image.registry, verdict(p)]),
        failing: probed.flatMap((p, i) => (p.result.ok ? [] : [i]))
    };
    const details = [];
    for (const p of probed) {
        details.push(`${oci_refs/* OCI_LABEL */.D8[p.section]} ${p.written} (${oci_refs/* OCI_KEY */.aB[p.section]}):`, ...requestLines(p));
        if (p.result.ok)
            for (const note of p.result.probe.notes)
                details.push(`  note: ${note}`);
        else
            details.push(`  ${p.result.message}`);
    }
    const notAsked = off.map((s) => `${oci_refs/* OCI_LABEL */.D8[s]} not probed ("${s}: false")`).join('; ');
    const failed = probed.filter((p) => !p.result.ok);
    if (failed.length > 0) {
        const first = failed[0];
        const more = failed.length > 1 ? ` (and ${failed.length - 1} more, below)` : '';
        return (0,gate/* fail */.fJ)(`${oci_refs/* OCI_LABEL */.D8[first.section]} ${first.written}: ${first.result.ok ? '' : first.result.message}${more}`, { details, table });
    }
    const pushed = probed.map((p) => `${oci_refs/* OCI_LABEL */.D8[p.section]} ${p.written}`).join(' and ');
    return (0,gate/* pass */.IX)(`the GitHub token can push the ${pushed} (an upload was started and cancelled; nothing was written)${notAsked ? `; ${notAsked}` : ''}`, {
        details,
        table
    });
}
const ociPush = (0,gate/* defineCheck */.qH)({
    id: 'oci-push',
    sections: ['oci'],
    releaseOnly: 'the OCI push permission check (a rehearsal publishes no image or chart)',
    run: (ctx, { oci }) => checkOciPush(ctx, oci)
});

// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/checks/shared/version-holders.ts







/** A config section a probe cannot use: off explicitly, or missing (an error for `unpublished`). */
function sectionProbe(name, section, registry, place = registry) {
    if (section.state === 'off')
        return { registry, place, subject: '-', state: 'off', note: (0,gate/* sectionOffMessage */.m6)(name) };
    return {
        registry,
        place,
        subject: '-',
        state: 'unconfigured',
        note: (0,gate/* sectionMissingMessage */.H4)(name, 'unpublished', { remedy: 'if this release does not publish there' })
    };
}
/** Runs one question; a throw is `unknown` with the cause, since a place that cannot answer may hold the version. */
async function asked(where, ask) {
    try {
        return { ...where, ...(await ask()) };
    }
    catch (error) {
        return { ...where, state: 'unknown', note: `could not be asked: ${(0,util_text/* messageOf */.b)(error)}` };
    }
}
function probePypi(ctx, version) {
    const section = (0,gate/* sectionOf */.ZE)(ctx.config, 'pypi');
    if (section.state !== 'on')
        return Promise.resolve([sectionProbe('pypi', section, 'PyPI')]);
    const pypi = section.value;
    const pep440 = (0,src_version/* semverToPep440 */.Z9)(version);
    if (pep440 === null) {
        return Promise.resolve([
            {
                registry: 'PyPI',
                place: 'PyPI',
                subject: pypi.project,
                state: 'unknown',
                note: `version ${version} has no PEP 440 spelling, so PyPI cannot be asked; use a prerelease PyPI understands (-alpha.N, -beta.N, -rc.N)`
            }
        ]);
    }
    const subject = `${pypi.project} ${pep440}`;
    return Promise.all([
        asked({ registry: 'PyPI', place: 'PyPI', subject }, async () => {
            const release = await ctx.clients.pypi(pypi.index).release(pypi.project, pep440);
            if (release === null)
                return { state: 'free', note: `${pypi.index} has no release ${pep440}` };
            const yanked = release.yanked ? ' (yanked, still burned)' : '';
            return { state: 'taken', note: `${pypi.index} holds ${(0,util_text/* clip */.$)(release.name)} ${(0,util_text/* clip */.$)(release.version)}${yanked} with ${release.files.length} file(s)` };
        })
    ]);
}
function probeNpm(ctx, version) {
    const section = (0,gate/* sectionOf */.ZE)(ctx.config, 'npm');
    if (section.state !== 'on')
        return Promise.resolve([sectionProbe('npm', section, 'npm')]);
    const npm = section.value;
    return Promise.all(npm.packages.map((name) => asked({ registry: 'npm', place: `npm ${name}`, subject: `${name}@${version}` }, async () => {
        const packument = await (0,shared_npm/* npmPackument */.qP)(ctx, npm.registry, name);
        if (packument === null)
            return absentPackage(ctx, npm.registry, name);
        if (packument.versions.includes(version))
            return { state: 'taken', note: `${npm.registry} serves ${name}@${version}` };
        // npm never lets a version be published again, even after it was unpublished.
        if (packument.timedVersions.includes(version)) {
            return { state: 'taken', note: `${name}@${version} was published on ${npm.registry} and later unpublished; npm never takes it again` };
        }
        return { state: 'free', note: `${name} has ${packument.versions.length} other version(s), not ${version}` };
    })));
}
/**
 * What a 404 packument means. npm answers 404 both for a package never published and for a
 * restricted package the reader may not see, so for a scoped package the org's package
 * listing must confirm that the package does not exist. Unscoped packages are always public.
 */
async function absentPackage(ctx, registry, name) {
    const never = { state: 'free', note: `${name} was never published on ${registry}` };
    const scope = /^@([^/]+)\//.exec(name)?.[1];
    if (scope === undefined)
        return never;
    if (!ctx.clients.npm(registry).hasToken) {
        return {
            state: 'unknown',
            note: `${registry} shows no ${name} to an anonymous reader, and without npm-token the org listing that tells a restricted package from a new one cannot be asked; ${shared_npm/* NPM_TOKEN_HINT */.GI}`
        };
    }
    const listed = await (0,shared_npm/* npmOrgPackages */.$H)(ctx, registry, scope);
    if (listed === null) {
        return {
            state: 'unknown',
            note: `${registry} answered 404 for ${name}, and has no org "@${scope}" (404 for /-/org/${scope}/package) to tell a restricted package from a new one; correct npm.scope or the package name`
        };
    }
    if (listed.has(name)) {
        return {
            state: 'unknown',
            note: `${(0,shared_npm/* hiddenPackage */.XU)(registry, scope, name)}, so whether it holds this version cannot be told; use the publisher's npm-token, with read access to ${name}`
        };
    }
    return never;
}
/** How `status` names an OCI place: `image ghcr.io/o/r`, `chart ghcr.io/o/charts/c`. */
const OCI_PLACE = { container: 'image', helm: 'chart' };
function probeOci(ctx, version, name) {
    const label = oci_refs/* OCI_LABEL */.D8[name];
    const section = (0,oci_refs/* ociTemplate */.uq)(ctx.config, name);
    if (section.state !== 'on')
        return Promise.resolve([sectionProbe(name, section, label)]);
    const template = section.value;
    const key = oci_refs/* OCI_KEY */.aB[name];
    const written = (0,oci_refs/* ociRepository */.md)(ctx, template);
    // The tag is the version without the v.
    const subject = `${written}:${version}`;
    return Promise.all([
        asked({ registry: label, place: `${OCI_PLACE[name]} ${written}`, subject }, async () => {
            let ref;
            try {
                ref = (0,oci/* parseImageRef */.Q)(written);
            }
            catch (error) {
                throw new Error(`${key}: ${(0,util_text/* messageOf */.b)(error)}`);
            }
            const manifest = await ctx.clients.oci.manifest(ref, version);
            if (manifest === null)
                return { state: 'free', note: `${ref.registry} has no tag ${version} in ${ref.repository}` };
            const what = [manifest.mediaType, manifest.digest].filter(Boolean).join(' ');
            return { state: 'taken', note: `${ref.registry} holds ${ref.repository}:${version}${what ? ` (${what})` : ''}` };
        })
    ]);
}
/** A tag's ref on GitHub, looked up once per run (the release probe, the tag probe and visibility share it). */
function tagRefOnce(ctx, tag) {
    return ctx.once(`github-tag-ref:${tag}`, () => ctx.clients.github.getTagRef(tag));
}
function githubVisibility(ctx) {
    return ctx.once('github-visibility', async () => {
        const tag = ctx.release.tag;
        if ((await tagRefOnce(ctx, tag)) !== null)
            return { visible: true, by: 'release-tag', name: tag };
        const main = (0,gate/* sectionOf */.ZE)(ctx.config, 'main');
        if (main.state !== 'on')
            return { visible: false, branch: null };
        const branch = main.value.branch;
        if ((await ctx.clients.github.getBranchRef(branch)) !== null)
            return { visible: true, by: 'branch', name: branch };
        return { visible: false, branch };
    });
}
/** Why a 404 from GitHub proves nothing: the fix names the repository and the permission. */
function unseenRepository(ctx, asked, branch) {
    const { owner, repo } = ctx.settings;
    return `GitHub shows neither ${asked} nor branch ${(0,util_text/* clip */.$)(branch)} in ${owner}/${repo}: the token cannot see the repository (GitHub answers 404 then), or main.branch is wrong; give the GitHub token read access to ${owner}/${repo} (contents: read), or correct main.branch`;
}
/** The GitHub release for the release tag. */
function probeGitHub(ctx) {
    const tag = ctx.release.tag;
    return Promise.all([
        asked({ registry: 'GitHub release', place: 'GitHub release', subject: tag }, async () => {
            const release = await ctx.clients.github.getReleaseByTag(tag);
            if (release !== null) {
                const draft = release.draft ? 'draft ' : '';
                return { state: 'taken', note: `a ${draft}release exists for tag ${tag}`, link: release.htmlUrl };
            }
            const seen = await githubVisibility(ctx);
            if (seen.visible) {
                return { state: 'free', note: `no release for tag ${tag} (${seen.by === 'release-tag' ? 'the tag exists' : `branch ${(0,util_text/* clip */.$)(seen.name)} is visible`})` };
            }
            const { owner, repo } = ctx.settings;
            if (seen.branch === null) {
                // No branch to look at: the tag push that starts the action is what proves the 404 real.
                return {
                    state: 'unknown',
                    note: `GitHub shows neither tag ${tag} nor a release for it in ${owner}/${repo}: the token cannot see the repository, or the tag was not pushed; give the "token" input read access to ${owner}/${repo} (contents: read), and run this gate from the push of ${tag}`
                };
            }
            return { state: 'unknown', note: unseenRepository(ctx, `tag ${tag}, a release for it,`, seen.branch) };
        })
    ]);
}
/** A tag on GitHub (the release tag, or the Go module tag); `label` is the place, e.g. `tag v1.2.3`. Tags are never reused. */
function probeTag(ctx, tag, label) {
    return asked({ registry: label, place: label, subject: tag }, async () => {
        const ref = await tagRefOnce(ctx, tag);
        if (ref !== null) {
            const what = ref.object.type === 'tag' ? 'tag object' : ref.object.type;
            return { state: 'taken', note: `tag ${tag} exists on GitHub and points at ${what} ${ref.object.sha}` };
        }
        const seen = await githubVisibility(ctx);
        if (seen.visible) {
            const proof = seen.by === 'release-tag' ? `tag ${clip(seen.name)} is visible` : `branch ${clip(seen.name)} is visible`;
            return { state: 'free', note: `GitHub has no tag ${tag} (${proof}, so the token sees the repository)` };
        }
        const { owner, repo } = ctx.settings;
        if (seen.branch === null) {
            return {
                state: 'unknown',
                note: `GitHub shows no tag ${tag} in ${owner}/${repo}, which it also answers when the token cannot see the repository, and the config has no "main" section whose branch could prove it does; give the GitHub token read access to ${owner}/${repo} (contents: read) and add the "main" section`
            };
        }
        return { state: 'unknown', note: unseenRepository(ctx, `tag ${tag}`, seen.branch) };
    });
}
/**
 * The Go module proxy (`goproxy`, one URL as go-resolves uses it) for the module `go.dir` declares
 * at `v{version}`. The proxy keeps the first commit it saw for a version, so one it serves is burned.
 */
function probeGoProxy(ctx, version) {
    const go = sectionOf(ctx.config, 'go');
    if (go.state !== 'on')
        return Promise.resolve(sectionProbe('go', go, 'Go proxy'));
    const proxyUrl = sectionOf(ctx.config, 'goproxy');
    if (proxyUrl.state !== 'on')
        return Promise.resolve(sectionProbe('goproxy', proxyUrl, 'Go proxy'));
    const goVersion = `v${version}`;
    return (async () => {
        let module;
        try {
            ({ module } = await readGoModule(ctx, go.value.dir));
        }
        catch (error) {
            return {
                registry: 'Go proxy',
                place: 'Go proxy',
                subject: `${go.value.dir}@${goVersion}`,
                state: 'unknown',
                note: `could not be asked: ${messageOf(error)}`
            };
        }
        const subject = `${module}@${goVersion}`;
        return asked({ registry: 'Go proxy', place: 'Go proxy', subject }, async () => {
            const proxy = ctx.clients.goproxy(proxyUrl.value);
            const host = new URL(proxy.base).host;
            const info = await proxy.info(module, goVersion);
            if (info === null)
                return { state: 'free', note: `${host} does not serve ${subject} (404/410)` };
            const ref = info.Origin?.Ref;
            return { state: 'taken', note: `${host} serves ${subject}${ref ? ` (from ${clip(ref)})` : ''}` };
        });
    })();
}
/** Every package registry the release publishes to (PyPI, each npm package, the image, the chart), asked concurrently. */
async function probeRegistries(ctx, version) {
    const answers = await Promise.all([probePypi(ctx, version), probeNpm(ctx, version), probeOci(ctx, version, 'container'), probeOci(ctx, version, 'helm')]);
    return answers.flat();
}

;// CONCATENATED MODULE: ./src/checks/publication-preflight/unpublished.ts



/**
 * `unpublished`: no registry already holds this version (PyPI, each npm package,
 * the container image tag, the Helm chart version) and no GitHub release exists
 * for the tag. A version any registry accepted is burned, because registries
 * never take the same version twice.
 */
const unpublished = {
    id: 'unpublished',
    run: (ctx) => (0,gate/* withVersion */.$2)(ctx, async (version) => {
        const probes = (await Promise.all([probeRegistries(ctx, version), probeGitHub(ctx)])).flat();
        const table = {
            columns: ['registry', 'asked for', 'answer'],
            rows: probes.map((p) => [p.registry, p.subject, `${p.state}: ${p.note}`])
        };
        const links = probes.flatMap((p) => (p.link ? [p.link] : []));
        const taken = probes.filter((p) => p.state === 'taken');
        const unknown = probes.filter((p) => p.state === 'unknown' || p.state === 'unconfigured');
        const trouble = unknown.map((p) => `${p.registry} (${p.subject}): ${p.note}`);
        if (taken.length > 0) {
            const where = taken.map((p) => `${p.registry} (${p.subject})`).join(', ');
            return (0,gate/* fail */.fJ)(`version ${version} is burned: ${where} already ${taken.length > 1 ? 'hold' : 'holds'} it; registries never accept a version twice, so bump the patch and release ${(0,src_version/* nextVersion */.yU)(version)} instead`, { details: [...taken.map((p) => `${p.registry}: ${p.note}`), ...trouble], table, links });
        }
        if (unknown.length > 0) {
            return (0,gate/* fail */.fJ)(`cannot confirm that ${version} is unpublished: ${trouble[0]}${unknown.length > 1 ? ` (and ${unknown.length - 1} more, below)` : ''}`, {
                details: trouble,
                table,
                links
            });
        }
        const asked = probes.filter((p) => p.state === 'free').map((p) => p.registry);
        const names = [...new Set(asked)].map((r) => {
            const n = asked.filter((a) => a === r).length;
            return n > 1 ? `${r} (${n} packages)` : r;
        });
        const off = probes.filter((p) => p.state === 'off').map((p) => p.registry);
        return (0,gate/* pass */.IX)(`${version} is on no registry: ${names.join(', ')}${off.length ? `; not asked (turned off): ${off.join(', ')}` : ''}`, { table, links });
    })
};

;// CONCATENATED MODULE: ./src/gates/publication-preflight.ts






/** npm identity and scope, the coupled Go tag, burned versions, OCI push rights: everything that must hold before any registry sees the release. */
const publicationPreflight = {
    id: 'publication-preflight',
    title: 'npm identity and scope, the coupled Go tag, burned versions, OCI push rights',
    // In the contract's order.
    checks: [npmIdentity, npmScope, goTag, goModule, unpublished, ociPush]
};


/***/ }),

/***/ 9992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Maps over items with at most `limit` calls in flight, keeping order.
 * Bounds open files and connections when a gate handles dozens of wheels or assets.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    }
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}


/***/ }),

/***/ 8338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ summarizeProblems)
/* harmony export */ });
/** One summary line for a list of problems: the only one, or a count and the first (the rest go to details). */
function summarizeProblems(problems, noun) {
    return problems.length === 1 ? problems[0] : `${problems.length} ${noun} problems: ${problems[0]} (and ${problems.length - 1} more, see details)`;
}


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
