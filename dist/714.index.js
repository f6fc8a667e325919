export const id = 714;
export const ids = [714];
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

/***/ 71477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ OCI_LABEL),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Pb: () => (/* binding */ failOnOciError),
/* harmony export */   WN: () => (/* binding */ normalisePlatform),
/* harmony export */   Y1: () => (/* binding */ chartName),
/* harmony export */   Y4: () => (/* binding */ releaseImageTags),
/* harmony export */   aB: () => (/* binding */ OCI_KEY),
/* harmony export */   gV: () => (/* binding */ isAttestationManifest),
/* harmony export */   kW: () => (/* binding */ primaryImageTag),
/* harmony export */   md: () => (/* binding */ ociRepository),
/* harmony export */   n0: () => (/* binding */ notServedYet),
/* harmony export */   uq: () => (/* binding */ ociTemplate),
/* harmony export */   vV: () => (/* binding */ shownPlatform),
/* harmony export */   xP: () => (/* binding */ ociImage)
/* harmony export */ });
/* unused harmony export parsePlatform */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clients_oci_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93885);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92997);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
/* harmony import */ var _formats_buildkit_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39207);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81956);
/* harmony import */ var _util_poll_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66451);







/** The config key that names each artifact's repository, for messages. */
const OCI_KEY = { container: 'container.image', helm: 'helm.chart' };
/** How a person calls each artifact. */
const OCI_LABEL = { container: 'container image', helm: 'Helm chart' };
/** The image (container) or chart (helm) template of an OCI section, when the section is there. */
function ociTemplate(config, name) {
    if (name === 'container') {
        const section = (0,_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .sectionOf */ .ZE)(config, 'container');
        return section.state === 'on' ? { state: 'on', value: section.value.image } : section;
    }
    const section = (0,_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .sectionOf */ .ZE)(config, 'helm');
    return section.state === 'on' ? { state: 'on', value: section.value.chart } : section;
}
/**
 * The repository reference a template names for this repository, placeholders filled and lower-cased
 * (registries require lower-case repository names), without an `oci://` prefix. Parse it with the
 * OCI client's parseImageRef.
 */
function ociRepository(ctx, template) {
    const { owner, repo } = ctx.settings;
    return (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .fillTemplate */ .ou)(template, { owner, repo }, true).replace(/^oci:\/\//, '');
}
/** A repository of the config, parsed; a reference the registry grammar refuses fails naming the config key. */
function ociImage(ctx, name, template) {
    const written = ociRepository(ctx, template);
    try {
        return { image: (0,_clients_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(written), written };
    }
    catch (error) {
        throw new _gate_js__WEBPACK_IMPORTED_MODULE_4__/* .CheckFailed */ .EC(`${OCI_KEY[name]}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(error)}`);
    }
}
/** The Helm chart's name: the last path segment of `helm.chart` (as `helm push` names the repository). */
function chartName(image) {
    return image.repository.split('/').pop();
}
/**
 * The tags a release must carry, from `container.tags` filled for the version. For a SemVer
 * prerelease only the templates with `{version}` are required: docker/metadata-action does not
 * move `{major}.{minor}` (or `latest`) for prereleases. `skipped` lists the others, filled.
 */
function releaseImageTags(templates, version) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0__.parse(version);
    const fill = (t) => t
        .replaceAll('{version}', version)
        .replaceAll('{major}', String(parsed?.major ?? ''))
        .replaceAll('{minor}', String(parsed?.minor ?? ''))
        .replaceAll('{patch}', String(parsed?.patch ?? ''));
    const prerelease = (parsed?.prerelease.length ?? 0) > 0;
    const required = new Set();
    const skipped = new Set();
    for (const template of templates)
        (prerelease && !template.includes('{version}') ? skipped : required).add(fill(template));
    for (const tag of required)
        skipped.delete(tag);
    return { required: [...required], skipped: [...skipped] };
}
/** The tag `image-resolves` and the `image-digest` output read: the version itself, as metadata-action's `{{version}}` makes it. */
function primaryImageTag(required, version) {
    return required.includes(version) ? version : (required[0] ?? version);
}
/**
 * A platform as Docker compares them (containerd's platforms.Normalize): `aarch64` is `arm64`, whose
 * `v8` variant is the default and dropped; `x86_64` is `amd64` (variant `v1` dropped); `arm` without
 * a variant is `arm/v7`. Written here because no installed library normalises OCI platforms.
 */
function normalisePlatform(platform) {
    const os = platform.os.toLowerCase();
    let architecture = platform.architecture.toLowerCase();
    let variant = (platform.variant ?? '').toLowerCase();
    switch (architecture) {
        case 'i386':
            architecture = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            architecture = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            architecture = 'arm64';
            if (variant === '8' || variant === 'v8')
                variant = '';
            break;
        case 'armhf':
            architecture = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            architecture = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (/^[5-8]$/.test(variant))
                variant = `v${variant}`;
            break;
    }
    return { os, architecture, variant };
}
/** Parses a config platform `os/arch[/variant]`. */
function parsePlatform(text) {
    const [os = '', architecture = '', variant] = text.split('/');
    return { os, architecture, variant };
}
/** Whether a manifest's platform is the config's `os/arch[/variant]` after Docker's normalisation. */
function platformMatches(wanted, platform) {
    const a = normalisePlatform(parsePlatform(wanted));
    const b = normalisePlatform(platform);
    return a.os === b.os && a.architecture === b.architecture && a.variant === b.variant;
}
/** `os/arch[/variant]` as written in the manifest, for messages. */
function shownPlatform(platform) {
    if (!platform)
        return '(no platform)';
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)([platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'), 60);
}
/**
 * A BuildKit attestation manifest in an image index (marked as src/formats/buildkit-index.ts reads
 * it). It describes a platform; it is none.
 */
function isAttestationManifest(descriptor) {
    return (0,_formats_buildkit_index_js__WEBPACK_IMPORTED_MODULE_5__/* .isAttestationEntry */ .r2)(descriptor);
}
/**
 * Runs an OCI check body; a client error (refused anonymous pull, transport failure after the
 * retries, malformed or mismatching answer) becomes the check's one-line failure.
 */
async function failOnOciError(subject, body) {
    try {
        return await body();
    }
    catch (error) {
        if (!(error instanceof _clients_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OciError */ .Mf))
            throw error;
        const what = error.reason === 'private' ? `${subject} cannot be pulled anonymously: ` : `${subject}: `;
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`${what}${error.message}`);
    }
}
/** The failure when the registry still did not serve something when the wait ended. */
function notServedYet(ctx, subject, result, fix) {
    const seen = result.lastSeen ?? 'not served';
    return (0,_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`${subject}: ${seen}${(0,_util_poll_js__WEBPACK_IMPORTED_MODULE_6__/* .waitAdvice */ .o1)(ctx.wait, result, fix, 'the registry to catch up')}`, { details: (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_6__/* .waitNote */ .Cm)(result) });
}


/***/ }),

/***/ 91491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ signerVerifier),
/* harmony export */   xm: () => (/* binding */ signerPolicy)
/* harmony export */ });
/* unused harmony exports GITHUB_ACTIONS_ISSUER, TUF_CACHE_FOLDER */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81956);
/* harmony import */ var _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55680);




/** The OIDC issuer of GitHub Actions' workflow identity tokens (what Fulcio writes into the certificate). */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Where Sigstore public-good's TUF metadata is cached between checks of one job (under RUNNER_TEMP, per the contract). */
const TUF_CACHE_FOLDER = 'release-gates-sigstore-tuf';
/**
 * Who must have signed every bundle of this release (SPEC, `supply-chain`): this repository's
 * `supply-chain.workflow` run for the release tag from the commit being released, with the OIDC issuer
 * `supply-chain.issuer`; the signing step may also have run in one of `supply-chain.signer-workflows`.
 * The single builder of the policy, so provenance and signatures hold bundles to the same identity.
 */
function signerPolicy(ctx, section) {
    const { serverUrl, owner, repo, sha } = ctx.settings;
    const server = serverUrl.replace(/\/+$/, '');
    const sourceRef = `refs/tags/${ctx.release.tag}`;
    return {
        san: `${server}/${owner}/${repo}/${section.workflow}@${sourceRef}`,
        signerWorkflows: (section['signer-workflows'] ?? []).map((workflow) => `${server}/${workflow}`),
        issuer: section.issuer ?? GITHUB_ACTIONS_ISSUER,
        sourceRepositoryUri: `${server}/${owner}/${repo}`,
        sourceRef,
        sourceCommit: sha.toLowerCase()
    };
}
/** Where the trusted material comes from: the workspace's trusted_root.json (confined to the workspace), or TUF. */
async function verifierSource(ctx, section) {
    const rel = section['trusted-root'];
    if (rel === undefined)
        return { tufCacheDir: node_path__WEBPACK_IMPORTED_MODULE_0__.join(ctx.settings.runnerTemp, TUF_CACHE_FOLDER) };
    const shown = `supply-chain.trusted-root "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}"`;
    try {
        // The real path, refused when it (or a symlink on the way) leaves the workspace; the verifier reads it bounded.
        return { trustedRootFile: await (0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(ctx.settings.workspace, rel, shown) };
    }
    catch (error) {
        if (error instanceof _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkspaceFileError */ ._n)
            throw new _gate_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckFailed */ .EC(`${error.message}; point supply-chain.trusted-root at a trusted_root.json in the workspace`);
        throw error;
    }
}
function trustFailure(source, error) {
    const fix = 'trustedRootFile' in source
        ? 'fix the file (a Sigstore trusted_root.json, e.g. from `sigstore trust-root` or `gh attestation trusted-root`)'
        : "check that the runner can reach Sigstore's TUF mirror (tuf-repo-cdn.sigstore.dev), or set supply-chain.trusted-root";
    return new _gate_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckFailed */ .EC(`cannot load Sigstore trust, so no bundle can be verified: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error), 400)}; ${fix}`, { cause: error });
}
/**
 * The Sigstore verifier of this gate run, shared by every check that verifies bundles (provenance,
 * signatures): the clients load it once per source. A failure to load the trusted material fails each
 * such check with its cause (a CheckFailed, reported as its summary): nothing is believed without it.
 */
async function signerVerifier(ctx, section) {
    const source = await verifierSource(ctx, section);
    try {
        return await ctx.clients.sigstore(source);
    }
    catch (error) {
        throw trustFailure(source, error);
    }
}


/***/ }),

/***/ 2071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dZ: () => (/* binding */ describeGitHubError),
/* harmony export */   op: () => (/* binding */ SettingUnreadable),
/* harmony export */   y_: () => (/* binding */ GitHubError),
/* harmony export */   zM: () => (/* binding */ isStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50767);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51449);
/** What a failed GitHub call says: one line naming the call and the fix, never the token. */




/** A GitHub answer the gate cannot use; the message says what to fix. */
class GitHubError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    status;
    name = 'GitHubError';
    constructor(message, status, options) {
        super('github', message, options);
        this.status = status;
    }
}
/**
 * A repository setting GitHub would not show this token: a 403 (the token lacks `permission`), or a 404
 * that can only mean the token does not see the repository. `release-gates doctor` fails such a check as
 * "could not be read", never passes it.
 */
class SettingUnreadable extends GitHubError {
    permission;
    name = 'SettingUnreadable';
    constructor(message, status, permission, options) {
        super(message, status, options);
        this.permission = permission;
    }
}
/** An HttpError the fetch wrapper threw (too large, deadline, redirect off the API host), wherever Octokit wrapped it. */
function httpErrorIn(error) {
    let e = error;
    for (let depth = 0; depth < 4 && e; depth++) {
        if (e instanceof _http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpError */ .j$)
            return e;
        e = e.cause;
    }
    return null;
}
/** Turns an Octokit error into one line that names the call and the fix. */
function describeGitHubError(what, error, token = '') {
    const e = error;
    const status = typeof e?.status === 'number' ? e.status : null;
    // A server or proxy may echo the token; drop it before clip() could leave a partial token behind.
    const redact = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactor */ .$p)([token]);
    // The fetch wrapper's own refusals already name the URL and the cause.
    const refusal = httpErrorIn(error);
    if (refusal)
        return new GitHubError(`GitHub could not answer ${what}: ${redact(refusal.message)}`, refusal.status, { cause: error });
    const scrub = (text) => (text ? redact(text) : text);
    const apiMessage = scrub(e?.response?.data?.message);
    const said = apiMessage ? `: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(apiMessage, 120)}` : '';
    if (status === 401)
        return new GitHubError(`GitHub rejected the token for ${what} (401)${said}; check the "token" input`, status);
    if (status === 403 || status === 429) {
        const remaining = e.response?.headers?.['x-ratelimit-remaining'];
        if (remaining === '0' || /rate limit/i.test(apiMessage ?? '')) {
            return new GitHubError(`GitHub rate limit hit for ${what} (${status}) and retries were spent${said}`, status);
        }
        return new GitHubError(`GitHub refused ${what} (${status})${said}; the token lacks the permission (see the README's permissions table)`, status);
    }
    // Octokit reports a request that got no answer at all (refused, DNS, timeout) as status 500
    // with no response: that is a transport failure, named as such, never "GitHub answered 500".
    if (status === 500 && e?.response === undefined) {
        return new GitHubError(`GitHub could not be reached for ${what}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .transportCause */ .Zq)(error)}`, null, { cause: error });
    }
    if (status !== null && status >= 500)
        return new GitHubError(`GitHub answered ${status} for ${what} after retries${said}`, status);
    if (status !== null && status !== 500)
        return new GitHubError(`GitHub answered ${status} for ${what}${said}`, status);
    const cause = e?.message ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(scrub(e.message), 160) : 'unknown error';
    return new GitHubError(`GitHub could not be reached for ${what}: ${cause}`, status);
}
/** Whether an Octokit error carries this HTTP status. */
function isStatus(error, status) {
    return error?.status === status;
}


/***/ }),

/***/ 50896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ SigstoreTrustError),
/* harmony export */   u: () => (/* binding */ SigstoreVerificationError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The Sigstore client's errors, apart from the libraries: a check that only tells them apart
 * (instanceof) imports them from here, so loading the check does not load @sigstore/verify.
 */

/** The trusted material could not be loaded (unreadable or malformed trusted_root.json, TUF refresh failure). */
class SigstoreTrustError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    name = 'SigstoreTrustError';
    constructor(message, options) {
        super('sigstore-trust', message, options);
    }
}
/** A bundle that does not verify: malformed, bad signature, tampered, untrusted chain, no tlog proof or timestamp. */
class SigstoreVerificationError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    name = 'SigstoreVerificationError';
    constructor(message, options) {
        super('sigstore-verify', message, options);
    }
}


/***/ }),

/***/ 39152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ signerMismatch)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);

const shown = (value, max = 160) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(value ?? '(not stated in the certificate)', max);
/**
 * Why `signer` is not `policy`, or null when it is: the field, what the certificate says, what was expected and
 * how to fix it. Exact strings throughout: sigstore-js would read a policy SAN as a regular expression, so
 * `release.yml` would also match `releaseXyml` and an unanchored pattern a longer URL — hence no identity policy
 * goes to the library.
 */
function signerMismatch(signer, policy) {
    if (signer.issuer !== policy.issuer) {
        return `certificate issuer is ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(signer.issuer ?? '(none)', 120)}, expected ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(policy.issuer, 120)} (set supply-chain.issuer when the workflow runs with a GitHub Enterprise issuer)`;
    }
    if (signer.buildConfigUri === null) {
        // Fulcio before 2023 wrote no Build Config URI: the SAN is all that names the workflow, so only the workflow
        // itself can be trusted there (a reusable workflow's SAN would say nothing about who called it).
        if (signer.san !== policy.san) {
            return `signed by ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(signer.san ?? '(no SAN)', 160)}, expected ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(policy.san, 160)} (a certificate without a Build Config URI is judged by its SAN alone)`;
        }
    }
    else {
        if (signer.buildConfigUri !== policy.san) {
            return `certificate Build Config URI (the workflow run) is ${shown(signer.buildConfigUri)}, expected ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(policy.san, 160)}`;
        }
        if (signer.san !== policy.san && !policy.signerWorkflows.includes(signer.san ?? '')) {
            const trusted = policy.signerWorkflows.length ? ` or one of supply-chain.signer-workflows (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(policy.signerWorkflows.join(', '), 200)})` : '';
            return `signed by ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(signer.san ?? '(no SAN)', 160)} (certificate SAN, the workflow that ran the signing step), expected ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(policy.san, 160)}${trusted}; add it to supply-chain.signer-workflows if that reusable workflow is trusted to sign`;
        }
        if (signer.sourceRepositoryUri !== policy.sourceRepositoryUri) {
            return `certificate Source Repository URI is ${shown(signer.sourceRepositoryUri)}, expected ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(policy.sourceRepositoryUri, 160)}`;
        }
        if (signer.sourceRef !== policy.sourceRef) {
            return `certificate Source Repository Ref is ${shown(signer.sourceRef, 120)}, expected ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(policy.sourceRef, 120)}`;
        }
    }
    const commit = signer.sourceCommit?.toLowerCase() ?? null;
    if (commit === null || commit !== policy.sourceCommit.toLowerCase()) {
        return `signed from commit ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(signer.sourceCommit ?? '(not stated in the certificate)', 60)}, expected ${policy.sourceCommit.toLowerCase()} (the certificate's Source Repository Digest must be the released commit)`;
    }
    return null;
}


/***/ }),

/***/ 39207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ attestationEntryFor),
/* harmony export */   eV: () => (/* binding */ platformEntries),
/* harmony export */   r2: () => (/* binding */ isAttestationEntry)
/* harmony export */ });
/* unused harmony exports REFERENCE_TYPE_ANNOTATION, REFERENCE_DIGEST_ANNOTATION, ATTESTATION_MANIFEST_TYPE */
/**
 * How BuildKit lists attestations in an image index (moby/buildkit docs/attestations/attestation-storage.md):
 * beside each platform manifest, an attestation manifest with platform `unknown/unknown`, annotated
 * `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest: <platform manifest>`.
 * Pure functions over the index's `manifests` array (as `docker buildx imagetools inspect --raw` prints it).
 */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST_TYPE = 'attestation-manifest';
/**
 * Whether an index entry is an attestation manifest rather than an image: BuildKit marks it both ways
 * (platform unknown/unknown and the reference-type annotation); either is enough, so an `unknown/unknown`
 * entry is never taken for a platform image.
 */
function isAttestationEntry(entry) {
    const p = entry.platform;
    return (p?.os === 'unknown' && p.architecture === 'unknown') || entry.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST_TYPE;
}
/** The platform images of an index (every entry that is not an attestation manifest), in index order. */
function platformEntries(manifests) {
    return manifests.filter((m) => !isAttestationEntry(m));
}
/**
 * The attestation manifest that references `platformDigest`; null when the index has none. Only the
 * annotation pair ties one to its image: the order of entries means nothing.
 */
function attestationEntryFor(manifests, platformDigest) {
    return (manifests.find((m) => m.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST_TYPE && m.annotations[REFERENCE_DIGEST_ANNOTATION] === platformDigest) ?? null);
}


/***/ }),

/***/ 50868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YS: () => (/* binding */ gitContextNamesRepository),
/* harmony export */   ZX: () => (/* binding */ SLSA_PROVENANCE_V02),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1),
/* harmony export */   wO: () => (/* binding */ isBuildKitProvenanceType),
/* harmony export */   x_: () => (/* binding */ recordedRevisions)
/* harmony export */ });
/* unused harmony exports BUILDKIT_METADATA_KEY, BUILDKIT_V1_METADATA_KEY, REVISION_PLACES */
/**
 * Where BuildKit's SLSA provenance (v0.2 and v1, moby/buildkit docs/attestations/slsa-definitions.md)
 * records the source commit of a build, read as BuildKit writes it rather than as a schema would suggest:
 *
 * - a build from a local directory (docker/build-push-action with `context: .`) carries the client's hint
 *   `vcs.revision` in BuildKit's own metadata: v0.2 `predicate.metadata["https://mobyproject.org/buildkit@v1#metadata"]`,
 *   v1 `predicate.runDetails.metadata.buildkit_metadata` (v1 renamed the extension key; BuildKit never writes
 *   the v0.2 key in a v1 predicate, so it is not read there);
 * - a Git-context build (build-push-action without `context:`) records no `vcs` at all: the commit BuildKit
 *   itself resolved is the config source's `digest.sha1`, with the repository in its `uri` (v0.2
 *   `predicate.invocation.configSource`, v1 `predicate.buildDefinition.externalParameters.configSource`).
 *
 * Pure: predicate in, recorded revisions out; the check decides what they must equal.
 */
