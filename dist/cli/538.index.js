export const id = 538;
export const ids = [538];
export const modules = {

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

/***/ 46538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(22973);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./src/checks/shared/version-holders.ts
var version_holders = __webpack_require__(85129);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/clients/pypi.ts
var clients_pypi = __webpack_require__(27130);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/util/map-limit.ts
var map_limit = __webpack_require__(9992);
// EXTERNAL MODULE: ./src/checks/shared/publisher-trust.ts
var publisher_trust = __webpack_require__(61756);
// EXTERNAL MODULE: ./src/checks/shared/pypi-publisher.ts
var pypi_publisher = __webpack_require__(69262);
// EXTERNAL MODULE: ./src/checks/shared/npm-publisher.ts
var npm_publisher = __webpack_require__(63355);
// EXTERNAL MODULE: ./src/checks/shared/pypi.ts
var pypi = __webpack_require__(30251);
;// CONCATENATED MODULE: ./src/maintainer/status-provenance.ts
/**
 * For `status` of a burned version: whether what PyPI and npm hold was published by the release workflow — the first
 * question after a partial or suspicious publication. The evidence and its judging are `publication`'s
 * (`pypi-provenance`, `npm-provenance`): here the files are the ones the index lists (there is no dist), and the
 * commit they must come from is the one the release tag points at.
 */









/** The commit the release tag points at (through an annotated tag object), or null when there is no tag. */
async function releaseCommit(ctx) {
    const ref = await (0,version_holders/* tagRefOnce */.LV)(ctx, ctx.release.tag);
    if (ref === null)
        return null;
    if (ref.object.type !== 'tag')
        return ref.object.sha.toLowerCase();
    return (await ctx.clients.github.getTagObject(ref.object.sha)).object.sha.toLowerCase();
}
/**
 * The release's signer trust, held to the tagged commit; the reason when it cannot be had; null when the project does
 * not publish with provenance (no `supply-chain` section, or provenance turned off), so there is nothing to ask.
 */
async function trustFor(ctx, provenance, offKey, commit) {
    if (!provenance || (0,gate/* sectionOf */.ZE)(ctx.config, 'supply-chain').state !== 'on')
        return null;
    let trust;
    try {
        trust = await (0,publisher_trust/* publisherTrust */.fE)(ctx, 'status', provenance, offKey);
    }
    catch (error) {
        // No trusted material (an unreadable trusted root, TUF out of reach): nothing can be told, never "yes".
        if (error instanceof gate/* CheckFailed */.EC)
            return error.message;
        throw error;
    }
    if (!(0,publisher_trust/* isTrust */.R2)(trust))
        return trust.summary;
    if (commit === null)
        return `the release tag ${ctx.release.tag} does not exist, so no run of the release workflow for it can be told apart`;
    return { ...trust, policy: { ...trust.policy, sourceCommit: commit } };
}
async function pypiVerdict(ctx, version, commit) {
    const section = (0,gate/* sectionOf */.ZE)(ctx.config, 'pypi');
    if (section.state !== 'on')
        return null;
    const place = 'PyPI';
    const trust = await trustFor(ctx, section.value.provenance, 'pypi.provenance', commit);
    if (trust === null)
        return null;
    if (typeof trust === 'string')
        return { place, byReleaseWorkflow: null, detail: trust };
    const target = (0,pypi/* pypiTarget */.GG)(section.value, version, 'release');
    const api = ctx.clients.pypi(target.index);
    const release = await api.release(target.project, target.version);
    if (release === null)
        return null;
    const files = release.dists.map((d) => ({ file: d.filename, sha256: d.sha256 }));
    const expected = {
        repository: `${ctx.settings.owner}/${ctx.settings.repo}`,
        workflow: trust.workflowFile,
        environment: section.value.environment ?? null
    };
    const { targets } = await (0,pypi_publisher/* fileTargets */.PM)(ctx, api, target, files);
    const findings = await (0,map_limit/* mapLimit */.s)(targets, pypi_publisher/* CONCURRENT_FETCHES */.ro, (t) => (0,pypi_publisher/* judgeFile */.GP)(trust, expected, api, target, t));
    const failed = findings.filter((f) => f.problems.length > 0);
    if (failed.length === 0)
        return { place, byReleaseWorkflow: true, detail: `all ${files.length} files carry PEP 740 provenance from ${expected.repository} ${expected.workflow}` };
    return {
        place,
        byReleaseWorkflow: false,
        detail: `${failed.length} of ${files.length} files were not published by the release workflow: ${failed[0].problems[0]}`
    };
}
async function npmVerdicts(ctx, version, commit, holders) {
    const section = (0,gate/* sectionOf */.ZE)(ctx.config, 'npm');
    if (section.state !== 'on')
        return [];
    const names = section.value.packages.filter((name) => holders.has(`npm ${name}`));
    if (names.length === 0)
        return [];
    const trust = await trustFor(ctx, section.value.provenance, 'npm.provenance', commit);
    if (trust === null)
        return [];
    const api = ctx.clients.npm(section.value.registry);
    return Promise.all(names.map(async (name) => {
        const place = `npm ${name}`;
        if (typeof trust === 'string')
            return { place, byReleaseWorkflow: null, detail: trust };
        const finding = await (0,npm_publisher/* checkPackage */.l)(ctx, trust, api, section.value.registry, name, version);
        if (finding.problems.length === 0)
            return { place, byReleaseWorkflow: true, detail: `npm provenance from ${finding.row[2]} at ${finding.row[3]}` };
        const unknown = finding.row[4] === 'could not be checked';
        return { place, byReleaseWorkflow: unknown ? null : false, detail: finding.problems[0] };
    }));
}
/**
 * Who published what the registries hold, for the places that hold `version`. A place whose provenance cannot be
 * read is "could not be told" (null), never "by the release workflow".
 */
async function publisherVerdicts(ctx, version, holders) {
    let commit;
    try {
        commit = await releaseCommit(ctx);
    }
    catch (error) {
        const detail = `the release tag ${ctx.release.tag} could not be read: ${(0,util_text/* messageOf */.b)(error)}`;
        return [...holders].filter((p) => p === 'PyPI' || p.startsWith('npm ')).map((place) => ({ place, byReleaseWorkflow: null, detail }));
    }
    const pypi = holders.has('PyPI')
        ? await pypiVerdict(ctx, version, commit).catch((error) => {
            if (error instanceof clients_pypi/* PypiError */.pk)
                return { place: 'PyPI', byReleaseWorkflow: null, detail: (0,util_text/* messageOf */.b)(error) };
            return { place: 'PyPI', byReleaseWorkflow: null, detail: `could not be checked: ${(0,util_text/* messageOf */.b)(error)}` };
        })
        : null;
    const npm = await npmVerdicts(ctx, version, commit, holders);
    return [...(pypi ? [pypi] : []), ...npm];
}

;// CONCATENATED MODULE: ./src/maintainer/status.ts
/**
 * The engine of `release-gates status X.Y.Z`: which places already hold a version, whether it is
 * burned, and what to release instead. The places are asked with the probes `unpublished` uses,
 * plus the Go proxy and the two tags (tags are never reused).
 */





function placeOf(probe) {
    const holds = probe.state === 'taken' ? true : probe.state === 'unknown' ? null : false;
    // Only `unpublished` treats a missing section as an error; here it means the project does not publish there.
    const detail = probe.state === 'off' ? 'not asked (turned off)' : probe.state === 'unconfigured' ? 'not configured' : probe.note;
    const asked = probe.state !== 'off' && probe.state !== 'unconfigured';
    return { place: probe.place, holds, detail, asked, ...(probe.link ? { link: probe.link } : {}) };
}
/** The Go module tag (`go.tag` filled for the version) when the config has one. */
function probeGoTag(ctx, version) {
    const go = (0,gate/* sectionOf */.ZE)(ctx.config, 'go');
    if (go.state !== 'on') {
        return Promise.resolve({ registry: 'Go tag', place: 'Go tag', subject: '-', state: go.state === 'off' ? 'off' : 'unconfigured', note: '' });
    }
    const { owner, repo } = ctx.settings;
    const tag = (0,config/* fillTemplate */.ou)(go.value.tag, { version, owner, repo });
    return (0,version_holders/* probeTag */.fO)(ctx, tag, `tag ${tag}`);
}
/** Asks every place concurrently. `ctx.release` is the release tag for the version (kind `release`). */
async function versionStatus(ctx) {
    const { version, tag } = ctx.release;
    if (version === null)
        throw new Error(`no version to look up: ${ctx.release.tagProblem ?? `tag ${tag} did not parse`}`);
    const probes = (await Promise.all([(0,version_holders/* probeRegistries */.gW)(ctx, version), (0,version_holders/* probeGoProxy */.P3)(ctx, version), (0,version_holders/* probeTag */.fO)(ctx, tag, `tag ${tag}`), probeGoTag(ctx, version), (0,version_holders/* probeGitHub */.aZ)(ctx)])).flat();
    const places = probes.map(placeOf);
    const burned = places.some((p) => p.holds === true) ? true : places.some((p) => p.holds === null) ? null : false;
    const holders = new Set(places.filter((p) => p.holds === true).map((p) => p.place));
    const publishers = burned === true ? await publisherVerdicts(ctx, version, holders) : [];
    return { version, burned, next: (0,src_version/* nextVersion */.yU)(version), places, publishers };
}
const WORD = (place) => !place.asked ? 'not asked' : place.holds === true ? 'holds' : place.holds === false ? 'free' : 'unknown';
/** One aligned line per place, then the verdict. */
function renderStatusText(status) {
    const width = Math.max(0, ...status.places.map((p) => p.place.length));
    const wordWidth = Math.max(0, ...status.places.map((p) => WORD(p).length));
    const lines = status.places.map((p) => `${p.place.padEnd(width)}  ${WORD(p).padEnd(wordWidth)}  ${p.detail}${p.link ? ` (${p.link})` : ''}`);
    const names = (holds) => status.places
        .filter((p) => p.holds === holds)
        .map((p) => p.place)
        .join(', ');
    if (status.burned === true) {
        const holders = status.places.filter((p) => p.holds === true).length;
        lines.push(`${status.version} is burned: ${names(true)} ${holders > 1 ? 'hold' : 'holds'} it; release ${status.next} instead`);
        if (status.publishers.length > 0) {
            const placeWidth = Math.max(...status.publishers.map((p) => p.place.length));
            lines.push('', `Who published ${status.version}:`);
            for (const p of status.publishers) {
                const said = p.byReleaseWorkflow === true ? 'release workflow' : p.byReleaseWorkflow === false ? 'NOT the release workflow' : 'cannot tell';
                lines.push(`${p.place.padEnd(placeWidth)}  ${said}: ${p.detail}`);
            }
        }
    }
    else if (status.burned === false) {
        lines.push(`${status.version} is free on every place asked`);
    }
    else {
        lines.push(`cannot tell whether ${status.version} is free: ${names(null)} could not be asked (see above)`);
    }
    return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/maintainer-context.ts
var maintainer_context = __webpack_require__(17528);
// EXTERNAL MODULE: ./src/cli/usage.ts + 1 modules
var usage = __webpack_require__(12973);
// EXTERNAL MODULE: ./src/cli/vocabulary.ts
var vocabulary = __webpack_require__(62916);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts





/**
 * `release-gates status X.Y.Z`: which places hold the version. Exit 0 only when every
 * place confirmed it free; a place that could not be asked may hold it (fail closed).
 */
async function statusCommand(args, io) {
    const { values, positionals } = (0,command/* parseCommandArgs */.Qx)(args, command/* COMMON_OPTIONS */.DT, 'status');
    if (values.help) {
        io.terminal.out(usage/* COMMAND_USAGE */.Kf.status);
        return command/* EXIT */.dc.ok;
    }
    const version = (0,command/* versionArgument */.KC)(positionals, 'status');
    // go.mod (for the Go module path) is read from HEAD, as committed.
    const { settings, ctx } = await (0,maintainer_context/* maintainerContext */.e)('status', version, values, io);
    const status = await versionStatus(ctx);
    if (values.json) {
        const places = status.places.map((p) => ({
            place: (0,vocabulary/* terminalWords */.A)(p.place),
            holds: p.holds,
            detail: (0,vocabulary/* terminalWords */.A)(p.detail),
            ...(p.link ? { link: (0,vocabulary/* terminalWords */.A)(p.link) } : {})
        }));
        const publishers = status.publishers.map((p) => ({
            place: (0,vocabulary/* terminalWords */.A)(p.place),
            byReleaseWorkflow: p.byReleaseWorkflow,
            detail: (0,vocabulary/* terminalWords */.A)(p.detail)
        }));
        io.terminal.json(`${JSON.stringify({ version: status.version, burned: status.burned, next: status.next, places, publishers }, null, 2)}\n`);
    }
    else {
        io.terminal.out((0,vocabulary/* terminalWords */.A)(`release-gates status ${version} in ${settings.owner}/${settings.repo}\n\n${renderStatusText(status)}`));
    }
    return status.burned === false ? command/* EXIT */.dc.ok : command/* EXIT */.dc.failed;
}


/***/ }),

