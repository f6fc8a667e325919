export const id = 444;
export const ids = [444];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ COMMON_OPTIONS),
/* harmony export */   KC: () => (/* binding */ versionArgument),
/* harmony export */   L3: () => (/* binding */ releaseFor),
/* harmony export */   Od: () => (/* binding */ gitOf),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   dc: () => (/* reexport safe */ _io_js__WEBPACK_IMPORTED_MODULE_5__.d)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clients_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16848);
/* harmony import */ var _util_template_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15664);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);







const COMMON_OPTIONS = {
    workspace: { type: 'string' },
    config: { type: 'string' },
    repository: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
/** Parses a command's flags strictly: an unknown flag or a missing value is a usage error (exit 2), not a stack trace. */
function parseCommandArgs(args, options, command) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${message.replace(/\. To specify a positional argument.*$/, '')}; see release-gates ${command} --help`);
    }
}
/** The one version argument of a maintainer command, as SemVer without a `v`. */
function versionArgument(positionals, command) {
    if (positionals.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`release-gates ${command} takes one version (X.Y.Z), got ${positionals.length === 0 ? 'none' : positionals.map((p) => `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(p)}"`).join(' ')}`);
    }
    const version = positionals[0];
    const problem = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .semverProblem */ .WA)(version);
    if (problem) {
        const hint = /^v\d/.test(version) ? `; write ${version.slice(1)}, without the v (the tag template adds it)` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${problem}${hint}`);
    }
    return version;
}
/** The release a maintainer command works on: the release tag the config's template makes for `version`. */
function releaseFor(config, version, owner, repo) {
    return { tag: (0,_util_template_js__WEBPACK_IMPORTED_MODULE_6__/* .fillTemplate */ .o)(config.tags.release, { version, owner, repo }), version, kind: 'release', tagProblem: null };
}
function gitOf(io) {
    return io.git ?? io.clients?.git ?? (0,_clients_git_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitApi */ .t)();
}


/***/ }),

/***/ 31666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jd: () => (/* binding */ commandSettings),
  Qo: () => (/* binding */ headCommit),
  eY: () => (/* binding */ loadCommandConfig),
  BN: () => (/* binding */ resolveRepository),
  B3: () => (/* binding */ workspaceOf)
});

// UNUSED EXPORTS: githubToken, repositoryFromRemote

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/cli/tokens.ts
var tokens = __webpack_require__(90302);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/loopback.ts
var loopback = __webpack_require__(26815);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(84537);
;// CONCATENATED MODULE: ./src/settings.ts







/** The command-line tool's maintainer commands, which run checks of their own before any tag exists. */
const MAINTAINER_COMMANDS = (/* unused pure expression or super */ null && (['bump', 'prepare', 'tag', 'doctor', 'status']));
/**
 * GitHub's names: a user or organisation is letters, digits and single hyphens
 * (Enterprise Managed Users add `_shortcode`), at most 39 characters; a repository
 * is letters, digits, `.`, `_` and `-`, at most 100, and never `.` or `..`. Anything
 * else in GITHUB_REPOSITORY (a path such as `../..`) would change which API path
 * the requests go to.
 */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9_])){0,38}$/;
const REPO = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;
/** A runner URL (GITHUB_SERVER_URL, GITHUB_API_URL): absolute http(s) with a host and no credentials, query or fragment. */
function runnerUrl(name, raw, fallback) {
    const value = (raw || fallback).replace(/\/+$/, '');
    const problem = runnerUrlProblem(value);
    if (problem)
        throw new errors/* InputError */.d(`${name} "${(0,util_text/* clip */.$)(value)}" ${problem}; it is set by the runner (or the workflow's env) and must be the GitHub URL`);
    return value;
}
function runnerUrlProblem(value) {
    if (!URL.canParse(value))
        return 'is not a URL';
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return `uses ${url.protocol}, not https://`;
    // The token goes to this URL: plain http only on loopback, as for every registry URL.
    if (!(0,loopback/* isAllowedUrl */.y2)(url))
        return 'uses http:// off loopback, which would send the token unencrypted; use https://';
    if (!url.hostname)
        return 'has no host';
    if (url.username || url.password)
        return 'carries credentials';
    if (url.search || url.hash)
        return 'has a query or fragment';
    return null;
}
/**
 * The spellings a boolean input may take (case and surrounding space do not matter). Plain code, not zod, here: these two scalars are all the settings validate, and the
 * settings are read before any library loads, so a bad input fails as fast as Node starts.
 */
