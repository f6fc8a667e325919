export const id = 49;
export const ids = [49,297];
export const modules = {

/***/ 2301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ mainCi)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81956);
/* harmony import */ var _util_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66451);



function attempt(run) {
    return run.runAttempt > 1 ? ` on attempt ${run.runAttempt} (re-run)` : '';
}
function describe(run) {
    const state = run.status === 'completed' ? (run.conclusion ?? 'no conclusion') : (run.status ?? 'unknown status');
    return `run ${run.id}${run.runAttempt > 1 ? ` attempt ${run.runAttempt}` : ''}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(state, 30)}`;
}
function newestFirst(runs) {
    return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}
/**
 * A run object shows its latest attempt, so a failed run that was re-run and
 * succeeded counts, and a successful run whose re-run is in progress waits.
 * One successful matching run is enough: the commit was proven once.
 */
function decide(runs) {
    const ordered = newestFirst(runs);
    const passed = ordered.find((r) => r.status === 'completed' && r.conclusion === 'success');
    if (passed)
        return { kind: 'passed', run: passed };
    const running = ordered.filter((r) => r.status !== 'completed');
    if (running.length > 0)
        return { kind: 'running', runs: running };
    if (ordered.length > 0)
        return { kind: 'failed', runs: ordered };
    return { kind: 'none' };
}
/**
 * Explains runs for this exact commit that do not count (another event or
 * branch). Costs one request, made only when the check already fails.
 */