/***/ 17528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ maintainerContext)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78111);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31666);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62916);




/**
 * What `prepare`, `tag` and `status` start from: the config, the repository (from
 * --repository or the origin remote), HEAD of the clone as the commit, the release
 * tag the config's template makes for the version, and the context the checks run
 * in. Progress lines go to stderr, so that --json output stays one document.
 */
async function maintainerContext(command, version, values, io) {
    const workspace = (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceOf */ .B3)(values);
    const git = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOf */ .Od)(io);
    const config = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .loadCommandConfig */ .eY)(values);
    const repository = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRepository */ .BN)(values.repository, io.env, git, workspace);
    const sha = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .headCommit */ .Qo)(git, workspace);
    const [owner = '', repo = ''] = repository.split('/');
    const release = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseFor */ .L3)(config, version, owner, repo);
    const settings = (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .commandSettings */ .Jd)({ ...values, command, tag: release.tag, sha, repository, waitMinutes: values['wait-minutes'] }, io.env);
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createGateContext */ .P)(settings, config, release, (line) => io.terminal.errLine((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalWords */ .A)(line)), {
        ...(io.clients ? { clients: io.clients } : {}),
        ...(io.sleep ? { sleep: io.sleep } : {})
    });
    return { config, settings, release, ctx };
}


/***/ })

};
