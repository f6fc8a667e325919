export const id = 342;
export const ids = [342];
export const modules = {

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

/***/ 74928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ formatChecksumFile),
/* harmony export */   cJ: () => (/* binding */ MAX_CHECKSUM_FILE_BYTES),
/* harmony export */   cr: () => (/* binding */ checksumNameProblem),
/* harmony export */   j7: () => (/* binding */ parseChecksumFile),
/* harmony export */   nG: () => (/* binding */ byName),
/* harmony export */   te: () => (/* binding */ looksLikeHtml)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);

/** Largest checksum file read: a list of a few hundred names is a few KiB. */
const MAX_CHECKSUM_FILE_BYTES = 1024 * 1024;
const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;
/** Whether a body is an HTML page (an error page served where a file was expected). */
function looksLikeHtml(text) {
    return /^\s*<(!doctype\s+html|html[\s>])/i.test(text.replace(/^\uFEFF/, ''));
}
/**
 * Why a file name cannot be written as a plain checksum line, or null.
 * sha256sum escapes such names with a leading backslash, which release tooling
 * reads inconsistently, so they are refused rather than escaped.
 */
function checksumNameProblem(name) {
    if (/[\n\r\\]/.test(name))
        return `file name "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" contains a line break or backslash; rename it`;
    return null;
}
/** Parses a checksum file strictly: every non-blank line must be a sha256sum line. */
function parseChecksumFile(text, shown) {
    if (looksLikeHtml(text)) {
        return { ok: false, problem: `${shown} is an HTML page, not a checksum list (an error page was served in its place)` };
    }
    const entries = [];
    const seen = new Map();
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\r$/, '');
        if (raw.trim() === '')
            continue;
        const m = LINE.exec(raw);
        if (!m) {
            return {
                ok: false,
                problem: `line ${i + 1} of ${shown} is not a sha256sum line ("<64 hex>  <file name>"): "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(raw, 60)}"`
            };
        }
        const name = m[2];
        if (name.startsWith('\\') || name.includes('/')) {
            return {
                ok: false,
                problem: `line ${i + 1} of ${shown} names "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}", not a bare file name; list files by name as they are in dist (run sha256sum inside the folder)`
            };
        }
        const earlier = seen.get(name);
        if (earlier !== undefined) {
            return { ok: false, problem: `${shown} lists "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" twice (lines ${earlier} and ${i + 1})` };
        }
        seen.set(name, i + 1);
        entries.push({ name, hex: m[1].toLowerCase(), line: i + 1 });
    }
    if (entries.length === 0)
        return { ok: false, problem: `${shown} lists no files` };
    return { ok: true, entries };
}
/** Compares by UTF-16 code units, not locale, so the order is the same on every runner. */
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/** Formats entries as sha256sum writes them (text mode, two spaces), sorted by name. */
function formatChecksumFile(entries) {
    return [...entries]
        .sort(byName)
        .map((e) => `${e.hex}  ${e.name}\n`)
        .join('');
}


/***/ }),

/***/ 81956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ withVersion),
/* harmony export */   EC: () => (/* binding */ CheckFailed),
/* harmony export */   H4: () => (/* binding */ sectionMissingMessage),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   ZE: () => (/* binding */ sectionOf),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   iv: () => (/* binding */ skip),
/* harmony export */   m6: () => (/* binding */ sectionOffMessage),
/* harmony export */   qH: () => (/* binding */ defineCheck)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A check whose `run` is typed by the sections it declares (none when it declares none). */
function defineCheck(check) {
    return check;
}
/**
 * Thrown by a helper when the check's answer is a failure it can state in one
 * line (a missing dist folder, say): the engine reports the message as the
 * check's summary, as it is, instead of "could not finish".
 */
