export const id = 126;
export const ids = [126];
export const modules = {

/***/ 1033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ unpublished)
/* harmony export */ });
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81956);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _shared_version_holders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85129);



/**
 * `unpublished`: no registry already holds this version (PyPI, each npm package,
 * the container image tag, the Helm chart version) and no GitHub release exists
 * for the tag. A version any registry accepted is burned, because registries
 * never take the same version twice.
 */
const unpublished = {
    id: 'unpublished',
    run: (ctx) => (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .withVersion */ .$2)(ctx, async (version) => {
        const probes = (await Promise.all([(0,_shared_version_holders_js__WEBPACK_IMPORTED_MODULE_2__/* .probeRegistries */ .gW)(ctx, version), (0,_shared_version_holders_js__WEBPACK_IMPORTED_MODULE_2__/* .probeGitHub */ .aZ)(ctx)])).flat();
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
            return (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`version ${version} is burned: ${where} already ${taken.length > 1 ? 'hold' : 'holds'} it; registries never accept a version twice, so bump the patch and release ${(0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .nextVersion */ .yU)(version)} instead`, { details: [...taken.map((p) => `${p.registry}: ${p.note}`), ...trouble], table, links });
        }
        if (unknown.length > 0) {
            return (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`cannot confirm that ${version} is unpublished: ${trouble[0]}${unknown.length > 1 ? ` (and ${unknown.length - 1} more, below)` : ''}`, {
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
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${version} is on no registry: ${names.join(', ')}${off.length ? `; not asked (turned off): ${off.join(', ')}` : ''}`, { table, links });
    })
};


/***/ }),

/***/ 85129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ tagRefOnce),
/* harmony export */   Or: () => (/* binding */ githubVisibility),
/* harmony export */   P3: () => (/* binding */ probeGoProxy),
/* harmony export */   aZ: () => (/* binding */ probeGitHub),
/* harmony export */   fO: () => (/* binding */ probeTag),
/* harmony export */   gW: () => (/* binding */ probeRegistries),
/* harmony export */   nf: () => (/* binding */ unseenRepository)
/* harmony export */ });
/* unused harmony exports sectionProbe, asked, probePypi, probeNpm, absentPackage, probeOci */
/* harmony import */ var _clients_oci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93885);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81956);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _go_module_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62018);
/* harmony import */ var _oci_refs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71477);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49906);







/** A config section a probe cannot use: off explicitly, or missing (an error for `unpublished`). */
function sectionProbe(name, section, registry, place = registry) {
    if (section.state === 'off')
        return { registry, place, subject: '-', state: 'off', note: (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionOffMessage */ .m6)(name) };
    return {
        registry,
        place,
        subject: '-',
        state: 'unconfigured',
        note: (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionMissingMessage */ .H4)(name, 'unpublished', { remedy: 'if this release does not publish there' })
    };
}
/** Runs one question; a throw is `unknown` with the cause, since a place that cannot answer may hold the version. */
async function asked(where, ask) {
    try {
        return { ...where, ...(await ask()) };
    }
    catch (error) {
        return { ...where, state: 'unknown', note: `could not be asked: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error)}` };
    }
}
function probePypi(ctx, version) {
    const section = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionOf */ .ZE)(ctx.config, 'pypi');
    if (section.state !== 'on')
        return Promise.resolve([sectionProbe('pypi', section, 'PyPI')]);
    const pypi = section.value;
    const pep440 = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .semverToPep440 */ .Z9)(version);
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
            return { state: 'taken', note: `${pypi.index} holds ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(release.name)} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(release.version)}${yanked} with ${release.files.length} file(s)` };
        })
    ]);
}
function probeNpm(ctx, version) {
    const section = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionOf */ .ZE)(ctx.config, 'npm');
    if (section.state !== 'on')
        return Promise.resolve([sectionProbe('npm', section, 'npm')]);
    const npm = section.value;
    return Promise.all(npm.packages.map((name) => asked({ registry: 'npm', place: `npm ${name}`, subject: `${name}@${version}` }, async () => {
        const packument = await (0,_npm_js__WEBPACK_IMPORTED_MODULE_6__/* .npmPackument */ .qP)(ctx, npm.registry, name);
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
            note: `${registry} shows no ${name} to an anonymous reader, and without npm-token the org listing that tells a restricted package from a new one cannot be asked; ${_npm_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_TOKEN_HINT */ .GI}`
        };
    }
    const listed = await (0,_npm_js__WEBPACK_IMPORTED_MODULE_6__/* .npmOrgPackages */ .$H)(ctx, registry, scope);
    if (listed === null) {
        return {
            state: 'unknown',
            note: `${registry} answered 404 for ${name}, and has no org "@${scope}" (404 for /-/org/${scope}/package) to tell a restricted package from a new one; correct npm.scope or the package name`
        };
    }
    if (listed.has(name)) {
        return {
            state: 'unknown',
            note: `${(0,_npm_js__WEBPACK_IMPORTED_MODULE_6__/* .hiddenPackage */ .XU)(registry, scope, name)}, so whether it holds this version cannot be told; use the publisher's npm-token, with read access to ${name}`
        };
    }
    return never;
}
/** How `status` names an OCI place: `image ghcr.io/o/r`, `chart ghcr.io/o/charts/c`. */
const OCI_PLACE = { container: 'image', helm: 'chart' };
function probeOci(ctx, version, name) {
    const label = _oci_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_LABEL */ .D8[name];
    const section = (0,_oci_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .ociTemplate */ .uq)(ctx.config, name);
    if (section.state !== 'on')
        return Promise.resolve([sectionProbe(name, section, label)]);
    const template = section.value;
    const key = _oci_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_KEY */ .aB[name];
    const written = (0,_oci_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .ociRepository */ .md)(ctx, template);
    // The tag is the version without the v.
    const subject = `${written}:${version}`;
    return Promise.all([
        asked({ registry: label, place: `${OCI_PLACE[name]} ${written}`, subject }, async () => {
            let ref;
            try {
                ref = (0,_clients_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(written);
            }
            catch (error) {
                throw new Error(`${key}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error)}`);
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
        const main = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionOf */ .ZE)(ctx.config, 'main');
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
    return `GitHub shows neither ${asked} nor branch ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(branch)} in ${owner}/${repo}: the token cannot see the repository (GitHub answers 404 then), or main.branch is wrong; give the GitHub token read access to ${owner}/${repo} (contents: read), or correct main.branch`;
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
                return { state: 'free', note: `no release for tag ${tag} (${seen.by === 'release-tag' ? 'the tag exists' : `branch ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(seen.name)} is visible`})` };
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
            const proof = seen.by === 'release-tag' ? `tag ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(seen.name)} is visible` : `branch ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(seen.name)} is visible`;
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
    const go = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionOf */ .ZE)(ctx.config, 'go');
    if (go.state !== 'on')
        return Promise.resolve(sectionProbe('go', go, 'Go proxy'));
    const proxyUrl = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionOf */ .ZE)(ctx.config, 'goproxy');
    if (proxyUrl.state !== 'on')
        return Promise.resolve(sectionProbe('goproxy', proxyUrl, 'Go proxy'));
    const goVersion = `v${version}`;
    return (async () => {
        let module;
        try {
            ({ module } = await (0,_go_module_js__WEBPACK_IMPORTED_MODULE_4__/* .readGoModule */ .zk)(ctx, go.value.dir));
        }
        catch (error) {
            return {
                registry: 'Go proxy',
                place: 'Go proxy',
                subject: `${go.value.dir}@${goVersion}`,
                state: 'unknown',
                note: `could not be asked: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error)}`
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
            return { state: 'taken', note: `${host} serves ${subject}${ref ? ` (from ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(ref)})` : ''}` };
        });
    })();
}
/** Every package registry the release publishes to (PyPI, each npm package, the image, the chart), asked concurrently. */
async function probeRegistries(ctx, version) {
    const answers = await Promise.all([probePypi(ctx, version), probeNpm(ctx, version), probeOci(ctx, version, 'container'), probeOci(ctx, version, 'helm')]);
    return answers.flat();
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


/***/ }),

/***/ 5245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publicationPreflight: () => (/* binding */ publicationPreflight)
});

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(22973);
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

// EXTERNAL MODULE: ./src/checks/publication-preflight/unpublished.ts
var unpublished = __webpack_require__(1033);
;// CONCATENATED MODULE: ./src/gates/publication-preflight.ts






/** npm identity and scope, the coupled Go tag, burned versions, OCI push rights: everything that must hold before any registry sees the release. */
const publicationPreflight = {
    id: 'publication-preflight',
    title: 'npm identity and scope, the coupled Go tag, burned versions, OCI push rights',
    // In the contract's order.
    checks: [npmIdentity, npmScope, goTag, goModule, unpublished/* unpublished */.O, ociPush]
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