async function nearMisses(ctx, main, counts) {
    const sha = ctx.settings.sha;
    let runs;
    try {
        const page = await ctx.clients.github.listWorkflowRuns(main.workflow, { headSha: sha });
        runs = page.notModified ? [] : page.runs;
    }
    catch (error) {
        return { explanations: [], links: [], lookupProblem: `could not look for other runs of this commit: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(error)}` };
    }
    const others = newestFirst(runs.filter((r) => r.headSha.toLowerCase() === sha && !counts(r)));
    // Successes first: "it did pass, just not where it counts" is the most useful thing to read.
    others.sort((a, b) => Number(b.conclusion === 'success') - Number(a.conclusion === 'success'));
    const shown = others.slice(0, 5);
    const branch = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(main.branch);
    const explanations = shown.map((r) => {
        const succeeded = r.status === 'completed' && r.conclusion === 'success';
        const outcome = succeeded
            ? 'succeeded'
            : r.status !== 'completed'
                ? `is ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(r.status ?? 'in an unknown state', 30)}`
                : `concluded ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(r.conclusion ?? 'nothing', 30)}`;
        if (r.event !== 'push') {
            return `a ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(r.event, 40)} run ${outcome} for this commit, but only push runs on ${branch} count`;
        }
        const where = `a push run on branch "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(r.headBranch ?? '(none)', 60)}" ${outcome} for this commit`;
        return succeeded ? `${where}; success found only on another branch does not count, only ${branch} does` : `${where}, but only runs on ${branch} count`;
    });
    return { explanations, links: shown.map((r) => r.htmlUrl), lookupProblem: null };
}
async function checkMainCi(ctx, main) {
    const { sha } = ctx.settings;
    const workflow = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(main.workflow);
    const branch = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(main.branch);
    const counts = (r) => r.headSha.toLowerCase() === sha && r.event === 'push' && r.headBranch === main.branch;
    // Before a tag exists (`prepare`, `tag`), the merge may be seconds old and GitHub may not have
    // created its push run yet: no run is then "not yet". On a tag push the run is long there or never.
    const awaitMissing = ctx.settings.gate === 'prepare' || ctx.settings.gate === 'tag';
    let etag;
    let runs = [];
    const waited = await (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(ctx, `main-ci: ${workflow} push run on ${branch} for ${sha.slice(0, 12)}`, (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollHost */ .iz)(ctx.settings.apiUrl), async () => {
        // The etag makes an unchanged answer a 304, which GitHub does not count against the rate limit.
        const page = await ctx.clients.github.listWorkflowRuns(main.workflow, { headSha: sha, event: 'push', branch: main.branch }, etag);
        if (!page.notModified) {
            etag = page.etag;
            // The server may ignore a filter (older GitHub Enterprise Server ignores head_sha): filter here too.
            runs = page.runs.filter(counts);
        }
        const verdict = decide(runs);
        if (verdict.kind === 'none' && awaitMissing)
            return { done: false, seen: 'no run yet', value: verdict };
        if (verdict.kind !== 'running')
            return { done: true, value: verdict };
        return { done: false, seen: verdict.runs.map(describe).join(', '), value: verdict };
    });
    const verdict = waited.value;
    const waitNote = (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .waitNote */ .Cm)(waited);
    const exact = `the ${workflow} push run on ${branch} for ${sha.slice(0, 12)}`;
    switch (verdict.kind) {
        case 'passed':
            return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(`${exact} succeeded${attempt(verdict.run)}`, {
                details: [describe(verdict.run), ...waitNote],
                links: [verdict.run.htmlUrl]
            });
        case 'running': {
            const newest = verdict.runs[0];
            const state = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(newest.status ?? 'unknown', 30);
            const summary = `${exact} is still ${state}${(0,_util_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .waitAdvice */ .o1)(ctx.wait, waited, 're-run this job when it finishes', 'the run to finish')}`;
            return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(summary, { details: [...verdict.runs.map(describe), ...waitNote], links: verdict.runs.map((r) => r.htmlUrl) });
        }
        case 'failed': {
            const newest = verdict.runs[0];
            const misses = await nearMisses(ctx, main, counts);
            return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${exact} concluded ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(newest.conclusion ?? 'nothing', 30)}${attempt(newest)}; fix the failure and re-run it, then re-run this job`, {
                details: [...verdict.runs.map(describe), ...misses.explanations, ...(misses.lookupProblem ? [misses.lookupProblem] : []), ...waitNote],
                links: [...verdict.runs.map((r) => r.htmlUrl), ...misses.links]
            });
        }
        case 'none': {
            const misses = await nearMisses(ctx, main, counts);
            const first = misses.explanations[0];
            return (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`no ${workflow} push run on ${branch} for exactly ${sha}${first ? `; ${first}` : ''}`, {
                details: [
                    ...misses.explanations,
                    ...(misses.lookupProblem ? [misses.lookupProblem] : []),
                    `only a push run on ${branch} for exactly this commit counts; runs for other commits, such as its parent, do not: merge the commit to ${branch} and let ${workflow} run on it`,
                    ...waitNote
                ],
                links: misses.links
            });
        }
    }
}
/**
 * `main-ci`: a run of `main.workflow` for exactly `sha`, event push, branch
 * `main.branch`, concluded success on its latest attempt; a queued or running
 * one is awaited up to `wait-minutes`.
 */
const mainCi = (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .defineCheck */ .qH)({
    id: 'main-ci',
    sections: ['main'],
    releaseOnly: 'exact-main CI',
    run: (ctx, { main }) => checkMainCi(ctx, main)
});


/***/ }),

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

/***/ 75297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PREPARE_OPTIONS: () => (/* binding */ PREPARE_OPTIONS),
  prepareCommand: () => (/* binding */ prepareCommand),
  preparedText: () => (/* binding */ preparedText),
  runPrepare: () => (/* binding */ runPrepare)
});

// EXTERNAL MODULE: ./src/engine.ts
var engine = __webpack_require__(90825);
// EXTERNAL MODULE: ./src/checks/preflight/changelog.ts
var changelog = __webpack_require__(14567);
// EXTERNAL MODULE: ./src/checks/preflight/coupled-versions.ts
var coupled_versions = __webpack_require__(70579);
// EXTERNAL MODULE: ./src/checks/preflight/main-ci.ts
var main_ci = __webpack_require__(2301);
// EXTERNAL MODULE: ./src/clients/git.ts
var git = __webpack_require__(16848);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
;// CONCATENATED MODULE: ./src/checks/prepare/main-tip.ts



/**
 * `main-tip` (prepare): the commit to tag (HEAD) is the tip of `origin/<main.branch>`,
 * freshly fetched. Stricter than the gate's `on-main`, which accepts any commit on
 * the branch: before tagging, a maintainer tags what main is now, so that the
 * `CI` run that is checked next is the one of the merged release commit.
 */
const mainTip = (0,gate/* defineCheck */.qH)({
    id: 'main-tip',
    sections: ['main'],
    async run(ctx, { main }) {
        const { workspace, sha } = ctx.settings;
        const branch = (0,util_text/* clip */.$)(main.branch);
        const remoteBranch = `${git/* ORIGIN */.VT}/${branch}`;
        try {
            await ctx.clients.git.fetchBranch(workspace, git/* ORIGIN */.VT, main.branch);
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(`${(0,util_text/* messageOf */.b)(error)}; check the network and that the "${git/* ORIGIN */.VT}" remote is the GitHub repository`);
        }
        const tip = await ctx.clients.git.resolveRef(workspace, `refs/remotes/${git/* ORIGIN */.VT}/${main.branch}`);
        if (tip === null)
            return (0,gate/* fail */.fJ)(`${remoteBranch} does not exist after fetching; check main.branch in the config`);
        if (tip === sha)
            return (0,gate/* pass */.IX)(`HEAD ${sha.slice(0, 12)} is the tip of ${remoteBranch}`);
        return (0,gate/* fail */.fJ)(`HEAD ${sha.slice(0, 12)} is not the tip of ${remoteBranch} (${tip.slice(0, 12)}): the release commit must be merged and be main's newest commit; run git switch ${branch} && git pull --ff-only, then prepare again`);
    }
});

// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(22973);
;// CONCATENATED MODULE: ./src/util/git-ref-name.ts
/**
 * Why git would refuse `refs/tags/<name>`, or null: the rules of git-check-ref-format(1), plus no leading `-` (git
 * refuses such a tag name, and a shell would read a pasted `git tag -v1.2.4` as an option). Written by hand because
 * these are a few lines of documented rules and no maintained library carries them; the tests hold this function to
 * the real `git check-ref-format` over a table of names, so git stays the authority.
 */
function tagNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (name.startsWith('-'))
        return 'starts with "-", which git reads as an option';
    if (/[\u0000-\u0020\u007f]/.test(name))
        return 'contains a space or a control character';
    const forbidden = /[~^:?*[\\]/.exec(name);
    if (forbidden)
        return `contains "${forbidden[0]}"`;
    if (name.includes('..'))
        return 'contains ".."';
    if (name.includes('@{'))
        return 'contains "@{"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'has an empty path component (a leading, trailing or double "/")';
    if (name.endsWith('.'))
        return 'ends with "."';
    for (const component of name.split('/')) {
        if (component.startsWith('.'))
            return `has a path component "${component}" that starts with "."`;
        if (component.endsWith('.lock'))
            return `has a path component "${component}" that ends with ".lock"`;
    }
    return null;
}

// EXTERNAL MODULE: ./src/checks/shared/version-holders.ts
var version_holders = __webpack_require__(85129);
;// CONCATENATED MODULE: ./src/checks/prepare/tags-free.ts