const BOOLEAN_INPUT = { true: true, yes: true, '1': true, false: false, no: false, '0': false };
function booleanInput(raw) {
    const key = raw.trim().toLowerCase();
    return Object.hasOwn(BOOLEAN_INPUT, key) ? BOOLEAN_INPUT[key] : undefined;
}
/** Resolves `rel` under `root`, refusing anything that would leave it. */
function insideWorkspace(root, rel, what) {
    const resolved = external_node_path_.resolve(root, rel);
    if ((0,paths/* isOutside */._)(root, resolved)) {
        throw new errors/* InputError */.d(`${what} "${(0,util_text/* clip */.$)(rel)}" is outside the workspace ${root}; give a path relative to the workspace`);
    }
    return resolved;
}
/** Reads the action's inputs and the runner's variables. */
function readSettings(input, env) {
    return buildSettings({
        gate: input('gate'),
        token: input('token'),
        npmToken: input('npm-token'),
        config: input('config'),
        tag: input('tag'),
        ref: env.GITHUB_REF,
        sha: input('sha') || env.GITHUB_SHA || '',
        dist: input('dist'),
        waitMinutes: input('wait-minutes'),
        summary: input('summary'),
        imageDigest: input('image-digest'),
        chartDigest: input('chart-digest'),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: env.GITHUB_SERVER_URL,
        apiUrl: env.GITHUB_API_URL,
        runnerTemp: env.RUNNER_TEMP,
        retryBaseMs: env.RELEASE_GATES_RETRY_BASE_MS
    });
}
/** The one way settings are made: every value of the source checked, in the order the action reads them. */
function buildSettings(source) {
    const workspace = external_node_path_.resolve(source.workspace);
    // Not trimmed: judged exactly as given (see InputReader).
    let tag = source.tag;
    if (!tag) {
        const ref = source.ref ?? '';
        if (ref.startsWith('refs/tags/'))
            tag = ref.slice('refs/tags/'.length);
    }
    if (!tag) {
        throw new errors/* InputError */.d(`no release tag: input "tag" is empty and GITHUB_REF "${(0,util_text/* clip */.$)(source.ref ?? '')}" is not a tag; run on a tag push or pass "tag"`);
    }
    const sha = source.sha.toLowerCase();
    if (!/^[0-9a-f]{40}$/.test(sha)) {
        throw new errors/* InputError */.d(`commit "${(0,util_text/* clip */.$)(sha)}" is not a full 40-hex SHA; pass "sha" or run where GITHUB_SHA is set`);
    }
    const waitRaw = source.waitMinutes || '0';
    const wait = Number(waitRaw);
    if (!/^\d+(\.\d+)?$/.test(waitRaw) || !Number.isFinite(wait) || wait > 360) {
        throw new errors/* InputError */.d(`wait-minutes "${(0,util_text/* clip */.$)(waitRaw)}" is not a number of minutes between 0 and 360`);
    }
    const summaryRaw = source.summary || 'true';
    const summary = booleanInput(summaryRaw);
    if (summary === undefined) {
        throw new errors/* InputError */.d(`summary "${(0,util_text/* clip */.$)(summaryRaw)}" must be true or false`);
    }
    const imageDigest = readDigest(source.imageDigest, 'image-digest');
    const chartDigest = readDigest(source.chartDigest, 'chart-digest');
    const repository = source.repository;
    const [owner = '', repo = '', ...extra] = repository.split('/');
    if (extra.length > 0 || !OWNER.test(owner) || !REPO.test(repo)) {
        throw new errors/* InputError */.d(`GITHUB_REPOSITORY "${(0,util_text/* clip */.$)(repository)}" is not owner/repo (GitHub names: letters, digits, "-" and "_" in the owner; letters, digits, ".", "_", "-" in the repository, not "." or "..")`);
    }
    const configInput = source.config || '.github/release-gates.yml';
    const serverUrl = runnerUrl('GITHUB_SERVER_URL', source.serverUrl, 'https://github.com');
    const apiUrl = runnerUrl('GITHUB_API_URL', source.apiUrl, 'https://api.github.com');
    return {
        gate: source.gate,
        token: (0,secrets/* checkedSecret */.mT)('token', source.token),
        configPath: insideWorkspace(workspace, configInput, 'config'),
        configInput,
        tag,
        sha,
        npmToken: (0,secrets/* checkedSecret */.mT)('npm-token', source.npmToken),
        distDir: insideWorkspace(workspace, source.dist || 'dist', 'dist'),
        waitMinutes: wait,
        summary,
        workspace,
        owner,
        repo,
        serverUrl,
        apiUrl,
        runnerTemp: source.runnerTemp || external_node_os_.tmpdir(),
        imageDigest,
        chartDigest,
        retries: 3,
        retryBaseMs: readRetryBase(source.retryBaseMs)
    };
}
/**
 * A digest input: empty (the gates that need it fail their checks, as SPEC says), or a
 * sha256 digest, lower-cased. Anything else is bad input: a digest that cannot be
 * compared would otherwise fail every check with a less clear reason.
 */
