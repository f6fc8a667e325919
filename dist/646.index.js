export const id = 646;
export const ids = [646];
export const modules = {

/***/ 30251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ countFiles),
/* harmony export */   GG: () => (/* binding */ pypiTarget),
/* harmony export */   Ji: () => (/* binding */ distExists),
/* harmony export */   LF: () => (/* binding */ listedPhrase),
/* harmony export */   O$: () => (/* binding */ timedOutLine),
/* harmony export */   Q2: () => (/* binding */ releaseFileKind),
/* harmony export */   Qv: () => (/* binding */ comparisonTable),
/* harmony export */   cV: () => (/* binding */ finalProblemLine),
/* harmony export */   hZ: () => (/* binding */ compareFiles),
/* harmony export */   sv: () => (/* binding */ builtPythonFiles)
/* harmony export */ });
/* unused harmony export distFileSha256 */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clients_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51449);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81956);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95138);
/* harmony import */ var _util_poll_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66451);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _dist_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77973);
/* harmony import */ var _formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75647);










/**
 * The index a release kind publishes to: a release tag to `pypi.index`, a rehearsal tag
 * to `pypi.rehearsal-index`. A rehearsal without `rehearsal-index` fails: checking
 * `pypi.index` instead would either find nothing or, worse, find a rehearsal on the real index.
 */
function pypiTarget(section, version, kind) {
    const pep440 = (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .semverToPep440 */ .Z9)(version);
    if (pep440 === null) {
        throw new _gate_js__WEBPACK_IMPORTED_MODULE_4__/* .CheckFailed */ .EC(`version ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(version)} has no PEP 440 spelling, so PyPI cannot hold it; use a prerelease PyPI understands (-alpha.N, -beta.N, -rc.N) or a plain X.Y.Z`);
    }
    let index;
    let indexKey;
    if (kind === 'rehearsal') {
        const rehearsal = section['rehearsal-index'];
        if (rehearsal === undefined) {
            throw new _gate_js__WEBPACK_IMPORTED_MODULE_4__/* .CheckFailed */ .EC('rehearsal tag: rehearsals publish to pypi.rehearsal-index, which the config does not set; add it to the pypi section (e.g. "rehearsal-index: https://test.pypi.org"), so a rehearsal is never checked against, or published to, the real index');
        }
        index = rehearsal;
        indexKey = 'pypi.rehearsal-index';
    }
    else {
        index = section.index;
        indexKey = 'pypi.index';
    }
    return {
        project: section.project,
        version: pep440,
        index,
        shownIndex: (0,_clients_http_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA)(index).replace(/\/+$/, ''),
        indexKey,
        subject: `${section.project} ${pep440}`
    };
}
/**
 * Whether a file name is a wheel or sdist of this project and version (by meaning:
 * `SketchLog` is `sketchlog`, `1.3.0-rc.1`-style spellings compare as PEP 440). An sdist
 * is `{name}-{version}.tar.gz` (PEP 625; `.zip` as older uploads had it).
 */
function releaseFileKind(file, project, version) {
    const want = (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .pep440Key */ .$V)(version);
    if (want === null)
        return null;
    const canonical = (0,_version_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalizeName */ .yt)(project);
    if (file.endsWith('.whl')) {
        const parsed = (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .parseWheelName */ .CI)(file);
        return parsed.ok && parsed.wheel.canonicalName === canonical && (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .pep440Key */ .$V)(parsed.wheel.version) === want ? 'wheel' : null;
    }
    if (file === (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .sdistFileName */ .hJ)(project, version))
        return 'sdist';
    const parsed = (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSdistName */ .K3)(file);
    return parsed.ok && parsed.sdist.canonicalName === canonical && (0,_formats_wheel_name_js__WEBPACK_IMPORTED_MODULE_8__/* .pep440Key */ .$V)(parsed.sdist.version) === want ? 'sdist' : null;
}
/** "20 wheels and 1 sdist". */
function countFiles(files, project, version) {
    const wheels = files.filter((f) => releaseFileKind(f, project, version) === 'wheel').length;
    const sdists = files.filter((f) => releaseFileKind(f, project, version) === 'sdist').length;
    const parts = [`${wheels} wheel${wheels === 1 ? '' : 's'}`, `${sdists} sdist${sdists === 1 ? '' : 's'}`];
    const other = files.length - wheels - sdists;
    if (other > 0)
        parts.push(`${other} other file${other === 1 ? '' : 's'}`);
    return parts.join(' and ');
}
/**
 * The sha256 of a file in dist, hashed once per gate run (ctx.once) and streamed, so
 * checks that compare the same files share one read of each.
 */
function distFileSha256(ctx, file) {
    return ctx.once(`dist-sha256:${file}`, async () => {
        try {
            return await (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(ctx.settings.distDir, file));
        }
        catch (error) {
            const code = error.code;
            throw new _dist_files_js__WEBPACK_IMPORTED_MODULE_7__/* .DistError */ .bP(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(file)} in dist ${(0,_dist_files_js__WEBPACK_IMPORTED_MODULE_7__/* .shownDist */ .sA)(ctx)} cannot be read (${code ?? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(error), 80)}); download the artifacts again`);
        }
    });
}
/** Whether the dist folder exists at all (a smoke run may have no artifacts downloaded). */
async function distExists(ctx) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(ctx.settings.distDir);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/**
 * The wheels and sdist of this project and version in dist, with their sha256. Other
 * files (checksums, SBOMs, npm tarballs, another project's wheels) are not PyPI's.
 * A missing or unreadable dist throws DistError.
 */
async function builtPythonFiles(ctx, target) {
    const names = (await (0,_dist_files_js__WEBPACK_IMPORTED_MODULE_7__/* .listDistFiles */ .kP)(ctx)).filter((f) => releaseFileKind(f, target.project, target.version) !== null);
    return Promise.all(names.map(async (file) => {
        const { hex, size } = await distFileSha256(ctx, file);
        return { file, sha256: hex, size };
    }));
}
const short = (hex) => (hex === null ? '-' : hex);
/**
 * Compares the expected files (name and sha256) with what an index lists. Names must
 * be identical (PyPI keeps a file's name as uploaded), digests identical, none yanked.
 */
function compareFiles(expected, listed, options) {
    const byName = new Map();
    for (const f of listed)
        byName.set(f.filename, f);
    const expectedNames = new Set(expected.map((e) => e.file));
    const rows = [];
    const whose = options.expectedFrom === 'built' ? "the built file's is" : 'the JSON API gives';
    const yankFix = 'un-yank it on the index (pip skips yanked files) or release a new version';
    for (const e of expected) {
        const l = byName.get(e.file);
        if (!l) {
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: null,
                verdict: 'not on the index',
                final: false,
                problem: `${options.where} does not list ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(e.file, 200)}`
            });
            continue;
        }
        if (l.sha256 === null) {
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: null,
                verdict: 'no sha256 on the index',
                final: true,
                problem: `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(e.file, 200)} without a sha256, so pip cannot verify what it downloads; use an index that publishes sha256 hashes`
            });
        }
        else if (l.sha256 !== e.sha256) {
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: l.sha256,
                verdict: 'sha256 differs',
                final: true,
                problem: `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(e.file, 200)} with sha256 ${l.sha256}, but ${whose} ${e.sha256}: ${options.expectedFrom === 'built'
                    ? 'the index holds other bytes than were built; an index never replaces a file, so release a new version'
                    : "the index's two APIs disagree, so pip may download other bytes than were published; ask the index's operators"}`
            });
        }
        else if (l.yanked) {
            const reason = l.yankedReason ? ` ("${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(l.yankedReason, 80)}")` : '';
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: l.sha256,
                verdict: `yanked${reason}`,
                final: true,
                problem: `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(e.file, 200)} as yanked${reason}; ${yankFix}`
            });
        }
        else {
            rows.push({
                file: e.file,
                expected: e.sha256,
                listed: l.sha256,
                verdict: 'ok',
                final: false,
                problem: null
            });
        }
    }
    for (const l of listed) {
        if (expectedNames.has(l.filename))
            continue;
        const yanked = l.yanked ? '; yanked' : '';
        const built = options.expectedFrom === 'built';
        rows.push({
            file: l.filename,
            expected: null,
            listed: l.sha256,
            verdict: `${built ? 'not built' : 'not in the JSON API'}${yanked}`,
            final: options.unexpectedIsFinal,
            problem: built
                ? `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(l.filename, 200)}, which was not built (it is not in dist): another job uploaded it, or dist lacks it; pip may install it, so find where it came from, remove it (or yank the release) and release a new version`
                : `${options.where} lists ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(l.filename, 200)}, which the JSON API does not list`
        });
    }
    const missing = rows.filter((r) => r.listed === null && r.verdict === 'not on the index').map((r) => r.file);
    const unexpected = rows.filter((r) => r.expected === null).map((r) => r.file);
    const finalProblems = rows.filter((r) => r.final);
    const state = finalProblems.length > 0 ? 'final' : rows.some((r) => r.problem !== null) ? 'not-yet' : 'ok';
    return { rows, missing, unexpected, finalProblems, state };
}
/** The comparison as the summary's table: file, expected sha256, listed sha256, verdict. */
function comparisonTable(comparison, expectedLabel, listedLabel) {
    return {
        columns: ['file', expectedLabel, listedLabel, 'verdict'],
        rows: comparison.rows.map((r) => [r.file, short(r.expected), short(r.listed), r.verdict])
    };
}
/** A short phrase of what an index lists so far, for progress lines ("19 of 21 files listed; missing a.whl, b.whl"). */
function listedPhrase(comparison) {
    const expected = comparison.rows.filter((r) => r.expected !== null).length;
    const listed = expected - comparison.missing.length;
    const names = comparison.missing.slice(0, 2).join(', ');
    const more = comparison.missing.length > 2 ? ` and ${comparison.missing.length - 2} more` : '';
    const missing = comparison.missing.length > 0 ? `; missing ${names}${more}` : '';
    const extra = comparison.unexpected.length > 0 ? `; ${comparison.unexpected.length} file(s) not expected` : '';
    return `${listed} of ${expected} files listed${missing}${extra}`;
}
/** One summary line for the final problems: the first, and how many more the table shows. */
function finalProblemLine(comparison) {
    const [first, ...rest] = comparison.finalProblems;
    return `${first.problem}${rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}, see the table)` : ''}`;
}
/** The summary when time ran out while something was still missing. */
function timedOutLine(wait, result, what, lastSeen) {
    return `${what}: last saw ${lastSeen ?? 'nothing'}${(0,_util_poll_js__WEBPACK_IMPORTED_MODULE_9__/* .waitAdvice */ .o1)(wait, result, 'upload what is missing', 'the index to list it')}`;
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

/***/ 1646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publication: () => (/* binding */ publication)
});

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./src/util/poll.ts
var poll = __webpack_require__(66451);
// EXTERNAL MODULE: ./src/checks/shared/oci-refs.ts
var oci_refs = __webpack_require__(71477);
;// CONCATENATED MODULE: ./src/checks/publication/container.ts