async function tagState(ctx, tag, annotated, branch) {
    const { workspace } = ctx.settings;
    let remote;
    let seen;
    try {
        // Shared with unpublished's probes in this run: the release tag is asked for once.
        remote = await (0,version_holders/* tagRefOnce */.LV)(ctx, tag);
        seen = remote === null ? await (0,version_holders/* githubVisibility */.Or)(ctx) : null;
    }
    catch (error) {
        return { tag, problem: `GitHub cannot be asked for tag ${tag}: ${(0,util_text/* messageOf */.b)(error)}`, detail: 'unknown' };
    }
    if (remote !== null) {
        return {
            tag,
            problem: `tag ${tag} already exists on GitHub (${remote.object.type} ${remote.object.sha.slice(0, 12)}); tags are never reused, so release the next version (release-gates status shows which)`,
            detail: `on GitHub at ${remote.object.sha.slice(0, 12)}`
        };
    }
    // A 404 is "no such tag" only if the token can see the repository at all.
    if (seen && !seen.visible)
        return { tag, problem: (0,version_holders/* unseenRepository */.nf)(ctx, `tag ${tag}`, branch), detail: 'unknown' };
    const local = await ctx.clients.git.localTag(workspace, tag);
    if (local !== null) {
        // What an earlier `tag` without --push made (right commit, right kind) is what `tag --push` would make: it pushes it as it is.
        if (local.commit === ctx.settings.sha && local.annotated === annotated) {
            return { tag, problem: null, detail: `not on GitHub; in this clone on HEAD (${annotated ? 'annotated' : 'lightweight'}), ready to push` };
        }
        const kind = local.annotated ? 'annotated' : 'lightweight';
        const where = local.commit === ctx.settings.sha
            ? `on HEAD but ${kind}, and it must be ${annotated ? 'annotated' : 'lightweight'}`
            : `at ${local.commit.slice(0, 12)}, not HEAD`;
        return {
            tag,
            problem: `tag ${tag} exists in this clone (${where}) but not on GitHub; release-gates never moves or deletes a tag: if it is a leftover of yours, delete it with git tag -d ${tag}`,
            detail: `only in this clone, ${where}`
        };
    }
    return { tag, problem: null, detail: 'free on GitHub and in this clone' };
}
/**
 * `tags-free`: neither the release tag nor `go.tag` exists, on GitHub or in this
 * clone, so `tag` can create both and push them without replacing anything.
 */
const tagsFree = (0,gate/* defineCheck */.qH)({
    id: 'tags-free',
    sections: ['main'],
    run(ctx, { main }) {
        return (0,gate/* withVersion */.$2)(ctx, async (version) => {
            const go = (0,gate/* sectionOf */.ZE)(ctx.config, 'go');
            // The release tag is annotated, the Go tag lightweight (as `tag` creates them).
            const tags = [[ctx.release.tag, true]];
            if (go.state === 'on')
                tags.push([(0,src_config/* fillTemplate */.ou)(go.value.tag, { version, owner: ctx.settings.owner, repo: ctx.settings.repo }), false]);
            // A name git refuses would be printed, or half-created by `tag`: refuse both before anything is asked or made.
            const refused = tags.flatMap(([tag], i) => {
                const problem = tagNameProblem(tag);
                const key = i === 0 ? 'tags.release' : 'go.tag';
                return problem ? [`${key} makes the tag name "${tag}", which git refuses: it ${problem}; change ${key} in the config`] : [];
            });
            if (refused.length > 0) {
                return (0,gate/* fail */.fJ)(refused[0], {
                    details: refused.slice(1),
                    table: { columns: ['tag', 'state'], rows: tags.map(([t]) => [t, tagNameProblem(t) ?? 'valid name']) }
                });
            }
            const states = await Promise.all(tags.map(([tag, annotated]) => tagState(ctx, tag, annotated, main.branch)));
            const table = { columns: ['tag', 'state'], rows: states.map((s) => [s.tag, s.detail]) };
            const problems = states.flatMap((s) => (s.problem ? [s.problem] : []));
            if (problems.length === 0)
                return (0,gate/* pass */.IX)(`${tags.map(([t]) => t).join(' and ')} ${tags.length > 1 ? 'are' : 'is'} not on GitHub yet`, { table });
            return (0,gate/* fail */.fJ)(problems[0], { table, details: problems.slice(1) });
        });
    }
});

// EXTERNAL MODULE: ./src/checks/shared/go-module.ts
var go_module = __webpack_require__(62018);
;// CONCATENATED MODULE: ./src/checks/prepare/working-tree.ts



