export const id = 208;
export const ids = [208];
export const modules = {

/***/ 68208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubError: () => (/* reexport */ errors/* GitHubError */.y_),
  SettingUnreadable: () => (/* reexport */ errors/* SettingUnreadable */.op),
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __webpack_require__(64528);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/clients/http.ts + 4 modules
var clients_http = __webpack_require__(51449);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/zod-issue.ts
var zod_issue = __webpack_require__(59935);
// EXTERNAL MODULE: ./src/clients/github/errors.ts
var errors = __webpack_require__(2071);
;// CONCATENATED MODULE: ./src/clients/github/answers.ts
/** GitHub's JSON answers checked against the fields the gates read, and turned into this client's values. */



/** A string field of an answer, or a GitHubError saying the answer is malformed. */
function requireString(value, what) {
    if (typeof value !== 'string')
        throw new errors/* GitHubError */.y_(`GitHub answered ${what} without the expected fields (malformed response)`, null);
    return value;
}
/** Parses an answer with its schema, or fails naming the first field that is wrong. */
function parseAnswer(schema, raw, what) {
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const { path, message = 'invalid' } = (0,zod_issue/* firstZodIssueParts */.Nw)(result.error, { pathMax: 60, messageMax: 80 });
    const where = path ? ` at ${path}` : '';
    throw new errors/* GitHubError */.y_(`GitHub answered ${what} with an unexpected shape${where}: ${message} (malformed response)`, null);
}
const count = schemas/* number */.aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const runSchema = schemas/* looseObject */._H3({
    id: count,
    name: schemas/* string */.YjP().nullish(),
    head_sha: schemas/* string */.YjP(),
    head_branch: schemas/* string */.YjP().nullish(),
    event: schemas/* string */.YjP(),
    status: schemas/* string */.YjP().nullish(),
    conclusion: schemas/* string */.YjP().nullish(),
    run_attempt: count.optional(),
    html_url: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP().nullish()
});
const runsPageSchema = schemas/* looseObject */._H3({ total_count: count, workflow_runs: schemas/* array */.YOg(runSchema).max(1000) });
function toRun(raw) {
    return {
        id: raw.id,
        name: raw.name ?? null,
        headSha: raw.head_sha,
        headBranch: raw.head_branch ?? null,
        event: raw.event,
        status: raw.status ?? null,
        conclusion: raw.conclusion ?? null,
        runAttempt: raw.run_attempt ?? 1,
        htmlUrl: raw.html_url,
        createdAt: raw.created_at ?? ''
    };
}
// An asset's size bounds its download: it must be a byte count (a size of "abc" once disabled the cap).
const assetSchema = schemas/* looseObject */._H3({
    id: count,
    name: schemas/* string */.YjP(),
    state: schemas/* string */.YjP().nullish(),
    size: count,
    content_type: schemas/* string */.YjP().nullish(),
    digest: schemas/* string */.YjP().nullish(),
    browser_download_url: schemas/* string */.YjP().nullish()
});
const releaseSchema = schemas/* looseObject */._H3({
    id: count,
    tag_name: schemas/* string */.YjP(),
    name: schemas/* string */.YjP().nullish(),
    draft: schemas/* boolean */.zMY().nullish(),
    prerelease: schemas/* boolean */.zMY().nullish(),
    html_url: schemas/* string */.YjP(),
    target_commitish: schemas/* string */.YjP().nullish(),
    assets: schemas/* array */.YOg(assetSchema).max(10_000)
});
function toRelease(raw) {
    const release = parseAnswer(releaseSchema, raw, 'the release');
    return {
        id: release.id,
        tagName: release.tag_name,
        name: release.name ?? null,
        draft: release.draft === true,
        prerelease: release.prerelease === true,
        htmlUrl: release.html_url,
        targetCommitish: release.target_commitish ?? '',
        assets: release.assets.map((a) => ({
            id: a.id,
            name: a.name,
            state: a.state ?? '',
            size: a.size,
            contentType: a.content_type ?? '',
            digest: a.digest ?? null,
            browserDownloadUrl: a.browser_download_url ?? ''
        }))
    };
}
// The bundle itself is checked by the Sigstore verifier; here only what locates it.
const attestationSchema = schemas/* looseObject */._H3({
    bundle: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    bundle_url: schemas/* string */.YjP().nullish(),
    repository_id: schemas/* number */.aig().nullish()
});
const attestationsPageSchema = schemas/* looseObject */._H3({ attestations: schemas/* array */.YOg(attestationSchema).max(1000) });

// EXTERNAL MODULE: ./src/util/loopback.ts
var loopback = __webpack_require__(26815);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/clients/github/attestations.ts
/**
 * `attestations/sha256:{hex}`: the Sigstore bundles GitHub stores for a subject digest, each inline
 * or behind a `bundle_url`. Only located and parsed here; the Sigstore verifier checks them.
 */







/** More pages than this of one subject's attestations is not a list to read whole. */
const MAX_ATTESTATION_PAGES = 10;
/**
 * A Sigstore bundle is a few KiB (a certificate chain, a tlog entry, a DSSE statement); more is not one.
 * Memory: one bundle is held at a time (fetched, handed to `each`, dropped before the next is fetched),
 * so the compressed body + the decompressed bytes + the parsed tree stay near 4 × 4 MiB, plus the page of
 * at most 100 entries, whatever the number of pages or bundle_urls.
 */
const MAX_ATTESTATION_BUNDLE_BYTES = 4 * 1024 * 1024;
/**
 * The bundle_url bundles of one subject, all told: a provenance (KiBs) and perhaps an SBOM attestation (up to
 * MAX_ATTESTATION_BUNDLE_BYTES). Memory: each bundle is garbage once checked, but V8 returns native memory (the
 * decompressed bytes, their text, the verifier's decoded payload) only after tens of MiB more have been
 * allocated, so a listing's total can be resident at once: measured at ~12 MiB of RSS per 4 MiB bundle, so
 * 8 MiB ≈ 25-40 MiB over the ~125 MiB of a running gate.
 */
const MAX_ATTESTATION_LIST_BYTES = 8 * 1024 * 1024;
/** The `after` cursor of a Link header's rel="next" URL, or null when there is no next page. */
function nextCursor(link) {
    const next = /<([^>]+)>\s*;\s*rel="next"/.exec(link ?? '');
    if (!next || !URL.canParse(next[1]))
        return null;
    return new URL(next[1]).searchParams.get('after');
}
/**
 * Every page (bounded) of a subject's attestations, handed to `each` one at a time and in order: the next
 * bundle_url is fetched (and the next page asked for) only once `each` has finished with the one before, so
 * a caller that verifies in `each` holds one bundle at a time. A 404 or an empty list calls `each` never.
 * A bundle_url in `fetchedUrls` (shared by the caller across subjects) is skipped; each one fetched is added.
 */
async function listAttestations(session, subjectDigest, each, fetchedUrls = new Set()) {
    const { octokit, owner, repo } = session;
    session.usableToken();
    if (!/^sha256:[0-9a-f]{64}$/.test(subjectDigest)) {
        throw new errors/* GitHubError */.y_(`attestations are asked for by sha256:<64 hex>, not ${(0,util_text/* clip */.$)(subjectDigest, 80)}`, null);
    }
    const what = `attestations/${subjectDigest}`;
    const seenCursors = new Set();
    let after = null;
    let fetched = 0;
    for (let page = 1;; page++) {
        if (page > MAX_ATTESTATION_PAGES) {
            throw new errors/* GitHubError */.y_(`GitHub listed more than ${MAX_ATTESTATION_PAGES} pages of ${what}; that is not a list to read whole (malformed response)`, null);
        }
        let response;
        try {
            // Through the template variable, not spliced into the route: Octokit reads `:name` in a route as a
            // (legacy) parameter, which would cut the path at `sha256:`.
            response = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
                owner,
                repo,
                subject_digest: subjectDigest,
                per_page: 100,
                // Every predicate type is listed: a bundle that does not verify fails the check whatever it attests.
                ...(after ? { after } : {})
            });
        }
        catch (error) {
            // GitHub answers 404 for a digest it holds no attestation for.
            if ((0,errors/* isStatus */.zM)(error, 404))
                return;
            throw session.describe(what, error);
        }
        const data = parseAnswer(attestationsPageSchema, response.data, what);
        for (const [index, item] of data.attestations.entries()) {
            if (item.bundle) {
                if (deeperThan(item.bundle, json/* MAX_JSON_DEPTH */.KX)) {
                    throw new errors/* GitHubError */.y_(`GitHub answered ${what} with inline attestation ${index} nested deeper than ${json/* MAX_JSON_DEPTH */.KX} levels; a Sigstore bundle is a flat JSON document (malformed response)`, null);
                }
                await each({ bundle: item.bundle, source: 'GitHub attestation (inline)' });
            }
            else if (item.bundle_url) {
                // GitHub lists one attestation under every subject it names: a bundle_url already handed over in this
                // run (the same URL) was checked then, and fetching it again per subject would only add garbage.
                if (fetchedUrls.has(item.bundle_url))
                    continue;
                fetchedUrls.add(item.bundle_url);
                const { bundle, bytes } = await fetchBundle(session.options.http, item.bundle_url, session.options.apiUrl);
                fetched += bytes;
                if (fetched > MAX_ATTESTATION_LIST_BYTES) {
                    throw new errors/* GitHubError */.y_(`GitHub's bundle_url bundles for ${what} pass ${MAX_ATTESTATION_LIST_BYTES} bytes in all (at attestation ${index} of page ${page}); a subject's attestations are a provenance and perhaps an SBOM — refusing to read further (malformed response)`, null);
                }
                await each({ bundle, source: (0,clients_http/* shownUrl */.zA)(item.bundle_url) });
            }
            else
                throw new errors/* GitHubError */.y_(`GitHub answered ${what} with attestation ${index} that has neither a bundle nor a bundle_url (malformed response)`, null);
        }
        after = data.attestations.length === 0 ? null : nextCursor(response.headers.link);
        // A cursor seen before would list the same page again: stop there instead of looping.
        if (after === null || seenCursors.has(after))
            return;
        seenCursors.add(after);
    }
}
/** Whether a parsed value nests deeper than `max` (walked without recursion, so any depth is safe to ask about). */
function deeperThan(value, max) {
    const pending = [[value, 1]];
    while (pending.length > 0) {
        const [next, depth] = pending.pop();
        if (next === null || typeof next !== 'object')
            continue;
        if (depth > max)
            return true;
        for (const inner of Object.values(next))
            pending.push([inner, depth + 1]);
    }
    return false;
}
/**
 * A bundle behind `bundle_url`: on another host (blob storage), so fetched with no credential at all;
 * snappy-compressed (raw block format, as GitHub serves it), decompressed within MAX_ATTESTATION_BUNDLE_BYTES.
 */