const EMPTY_DIGEST = 'image-digest is empty: without it nothing proves what was built; pass the "digest" output of docker/build-push-action as the image-digest input (image-digest: ${{ steps.<push step id>.outputs.digest }})';
async function checkContainer(ctx, section, version) {
    const expected = ctx.settings.imageDigest;
    if (!expected)
        return (0,gate/* fail */.fJ)(EMPTY_DIGEST);
    const { image, written } = (0,oci_refs/* ociImage */.xP)(ctx, 'container', section.image);
    const { required, skipped } = (0,oci_refs/* releaseImageTags */.Y4)(section.tags, version);
    const primary = (0,oci_refs/* primaryImageTag */.kW)(required, version);
    return (0,oci_refs/* failOnOciError */.Pb)(`container image ${written}`, async () => {
        // What each tag resolved to; a tag once seen is not asked again while the others are awaited.
        const served = new Map();
        const waited = await (0,poll/* poll */.wt)(ctx, `container: ${written} tag${required.length > 1 ? 's' : ''} ${required.join(', ')}`, image.registry, async () => {
            for (const tag of required) {
                if (served.has(tag))
                    continue;
                const manifest = await ctx.clients.oci.getManifest(image, tag);
                if (manifest === null)
                    continue;
                served.set(tag, manifest);
                // Another build under the tag is final: waiting does not change what was pushed.
                if (manifest.digest !== expected)
                    return { done: true, value: served };
            }
            const missing = required.filter((t) => !served.has(t));
            if (missing.length === 0)
                return { done: true, value: served };
            return { done: false, seen: `tag${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not served yet`, value: served };
        });
        const primaryDigest = served.get(primary)?.digest;
        const outputs = primaryDigest ? { outputs: { 'image-digest': primaryDigest } } : {};
        const table = {
            columns: ['tag', 'resolves to'],
            rows: required.map((t) => [t, served.get(t)?.digest ?? 'not served'])
        };
        const notes = [
            ...(skipped.length ? [`not required for a prerelease (docker/metadata-action does not move them): ${skipped.join(', ')}`] : []),
            ...(0,poll/* waitNote */.Cm)(waited)
        ];
        const moved = required.find((t) => served.has(t) && served.get(t).digest !== expected);
        if (moved) {
            return (0,gate/* fail */.fJ)(`${written}:${moved} resolves to ${served.get(moved).digest}, not image-digest ${expected}: the registry serves another build under that tag; push this build under every tag of container.tags, or pass the digest of the build that pushed them`, { details: notes, table, ...outputs });
        }
        if (!waited.done) {
            return (0,oci_refs/* notServedYet */.n0)(ctx, `container image ${written}`, waited, `push the image under ${required.map((t) => `${written}:${t}`).join(', ')} before this gate (docker/build-push-action "tags")`);
        }
        const document = served.get(primary).document;
        if (document.kind !== 'index') {
            return (0,gate/* fail */.fJ)(`${written}@${expected} is a single-platform image manifest (${document.mediaType}), not an image index: build for every container.platforms entry (docker/build-push-action "platforms: ${section.platforms.join(',')}") so the push makes an index`, { details: notes, table, ...outputs });
        }
        const platforms = document.manifests.filter((d) => !(0,oci_refs/* isAttestationManifest */.gV)(d));
        const attestations = document.manifests.length - platforms.length;
        const found = platforms.map((d) => (0,oci_refs/* shownPlatform */.vV)(d.platform));
        const foundText = `it has ${found.length ? found.join(', ') : 'no platform manifest'}${attestations ? `; ${attestations} attestation manifest${attestations > 1 ? 's' : ''} not counted` : ''}`;
        const missing = section.platforms.filter((wanted) => !platforms.some((d) => d.platform && (0,oci_refs/* platformMatches */.J5)(wanted, d.platform)));
        if (missing.length > 0) {
            return (0,gate/* fail */.fJ)(`${written}@${expected} has no manifest for ${missing.join(', ')} (${foundText}): add ${missing.length > 1 ? 'them' : 'it'} to docker/build-push-action's "platforms" and release a new version`, { details: notes, table, ...outputs });
        }
        return (0,gate/* pass */.IX)(`${required.map((t) => `${written}:${t}`).join(', ')} ${required.length > 1 ? 'resolve' : 'resolves'} to ${expected}, an image index with ${section.platforms.join(', ')}`, { details: [(0,util_text/* clip */.$)(`${document.mediaType}; ${foundText}`, 300), ...notes], table, ...outputs });
    });
}
/**
 * `container`: every tag of `container.tags` resolves to `image-digest`, which is an image index
 * (OCI or Docker manifest list) with a manifest for every `container.platforms` entry; BuildKit's
 * attestation manifests (platform unknown/unknown) do not count. Waits while a tag is not served yet.
 */