const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** BuildKit's metadata extension key in a v0.2 predicate. */
const BUILDKIT_METADATA_KEY = 'https://mobyproject.org/buildkit@v1#metadata';
/** BuildKit's metadata extension key in a v1 predicate (`runDetails.metadata`). */
const BUILDKIT_V1_METADATA_KEY = 'buildkit_metadata';
/** The places read, as messages name them. */
const REVISION_PLACES = {
    [SLSA_PROVENANCE_V02]: {
        vcs: `predicate.metadata["${BUILDKIT_METADATA_KEY}"].vcs.revision`,
        configSource: 'predicate.invocation.configSource'
    },
    [SLSA_PROVENANCE_V1]: {
        vcs: `predicate.runDetails.metadata.${BUILDKIT_V1_METADATA_KEY}.vcs.revision`,
        configSource: 'predicate.buildDefinition.externalParameters.configSource'
    }
};
function objectAt(value, ...keys) {
    let current = value;
    for (const key of keys) {
        if (current === null || typeof current !== 'object' || Array.isArray(current))
            return null;
        current = current[key];
    }
    return current !== null && typeof current === 'object' && !Array.isArray(current) ? current : null;
}
const text = (value) => (typeof value === 'string' && value !== '' ? value : null);
function isBuildKitProvenanceType(predicateType) {
    return predicateType === SLSA_PROVENANCE_V02 || predicateType === SLSA_PROVENANCE_V1;
}
/** The revisions a BuildKit provenance predicate of `predicateType` records: vcs first, then the config source. */
function recordedRevisions(predicateType, predicate) {
    const places = REVISION_PLACES[predicateType];
    const v1 = predicateType === SLSA_PROVENANCE_V1;
    const metadata = v1 ? objectAt(predicate, 'runDetails', 'metadata', BUILDKIT_V1_METADATA_KEY) : objectAt(predicate, 'metadata', BUILDKIT_METADATA_KEY);
    const configSource = v1 ? objectAt(predicate, 'buildDefinition', 'externalParameters', 'configSource') : objectAt(predicate, 'invocation', 'configSource');
    const revisions = [];
    const vcs = objectAt(metadata, 'vcs');
    const vcsRevision = text(vcs?.revision);
    if (vcsRevision !== null)
        revisions.push({ kind: 'vcs', revision: vcsRevision, source: text(vcs?.source), place: places.vcs });
    // Only a Git context has a sha1 digest (an HTTP context records sha256 of the tarball, a local one no digest).
    const sha1 = text(objectAt(configSource, 'digest')?.sha1);
    if (sha1 !== null)
        revisions.push({ kind: 'config-source', revision: sha1, uri: text(configSource?.uri), place: `${places.configSource}.digest.sha1` });
    return { revisions, read: [places.vcs, `${places.configSource}.digest.sha1`] };
}
/**
 * Whether a Git-context `uri` names `{serverUrl}/{owner}/{repo}` (with or without `.git`, any `#ref`
 * fragment, compared case-insensitively as GitHub compares owner and repository names).
 */
function gitContextNamesRepository(uri, serverUrl, owner, repo) {
    const wanted = `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}`.toLowerCase();
    const base = uri.split('#')[0].toLowerCase();
    return base === wanted || base === `${wanted}.git`;
}


/***/ }),

/***/ 88326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ readInTotoStatement),
/* harmony export */   Re: () => (/* binding */ describeInTotoFault),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   k: () => (/* binding */ readInTotoStatementHeader),
/* harmony export */   pY: () => (/* binding */ InTotoFormatError),
/* harmony export */   vv: () => (/* binding */ readDsseStatement)
/* harmony export */ });
/* unused harmony exports IN_TOTO_STATEMENT_TYPES, MAX_DSSE_STATEMENT_BYTES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59935);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74976);
/* harmony import */ var _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27861);
/**
 * The in-toto Statement (v0.1 or v1): https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 * One reader for every place a statement is found: a BuildKit attestation layer
 * (`application/vnd.in-toto+json`), a DSSE envelope's payload (Sigstore bundles, cosign attest)
 * and a PEP 740 attestation, which adds its own rules on top (src/formats/pep740.ts).
 * A pure reader: bytes in, a typed statement out, or an InTotoFormatError whose message names what is wrong.
 */






const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'];
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Largest DSSE statement payload read (an SBOM predicate can be several MiB; beyond this it is not a statement to parse). */
const MAX_DSSE_STATEMENT_BYTES = 32 * 1024 * 1024;
const MAX_SUBJECTS = 10_000;
/**
 * Not an in-toto statement. `reason` says which rule it breaks: 'size' (more bytes than read), 'json' (not JSON
 * at all), 'shape' (JSON, but not a statement), 'digest' (a subject's sha256 is not 64 hex digits). The message is
 * a fragment ("not JSON", "subject: …") for the caller to place; `describeInTotoFault` words it as a sentence.
 */
class InTotoFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    reason;
    name = 'InTotoFormatError';
    constructor(message, reason, options) {
        super('format', message, options);
        this.reason = reason;
    }
}
/** The statement's shape within `limits`; built once per set of limits (a gate run uses two or three). */
const schemas = new Map();
// z.looseObject: a statement may carry fields a newer spec adds, which this reader does not need.
function statementSchema(maxSubjects, maxPredicateType, maxDigestValue) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        _type: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().refine((t) => IN_TOTO_STATEMENT_TYPES.includes(t), {
            message: `must be ${IN_TOTO_STATEMENT_TYPES.join(' or ')}`
        }),
        predicateType: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(maxPredicateType),
        subject: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(4096).optional(), digest: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(maxDigestValue)) }))
            .min(1, { message: 'is empty: a statement is about at least one subject' })
            .max(maxSubjects),
        // Optional: sigstore-python's statement model (which pypi-attestations verifies with) makes it so.
        predicate: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J().optional()
    });
}
function schemaFor(options) {
    const limits = [options.maxSubjects ?? MAX_SUBJECTS, options.maxPredicateType ?? 2048, options.maxDigestValue ?? 1024];
    const key = limits.join('/');
    let schema = schemas.get(key);
    if (!schema)
        schemas.set(key, (schema = statementSchema(...limits)));
    return schema;
}
/** Reads one statement from its JSON bytes; throws InTotoFormatError ("not JSON" or "path: what is wrong"). */
function readInTotoStatement(bytes, options) {
    const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
    if (size > options.maxBytes)
        throw new InTotoFormatError(`${size} bytes, more than the ${options.maxBytes} read`, 'size');
    // Depth bounded before parsing (util/json.ts): the message names the nesting instead of "not JSON".
    const raw = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJson */ .qF)(bytes);
    if (!raw.ok)
        throw new InTotoFormatError(raw.deep ? raw.reason : 'not JSON', 'json');
    return statementOf(raw.value, options);
}
/** The statement in a parsed value (the whole document, or the members a streamed read selected). */
function statementOf(raw, options) {
    const parsed = schemaFor(options).safeParse(raw);
    if (!parsed.success)
        throw new InTotoFormatError((0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .firstZodIssue */ .Fs)(parsed.error, { top: '(top level)', pathMax: 80, messageMax: 120 }), 'shape');
    const statement = parsed.data;
    const subjects = statement.subject.map((subject, index) => {
        const sha256 = subject.digest.sha256;
        if (sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(sha256)) {
            throw new InTotoFormatError(`subject ${subject.name ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(subject.name) : index} has a malformed sha256 digest ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(sha256, 70)}`, 'digest');
        }
        return { name: subject.name ?? '', sha256: sha256 === undefined ? null : sha256.toLowerCase() };
    });
    return {
        type: statement._type,
        predicateType: statement.predicateType,
        subjects,
        predicate: statement.predicate ?? null
    };
}
/** The members of a statement a header read selects; everything else (the predicate) is skipped unbuilt. */
const HEADER_PATHS = ['$._type', '$.predicateType', '$.subject'];
/**
 * A statement's `_type`, `predicateType` and `subject`, read from its bytes chunk by chunk without building
 * its predicate (an SBOM predicate runs to tens of MiB): `predicate` comes back null. `predicatePaths`
 * (`$.predicate.spdxVersion`, no wildcards) are selected too, each value handed to `onPredicateValue` as it
 * is read. Throws InTotoFormatError as readInTotoStatement does.
 *
 * With `stopWhenRead`, the read ends once the header and every predicate path are in (in-toto and BuildKit
 * write `_type`, `subject` and `predicateType` before `predicate`, and SPDX starts with `spdxVersion`): the
 * tens of MiB after them are not tokenized, and the rest of `chunks` is left for the caller, which hashes it
 * (the bytes are the ones the digest names, parsed or not). Tokenizing them made a value per package to
 * drop, and that garbage took eight 40 MB layers to 320 MiB of peak RSS in some runs. A statement whose
 * header or paths come last is read to its end.
 */
async function readInTotoStatementHeader(chunks, options, predicatePaths = [], onPredicateValue = () => { }) {
    const header = {};
    const awaited = new Set(predicatePaths);
    const canStop = options.stopWhenRead === true && predicatePaths.every((p) => !p.includes('*'));
    const selector = new _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonSelector */ .I2([...HEADER_PATHS, ...predicatePaths], (path, value) => {
        if (path.length === 1 && path[0] !== 'predicate')
            header[path[0]] = value;
        else {
            awaited.delete(`$.${path.join('.')}`);
            onPredicateValue(path, value);
        }
    });
    const complete = () => canStop && awaited.size === 0 && HEADER_PATHS.every((p) => p.slice(2) in header);
    let size = 0;
    try {
        for await (const chunk of chunks) {
            size += chunk.length;
            if (size > options.maxBytes)
                throw new InTotoFormatError(`more than the ${options.maxBytes} bytes read`, 'size');
            selector.write(chunk);
            if (complete())
                return statementOf(header, options);
        }
        selector.end();
    }
    catch (error) {
        if (!(error instanceof _util_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonStreamError */ .l1))
            throw error;
        throw new InTotoFormatError(error.deep ? error.message : 'not JSON', 'json', { cause: error });
    }
    return statementOf(header, options);
}
/** An InTotoFormatError as one sentence about `noun` ("in-toto statement", "attestation statement"). */
function describeInTotoFault(error, noun) {
    switch (error.reason) {
        case 'size':
            return `${noun} is ${error.message}`;
        case 'json':
            // "not JSON", or "nested deeper than 128 levels".
            return `${noun} is ${error.message}`;
        case 'shape':
            return `malformed ${noun}: ${error.message}`;
        case 'digest':
            return `${noun} ${error.message}`;
    }
}
/**
 * The in-toto statement in a verified DSSE envelope's payload. Throws InTotoFormatError whose message is a
 * sentence naming what is wrong: another payload type, or a payload that is not a statement.
 */
function readDsseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new InTotoFormatError(`DSSE payload type is ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(payloadType || '(empty)')}, expected ${IN_TOTO_PAYLOAD_TYPE}`, 'shape');
    }
    try {
        return readInTotoStatement(payload, { maxBytes: MAX_DSSE_STATEMENT_BYTES });
    }
    catch (error) {
        if (!(error instanceof InTotoFormatError))
            throw error;
        throw new InTotoFormatError(describeInTotoFault(error, 'in-toto statement'), error.reason, { cause: error });
    }
}


/***/ }),