async function fetchBundle(http, bundleUrl, apiUrl) {
    const shown = (0,clients_http/* shownUrl */.zA)(bundleUrl);
    if (!URL.canParse(bundleUrl) || !/^https?:$/.test(new URL(bundleUrl).protocol)) {
        throw new errors/* GitHubError */.y_(`GitHub gave an attestation bundle_url that is not an http(s) URL: ${(0,util_text/* clip */.$)(bundleUrl, 120)} (malformed response)`, null);
    }
    if (!(0,loopback/* isAllowedAnswerUrl */.M_)(new URL(bundleUrl), new URL(apiUrl))) {
        throw new errors/* GitHubError */.y_(`GitHub gave an attestation bundle_url on plain http, ${shown}: only https is fetched (http only on loopback, and only when GITHUB_API_URL is on loopback too)`, null);
    }
    let compressed;
    try {
        compressed = (await http.request({ url: bundleUrl, maxBytes: MAX_ATTESTATION_BUNDLE_BYTES })).body;
    }
    catch (error) {
        (0,clients_http/* rethrowAs */.wR)(error, (m, o) => new errors/* GitHubError */.y_(m, null, o), 'the attestation bundle could not be downloaded');
    }
    let bytes;
    try {
        // uncompress refuses a header that announces more than the cap before it allocates anything.
        bytes = (0,snappyjs/* uncompress */.k)(compressed, MAX_ATTESTATION_BUNDLE_BYTES);
    }
    catch (error) {
        throw new errors/* GitHubError */.y_(`the attestation bundle at ${shown} is not snappy-compressed data within ${MAX_ATTESTATION_BUNDLE_BYTES} bytes: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 120)}`, null, { cause: error });
    }
    // Depth bounded first: a bundle nested millions of levels would overflow the stack in the verifier.
    const parsed = (0,json/* parseJson */.qF)(bytes);
    if (!parsed.ok) {
        throw new errors/* GitHubError */.y_(`the attestation bundle at ${shown} is ${parsed.deep ? parsed.reason : `not JSON after decompression: ${(0,util_text/* clip */.$)(parsed.reason, 120)}`}; a Sigstore bundle is a flat JSON document of a few KiB (malformed response)`, null);
    }
    return { bundle: parsed.value, bytes: bytes.length };
}