function readDigest(raw, name) {
    if (raw === '')
        return '';
    const digest = raw.toLowerCase();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new errors/* InputError */.d(`${name} "${(0,util_text/* clip */.$)(raw, 80)}" is not a digest like sha256:<64 hex>; pass the digest output of the push step (e.g. docker/build-push-action's "digest")`);
    }
    return digest;
}
function readRetryBase(raw) {
    if (raw === undefined || raw === '')
        return 1000;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 60_000) {
        throw new errors/* InputError */.d(`RELEASE_GATES_RETRY_BASE_MS "${(0,util_text/* clip */.$)(raw)}" must be a whole number of milliseconds from 0 to 60000`);
    }
    return n;
}

;// CONCATENATED MODULE: ./src/cli/environment.ts






/**
 * `owner/repo` from a remote URL as git stores it: `git@host:owner/repo.git`,
 * `ssh://git@host/owner/repo.git`, `https://host/owner/repo(.git)`. A local
 * path has no owner on a GitHub server, so it gives null.
 */
function repositoryFromRemote(url) {
    let pathPart = null;
    const scp = /^(?:[^@/\s]+@)?[^:/\s]+:(?!\/)(.+)$/.exec(url);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && URL.canParse(url)) {
        const parsed = new URL(url);
        if (parsed.protocol === 'file:' || !parsed.hostname)
            return null;
        pathPart = parsed.pathname;
    }
    else if (scp && !url.startsWith('/') && !url.startsWith('.')) {
        pathPart = scp[1];
    }
    if (pathPart === null)
        return null;
    const segments = pathPart
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/')
        .filter((s) => s !== '');
    if (segments.length < 2)
        return null;
    return `${segments[segments.length - 2]}/${segments[segments.length - 1]}`;
}
/** --repository, else the `origin` remote, else GITHUB_REPOSITORY (in a workflow). */
async function resolveRepository(given, env, git, workspace) {
    if (given)
        return given;
    const url = await git.remoteUrl(workspace, 'origin');
    const fromRemote = url === null ? null : repositoryFromRemote(url);
    if (fromRemote)
        return fromRemote;
    if (env.GITHUB_REPOSITORY)
        return env.GITHUB_REPOSITORY;
    // The URL may carry credentials (https://user:token@host/…): never echo it.
    const why = url === null ? 'this repository has no "origin" remote' : 'the "origin" remote is not a GitHub URL (owner/repo cannot be read from it)';
    throw new errors/* InputError */.d(`cannot tell which GitHub repository this is: ${why}; pass --repository owner/repo`);
}
/** The workspace folder: --workspace, else the current directory. */
function workspaceOf(options) {
    return external_node_path_.resolve(options.workspace ?? process.cwd());
}
/** Loads the config a command needs before it can name its tag (the release tag template). */
async function loadCommandConfig(options) {
    const workspace = workspaceOf(options);
    const shown = options.config ?? '.github/release-gates.yml';
    // Loaded here, not up front: the config reader brings zod and yaml, which bad options never need.
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(816), __webpack_require__.e(973)]).then(__webpack_require__.bind(__webpack_require__, 22973));
    return loadConfig(insideWorkspace(workspace, shown, 'config'), shown, workspace);
}
/**
 * Settings from flags and the terminal's environment, checked as the action's are. Flags are
 * trimmed as the runner trims inputs, except the tag: a tag with a trailing newline or no-break
 * space must fail tag-format, as through GITHUB_REF.
 */