/***/ 8714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  supplyChain: () => (/* binding */ supplyChain)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/clients/github/errors.ts
var errors = __webpack_require__(2071);
// EXTERNAL MODULE: ./src/clients/sigstore/errors.ts
var sigstore_errors = __webpack_require__(50896);
// EXTERNAL MODULE: ./src/clients/sigstore/signer-policy.ts
var signer_policy = __webpack_require__(39152);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/util/problems.ts
var util_problems = __webpack_require__(8338);
// EXTERNAL MODULE: ./src/util/workspace-file.ts
var workspace_file = __webpack_require__(55680);
// EXTERNAL MODULE: ./src/formats/in-toto.ts
var in_toto = __webpack_require__(88326);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/formats/buildkit-provenance.ts
var buildkit_provenance = __webpack_require__(50868);
// EXTERNAL MODULE: ./src/clients/oci/index.ts + 3 modules
var oci = __webpack_require__(93885);
// EXTERNAL MODULE: ./src/formats/buildkit-index.ts
var buildkit_index = __webpack_require__(39207);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./src/util/json-stream.ts
var json_stream = __webpack_require__(27861);
;// CONCATENATED MODULE: ./src/schemas/spdx/spdx-2.2.schema.json
const spdx_2_2_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://spdx.org/rdf/terms","title":"SPDX 2.2","type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"revieweds":{"description":"Reviewed","type":"array","items":{"type":"object","properties":{"reviewer":{"description":"The name and, optionally, contact information of the person who performed the review. Values of this property must conform to the agent and tool syntax.","type":"string"},"comment":{"type":"string"},"reviewDate":{"description":"The date and time at which the SpdxDocument was reviewed. This value must be in UTC and have \'Z\' as its timezone indicator.","type":"string"}},"required":["reviewDate"],"additionalProperties":false}},"hasExtractedLicensingInfos":{"description":"Indicates that a particular ExtractedLicensingInfo was defined in the subject SpdxDocument.","type":"array","items":{"type":"object","properties":{"seeAlsos":{"type":"array","items":{"type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"comment":{"type":"string"},"crossRefs":{"description":"Cross Reference Detail for a license SeeAlso URL","type":"array","items":{"type":"object","properties":{"isWayBackLink":{"description":"True if the License SeeAlso URL points to a Wayback archive","type":"boolean"},"match":{"description":"Status of a License List SeeAlso URL reference if it refers to a website that matches the license text.","type":"string"},"timestamp":{"description":"Timestamp","type":"string"},"order":{"description":"The ordinal order of this element within a list","type":"integer"},"url":{"description":"URL Reference","type":"string"},"isLive":{"description":"Indicate a URL is still a live accessible location on the public internet","type":"boolean"},"isValid":{"description":"True if the URL is a valid well formed URL","type":"boolean"}},"required":["url"],"additionalProperties":false,"description":"Cross reference details for the a URL reference"}},"licenseId":{"description":"A human readable short form license identifier for a license. The license ID is iether on the standard license oist or the form \\"LicenseRef-\\"[idString] where [idString] is a unique string containing letters, numbers, \\".\\", \\"-\\" or \\"+\\".","type":"string"},"extractedText":{"description":"Verbatim license or licensing notice text that was discovered.","type":"string"}},"required":["licenseId","extractedText"],"additionalProperties":false,"description":"An ExtractedLicensingInfo represents a license or licensing notice that was found in the package. Any license text that is recognized as a license may be represented as a License rather than an ExtractedLicensingInfo."}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"comment":{"type":"string"},"spdxVersion":{"description":"Provide a reference number that can be used to understand how to parse and interpret the rest of the file. It will enable both future changes to the specification and to support backward compatibility. The version number consists of a major and minor version indicator. The major field will be incremented when incompatible changes between versions are made (one or more sections are created, modified or deleted). The minor field will be incremented when backwards compatible changes are made.","type":"string"},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"comment":{"type":"string"},"annotator":{"description":"This field identifies the person, organization or tool that has commented on a file, package, or the entire document.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]}},"required":["annotationDate","comment","annotator","annotationType"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"dataLicense":{"description":"License expression for dataLicense.  Compliance with the SPDX specification includes populating the SPDX fields therein with data related to such fields (\\"SPDX-Metadata\\"). The SPDX specification contains numerous fields where an SPDX document creator may provide relevant explanatory text in SPDX-Metadata. Without opining on the lawfulness of \\"database rights\\" (in jurisdictions where applicable), such explanatory text is copyrightable subject matter in most Berne Convention countries. By using the SPDX specification, or any portion hereof, you hereby agree that any copyright rights (as determined by your jurisdiction) in any SPDX-Metadata, including without limitation explanatory text, shall be subject to the terms of the Creative Commons CC0 1.0 Universal license. For SPDX-Metadata not containing any copyright rights, you hereby agree and acknowledge that the SPDX-Metadata is provided to you \\"as-is\\" and without any representations or warranties of any kind concerning the SPDX-Metadata, express, implied, statutory or otherwise, including without limitation warranties of title, merchantability, fitness for a particular purpose, non-infringement, or the absence of latent or other defects, accuracy, or the presence or absence of errors, whether or not discoverable, all to the greatest extent permissible under applicable law.","type":"string"},"externalDocumentRefs":{"description":"Identify any external SPDX documents referenced within this SPDX document.","type":"array","items":{"type":"object","properties":{"externalDocumentId":{"description":"externalDocumentId is a string containing letters, numbers, ., - and/or + which uniquely identifies an external document within this document.","type":"string"},"checksum":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."},"spdxDocument":{"description":"SPDX ID for SpdxDocument.  A propoerty containing an SPDX document.","type":"string"}},"required":["externalDocumentId","checksum","spdxDocument"],"additionalProperties":false,"description":"Information about an external SPDX document reference including the checksum. This allows for verification of the external references."}},"creationInfo":{"type":"object","properties":{"comment":{"type":"string"},"created":{"description":"Identify when the SPDX file was originally created. The date is to be specified according to combined date and time in UTC format as specified in ISO 8601 standard. This field is distinct from the fields in section 8, which involves the addition of information during a subsequent review.","type":"string"},"creators":{"description":"Identify who (or what, in the case of a tool) created the SPDX file. If the SPDX file was created by an individual, indicate the person\'s name. If the SPDX file was created on behalf of a company or organization, indicate the entity name. If the SPDX file was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","minItems":1,"type":"array","items":{"description":"Identify who (or what, in the case of a tool) created the SPDX file. If the SPDX file was created by an individual, indicate the person\'s name. If the SPDX file was created on behalf of a company or organization, indicate the entity name. If the SPDX file was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","type":"string"}},"licenseListVersion":{"description":"An optional field for creators of the SPDX file to provide the version of the SPDX License List used when the SPDX file was created.","type":"string"}},"required":["created"],"additionalProperties":false,"description":"One instance is required for each SPDX file produced. It provides the necessary information for forward and backward compatibility for processing tools."},"documentNamespace":{"type":"string","description":"The URI provides an unambiguous mechanism for other SPDX documents to reference SPDX elements within this SPDX document."},"documentDescribes":{"description":"Packages, files and/or Snippets described by this SPDX document","type":"array","items":{"type":"string"}},"packages":{"description":"Packages referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include theactual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include theactual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"comment":{"type":"string"},"annotator":{"description":"This field identifies the person, organization or tool that has commented on a file, package, or the entire document.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]}},"required":["annotationDate","comment","annotator","annotationType"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"supplier":{"description":"The name and, optionally, contact information of the person or organization who was the immediate supplier of this package to the recipient. The supplier may be different than originator when the software has been repackaged. Values of this property must conform to the agent and tool syntax.","type":"string"},"homepage":{"type":"string"},"licenseDeclared":{"description":"License expression for licenseDeclared.  The licensing that the creators of the software in the package, or the packager, have declared. Declarations by the original software creator should be preferred, if they exist.","type":"string"},"packageVerificationCode":{"type":"object","properties":{"packageVerificationCodeValue":{"description":"The actual package verification code as a hex encoded value.","type":"string"},"packageVerificationCodeExcludedFiles":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"array","items":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"string"}}},"required":["packageVerificationCodeValue"],"additionalProperties":false,"description":"A manifest based verification code (the algorithm is defined in section 4.7 of the full specification) of the SPDX Item. This allows consumers of this data and/or database to determine if an SPDX item they have in hand is identical to the SPDX item from which the data was produced. This algorithm works even if the SPDX document is included in the SPDX item."},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"downloadLocation":{"description":"The URI at which this package is available for download. Private (i.e., not publicly reachable) URIs are acceptable as values of this property. The values http://spdx.org/rdf/terms#none and http://spdx.org/rdf/terms#noassertion may be used to specify that the package is not downloadable or that no attempt was made to determine its download location, respectively.","type":"string"},"filesAnalyzed":{"description":"Indicates whether the file content of this package has been available for or subjected to analysis when creating the SPDX document. If false indicates packages that represent metadata or URI references to a project, product, artifact, distribution or a component. If set to false, the package must not contain any files.","type":"boolean"},"externalRefs":{"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"referenceCategory":{"description":"Category for the external reference","type":"string","enum":["OTHER","SECURITY","PACKAGE_MANAGER"]},"referenceLocator":{"description":"The unique string with no spaces necessary to access the package-specific information, metadata, or content within the target location. The format of the locator is subject to constraints defined by the <type>.","type":"string"},"referenceType":{"description":"Type of the external reference. These are definined in an appendix in the SPDX specification.","type":"string"}},"required":["referenceCategory","referenceLocator","referenceType"],"additionalProperties":false,"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package."}},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"hasFiles":{"description":"Indicates that a particular file belongs to a package.","type":"array","items":{"description":"SPDX ID for File.  Indicates that a particular file belongs to a package.","type":"string"}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"summary":{"description":"Provides a short description of the package.","type":"string"},"originator":{"description":"The name and, optionally, contact information of the person or organization that originally created the package. Values of this property must conform to the agent and tool syntax.","type":"string"},"packageFileName":{"description":"The base name of the package file name. For example, zlib-1.2.5.tar.gz.","type":"string"},"licenseInfoFromFiles":{"description":"The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.","type":"array","items":{"description":"License expression for licenseInfoFromFiles.  The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.","type":"string"}},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"},"versionInfo":{"description":"Provides an indication of the version of the package that is described by this SpdxDocument.","type":"string"},"sourceInfo":{"description":"Allows the producer(s) of the SPDX document to describe how the package was acquired and/or changed from the original source.","type":"string"},"description":{"description":"Provides a detailed description of the package.","type":"string"}},"required":["SPDXID","licenseDeclared","downloadLocation","name","copyrightText","licenseConcluded"],"additionalProperties":false}},"files":{"description":"Files referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"fileTypes":{"description":"The type of the file.","type":"array","items":{"description":"The type of the file.","type":"string","enum":["OTHER","DOCUMENTATION","IMAGE","VIDEO","ARCHIVE","SPDX","APPLICATION","SOURCE","BINARY","TEXT","AUDIO"]}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include theactual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include theactual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"comment":{"type":"string"},"annotator":{"description":"This field identifies the person, organization or tool that has commented on a file, package, or the entire document.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]}},"required":["annotationDate","comment","annotator","annotationType"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","minItems":1,"type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"noticeText":{"description":"This field provides a place for the SPDX file creator to record potential legal notices found in the file. This may or may not include copyright statements.","type":"string"},"artifactOfs":{"description":"Indicates the project in which the SpdxElement originated. Tools must preserve doap:homepage and doap:name properties and the URI (if one is known) of doap:Project resources that are values of this property. All other properties of doap:Projects are not directly supported by SPDX and may be dropped when translating to or from some SPDX formats.","type":"array","items":{"type":"object"}},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"fileName":{"description":"The name of the file relative to the root of the package.","type":"string"},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"fileContributors":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"array","items":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"string"}},"licenseInfoInFiles":{"description":"Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.","minItems":1,"type":"array","items":{"description":"License expression for licenseInfoInFile.  Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.","type":"string"}},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"},"fileDependencies":{"type":"array","items":{"description":"SPDX ID for File","type":"string"}}},"required":["SPDXID","fileName","copyrightText","licenseConcluded"],"additionalProperties":false}},"snippets":{"description":"Snippets referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"ranges":{"description":"This field defines the byte range in the original host file (in X.2) that the snippet information applies to","minItems":1,"type":"array","items":{"type":"object","properties":{"startPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false},"endPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false}},"required":["startPointer","endPointer"],"additionalProperties":false}},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include theactual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include theactual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"snippetFromFile":{"description":"SPDX ID for File.  File containing the SPDX element (e.g. the file contaning a snippet).","type":"string"},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"licenseInfoInSnippets":{"description":"Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.","type":"array","items":{"description":"License expression for licenseInfoInSnippet.  Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.","type":"string"}},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"comment":{"type":"string"},"annotator":{"description":"This field identifies the person, organization or tool that has commented on a file, package, or the entire document.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]}},"required":["annotationDate","comment","annotator","annotationType"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"}},"required":["SPDXID","name","snippetFromFile","copyrightText","licenseConcluded"],"additionalProperties":false}},"relationships":{"description":"Relationships referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"spdxElementId":{"type":"string","description":"Id to which the SPDX element is related"},"comment":{"type":"string"},"relationshipType":{"description":"Describes the type of relationship between two SPDX elements.","type":"string","enum":["VARIANT_OF","COPY_OF","PATCH_FOR","TEST_DEPENDENCY_OF","CONTAINED_BY","DATA_FILE_OF","OPTIONAL_COMPONENT_OF","ANCESTOR_OF","GENERATES","CONTAINS","OPTIONAL_DEPENDENCY_OF","FILE_ADDED","DEV_DEPENDENCY_OF","DEPENDENCY_OF","BUILD_DEPENDENCY_OF","DESCRIBES","PREREQUISITE_FOR","HAS_PREREQUISITE","PROVIDED_DEPENDENCY_OF","DYNAMIC_LINK","DESCRIBED_BY","METAFILE_OF","DEPENDENCY_MANIFEST_OF","PATCH_APPLIED","RUNTIME_DEPENDENCY_OF","TEST_OF","TEST_TOOL_OF","DEPENDS_ON","FILE_MODIFIED","DISTRIBUTION_ARTIFACT","DOCUMENTATION_OF","GENERATED_FROM","STATIC_LINK","OTHER","BUILD_TOOL_OF","TEST_CASE_OF","PACKAGE_OF","DESCENDANT_OF","FILE_DELETED","EXPANDED_FROM_ARCHIVE","DEV_TOOL_OF","EXAMPLE_OF"]},"relatedSpdxElement":{"description":"SPDX ID for SpdxElement.  A related SpdxElement.","type":"string"}},"required":["spdxElementId","relationshipType","relatedSpdxElement"],"additionalProperties":false}}},"required":["SPDXID","name","spdxVersion","dataLicense","creationInfo"],"additionalProperties":false}');
;// CONCATENATED MODULE: ./src/schemas/spdx/spdx-2.3.schema.json
const spdx_2_3_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://spdx.org/rdf/terms/2.3","title":"SPDX 2.3","type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"comment":{"type":"string"},"creationInfo":{"type":"object","properties":{"comment":{"type":"string"},"created":{"description":"Identify when the SPDX document was originally created. The date is to be specified according to combined date and time in UTC format as specified in ISO 8601 standard.","type":"string"},"creators":{"description":"Identify who (or what, in the case of a tool) created the SPDX document. If the SPDX document was created by an individual, indicate the person\'s name. If the SPDX document was created on behalf of a company or organization, indicate the entity name. If the SPDX document was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","minItems":1,"type":"array","items":{"description":"Identify who (or what, in the case of a tool) created the SPDX document. If the SPDX document was created by an individual, indicate the person\'s name. If the SPDX document was created on behalf of a company or organization, indicate the entity name. If the SPDX document was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","type":"string"}},"licenseListVersion":{"description":"An optional field for creators of the SPDX file to provide the version of the SPDX License List used when the SPDX file was created.","type":"string"}},"required":["created","creators"],"additionalProperties":false,"description":"One instance is required for each SPDX file produced. It provides the necessary information for forward and backward compatibility for processing tools."},"dataLicense":{"description":"License expression for dataLicense. See SPDX Annex D for the license expression syntax.  Compliance with the SPDX specification includes populating the SPDX fields therein with data related to such fields (\\"SPDX-Metadata\\"). The SPDX specification contains numerous fields where an SPDX document creator may provide relevant explanatory text in SPDX-Metadata. Without opining on the lawfulness of \\"database rights\\" (in jurisdictions where applicable), such explanatory text is copyrightable subject matter in most Berne Convention countries. By using the SPDX specification, or any portion hereof, you hereby agree that any copyright rights (as determined by your jurisdiction) in any SPDX-Metadata, including without limitation explanatory text, shall be subject to the terms of the Creative Commons CC0 1.0 Universal license. For SPDX-Metadata not containing any copyright rights, you hereby agree and acknowledge that the SPDX-Metadata is provided to you \\"as-is\\" and without any representations or warranties of any kind concerning the SPDX-Metadata, express, implied, statutory or otherwise, including without limitation warranties of title, merchantability, fitness for a particular purpose, non-infringement, or the absence of latent or other defects, accuracy, or the presence or absence of errors, whether or not discoverable, all to the greatest extent permissible under applicable law.","type":"string"},"externalDocumentRefs":{"description":"Identify any external SPDX documents referenced within this SPDX document.","type":"array","items":{"type":"object","properties":{"checksum":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."},"externalDocumentId":{"description":"externalDocumentId is a string containing letters, numbers, ., - and/or + which uniquely identifies an external document within this document.","type":"string"},"spdxDocument":{"description":"SPDX ID for SpdxDocument.  A property containing an SPDX document.","type":"string"}},"required":["checksum","externalDocumentId","spdxDocument"],"additionalProperties":false,"description":"Information about an external SPDX document reference including the checksum. This allows for verification of the external references."}},"hasExtractedLicensingInfos":{"description":"Indicates that a particular ExtractedLicensingInfo was defined in the subject SpdxDocument.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"crossRefs":{"description":"Cross Reference Detail for a license SeeAlso URL","type":"array","items":{"type":"object","properties":{"isLive":{"description":"Indicate a URL is still a live accessible location on the public internet","type":"boolean"},"isValid":{"description":"True if the URL is a valid well formed URL","type":"boolean"},"isWayBackLink":{"description":"True if the License SeeAlso URL points to a Wayback archive","type":"boolean"},"match":{"description":"Status of a License List SeeAlso URL reference if it refers to a website that matches the license text.","type":"string"},"order":{"description":"The ordinal order of this element within a list","type":"integer"},"timestamp":{"description":"Timestamp","type":"string"},"url":{"description":"URL Reference","type":"string"}},"required":["url"],"additionalProperties":false,"description":"Cross reference details for the a URL reference"}},"extractedText":{"description":"Provide a copy of the actual text of the license reference extracted from the package, file or snippet that is associated with the License Identifier to aid in future analysis.","type":"string"},"licenseId":{"description":"A human readable short form license identifier for a license. The license ID is either on the standard license list or the form \\"LicenseRef-[idString]\\" where [idString] is a unique string containing letters, numbers, \\".\\" or \\"-\\".  When used within a license expression, the license ID can optionally include a reference to an external document in the form \\"DocumentRef-[docrefIdString]:LicenseRef-[idString]\\" where docRefIdString is an ID for an external document reference.","type":"string"},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"seeAlsos":{"type":"array","items":{"type":"string"}}},"required":["extractedText","licenseId"],"additionalProperties":false,"description":"An ExtractedLicensingInfo represents a license or licensing notice that was found in a package, file or snippet. Any license text that is recognized as a license may be represented as a License rather than an ExtractedLicensingInfo."}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"revieweds":{"description":"Reviewed","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"reviewDate":{"description":"The date and time at which the SpdxDocument was reviewed. This value must be in UTC and have \'Z\' as its timezone indicator.","type":"string"},"reviewer":{"description":"The name and, optionally, contact information of the person who performed the review. Values of this property must conform to the agent and tool syntax.  The reviewer property is deprecated in favor of Annotation with an annotationType review.","type":"string"}},"required":["reviewDate"],"additionalProperties":false,"description":"This class has been deprecated in favor of an Annotation with an Annotation type of review."}},"spdxVersion":{"description":"Provide a reference number that can be used to understand how to parse and interpret the rest of the file. It will enable both future changes to the specification and to support backward compatibility. The version number consists of a major and minor version indicator. The major field will be incremented when incompatible changes between versions are made (one or more sections are created, modified or deleted). The minor field will be incremented when backwards compatible changes are made.","type":"string"},"documentNamespace":{"type":"string","description":"The URI provides an unambiguous mechanism for other SPDX documents to reference SPDX elements within this SPDX document."},"documentDescribes":{"description":"Packages, files and/or Snippets described by this SPDX document","type":"array","items":{"type":"string","description":"SPDX ID for each Package, File, or Snippet."}},"packages":{"description":"Packages referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"builtDate":{"description":"This field provides a place for recording the actual date the package was built.","type":"string"},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"description":{"description":"Provides a detailed description of the package.","type":"string"},"downloadLocation":{"description":"The URI at which this package is available for download. Private (i.e., not publicly reachable) URIs are acceptable as values of this property. The values http://spdx.org/rdf/terms#none and http://spdx.org/rdf/terms#noassertion may be used to specify that the package is not downloadable or that no attempt was made to determine its download location, respectively.","type":"string"},"externalRefs":{"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"referenceCategory":{"description":"Category for the external reference","type":"string","enum":["OTHER","PERSISTENT-ID","SECURITY","PACKAGE-MANAGER"]},"referenceLocator":{"description":"The unique string with no spaces necessary to access the package-specific information, metadata, or content within the target location. The format of the locator is subject to constraints defined by the <type>.","type":"string"},"referenceType":{"description":"Type of the external reference. These are definined in an appendix in the SPDX specification.","type":"string"}},"required":["referenceCategory","referenceLocator","referenceType"],"additionalProperties":false,"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package."}},"filesAnalyzed":{"description":"Indicates whether the file content of this package has been available for or subjected to analysis when creating the SPDX document. If false indicates packages that represent metadata or URI references to a project, product, artifact, distribution or a component. If set to false, the package must not contain any files.","type":"boolean"},"hasFiles":{"description":"Indicates that a particular file belongs to a package.","type":"array","items":{"description":"SPDX ID for File.  Indicates that a particular file belongs to a package.","type":"string"}},"homepage":{"type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseDeclared":{"description":"License expression for licenseDeclared. See SPDX Annex D for the license expression syntax.  The licensing that the creators of the software in the package, or the packager, have declared. Declarations by the original software creator should be preferred, if they exist.","type":"string"},"licenseInfoFromFiles":{"description":"The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.\\n\\nIf the licenseInfoFromFiles field is not present for a package and filesAnalyzed property for that same pacakge is true or omitted, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoFromFiles. See SPDX Annex D for the license expression syntax.  The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.\\n\\nIf the licenseInfoFromFiles field is not present for a package and filesAnalyzed property for that same pacakge is true or omitted, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"originator":{"description":"The name and, optionally, contact information of the person or organization that originally created the package. Values of this property must conform to the agent and tool syntax.","type":"string"},"packageFileName":{"description":"The base name of the package file name. For example, zlib-1.2.5.tar.gz.","type":"string"},"packageVerificationCode":{"type":"object","properties":{"packageVerificationCodeExcludedFiles":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"array","items":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"string"}},"packageVerificationCodeValue":{"description":"The actual package verification code as a hex encoded value.","type":"string"}},"required":["packageVerificationCodeValue"],"additionalProperties":false,"description":"A manifest based verification code (the algorithm is defined in section 4.7 of the full specification) of the SPDX Item. This allows consumers of this data and/or database to determine if an SPDX item they have in hand is identical to the SPDX item from which the data was produced. This algorithm works even if the SPDX document is included in the SPDX item."},"primaryPackagePurpose":{"description":"This field provides information about the primary purpose of the identified package. Package Purpose is intrinsic to how the package is being used rather than the content of the package.","type":"string","enum":["OTHER","INSTALL","ARCHIVE","FIRMWARE","APPLICATION","FRAMEWORK","LIBRARY","CONTAINER","SOURCE","DEVICE","OPERATING_SYSTEM","FILE"]},"releaseDate":{"description":"This field provides a place for recording the date the package was released.","type":"string"},"sourceInfo":{"description":"Allows the producer(s) of the SPDX document to describe how the package was acquired and/or changed from the original source.","type":"string"},"summary":{"description":"Provides a short description of the package.","type":"string"},"supplier":{"description":"The name and, optionally, contact information of the person or organization who was the immediate supplier of this package to the recipient. The supplier may be different than originator when the software has been repackaged. Values of this property must conform to the agent and tool syntax.","type":"string"},"validUntilDate":{"description":"This field provides a place for recording the end of the support period for a package from the supplier.","type":"string"},"versionInfo":{"description":"Provides an indication of the version of the package that is described by this SpdxDocument.","type":"string"}},"required":["SPDXID","downloadLocation","name"],"additionalProperties":false}},"files":{"description":"Files referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"artifactOfs":{"description":"Indicates the project in which the SpdxElement originated. Tools must preserve doap:homepage and doap:name properties and the URI (if one is known) of doap:Project resources that are values of this property. All other properties of doap:Projects are not directly supported by SPDX and may be dropped when translating to or from some SPDX formats.","type":"array","items":{"type":"object"}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","minItems":1,"type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"fileContributors":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"array","items":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"string"}},"fileDependencies":{"description":"This field is deprecated since SPDX 2.0 in favor of using Section 7 which provides more granularity about relationships.","type":"array","items":{"description":"SPDX ID for File.  This field is deprecated since SPDX 2.0 in favor of using Section 7 which provides more granularity about relationships.","type":"string"}},"fileName":{"description":"The name of the file relative to the root of the package.","type":"string"},"fileTypes":{"description":"The type of the file.","type":"array","items":{"description":"The type of the file.","type":"string","enum":["OTHER","DOCUMENTATION","IMAGE","VIDEO","ARCHIVE","SPDX","APPLICATION","SOURCE","BINARY","TEXT","AUDIO"]}},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseInfoInFiles":{"description":"Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.\\n\\nIf the licenseInfoInFile field is not present for a file, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoInFile. See SPDX Annex D for the license expression syntax.  Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.\\n\\nIf the licenseInfoInFile field is not present for a file, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"noticeText":{"description":"This field provides a place for the SPDX file creator to record potential legal notices found in the file. This may or may not include copyright statements.","type":"string"}},"required":["SPDXID","checksums","fileName"],"additionalProperties":false}},"snippets":{"description":"Snippets referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseInfoInSnippets":{"description":"Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.\\n\\nIf the licenseInfoInSnippet field is not present for a snippet, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoInSnippet. See SPDX Annex D for the license expression syntax.  Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.\\n\\nIf the licenseInfoInSnippet field is not present for a snippet, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"ranges":{"description":"This field defines the byte range in the original host file (in X.2) that the snippet information applies to","minItems":1,"type":"array","items":{"type":"object","properties":{"endPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false},"startPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false}},"required":["endPointer","startPointer"],"additionalProperties":false}},"snippetFromFile":{"description":"SPDX ID for File.  File containing the SPDX element (e.g. the file contaning a snippet).","type":"string"}},"required":["SPDXID","name","ranges","snippetFromFile"],"additionalProperties":false}},"relationships":{"description":"Relationships referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"spdxElementId":{"type":"string","description":"Id to which the SPDX element is related"},"comment":{"type":"string"},"relatedSpdxElement":{"description":"SPDX ID for SpdxElement.  A related SpdxElement.","type":"string"},"relationshipType":{"description":"Describes the type of relationship between two SPDX elements.","type":"string","enum":["VARIANT_OF","COPY_OF","PATCH_FOR","TEST_DEPENDENCY_OF","CONTAINED_BY","DATA_FILE_OF","OPTIONAL_COMPONENT_OF","ANCESTOR_OF","GENERATES","CONTAINS","OPTIONAL_DEPENDENCY_OF","FILE_ADDED","REQUIREMENT_DESCRIPTION_FOR","DEV_DEPENDENCY_OF","DEPENDENCY_OF","BUILD_DEPENDENCY_OF","DESCRIBES","PREREQUISITE_FOR","HAS_PREREQUISITE","PROVIDED_DEPENDENCY_OF","DYNAMIC_LINK","DESCRIBED_BY","METAFILE_OF","DEPENDENCY_MANIFEST_OF","PATCH_APPLIED","RUNTIME_DEPENDENCY_OF","TEST_OF","TEST_TOOL_OF","DEPENDS_ON","SPECIFICATION_FOR","FILE_MODIFIED","DISTRIBUTION_ARTIFACT","AMENDS","DOCUMENTATION_OF","GENERATED_FROM","STATIC_LINK","OTHER","BUILD_TOOL_OF","TEST_CASE_OF","PACKAGE_OF","DESCENDANT_OF","FILE_DELETED","EXPANDED_FROM_ARCHIVE","DEV_TOOL_OF","EXAMPLE_OF"]}},"required":["spdxElementId","relatedSpdxElement","relationshipType"],"additionalProperties":false}}},"required":["SPDXID","creationInfo","dataLicense","name","spdxVersion"],"additionalProperties":false}');
;// CONCATENATED MODULE: ./src/formats/spdx.ts
/**
 * SPDX 2.2 / 2.3 JSON documents, validated against the SPDX project's own JSON schemas (vendored
 * under src/schemas/spdx/, see its README) with ajv, plus what the schema leaves optional and a
 * release SBOM needs: `SPDXID` `SPDXRef-DOCUMENT`, a `documentNamespace` and a `created` date.
 * A pure reader: a parsed JSON value in, a summary or the first problem out. Where real generators
 * and the vendored schemas disagree, the generators and the specification text win (each case below
 * says why); real documents are in __fixtures__/real/spdx (see its README).
 *
 * An SBOM of a large image (every file listed) runs to tens of MiB, so a file is read as a stream
 * (SpdxReader, fed in chunks): each element of the document's big lists (packages, files,
 * relationships, …) is validated on its own as it is read, against the schema's own sub-schema for
 * that list's items, and then dropped; the rest of the document, those lists left empty, is validated
 * against the whole schema at the end. The vendored schemas put nothing on those lists but their type
 * and their items (no minItems, uniqueItems or $ref; checked where they are compiled), so this judges
 * exactly what validating the whole tree judged, without ever holding the tree.
 */