;// CONCATENATED MODULE: ./src/clients/github/refs.ts
/** Git refs, tag objects and commit comparisons: `git/ref`, `git/tags` and `compare`. */



/** Encodes each path segment but keeps the slashes between them. */
function pathSegments(name) {
    return name.split('/').map(encodeURIComponent).join('/');
}
/** `git/ref/{kind}/{name}`: one exact ref, or null. */
function getRef(session, kind, name) {
    const { octokit, owner, repo } = session;
    return session.call(`git/ref/${kind}/${(0,util_text/* clip */.$)(name)}`, async () => {
        // Slashes stay literal (clients/go/v1.2.3): some GitHub Enterprise Server versions answer 404 to %2F.
        const { data } = await octokit.request(`GET /repos/{owner}/{repo}/git/ref/${kind}/${pathSegments(name)}`, { owner, repo });
        const raw = data;
        // The single-ref endpoint answers prefix matches on some servers (an array, or one
        // object for another ref): only an exact hit is this ref.
        if (Array.isArray(data))
            return null;
        const ref = requireString(raw.ref, `ref ${kind}/${(0,util_text/* clip */.$)(name)}`);
        if (ref !== `refs/${kind}/${name}`)
            return null;
        return {
            ref,
            object: { sha: requireString(raw.object?.sha, 'a ref'), type: requireString(raw.object?.type, 'a ref') }
        };
    }, null);
}
/** `git/tags/{sha}`: an annotated tag object. */
function getTagObject(session, sha) {
    const { octokit, owner, repo } = session;
    return session.call(`git/tags/${sha}`, async () => {
        const { data } = await octokit.rest.git.getTag({ owner, repo, tag_sha: sha });
        return {
            sha: requireString(data.sha, 'a tag object'),
            tag: requireString(data.tag, 'a tag object'),
            object: { sha: requireString(data.object?.sha, 'a tag object'), type: requireString(data.object?.type, 'a tag object') }
        };
    });
}
/** `compare/{base}...{head}`; null when either side is unknown. */
function compareCommits(session, base, head) {
    const { octokit, owner, repo } = session;
    return session.call(`compare ${(0,util_text/* clip */.$)(base)}...${head.slice(0, 12)}`, async () => {
        // A branch like release/1.x keeps its slash literal, as for tag refs.
        const { data } = await octokit.request(`GET /repos/{owner}/{repo}/compare/${pathSegments(base)}...${pathSegments(head)}`, {
            owner,
            repo,
            per_page: 1
        });
        const status = data.status;
        if (!['ahead', 'behind', 'identical', 'diverged'].includes(status)) {
            throw new errors/* GitHubError */.y_(`GitHub answered compare with status "${(0,util_text/* clip */.$)(String(status))}" (malformed response)`, null);
        }
        return { status, aheadBy: data.ahead_by, behindBy: data.behind_by, htmlUrl: data.html_url };
    }, null);
}

