export const id = 45;
export const ids = [45];
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

/***/ 762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_TAG_CHAIN),
/* harmony export */   x: () => (/* binding */ peelTag)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);

/**
 * Tags may point at tags; git itself peels without a limit, but a chain longer
 * than this is a mistake or a trap, and every hop costs one request.
 */
const MAX_TAG_CHAIN = 5;
/**
 * Resolves a tag through `git/ref` and, for annotated tags, `git/tags` (peeled),
 * following at most MAX_TAG_CHAIN tag objects. Errors from GitHub propagate.
 * Each check words the outcome itself.
 */
async function peelTag(github, tag) {
    const ref = await github.getTagRef(tag);
    if (ref === null)
        return { kind: 'missing' };
    const hops = [`refs/tags/${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(tag)} → ${ref.object.type} ${ref.object.sha}`];
    let target = ref.object;
    let firstTagName = null;
    for (let depth = 0; target.type === 'tag'; depth++) {
        if (depth === MAX_TAG_CHAIN)
            return { kind: 'chain-too-long', hops };
        const object = await github.getTagObject(target.sha);
        firstTagName ??= object.tag;
        hops.push(`tag object ${object.sha} ("${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(object.tag, 60)}") → ${object.object.type} ${object.object.sha}`);
        target = object.object;
    }
    return { kind: 'peeled', target, annotated: firstTagName !== null, firstTagName, hops };
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

/***/ 55066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflight: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: ./src/checks/preflight/changelog.ts
var changelog = __webpack_require__(14567);
// EXTERNAL MODULE: ./src/checks/preflight/coupled-versions.ts
var coupled_versions = __webpack_require__(70579);
// EXTERNAL MODULE: ./src/checks/preflight/main-ci.ts
var main_ci = __webpack_require__(2301);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
;// CONCATENATED MODULE: ./src/checks/preflight/on-main.ts


function commits(n) {
    return `${n} commit${n === 1 ? '' : 's'}`;
}
/** `on-main`: `sha` is reachable from `main.branch` (identical to or behind it). */
const onMain = (0,gate/* defineCheck */.qH)({
    id: 'on-main',
    sections: ['main'],
    releaseOnly: 'the main reachability check',
    async run(ctx, { main }) {
        const { sha } = ctx.settings;
        const branch = (0,util_text/* clip */.$)(main.branch);
        // base...head = branch...sha: "behind" means sha is an ancestor of the branch tip.
        const comparison = await ctx.clients.github.compareCommits(main.branch, sha);
        if (comparison === null) {
            return (0,gate/* fail */.fJ)(`GitHub knows no branch "${branch}" or no commit ${sha} in this repository; check main.branch and push the commit`);
        }
        // The comparison page shows the commits in between; worth a click only when something is wrong.
        const links = comparison.htmlUrl ? [comparison.htmlUrl] : [];
        switch (comparison.status) {
            case 'identical':
                return (0,gate/* pass */.IX)(`${sha.slice(0, 12)} is the tip of ${branch}`);
            case 'behind':
                return (0,gate/* pass */.IX)(`${sha.slice(0, 12)} is on ${branch}, ${commits(comparison.behindBy)} behind its tip`);
            case 'ahead':
                return (0,gate/* fail */.fJ)(`${sha} is not on ${branch}: it is ${commits(comparison.aheadBy)} ahead of it (not merged); merge it to ${branch} and tag the merged commit`, { links });
            case 'diverged':
                return (0,gate/* fail */.fJ)(`${sha} is not on ${branch}: the two diverged (${commits(comparison.aheadBy)} ahead, ${comparison.behindBy} behind); tag a commit that is on ${branch}`, { links });
        }
    }
});

;// CONCATENATED MODULE: ./src/checks/preflight/tag-format.ts


/**
 * `tag-format`: the tag matches `tags.release` or `tags.rehearsal` and its version
 * is SemVer 2.0.0 without build metadata. The tag was parsed once before the gate
 * started (src/version.ts parseTag); this check reports that verdict.
 */
const tagFormat = {
    id: 'tag-format',
    run(ctx) {
        const { tags } = ctx.config;
        const { tag, version, kind, tagProblem } = ctx.release;
        const allowed = `release tags look like "${tags.release}"${tags.rehearsal ? `, rehearsal tags like "${tags.rehearsal}"` : ''}`;
        if (tagProblem !== null || version === null || kind === null) {
            return Promise.resolve((0,gate/* fail */.fJ)(`${tagProblem ?? `tag "${(0,util_text/* clip */.$)(tag)}" did not parse`}; ${allowed}, with a SemVer 2.0.0 version (e.g. 1.2.3 or 1.3.0-rc.1)`));
        }
        const note = kind === 'rehearsal' ? '; production-only checks are skipped' : '';
        return Promise.resolve((0,gate/* pass */.IX)(`${tag} is a ${kind} tag for version ${version}${note}`));
    }
};

// EXTERNAL MODULE: ./src/checks/shared/tags.ts
var tags = __webpack_require__(762);
;// CONCATENATED MODULE: ./src/checks/preflight/tag-object.ts




/**
 * `tag-object`: (release tags) the tag exists on GitHub, is annotated when
 * `tags.annotated`, and peels to `sha`. A tag on another commit is a moved tag.
 */
const tagObject = (0,gate/* defineCheck */.qH)({
    id: 'tag-object',
    releaseOnly: 'the tag object check',
    async run(ctx) {
        const { tag } = ctx.release;
        const { sha } = ctx.settings;
        const peeled = await (0,tags/* peelTag */.x)(ctx.clients.github, tag);
        if (peeled.kind === 'missing') {
            return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} does not exist on GitHub; push it (git push origin ${(0,util_text/* clip */.$)(tag)}) before this workflow runs`);
        }
        if (peeled.kind === 'chain-too-long') {
            return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} is a chain of more than ${tags/* MAX_TAG_CHAIN */.K} tag objects; point an annotated tag straight at the commit`, {
                details: peeled.hops
            });
        }
        const { target, firstTagName, hops: found } = peeled;
        if (target.type !== 'commit') {
            return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} points at a ${(0,util_text/* clip */.$)(target.type, 20)} ${target.sha}, not a commit; tag the release commit ${sha}`, {
                details: found
            });
        }
        const lightweight = !peeled.annotated && ctx.config.tags.annotated;
        const moved = target.sha !== sha;
        if (lightweight || moved) {
            const problems = [
                ...(lightweight ? [`is lightweight (release tags must be annotated: git tag -a)`] : []),
                ...(moved ? [`points at commit ${target.sha}, not at ${sha} being released (moved tag)`] : [])
            ];
            const fix = moved
                ? 'tags are immutable: do not move a release tag, release a new patch version'
                : `tag the commit with an annotated tag: git tag -a ${(0,util_text/* clip */.$)(tag)} ${sha}`;
            const details = [...found, ...(lightweight ? ['tags.annotated is true in the config'] : [])];
            return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} ${problems.join(' and ')}; ${fix}`, { details });
        }
        const details = [...found];
        if (firstTagName !== null && firstTagName !== tag) {
            // git warns about this too: the annotation claims another name than the ref it sits under.
            details.push(`note: the tag object names itself "${(0,util_text/* clip */.$)(firstTagName, 60)}", not ${(0,util_text/* clip */.$)(tag)}`);
        }
        const kind = peeled.annotated ? 'annotated' : 'lightweight';
        return (0,gate/* pass */.IX)(`${kind} tag ${(0,util_text/* clip */.$)(tag)} peels to ${sha}`, { details });
    }
});

;// CONCATENATED MODULE: ./src/gates/preflight.ts






/** Tag/version parity and exact-main CI. Checks run concurrently; the order is the contract's. */
const preflight = {
    id: 'preflight',
    title: 'Tag/version parity and exact-main CI',
    checks: [tagFormat, coupled_versions/* coupledVersions */.g, changelog/* changelog */.r, tagObject, onMain, main_ci/* mainCi */.i]
};


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