const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The 2.2 schema with `PACKAGE-MANAGER` added to the external reference categories. The SPDX 2.2
 * specification text (7.21, external reference field) spells the category `PACKAGE-MANAGER`, its JSON schema
 * `PACKAGE_MANAGER`; syft, Microsoft's sbom-tool and GitHub write the first, so SPEC (`sbom`) takes
 * both. The vendored file stays byte-for-byte the SPDX project's; the copy is patched where it is
 * compiled, and a schema without that enum (a different file vendored) fails loudly here.
 */
function spdx22SchemaWithBothPackageManagerSpellings(schema) {
    const copy = structuredClone(schema);
    const category = copy.properties?.packages?.items?.properties
        ?.externalRefs?.items;
    const values = category?.properties?.referenceCategory?.enum;
    if (!Array.isArray(values) || !values.includes('PACKAGE_MANAGER')) {
        throw new Error('the vendored SPDX 2.2 schema has no packages.externalRefs.referenceCategory enum with PACKAGE_MANAGER; re-check src/schemas/spdx/README.md');
    }
    values.push('PACKAGE-MANAGER');
    return copy;
}
/** The document's lists that are streamed one element at a time (SpdxReader). */
const STREAMED_LISTS = ['packages', 'files', 'snippets', 'relationships', 'hasExtractedLicensingInfos', 'annotations'];
let validators = null;
/**
 * The list's item schema. Validating each element against it and the document, with the list empty, against the
 * whole schema is the same as validating the whole document only when the schema says nothing else of the list;
 * a vendored schema that does (minItems, uniqueItems, …) fails loudly here rather than judging less.
 */
function itemsSchema(schema, list) {
    const property = schema.properties?.[list];
    const keywords = isObject(property) ? Object.keys(property) : [];
    if (!isObject(property) || property.type !== 'array' || !isObject(property.items) || keywords.some((k) => !['description', 'type', 'items'].includes(k))) {
        throw new Error(`the vendored SPDX schema's ${list} is not a plain list of items, so its elements cannot be validated one by one; re-check src/schemas/spdx/README.md`);
    }
    return property.items;
}
/** Compiled once: the schemas are large and every SBOM file and attestation uses them. */
function compiled() {
    if (validators === null) {
        // Both vendored schemas are plain draft-07 (ajv's default) and compile in ajv's strict mode. The first
        // error is reported, so validation stops there (a hostile document cannot make it collect millions).
        const ajv = new dist_ajv.Ajv({ allErrors: false });
        const compile = (schema) => ({
            document: ajv.compile(schema),
            elements: new Map(STREAMED_LISTS.map((list) => [list, ajv.compile(itemsSchema(schema, list))]))
        });
        validators = {
            'SPDX-2.2': compile(spdx22SchemaWithBothPackageManagerSpellings(spdx_2_2_schema_namespaceObject)),
            'SPDX-2.3': compile(spdx_2_3_schema_namespaceObject)
        };
    }
    return validators;
}
/** SPDX documents nest a few levels; deeper values are left as they are (the schema then judges them). */
const MAX_NULL_DEPTH = 32;
/**
 * A copy without object properties whose value is null. Go generators write an empty optional list
 * as null (syft 0.91's SPDX 2.2 output has `"licenseInfoFromFiles": null` and `"licenseInfoInFiles":
 * null`); the SPDX specification has no null, and an absent optional field means the same. A required
 * field given as null is then reported missing, as it is.
 */
function withoutNullProperties(value, depth = 0) {
    if (depth > MAX_NULL_DEPTH)
        return value;
    if (Array.isArray(value))
        return value.map((item) => withoutNullProperties(item, depth + 1));
    if (!isObject(value))
        return value;
    const copy = {};
    for (const [key, item] of Object.entries(value))
        if (item !== null)
            copy[key] = withoutNullProperties(item, depth + 1);
    return copy;
}
/** SPDX 2.2 makes these required on every package (2.3 made them optional); NOASSERTION is always allowed. */
const REQUIRED_IN_22 = new Set(['copyrightText', 'licenseConcluded', 'licenseDeclared', 'downloadLocation']);
function shownError(error, version) {
    if (!error)
        return 'invalid';
    const at = error.instancePath || '(document)';
    const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
    const allowed = error.keyword === 'enum' ? ` (${(error.params.allowedValues ?? []).join(', ')})` : '';
    const missing = error.keyword === 'required' ? String(error.params.missingProperty) : '';
    const hint = version === 'SPDX-2.2' && REQUIRED_IN_22.has(missing)
        ? `; SPDX 2.2 requires ${missing} (write NOASSERTION when unknown), or write SPDX 2.3, where it is optional`
        : '';
    return `${(0,util_text/* clip */.$)(at, 120)}: ${(0,util_text/* clip */.$)(error.message ?? error.keyword, 120)}${(0,util_text/* clip */.$)(extra, 80)}${(0,util_text/* clip */.$)(allowed, 120)}${hint}`;
}
/** ISO 8601 combined date and time in UTC, as SPDX requires for `created` (e.g. 2026-11-20T10:00:00Z). */
const CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/**
 * GitHub's `GET /repos/{owner}/{repo}/dependency-graph/sbom` answers `{ "sbom": { …SPDX 2.3… } }`. That
 * wrapper is refused rather than unwrapped: the file is published as the release SBOM, and SPDX tools
 * (syft, grype, the SPDX validators) read only the document itself, so a wrapped file would pass here
 * and be unreadable for everyone downloading it. The fix is one jq filter.
 */
function githubExportProblem(record) {
    if ('spdxVersion' in record || !isObject(record.sbom) || !('spdxVersion' in record.sbom))
        return null;
    return 'is GitHub\'s dependency-graph SBOM export ({"sbom": …} around the document), not an SPDX document; save the inner document: gh api repos/OWNER/REPO/dependency-graph/sbom --jq .sbom > NAME.spdx.json';
}
/** Validates a parsed JSON value as an SPDX 2.2/2.3 document; the problem names the first thing wrong. */
function validateSpdx(data) {
    if (!isObject(data))
        return { ok: false, problem: 'is not a JSON object (an SPDX JSON document was expected)' };
    const wrapped = githubExportProblem(data);
    if (wrapped)
        return { ok: false, problem: wrapped };
    const version = data.spdxVersion;
    if (version !== 'SPDX-2.2' && version !== 'SPDX-2.3') {
        const shown = typeof version === 'string' ? `"${(0,util_text/* clip */.$)(version, 40)}"` : version === undefined ? 'missing' : `a ${typeof version}`;
        return { ok: false, problem: `spdxVersion is ${shown}, not SPDX-2.2 or SPDX-2.3 (an SPDX 2.2/2.3 JSON document was expected)` };
    }
    const record = withoutNullProperties(data);
    const validate = compiled()[version].document;
    if (!validate(record))
        return { ok: false, problem: `is not a valid ${version} document: ${shownError(validate.errors?.[0], version)}` };
    return afterSchema(record, version, Array.isArray(record.packages) ? record.packages.length : 0);
}
/** What the schema leaves optional and a release SBOM needs, on a document the schema accepted. */
function afterSchema(record, version, packages) {
    if (record.SPDXID !== 'SPDXRef-DOCUMENT')
        return { ok: false, problem: `SPDXID is "${(0,util_text/* clip */.$)(String(record.SPDXID), 60)}", not SPDXRef-DOCUMENT` };
    const namespace = record.documentNamespace;
    if (typeof namespace !== 'string' || namespace.trim() === '')
        return { ok: false, problem: 'has no documentNamespace (a unique URI for this document)' };
    const created = record.creationInfo.created;
    if (typeof created !== 'string' || !CREATED.test(created) || Number.isNaN(Date.parse(created))) {
        return {
            ok: false,
            problem: `creationInfo.created is ${typeof created === 'string' ? `"${(0,util_text/* clip */.$)(created, 40)}"` : 'missing'}, not a UTC date and time (YYYY-MM-DDThh:mm:ssZ)`
        };
    }
    return { ok: true, document: { version, name: String(record.name), namespace, created, packages } };
}
/** Where a streamed list's elements are, in the document and in GitHub's `{"sbom": …}` wrapper (refused, so only dropped). */
const STREAMED_PATHS = STREAMED_LISTS.flatMap((list) => [`$.${list}.*`, `$.sbom.${list}.*`]);
/** How deep an element of a streamed list sits (document, list), for withoutNullProperties' bound. */
const ELEMENT_DEPTH = 2;
/**
 * Validates an SPDX JSON document fed in chunks (write, then end), as JSON.parse and validateSpdx would. The
 * version is known only once the document is read (spdxVersion may come after the lists), so each element is
 * validated against both versions' item schemas and the first problem of each kept.
 */
class SpdxReader {
    firstProblem = { 'SPDX-2.2': null, 'SPDX-2.3': null };
    packages = 0;
    stream = new json_stream/* JsonStream */.B5({ elements: STREAMED_PATHS, onElement: (path, value) => this.element(path, value) });
    element(path, value) {
        const [list, index] = path;
        if (path.length !== 2 || typeof list !== 'string')
            return;
        if (list === 'packages')
            this.packages++;
        const element = withoutNullProperties(value, ELEMENT_DEPTH);
        for (const version of ['SPDX-2.2', 'SPDX-2.3']) {
            if (this.firstProblem[version] !== null)
                continue;
            const validate = compiled()[version].elements.get(list);
            if (validate(element))
                continue;
            const error = validate.errors?.[0];
            const at = error && { ...error, instancePath: `/${list}/${String(index)}${error.instancePath}` };
            this.firstProblem[version] = `is not a valid ${version} document: ${shownError(at, version)}`;
        }
    }
    /** Feeds the next chunk; a JsonStreamError when the text is no JSON (see end for the verdict). */
    write(chunk) {
        this.stream.write(chunk);
    }
    /** The verdict; throws JsonStreamError when the text is no JSON. */
    end() {
        const data = this.stream.end();
        if (!isObject(data))
            return validateSpdx(data);
        const wrapped = githubExportProblem(data);
        if (wrapped)
            return { ok: false, problem: wrapped };
        const version = data.spdxVersion;
        // The lists are empty here: the version problem and what the document itself lacks are found as validateSpdx finds them.
        if (version !== 'SPDX-2.2' && version !== 'SPDX-2.3')
            return validateSpdx(data);
        const record = withoutNullProperties(data);
        const validate = compiled()[version].document;
        if (!validate(record))
            return { ok: false, problem: `is not a valid ${version} document: ${shownError(validate.errors?.[0], version)}` };
        const problem = this.firstProblem[version];
        if (problem !== null)
            return { ok: false, problem };
        return afterSchema(record, version, this.packages);
    }
}

// EXTERNAL MODULE: ./src/checks/shared/oci-refs.ts
var oci_refs = __webpack_require__(71477);
;// CONCATENATED MODULE: ./src/checks/shared/buildkit-attestations.ts
/**
 * BuildKit's image attestations (`docker buildx build --sbom --provenance`, docker/build-push-action):
 * for every platform manifest of an image index, an attestation manifest in the same index
 * (platform `unknown/unknown`, annotated `vnd.docker.reference.type: attestation-manifest` and
 * `vnd.docker.reference.digest: <platform manifest digest>`) whose layers are in-toto statements
 * (`application/vnd.in-toto+json`, layer annotation `in-toto.io/predicate-type`).
 *
 * Shared by `sbom` (SPDX) and `provenance` (SLSA). Read once per gate run (ctx.once) per image digest
 * and platform list. Every problem is thrown as an AttestationError, a one-line CheckFailed naming
 * the image, the platform and what is wrong.
 */








const IN_TOTO_LAYER_MEDIA_TYPE = 'application/vnd.in-toto+json';
const PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';
const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
/**
 * Statements up to this size are parsed whole: an SLSA provenance statement is KiBs (BuildKit mode=max
 * with a large build graph, a few hundred KiB) and a small image's SBOM a few MiB. Memory: one layer at a
 * time, its bytes + its string + its tree ≈ 10 × 4 MiB = 40 MiB at most, and only what the checks need
 * (the SPDX verdict, the recorded revisions) is kept after it.
 */
const MAX_WHOLE_STATEMENT_BYTES = 4 * 1024 * 1024;
/**
 * An SBOM of a large image runs to tens of MiB; anything past this is refused. A layer above
 * MAX_WHOLE_STATEMENT_BYTES is streamed from the registry: its `_type`, `subject` and `predicateType` are read
 * and the predicate is skipped unbuilt, so it costs the stream's 64 KiB chunks and the parser's buffers
 * (well under 1 MiB) whatever its size, one layer at a time. The cap bounds the transfer, not the memory.
 */
const MAX_STATEMENT_BYTES = 64 * 1024 * 1024;
/** BuildKit writes one SBOM per scanned stage plus provenance: a handful of layers. Read one at a time, so the cap bounds time, not memory. */
const MAX_STATEMENT_LAYERS = 64;
/** BuildKit writes one subject per platform manifest and short predicate types and digests: tighter than a DSSE statement's bounds. */
const BUILDKIT_STATEMENT_LIMITS = { maxBytes: MAX_STATEMENT_BYTES, maxSubjects: 4096, maxPredicateType: 512, maxDigestValue: 256 };
class AttestationError extends gate/* CheckFailed */.EC {
    name = 'AttestationError';
}
/** The statements of one predicate type (empty array when none). */
function statementsOf(platform, predicateType) {
    return platform.statements.get(predicateType) ?? [];
}
function layerFault(error, layer, where) {
    return new AttestationError(error.reason === 'json'
        ? `${where}: attestation layer ${layer.digest} is ${error.message === 'not JSON' ? 'not JSON (an in-toto statement was expected)' : `${error.message}; an in-toto statement is a flat JSON document`}`
        : `${where}: attestation layer ${layer.digest} is not an in-toto statement (${error.message})`);
}
/** The annotation and the subject agree with the statement; throws a message naming what is wrong. */
function checkStatement(statement, layer, subjectDigest, where) {
    const annotated = layer.annotations?.[PREDICATE_TYPE_ANNOTATION];
    if (annotated !== undefined && annotated !== statement.predicateType) {
        throw new AttestationError(`${where}: attestation layer ${layer.digest} is annotated predicate type ${(0,util_text/* clip */.$)(annotated, 120)} but holds ${(0,util_text/* clip */.$)(statement.predicateType, 120)}; the attestation manifest was altered`);
    }
    const { subjects } = statement;
    const wanted = subjectDigest.replace(/^sha256:/, '');
    if (!subjects.some((s) => s.sha256 === wanted)) {
        throw new AttestationError(`${where}: the ${(0,util_text/* clip */.$)(statement.predicateType, 120)} statement in layer ${layer.digest} is about ${(0,util_text/* clip */.$)(subjects.map((s) => s.sha256 ?? s.name).join(', '), 160)}, not the platform manifest ${subjectDigest}`);
    }
}
/** Parses one attestation layer (whole) as an in-toto statement; throws a message naming what is wrong. */
function parseAttestationLayer(bytes, layer, subjectDigest, where) {
    let statement;
    try {
        statement = (0,in_toto/* readInTotoStatement */.BV)(bytes, BUILDKIT_STATEMENT_LIMITS);
    }
    catch (error) {
        if (!(error instanceof in_toto/* InTotoFormatError */.pY))
            throw error;
        throw layerFault(error, layer, where);
    }
    checkStatement(statement, layer, subjectDigest, where);
    const { predicateType, predicate } = statement;
    return {
        predicateType,
        subjects: statement.subjects,
        sbom: predicateType === SPDX_PREDICATE_TYPE ? { whole: true, validation: validateSpdx(predicate) } : null,
        provenance: (0,buildkit_provenance/* isBuildKitProvenanceType */.wO)(predicateType) ? (0,buildkit_provenance/* recordedRevisions */.x_)(predicateType, predicate) : null,
        layerDigest: layer.digest
    };
}
/** A layer too large to parse whole: its statement header streamed from the registry, the predicate skipped. */
async function streamAttestationLayer(ctx, image, layer, subjectDigest, where) {
    const annotated = layer.annotations?.[PREDICATE_TYPE_ANNOTATION];
    const tooLarge = `${where}: attestation layer ${layer.digest} is ${layer.size} bytes, a provenance statement larger than the ${MAX_WHOLE_STATEMENT_BYTES} read (BuildKit's are KiBs)`;
    if (annotated !== undefined && (0,buildkit_provenance/* isBuildKitProvenanceType */.wO)(annotated))
        throw new AttestationError(tooLarge);
    let spdxVersion = null;
    const statement = await ctx.clients.oci.readBlob(image, layer.digest, { maxBytes: MAX_STATEMENT_BYTES }, async (chunks) => {
        try {
            return await (0,in_toto/* readInTotoStatementHeader */.k)(chunks, { ...BUILDKIT_STATEMENT_LIMITS, stopWhenRead: true }, ['$.predicate.spdxVersion'], (_path, value) => {
                spdxVersion = typeof value === 'string' ? (0,util_text/* clip */.$)(value, 40) : null;
            });
        }
        catch (error) {
            if (!(error instanceof in_toto/* InTotoFormatError */.pY))
                throw error;
            throw layerFault(error, layer, where);
        }
    });
    if (statement === null)
        return null;
    checkStatement(statement, layer, subjectDigest, where);
    const { predicateType } = statement;
    if ((0,buildkit_provenance/* isBuildKitProvenanceType */.wO)(predicateType))
        throw new AttestationError(tooLarge);
    return {
        predicateType,
        subjects: statement.subjects,
        sbom: predicateType === SPDX_PREDICATE_TYPE ? { whole: false, bytes: layer.size, spdxVersion } : null,
        provenance: null,
        layerDigest: layer.digest
    };
}
/** One layer, whole or streamed by its size; null when the registry does not serve it. */
async function readLayer(ctx, image, layer, subjectDigest, where) {
    if (layer.size > MAX_STATEMENT_BYTES) {
        throw new AttestationError(`${where}: attestation layer ${layer.digest} is ${layer.size} bytes, larger than the ${MAX_STATEMENT_BYTES} read`);
    }
    if (layer.size > MAX_WHOLE_STATEMENT_BYTES)
        return streamAttestationLayer(ctx, image, layer, subjectDigest, where);
    // The descriptor's size is the registry's word; the blob is bounded by the whole-statement cap all the same.
    const bytes = await ctx.clients.oci.getBlob(image, layer.digest, { maxBytes: MAX_WHOLE_STATEMENT_BYTES });
    return bytes === null ? null : parseAttestationLayer(bytes, layer, subjectDigest, where);
}
async function readPlatform(ctx, target, platform, manifests, reference) {
    const candidates = (0,buildkit_index/* platformEntries */.eV)(manifests);
    const match = candidates.find((d) => d.platform && (0,oci_refs/* platformMatches */.J5)(platform, d.platform));
    if (!match) {
        const found = candidates.map((d) => (0,oci_refs/* shownPlatform */.vV)(d.platform));
        throw new AttestationError(`${reference} has no manifest for platform ${platform} (it has ${found.length ? found.join(', ') : 'none'}); build for every container.platforms entry`);
    }
    const where = `${reference} (${platform})`;
    const attestation = (0,buildkit_index/* attestationEntryFor */.Eu)(manifests, match.digest);
    if (!attestation)
        return { platform, manifestDigest: match.digest, attestationDigest: null, statements: new Map() };
    const fetched = await ctx.clients.oci.getManifest(target.image, attestation.digest);
    if (fetched === null)
        throw new AttestationError(`${where}: the index lists attestation manifest ${attestation.digest}, but the registry does not serve it (404)`);
    if (fetched.document.kind !== 'image') {
        throw new AttestationError(`${where}: attestation manifest ${attestation.digest} is ${fetched.document.mediaType}, not an image manifest`);
    }
    const layers = fetched.document.layers.filter((l) => l.mediaType === IN_TOTO_LAYER_MEDIA_TYPE);
    if (layers.length > MAX_STATEMENT_LAYERS) {
        throw new AttestationError(`${where}: attestation manifest ${attestation.digest} has ${layers.length} in-toto layers, more than the ${MAX_STATEMENT_LAYERS} read`);
    }
    const statements = new Map();
    // One layer at a time: each is read, judged and reduced to what the checks need before the next is fetched.
    for (const layer of layers) {
        const statement = await readLayer(ctx, target.image, layer, match.digest, where);
        if (statement === null)
            throw new AttestationError(`${where}: attestation layer ${layer.digest} is listed but the registry does not serve it (404)`);
        statements.set(statement.predicateType, [...(statements.get(statement.predicateType) ?? []), statement]);
    }
    return { platform, manifestDigest: match.digest, attestationDigest: attestation.digest, statements };
}
async function read(ctx, target) {
    const reference = (0,oci/* shownReference */.Xu)(target.image, target.digest);
    try {
        const index = await ctx.clients.oci.getManifest(target.image, target.digest);
        if (index === null)
            throw new AttestationError(`${reference} is not served by the registry (404); pass the digest the push reported as image-digest, and run this gate after the push`);
        if (index.document.kind !== 'index') {
            throw new AttestationError(`${reference} is a single-platform image manifest (${index.document.mediaType}), not an image index, so it carries no BuildKit attestations; build with docker/build-push-action (sbom: true, provenance: mode=max)`);
        }
        const platforms = [];
        for (const platform of target.platforms)
            platforms.push(await readPlatform(ctx, target, platform, index.document.manifests, reference));
        return { reference, platforms };
    }
    catch (error) {
        if (error instanceof oci/* OciError */.Mf) {
            throw new AttestationError(`${error.reason === 'private' ? `${reference} cannot be pulled anonymously: ` : ''}${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 400)}`, {
                cause: error
            });
        }
        throw error;
    }
}
/**
 * The BuildKit attestations of every `target.platforms` entry of the image index at `target.digest`,
 * read once per gate run. A platform without an attestation manifest comes back with
 * `attestationDigest: null` (the caller says what is missing); everything else that is wrong (index
 * not served or not an index, a platform missing, a manifest or layer missing, too large, not an
 * in-toto statement, about another manifest, a predicate type that disagrees with its annotation)
 * throws an AttestationError. Registry failures after the client's retries throw one as well.
 */