;// CONCATENATED MODULE: ./src/clients/github/releases.ts
/** GitHub releases: `releases/tags/{tag}` and the download of a release asset's bytes. */




/**
 * A release asset download must end: a base time (one minute), plus the asset's size at a slow
 * 512 KiB/s. A checksum file then has about a minute; a storage host that drips bytes is cut off.
 */
function assetDeadlineMs(maxBytes, baseMs = 60_000) {
    return baseMs + Math.ceil((maxBytes / (512 * 1024)) * 1000);
}
/** `releases/tags/{tag}`; null when there is no release for the tag. */
function getReleaseByTag(session, tag) {
    const { octokit, owner, repo } = session;
    return session.call(`releases/tags/${(0,util_text/* clip */.$)(tag)}`, async () => {
        const { data } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag });
        return toRelease(data);
    }, null);
}
/** A release asset's bytes, at most `maxBytes`, following the storage redirect without the token. */
async function downloadReleaseAsset(session, assetId, maxBytes) {
    const { options, owner, repo } = session;
    session.usableToken();
    // A limit that is not a byte count (NaN from a malformed size) would disable the bound.
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
        throw new errors/* GitHubError */.y_(`release asset ${assetId} has no usable size limit (${(0,util_text/* clip */.$)(String(maxBytes), 20)}); nothing was downloaded`, null);
    }
    // Asset bytes come from a storage host by redirect; the token goes to the API host only.
    // Following that redirect is right here: the bytes are checked against digests afterwards.
    const url = `${options.apiUrl}/repos/${owner}/${repo}/releases/assets/${assetId}`;
    try {
        const response = await options.http.stream({
            url,
            headers: { accept: 'application/octet-stream' },
            credential: options.token ? { header: 'authorization', value: `token ${options.token}` } : undefined,
            crossHost: 'allow',
            maxBytes,
            deadlineMs: assetDeadlineMs(maxBytes, options.assetDeadlineBaseMs)
        });
        return response.body;
    }
    catch (error) {
        if (error instanceof clients_http/* HttpError */.j$)
            throw new errors/* GitHubError */.y_(`release asset ${assetId} could not be downloaded: ${error.message}`, error.status, { cause: error });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/clients/github/settings-answers.ts
/**
 * GitHub's answers about a repository's settings (rulesets, branch rules, immutable releases,
 * environments, file contents), checked against the fields `release-gates doctor` reads and turned
 * into this client's values. Anything else in an answer is left alone: GitHub adds rule types and
 * fields over time, and a rule type this version does not know is kept by name, not refused.
 */



const id = schemas/* number */.aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** A pattern list is a handful of entries; thousands are not a ruleset to read. */
const patterns = schemas/* array */.YOg(schemas/* string */.YjP().max(1000)).max(1000);
const summarySchema = schemas/* looseObject */._H3({
    id,
    name: schemas/* string */.YjP(),
    target: schemas/* string */.YjP().nullish(),
    enforcement: schemas/* string */.YjP(),
    source_type: schemas/* string */.YjP().nullish(),
    source: schemas/* string */.YjP().nullish()
});
const rulesetListSchema = schemas/* array */.YOg(summarySchema).max(1000);
const bypassActorSchema = schemas/* looseObject */._H3({
    actor_id: id.nullish(),
    actor_type: schemas/* string */.YjP(),
    bypass_mode: schemas/* string */.YjP().nullish()
});
const rulesetSchema = summarySchema.extend({
    conditions: schemas/* looseObject */._H3({ ref_name: schemas/* looseObject */._H3({ include: patterns.nullish(), exclude: patterns.nullish() }).nullish() }).nullish(),
    rules: schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP() }))
        .max(1000)
        .nullish(),
    bypass_actors: schemas/* array */.YOg(bypassActorSchema).max(1000).nullish(),
    _links: schemas/* looseObject */._H3({ html: schemas/* looseObject */._H3({ href: schemas/* string */.YjP().nullish() }).nullish() }).nullish()
});
const branchRulesSchema = schemas/* array */.YOg(schemas/* looseObject */._H3({
    type: schemas/* string */.YjP(),
    ruleset_id: id.nullish(),
    ruleset_source: schemas/* string */.YjP().nullish()
}))
    .max(1000);