class CheckFailed extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseGatesError */ .O {
    name = 'CheckFailed';
    constructor(message, options) {
        super('check-failed', message, options);
    }
}
function pass(summary, extra = {}) {
    return { status: 'pass', summary, ...extra };
}
function fail(summary, extra = {}) {
    return { status: 'fail', summary, ...extra };
}
function skip(summary, extra = {}) {
    return { status: 'skip', summary, ...extra };
}
function sectionOf(config, name) {
    const value = config[name];
    if (value === undefined)
        return { state: 'missing' };
    if (value === false)
        return { state: 'off' };
    return { state: 'on', value: value };
}
/** Why a check skips: its section is `false`. */
function sectionOffMessage(name) {
    return `turned off in config ("${name}: false")`;
}
/**
 * Why a check fails: its section is missing. `purpose` says what the check needs
 * it for (after "needs"), `remedy` what `false` means here (after "set "X: false"").
 */
function sectionMissingMessage(name, checkId, options = {}) {
    const purpose = options.purpose === undefined ? '' : ` ${options.purpose}`;
    const remedy = options.remedy ?? 'to turn this check off';
    return `config has no "${name}" section, which ${checkId} needs${purpose}; add it, or set "${name}: false" ${remedy}`;
}
/** The release version, or a skip when tag-format already failed (the gate fails there). */
function withVersion(ctx, body) {
    const { version, kind } = ctx.release;
    if (version === null || kind === null) {
        return Promise.resolve(skip('no version to check: the tag did not parse (see tag-format)'));
    }
    return body(version, kind);
}


/***/ }),

/***/ 77342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./src/checks/shared/tags.ts
var tags = __webpack_require__(762);
;// CONCATENATED MODULE: ./src/checks/release/shared.ts


/**
 * The release lookup and the tag resolution, shared through ctx.once: the
 * release checks run concurrently and each GitHub call is made once per gate.
 */
function lookupRelease(ctx) {
    return ctx.once('release:by-tag', () => ctx.clients.github.getReleaseByTag(ctx.release.tag));
}

/**
 * Resolves the release tag to the commit it names, through `git/ref` and, for
 * annotated tags, `git/tags` (peeled). The release's `target_commitish` is never
 * used: it is only where the tag would be created, not where it is.
 */
function resolveReleaseTag(ctx) {
    return ctx.once('release:tag-commit', async () => {
        const tag = ctx.release.tag;
        const peeled = await (0,tags/* peelTag */.x)(ctx.clients.github, tag);
        if (peeled.kind === 'missing')
            return { kind: 'missing' };
        if (peeled.kind === 'chain-too-long') {
            return { kind: 'problem', reason: `tag ${(0,util_text/* clip */.$)(tag)} is a chain of more than ${tags/* MAX_TAG_CHAIN */.K} tag objects; tag the commit directly` };
        }
        const object = peeled.target;
        if (object.type !== 'commit') {
            return {
                kind: 'problem',
                reason: `tag ${(0,util_text/* clip */.$)(tag)} points at a ${(0,util_text/* clip */.$)(object.type)} (${object.sha.slice(0, 12)}), not a commit; tag the release commit`
            };
        }
        // Lower case, so comparing with the (lower-case) sha input is safe whatever case GitHub wrote.
        return { kind: 'commit', commit: object.sha.toLowerCase(), annotated: peeled.annotated };
    });
}

;// CONCATENATED MODULE: ./src/checks/release/release-exists.ts