function readImageAttestations(ctx, target) {
    const key = `buildkit-attestations:${target.image.registry}/${target.image.repository}@${target.digest}:${target.platforms.join(',')}`;
    return ctx.once(key, () => read(ctx, target));
}
const EMPTY_IMAGE_DIGEST = 'image-digest is empty: without it nothing proves which image was built; pass the "digest" output of docker/build-push-action as the image-digest input (image-digest: ${{ steps.<push step id>.outputs.digest }})';
/**
 * Whether the image attestations apply, for `sbom` and `provenance`: not for a rehearsal tag, not with
 * `supply-chain.image-attestations: false` or `container: false` (skip, with the reason); a missing
 * `container` section or an empty image-digest fails; else the image index to read.
 */
function imageAttestationPlan(ctx, checkId) {
    if (ctx.release.kind === 'rehearsal')
        return { state: 'skip', reason: 'rehearsal tag: the image attestations apply to release tags only' };
    const supplyChain = (0,gate/* sectionOf */.ZE)(ctx.config, 'supply-chain');
    if (supplyChain.state === 'on' && !supplyChain.value['image-attestations']) {
        return { state: 'skip', reason: 'image attestations turned off (supply-chain.image-attestations: false)' };
    }
    const container = (0,gate/* sectionOf */.ZE)(ctx.config, 'container');
    if (container.state === 'off')
        return { state: 'skip', reason: `no container image (${(0,gate/* sectionOffMessage */.m6)('container')})` };
    if (container.state === 'missing') {
        return {
            state: 'fail',
            reason: (0,gate/* sectionMissingMessage */.H4)('container', checkId, {
                purpose: 'to find the image attestations',
                remedy: 'when the project ships no image, or supply-chain.image-attestations: false'
            })
        };
    }
    if (!ctx.settings.imageDigest)
        return { state: 'fail', reason: EMPTY_IMAGE_DIGEST };
    const { image, written } = (0,oci_refs/* ociImage */.xP)(ctx, 'container', container.value.image);
    return { state: 'read', target: { image, digest: ctx.settings.imageDigest, platforms: container.value.platforms }, written };
}
/**
 * imageAttestationPlan, then readImageAttestations: one step for both checks. `what` names the
 * attestations in the skip line ("image SBOM attestations"). A one-line failure (CheckFailed, such as an
 * AttestationError or a container.image the reference grammar refuses) becomes the part's problem;
 * anything else propagates and fails the check.
 */
async function planAndReadImageAttestations(ctx, checkId, what) {
    try {
        const plan = imageAttestationPlan(ctx, checkId);
        if (plan.state === 'skip')
            return { state: 'ended', problems: [], details: [`${what} not checked: ${plan.reason}`] };
        if (plan.state === 'fail')
            return { state: 'ended', problems: [plan.reason], details: [] };
        return { state: 'read', attestations: await readImageAttestations(ctx, plan.target), plan };
    }
    catch (error) {
        if (error instanceof gate/* CheckFailed */.EC)
            return { state: 'ended', problems: [error.message], details: [] };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/checks/shared/dist-files.ts
var dist_files = __webpack_require__(77973);
// EXTERNAL MODULE: ./src/checks/shared/supply-chain-signer.ts
var supply_chain_signer = __webpack_require__(91491);
;// CONCATENATED MODULE: ./src/checks/supply-chain/provenance.ts
















/** A provenance file in dist: a few bundles of a few KiB each; attest-build-provenance's JSON Lines stay far below this. */
const MAX_PROVENANCE_FILE_BYTES = 16 * 1024 * 1024;
/** Bundles read from one JSON Lines file; more is not a provenance file. */
const MAX_BUNDLES_PER_FILE = 1000;
/** Bundles of a provenance file: one JSON bundle, or JSON Lines of them (actions/attest-build-provenance's bundle-path). */
function bundlesIn(text, shown) {
    // Depth bounded before parsing (util/json.ts): a bundle nested millions of levels deep is refused with
    // the reason (by the line below) instead of overflowing the stack in the verifier or the content hash.
    const whole = (0,json/* parseJson */.qF)(text);
    if (whole.ok && whole.value !== null && typeof whole.value === 'object' && !Array.isArray(whole.value))
        return [{ bundle: whole.value, source: shown }];
    // Not one JSON document: read it as JSON Lines below.
    const lines = text
        .split('\n')
        .map((line, index) => ({ line: line.trim(), number: index + 1 }))
        .filter(({ line }) => line !== '');
    if (lines.length === 0)
        throw new gate/* CheckFailed */.EC(`${shown} is empty; it should hold the Sigstore bundle(s) actions/attest-build-provenance wrote`);
    if (lines.length > MAX_BUNDLES_PER_FILE)
        throw new gate/* CheckFailed */.EC(`${shown} holds ${lines.length} lines, more than the ${MAX_BUNDLES_PER_FILE} bundles read`);
    return lines.map(({ line, number }) => {
        const parsed = (0,json/* parseJson */.qF)(line);
        if (!parsed.ok) {
            throw new gate/* CheckFailed */.EC(parsed.deep
                ? `${lines.length === 1 ? shown : `${shown} line ${number}`} is ${parsed.reason}; a Sigstore bundle is a flat JSON document — write the bundle actions/attest-build-provenance produced`
                : `${shown} line ${number} is not JSON; a provenance file is one Sigstore bundle (JSON) or JSON Lines of them`);
        }
        const bundle = parsed.value;
        if (bundle === null || typeof bundle !== 'object' || Array.isArray(bundle)) {
            throw new gate/* CheckFailed */.EC(`${shown} line ${number} is not a JSON object (a Sigstore bundle was expected)`);
        }
        return { bundle, source: lines.length === 1 ? shown : `${shown} line ${number}` };
    });
}
/**
 * Verifies bundles and records, for every subject, the first verified SLSA v1 provenance from the signer that
 * names its sha256. A bundle that does not verify is a problem (even when others are good); a verified bundle
 * from another signer or of another predicate type does not count and is only noted in the details.
 */
class Coverage {
    verifier;
    policy;
    subjects;
    /** Bundles already verified (by content hash): GitHub lists the same attestation under every subject it covers. */
    seen = new Set();
    problems = [];
    details = [];
    constructor(verifier, policy, subjects) {
        this.verifier = verifier;
        this.policy = policy;
        this.subjects = subjects;
    }
    async add({ bundle, source }) {
        // The text is hashed as it is, not copied into a Buffer first: a bundle of MiBs, checked a hundred at a
        // time, would otherwise leave a MiB-sized native copy per bundle for the garbage collector to find.
        const key = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(bundle)).digest('hex');
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        let verified;
        try {
            verified = await this.verifier.verify(bundle);
        }
        catch (error) {
            if (error instanceof sigstore_errors/* SigstoreVerificationError */.u) {
                this.problems.push(`${source}: ${(0,util_text/* clip */.$)(error.message, 300)}; a provenance bundle that does not verify fails the check — remove it or attest again`);
                return;
            }
            throw error;
        }
        const mismatch = (0,signer_policy/* signerMismatch */.B)(verified.signer, this.policy);
        if (mismatch) {
            this.details.push(`${source}: does not count — ${mismatch}`);
            return;
        }
        if (verified.content.kind !== 'dsse') {
            this.details.push(`${source}: does not count — a signature over a file, not an in-toto provenance statement`);
            return;
        }
        let statement;
        try {
            statement = (0,in_toto/* readDsseStatement */.vv)(verified.content.payloadType, verified.content.payload);
        }
        catch (error) {
            if (error instanceof in_toto/* InTotoFormatError */.pY) {
                this.problems.push(`${source}: signed by the release workflow but unusable: ${error.message}`);
                return;
            }
            throw error;
        }
        if (statement.predicateType !== buildkit_provenance/* SLSA_PROVENANCE_V1 */.us) {
            this.details.push(`${source}: does not count — predicate type ${(0,util_text/* clip */.$)(statement.predicateType, 120)}, not ${buildkit_provenance/* SLSA_PROVENANCE_V1 */.us}`);
            return;
        }
        let named = 0;
        for (const s of statement.subjects) {
            for (const subject of (s.sha256 && this.subjects.get(s.sha256)) || []) {
                subject.coveredBy ??= source;
                named++;
            }
        }
        this.details.push(`${source}: verified SLSA provenance from ${this.policy.san}, naming ${named} dist file(s)`);
    }
}
/** Verifies the bundles of each provenance file in turn: one file's text and bundles are held at a time. */
async function addProvenanceFiles(ctx, names, coverage) {
    for (const name of names) {
        const shown = `${(0,dist_files/* shownDist */.sA)(ctx)}/${(0,util_text/* clip */.$)(name)}`;
        let text;
        try {
            text = await (0,workspace_file/* readWorkspaceText */.tA)(ctx.settings.workspace, external_node_path_.join(ctx.settings.distDir, name), {
                maxBytes: MAX_PROVENANCE_FILE_BYTES,
                purpose: 'a provenance file',
                shown
            });
        }
        catch (error) {
            if (error instanceof workspace_file/* WorkspaceFileError */._n)
                throw new gate/* CheckFailed */.EC(error.message);
            throw error;
        }
        for (const bundle of bundlesIn(text, shown))
            await coverage.add(bundle);
    }
}
/** Every release file in dist is the subject of a verified SLSA v1 provenance bundle from the signer. */
async function checkDist(ctx, section) {
    const release = (0,gate/* sectionOf */.ZE)(ctx.config, 'release');
    if (release.state === 'missing') {
        return {
            problems: [(0,gate/* sectionMissingMessage */.H4)('release', 'provenance', { purpose: 'for the provenance file pattern (release.provenance)' })],
            details: [],
            found: null
        };
    }
    if (release.state === 'off')
        return { problems: [], details: [`release files in dist not checked: ${(0,gate/* sectionOffMessage */.m6)('release')}`], found: null };
    const pattern = release.value.provenance;
    try {
        const files = await (0,dist_files/* listDistFiles */.kP)(ctx);
        const provenanceFiles = files.filter((name) => external_node_path_.matchesGlob(name, pattern));
        const releaseFiles = files.filter((name) => !external_node_path_.matchesGlob(name, pattern));
        if (releaseFiles.length === 0) {
            return {
                problems: [`dist folder ${(0,dist_files/* shownDist */.sA)(ctx)} holds no release file (besides provenance bundles); download the release files into it`],
                details: [],
                found: null
            };
        }
        const bySha = new Map();
        const subjects = [];
        for (const name of releaseFiles) {
            const { hex } = await (0,hash/* sha256File */.Q3)(external_node_path_.join(ctx.settings.distDir, name));
            const subject = { name, sha256: hex, coveredBy: null };
            subjects.push(subject);
            bySha.set(hex, [...(bySha.get(hex) ?? []), subject]);
        }
        // Trust first: without it no bundle can be believed (a CheckFailed naming the cause).
        const verifier = await (0,supply_chain_signer/* signerVerifier */.Pd)(ctx, section);
        const coverage = new Coverage(verifier, (0,supply_chain_signer/* signerPolicy */.xm)(ctx, section), bySha);
        await addProvenanceFiles(ctx, provenanceFiles, coverage);
        // GitHub is asked only for files no dist bundle covered: one attestation (actions/attest-build-provenance
        // over dist/*) usually names every file, so after the first answer the other files are covered already and
        // a release of many files costs one request instead of one per file. The contract's "bundles come from
        // both" still holds: a file a dist bundle does not cover is looked up on GitHub.
        // Bundle URLs already fetched for one subject are not fetched again for the next (Coverage would skip them anyway).
        const fetchedUrls = new Set();
        for (const subject of subjects) {
            if (subject.coveredBy !== null)
                continue;
            try {
                // Each bundle is verified as it arrives and dropped: the next bundle_url is fetched after this one is checked.
                await ctx.clients.github.listAttestations(`sha256:${subject.sha256}`, (attestation) => coverage.add(attestation), fetchedUrls);
            }
            catch (error) {
                if (error instanceof errors/* GitHubError */.y_) {
                    coverage.problems.push(`GitHub attestations of ${(0,dist_files/* shownDist */.sA)(ctx)}/${(0,util_text/* clip */.$)(subject.name)}: ${(0,util_text/* clip */.$)(error.message, 400)}`);
                    break;
                }
                throw error;
            }
        }
        const problems = [...coverage.problems];
        const uncovered = subjects.filter((s) => s.coveredBy === null);
        if (uncovered.length > 0) {
            problems.push(`${uncovered.length} release file(s) in ${(0,dist_files/* shownDist */.sA)(ctx)} have no verified SLSA provenance (${buildkit_provenance/* SLSA_PROVENANCE_V1 */.us}) from ${(0,supply_chain_signer/* signerPolicy */.xm)(ctx, section).san}: ${(0,util_text/* clip */.$)(uncovered.map((s) => s.name).join(', '), 200)}; attest them in that workflow (actions/attest-build-provenance with subject-path covering every file)`);
        }
        return {
            problems,
            details: coverage.details,
            found: `${subjects.length} release file(s) in ${(0,dist_files/* shownDist */.sA)(ctx)} covered by verified SLSA provenance`,
            table: {
                columns: ['file', 'sha256', 'covered by', 'verdict'],
                rows: subjects.map((s) => [s.name, s.sha256, s.coveredBy ?? '—', s.coveredBy ? 'attested' : 'not attested'])
            }
        };
    }
    catch (error) {
        if (error instanceof gate/* CheckFailed */.EC)
            return { problems: [error.message], details: [], found: null };
        throw error;
    }
}
/**
 * The problems (and, when it passes, the detail) of one BuildKit provenance statement: every revision it
 * records (src/formats/buildkit-provenance.ts: vcs hint, Git-context config source) must be `sha`, a Git
 * context must be this repository, and at least one must be recorded. Each message names the place read.
 */
function judgeRevisions(ctx, statement, platform, where, fix) {
    const sha = ctx.settings.sha.toLowerCase();
    const layer = `the provenance (layer ${statement.layerDigest})`;
    // Read with the layer (src/checks/shared/buildkit-attestations.ts); null for any other predicate type.
    const recorded = statement.provenance;
    if (recorded === null)
        return { problems: [], details: [] };
    if (recorded.revisions.length === 0) {
        return {
            problems: [
                `${where}: ${layer} records no vcs.revision, so nothing ties the image to commit ${sha} (read ${recorded.read.join(' and ')}: neither is set); ${fix}`
            ],
            details: []
        };
    }
    const { serverUrl, owner, repo } = ctx.settings;
    const repository = `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}`;
    const problems = [];
    const details = [];
    for (const r of recorded.revisions) {
        if (r.kind === 'config-source' && (r.uri === null || !(0,buildkit_provenance/* gitContextNamesRepository */.YS)(r.uri, serverUrl, owner, repo))) {
            problems.push(`${where}: ${layer} is a Git-context build of ${r.uri === null ? 'an unnamed repository (no uri)' : (0,util_text/* clip */.$)(r.uri, 200)} (${r.place.replace(/\.digest\.sha1$/, '.uri')}), not of ${repository}; build this repository's release commit`);
        }
        else if (r.revision.toLowerCase() !== sha) {
            problems.push(`${where}: ${layer} records commit ${(0,util_text/* clip */.$)(r.revision, 60)}, not the release commit ${sha} (read at ${r.place}); ${fix}`);
        }
        else {
            details.push(`${platform}: ${statement.predicateType} provenance records commit ${sha}${r.kind === 'config-source' ? ` (Git context ${(0,util_text/* clip */.$)(r.uri ?? '', 200)})` : ''}`);
        }
    }
    return { problems, details };
}
/** With `image-attestations`, every image platform carries BuildKit provenance whose vcs.revision is `sha`. */
async function checkImage(ctx) {
    const planned = await planAndReadImageAttestations(ctx, 'provenance', 'image provenance attestations');
    if (planned.state === 'ended')
        return { problems: planned.problems, details: planned.details, found: null };
    const { attestations, plan } = planned;
    const sha = ctx.settings.sha.toLowerCase();
    const fix = 'build with docker/build-push-action "provenance: mode=max" from the release commit and push again';
    const problems = [];
    const details = [];
    for (const platform of attestations.platforms) {
        const where = `${attestations.reference} (${platform.platform})`;
        if (platform.attestationDigest === null) {
            problems.push(`${where} has no BuildKit attestation manifest for its platform manifest ${platform.manifestDigest}; ${fix}`);
            continue;
        }
        const statements = [...statementsOf(platform, buildkit_provenance/* SLSA_PROVENANCE_V02 */.ZX), ...statementsOf(platform, buildkit_provenance/* SLSA_PROVENANCE_V1 */.us)];
        if (statements.length === 0) {
            problems.push(`${where}: attestation manifest ${platform.attestationDigest} has no SLSA provenance (${buildkit_provenance/* SLSA_PROVENANCE_V02 */.ZX} or ${buildkit_provenance/* SLSA_PROVENANCE_V1 */.us}); ${fix}`);
            continue;
        }
        for (const statement of statements) {
            const judged = judgeRevisions(ctx, statement, platform.platform, where, fix);
            problems.push(...judged.problems);
            details.push(...judged.details);
        }
    }
    return {
        problems,
        details,
        found: `BuildKit provenance of ${plan.target.platforms.join(', ')} of ${plan.written}@${plan.target.digest} records ${sha.slice(0, 12)}`
    };
}
async function checkProvenance(ctx, section) {
    const [dist, image] = await Promise.all([checkDist(ctx, section), checkImage(ctx)]);
    const problems = [...dist.problems, ...image.problems];
    const details = [...dist.details, ...image.details];
    const table = dist.table ? { table: dist.table } : {};
    if (problems.length > 0) {
        return (0,gate/* fail */.fJ)((0,util_problems/* summarizeProblems */.G)(problems, 'provenance'), { details: [...(problems.length > 1 ? problems : []), ...details], ...table });
    }
    const found = [dist.found, image.found].filter((f) => f !== null);
    // Never a pass on nothing: release: false and no image attestations leave nothing proven.
    if (found.length === 0)
        return (0,gate/* fail */.fJ)('no provenance was checked: release: false and no image attestations to read; configure release.provenance or set "supply-chain: false"', {
            details
        });
    return (0,gate/* pass */.IX)(found.join('; '), { details, ...table });
}
/**
 * `provenance`: every release file in dist (all but the provenance bundles themselves) is the subject, by sha256,
 * of a verified SLSA v1 provenance bundle from the signer (the release workflow at the tag and commit). Bundles
 * come from dist files matching `release.provenance` and from GitHub's attestations. With
 * `supply-chain.image-attestations`, every image platform's BuildKit provenance records `sha` as vcs.revision.
 * For a rehearsal tag the dist part runs and the image part skips.
 */
const provenance = (0,gate/* defineCheck */.qH)({
    id: 'provenance',
    sections: ['supply-chain'],
    run: (ctx, { 'supply-chain': section }) => (0,gate/* withVersion */.$2)(ctx, () => checkProvenance(ctx, section))
});

;// CONCATENATED MODULE: ./src/checks/supply-chain/sbom.ts









/** An SPDX JSON document of a large image (every file listed) runs to tens of MiB. */
const MAX_SBOM_BYTES = 64 * 1024 * 1024;
/** Every dist file matching `release.sbom` is a valid SPDX 2.2/2.3 JSON document; at least one is there. */
async function sbom_checkDist(ctx) {
    const release = (0,gate/* sectionOf */.ZE)(ctx.config, 'release');
    if (release.state === 'missing') {
        return { problems: [(0,gate/* sectionMissingMessage */.H4)('release', 'sbom', { purpose: 'for the SBOM file pattern (release.sbom)' })], details: [], found: null };
    }
    if (release.state === 'off')
        return { problems: [], details: [`SBOM files in dist not checked: ${(0,gate/* sectionOffMessage */.m6)('release')}`], found: null };
    const pattern = release.value.sbom;
    let files;
    try {
        files = await (0,dist_files/* listDistFiles */.kP)(ctx);
    }
    catch (error) {
        if (error instanceof gate/* CheckFailed */.EC)
            return { problems: [error.message], details: [], found: null };
        throw error;
    }
    const sboms = files.filter((name) => external_node_path_.matchesGlob(name, pattern));
    if (sboms.length === 0) {
        return {
            problems: [
                `dist folder ${(0,dist_files/* shownDist */.sA)(ctx)} holds no file matching release.sbom "${(0,util_text/* clip */.$)(pattern)}"; write the SBOM there (e.g. anchore/sbom-action with format spdx-json and output-file ${(0,dist_files/* shownDist */.sA)(ctx)}/<name>.spdx.json)`
            ],
            details: [],
            found: null
        };
    }
    const problems = [];
    const details = [];
    for (const name of sboms) {
        const shown = `${(0,dist_files/* shownDist */.sA)(ctx)}/${(0,util_text/* clip */.$)(name)}`;
        let result;
        const reader = new SpdxReader();
        try {
            // Streamed into the reader a MiB at a time: an SBOM of a large image runs to tens of MiB.
            const rel = external_node_path_.join(ctx.settings.distDir, name);
            await (0,workspace_file/* readWorkspaceChunks */.Et)(ctx.settings.workspace, rel, { maxBytes: MAX_SBOM_BYTES, purpose: 'an SBOM', shown }, (chunk) => reader.write(chunk));
            result = reader.end();
        }
        catch (error) {
            if (error instanceof workspace_file/* WorkspaceFileError */._n) {
                problems.push(error.message);
                continue;
            }
            if (!(error instanceof json_stream/* JsonStreamError */.l1))
                throw error;
            const why = error.deep ? `is ${error.message} (real SBOMs stay under 20)` : 'is not JSON';
            problems.push(`${shown} ${why}; write the SBOM as SPDX JSON (syft -o spdx-json, anchore/sbom-action format: spdx-json)`);
            continue;
        }
        if (!result.ok)
            problems.push(`${shown} ${result.problem}`);
        else
            details.push(`${shown}: ${result.document.version}, ${result.document.packages} package(s), created ${result.document.created}`);
    }
    return { problems, details, found: `${sboms.length} SPDX file${sboms.length === 1 ? '' : 's'} in ${(0,dist_files/* shownDist */.sA)(ctx)} (${(0,util_text/* clip */.$)(sboms.join(', '), 160)})` };
}
/** With `image-attestations`, every image platform carries BuildKit's SPDX SBOM attestation, and it validates. */
async function sbom_checkImage(ctx) {
    const planned = await planAndReadImageAttestations(ctx, 'sbom', 'image SBOM attestations');
    if (planned.state === 'ended')
        return { problems: planned.problems, details: planned.details, found: null };
    const { attestations, plan } = planned;
    const problems = [];
    const details = [];
    const fix = 'build with docker/build-push-action "sbom: true" (BuildKit --sbom=true) and push again';
    for (const platform of attestations.platforms) {
        const where = `${attestations.reference} (${platform.platform})`;
        if (platform.attestationDigest === null) {
            problems.push(`${where} has no BuildKit attestation manifest for its platform manifest ${platform.manifestDigest}; ${fix}`);
            continue;
        }
        const statements = statementsOf(platform, SPDX_PREDICATE_TYPE);
        if (statements.length === 0) {
            problems.push(`${where}: attestation manifest ${platform.attestationDigest} has no SPDX SBOM (predicate type ${SPDX_PREDICATE_TYPE}); ${fix}`);
            continue;
        }
        for (const statement of statements) {
            const sbom = statement.sbom;
            const layer = `the SPDX SBOM attestation (layer ${statement.layerDigest})`;
            if (!sbom.whole) {
                // Too large to parse whole within the memory budget: the statement is checked, the document is not.
                if (sbom.spdxVersion !== 'SPDX-2.2' && sbom.spdxVersion !== 'SPDX-2.3') {
                    problems.push(`${where}: ${layer} has spdxVersion ${sbom.spdxVersion === null ? 'missing' : `"${sbom.spdxVersion}"`}, not SPDX-2.2 or SPDX-2.3; ${fix}`);
                }
                else {
                    details.push(`${platform.platform}: ${sbom.spdxVersion} SBOM attestation of ${sbom.bytes} bytes in ${platform.attestationDigest} (its statement checked; the document is larger than the ${MAX_WHOLE_STATEMENT_BYTES} bytes validated whole)`);
                }
                continue;
            }
            const result = sbom.validation;
            if (!result.ok)
                problems.push(`${where}: ${layer} ${result.problem}`);
            else
                details.push(`${platform.platform}: ${result.document.version} SBOM attestation (${result.document.packages} package(s)) in ${platform.attestationDigest}`);
        }
    }
    return { problems, details, found: `SPDX SBOM attestations for ${plan.target.platforms.join(', ')} of ${plan.written}@${plan.target.digest}` };
}
async function checkSbom(ctx) {
    const [dist, image] = await Promise.all([sbom_checkDist(ctx), sbom_checkImage(ctx)]);
    const problems = [...dist.problems, ...image.problems];
    const details = [...dist.details, ...image.details];
    if (problems.length > 0)
        return (0,gate/* fail */.fJ)((0,util_problems/* summarizeProblems */.G)(problems, 'SBOM'), { details: [...(problems.length > 1 ? problems : []), ...details] });
    const found = [dist.found, image.found].filter((f) => f !== null);
    // Never a pass on nothing: release: false and no image attestations leave nothing to prove.
    if (found.length === 0)
        return (0,gate/* fail */.fJ)('no SBOM was checked: release: false and no image attestations to read; configure release.sbom or set "supply-chain: false"', { details });
    return (0,gate/* pass */.IX)(`${found.join('; ')}: valid SPDX`, { details });
}
/**
 * `sbom`: `dist` holds at least one file matching `release.sbom`, each a valid SPDX 2.2/2.3 JSON document
 * (the SPDX JSON schema, `SPDXID` `SPDXRef-DOCUMENT`, a `documentNamespace`, a `created` date); with
 * `supply-chain.image-attestations`, every image platform carries a BuildKit SPDX SBOM attestation that
 * validates too. For a rehearsal tag the dist part runs and the image part is skipped.
 */
const sbom = (0,gate/* defineCheck */.qH)({
    id: 'sbom',
    sections: ['supply-chain'],
    run: (ctx) => (0,gate/* withVersion */.$2)(ctx, () => checkSbom(ctx))
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/zod-issue.ts
var zod_issue = __webpack_require__(59935);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/formats/cosign.ts
/**
 * cosign's signature format, read without any I/O (sigstore/cosign specs/SIGNATURE_SPEC.md): the
 * simple-signing payload (containers/image's "cosign container image signature") and the annotations of a
 * `.sig` layer, turned into the Sigstore bundle (v0.1, x509 chain, the tlog entry with the SET as its
 * inclusion promise) that cosign itself builds from them, so that @sigstore/verify checks it with the
 * payload as the signed artifact; nothing here checks a signature by hand.
 */






/** `critical.type` of a cosign image signature payload. */
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
const SIMPLE_SIGNING_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const COSIGN_ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle'
};
/** The bundle media type cosign gives a bundle made from signature-tag annotations. */
const BUNDLE_V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
/** A simple-signing payload is a few hundred bytes. */
const MAX_PAYLOAD_BYTES = 64 * 1024;
/** Rekor's signed entry, as cosign stores it in `dev.sigstore.cosign/bundle`. */
const rekorBundleSchema = schemas/* object */.Ikc({
    SignedEntryTimestamp: schemas/* string */.YjP().min(1).max(4096),
    Payload: schemas/* object */.Ikc({
        body: schemas/* string */.YjP()
            .min(1)
            .max(1024 * 1024),
        integratedTime: schemas/* number */.aig().int().nonnegative(),
        logIndex: schemas/* number */.aig().int().nonnegative(),
        logID: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/i, 'must be 64 hex digits')
    })
});
const rekorBodySchema = schemas/* looseObject */._H3({ kind: schemas/* string */.YjP().min(1).max(64), apiVersion: schemas/* string */.YjP().min(1).max(32) });
/** The simple-signing payload cosign signs (containers/image's "cosign container image signature"). */
const simpleSigningSchema = schemas/* object */.Ikc({
    critical: schemas/* looseObject */._H3({
        identity: schemas/* looseObject */._H3({ 'docker-reference': schemas/* string */.YjP().max(1024) }),
        image: schemas/* looseObject */._H3({ 'docker-manifest-digest': schemas/* string */.YjP().max(200) }),
        type: schemas/* string */.YjP().max(200)
    }),
    optional: schemas/* unknown */.L5J().optional()
});
class CosignFormatError extends src_errors/* ReleaseGatesError */.O {
    name = 'CosignFormatError';
    constructor(message, options) {
        super('format', message, options);
    }
}
/** The path is not clipped: it holds only the schema's own keys and array indices, short by construction. */
const firstIssue = (error) => (0,zod_issue/* firstZodIssue */.Fs)(error, { top: '(document)', messageMax: 120 });
/**
 * A copy of the payload with the keys cosign reads in lower case. cosign decodes the payload with Go's
 * encoding/json, which matches keys case-insensitively, and its own SIGNATURE_SPEC example writes
 * `Docker-manifest-digest`: a payload spelled so is one cosign accepts. Two keys that differ only in case
 * are refused instead of guessing which one cosign would take.
 */
function foldSimpleSigningKeys(raw) {
    const fold = (value, where) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return value;
        const folded = {};
        const spelled = new Map();
        for (const [key, inner] of Object.entries(value)) {
            const lower = key.toLowerCase();
            const other = spelled.get(lower);
            if (other !== undefined) {
                throw new CosignFormatError(`the simple-signing payload has both "${(0,util_text/* clip */.$)(other, 60)}" and "${(0,util_text/* clip */.$)(key, 60)}" in ${where}; cosign reads keys case-insensitively, so which one it takes is ambiguous`);
            }
            spelled.set(lower, key);
            folded[lower] = inner;
        }
        return folded;
    };
    const root = fold(raw, '(document)');
    if (root === null || typeof root !== 'object' || Array.isArray(root))
        return root;
    let critical = root.critical;
    critical = fold(critical, 'critical');
    if (critical !== null && typeof critical === 'object' && !Array.isArray(critical)) {
        const c = critical;
        c.identity = fold(c.identity, 'critical.identity');
        c.image = fold(c.image, 'critical.image');
    }
    return { ...root, critical };
}
/** Reads a simple-signing payload; throws CosignFormatError naming what is wrong. */
function parseSimpleSigning(payload) {
    // Depth bounded before parsing (util/json.ts), as for every signed document read.
    const raw = (0,json/* parseJson */.qF)(payload);
    if (!raw.ok)
        throw new CosignFormatError(`the simple-signing payload is ${raw.deep ? raw.reason : 'not JSON'}`);
    const parsed = simpleSigningSchema.safeParse(foldSimpleSigningKeys(raw.value));
    if (!parsed.success)
        throw new CosignFormatError(`the simple-signing payload is malformed (${firstIssue(parsed.error)})`);
    const { critical } = parsed.data;
    return { dockerReference: critical.identity['docker-reference'], manifestDigest: critical.image['docker-manifest-digest'], type: critical.type };
}
/** The DER certificates of a PEM text (one or several blocks), each parsed by node's X.509 parser. */
function pemCertificates(pem, what) {
    // Splitting concatenated PEM blocks is all that is done here; the parsing is node's.
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    if (blocks.length === 0)
        throw new CosignFormatError(`the ${what} annotation holds no PEM certificate`);
    return blocks.map((block) => {
        try {
            return new external_node_crypto_.X509Certificate(block).raw;
        }
        catch (error) {
            throw new CosignFormatError(`the ${what} annotation holds a certificate that does not parse (${(0,util_text/* clip */.$)(String(error), 120)})`);
        }
    });
}
/**
 * The Sigstore bundle cosign builds from a signature layer's annotations (cosign's
 * `bundle.MakeProtobufBundle` path for the old layout): v0.1, the leaf certificate followed by the
 * chain, one tlog entry whose inclusion promise is the SET and whose body is Rekor's, and a message
 * signature over the sha256 of the payload. Throws CosignFormatError naming the annotation at fault.
 */