/** The files a release's version lives in: every `versions` file, the changelog and go.mod. */
function releaseFiles(config) {
    const files = (config.versions || []).map((entry) => entry.file);
    if (config.changelog)
        files.push(config.changelog);
    if (config.go)
        files.push((0,go_module/* goModFile */.hH)(config.go.dir));
    return [...new Set(files)];
}
/**
 * `working-tree`: none of the release's files has staged, unstaged or untracked
 * changes. A tag names a commit, so what `prepare` checked must be what is
 * committed: an edit left in the working tree would be checked but not released.
 */
const workingTree = {
    id: 'working-tree',
    async run(ctx) {
        const files = releaseFiles(ctx.config);
        let changed;
        try {
            changed = await ctx.clients.git.changedFiles(ctx.settings.workspace, files);
        }
        catch (error) {
            return (0,gate/* fail */.fJ)(`cannot tell whether the release files are committed: ${(0,util_text/* messageOf */.b)(error)}`);
        }
        if (changed.length === 0)
            return (0,gate/* pass */.IX)(`the ${files.length} release files are committed as they are in the working tree`);
        const shown = changed.map((f) => (0,util_text/* clip */.$)(f, 80));
        return (0,gate/* fail */.fJ)(`${shown.join(', ')} ${changed.length === 1 ? 'has' : 'have'} uncommitted changes: a tag releases the commit, not the working tree; commit them, merge to main and run prepare again (or discard them with git restore)`, { details: shown.map((f) => `uncommitted: ${f}`) });
    }
};

// EXTERNAL MODULE: ./src/checks/publication-preflight/unpublished.ts
var unpublished = __webpack_require__(1033);
;// CONCATENATED MODULE: ./src/gates/prepare.ts







/**
 * `release-gates prepare` (and `tag`, before it tags): the seed's "Prepare and validate"
 * section as checks, run on the maintainer's clone before any tag exists. It reuses the
 * gates' checks where the question is the same (versions, changelog, CI, registries)
 * and adds the ones only a clone can answer (committed, main's tip, tags free).
 */
const prepare = {
    id: 'prepare',
    title: 'the release commit is ready to tag',
    checks: [coupled_versions/* coupledVersions */.g, changelog/* changelog */.r, workingTree, mainTip, main_ci/* mainCi */.i, tagsFree, unpublished/* unpublished */.O]
};

;// CONCATENATED MODULE: ./src/maintainer/prepare.ts


function releaseTags(config, version, owner, repo) {
    const values = { version, owner, repo };
    const releaseTag = (0,src_config/* fillTemplate */.ou)(config.tags.release, values);
    return {
        goTag: config.go ? (0,src_config/* fillTemplate */.ou)(config.go.tag, values) : null,
        releaseTag,
        message: `${repo} ${releaseTag}`
    };
}
/**
 * The commands `tag --push` runs, for a maintainer who would rather type them. `--end-of-options` comes before the
 * names, so a pasted command cannot take a name for an option.
 */