const immutableSchema = schemas/* looseObject */._H3({ enabled: schemas/* boolean */.zMY(), enforced_by_owner: schemas/* boolean */.zMY().nullish() });
const environmentSchema = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    html_url: schemas/* string */.YjP().nullish(),
    deployment_branch_policy: schemas/* looseObject */._H3({ protected_branches: schemas/* boolean */.zMY(), custom_branch_policies: schemas/* boolean */.zMY() }).nullish()
});
const policiesPageSchema = schemas/* looseObject */._H3({
    total_count: schemas/* number */.aig().int().nonnegative(),
    // GitHub Enterprise Server versions from before tag policies list branch policies without a type.
    branch_policies: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), type: schemas/* enum */.k5n(['branch', 'tag']).nullish() })).max(1000)
});
/** A contents answer: a file carries its bytes as base64; a directory is a list. */
const contentSchema = schemas/* looseObject */._H3({
    type: schemas/* string */.YjP(),
    encoding: schemas/* string */.YjP().nullish(),
    content: schemas/* string */.YjP().nullish(),
    size: schemas/* number */.aig().int().nonnegative().nullish()
});
function toSummary(raw) {
    return {
        id: raw.id,
        name: raw.name,
        target: raw.target ?? null,
        enforcement: raw.enforcement,
        sourceType: raw.source_type ?? null,
        source: raw.source ?? ''
    };
}
function toSummaries(raw, what) {
    return parseAnswer(rulesetListSchema, raw, what).map(toSummary);
}
function toRuleset(raw, what) {
    const data = parseAnswer(rulesetSchema, raw, what);
    const refName = data.conditions?.ref_name;
    const actors = data.bypass_actors === undefined || data.bypass_actors === null
        ? null
        : data.bypass_actors.map((a) => ({ actorId: a.actor_id ?? null, actorType: a.actor_type, bypassMode: a.bypass_mode ?? 'always' }));
    return {
        ...toSummary(data),
        include: [...(refName?.include ?? [])],
        exclude: [...(refName?.exclude ?? [])],
        rules: (data.rules ?? []).map((r) => r.type),
        bypassActors: actors,
        htmlUrl: data._links?.html?.href ?? null
    };
}
function toBranchRules(raw, what) {
    return parseAnswer(branchRulesSchema, raw, what).map((r) => ({ type: r.type, rulesetId: r.ruleset_id ?? null, rulesetSource: r.ruleset_source ?? null }));
}
function toImmutableReleases(raw, what) {
    const data = parseAnswer(immutableSchema, raw, what);
    return { enabled: data.enabled, enforcedByOwner: data.enforced_by_owner === true, notFound: false };
}
function toEnvironment(raw, what) {
    const data = parseAnswer(environmentSchema, raw, what);
    const policy = data.deployment_branch_policy;
    return {
        name: data.name,
        htmlUrl: data.html_url ?? null,
        deploymentPolicy: policy ? { protectedBranches: policy.protected_branches, customBranchPolicies: policy.custom_branch_policies } : null
    };
}
function toPolicies(data) {
    return data.branch_policies.map((p) => ({ name: p.name, type: p.type ?? 'branch' }));
}
/** The text of a contents answer for a file, at most `maxBytes`; a directory, a symlink or a large file is not one to read. */
function toFileText(raw, what, maxBytes) {
    if (Array.isArray(raw))
        throw new errors/* GitHubError */.y_(`${what} is a directory, not a file`, null);
    const data = parseAnswer(contentSchema, raw, what);
    if (data.type !== 'file')
        throw new errors/* GitHubError */.y_(`${what} is a ${data.type}, not a file`, null);
    if ((data.size ?? 0) > maxBytes)
        throw new errors/* GitHubError */.y_(`${what} is ${data.size} bytes; more than the ${maxBytes} a workflow file has`, null);
    // GitHub sends files over 1 MB with encoding "none" and no content.
    if (data.encoding !== 'base64' || typeof data.content !== 'string') {
        throw new errors/* GitHubError */.y_(`GitHub answered ${what} without base64 content (encoding ${data.encoding ?? 'missing'}) (malformed response)`, null);
    }
    const text = Buffer.from(data.content.replace(/\s+/g, ''), 'base64');
    if (text.length > maxBytes)
        throw new errors/* GitHubError */.y_(`${what} holds more than ${maxBytes} bytes; more than a workflow file has`, null);
    return text.toString('utf8');
}

;// CONCATENATED MODULE: ./src/clients/github/repository-settings.ts
/**
 * The repository settings `release-gates doctor` reads: rulesets (the list, then each in detail, as the
 * list gives summaries only), the active rules of a branch, immutable releases, an environment and its
 * deployment branch and tag policies, and one file's contents.
 *
 * What a refusal means differs per operation, so each names its own: a 403 that is not a rate limit is
 * always a missing permission (GitHub answers fine-grained tokens and apps "Resource not accessible by
 * …", with the permissions it accepts in `x-accepted-github-permissions`). A 404 is where GitHub hides
 * a repository the token cannot see — but it is also its answer for an absent environment or file, and
 * for immutable releases that are off. So the list operations, whose subject always exists, read a 404
 * as "the repository cannot be seen", while `getEnvironment` and `getFileText` return null and leave it
 * to the caller to tell the two apart (the rulesets list of the same repository does).
 */