function bundleFromCosignLayer(annotations, payload) {
    const signature = annotations[COSIGN_ANNOTATIONS.signature];
    if (!signature)
        throw new CosignFormatError(`the layer has no ${COSIGN_ANNOTATIONS.signature} annotation`);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature))
        throw new CosignFormatError(`the ${COSIGN_ANNOTATIONS.signature} annotation is not base64`);
    const certificate = annotations[COSIGN_ANNOTATIONS.certificate];
    if (!certificate) {
        throw new CosignFormatError(`the layer has no ${COSIGN_ANNOTATIONS.certificate} annotation: it was signed with a key, not keyless through Fulcio, so it names no signer identity`);
    }
    const certificates = pemCertificates(certificate, COSIGN_ANNOTATIONS.certificate);
    const chain = annotations[COSIGN_ANNOTATIONS.chain];
    if (chain)
        certificates.push(...pemCertificates(chain, COSIGN_ANNOTATIONS.chain));
    const bundleText = annotations[COSIGN_ANNOTATIONS.bundle];
    if (!bundleText)
        throw new CosignFormatError(`the layer has no ${COSIGN_ANNOTATIONS.bundle} annotation, so no transparency-log entry proves when it was signed`);
    const rawBundle = (0,json/* parseJson */.qF)(bundleText);
    if (!rawBundle.ok)
        throw new CosignFormatError(`the ${COSIGN_ANNOTATIONS.bundle} annotation is ${rawBundle.deep ? rawBundle.reason : 'not JSON'}`);
    const rekor = rekorBundleSchema.safeParse(rawBundle.value);
    if (!rekor.success)
        throw new CosignFormatError(`the ${COSIGN_ANNOTATIONS.bundle} annotation is malformed (${firstIssue(rekor.error)})`);
    const { SignedEntryTimestamp, Payload } = rekor.data;
    const rawBody = (0,json/* parseJson */.qF)(Buffer.from(Payload.body, 'base64'));
    if (!rawBody.ok) {
        throw new CosignFormatError(`the Rekor entry body in ${COSIGN_ANNOTATIONS.bundle} is ${rawBody.deep ? rawBody.reason : 'not base64 JSON'}`);
    }
    const parsedBody = rekorBodySchema.safeParse(rawBody.value);
    if (!parsedBody.success)
        throw new CosignFormatError(`its Rekor entry body is malformed (${firstIssue(parsedBody.error)})`);
    const body = parsedBody.data;
    return {
        mediaType: BUNDLE_V01,
        verificationMaterial: {
            x509CertificateChain: { certificates: certificates.map((der) => ({ rawBytes: der.toString('base64') })) },
            tlogEntries: [
                {
                    logIndex: String(Payload.logIndex),
                    logId: { keyId: Buffer.from(Payload.logID, 'hex').toString('base64') },
                    kindVersion: { kind: body.kind, version: body.apiVersion },
                    integratedTime: String(Payload.integratedTime),
                    inclusionPromise: { signedEntryTimestamp: SignedEntryTimestamp },
                    canonicalizedBody: Payload.body
                }
            ],
            timestampVerificationData: { rfc3161Timestamps: [] }
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64') },
            signature
        }
    };
}

// EXTERNAL MODULE: ./src/clients/oci/errors.ts
var oci_errors = __webpack_require__(41107);
// EXTERNAL MODULE: ./src/clients/oci/reference.ts
var oci_reference = __webpack_require__(83903);
;// CONCATENATED MODULE: ./src/clients/oci/cosign.ts
/**
 * cosign's signature tag: `sha256-<hex>.sig` beside the signed manifest, an image manifest whose
 * layers are simple-signing payloads (`application/vnd.dev.cosign.simplesigning.v1+json`) with the
 * signature, Fulcio certificate, chain and Rekor bundle in each layer's annotations. The pure readers of
 * that format (payload, layer annotations to a Sigstore bundle) are in src/formats/cosign.ts; this client
 * fetches the tag and its blobs and hands each layer to them.
 */




/** `sha256-<hex>.sig`: cosign's signature tag for a digest. */
function cosignSignatureTag(digest) {
    if (!oci_reference/* DIGEST */.Dh.test(digest))
        throw new oci_errors/* OciError */.M(`"${(0,util_text/* clip */.$)(digest)}" is not a sha256/sha512 digest`);
    return `${digest.replace(':', '-')}.sig`;
}
/**
 * cosign appends one layer per `cosign sign` of the digest: a handful. Memory: a layer is fetched only after
 * the one before has been handed to `each` and dropped, so at most one payload (MAX_PAYLOAD_BYTES, 64 KiB)
 * and one bundle built from the manifest's annotations (the manifest itself ≤ 4 MiB) are held at a time;
 * the cap bounds the time (one blob fetch and one verification per layer), not the memory.
 */
const MAX_SIGNATURE_LAYERS = 128;
/**
 * The signatures on cosign's `.sig` tag for `digest`, each handed to `each` as a bundle to verify, one at a
 * time and in layer order (the next payload is fetched once `each` has settled); none when the tag does not exist.
 */
async function readCosignSignatures(oci, image, digest, each) {
    const tag = cosignSignatureTag(digest);
    const manifest = await oci.getManifest(image, tag);
    if (!manifest)
        return { tag, found: false, layers: 0, broken: [] };
    if (manifest.document.kind !== 'image') {
        throw new oci_errors/* OciError */.M(`${(0,oci_reference/* shownReference */.Xu)(image, tag)} (cosign's signature tag) is an image index; cosign writes an image manifest of signature layers`);
    }
    const { layers } = manifest.document;
    if (layers.length > MAX_SIGNATURE_LAYERS) {
        throw new oci_errors/* OciError */.M(`${(0,oci_reference/* shownReference */.Xu)(image, tag)} (cosign's signature tag) has ${layers.length} layers, more than the ${MAX_SIGNATURE_LAYERS} read; cosign adds one per signing — delete the tag and sign the digest again`);
    }
    const result = { tag, found: true, layers: layers.length, broken: [] };
    for (const layer of layers) {
        if (layer.mediaType !== SIMPLE_SIGNING_TYPE) {
            result.broken.push({ layer: layer.digest, problem: `a layer of type ${(0,util_text/* clip */.$)(layer.mediaType, 100)}, not ${SIMPLE_SIGNING_TYPE}` });
            continue;
        }
        const payload = await oci.getBlob(image, layer.digest, { maxBytes: MAX_PAYLOAD_BYTES });
        if (!payload) {
            result.broken.push({ layer: layer.digest, problem: 'its payload blob is not served by the registry' });
            continue;
        }
        let bundle;
        try {
            bundle = bundleFromCosignLayer(layer.annotations ?? {}, payload);
        }
        catch (error) {
            if (!(error instanceof CosignFormatError))
                throw error;
            result.broken.push({ layer: layer.digest, problem: error.message });
            continue;
        }
        await each({ layer: layer.digest, payload, bundle });
    }
    return result;
}
/**
 * A repository as Docker normalises names (distribution/reference's ParseNormalizedNamed): lower case,
 * `docker.io` and `index.docker.io` the same registry, `library/` before a single-component Docker Hub
 * name, no tag or digest. Null when it is no repository reference.
 */
