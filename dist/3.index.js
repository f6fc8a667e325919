export const id = 3;
export const ids = [3];
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

/***/ 93144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ PackumentError),
/* harmony export */   EB: () => (/* binding */ PACKUMENT_PATHS),
/* harmony export */   Ob: () => (/* binding */ readPackumentVersions),
/* harmony export */   Pf: () => (/* binding */ sha512OfIntegrity),
/* harmony export */   Ug: () => (/* binding */ PackumentCollector),
/* harmony export */   WH: () => (/* binding */ readVersionDocument),
/* harmony export */   fD: () => (/* binding */ readVersionLookup)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_json_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27861);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59935);





/**
 * npm packuments as the registry serves them, full (`Accept: application/json`) and abbreviated
 * (`application/vnd.npm.install-v1+json`, what npm's installer reads): which versions a package
 * holds (and held: unpublished versions stay in `time`), and one version's `dist` (tarball,
 * integrity, shasum, the registry's signatures and the provenance attestations' URL) and
 * `gitHead`. Also npm's per-version document (`GET /{name}/{version}`: one entry of the
 * packument, as the registry serves it alone). Pure: parsed JSON (or the values a streamed
 * read selected) in, typed values out; src/clients/npm/ asks the registry and words each
 * PackumentError with the registry and the URL.
 */
/** Why a document is not the packument asked for; `then` says what the client appends to the message. */
class PackumentError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    then;
    name = 'PackumentError';
    constructor(message, then) {
        super('format', message);
        this.then = then;
    }
}
const packumentBody = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(214).optional(),
    versions: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional(),
    time: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        unpublished: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ versions: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional() }).optional()
    })
        .optional()
});
/**
 * A version entry, validated only for the version asked about: an old, odd entry of another
 * version must not fail a check about this one.
 */
const versionEntry = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(256),
    gitHead: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(256).optional(),
    dist: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        tarball: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2048),
        integrity: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(4096).optional(),
        shasum: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(128).optional(),
        signatures: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ keyid: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(256), sig: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(4096) }))
            .max(64)
            .optional(),
        attestations: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
            url: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2048),
            provenance: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ predicateType: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(512) }).optional()
        })
            .optional()
    })
});
const versionedPackumentBody = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(214).optional(),
    'dist-tags': zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional(),
    versions: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional(),
    // Values are read only for the version asked about: `time.unpublished` is an object, not a time.
    time: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional()
});
function manifestOf(entry, version, publishedAt) {
    const { dist, gitHead } = entry;
    return {
        version,
        dist: {
            tarball: dist.tarball,
            integrity: dist.integrity ?? null,
            shasum: dist.shasum ?? null,
            signatures: (dist.signatures ?? []).map((s) => ({ keyid: s.keyid, sig: s.sig })),
            attestations: dist.attestations ? { url: dist.attestations.url, provenancePredicateType: dist.attestations.provenance?.predicateType ?? null } : null
        },
        gitHead: gitHead ?? null,
        publishedAt
    };
}
function shapeError(error, prefix = []) {
    const where = (0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_3__/* .firstZodIssueParts */ .Nw)(error, { prefix, pathMax: 80 }).path;
    return new PackumentError(where ? `with an unexpected shape at ${where}` : 'with an unexpected shape', 'url');
}
/** Only a packument OF this package says which versions it holds: a 200 `{}`, or JSON of another package, must never read as "none". */
function checkName(name, wanted) {
    if (name !== wanted) {
        const said = name === undefined ? 'without a "name"' : `naming "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(name)}"`;
        throw new PackumentError(`with JSON ${said}, not a packument of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(wanted)}`, 'fix');
    }
}
/** Reads which versions a packument (full or abbreviated) holds and held, for `name`. */
function readPackumentVersions(raw, name) {
    const parsed = packumentBody.safeParse(raw);
    if (!parsed.success)
        throw shapeError(parsed.error);
    const body = parsed.data;
    checkName(body.name, name);
    // A package unpublished entirely keeps a tombstone: no versions, but time.unpublished lists them.
    if (body.versions === undefined && body.time?.unpublished === undefined) {
        throw new PackumentError('without a "versions" object, so which versions it holds cannot be told', 'fix');
    }
    const unpublished = body.time?.unpublished?.versions ?? [];
    // An abbreviated packument has no `time` (only `modified`): then the versions it lists are all it tells.
    const timed = Object.keys(body.time ?? {}).filter((k) => k !== 'created' && k !== 'modified' && k !== 'unpublished');
    return { name, versions: Object.keys(body.versions ?? {}), timedVersions: [...timed, ...unpublished] };
}
/** Reads a packument (full or abbreviated) for one version of `name`. */
function readVersionLookup(raw, name, version) {
    const parsed = versionedPackumentBody.safeParse(raw);
    if (!parsed.success)
        throw shapeError(parsed.error);
    const body = parsed.data;
    checkName(body.name, name);
    if (body.versions === undefined) {
        throw new PackumentError(`without a "versions" object, so whether it holds ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(version)} cannot be told`, 'fix');
    }
    const tag = body['dist-tags']?.latest;
    const latest = typeof tag === 'string' ? tag : null;
    const versions = Object.keys(body.versions);
    const entry = Object.hasOwn(body.versions, version) ? body.versions[version] : undefined;
    if (entry === undefined)
        return { manifest: null, versions, latest };
    const read = versionEntry.safeParse(entry);
    if (!read.success)
        throw shapeError(read.error, ['versions', version]);
    if (read.data.version !== version) {
        throw new PackumentError(`with an entry for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(version)} that says version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(read.data.version)}"`, 'nothing');
    }
    const time = body.time && Object.hasOwn(body.time, version) ? body.time[version] : undefined;
    const publishedAt = typeof time === 'string' && time.length <= 64 ? time : null;
    return {
        manifest: manifestOf(read.data, version, publishedAt),
        versions,
        latest
    };
}
/** The one-version document `GET /{name}/{version}`: the packument's entry for it, with the package's `name`. */
const versionDocument = versionEntry.extend({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(214).optional() });
/**
 * Reads npm's per-version document for `version` of `name`. It has no `time`, so `publishedAt`
 * is null here (the caller asks the packument's `time` only when a signature needs it).
 */
