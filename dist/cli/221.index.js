export const id = 221;
export const ids = [221];
export const modules = {

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

/***/ 32675:
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

// EXTERNAL MODULE: ./src/checks/shared/npm-publisher.ts
var npm_publisher = __webpack_require__(63355);
// EXTERNAL MODULE: ./src/checks/shared/publisher-trust.ts
var publisher_trust = __webpack_require__(61756);
;// CONCATENATED MODULE: ./src/checks/publication/npm-provenance.ts



async function checkNpmProvenance(ctx, section, version) {
    const trust = await (0,publisher_trust/* publisherTrust */.fE)(ctx, 'npm-provenance', section.provenance, 'npm.provenance');
    if (!(0,publisher_trust/* isTrust */.R2)(trust))
        return trust;
    const registry = section.registry;
    const api = ctx.clients.npm(registry);
    const findings = await Promise.all(section.packages.map((name) => (0,npm_publisher/* checkPackage */.l)(ctx, trust, api, registry, name, version)));
    const problems = findings.flatMap((f) => f.problems);
    const rows = [...findings.filter((f) => f.problems.length > 0), ...findings.filter((f) => f.problems.length === 0)].map((f) => f.row);
    const table = { columns: ['package', 'publisher', 'signer', 'commit', 'verdict'], rows };
    const details = [...problems, ...findings.flatMap((f) => f.notes)];
    if (problems.length > 0) {
        const failed = findings.filter((f) => f.problems.length > 0).length;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more, see details)` : '';
        return (0,gate/* fail */.fJ)(`${failed} of ${section.packages.length} npm package(s) lack provenance from the release workflow: ${problems[0]}${more}`, { details, table });
    }
    return (0,gate/* pass */.IX)(`${section.packages.length} npm package(s) at ${version} carry SLSA provenance signed by ${(0,publisher_trust/* expectedSigner */.nO)(trust.policy)}, npm's publish attestation and registry signatures over exactly their dist.integrity`, { details, table });
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
// EXTERNAL MODULE: ./src/checks/shared/pypi-publisher.ts
var pypi_publisher = __webpack_require__(69262);
;// CONCATENATED MODULE: ./src/checks/publication/pypi-provenance.ts








async function checkPypiProvenance(ctx, section, version, kind) {
    const trust = await (0,publisher_trust/* publisherTrust */.fE)(ctx, 'pypi-provenance', section.provenance, 'pypi.provenance');
    if (!(0,publisher_trust/* isTrust */.R2)(trust))
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
    const { targets, notes } = await (0,pypi_publisher/* fileTargets */.PM)(ctx, api, target, built);
    const findings = await (0,map_limit/* mapLimit */.s)(targets, pypi_publisher/* CONCURRENT_FETCHES */.ro, (t) => (0,pypi_publisher/* judgeFile */.GP)(trust, expected, api, target, t));
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
    return (0,gate/* pass */.IX)(`all ${built.length} files of ${target.subject} (${(0,shared_pypi/* countFiles */.Dc)(built.map((b) => b.file), target.project, target.version)}) carry PEP 740 provenance on ${target.indexKey} ${target.shownIndex}, published by ${expected.repository} ${expected.workflow}${environment} and signed by ${(0,publisher_trust/* expectedSigner */.nO)(trust.policy)}`, { details, table });
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