/** More pages than this of one settings list is not a list to read whole (100 entries a page). */
const MAX_SETTINGS_PAGES = 10;
/** A workflow file is a few KiB; GitHub's contents API serves files up to 1 MB inline. */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** The permission each operation needs, as a fine-grained token names it (GitHub's REST reference). */
const PERMISSIONS = {
    rulesets: 'metadata: read',
    branchRules: 'metadata: read',
    immutableReleases: 'administration: read',
    environments: 'actions: read',
    contents: 'contents: read'
};
/** `administration=read,contents=read; actions=read` as "administration: read and contents: read, or actions: read". */
function acceptedPermissions(header) {
    if (!header)
        return null;
    const sets = header
        .split(';')
        .map((set) => set
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .filter(Boolean)
        .join(' and '))
        .filter(Boolean);
    return sets.length ? (0,util_text/* clip */.$)(sets.join(', or '), 120) : null;
}
/**
 * A refusal as SettingUnreadable when it is one: a 403 that is not a rate limit, or (for `notFound:
 * 'unreadable'`) a 404. Anything else is left to the session's description.
 */
function unreadable(session, what, permission, error, notFound) {
    const e = error;
    const headers = e?.response?.headers ?? {};
    const message = e?.response?.data?.message;
    const said = typeof message === 'string' && message ? ` (GitHub: ${(0,util_text/* clip */.$)(message, 100)})` : '';
    const repository = `${session.owner}/${session.repo}`;
    if ((0,errors/* isStatus */.zM)(error, 403) && headers['x-ratelimit-remaining'] !== '0' && !/rate limit/i.test(typeof message === 'string' ? message : '')) {
        const needs = acceptedPermissions(headers['x-accepted-github-permissions']) ?? permission;
        return new errors/* SettingUnreadable */.op(`${what} could not be read: the token needs ${needs}${said}`, 403, needs);
    }
    if (notFound === 'unreadable' && (0,errors/* isStatus */.zM)(error, 404)) {
        return new errors/* SettingUnreadable */.op(`${what} could not be read: GitHub answered 404, as it does when the token cannot see ${repository}; the token needs ${permission} on ${repository} (check the repository name too)`, 404, permission);
    }
    return null;
}
/** One settings request: refusals named by `unreadable`, a 404 returned as null when `notFound` is 'null'. */
async function settingsCall(session, what, permission, notFound, fn) {
    session.usableToken();
    try {
        return await fn();
    }
    catch (error) {
        if (error instanceof errors/* GitHubError */.y_)
            throw error;
        const refused = unreadable(session, what, permission, error, notFound === 'unreadable' ? 'unreadable' : 'other');
        if (refused)
            throw refused;
        if (notFound === 'null' && (0,errors/* isStatus */.zM)(error, 404))
            return null;
        throw session.describe(what, error);
    }
}
/** Every page (bounded) of a page-numbered list; `items` reads one page's entries. */
async function allPages(session, what, permission, fetchPage, items) {
    const found = [];
    for (let page = 1;; page++) {
        if (page > MAX_SETTINGS_PAGES) {
            throw new errors/* GitHubError */.y_(`GitHub listed more than ${MAX_SETTINGS_PAGES} pages of ${what}; that is not a list to read whole (malformed response)`, null);
        }
        const response = (await settingsCall(session, what, permission, 'unreadable', () => fetchPage(page)));
        const entries = items(response.data);
        found.push(...entries);
        // A page with nothing on it ends the list, whatever its Link header says (a server whose "next" loops).
        if (entries.length === 0 || !/rel="next"/.test(response.headers.link ?? ''))
            return found;
    }
}
/** `rulesets`: every ruleset that applies to the repository, its organization's included, as summaries. */
function listRulesets(session) {
    const { octokit, owner, repo } = session;
    const what = `the rulesets of ${owner}/${repo}`;
    return allPages(session, what, PERMISSIONS.rulesets, (page) => octokit.request('GET /repos/{owner}/{repo}/rulesets', { owner, repo, includes_parents: true, per_page: 100, page }), (data) => toSummaries(data, what));
}
/** `rulesets/{id}`: conditions, rules and (for a token that may edit it) bypass actors. */
async function getRuleset(session, id) {
    const { octokit, owner, repo } = session;
    const what = `ruleset ${id} of ${owner}/${repo}`;
    const data = await settingsCall(session, what, PERMISSIONS.rulesets, 'unreadable', async () => {
        const response = await octokit.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', { owner, repo, ruleset_id: id, includes_parents: true });
        return response.data;
    });
    return toRuleset(data, what);
}
/** `rules/branches/{branch}`: the rules of active rulesets that apply to the branch. */
function getBranchRules(session, branch) {
    const { octokit, owner, repo } = session;
    const what = `the rules of branch ${(0,util_text/* clip */.$)(branch)} of ${owner}/${repo}`;
    return allPages(session, what, PERMISSIONS.branchRules, 
    // Slashes stay literal (release/1.x), as for refs: the operation takes the branch name as path segments.
    (page) => octokit.request(`GET /repos/{owner}/{repo}/rules/branches/${pathSegments(branch)}`, { owner, repo, per_page: 100, page }), (data) => toBranchRules(data, what));
}
/** `immutable-releases`: 404 is GitHub's documented answer for "not enabled". */
async function getImmutableReleases(session) {
    const { octokit, owner, repo } = session;
    const what = `the immutable releases setting of ${owner}/${repo}`;
    const data = await settingsCall(session, what, PERMISSIONS.immutableReleases, 'null', async () => {
        const response = await octokit.request('GET /repos/{owner}/{repo}/immutable-releases', { owner, repo });
        return response.data;
    });
    return data === null ? { enabled: false, enforcedByOwner: false, notFound: true } : toImmutableReleases(data, what);
}
/** `environments/{name}`; null on 404. */
async function getEnvironment(session, name) {
    const { octokit, owner, repo } = session;
    const what = `environment "${(0,util_text/* clip */.$)(name)}" of ${owner}/${repo}`;
    const data = await settingsCall(session, what, PERMISSIONS.environments, 'null', async () => {
        // The name is a template variable, so Octokit encodes a slash in it as %2F, as GitHub asks.
        const response = await octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { owner, repo, environment_name: name });
        return response.data;
    });
    return data === null ? null : toEnvironment(data, what);
}
/** `environments/{name}/deployment-branch-policies`, every page. */
function listDeploymentPolicies(session, environment) {
    const { octokit, owner, repo } = session;
    const what = `the deployment branch and tag policies of environment "${(0,util_text/* clip */.$)(environment)}"`;
    return allPages(session, what, PERMISSIONS.environments, (page) => octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', {
        owner,
        repo,
        environment_name: environment,
        per_page: 100,
        page
    }), (data) => toPolicies(parseAnswer(policiesPageSchema, data, what)));
}
/** `contents/{path}?ref=`: a file's text, or null on 404. */
async function getFileText(session, path, ref) {
    const { octokit, owner, repo } = session;
    const what = `${(0,util_text/* clip */.$)(path)} on ${(0,util_text/* clip */.$)(ref)}`;
    const data = await settingsCall(session, what, PERMISSIONS.contents, 'null', async () => {
        const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${pathSegments(path)}`, { owner, repo, ref });
        return response.data;
    });
    return data === null ? null : toFileText(data, what, MAX_WORKFLOW_BYTES);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(84537);
// EXTERNAL MODULE: ./src/util/check-scope.ts
var check_scope = __webpack_require__(72021);
;// CONCATENATED MODULE: ./src/clients/github/bounded-fetch.ts
/** The fetch Octokit is given, so GitHub's answers are bounded as every other outside answer is. */


const MAX_API_REDIRECTS = 5;
/** Statuses that never carry a body (the Response constructor refuses one for them). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
/**
 * Octokit's `request.fetch`: the GitHub REST answers read through the same bounds as every other
 * outside answer. Octokit reads bodies itself and without limit, so this wrapper reads the body
 * first — within `maxBytes`, no pause longer than `timeoutMs`, all before the request's deadline —
 * and hands Octokit a finished Response. Redirects are followed here by hand and only on the API
 * host: the token does not go elsewhere, so an answer from elsewhere (a run list saying CI
 * passed) is not GitHub's and fails the call, naming the redirect.
 */
function boundedGitHubFetch(apiUrl, timeoutMs, maxBytes) {
    const apiOrigin = new URL(apiUrl).origin;
    return async (input, init = {}) => {
        const budget = new clients_http/* FetchDeadline */.hn(timeoutMs, init.signal);
        // Counted as pending for the check it runs for, so a check that runs out of time says what it waited on.
        const done = (0,check_scope/* currentCheckScope */.gg)()?.begin(apiOrigin.replace(/^https?:\/\//, ''));
        let url = String(input);
        let method = init.method ?? 'GET';
        let body = init.body;
        try {
            for (let hop = 0;; hop++) {
                let response;
                try {
                    response = await fetch(url, { ...init, method, body, redirect: 'manual', signal: budget.signal });
                }
                catch (error) {
                    // Octokit names a transport failure from the error's cause (see describeGitHubError).
                    if (budget.expired)
                        throw new clients_http/* HttpError */.j$(`${(0,clients_http/* shownUrl */.zA)(url)}: ${budget.cause}`, null, url);
                    throw error;
                }
                if ([301, 302, 303, 307, 308].includes(response.status)) {
                    await response.body?.cancel().catch(() => { });
                    const location = response.headers.get('location');
                    if (!location || !URL.canParse(location, url)) {
                        throw new clients_http/* HttpError */.j$(`${(0,clients_http/* shownUrl */.zA)(url)}: redirect ${response.status} without a usable Location`, response.status, url);
                    }
                    const next = new URL(location, url);
                    if (next.origin !== apiOrigin) {
                        throw new clients_http/* HttpError */.j$(`${(0,clients_http/* shownUrl */.zA)(url)} redirected to ${(0,clients_http/* shownUrl */.zA)(next.toString())}, off the GitHub API host; the token is not sent there, so that answer does not count — check GITHUB_API_URL`, response.status, url);
                    }
                    if (hop >= MAX_API_REDIRECTS)
                        throw new clients_http/* HttpError */.j$(`${(0,clients_http/* shownUrl */.zA)(url)}: more than ${MAX_API_REDIRECTS} redirects`, response.status, url);
                    if (response.status === 303) {
                        method = 'GET';
                        body = undefined;
                    }
                    url = next.toString();
                    continue;
                }
                const bytes = NULL_BODY_STATUSES.has(response.status) || method === 'HEAD' ? null : await budget.read(response, url, maxBytes, timeoutMs);
                if (bytes === null)
                    await response.body?.cancel().catch(() => { });
                const finished = new Response(bytes && !NULL_BODY_STATUSES.has(response.status) ? new Uint8Array(bytes) : null, {
                    status: response.status,
                    statusText: response.statusText,
                    headers: response.headers
                });
                Object.defineProperty(finished, 'url', { value: url });
                return finished;
            }
        }
        finally {
            budget.end();
            done?.();
        }
    };
}

;// CONCATENATED MODULE: ./src/clients/github/session.ts
/** One Octokit for one repository, and the rules every GitHub call of this client goes through. */







const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
class GitHubSession {
    options;
    owner;
    repo;
    octokit;
    /** Why the token cannot be sent, or null when it can. */
    tokenProblem;
    constructor(options) {
        this.options = options;
        this.owner = options.owner;
        this.repo = options.repo;
        // Known before any call, so every message is redacted before it is shortened.
        (0,redact/* protectSecrets */.tu)([options.token]);
        // A token with a line break would be quoted whole by the HTTP library's header error: refuse it unsent.
        this.tokenProblem = (0,secrets/* credentialProblem */.FL)(options.token);
        this.octokit = (0,github/* getOctokit */.Q)(
        // Octokit demands a token; with a refused one no call gets as far as sending it.
        this.tokenProblem ? 'refused' : options.token, {
            baseUrl: options.apiUrl,
            retry: { retries: options.retries, retryAfterBaseValue: options.retryBaseMs },
            throttle: {
                retryAfterBaseValue: options.retryAfterUnitMs ?? 1000,
                // Honour Retry-After a bounded number of times, then fail closed with the cause.
                onRateLimit: (retryAfter, _opts, _o, retryCount) => retryCount < 2 && retryAfter <= 120,
                onSecondaryRateLimit: (retryAfter, _opts, _o, retryCount) => retryCount < 2 && retryAfter <= 120
            },
            request: { fetch: boundedGitHubFetch(options.apiUrl, options.timeoutMs, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) }
        }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    }
    /** Refuses every call when the token cannot be sent, without showing it. */
    usableToken() {
        if (this.tokenProblem) {
            throw new errors/* GitHubError */.y_(`input "token" ${this.tokenProblem}, so it was not sent; remove the stray space or line break from the secret`, null);
        }
    }
    /** An Octokit error as one line naming `what`, with the token redacted. */
    describe(what, error) {
        return (0,errors/* describeGitHubError */.dZ)(what, error, this.options.token);
    }
    async call(what, fn, notFound) {
        this.usableToken();
        try {
            return await fn();
        }
        catch (error) {
            if (error instanceof errors/* GitHubError */.y_)
                throw error;
            if (notFound === null && (0,errors/* isStatus */.zM)(error, 404))
                return null;
            throw this.describe(what, error);
        }
    }
}

;// CONCATENATED MODULE: ./src/clients/github/workflow-runs.ts
/** `actions/workflows/{workflow}/runs`: the runs of one workflow for a commit, every page. */



/** More pages than this of one run list is not a list to read whole (100 runs a page). */
const MAX_RUN_PAGES = 50;
async function listWorkflowRuns(session, workflow, filter, etag) {
    const { octokit, owner, repo } = session;
    session.usableToken();
    const what = `actions/workflows/${(0,util_text/* clip */.$)(workflow)}/runs`;
    const runs = [];
    const seen = new Set();
    let requests = 0;
    let firstEtag;
    // Older GitHub Enterprise Server versions ignore head_sha, so every page is read and filtered here too.
    for (let page = 1; page <= MAX_RUN_PAGES; page++) {
        let response;
        try {
            requests++;
            response = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                owner,
                repo,
                workflow_id: workflow,
                head_sha: filter.headSha,
                event: filter.event,
                branch: filter.branch,
                per_page: 100,
                page,
                headers: page === 1 && etag ? { 'if-none-match': etag } : {}
            });
        }
        catch (error) {
            if (page === 1 && (0,errors/* isStatus */.zM)(error, 304))
                return { notModified: true };
            if ((0,errors/* isStatus */.zM)(error, 404)) {
                throw new errors/* GitHubError */.y_(`workflow "${(0,util_text/* clip */.$)(workflow)}" was not found in ${owner}/${repo}; check main.workflow (the file name under .github/workflows)`, 404);
            }
            throw session.describe(what, error);
        }
        if (page === 1)
            firstEtag = response.headers.etag;
        const data = parseAnswer(runsPageSchema, response.data, what);
        // A run created while paging shifts the pages, so a run may come twice: keep the first.
        // A page with nothing new (a server whose "next" leads back to page 1) ends the paging.
        const fresh = data.workflow_runs.map(toRun).filter((run) => !seen.has(run.id));
        for (const run of fresh)
            seen.add(run.id);
        runs.push(...fresh);
        const hasNext = /rel="next"/.test(response.headers.link ?? '');
        if (!hasNext || fresh.length === 0 || runs.length >= data.total_count)
            break;
    }
    return { notModified: false, etag: firstEtag, runs, requests };
}

;// CONCATENATED MODULE: ./src/clients/github/index.ts







function createGitHubApi(options) {
    const session = new GitHubSession(options);
    return {
        getTagRef: (tag) => getRef(session, 'tags', tag),
        getBranchRef: (branch) => getRef(session, 'heads', branch),
        getTagObject: (sha) => getTagObject(session, sha),
        compareCommits: (base, head) => compareCommits(session, base, head),
        listWorkflowRuns: (workflow, filter, etag) => listWorkflowRuns(session, workflow, filter, etag),
        getReleaseByTag: (tag) => getReleaseByTag(session, tag),
        downloadReleaseAsset: (assetId, maxBytes) => downloadReleaseAsset(session, assetId, maxBytes),
        listAttestations: (subjectDigest, each, fetchedUrls) => listAttestations(session, subjectDigest, each, fetchedUrls),
        listRulesets: () => listRulesets(session),
        getRuleset: (id) => getRuleset(session, id),
        getBranchRules: (branch) => getBranchRules(session, branch),
        getImmutableReleases: () => getImmutableReleases(session),
        getEnvironment: (name) => getEnvironment(session, name),
        listDeploymentPolicies: (environment) => listDeploymentPolicies(session, environment),
        getFileText: (path, ref) => getFileText(session, path, ref)
    };
}


/***/ })

};