function tagCommands(tags, sha) {
    const quote = (s) => (/^[\w./@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    return [
        ...(tags.goTag ? [`git tag --end-of-options ${quote(tags.goTag)} ${sha}`] : []),
        `git tag -a -m ${quote(tags.message)} --end-of-options ${quote(tags.releaseTag)} ${sha}`,
        ...(tags.goTag ? [`git push --end-of-options ${git/* ORIGIN */.VT} ${quote(`refs/tags/${tags.goTag}`)}`] : []),
        `git push --end-of-options ${git/* ORIGIN */.VT} ${quote(`refs/tags/${tags.releaseTag}`)}`
    ];
}

// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/maintainer-context.ts
var maintainer_context = __webpack_require__(17528);
// EXTERNAL MODULE: ./src/cli/usage.ts + 1 modules
var usage = __webpack_require__(12973);
// EXTERNAL MODULE: ./src/cli/vocabulary.ts
var vocabulary = __webpack_require__(62916);
;// CONCATENATED MODULE: ./src/cli/commands/prepare.ts









const PREPARE_OPTIONS = { ...command/* COMMON_OPTIONS */.DT, 'wait-minutes': { type: 'string' } };
/** Runs prepare's checks for `version` on HEAD of the clone. */
async function runPrepare(version, values, command, io) {
    const { config, settings, release, ctx } = await (0,maintainer_context/* maintainerContext */.e)(command, version, values, io);
    const run = await (0,engine/* runGate */.Rg)(prepare, ctx, [settings.token, settings.npmToken]);
    return { run, release, settings, config, tags: releaseTags(config, version, settings.owner, settings.repo) };
}
/** The gate-like text of a prepare run, in the terminal's vocabulary. */
function preparedText(prepared) {
    return (0,vocabulary/* terminalWords */.A)((0,report_text/* renderText */.S)(prepared.run, prepared.release, prepared.settings.sha, prepare.title));
}
/** `release-gates prepare X.Y.Z`. */
async function prepareCommand(args, io) {
    const { values, positionals } = (0,command/* parseCommandArgs */.Qx)(args, PREPARE_OPTIONS, 'prepare');
    if (values.help) {
        io.terminal.out(usage/* COMMAND_USAGE */.Kf.prepare);
        return command/* EXIT */.dc.ok;
    }
    const version = (0,command/* versionArgument */.KC)(positionals, 'prepare');
    const prepared = await runPrepare(version, values, 'prepare', io);
    const commands = tagCommands(prepared.tags, prepared.settings.sha);
    const passed = prepared.run.result === 'pass';
    if (values.json) {
        io.terminal.json(`${JSON.stringify({ ...(0,report/* buildReport */.FK)(prepared.run, prepared.release, prepared.settings.sha), commands: passed ? commands : [] }, null, 2)}\n`);
    }
    else {
        io.terminal.out(preparedText(prepared));
        if (passed) {
            io.terminal.out(`\nReady. Tag it with release-gates tag ${version} --push, or run, in this order:\n${commands.map((c) => `  ${c}`).join('\n')}\n`);
        }
        else {
            io.terminal.out(`\nNot ready: fix the failed checks above and run release-gates prepare ${version} again. Nothing was tagged.\n`);
        }
    }
    return passed ? command/* EXIT */.dc.ok : command/* EXIT */.dc.failed;
}


/***/ }),

/***/ 12049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tagCommand: () => (/* binding */ tagCommand)
/* harmony export */ });
/* harmony import */ var _clients_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16848);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88850);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12973);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62916);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75297);







/**
 * `release-gates tag X.Y.Z [--push]`: prepare, then the Go tag (lightweight) and the
 * release tag (annotated) on HEAD, and with --push the Go tag first and the release
 * tag second, so the Go module exists before the release workflow starts. It stops
 * at the first step that fails and never undoes one: a tag once pushed is public.
 */