const container = (0,gate/* defineCheck */.qH)({
    id: 'container',
    sections: ['container'],
    releaseOnly: 'the container image check',
    run: (ctx, { container: section }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkContainer(ctx, section, version))
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/clients/oci/index.ts + 3 modules
var oci = __webpack_require__(93885);
;// CONCATENATED MODULE: ./src/checks/publication/helm.ts






const helm_EMPTY_DIGEST = 'chart-digest is empty: without it nothing proves what was built; pass the digest `helm push` reported (its "Digest: sha256:…" line) as the chart-digest input';
/** Helm's config blob is Chart.yaml as JSON; a few KiB. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const helmConfig = schemas/* looseObject */._H3({ name: schemas/* string */.YjP().max(256), version: schemas/* string */.YjP().max(256) });
async function look(ctx, image, version, served) {
    served.manifest ??= await ctx.clients.oci.getManifest(image, version);
    const manifest = served.manifest;
    if (manifest === null)
        return { done: false, seen: `tag ${version} not served yet` };
    const document = manifest.document;
    // What follows is a final verdict unless the config blob is not served yet.
    if (manifest.digest !== ctx.settings.chartDigest || document.kind !== 'image' || document.config.mediaType !== oci/* MEDIA_TYPES */.Z2.helmConfig)
        return { done: true, seen: '' };
    served.config = await ctx.clients.oci.getBlob(image, document.config.digest, { maxBytes: MAX_CONFIG_BYTES });
    if (served.config === null)
        return { done: false, seen: `config blob ${document.config.digest} not served yet` };
    return { done: true, seen: '' };
}
async function checkHelm(ctx, section, version) {
    const expected = ctx.settings.chartDigest;
    if (!expected)
        return (0,gate/* fail */.fJ)(helm_EMPTY_DIGEST);
    const { image, written } = (0,oci_refs/* ociImage */.xP)(ctx, 'helm', section.chart);
    const name = (0,oci_refs/* chartName */.Y1)(image);
    const subject = `${written}:${version}`;
    return (0,oci_refs/* failOnOciError */.Pb)(`Helm chart ${subject}`, async () => {
        const served = { manifest: null, config: null };
        const waited = await (0,poll/* poll */.wt)(ctx, `helm: ${subject}`, image.registry, async () => {
            const answer = await look(ctx, image, version, served);
            return answer.done ? { done: true, value: served } : { done: false, seen: answer.seen, value: served };
        });
        const manifest = served.manifest;
        const outputs = manifest ? { outputs: { 'chart-digest': manifest.digest } } : {};
        const details = (0,poll/* waitNote */.Cm)(waited);
        if (manifest === null || (!waited.done && manifest.digest === expected)) {
            return (0,oci_refs/* notServedYet */.n0)(ctx, `Helm chart ${subject}`, waited, `push the chart before this gate (helm push ${name}-${version}.tgz oci://${image.registry}/${image.repository.split('/').slice(0, -1).join('/')})`);
        }
        if (manifest.digest !== expected) {
            return (0,gate/* fail */.fJ)(`${subject} resolves to ${manifest.digest}, not chart-digest ${expected}: the registry serves another chart under that version; pass the digest this release's helm push reported, or release a new version`, { details, ...outputs });
        }
        const document = manifest.document;
        if (document.kind !== 'image' || document.config.mediaType !== oci/* MEDIA_TYPES */.Z2.helmConfig) {
            const what = document.kind === 'image' ? `its config media type is ${(0,util_text/* clip */.$)(document.config.mediaType, 100)}` : `it is an image index (${document.mediaType})`;
            return (0,gate/* fail */.fJ)(`${subject} is not a Helm chart: ${what}, not ${oci/* MEDIA_TYPES */.Z2.helmConfig}; publish the chart with helm push`, { details, ...outputs });
        }
        const chartLayers = document.layers.filter((l) => l.mediaType === oci/* MEDIA_TYPES */.Z2.helmChartContent);
        const strange = document.layers.filter((l) => l.mediaType !== oci/* MEDIA_TYPES */.Z2.helmChartContent && l.mediaType !== oci/* MEDIA_TYPES */.Z2.helmProvenance);
        if (strange.length > 0) {
            return (0,gate/* fail */.fJ)(`${subject} has a layer of media type ${(0,util_text/* clip */.$)(strange[0].mediaType, 100)}; a Helm chart holds one ${oci/* MEDIA_TYPES */.Z2.helmChartContent} layer (and optionally its provenance): publish it with helm push`, { details, ...outputs });
        }
        if (chartLayers.length !== 1) {
            return (0,gate/* fail */.fJ)(`${subject} has ${chartLayers.length} chart layers (${oci/* MEDIA_TYPES */.Z2.helmChartContent}), not one: helm cannot tell which is the chart; publish it with helm push`, {
                details,
                ...outputs
            });
        }
        let config;
        try {
            const parsed = helmConfig.safeParse(JSON.parse(served.config.toString('utf8')));
            if (!parsed.success)
                return (0,gate/* fail */.fJ)(`${subject}: the Helm config blob has no string "name" and "version"; publish the chart with helm push`, { details, ...outputs });
            config = parsed.data;
        }
        catch {
            return (0,gate/* fail */.fJ)(`${subject}: the Helm config blob is not JSON; publish the chart with helm push`, { details, ...outputs });
        }
        const problems = [];
        if (config.name !== name)
            problems.push(`name "${(0,util_text/* clip */.$)(config.name)}", not "${name}" (the last path segment of helm.chart)`);
        if (config.version !== version)
            problems.push(`version "${(0,util_text/* clip */.$)(config.version)}", not the release's ${version}`);
        if (problems.length > 0) {
            return (0,gate/* fail */.fJ)(`${subject} holds a chart with ${problems.join(' and ')}: package the chart from Chart.yaml at the release commit and push it again as a new version`, {
                details,
                ...outputs
            });
        }
        const provenance = document.layers.some((l) => l.mediaType === oci/* MEDIA_TYPES */.Z2.helmProvenance);
        return (0,gate/* pass */.IX)(`${subject} resolves to ${expected}: Helm chart ${name} ${version} with one chart layer${provenance ? ' and its provenance' : ''}`, {
            details,
            ...outputs
        });
    });
}
/**
 * `helm`: `{chart}:{version}` resolves to `chart-digest`, a manifest with Helm's config (whose name and
 * version are the chart's and the release's) and one chart layer. Waits while the chart is not served yet.
 */
const helm = (0,gate/* defineCheck */.qH)({
    id: 'helm',
    sections: ['helm'],
    releaseOnly: 'the Helm chart check',
    run: (ctx, { helm: section }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkHelm(ctx, section, version))
});

// EXTERNAL MODULE: ./src/checks/shared/npm.ts
var shared_npm = __webpack_require__(49906);
;// CONCATENATED MODULE: ./src/checks/publication/npm.ts




async function checkPackage(ctx, api, registry, inDist, name, version) {
    const subject = `${(0,util_text/* clip */.$)(name)}@${version}`;
    const sha = ctx.settings.sha;
    const row = (integrity, tarball, local, gitHead) => [name, integrity, tarball, local, gitHead];
    let waited;
    try {
        waited = await (0,shared_npm/* awaitNpmRelease */.f_)(ctx, `npm: ${subject} on ${registry}`, api, name, version, () => api.publishedVersion(name, version));
    }
    catch (error) {
        return { row: row('could not be checked', '-', '-', '-'), problems: [(0,util_text/* messageOf */.b)(error)], notes: [] };
    }
    const notes = (0,poll/* waitNote */.Cm)(waited).map((note) => `${subject}: ${note}`);
    const served = waited.value;
    if (served === null) {
        // Without npm-token a restricted package answers 404, exactly as one never published.
        const restricted = waited.lastSeen?.includes('(404)') && !api.hasToken ? `; a restricted package answers 404 without npm-token: ${shared_npm/* NPM_TOKEN_HINT */.GI}` : '';
        return { row: row('not published', '-', '-', '-'), problems: [(0,shared_npm/* absentMessage */.hj)(ctx, subject, registry, waited) + restricted], notes };
    }
    const { manifest, recorded, digest } = served;
    const problems = [];
    // gitHead is written by npm publish in a Git checkout; a version published elsewhere has none.
    let gitHeadCell = 'not recorded';
    if (manifest.gitHead !== null) {
        if (manifest.gitHead.toLowerCase() === sha)
            gitHeadCell = `${sha.slice(0, 12)} (sha)`;
        else {
            gitHeadCell = `${(0,util_text/* clip */.$)(manifest.gitHead.slice(0, 12))}… (not sha)`;
            problems.push(`${subject} was published from commit ${(0,util_text/* clip */.$)(manifest.gitHead, 64)}, not ${sha}; the version is burned with another commit's code: release a new patch version from ${sha.slice(0, 12)}`);
        }
    }
    if ('problem' in recorded || digest === null) {
        const why = 'problem' in recorded ? recorded.problem : `${subject}: the tarball was not checked`;
        return { row: row('no sha512', 'not checked', 'not checked', gitHeadCell), problems: [...problems, why], notes };
    }
    const remote = (0,shared_npm/* compareRegistryTarball */.vk)(manifest, digest, recorded.sha512, subject);
    const local = await (0,shared_npm/* checkDistTarball */.jE)(ctx, inDist, name, version, recorded.sha512, subject);
    for (const finding of [remote, local])
        if (finding.problem)
            problems.push(finding.problem);
    return { row: row((0,shared_npm/* shortSri */.Zv)(recorded.sha512), remote.cell, local.cell, gitHeadCell), problems, notes };
}
async function checkNpm(ctx, npm, version) {
    const registry = npm.registry;
    // With npm-token, restricted packages can be read too; the token goes to this registry's host only.
    const api = ctx.clients.npm(registry);
    const inDist = await (0,shared_npm/* distTarballs */.kY)(ctx);
    const findings = await Promise.all(npm.packages.map((name) => checkPackage(ctx, api, registry, inDist, name, version)));
    const table = { columns: ['package', 'dist.integrity', 'registry tarball', 'dist tarball', 'gitHead'], rows: findings.map((f) => f.row) };
    const problems = findings.flatMap((f) => f.problems);
    const notes = findings.flatMap((f) => f.notes);
    if (problems.length > 0) {
        const failed = findings.filter((f) => f.problems.length > 0).length;
        return (0,gate/* fail */.fJ)(`${failed} of ${npm.packages.length} npm package(s) fail: ${problems[0]}`, { details: [...problems, ...notes], table });
    }
    const compared = findings.filter((f) => f.row[3].startsWith('matches')).length;
    const local = compared > 0 ? ` and ${compared} npm pack tarball(s) in dist` : '';
    return (0,gate/* pass */.IX)(`${npm.packages.length} npm package(s) hold ${version} on ${registry}; each dist.integrity (sha512) matches the registry's tarball${local}`, {
        details: notes,
        table
    });
}
/**
 * `npm`: every npm.packages entry has the version; its dist.integrity (sha512) is what the
 * registry's tarball hashes to, and what the `npm pack` tarball in dist hashes to where there
 * is one; its gitHead, where recorded, is `sha`. Waits while the version is not listed yet.
 */
const npm = (0,gate/* defineCheck */.qH)({
    id: 'npm',
    sections: ['npm'],
    releaseOnly: 'npm publication',
    run: (ctx, { npm: section }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkNpm(ctx, section, version))
});

// EXTERNAL MODULE: ./src/clients/npm/index.ts + 5 modules
var clients_npm = __webpack_require__(14605);
// EXTERNAL MODULE: ./src/clients/npm/registry-keys.ts
var registry_keys = __webpack_require__(8);
// EXTERNAL MODULE: ./src/clients/sigstore/errors.ts
var errors = __webpack_require__(50896);
// EXTERNAL MODULE: ./src/clients/sigstore/signer-policy.ts
var signer_policy = __webpack_require__(39152);
// EXTERNAL MODULE: ./src/formats/npm-attestations.ts
var npm_attestations = __webpack_require__(4033);
// EXTERNAL MODULE: ./src/formats/npm-keys.ts
var npm_keys = __webpack_require__(45278);
// EXTERNAL MODULE: ./src/formats/packument.ts
var packument = __webpack_require__(93144);
// EXTERNAL MODULE: ./src/formats/buildkit-provenance.ts
var buildkit_provenance = __webpack_require__(50868);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/checks/shared/supply-chain-signer.ts
var supply_chain_signer = __webpack_require__(91491);
;// CONCATENATED MODULE: ./src/checks/shared/publisher-trust.ts




/**
 * The trust a provenance check needs, or the outcome that ends it first: skipped when the registry section's
 * `provenance` is false (`offKey`) or `supply-chain` is `false`; failed when `supply-chain` is missing (it names
 * the signer, and without a signer no provenance can be judged). A trust failure (no trusted root) throws
 * CheckFailed with its cause.
 */
async function publisherTrust(ctx, checkId, provenance, offKey) {
    if (!provenance)
        return (0,gate/* skip */.iv)(`turned off in config ("${offKey}: false")`);
    const supplyChain = (0,gate/* sectionOf */.ZE)(ctx.config, 'supply-chain');
    if (supplyChain.state === 'off') {
        return (0,gate/* skip */.iv)(`"supply-chain: false" leaves no signer identity to hold provenance to; set ${offKey}: false to say so, or configure supply-chain`);
    }
    if (supplyChain.state === 'missing') {
        return {
            status: 'fail',
            summary: `config has no "supply-chain" section, which ${checkId} needs for the signer identity (supply-chain.workflow) and the trusted material; add it, or set "${offKey}: false" to publish without provenance`
        };
    }
    const section = supplyChain.value;
    return {
        section,
        policy: (0,supply_chain_signer/* signerPolicy */.xm)(ctx, section),
        verifier: await (0,supply_chain_signer/* signerVerifier */.Pd)(ctx, section),
        workflowFile: external_node_path_.posix.basename(section.workflow)
    };
}
function isTrust(value) {
    return 'policy' in value;
}
/**
 * The signer as a table cell: within this repository the workflow path and ref (`.github/workflows/release.yml@refs/tags/v1.2.3`),
 * anyone else's SAN in full, so another repository cannot pass for this one at a glance.
 */
function signerCell(signer, policy) {
    const san = signer.san ?? '(no SAN)';
    const own = `${policy.sourceRepositoryUri}/`;
    return (0,util_text/* clip */.$)(san.startsWith(own) ? san.slice(own.length) : san, 160);
}
/** The commit a certificate names, shortened for the table. */
function commitCell(signer) {
    return signer.sourceCommit ? (0,util_text/* clip */.$)(signer.sourceCommit.toLowerCase().slice(0, 12)) : '(none)';
}
/** Who must have signed, for summaries: `.github/workflows/release.yml@refs/tags/v1.2.3 at 0123456789ab`. */
function expectedSigner(policy) {
    const own = `${policy.sourceRepositoryUri}/`;
    const san = policy.san.startsWith(own) ? policy.san.slice(own.length) : policy.san;
    return `${(0,util_text/* clip */.$)(san, 160)} at ${policy.sourceCommit.slice(0, 12)}`;
}

;// CONCATENATED MODULE: ./src/checks/shared/npm-publisher.ts













/**
 * Who published each npm package version, by its npm provenance (SPEC, `npm-provenance`): the SLSA provenance from the
 * release workflow's signer identity, npm's publish attestation and the registry's signatures, all over exactly the
 * version's dist.integrity. Shared by the `npm-provenance` check and `status` (for a burned version).
 */
/** The registry whose keys Sigstore's TUF repository publishes (`registry.npmjs.org/keys.json`), as npm's CLI takes them. */
const TUF_KEYS_HOST = 'registry.npmjs.org';
/**
 * The registry's keys, read once per run, as `npm audit signatures` takes them: Sigstore TUF's
 * `registry.npmjs.org/keys.json` where trust comes from TUF and the registry is npm's (TUF lists each key under its
 * usage, `npm:signatures` and `npm:attestations`), else the registry's own `/-/npm/v1/keys` for both.
 */
function registryKeys(ctx, trust, api, registry) {
    return ctx.once(`npm-registry-keys:${registry}`, async () => {
        if (trust.verifier.trust === 'tuf' && new URL(registry).host === TUF_KEYS_HOST) {
            const source = `Sigstore TUF's ${TUF_KEYS_HOST}/keys.json`;
            const text = await trust.verifier.registryKeysTarget();
            try {
                const raw = JSON.parse(text);
                return { signatures: (0,npm_keys/* readTufRegistryKeys */.r0)(raw, 'npm:signatures'), attestations: (0,npm_keys/* readTufRegistryKeys */.r0)(raw, 'npm:attestations'), source };
            }
            catch (error) {
                throw new gate/* CheckFailed */.EC(`${source} is unreadable (${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 200)}), so no registry signature can be checked`);
            }
        }
        const keys = await api.registryKeys();
        return { signatures: keys, attestations: keys, source: `${registry}/-/npm/v1/keys` };
    });
}
/**
 * Where a version's attestations are read: the path of `dist.attestations.url` on the configured registry, as pacote
 * reads it, so a packument cannot send the runner to a host nobody configured.
 */
function attestationsOnRegistry(registry, url) {
    let parsed;
    try {
        parsed = new URL(url, `${registry}/`);
    }
    catch {
        throw new gate/* CheckFailed */.EC(`dist.attestations.url "${(0,util_text/* clip */.$)(url, 120)}" is not a URL`);
    }
    return `${registry.replace(/\/+$/, '')}${parsed.pathname}`;
}
/** Why a statement does not attest exactly this package version's tarball, or null. */
function subjectMismatch(payload, purl, sha512Hex, what) {
    let statement;
    try {
        statement = (0,npm_attestations/* readNpmStatement */.tj)(payload);
    }
    catch (error) {
        if (error instanceof npm_attestations/* NpmAttestationFormatError */.Vd)
            return `${what} is unreadable: ${error.message}`;
        throw error;
    }
    const subject = statement.subjects.find((s) => s.name === purl);
    if (!subject)
        return `${what} attests ${(0,util_text/* clip */.$)(statement.subjects.map((s) => s.name).join(', ') || 'no subject', 200)}, not ${purl}`;
    if (subject.sha512 !== sha512Hex)
        return `${what} attests sha512 ${(0,util_text/* clip */.$)(subject.sha512 ?? '(none)', 40)}…, not dist.integrity's ${sha512Hex.slice(0, 16)}…`;
    return null;
}
/** The SLSA provenance: verified from the signer identity, naming this version's purl and sha512. Returns the signer, or throws the problem. */
async function judgeProvenance(trust, attestations, purl, sha512Hex, subject) {
    const slsa = attestations.filter((a) => a.predicateType === buildkit_provenance/* SLSA_PROVENANCE_V1 */.us);
    if (slsa.length === 0) {
        throw new gate/* CheckFailed */.EC(`${subject} has npm's publish attestation but no SLSA provenance; publish with \`npm publish --provenance\` from the release workflow (with \`id-token: write\`)`);
    }
    let good = null;
    for (const attestation of slsa) {
        let verified;
        try {
            verified = await trust.verifier.verify(attestation.bundle);
        }
        catch (error) {
            if (error instanceof errors/* SigstoreVerificationError */.u)
                throw new gate/* CheckFailed */.EC(`${subject}: its SLSA provenance ${(0,util_text/* clip */.$)(error.message, 300)}`);
            throw error;
        }
        const mismatch = (0,signer_policy/* signerMismatch */.B)(verified.signer, trust.policy);
        if (mismatch)
            throw new gate/* CheckFailed */.EC(`${subject}: its SLSA provenance was not made by the release workflow: ${mismatch}`);
        if (verified.content.kind !== 'dsse')
            throw new gate/* CheckFailed */.EC(`${subject}: its SLSA provenance is not a DSSE attestation`);
        const wrong = subjectMismatch(verified.content.payload, purl, sha512Hex, 'its SLSA provenance');
        if (wrong)
            throw new gate/* CheckFailed */.EC(`${subject}: ${wrong}; the provenance is not of these bytes`);
        good ??= verified.signer;
    }
    return good;
}
/** npm's publish attestation: signed by the registry's key valid when it was logged, naming this version's purl and sha512. Returns the key id. */
async function judgePublishAttestation(trust, attestations, keys, purl, sha512Hex, subject) {
    const publish = attestations.filter((a) => a.predicateType === npm_attestations/* NPM_PUBLISH_PREDICATE */.Ko);
    if (publish.length === 0)
        throw new gate/* CheckFailed */.EC(`${subject} has no npm publish attestation (${npm_attestations/* NPM_PUBLISH_PREDICATE */.Ko}), which the registry writes for every provenance publish`);
    let keyId = '';
    for (const attestation of publish) {
        let verified;
        try {
            verified = await trust.verifier.verifyWithKeys(attestation.bundle, keys);
        }
        catch (error) {
            if (error instanceof errors/* SigstoreVerificationError */.u)
                throw new gate/* CheckFailed */.EC(`${subject}: its npm publish attestation ${(0,util_text/* clip */.$)(error.message, 300)}`);
            throw error;
        }
        if (verified.content.kind !== 'dsse')
            throw new gate/* CheckFailed */.EC(`${subject}: its npm publish attestation is not a DSSE attestation`);
        const wrong = subjectMismatch(verified.content.payload, purl, sha512Hex, 'its npm publish attestation');
        if (wrong)
            throw new gate/* CheckFailed */.EC(`${subject}: ${wrong}`);
        keyId ||= verified.keyId;
    }
    return keyId;
}
async function judgeVersion(ctx, trust, api, registry, manifest, name, version) {
    const subject = `${(0,util_text/* clip */.$)(name)}@${version}`;
    const row = (publisher, signer, commit, verdict) => [name, publisher, signer, commit, verdict];
    if (manifest.dist.integrity === null) {
        return {
            row: row('-', '-', '-', 'no dist.integrity'),
            problems: [`${subject} records no dist.integrity, so no attestation can be tied to its bytes`],
            notes: []
        };
    }
    const integrity = manifest.dist.integrity;
    const sha512Hex = Buffer.from((0,packument/* sha512OfIntegrity */.Pf)(integrity, subject), 'base64').toString('hex');
    const keys = await registryKeys(ctx, trust, api, registry);
    // The per-version document has no publish time; it is asked (from the packument) only when the verdict depends on it.
    const publishedAt = manifest.publishedAt ?? ((0,registry_keys/* publishTimeMatters */.nt)(keys.signatures, manifest.dist.signatures) ? await api.publishTime(name, version) : null);
    const signatures = (0,registry_keys/* verifyRegistrySignatures */.gv)(keys.signatures, { name, version, integrity, publishedAt }, manifest.dist.signatures);
    const problems = [];
    if (!signatures.ok)
        problems.push(`${subject}: the registry signature (dist.signatures) does not verify with ${keys.source}: ${signatures.reason}`);
    if (manifest.dist.attestations === null) {
        problems.push(`${subject} was published without provenance (its packument has no dist.attestations); publish with \`npm publish --provenance\` from ${trust.workflowFile}, whose job needs \`id-token: write\`, and release a new version`);
        return { row: row('-', '-', '-', 'no provenance'), problems, notes: [] };
    }
    const attestations = await api.attestations(attestationsOnRegistry(registry, manifest.dist.attestations.url));
    if (attestations === null) {
        problems.push(`${subject}: its dist.attestations URL answers 404, so its provenance cannot be read; ask the registry's operators, or release a new version with \`npm publish --provenance\``);
        return { row: row('-', '-', '-', 'attestations 404'), problems, notes: [] };
    }
    const purl = (0,npm_attestations/* npmPackageUrl */.DU)(name, version);
    // Both attestations are judged, so one failure does not hide the other.
    const attempt = async (judge) => {
        try {
            return await judge();
        }
        catch (error) {
            if (!(error instanceof gate/* CheckFailed */.EC))
                throw error;
            problems.push(error.message);
            return null;
        }
    };
    const signer = await attempt(() => judgeProvenance(trust, attestations, purl, sha512Hex, subject));
    const keyId = await attempt(() => judgePublishAttestation(trust, attestations, keys.attestations, purl, sha512Hex, subject));
    return {
        row: row(keyId === null ? '-' : `npm key ${keyId.length > 16 ? `${keyId.slice(0, 15)}…` : keyId}`, signer ? signerCell(signer, trust.policy) : '-', signer ? commitCell(signer) : '-', problems.length ? 'fails' : 'ok'),
        problems,
        notes: []
    };
}
async function npm_publisher_checkPackage(ctx, trust, api, registry, name, version) {
    const subject = `${(0,util_text/* clip */.$)(name)}@${version}`;
    const missing = (verdict, problem, notes = []) => ({
        row: [name, '-', '-', '-', verdict],
        problems: [problem],
        notes
    });
    try {
        const waited = await (0,poll/* poll */.wt)(ctx, `npm-provenance: ${subject} on ${registry}`, (0,poll/* pollHost */.iz)(registry), async () => {
            const found = await api.publishedVersion(name, version);
            if (found === null)
                return { done: false, seen: `no packument for ${(0,util_text/* clip */.$)(name)} (404)`, value: null };
            if (found.manifest === null)
                return { done: false, seen: `${(0,util_text/* clip */.$)(name)} lists ${found.versions.length} version(s), not ${version}`, value: null };
            return { done: true, value: found.manifest };
        });
        const notes = (0,poll/* waitNote */.Cm)(waited).map((note) => `${subject}: ${note}`);
        if (waited.value === null)
            return missing('not published', (0,shared_npm/* absentMessage */.hj)(ctx, subject, registry, waited), notes);
        const finding = await judgeVersion(ctx, trust, api, registry, waited.value, name, version);
        return { ...finding, notes: [...notes, ...finding.notes] };
    }
    catch (error) {
        if (error instanceof gate/* CheckFailed */.EC)
            return missing('could not be checked', error.message);
        if (error instanceof clients_npm/* NpmError */.Cm || error instanceof packument/* PackumentError */.$A || error instanceof npm_keys/* NpmKeysFormatError */.zV || error instanceof errors/* SigstoreTrustError */.j) {
            return missing('could not be checked', `${subject}: ${(0,util_text/* messageOf */.b)(error)}`);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/checks/publication/npm-provenance.ts



async function checkNpmProvenance(ctx, section, version) {
    const trust = await publisherTrust(ctx, 'npm-provenance', section.provenance, 'npm.provenance');
    if (!isTrust(trust))
        return trust;
    const registry = section.registry;
    const api = ctx.clients.npm(registry);
    const findings = await Promise.all(section.packages.map((name) => npm_publisher_checkPackage(ctx, trust, api, registry, name, version)));
    const problems = findings.flatMap((f) => f.problems);
    const rows = [...findings.filter((f) => f.problems.length > 0), ...findings.filter((f) => f.problems.length === 0)].map((f) => f.row);
    const table = { columns: ['package', 'publisher', 'signer', 'commit', 'verdict'], rows };
    const details = [...problems, ...findings.flatMap((f) => f.notes)];
    if (problems.length > 0) {
        const failed = findings.filter((f) => f.problems.length > 0).length;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more, see details)` : '';
        return (0,gate/* fail */.fJ)(`${failed} of ${section.packages.length} npm package(s) lack provenance from the release workflow: ${problems[0]}${more}`, { details, table });
    }
    return (0,gate/* pass */.IX)(`${section.packages.length} npm package(s) at ${version} carry SLSA provenance signed by ${expectedSigner(trust.policy)}, npm's publish attestation and registry signatures over exactly their dist.integrity`, { details, table });
}
/**
 * `npm-provenance`: every npm.packages entry's version carries npm provenance: a SLSA provenance bundle from the
 * signer identity of `supply-chain` whose subject is the version's package URL and dist.integrity sha512, npm's
 * publish attestation signed by the registry's key valid when it was logged, and registry signatures that verify.
 */
const npmProvenance = (0,gate/* defineCheck */.qH)({
    id: 'npm-provenance',
    sections: ['npm'],
    releaseOnly: 'npm provenance',
    run: (ctx, { npm: section }) => (0,gate/* withVersion */.$2)(ctx, (version) => checkNpmProvenance(ctx, section, version))
});

// EXTERNAL MODULE: ./src/formats/pypi.ts
var pypi = __webpack_require__(11178);
// EXTERNAL MODULE: ./src/formats/wheel-name.ts
var wheel_name = __webpack_require__(75647);
// EXTERNAL MODULE: ./src/checks/shared/dist-files.ts
var dist_files = __webpack_require__(77973);
// EXTERNAL MODULE: ./src/checks/shared/pypi.ts
var shared_pypi = __webpack_require__(30251);
;// CONCATENATED MODULE: ./src/checks/publication/pypi.ts







async function verify(ctx, target, built) {
    const api = ctx.clients.pypi(target.index);
    const where = `${target.indexKey} ${target.shownIndex}`;
    const result = await (0,poll/* poll */.wt)(ctx, `pypi: ${target.subject} on ${target.shownIndex}`, (0,poll/* pollHost */.iz)(target.index), async () => {
        const release = await api.release(target.project, target.version, {
            revalidate: true
        });
        if (release === null) {
            return {
                done: false,
                seen: `no release ${target.version} yet (JSON API 404)`,
                value: { kind: 'absent' }
            };
        }
        if ((0,wheel_name/* pep440Key */.$V)(release.version) !== (0,wheel_name/* pep440Key */.$V)(target.version))
            return {
                done: true,
                value: { kind: 'wrong-version', release }
            };
        const comparison = (0,shared_pypi/* compareFiles */.hZ)(built, release.dists.map((d) => ({
            filename: d.filename,
            sha256: d.sha256,
            yanked: d.yanked,
            yankedReason: d.yankedReason
        })), { where, expectedFrom: 'built', unexpectedIsFinal: true });
        const value = { kind: 'release', release, comparison };
        if (comparison.state === 'not-yet')
            return { done: false, seen: (0,shared_pypi/* listedPhrase */.LF)(comparison), value };
        return { done: true, value };
    });
    const wait = (0,poll/* waitNote */.Cm)(result);
    const look = result.value;
    if (look.kind === 'wrong-version') {
        return (0,gate/* fail */.fJ)(`${where} answered the JSON API for ${target.subject} with version ${(0,util_text/* clip */.$)(look.release.version)}; the index does not serve this release as PyPI does (check ${target.indexKey})`, { details: wait });
    }
    if (look.kind === 'absent') {
        return (0,gate/* fail */.fJ)((0,shared_pypi/* timedOutLine */.O$)(ctx.wait, result, `${where} has no release ${target.subject}`, result.lastSeen), {
            details: [
                ...wait,
                `built: ${(0,shared_pypi/* countFiles */.Dc)(built.map((b) => b.file), target.project, target.version)} in dist`
            ]
        });
    }
    const { comparison } = look;
    const table = (0,shared_pypi/* comparisonTable */.Qv)(comparison, 'built sha256', 'index sha256');
    const details = [
        ...wait,
        `built in dist: ${(0,shared_pypi/* countFiles */.Dc)(built.map((b) => b.file), target.project, target.version)}`
    ];
    if (comparison.state === 'final')
        return (0,gate/* fail */.fJ)((0,shared_pypi/* finalProblemLine */.cV)(comparison), { details, table });
    if (comparison.state === 'not-yet') {
        return (0,gate/* fail */.fJ)((0,shared_pypi/* timedOutLine */.O$)(ctx.wait, result, `${where} does not list every built file of ${target.subject}`, result.lastSeen), { details, table });
    }
    return (0,gate/* pass */.IX)(`${where} lists ${target.subject} with exactly the ${built.length} built files (${(0,shared_pypi/* countFiles */.Dc)(built.map((b) => b.file), target.project, target.version)}): same names, same sha256, none yanked`, { details: wait, table });
}
/**
 * `pypi`: the JSON API lists for this version exactly the wheels and sdist in dist —
 * same names, same sha256, none yanked. Waits while the release or some files are not
 * there yet (an upload in progress, the CDN); a wrong digest, an extra or a yanked
 * file is final. Rehearsal tags are checked against pypi.rehearsal-index.
 */
const pypi_pypi = (0,gate/* defineCheck */.qH)({
    id: 'pypi',
    sections: ['pypi'],
    run: (ctx, { pypi: section }) => (0,gate/* withVersion */.$2)(ctx, async (version, kind) => {
        const target = (0,shared_pypi/* pypiTarget */.GG)(section, version, kind);
        const built = await (0,shared_pypi/* builtPythonFiles */.sv)(ctx, target);
        if (built.length === 0) {
            return (0,gate/* fail */.fJ)(`dist ${(0,dist_files/* shownDist */.sA)(ctx)} holds no wheel or sdist of ${target.subject}, so nothing proves what was built; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`);
        }
        try {
            return await verify(ctx, target, built);
        }
        catch (error) {
            if (error instanceof pypi/* PypiError */.pk)
                return (0,gate/* fail */.fJ)(`cannot verify ${target.subject} on ${target.indexKey} ${target.shownIndex}: ${error.message}`);
            throw error;
        }
    })
});

// EXTERNAL MODULE: ./src/clients/pypi.ts
var clients_pypi = __webpack_require__(27130);
// EXTERNAL MODULE: ./src/util/map-limit.ts
var map_limit = __webpack_require__(9992);
// EXTERNAL MODULE: ./src/formats/pep740.ts
var pep740 = __webpack_require__(45996);
;// CONCATENATED MODULE: ./src/checks/shared/pypi-publisher.ts







/** Provenance objects fetched at once: a release has a few dozen files, each one small request. */
const CONCURRENT_FETCHES = 6;
function publisherCell(publisher) {
    switch (publisher.kind) {
        case 'GitHub':
            return (0,util_text/* clip */.$)(`${publisher.repository} ${publisher.workflow}${publisher.environment ? ` (${publisher.environment})` : ''}`, 120);
        case 'GitLab':
            return (0,util_text/* clip */.$)(`GitLab ${publisher.repository} ${publisher.workflowFilepath}`, 120);
        case 'Google':
            return (0,util_text/* clip */.$)(`Google ${publisher.email}`, 120);
        default:
            return (0,util_text/* clip */.$)(`${publisher.publisherKind} publisher`, 120);
    }
}
/**
 * Why a bundle's publisher is not the release workflow, or null. Repository and environment names compare as GitHub
 * compares them, without regard to case (PyPI stores them as configured); the workflow file name exactly.
 */
function publisherMismatch(publisher, expected) {
    const wanted = `GitHub ${expected.repository} ${expected.workflow}${expected.environment ? ` (environment ${expected.environment})` : ''}`;
    if (publisher.kind !== 'GitHub')
        return `its trusted publisher is ${publisherCell(publisher)}, expected ${wanted}`;
    if (publisher.repository.toLowerCase() !== expected.repository.toLowerCase() || publisher.workflow !== expected.workflow) {
        return `its trusted publisher is GitHub ${(0,util_text/* clip */.$)(publisher.repository)} ${(0,util_text/* clip */.$)(publisher.workflow)}, expected ${wanted}`;
    }
    if (expected.environment !== null && (publisher.environment ?? '').toLowerCase() !== expected.environment.toLowerCase()) {
        const said = publisher.environment === null ? 'no environment' : `environment ${(0,util_text/* clip */.$)(publisher.environment)}`;
        return `its trusted publisher names ${said}, expected environment ${expected.environment} (pypi.environment); publish from a job with \`environment: ${expected.environment}\` and register that environment on the trusted publisher`;
    }
    return null;
}
async function judgeAttestation(trust, attestation, file) {
    let verified;
    try {
        verified = await trust.verifier.verify((0,pep740/* attestationToBundle */.cv)(attestation));
    }
    catch (error) {
        if (error instanceof errors/* SigstoreVerificationError */.u || error instanceof pep740/* Pep740FormatError */.yv) {
            return { good: false, broken: true, reason: `does not verify as a Sigstore bundle: ${(0,util_text/* clip */.$)(error.message, 300)}`, signer: null };
        }
        throw error;
    }
    const { signer, content } = verified;
    const mismatch = (0,signer_policy/* signerMismatch */.B)(signer, trust.policy);
    if (mismatch)
        return { good: false, broken: false, reason: mismatch, signer };
    if (content.kind !== 'dsse')
        return { good: false, broken: true, reason: 'is not a DSSE attestation', signer };
    let statement;
    try {
        statement = (0,pep740/* readPep740Statement */.kj)(content.payload);
    }
    catch (error) {
        if (error instanceof pep740/* Pep740FormatError */.yv)
            return { good: false, broken: true, reason: error.message, signer };
        throw error;
    }
    if (statement.subjectName !== file.file) {
        return { good: false, broken: true, reason: `attests ${(0,util_text/* clip */.$)(statement.subjectName, 200)}, not this file`, signer };
    }
    if (statement.sha256 !== file.sha256) {
        return { good: false, broken: true, reason: `attests sha256 ${statement.sha256}, but the built file's is ${file.sha256}`, signer };
    }
    if (statement.predicateType !== pep740/* PYPI_PUBLISH_V1 */.LY) {
        return {
            good: false,
            broken: false,
            reason: `has predicate type ${(0,util_text/* clip */.$)(statement.predicateType, 120)}, not PyPI's publish attestation ${pep740/* PYPI_PUBLISH_V1 */.LY}`,
            signer
        };
    }
    return { good: true, signer };
}
/**
 * One file's provenance object judged: one good attestation (publisher, signer, file and digest, publish predicate) is
 * enough, but an attestation that fails to verify — or that verifies yet names another file or digest — fails the
 * file even next to a good one: nothing about it can be explained away.
 */
async function pypi_publisher_judgeProvenance(trust, expected, provenance, file) {
    const problems = [];
    const notes = [];
    let good = null;
    let closest = null;
    for (const [b, bundle] of provenance.bundles.entries()) {
        const publisherProblem = publisherMismatch(bundle.publisher, expected);
        for (const [a, attestation] of bundle.attestations.entries()) {
            const verdict = await judgeAttestation(trust, attestation, file);
            const where = `${file.file}: attestation ${a + 1} of bundle ${b + 1} (${publisherCell(bundle.publisher)})`;
            if (verdict.good && publisherProblem === null) {
                good ??= { publisher: bundle.publisher, signer: verdict.signer };
                continue;
            }
            if (!verdict.good && verdict.broken)
                problems.push(`${where} ${verdict.reason}`);
            // A publisher that is not the release workflow says the most, in PyPI's own words; else the signer's reason.
            const reason = publisherProblem ?? (verdict.good ? '' : verdict.reason);
            if (verdict.good || !verdict.broken)
                notes.push(`${where} does not count: ${reason}`);
            if (!closest || publisherProblem === null)
                closest = { publisher: bundle.publisher, reason, signer: verdict.signer };
        }
    }
    if (good && problems.length === 0) {
        return { row: [file.file, publisherCell(good.publisher), signerCell(good.signer, trust.policy), commitCell(good.signer), 'ok'], problems, notes };
    }
    if (!good && problems.length === 0) {
        const why = closest ? closest.reason : 'no bundle holds any attestation';
        problems.push(`${file.file} has no PEP 740 attestation from the release workflow: ${why}`);
    }
    const shown = good ?? closest;
    const signer = shown?.signer ?? null;
    return {
        row: [
            file.file,
            shown ? publisherCell(shown.publisher) : '-',
            signer ? signerCell(signer, trust.policy) : '-',
            signer ? commitCell(signer) : '-',
            good ? 'bad attestation beside a good one' : 'not from the release workflow'
        ],
        problems,
        notes
    };
}
/**
 * Each built file's provenance URL. The simple API is asked until it lists every built file (an upload still in
 * progress, the CDN), so that a 404 of the integrity API afterwards means "uploaded without attestations", never
 * "not there yet"; where the page gives a file's `provenance` URL, that one is used (SPEC). An index without the
 * PEP 691 JSON form is not waited for: each file's URL is then the integrity API's.
 */
async function fileTargets(ctx, api, target, built) {
    const fallback = (file) => api.provenanceUrl(target.project, target.version, file.file);
    const builtNames = new Set(built.map((b) => b.file));
    let listed;
    let waited;
    try {
        waited = await (0,poll/* poll */.wt)(ctx, `pypi-provenance: ${target.subject} on ${target.shownIndex}`, (0,poll/* pollHost */.iz)(target.index), async () => {
            // Only the built files are read off the page.
            const page = await api.simpleProject(target.project, { files: (filename) => builtNames.has(filename) });
            const found = new Map((page?.files ?? []).map((f) => [f.filename, f.provenance]));
            const missing = built.filter((b) => !found.has(b.file)).length;
            if (missing > 0)
                return { done: false, seen: `${built.length - missing} of ${built.length} built files listed on the simple API`, value: found };
            return { done: true, value: found };
        });
        listed = waited.value;
    }
    catch (error) {
        if (!(error instanceof clients_pypi/* PypiError */.pk))
            throw error;
        return {
            targets: built.map((file) => ({ file, url: fallback(file) })),
            notes: [`the simple API could not list the files (${(0,util_text/* clip */.$)(error.message, 200)}); each file's provenance was asked at the integrity API`]
        };
    }
    const unlisted = built.filter((b) => !listed.has(b.file)).map((b) => b.file);
    const notes = [...(0,poll/* waitNote */.Cm)(waited)];
    if (unlisted.length > 0)
        notes.push(`not listed on the simple API when the wait ended: ${(0,util_text/* clip */.$)(unlisted.join(', '), 300)} (see the pypi check)`);
    return { targets: built.map((file) => ({ file, url: listed.get(file.file) ?? fallback(file) })), notes };
}
async function judgeFile(trust, expected, api, target, { file, url }) {
    const row = (verdict) => [file.file, '-', '-', '-', verdict];
    let provenance;
    try {
        provenance = await api.provenance(url);
    }
    catch (error) {
        if (error instanceof clients_pypi/* PypiError */.pk)
            return { row: row('could not be read'), problems: [`${file.file}: ${error.message}`], notes: [] };
        throw error;
    }
    if (provenance === null) {
        return {
            row: row('no provenance (404)'),
            problems: [
                `${file.file} has no PEP 740 provenance on ${target.indexKey} ${target.shownIndex} (integrity API 404): it was uploaded without trusted-publishing attestations — by an API token, or by pypa/gh-action-pypi-publish before v1.11; upload from ${expected.workflow} with trusted publishing and release a new version`
            ],
            notes: []
        };
    }
    return pypi_publisher_judgeProvenance(trust, expected, provenance, file);
}

;// CONCATENATED MODULE: ./src/checks/publication/pypi-provenance.ts








async function checkPypiProvenance(ctx, section, version, kind) {
    const trust = await publisherTrust(ctx, 'pypi-provenance', section.provenance, 'pypi.provenance');
    if (!isTrust(trust))
        return trust;
    const target = (0,shared_pypi/* pypiTarget */.GG)(section, version, kind);
    const built = await (0,shared_pypi/* builtPythonFiles */.sv)(ctx, target);
    if (built.length === 0) {
        return (0,gate/* fail */.fJ)(`dist ${(0,dist_files/* shownDist */.sA)(ctx)} holds no wheel or sdist of ${target.subject}, so there is nothing whose provenance to check; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input`);
    }
    const expected = {
        repository: `${ctx.settings.owner}/${ctx.settings.repo}`,
        workflow: trust.workflowFile,
        environment: section.environment ?? null
    };
    const api = ctx.clients.pypi(target.index);
    const { targets, notes } = await fileTargets(ctx, api, target, built);
    const findings = await (0,map_limit/* mapLimit */.s)(targets, CONCURRENT_FETCHES, (t) => judgeFile(trust, expected, api, target, t));
    const problems = findings.flatMap((f) => f.problems);
    // Failing files first, so the row that matters is the one a reader sees.
    const rows = [...findings.filter((f) => f.problems.length > 0), ...findings.filter((f) => f.problems.length === 0)].map((f) => f.row);
    const table = { columns: ['file', 'publisher', 'signer', 'commit', 'verdict'], rows };
    const details = [...problems, ...findings.flatMap((f) => f.notes), ...notes];
    if (problems.length > 0) {
        const failed = findings.filter((f) => f.problems.length > 0).length;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more, see details)` : '';
        return (0,gate/* fail */.fJ)(`${failed} of ${built.length} files of ${target.subject} lack provenance from the release workflow: ${problems[0]}${more}`, { details, table });
    }
    const environment = expected.environment ? ` in environment ${expected.environment}` : '';
    return (0,gate/* pass */.IX)(`all ${built.length} files of ${target.subject} (${(0,shared_pypi/* countFiles */.Dc)(built.map((b) => b.file), target.project, target.version)}) carry PEP 740 provenance on ${target.indexKey} ${target.shownIndex}, published by ${expected.repository} ${expected.workflow}${environment} and signed by ${expectedSigner(trust.policy)}`, { details, table });
}
/**
 * `pypi-provenance`: every wheel and sdist of the version has a PEP 740 provenance object with an attestation bundle
 * from this repository's release workflow (and `pypi.environment`), whose attestation verifies from the signer
 * identity of `supply-chain` and attests exactly that file and sha256 with PyPI's publish predicate. Rehearsal tags
 * are checked against pypi.rehearsal-index.
 */
const pypiProvenance = (0,gate/* defineCheck */.qH)({
    id: 'pypi-provenance',
    sections: ['pypi'],
    run: (ctx, { pypi: section }) => (0,gate/* withVersion */.$2)(ctx, async (version, kind) => {
        try {
            return await checkPypiProvenance(ctx, section, version, kind);
        }
        catch (error) {
            if (error instanceof clients_pypi/* PypiError */.pk)
                return (0,gate/* fail */.fJ)(`cannot check PEP 740 provenance: ${(0,util_text/* messageOf */.b)(error)}`);
            throw error;
        }
    })
});

;// CONCATENATED MODULE: ./src/gates/publication.ts






/**
 * Each registry holds exactly what was built: PyPI's files and digests, npm's integrity,
 * the image index and the chart manifest at the digests the pushes reported; and who
 * published PyPI's files and npm's packages: the release workflow, by their provenance.
 */
const publication = {
    id: 'publication',
    title: 'Every registry holds exactly what was built',
    // In the contract's order; they run concurrently.
    checks: [pypi_pypi, npm, container, helm, pypiProvenance, npmProvenance]
};


/***/ })

};