function commandSettings(request, env) {
    const flag = (value) => (value ?? '').trim();
    return buildSettings({
        gate: request.command,
        token: (0,tokens/* githubToken */.b)(env).trim(),
        npmToken: flag(env.NPM_TOKEN),
        config: flag(request.config),
        tag: request.tag,
        ref: env.GITHUB_REF,
        sha: flag(request.sha) || env.GITHUB_SHA || '',
        dist: flag(request.dist),
        waitMinutes: flag(request.waitMinutes),
        summary: 'true',
        imageDigest: flag(request.imageDigest),
        chartDigest: flag(request.chartDigest),
        workspace: workspaceOf(request),
        repository: request.repository,
        serverUrl: env.GITHUB_SERVER_URL,
        apiUrl: env.GITHUB_API_URL,
        runnerTemp: env.RUNNER_TEMP,
        retryBaseMs: env.RELEASE_GATES_RETRY_BASE_MS
    });
}
/** HEAD of the workspace, which must be a git work tree for the maintainer commands. */
async function headCommit(git, workspace) {
    const head = await git.headSha(workspace);
    if (head === null)
        throw new errors/* InputError */.d(`${(0,util_text/* clip */.$)(workspace, 200)} is not inside a git repository; run release-gates in your clone of the project (or pass --workspace)`);
    return head;
}


/***/ }),

/***/ 16848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VT: () => (/* binding */ ORIGIN),
/* harmony export */   t: () => (/* binding */ createGitApi)
/* harmony export */ });
/* unused harmony export GitCommandError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81260);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);





/** The remote the maintainer commands work with: `prepare` fetches main from it, `tag --push` pushes to it. */
const ORIGIN = 'origin';
/** A git command that failed: what was asked, and git's own first line of explanation. */
class GitCommandError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseGatesError */ .O {
    name = 'GitCommandError';
    constructor(message, options) {
        super('git', message, options);
    }
}
function gitReason(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^hint:/.test(l));
    // git's "fatal:"/"error:"/"! [rejected]" lines say why; progress lines do not.
    const telling = lines.filter((l) => /^(fatal|error|!|remote:)/.test(l));
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)((telling.length ? telling : lines).join('; '), 300) || 'no reason given';
}
async function git(dir, args) {
    try {
        // Literal pathspecs: a file name from the config is a name, never `:(glob)` magic.
        return await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_2__/* .getExecOutput */ .H)('git', ['--literal-pathspecs', '-C', dir, ...args], { silent: true, ignoreReturnCode: true });
    }
    catch (error) {
        throw new Error(`git could not be run: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(error), 160)}`);
    }
}
// git's words for "no repository here or above": anything else (a .git pointing nowhere) is a broken one.
const NO_REPOSITORY = /not a git repository \(or any of the parent directories\)/i;
/**
 * git does not follow a symlinked folder inside a commit, so `a/b` under a link `a`
 * is simply absent; say which folder on the way is a link, since that is the fix.
 */