function normaliseRepository(reference) {
    let text = reference.trim().toLowerCase();
    const at = text.indexOf('@');
    if (at >= 0)
        text = text.slice(0, at);
    const slash = text.lastIndexOf('/');
    const colon = text.lastIndexOf(':');
    if (colon > slash)
        text = text.slice(0, colon);
    try {
        // The registry grammar and Docker Hub's aliases are the image-reference parser's (registry-1.docker.io for all three).
        const image = (0,oci_reference/* parseImageRef */.Q)(text);
        return `${image.registry}/${image.repository}`;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/clients/oci/referrers.ts
var oci_referrers = __webpack_require__(81826);
;// CONCATENATED MODULE: ./src/checks/supply-chain/signatures.ts
/**
 * `signatures`: the published image and chart digests each carry a Sigstore signature from the
 * release's signer identity over exactly that digest. Two layouts are read, as cosign writes them:
 *
 * - cosign's signature tag `sha256-<hex>.sig`: simple-signing payloads naming the digest and the
 *   repository, each verified as the Sigstore bundle cosign builds from the layer's annotations;
 * - Sigstore bundles attached as OCI referrers (`cosign sign --new-bundle-format`, `cosign attest`),
 *   through the referrers API or its fallback tag `sha256-<hex>`.
 *
 * Every bundle is verified before its content is believed; one that does not verify fails the check
 * even when another is good. A verified bundle from another signer, over another digest or naming
 * another repository does not count, and the details say what was found.
 */












/** The action input that carries each artifact's digest. */
const DIGEST_INPUT = { container: 'image-digest', helm: 'chart-digest' };
/** Just the message digest of a message-signature bundle, to say what it is over before verifying it. */
const messageDigestShape = schemas/* object */.Ikc({ messageSignature: schemas/* object */.Ikc({ messageDigest: schemas/* object */.Ikc({ algorithm: schemas/* string */.YjP(), digest: schemas/* string */.YjP() }) }) });
function signedDigestOf(bundle) {
    const parsed = messageDigestShape.safeParse(bundle);
    if (!parsed.success)
        return null;
    const { algorithm, digest } = parsed.data.messageSignature.messageDigest;
    if (algorithm !== 'SHA2_256')
        return null;
    return `sha256:${Buffer.from(digest, 'base64').toString('hex')}`;
}
async function verifyOrNote(verifier, bundle, artifact, failing, what) {
    try {
        return await verifier.verify(bundle, artifact ? { artifact } : {});
    }
    catch (error) {
        if (!(error instanceof sigstore_errors/* SigstoreVerificationError */.u))
            throw error;
        failing.push(`${what}: ${(0,util_text/* clip */.$)(error.message, 300)}`);
        return null;
    }
}
/** Both layouts cosign writes, in the order the details list them. */
async function lookAt(section, target) {
    const shown = (0,oci/* shownReference */.Xu)(target.image, target.digest);
    const result = { section, shown, good: [], notCounted: [], failing: [], looked: [], error: null };
    await lookAtCosignTag(target, result);
    await lookAtReferrers(target, result);
    return result;
}
/** cosign's .sig tag: the payload is the signed artifact and must name this digest and repository. */
async function lookAtCosignTag(target, result) {
    const { verifier, policy } = target;
    // Verified as each layer is read, so one payload and bundle are held at a time; the failures keep the
    // order they had when every layer was read first: the unreadable layers, then those that do not verify.
    const unverified = [];
    const cosign = await readCosignSignatures(target.oci, target.image, target.digest, async (signature) => {
        const what = `${cosignSignatureTag(target.digest)} layer ${signature.layer}`;
        const verified = await verifyOrNote(verifier, signature.bundle, signature.payload, unverified, what);
        if (!verified)
            return;
        const mismatch = (0,signer_policy/* signerMismatch */.B)(verified.signer, policy);
        if (mismatch) {
            result.notCounted.push(`${what}: a valid cosign signature, but ${mismatch}`);
            return;
        }
        const notCounted = cosignPayloadMismatch(target, signature.payload);
        if (notCounted)
            result.notCounted.push(`${what}: signed by the release workflow, but ${notCounted}`);
        else
            result.good.push(`cosign signature (${cosignSignatureTag(target.digest)}) by ${policy.san}`);
    });
    result.looked.push(cosign.found ? `cosign tag ${cosign.tag}: ${cosign.layers} signature layer(s)` : `cosign tag ${cosign.tag}: absent`);
    for (const broken of cosign.broken)
        result.failing.push(`${cosign.tag} layer ${broken.layer}: ${broken.problem}`);
    result.failing.push(...unverified);
}
/** Why a verified cosign payload does not vouch for this digest in this repository, or null when it does. */
function cosignPayloadMismatch(target, bytes) {
    const { digest, image, written } = target;
    let payload;
    try {
        payload = parseSimpleSigning(bytes);
    }
    catch (error) {
        if (!(error instanceof CosignFormatError))
            throw error;
        // Verified, so the signer's own; it just says nothing this check can read.
        return error.message;
    }
    if (payload.type !== COSIGN_SIGNATURE_TYPE) {
        // cosign verify refuses any other type too: the payload would be some other statement.
        return `its payload type is "${(0,util_text/* clip */.$)(payload.type, 80)}", not "${COSIGN_SIGNATURE_TYPE}"`;
    }
    if (payload.manifestDigest.toLowerCase() !== digest)
        return `over ${(0,util_text/* clip */.$)(payload.manifestDigest, 80)}, not ${digest}`;
    const named = normaliseRepository(payload.dockerReference);
    if (named === null || named !== normaliseRepository(`${image.registry}/${image.repository}`)) {
        return `its payload names repository ${(0,util_text/* clip */.$)(payload.dockerReference, 160)}, not ${written}`;
    }
    return null;
}
/**
 * Sigstore bundles attached as referrers: a message signature over the manifest itself, or a DSSE
 * in-toto statement whose subject is the digest (cosign attest). Either is the signer vouching for
 * exactly these bytes; a statement's predicate says more, which this check does not need.
 */
async function lookAtReferrers(target, result) {
    const { oci, image, digest } = target;
    // Each bundle is verified as it is read (one held at a time); the failures keep the order they had when
    // every referrer was read first: the unreadable ones, then those that do not verify.
    const unverified = [];
    let subjectBytes = null;
    const subject = async () => (subjectBytes ??= (await oci.getManifest(image, digest))?.body ?? null);
    const referrers = await (0,oci_referrers/* findSigstoreBundleReferrers */.iM)(oci, image, digest, (referrer) => judgeReferrer(target, referrer, subject, unverified, result));
    result.looked.push(referrers.via === 'none'
        ? 'referrers: no referrers API and no fallback tag'
        : `referrers (${referrers.via}): ${referrers.bundles + referrers.broken.length} Sigstore bundle(s), ${referrers.ignored.length} other`);
    for (const broken of referrers.broken)
        result.failing.push(`referrer ${broken.manifest}: ${broken.problem}`);
    result.failing.push(...unverified);
    for (const other of referrers.ignored)
        result.looked.push(`referrer ${other.manifest}: ${other.reason}`);
}
/** One referrer's bundle: checked against the manifest it claims to sign, verified, then judged. */
async function judgeReferrer(target, referrer, subject, failing, result) {
    const { digest, verifier, policy } = target;
    const what = `referrer ${referrer.manifest}`;
    const signedDigest = signedDigestOf(referrer.bundle);
    let artifact;
    if (signedDigest !== null) {
        if (signedDigest !== digest) {
            failing.push(`${what}: a message signature over ${signedDigest}, attached to ${digest}; it cannot be checked against the manifest it claims to sign`);
            return;
        }
        const bytes = await subject();
        if (!bytes) {
            failing.push(`${what}: the signed manifest ${result.shown} itself is not served, so its signature cannot be checked`);
            return;
        }
        artifact = bytes;
    }
    const verified = await verifyOrNote(verifier, referrer.bundle, artifact, failing, what);
    if (!verified)
        return;
    const mismatch = (0,signer_policy/* signerMismatch */.B)(verified.signer, policy);
    if (mismatch)
        result.notCounted.push(`${what}: a valid Sigstore bundle, but ${mismatch}`);
    else
        judgeReferrerContent(target, referrer.manifest, verified.content, result);
}
/** A referrer verified as the signer's: good when what it signs is this digest. */
function judgeReferrerContent(target, manifest, content, result) {
    const { digest, policy } = target;
    const what = `referrer ${manifest}`;
    if (content.kind === 'message-signature') {
        const over = `${content.digest.algorithm}:${content.digest.hex}`;
        if (over !== digest)
            result.notCounted.push(`${what}: signed by the release workflow, but over ${over}`);
        else
            result.good.push(`Sigstore bundle referrer ${manifest} (message signature over the manifest) by ${policy.san}`);
        return;
    }
    let statement;
    try {
        statement = (0,in_toto/* readDsseStatement */.vv)(content.payloadType, content.payload);
    }
    catch (error) {
        // Verified, so genuinely the signer's; just not a statement about anything this check can read.
        result.notCounted.push(`${what}: signed by the release workflow, but its DSSE payload is no in-toto statement (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 200)})`);
        return;
    }
    const hex = digest.slice('sha256:'.length);
    if (!digest.startsWith('sha256:') || !statement.subjects.some((s) => s.sha256?.toLowerCase() === hex)) {
        const subjects = statement.subjects.map((s) => (s.sha256 ? `sha256:${s.sha256.slice(0, 12)}…` : s.name)).join(', ');
        result.notCounted.push(`${what}: signed by the release workflow, but its in-toto statement is about ${(0,util_text/* clip */.$)(subjects || '(no subject)', 200)}, not ${digest}`);
        return;
    }
    result.good.push(`Sigstore bundle referrer ${manifest} (in-toto ${(0,util_text/* clip */.$)(statement.predicateType, 100)} about the digest) by ${policy.san}`);
}
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function describe(a) {
    const label = oci_refs/* OCI_LABEL */.D8[a.section];
    if (a.error)
        return `${label}: ${a.error}`;
    if (a.failing.length) {
        return `${label} ${a.shown}: ${count(a.failing.length, 'signature does', 'signatures do')} not verify or cannot be read — ${a.failing[0]}`;
    }
    if (a.good.length)
        return `${label} ${a.shown}: signed (${a.good.map((g) => g.split(' by ')[0]).join(', ')})`;
    const found = a.notCounted.length
        ? `found ${count(a.notCounted.length, 'signature that does', 'signatures that do')} not count — ${a.notCounted[0]}`
        : 'found no signature (no cosign .sig tag signature, no Sigstore bundle referrer)';
    return `${label} ${a.shown}: no Sigstore signature from the release workflow over the digest; ${found}`;
}
async function checkSignatures(ctx, supplyChain) {
    const sections = ['container', 'helm'];
    const wanted = [];
    for (const section of sections) {
        const template = (0,oci_refs/* ociTemplate */.uq)(ctx.config, section);
        if (template.state === 'missing') {
            return (0,gate/* fail */.fJ)((0,gate/* sectionMissingMessage */.H4)(section, 'signatures', {
                purpose: `to know which ${oci_refs/* OCI_LABEL */.D8[section]} must be signed`,
                remedy: `when the release publishes no ${oci_refs/* OCI_LABEL */.D8[section]}`
            }));
        }
        if (template.state === 'on')
            wanted.push({ section, template: template.value });
    }
    if (wanted.length === 0)
        return (0,gate/* skip */.iv)('no container image or Helm chart to sign ("container: false" and "helm: false")');
    const results = [];
    let verifier = null;
    const policy = (0,supply_chain_signer/* signerPolicy */.xm)(ctx, supplyChain);
    for (const { section, template } of wanted) {
        const digest = section === 'container' ? ctx.settings.imageDigest : ctx.settings.chartDigest;
        const base = { section, shown: oci_refs/* OCI_KEY */.aB[section], good: [], notCounted: [], failing: [], looked: [], error: null };
        if (!digest) {
            results.push({
                ...base,
                error: `input ${DIGEST_INPUT[section]} is empty, so nothing says which ${oci_refs/* OCI_LABEL */.D8[section]} must be signed; pass the digest the push reported`
            });
            continue;
        }
        const { image, written } = (0,oci_refs/* ociImage */.xP)(ctx, section, template);
        verifier ??= await (0,supply_chain_signer/* signerVerifier */.Pd)(ctx, supplyChain);
        try {
            results.push(await lookAt(section, { oci: ctx.clients.oci, image, written, digest, verifier, policy }));
        }
        catch (error) {
            if (!(error instanceof oci/* OciError */.Mf))
                throw error;
            const what = error.reason === 'private' ? 'its signatures cannot be read anonymously' : 'cannot read its signatures';
            results.push({ ...base, shown: (0,oci/* shownReference */.Xu)(image, digest), error: `${(0,oci/* shownReference */.Xu)(image, digest)}: ${what}: ${error.message}` });
        }
    }
    const details = [];
    for (const a of results) {
        details.push(`${oci_refs/* OCI_LABEL */.D8[a.section]} ${a.shown}:`);
        for (const line of a.looked)
            details.push(`  looked at ${line}`);
        for (const line of a.good)
            details.push(`  good: ${line}`);
        for (const line of a.failing)
            details.push(`  FAILS: ${line}`);
        for (const line of a.notCounted)
            details.push(`  does not count: ${line}`);
        if (a.error)
            details.push(`  ${a.error}`);
    }
    const reusable = policy.signerWorkflows.length ? `; the signing step may run in ${policy.signerWorkflows.join(', ')}` : '';
    details.push(`signer: ${policy.san} (issuer ${policy.issuer}, commit ${policy.sourceCommit}${reusable})`);
    const bad = results.filter((a) => a.error || a.failing.length || a.good.length === 0);
    // Every artifact, what fails first.
    const summary = [...bad, ...results.filter((a) => !bad.includes(a))].map(describe).join('; ');
    return bad.length ? (0,gate/* fail */.fJ)(summary, { details }) : (0,gate/* pass */.IX)(summary, { details });
}
const signatures = (0,gate/* defineCheck */.qH)({
    id: 'signatures',
    sections: ['supply-chain'],
    releaseOnly: 'signatures (a rehearsal publishes no image or chart to sign)',
    run: (ctx, { 'supply-chain': supplyChain }) => checkSignatures(ctx, supplyChain)
});

;// CONCATENATED MODULE: ./src/formats/scan-report.ts
/**
 * Container vulnerability scan reports, recognised by their content: Trivy JSON (`trivy image -f json`),
 * SARIF 2.1.0 as Trivy writes it (`trivy image -f sarif`) and Grype JSON (`grype -o json`). Each is
 * read into the image it names and its findings. No installed library reads these formats; the
 * shapes follow Trivy's pkg/types report, Trivy's pkg/report/sarif.go writer and Grype's JSON
 * presenter, validated with zod (what is wrong is named). A pure reader: text in, a ScanReport out
 * (or a ScanReportError); which image and digest the report must name is the check's business.
 * Real outputs of each tool are in __fixtures__/real/scan (see its README).
 *
 * A report of a large image runs to tens of MiB, so it is read as a stream (ScanReportReader, fed in
 * chunks): each vulnerability, match or SARIF result is validated on its own as it is read and kept
 * only as a Finding (five short strings), and the rest of the document, without those lists, is
 * validated once at the end by the same schemas (their lists then empty). What is judged is what
 * JSON.parse and the whole-document schemas judged; only the text and the full tree are never held.
 */





/** critical > high > medium > low > negligible/unknown. */
const SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, negligible: 0, unknown: 0 };
class ScanReportError extends src_errors/* ReleaseGatesError */.O {
    name = 'ScanReportError';
    constructor(message, options) {
        super('format', message, options);
    }
}
const scan_report_text = (max = 4096) => schemas/* string */.YjP().max(max);
function severityOf(value) {
    const v = (value ?? '').trim().toLowerCase();
    return v === 'critical' || v === 'high' || v === 'medium' || v === 'low' || v === 'negligible' ? v : 'unknown';
}
/** Trivy records RepoDigests from the registry or daemon it read the image from; an image archive has none. */
const ARCHIVE_NOTE = 'Trivy records RepoDigests only for an image it reads from a registry or the Docker daemon, not from an image archive (--input)';
/** What is wrong with one value, as `path: message` (its path in the document as `prefix`); null when it is valid. */
function issueOf(result, prefix = []) {
    return result.success ? null : (0,zod_issue/* firstZodIssue */.Fs)(result.error, { top: '(document)', prefix, pathMax: 100, messageMax: 120 });
}
/** The document without its streamed lists, validated; then the first problem of a streamed element, if any. */
function parsed(schema, raw, format, elementIssue) {
    const result = schema.safeParse(raw);
    const issue = issueOf(result) ?? elementIssue;
    if (issue !== null)
        throw new ScanReportError(`looks like ${format} but is not valid (${issue})`);
    return result.data;
}
const streamed = () => ({ items: [], issue: null });
/** Validates one element; keeps what `keep` makes of it, or the first problem (later elements are then only counted as read). */
function take(into, schema, path, value, keep) {
    if (into.issue !== null)
        return;
    const result = schema.safeParse(value);
    if (result.success)
        into.items.push(keep(result.data));
    else
        into.issue = issueOf(result, path);
}
// --- Trivy JSON (SchemaVersion 2) ---------------------------------------------------------------
const trivyVulnerability = schemas/* looseObject */._H3({
    VulnerabilityID: scan_report_text(256).min(1),
    PkgName: scan_report_text(1024),
    InstalledVersion: scan_report_text(1024).optional().default(''),
    FixedVersion: scan_report_text(4096).optional().default(''),
    Severity: scan_report_text(64)
});
const trivySchema = schemas/* looseObject */._H3({
    SchemaVersion: schemas/* literal */.euz(2, { message: 'must be 2 (Trivy 0.20 or later)' }),
    ArtifactName: scan_report_text().optional().default(''),
    ArtifactType: scan_report_text(128).optional(),
    Metadata: schemas/* looseObject */._H3({ RepoDigests: schemas/* array */.YOg(scan_report_text()).max(1024).nullish() }).optional(),
    // Trivy omits Results, and a result's Vulnerabilities, when there is nothing to list.
    Results: schemas/* array */.YOg(schemas/* looseObject */._H3({ Target: scan_report_text().optional(), Vulnerabilities: schemas/* array */.YOg(trivyVulnerability).nullish() })).nullish()
});
const trivyFinding = (v) => ({
    id: v.VulnerabilityID,
    package: v.PkgName,
    installed: v.InstalledVersion,
    fixed: v.FixedVersion.trim() || null,
    severity: severityOf(v.Severity)
});
function readTrivy(raw, vulnerabilities) {
    const report = parsed(trivySchema, raw, 'a Trivy JSON report', vulnerabilities.issue);
    const findings = vulnerabilities.items;
    const repoDigests = report.Metadata?.RepoDigests ?? [];
    let digestNote = null;
    if (repoDigests.length === 0) {
        // ArtifactType is container_image, filesystem, repository, vm, … (Trivy's pkg/types artifact types).
        const type = report.ArtifactType;
        digestNote = type && type !== 'container_image' ? `it is a Trivy ${(0,util_text/* clip */.$)(type, 40)} scan, not an image scan (trivy image)` : ARCHIVE_NOTE;
    }
    return { format: 'Trivy JSON', artifact: report.ArtifactName, repoDigests, manifestDigest: null, digestNote, findings };
}
// --- SARIF 2.1.0 as Trivy writes it -------------------------------------------------------------
const sarifProperties = schemas/* looseObject */._H3({ tags: schemas/* array */.YOg(scan_report_text(256)).max(64).optional(), 'security-severity': schemas/* union */.KCZ([scan_report_text(32), schemas/* number */.aig()]).optional() });
const sarifRule = schemas/* looseObject */._H3({ id: scan_report_text(1024), properties: sarifProperties.optional() });
const sarifResult = schemas/* looseObject */._H3({
    ruleId: scan_report_text(1024),
    ruleIndex: schemas/* number */.aig().int().nonnegative().optional(),
    level: scan_report_text(32).optional(),
    message: schemas/* looseObject */._H3({ text: scan_report_text(65_536).optional() })
});
/** Per run; the lists are streamed (see ScanReportReader), so their lengths are bounded as they are read. */
const MAX_SARIF_RULES = 100_000;
const MAX_SARIF_RESULTS = 1_000_000;
const sarifSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz('2.1.0', { message: 'must be SARIF 2.1.0' }),
    runs: schemas/* array */.YOg(schemas/* looseObject */._H3({
        tool: schemas/* looseObject */._H3({ driver: schemas/* looseObject */._H3({ name: scan_report_text(256), rules: schemas/* array */.YOg(sarifRule).optional() }) }),
        properties: schemas/* looseObject */._H3({ imageName: scan_report_text().optional(), repoDigests: schemas/* array */.YOg(scan_report_text()).max(1024).nullish() }).optional(),
        results: schemas/* array */.YOg(sarifResult).optional()
    }))
        .min(1)
        .max(64)
});
/** What a finding needs of a SARIF rule. */
const sarifRuleOf = (run, r) => ({
    run,
    id: r.id,
    properties: r.properties && { tags: r.properties.tags, 'security-severity': r.properties['security-severity'] }
});
/** What a finding needs of a SARIF result: its rule and the fields of its message. */
function sarifResultOf(run, r) {
    const message = r.message.text ?? '';
    const [pkg, installed, fixed, severity] = ['Package', 'Installed Version', 'Fixed Version', 'Severity'].map((label) => messageField(message, label));
    return { run, ruleId: r.ruleId, ruleIndex: r.ruleIndex, package: pkg, installed, fixed, severity };
}
const SARIF_SEVERITY_TAGS = new Set(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']);
/** A `Label: value` line of Trivy's result message (`Package: …\nInstalled Version: …\nFixed Version: …`). */
function messageField(message, label) {
    for (const line of message.split('\n'))
        if (line.startsWith(`${label}: `))
            return line.slice(label.length + 2).trim();
    return null;
}
/**
 * A SARIF result's severity. Trivy puts its own severity among the rule's tags
 * (`["vulnerability", "security", "HIGH"]`); `security-severity` is the CVSS score, which may rank a
 * finding differently from Trivy's (vendor) severity, so it is used only when the tag is absent, with
 * GitHub code scanning's bands. Then the result message's `Severity:` line.
 */
function sarifSeverity(properties, fromMessage) {
    const tag = properties?.tags?.find((t) => SARIF_SEVERITY_TAGS.has(t.toUpperCase()));
    if (tag)
        return severityOf(tag);
    if (fromMessage)
        return severityOf(fromMessage);
    const score = Number(properties?.['security-severity']);
    if (Number.isFinite(score) && properties?.['security-severity'] !== undefined) {
        if (score >= 9)
            return 'critical';
        if (score >= 7)
            return 'high';
        if (score >= 4)
            return 'medium';
        if (score > 0)
            return 'low';
    }
    return 'unknown';
}
function readSarif(raw, rules, results) {
    const report = parsed(sarifSchema, raw, 'a SARIF 2.1.0 log', rules.issue ?? results.issue);
    const others = report.runs.map((r) => r.tool.driver.name).filter((n) => n.toLowerCase() !== 'trivy');
    if (others.length > 0) {
        throw new ScanReportError(`is a SARIF log from ${(0,util_text/* clip */.$)(others.join(', '), 80)}; SARIF is read as Trivy writes it (run properties name the image); use Trivy's SARIF, or Trivy or Grype JSON`);
    }
    const findings = [];
    const repoDigests = [];
    let artifact = '';
    let withProperties = false;
    const rulesOf = report.runs.map(() => ({ list: [], byId: new Map() }));
    for (const rule of rules.items) {
        const run = rulesOf[rule.run];
        run.list.push(rule);
        // The first rule of an id, as a search from the start finds it.
        if (!run.byId.has(rule.id))
            run.byId.set(rule.id, rule);
    }
    for (const run of report.runs) {
        withProperties ||= run.properties !== undefined;
        repoDigests.push(...(run.properties?.repoDigests ?? []));
        artifact ||= run.properties?.imageName ?? '';
    }
    for (const result of results.items) {
        const { list, byId } = rulesOf[result.run];
        const rule = (result.ruleIndex !== undefined && list[result.ruleIndex]?.id === result.ruleId ? list[result.ruleIndex] : undefined) ?? byId.get(result.ruleId);
        // Trivy's SARIF also carries misconfigurations, secrets and licences; only vulnerabilities are findings here.
        if (rule?.properties?.tags && !rule.properties.tags.includes('vulnerability'))
            continue;
        findings.push({
            id: result.ruleId,
            package: result.package ?? '',
            installed: result.installed ?? '',
            // Trivy writes "Fixed Version: " with nothing after it when no fix is known.
            fixed: result.fixed || null,
            severity: sarifSeverity(rule?.properties, result.severity ?? null)
        });
    }
    // Trivy writes the run properties (imageName, repoDigests) since 0.40 (pkg/report/sarif.go, #4020).
    const digestNote = repoDigests.length > 0
        ? null
        : withProperties
            ? ARCHIVE_NOTE
            : 'its runs have no properties: Trivy before 0.40 does not write imageName and repoDigests in SARIF';
    return { format: 'Trivy SARIF', artifact, repoDigests, manifestDigest: null, digestNote, findings };
}
// --- Grype JSON ---------------------------------------------------------------------------------
const grypeMatch = schemas/* looseObject */._H3({
    vulnerability: schemas/* looseObject */._H3({
        id: scan_report_text(256).min(1),
        severity: scan_report_text(64).optional(),
        fix: schemas/* looseObject */._H3({ state: scan_report_text(64).optional(), versions: schemas/* array */.YOg(scan_report_text(1024)).max(256).nullish() }).optional()
    }),
    artifact: schemas/* looseObject */._H3({ name: scan_report_text(1024), version: scan_report_text(1024).optional().default('') })
});
const grypeSchema = schemas/* looseObject */._H3({
    matches: schemas/* array */.YOg(grypeMatch),
    source: schemas/* looseObject */._H3({
        type: scan_report_text(64).optional(),
        target: schemas/* union */.KCZ([
            schemas/* looseObject */._H3({
                userInput: scan_report_text().optional(),
                repoDigests: schemas/* array */.YOg(scan_report_text()).max(1024).nullish(),
                manifestDigest: scan_report_text(256).optional()
            }),
            // A directory or file scan names its target as a string: not an image.
            scan_report_text()
        ])
    }),
    descriptor: schemas/* looseObject */._H3({ name: scan_report_text(64) }).optional()
});
function grypeFinding(m) {
    const fixed = m.vulnerability.fix?.state === 'fixed' ? (m.vulnerability.fix.versions ?? []).join(', ') || 'fixed' : null;
    return { id: m.vulnerability.id, package: m.artifact.name, installed: m.artifact.version, fixed, severity: severityOf(m.vulnerability.severity) };
}
function readGrype(raw, matches) {
    const report = parsed(grypeSchema, raw, 'a Grype JSON report', matches.issue);
    const target = report.source.target;
    const findings = matches.items;
    if (typeof target === 'string') {
        const digestNote = `it is a Grype ${(0,util_text/* clip */.$)(report.source.type ?? 'directory', 40)} scan, not an image scan (grype <image>@<digest>)`;
        return { format: 'Grype JSON', artifact: target, repoDigests: [], manifestDigest: null, digestNote, findings };
    }
    const repoDigests = target.repoDigests ?? [];
    // An empty manifestDigest names no manifest.
    const manifestDigest = target.manifestDigest?.trim() || null;
    const digestNote = repoDigests.length === 0 && manifestDigest === null ? 'Grype recorded neither repoDigests nor a manifestDigest for the image' : null;
    return { format: 'Grype JSON', artifact: target.userInput ?? '', repoDigests, manifestDigest, digestNote, findings };
}
// --- Reading ------------------------------------------------------------------------------------
/**
 * The lists that hold a report's bulk, streamed: Trivy's vulnerabilities, Grype's matches, SARIF's
 * rules and results, and the elements of a top-level array (Trivy before 0.20). The format is known
 * only once the document is read (its keys may come in any order), so each element is kept as what
 * its format's reader needs; the lists of the other formats are then dropped.
 */
const STREAMED = ['$.*', '$.Results.*.Vulnerabilities.*', '$.matches.*', '$.runs.*.tool.driver.rules.*', '$.runs.*.results.*'];
const NOT_JSON = 'is not JSON; write the report as Trivy JSON (-f json), SARIF (-f sarif) or Grype JSON (-o json)';
/** Reads a report fed in chunks (write, then end); throws ScanReportError naming why it is not one of the three. */
class ScanReportReader {
    trivy = streamed();
    grype = streamed();
    rules = streamed();
    results = streamed();
    perRun = new Map();
    /** Elements of a top-level array, and whether each was a Trivy result (an object with Target). */
    topLevel = { count: 0, results: true };
    stream = new json_stream/* JsonStream */.B5({ elements: STREAMED, onElement: (path, value) => this.element(path, value) });
    element(path, value) {
        const [first, second] = path;
        if (path.length === 1) {
            this.topLevel.count++;
            this.topLevel.results &&= typeof value === 'object' && value !== null && !Array.isArray(value) && 'Target' in value;
        }
        else if (first === 'Results')
            take(this.trivy, trivyVulnerability, path, value, trivyFinding);
        else if (first === 'matches')
            take(this.grype, grypeMatch, path, value, grypeFinding);
        else if (first === 'runs' && typeof second === 'number') {
            const rule = path.length === 6;
            const list = path.slice(0, -1).join('.');
            const count = (this.perRun.get(list) ?? 0) + 1;
            this.perRun.set(list, count);
            const max = rule ? MAX_SARIF_RULES : MAX_SARIF_RESULTS;
            const into = rule ? this.rules : this.results;
            if (count > max)
                into.issue ??= `${list}: more than ${max} ${rule ? 'rules' : 'results'}`;
            else if (rule)
                take(this.rules, sarifRule, path, value, (r) => sarifRuleOf(second, r));
            else
                take(this.results, sarifResult, path, value, (r) => sarifResultOf(second, r));
        }
    }
    write(chunk) {
        try {
            this.stream.write(chunk);
        }
        catch (error) {
            throw notJson(error);
        }
    }
    end() {
        let raw;
        try {
            raw = this.stream.end();
        }
        catch (error) {
            if (this.stream.empty)
                throw new ScanReportError('is empty; the scan step wrote nothing (did it run, and write to this path?)');
            throw notJson(error);
        }
        if (Array.isArray(raw) && this.topLevel.count > 0 && this.topLevel.results) {
            throw new ScanReportError('is a Trivy report in the layout of Trivy before 0.20 (a JSON array of results, no SchemaVersion), which names no image digest; scan with Trivy 0.20 or later (-f json writes SchemaVersion 2 with Metadata.RepoDigests)');
        }
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            throw new ScanReportError(`is a JSON ${Array.isArray(raw) ? 'array' : raw === null ? 'null' : typeof raw}, not a scan report`);
        }
        const record = raw;
        if ('SchemaVersion' in record)
            return readTrivy(raw, this.trivy);
        if ('runs' in record && ('version' in record || '$schema' in record))
            return readSarif(raw, this.rules, this.results);
        if ('matches' in record && 'source' in record)
            return readGrype(raw, this.grype);
        throw new ScanReportError('is JSON but none of Trivy JSON (SchemaVersion, Results), SARIF 2.1.0 (version, runs) or Grype JSON (matches, source)');
    }
}
function notJson(error) {
    if (error instanceof ScanReportError)
        return error;
    if (error instanceof json_stream/* JsonStreamError */.l1 && error.deep) {
        return new ScanReportError(`is ${error.message} (real reports stay under 20); write the report as Trivy JSON (-f json), SARIF (-f sarif) or Grype JSON (-o json)`);
    }
    return new ScanReportError(NOT_JSON);
}
/** Reads a whole report given as text (see ScanReportReader for one read in chunks). */
function parseScanReport(content) {
    const reader = new ScanReportReader();
    reader.write(content);
    return reader.end();
}

