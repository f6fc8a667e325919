export const id = 809;
export const ids = [809];
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
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22973);
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