async function checkReleaseExists(ctx, version, kind) {
    const tag = ctx.release.tag;
    const release = await lookupRelease(ctx);
    if (release === null) {
        // GitHub does not show drafts under releases/tags, so a draft lands here too.
        return (0,gate/* fail */.fJ)(`no published GitHub release for tag ${(0,util_text/* clip */.$)(tag)} (a draft does not count); create or publish it (gh release create ${(0,util_text/* clip */.$)(tag)} --verify-tag) before this gate`);
    }
    const links = [release.htmlUrl];
    if (release.tagName !== tag) {
        return (0,gate/* fail */.fJ)(`GitHub answered the release of tag ${(0,util_text/* clip */.$)(tag)} with tag_name "${(0,util_text/* clip */.$)(release.tagName)}"; the release must be for this tag`, { links });
    }
    if (release.draft) {
        return (0,gate/* fail */.fJ)(`the release for ${(0,util_text/* clip */.$)(tag)} is still a draft; publish it (gh release edit ${(0,util_text/* clip */.$)(tag)} --draft=false)`, { links });
    }
    // A rehearsal, and a release of a SemVer prerelease (1.3.0-rc.1), must not become GitHub's "Latest".
    const candidate = semver.prerelease(version) !== null;
    const wantPrerelease = kind === 'rehearsal' || candidate;
    const why = kind === 'rehearsal' ? `${(0,util_text/* clip */.$)(tag)} is a rehearsal tag` : `${(0,util_text/* clip */.$)(version)} is a prerelease version`;
    if (!wantPrerelease && release.prerelease) {
        return (0,gate/* fail */.fJ)(`the release for ${(0,util_text/* clip */.$)(tag)} is marked as a prerelease, but ${(0,util_text/* clip */.$)(tag)} is a release tag of the final version ${(0,util_text/* clip */.$)(version)}; clear the prerelease flag (gh release edit ${(0,util_text/* clip */.$)(tag)} --prerelease=false)`, { links });
    }
    if (wantPrerelease && !release.prerelease) {
        return (0,gate/* fail */.fJ)(`the release for ${(0,util_text/* clip */.$)(tag)} is not marked as a prerelease although ${why}, so it would show as the latest release; mark it (gh release edit ${(0,util_text/* clip */.$)(tag)} --prerelease)`, { links });
    }
    return (0,gate/* pass */.IX)(`release ${(0,util_text/* clip */.$)(release.name ?? tag)} is published${wantPrerelease ? ` as a prerelease (${why})` : ''}`, {
        links,
        outputs: { 'release-url': release.htmlUrl }
    });
}
const releaseExists = {
    id: 'release-exists',
    run: (ctx) => (0,gate/* withVersion */.$2)(ctx, (version, kind) => checkReleaseExists(ctx, version, kind))
};

;// CONCATENATED MODULE: ./src/checks/release/release-commit.ts