function readVersionDocument(raw, name, version) {
    // Whose document it is comes first: JSON of something else is named as such, not as a bad shape.
    const named = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(214).optional() }).safeParse(raw);
    if (!named.success)
        throw shapeError(named.error);
    checkName(named.data.name, name);
    const parsed = versionDocument.safeParse(raw);
    if (!parsed.success)
        throw shapeError(parsed.error);
    if (parsed.data.version !== version) {
        throw new PackumentError(`with a document for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(version)} that says version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(parsed.data.version)}"`, 'nothing');
    }
    return manifestOf(parsed.data, version, null);
}
/**
 * What a streamed read of a packument selects: the name, the `latest` tag, every version's key
 * (its entry is read and dropped), every `time` key, `time.unpublished`, and the entry and time
 * of one version only. A packument of 55 MB is then held as a list of version strings.
 */
const PACKUMENT_PATHS = ['$.name', '$.dist-tags.latest', '$.versions.*', '$.time.*'];
/**
 * Collects a streamed packument (PACKUMENT_PATHS) into the reduced packument the readers take:
 * the same keys, with every value but the wanted version's (and `time.unpublished`) left out.
 * Later duplicates win, as with JSON.parse.
 */
class PackumentCollector {
    version;
    name;
    latest;
    versions = new Set();
    timed = new Set();
    entry;
    time;
    unpublished;
    constructor(version) {
        this.version = version;
    }
    take({ path, value }) {
        const [top, key] = path;
        // A numeric key is an array's element: `versions` or `time` is then not an object, which the outline says.
        if (top === 'name' && path.length === 1)
            this.name = value;
        else if (top === 'dist-tags')
            this.latest = value;
        else if (typeof key !== 'string')
            return;
        else if (top === 'versions') {
            this.versions.add(key);
            if (key === this.version)
                this.entry = value;
        }
        else if (top === 'time') {
            this.timed.add(key);
            if (key === 'unpublished')
                this.unpublished = value;
            if (key === this.version)
                this.time = value;
        }
    }
    /** The reduced packument, shaped by `outline` (which members the document had, of which kind). */
    reduced(outline) {
        if (outline.root !== 'object')
            return (0,_util_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .standIn */ .us)(outline.root);
        const member = (name, build) => {
            const kind = outline.members.get(name);
            return kind === 'object' ? build() : (0,_util_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .standIn */ .us)(kind);
        };
        const body = {};
        if (outline.members.has('name'))
            body.name = this.name;
        const distTags = member('dist-tags', () => (this.latest === undefined ? {} : { latest: this.latest }));
        if (distTags !== undefined)
            body['dist-tags'] = distTags;
        const versions = member('versions', () => Object.fromEntries([...this.versions].map((v) => [v, v === this.version ? this.entry : true])));
        if (versions !== undefined)
            body.versions = versions;
        const time = member('time', () => {
            const kept = Object.fromEntries([...this.timed].map((v) => [v, '']));
            if (this.unpublished !== undefined)
                kept.unpublished = this.unpublished;
            if (this.version !== null && this.time !== undefined)
                kept[this.version] = this.time;
            return kept;
        });
        if (time !== undefined)
            body.time = time;
        return body;
    }
}
/**
 * The sha512 digest (base64) of an SRI string as npm records `dist.integrity`. An SRI string
 * may list several hashes separated by spaces (`sha512-… sha1-…`) and options after `?`; npm's
 * ssri reads it so. Written by hand because ssri is not a dependency of this action and the
 * rule is this small. Throws PackumentError when there is no sha512 hash: a sha1-only integrity
 * cannot prove the bytes (sha1 collisions are practical), so the check must not accept it.
 */
function sha512OfIntegrity(integrity, what) {
    const hashes = integrity.trim().split(/\s+/).filter(Boolean);
    const found = [];
    for (const hash of hashes) {
        const m = /^([a-z0-9]+)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/i.exec(hash);
        if (!m)
            continue;
        const algorithm = m[1].toLowerCase();
        found.push(algorithm);
        // A sha512 digest is 64 bytes: 88 base64 characters with padding.
        if (algorithm === 'sha512' && Buffer.from(m[2], 'base64').length === 64)
            return m[2];
    }
    const seen = found.length ? `only ${[...new Set(found)].join(', ')}` : `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(integrity, 60)}", which is not an SRI hash`;
    throw new PackumentError(`dist.integrity of ${what} has no sha512 hash (${seen}); npm records sha512-<base64> for every publish since npm 5, so these bytes cannot be verified`, 'nothing');
}


/***/ })

};