async function symlinkOnTheWay(dir, sha, rel) {
    const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
    for (let i = 1; i < parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        const listed = await git(dir, ['ls-tree', '-z', sha, '--', prefix]);
        const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t/.exec(listed.stdout);
        if (!match)
            return null;
        if (match[1] === '120000') {
            const target = await git(dir, ['cat-file', 'blob', match[3]]);
            return { kind: 'symlink', target: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(target.stdout, 200), via: prefix };
        }
    }
    return null;
}
function createGitApi() {
    return {
        async headSha(dir) {
            // One process: resolving HEAD also tells whether dir is in a work tree at all.
            const head = await git(dir, ['rev-parse', '--verify', 'HEAD^{commit}']);
            if (head.exitCode === 0)
                return head.stdout.trim().toLowerCase();
            if (NO_REPOSITORY.test(head.stderr)) {
                // A .git git does not recognise (an empty folder, say) is a broken checkout, not "no checkout".
                const dotGit = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')).catch(() => null);
                if (dotGit === null)
                    return null;
                throw new Error(`${dir} has a .git that git does not recognise as a repository: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(head.stderr.trim(), 200)}; check the repository out again`);
            }
            // Anything else (dubious ownership, a .git file pointing nowhere, no commit yet) must not be mistaken for "no repository".
            throw new Error(`git cannot resolve HEAD in ${dir}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(head.stderr.trim(), 200)}`);
        },
        async changedFiles(dir, files) {
            if (files.length === 0)
                return [];
            // -z: paths unquoted; --untracked-files: a new file not yet added counts as a change too.
            const status = await git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...files]);
            if (status.exitCode !== 0)
                throw new GitCommandError(`git status failed in ${dir}: ${gitReason(status.stderr)}`);
            const changed = [];
            const entries = status.stdout.split('\0');
            for (let i = 0; i < entries.length; i++) {
                const entry = entries[i];
                if (entry.length < 4)
                    continue;
                changed.push(entry.slice(3));
                // A rename or copy is followed by its source path.
                if (entry[0] === 'R' || entry[0] === 'C')
                    i++;
            }
            return changed;
        },
        async remoteUrl(dir, remote) {
            const result = await git(dir, ['config', '--get', `remote.${remote}.url`]);
            return result.exitCode === 0 ? result.stdout.trim() : null;
        },
        async fetchBranch(dir, remote, branch) {
            const result = await git(dir, ['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
            if (result.exitCode !== 0)
                throw new GitCommandError(`git fetch ${remote} ${branch} failed: ${gitReason(result.stderr)}`);
        },
        async resolveRef(dir, ref) {
            const result = await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
            return result.exitCode === 0 ? result.stdout.trim().toLowerCase() : null;
        },
        async localTag(dir, tag) {
            const type = await git(dir, ['cat-file', '-t', `refs/tags/${tag}`]);
            if (type.exitCode !== 0)
                return null;
            const commit = await git(dir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
            if (commit.exitCode !== 0)
                return null;
            return { commit: commit.stdout.trim().toLowerCase(), annotated: type.stdout.trim() === 'tag' };
        },
        async createTag(dir, tag, sha, message) {
            // No -f: git refuses a tag that exists, which is the point. tag.gpgSign, if the maintainer set it, signs the annotated tag.
            // --end-of-options: a name from a config template ("-f{version}") is a name, never an option; git then refuses it as a tag name.
            const args = message === undefined ? ['tag', '--end-of-options', tag, sha] : ['tag', '-a', '-m', message, '--end-of-options', tag, sha];
            const result = await git(dir, args);
            if (result.exitCode !== 0)
                throw new GitCommandError(`git tag ${tag} failed: ${gitReason(result.stderr)}`);
        },
        async pushTag(dir, remote, tag) {
            // A full refspec without "+": the remote refuses to replace a tag it has.
            const result = await git(dir, ['push', '--quiet', remote, `refs/tags/${tag}:refs/tags/${tag}`]);
            if (result.exitCode !== 0)
                throw new GitCommandError(`git push ${remote} ${tag} failed: ${gitReason(result.stderr)}`);
        },
        async showFile(dir, sha, rel, maxBytes) {
            if (!/^[0-9a-f]{40}$/.test(sha))
                throw new Error(`"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(sha)}" is not a commit SHA`);
            // -z: names unquoted, NUL-terminated; -l adds the blob size, so a huge file is refused before it is read.
            const listed = await git(dir, ['ls-tree', '-l', '-z', sha, '--', rel]);
            if (listed.exitCode !== 0)
                throw new Error(`git cannot list ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(rel)} in commit ${sha}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(listed.stderr.trim(), 200)}`);
            const entries = listed.stdout.split('\0').filter((e) => e.length > 0);
            if (entries.length === 0)
                return (await symlinkOnTheWay(dir, sha, rel)) ?? { kind: 'missing' };
            const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(-|\d+)\t/.exec(entries[0]);
            if (!match || entries.length > 1)
                throw new Error(`git listed ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(rel)} in commit ${sha} unexpectedly: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(listed.stdout, 120)}`);
            const [, mode, type, object, size] = match;
            if (type !== 'blob')
                return { kind: 'not-a-file', type: type === 'tree' ? 'a folder' : type === 'commit' ? 'a submodule' : type };
            if (mode === '120000') {
                const target = await git(dir, ['cat-file', 'blob', object]);
                return { kind: 'symlink', target: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(target.stdout, 200) };
            }
            if (Number(size) > maxBytes)
                return { kind: 'too-large', size: Number(size) };
            const blob = await git(dir, ['cat-file', 'blob', object]);
            if (blob.exitCode !== 0)
                throw new Error(`git cannot read ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(rel)} in commit ${sha}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(blob.stderr.trim(), 200)}`);
            return { kind: 'file', text: blob.stdout };
        }
    };
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