async function checkReleaseCommit(ctx) {
    const tag = ctx.release.tag;
    const sha = ctx.settings.sha;
    const resolved = await resolveReleaseTag(ctx);
    if (resolved.kind === 'missing') {
        return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} does not exist on GitHub, so the release cannot link commit ${sha.slice(0, 12)}; push the tag`);
    }
    if (resolved.kind === 'problem')
        return (0,gate/* fail */.fJ)(resolved.reason);
    const commitUrl = `${ctx.settings.serverUrl}/${ctx.settings.owner}/${ctx.settings.repo}/commit/${resolved.commit}`;
    if (resolved.commit !== sha) {
        return (0,gate/* fail */.fJ)(`tag ${(0,util_text/* clip */.$)(tag)} now points at ${resolved.commit.slice(0, 12)}, but this run built ${sha.slice(0, 12)}: the tag moved; never move a release tag — release a new patch version`, { links: [commitUrl] });
    }
    return (0,gate/* pass */.IX)(`${resolved.annotated ? 'annotated' : 'lightweight'} tag ${(0,util_text/* clip */.$)(tag)} peels to ${sha.slice(0, 12)}, the commit this run built`, {
        links: [commitUrl]
    });
}
const releaseCommit = {
    id: 'release-commit',
    run: (ctx) => checkReleaseCommit(ctx)
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/util/problems.ts
var util_problems = __webpack_require__(8338);
// EXTERNAL MODULE: ./src/formats/wheel-name.ts
var wheel_name = __webpack_require__(75647);
;// CONCATENATED MODULE: ./src/checks/release/release-assets.ts







const names = (assets) => assets.map((a) => a.name).join(', ');
function requirementsFor(assets, section, pypi, version, problems) {
    const required = [];
    if (pypi !== false) {
        const pep440 = (0,src_version/* semverToPep440 */.Z9)(version);
        if (pep440 === null) {
            problems.push(`version ${version} has no PEP 440 spelling, so no wheel or sdist can carry it`);
        }
        else {
            const wheels = [];
            for (const asset of assets.filter((a) => a.name.endsWith('.whl'))) {
                const parsed = (0,wheel_name/* parseWheelName */.CI)(asset.name);
                if (!parsed.ok)
                    problems.push(`asset ${parsed.problem}`);
                else if (parsed.wheel.canonicalName !== (0,src_version/* canonicalizeName */.yt)(pypi.project) || (0,wheel_name/* pep440Key */.$V)(parsed.wheel.version) !== (0,wheel_name/* pep440Key */.$V)(pep440)) {
                    problems.push(`asset ${asset.name} is not a wheel of ${pypi.project} ${pep440}; delete it from the release`);
                }
                else
                    wheels.push(asset);
            }
            required.push({ what: 'wheel', assets: wheels, fix: 'upload the wheels from dist', found: (a) => `${a.length} wheel${a.length === 1 ? '' : 's'}` });
            const sdist = (0,wheel_name/* sdistFileName */.hJ)(pypi.project, pep440);
            required.push({ what: `sdist ${sdist}`, assets: assets.filter((a) => a.name === sdist), fix: `upload dist/${sdist}`, found: names });
        }
    }
    required.push({
        what: `checksum file ${section.checksum}`,
        assets: assets.filter((a) => a.name === section.checksum),
        fix: `upload dist/${section.checksum} (the artifacts gate writes it)`,
        found: names
    }, {
        what: `SBOM (${section.sbom})`,
        assets: assets.filter((a) => external_node_path_.matchesGlob(a.name, section.sbom)),
        fix: 'upload the SBOM the supply-chain job generated',
        found: (a) => `SBOM ${names(a)}`
    }, {
        what: `provenance (${section.provenance})`,
        assets: assets.filter((a) => external_node_path_.matchesGlob(a.name, section.provenance)),
        fix: 'upload the provenance attestation bundle',
        found: (a) => `provenance ${names(a)}`
    });
    return required;
}
async function checkReleaseAssets(ctx, section, pypi, version) {
    const release = await lookupRelease(ctx);
    if (release === null)
        return (0,gate/* fail */.fJ)(`no published GitHub release for tag ${(0,util_text/* clip */.$)(ctx.release.tag)} to carry the assets (see release-exists)`);
    const problems = [];
    const required = requirementsFor(release.assets, section, pypi, version, problems);
    for (const req of required) {
        if (req.assets.length === 0)
            problems.unshift(`the release has no ${req.what}; ${req.fix}`);
    }
    for (const asset of release.assets) {
        if (asset.state !== 'uploaded') {
            problems.push(`asset ${asset.name} is in state "${(0,util_text/* clip */.$)(asset.state)}", not "uploaded" (its upload did not finish); delete it and upload it again`);
        }
    }
    const table = {
        title: `assets of ${release.name ?? release.tagName}`,
        columns: ['required', 'assets', 'state'],
        rows: required.map((req) => [
            req.what,
            req.assets.length === 0 ? 'missing' : names(req.assets),
            req.assets.length === 0 ? '' : [...new Set(req.assets.map((a) => a.state))].join(', ')
        ])
    };
    if (problems.length > 0)
        return (0,gate/* fail */.fJ)((0,util_problems/* summarizeProblems */.G)(problems, 'release asset'), { details: problems, table, links: [release.htmlUrl] });
    const skipped = pypi === false ? ' (no wheels or sdist required: "pypi: false")' : '';
    return (0,gate/* pass */.IX)(`the release carries ${required.map((r) => r.found(r.assets)).join(', ')}, all uploaded${skipped}`, { table, links: [release.htmlUrl] });
}
const releaseAssets = (0,gate/* defineCheck */.qH)({
    id: 'release-assets',
    sections: ['release'],
    run: (ctx, { release: section }) => {
        const pypi = (0,gate/* sectionOf */.ZE)(ctx.config, 'pypi');
        if (pypi.state === 'missing') {
            // The wheels and sdist the release must carry are named after pypi.project.
            return Promise.resolve((0,gate/* fail */.fJ)((0,gate/* sectionMissingMessage */.H4)('pypi', 'release-assets', {
                purpose: 'to name the wheels and sdist',
                remedy: 'when the release carries no Python package'
            })));
        }
        return (0,gate/* withVersion */.$2)(ctx, (version) => checkReleaseAssets(ctx, section, pypi.state === 'on' ? pypi.value : false, version));
    }
});

// EXTERNAL MODULE: ./src/formats/checksum-file.ts
var checksum_file = __webpack_require__(74928);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/util/map-limit.ts
var map_limit = __webpack_require__(9992);
;// CONCATENATED MODULE: ./src/checks/release/release-checksums.ts







/** Downloads in flight at once when assets have no GitHub digest. */
const DOWNLOADS_AT_ONCE = 3;
/** The hex of a GitHub asset digest (`sha256:<hex>`), or null when it is absent or another algorithm. */
function sha256OfDigest(digest) {
    const m = digest === null ? null : /^sha256:([0-9a-f]{64})$/i.exec(digest);
    return m ? m[1].toLowerCase() : null;
}
async function downloadText(ctx, asset) {
    const body = await ctx.clients.github.downloadReleaseAsset(asset.id, checksum_file/* MAX_CHECKSUM_FILE_BYTES */.cJ);
    const chunks = [];
    for await (const chunk of body)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/** Compares one asset with its checksum line, by GitHub's digest or, without one, by downloading and hashing it. */
async function verifyAsset(ctx, asset, listed, checksumName) {
    const fromDigest = sha256OfDigest(asset.digest);
    if (fromDigest !== null) {
        return {
            asset: asset.name,
            listed,
            via: 'GitHub digest',
            problem: fromDigest === listed
                ? null
                : `asset ${asset.name} has GitHub digest sha256:${fromDigest}, but ${checksumName} lists ${listed}; the asset was replaced or the checksum file is stale — rebuild and re-upload both`
        };
    }
    // No usable digest (older assets have none): fetch the bytes and hash them as they stream.
    try {
        const body = await ctx.clients.github.downloadReleaseAsset(asset.id, Math.max(asset.size, 0));
        const { hex, size } = await (0,hash/* sha256Stream */.kI)(body);
        const sizeNote = size === asset.size ? '' : ` (${size} bytes downloaded, GitHub lists ${asset.size})`;
        return {
            asset: asset.name,
            listed,
            via: 'downloaded and hashed',
            problem: hex === listed
                ? null
                : `asset ${asset.name} hashes to ${hex}${sizeNote}, but ${checksumName} lists ${listed}; re-upload the asset built with this release`
        };
    }
    catch (error) {
        return {
            asset: asset.name,
            listed,
            via: 'download failed',
            problem: `asset ${asset.name} could not be downloaded to hash it: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 200)}`
        };
    }
}
async function checkReleaseChecksums(ctx, checksumName) {
    const release = await lookupRelease(ctx);
    if (release === null)
        return (0,gate/* fail */.fJ)(`no published GitHub release for tag ${(0,util_text/* clip */.$)(ctx.release.tag)} whose checksums could be checked (see release-exists)`);
    const links = [release.htmlUrl];
    const checksumAsset = release.assets.find((a) => a.name === checksumName);
    if (!checksumAsset)
        return (0,gate/* fail */.fJ)(`the release has no ${checksumName} asset to check the others against; upload dist/${checksumName} (the artifacts gate writes it)`, { links });
    let bytes;
    try {
        bytes = await downloadText(ctx, checksumAsset);
    }
    catch (error) {
        return (0,gate/* fail */.fJ)(`the ${checksumName} asset could not be downloaded: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 200)}`, { links });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return (0,gate/* fail */.fJ)(`the ${checksumName} asset is not text (not UTF-8); upload the sha256sum file the artifacts gate wrote`, { links });
    }
    if ((0,checksum_file/* looksLikeHtml */.te)(text)) {
        return (0,gate/* fail */.fJ)(`the ${checksumName} asset was served as an HTML page, not a checksum list (an error page in its place); re-run, and if it persists delete and re-upload ${checksumName}`, { links });
    }
    const ownDigest = sha256OfDigest(checksumAsset.digest);
    if (ownDigest !== null && ownDigest !== (0,hash/* sha256Bytes */.LP)(bytes)) {
        return (0,gate/* fail */.fJ)(`the downloaded ${checksumName} does not match the digest GitHub reports for it (sha256:${ownDigest}); the download was altered in transit — re-run`, { links });
    }
    const parsed = (0,checksum_file/* parseChecksumFile */.j7)(text, `the ${checksumName} asset`);
    if (!parsed.ok)
        return (0,gate/* fail */.fJ)(`${parsed.problem}; upload the sha256sum file the artifacts gate wrote`, { links });
    const listed = new Map(parsed.entries.map((e) => [e.name, e.hex]));
    const problems = [];
    const others = release.assets.filter((a) => a !== checksumAsset);
    if (others.length === 0)
        return (0,gate/* fail */.fJ)(`the release carries only ${checksumName}; upload the release files it lists`, { links });
    const toVerify = [];
    for (const asset of others) {
        const hex = listed.get(asset.name);
        if (hex === undefined)
            problems.push(`asset ${asset.name} is not listed in ${checksumName}; regenerate ${checksumName} over every release file and re-upload it`);
        else
            toVerify.push({ asset, listed: hex });
    }
    const assetNames = new Set(others.map((a) => a.name));
    for (const name of listed.keys()) {
        if (!assetNames.has(name))
            problems.push(`${checksumName} lists ${(0,util_text/* clip */.$)(name)}, which is not an asset of the release; upload it`);
    }
    const verdicts = await (0,map_limit/* mapLimit */.s)(toVerify, DOWNLOADS_AT_ONCE, ({ asset, listed: hex }) => verifyAsset(ctx, asset, hex, checksumName));
    problems.push(...verdicts.flatMap((v) => (v.problem ? [v.problem] : [])));
    const table = {
        title: `release assets against ${checksumName}`,
        columns: ['asset', 'sha256 listed', 'checked by', 'result'],
        rows: verdicts.map((v) => [v.asset, v.listed, v.via, v.problem ? 'mismatch' : 'match']),
        failing: verdicts.flatMap((v, i) => (v.problem ? [i] : []))
    };
    if (problems.length > 0)
        return (0,gate/* fail */.fJ)((0,util_problems/* summarizeProblems */.G)(problems, 'checksum'), { details: problems, table, links });
    const downloaded = verdicts.filter((v) => v.via !== 'GitHub digest').length;
    return (0,gate/* pass */.IX)(`all ${verdicts.length} assets match ${checksumName} (${verdicts.length - downloaded} by GitHub digest, ${downloaded} downloaded and hashed)`, {
        table,
        links
    });
}
const releaseChecksums = (0,gate/* defineCheck */.qH)({
    id: 'release-checksums',
    sections: ['release'],
    run: (ctx, { release }) => checkReleaseChecksums(ctx, release.checksum)
});

;// CONCATENATED MODULE: ./src/gates/release.ts




/** The GitHub release matches the exact commit and carries every release file. */
const release = {
    id: 'release',
    title: 'The GitHub release matches the exact commit',
    checks: [releaseExists, releaseCommit, releaseAssets, releaseChecksums]
};


/***/ })

};