;// CONCATENATED MODULE: ./src/checks/supply-chain/vulnerability-scan.ts







/** A Trivy JSON report of a large image with many findings runs to tens of MiB. */
const MAX_SCAN_REPORT_BYTES = 64 * 1024 * 1024;
/** Rows of the findings table; the rest are counted. */
const MAX_TABLE_ROWS = 50;
/**
 * `repository` as Docker compares image names: lower case, a Docker Hub name in its full form
 * (`docker.io` ≡ `index.docker.io`, `library/` for official images). Null when it is no image name.
 */
function normaliseImageName(name) {
    try {
        const image = (0,oci/* parseImageRef */.Q)(name.trim().toLowerCase());
        return `${image.registry}/${image.repository}`;
    }
    catch {
        return null;
    }
}
/** Whether `{image}@{digest}` is among the report's references (or Grype's manifestDigest is the digest). */
function namesImage(report, image, digest) {
    const wanted = normaliseImageName(image);
    if (report.manifestDigest !== null && report.manifestDigest.toLowerCase() === digest)
        return true;
    return report.repoDigests.some((reference) => {
        const at = reference.lastIndexOf('@');
        if (at < 0)
            return false;
        return reference.slice(at + 1).toLowerCase() === digest && wanted !== null && normaliseImageName(reference.slice(0, at)) === wanted;
    });
}
function shownNames(report) {
    const names = [...report.repoDigests, ...(report.manifestDigest ? [`manifestDigest ${report.manifestDigest}`] : [])];
    if (names.length === 0) {
        const scanned = report.artifact ? ` (it scanned ${(0,util_text/* clip */.$)(report.artifact, 120)})` : '';
        return `names no image digest${scanned}${report.digestNote ? `: ${report.digestNote}` : ''}`;
    }
    return `names ${(0,util_text/* clip */.$)(names.join(', '), 300)}`;
}
const findingRow = (f) => [f.id, f.package, f.installed, f.fixed ?? '(no fix)', f.severity];
async function checkScan(ctx, section) {
    const container = (0,gate/* sectionOf */.ZE)(ctx.config, 'container');
    if (container.state === 'off')
        return (0,gate/* skip */.iv)(`no container image to scan (${(0,gate/* sectionOffMessage */.m6)('container')})`);
    if (container.state === 'missing') {
        return (0,gate/* fail */.fJ)((0,gate/* sectionMissingMessage */.H4)('container', 'vulnerability-scan', { purpose: 'to know which image the scan must name', remedy: 'when the project ships no image' }));
    }
    const digest = ctx.settings.imageDigest;
    if (!digest)
        return (0,gate/* fail */.fJ)(EMPTY_IMAGE_DIGEST);
    const image = (0,oci_refs/* ociRepository */.md)(ctx, container.value.image);
    const expected = `${image}@${digest}`;
    const { report: rel, severity, 'ignore-unfixed': ignoreUnfixed } = section.scan;
    const shown = `supply-chain.scan.report "${(0,util_text/* clip */.$)(rel)}"`;
    let report;
    const reader = new ScanReportReader();
    try {
        // The report is written by the workflow's scan step: it is read from the working tree (confined to the workspace), not from the commit.
        // It is streamed into the reader, a MiB at a time: a report of a large image runs to tens of MiB, and only its findings are kept.
        await (0,workspace_file/* readWorkspaceChunks */.Et)(ctx.settings.workspace, rel, { maxBytes: MAX_SCAN_REPORT_BYTES, purpose: 'a scan report', shown }, (chunk) => reader.write(chunk));
        report = reader.end();
    }
    catch (error) {
        if (error instanceof workspace_file/* WorkspaceFileError */._n) {
            const fix = error.reason === 'missing' ? `; scan ${expected} before this gate and write the report there (trivy image -f json -o ${(0,util_text/* clip */.$)(rel)} ${expected})` : '';
            return (0,gate/* fail */.fJ)(`${error.message}${fix}`);
        }
        if (error instanceof ScanReportError)
            return (0,gate/* fail */.fJ)(`${shown} ${error.message}`);
        throw new Error(`${shown} could not be read: ${(0,util_text/* messageOf */.b)(error)}`, { cause: error });
    }
    if (!namesImage(report, image, digest)) {
        return (0,gate/* fail */.fJ)(`${shown} (${report.format}) is not a scan of ${expected}: it ${shownNames(report)}; scan the image by its digest (trivy image ${expected}) after the push, in the same run`);
    }
    const threshold = SEVERITY_RANK[severity];
    const atOrAbove = report.findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold);
    const failing = ignoreUnfixed ? atOrAbove.filter((f) => f.fixed !== null) : atOrAbove;
    const unfixed = atOrAbove.length - failing.length;
    const details = [
        `${report.format} report of ${expected}: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} in all`,
        ...(ignoreUnfixed && unfixed > 0
            ? [`${unfixed} finding${unfixed === 1 ? '' : 's'} at or above ${severity} without a fixed version not counted (ignore-unfixed)`]
            : [])
    ];
    if (failing.length > 0) {
        const sorted = [...failing].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.id.localeCompare(b.id));
        const ids = [...new Set(sorted.map((f) => f.id))];
        if (sorted.length > MAX_TABLE_ROWS)
            details.push(`${sorted.length - MAX_TABLE_ROWS} more finding(s) not listed in the table`);
        return (0,gate/* fail */.fJ)(`${expected} has ${failing.length} finding${failing.length === 1 ? '' : 's'} at or above ${severity}${ignoreUnfixed ? ' with a fixed version' : ''} (${(0,util_text/* clip */.$)(ids.join(', '), 200)}): update the packages to the fixed versions and release again`, {
            details,
            table: {
                title: `findings at or above ${severity}`,
                columns: ['id', 'package', 'installed', 'fixed', 'severity'],
                rows: sorted.slice(0, MAX_TABLE_ROWS).map(findingRow)
            }
        });
    }
    return (0,gate/* pass */.IX)(`${report.format} scan of ${expected}: no finding at or above ${severity}${ignoreUnfixed ? ' with a fixed version' : ''}`, { details });
}
/**
 * `vulnerability-scan`: `supply-chain.scan.report` (Trivy JSON, SARIF or Grype JSON, recognised by
 * content) is a scan of `{image}@{image-digest}` with no finding at or above `scan.severity`
 * (with `ignore-unfixed`, findings without a fixed version do not count). Release tags only.
 */
const vulnerabilityScan = (0,gate/* defineCheck */.qH)({
    id: 'vulnerability-scan',
    sections: ['supply-chain'],
    releaseOnly: 'the vulnerability scan of the released image',
    run: (ctx, { 'supply-chain': section }) => checkScan(ctx, section)
});

;// CONCATENATED MODULE: ./src/gates/supply-chain.ts




/**
 * What was published is scanned, described, attested and signed: every Sigstore bundle is
 * verified cryptographically against the trusted root before its content is believed.
 */
const supplyChain = {
    id: 'supply-chain',
    title: 'What was published is scanned, described, attested and signed',
    // In the contract's order; they run concurrently.
    checks: [vulnerabilityScan, sbom, provenance, signatures]
};


/***/ }),

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ sha256Bytes),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   kI: () => (/* binding */ sha256Stream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/** Read size for files: large enough that per-chunk overhead does not matter, small enough to keep memory flat. */
const FILE_CHUNK_BYTES = 1024 * 1024;
/**
 * Hashes a stream chunk by chunk, so memory stays flat whatever the size
 * (a release file or a downloaded asset can be gigabytes).
 */
async function sha256Stream(chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.byteLength;
    }
    return { hex: hash.digest('hex'), size };
}
/**
 * Hashes a file by reading it through one reused buffer. A read stream would
 * allocate a fresh buffer per chunk and leave the garbage collector behind on a
 * multi-gigabyte file (peak RSS grows by tens of MiB); one buffer keeps it flat.
 */
async function sha256File(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buffer = Buffer.allocUnsafe(FILE_CHUNK_BYTES);
        let size = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
        return { hex: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}
/** sha256 of bytes already in memory (small files only). */
function sha256Bytes(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
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


/***/ })

};