async function tagCommand(args, io) {
    const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)(args, { ..._prepare_js__WEBPACK_IMPORTED_MODULE_5__.PREPARE_OPTIONS, push: { type: 'boolean' } }, 'tag');
    if (values.help) {
        io.terminal.out(_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMAND_USAGE */ .Kf.tag);
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    const version = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .versionArgument */ .KC)(positionals, 'tag');
    const prepared = await (0,_prepare_js__WEBPACK_IMPORTED_MODULE_5__.runPrepare)(version, values, 'tag', io);
    const { tags, settings } = prepared;
    const steps = [];
    const print = (line) => {
        if (!values.json)
            io.terminal.outLine((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__/* .terminalWords */ .A)(line));
    };
    if (!values.json)
        io.terminal.out((0,_prepare_js__WEBPACK_IMPORTED_MODULE_5__.preparedText)(prepared));
    if (prepared.run.result === 'pass') {
        print('');
        const git = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .gitOf */ .Od)(io);
        const plan = [
            ...(tags.goTag ? [{ action: 'create', tag: tags.goTag, done: false }] : []),
            { action: 'create', tag: tags.releaseTag, done: false },
            ...(values.push
                ? [...(tags.goTag ? [{ action: 'push', tag: tags.goTag, done: false }] : []), { action: 'push', tag: tags.releaseTag, done: false }]
                : [])
        ];
        for (const step of plan) {
            steps.push(step);
            try {
                if (step.action === 'create' && (await git.localTag(settings.workspace, step.tag))?.commit === settings.sha) {
                    // prepare accepted it: an earlier run made exactly this tag and did not push it.
                    print(`${step.tag} is already on ${settings.sha.slice(0, 12)} in this clone (an earlier run made it)`);
                }
                else if (step.action === 'create') {
                    await git.createTag(settings.workspace, step.tag, settings.sha, step.tag === tags.releaseTag ? tags.message : undefined);
                    print(`created ${step.tag === tags.releaseTag ? 'annotated' : 'lightweight'} tag ${step.tag} on ${settings.sha.slice(0, 12)}`);
                }
                else {
                    await git.pushTag(settings.workspace, _clients_git_js__WEBPACK_IMPORTED_MODULE_0__/* .ORIGIN */ .VT, step.tag);
                    print(`pushed ${step.tag} to ${_clients_git_js__WEBPACK_IMPORTED_MODULE_0__/* .ORIGIN */ .VT}`);
                }
                step.done = true;
            }
            catch (error) {
                step.error = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error);
                print(`error: ${step.error}`);
                break;
            }
        }
    }
    else {
        print('');
        print('Nothing was tagged: fix the failed checks above and run release-gates tag again.');
    }
    const failedStep = steps.find((s) => s.error !== undefined);
    if (failedStep) {
        const done = steps.filter((s) => s.done).map((s) => `${s.action === 'create' ? 'created' : 'pushed'} ${s.tag}`);
        print(`stopped: ${done.length ? `done so far: ${done.join(', ')}; ` : ''}nothing was moved or deleted. Run release-gates status ${version} to see what is public before you retry.`);
    }
    else if (prepared.run.result === 'pass') {
        print(values.push
            ? `Released ${tags.releaseTag}: the tag push starts the release workflow. Follow it on GitHub; if it fails part-way, run release-gates status ${version}.`
            : `Tagged locally. Push the Go tag first, then the release tag: git push ${_clients_git_js__WEBPACK_IMPORTED_MODULE_0__/* .ORIGIN */ .VT} refs/tags/${tags.goTag ?? tags.releaseTag}${tags.goTag ? ` && git push ${_clients_git_js__WEBPACK_IMPORTED_MODULE_0__/* .ORIGIN */ .VT} refs/tags/${tags.releaseTag}` : ''} (or run release-gates tag with --push next time).`);
    }
    if (values.json) {
        io.terminal.json(`${JSON.stringify({ ...(0,_report_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .FK)(prepared.run, prepared.release, settings.sha), steps }, null, 2)}\n`);
    }
    return prepared.run.result === 'pass' && !failedStep ? _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.failed;
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

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   eG: () => (/* binding */ reportPath),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function buildReport(run, release, sha) {
    return {
        gate: run.gate,
        result: run.result,
        tag: release.tag,
        version: release.version,
        kind: release.kind,
        sha,
        checks: run.checks.map((c) => ({
            id: c.id,
            status: c.status,
            summary: c.summary,
            // A detail table is also kept in the report, one line per row.
            details: c.table ? [...c.details, ...c.table.rows.map((row) => row.join(' | '))] : c.details,
            links: c.links
        })),
        durationMs: run.durationMs
    };
}
function reportPath(runnerTemp, gate) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(runnerTemp, `release-gates-${gate}.json`);
}
/**
 * The report as JSON, with bidirectional controls written as `\\u202e` escapes:
 * the data is unchanged for any JSON reader, while a person viewing the file
 * sees the escape instead of reordered text.
 */
function reportJson(report) {
    return JSON.stringify(report, null, 2).replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
async function writeReport(file, report) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, `${reportJson(report)}\n`, 'utf8');
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


/***/ })

};
