export const id = 584;
export const ids = [584];
export const modules = {

/***/ 63355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ checkPackage)
/* harmony export */ });
/* harmony import */ var _clients_npm_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14605);
/* harmony import */ var _clients_npm_registry_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8);
/* harmony import */ var _clients_sigstore_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50896);
/* harmony import */ var _clients_sigstore_signer_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39152);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);
/* harmony import */ var _util_poll_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(66451);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81956);
/* harmony import */ var _formats_npm_attestations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4033);
/* harmony import */ var _formats_npm_keys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45278);
/* harmony import */ var _formats_packument_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(93144);
/* harmony import */ var _formats_buildkit_provenance_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50868);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(49906);
/* harmony import */ var _publisher_trust_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(61756);













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
                return { signatures: (0,_formats_npm_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .readTufRegistryKeys */ .r0)(raw, 'npm:signatures'), attestations: (0,_formats_npm_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .readTufRegistryKeys */ .r0)(raw, 'npm:attestations'), source };
            }
            catch (error) {
                throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${source} is unreadable (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error), 200)}), so no registry signature can be checked`);
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
        throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`dist.attestations.url "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(url, 120)}" is not a URL`);
    }
    return `${registry.replace(/\/+$/, '')}${parsed.pathname}`;
}
/** Why a statement does not attest exactly this package version's tarball, or null. */
function subjectMismatch(payload, purl, sha512Hex, what) {
    let statement;
    try {
        statement = (0,_formats_npm_attestations_js__WEBPACK_IMPORTED_MODULE_6__/* .readNpmStatement */ .tj)(payload);
    }
    catch (error) {
        if (error instanceof _formats_npm_attestations_js__WEBPACK_IMPORTED_MODULE_6__/* .NpmAttestationFormatError */ .Vd)
            return `${what} is unreadable: ${error.message}`;
        throw error;
    }
    const subject = statement.subjects.find((s) => s.name === purl);
    if (!subject)
        return `${what} attests ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(statement.subjects.map((s) => s.name).join(', ') || 'no subject', 200)}, not ${purl}`;
    if (subject.sha512 !== sha512Hex)
        return `${what} attests sha512 ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(subject.sha512 ?? '(none)', 40)}…, not dist.integrity's ${sha512Hex.slice(0, 16)}…`;
    return null;
}
/** The SLSA provenance: verified from the signer identity, naming this version's purl and sha512. Returns the signer, or throws the problem. */
async function judgeProvenance(trust, attestations, purl, sha512Hex, subject) {
    const slsa = attestations.filter((a) => a.predicateType === _formats_buildkit_provenance_js__WEBPACK_IMPORTED_MODULE_9__/* .SLSA_PROVENANCE_V1 */ .us);
    if (slsa.length === 0) {
        throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject} has npm's publish attestation but no SLSA provenance; publish with \`npm publish --provenance\` from the release workflow (with \`id-token: write\`)`);
    }
    let good = null;
    for (const attestation of slsa) {
        let verified;
        try {
            verified = await trust.verifier.verify(attestation.bundle);
        }
        catch (error) {
            if (error instanceof _clients_sigstore_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SigstoreVerificationError */ .u)
                throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject}: its SLSA provenance ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(error.message, 300)}`);
            throw error;
        }
        const mismatch = (0,_clients_sigstore_signer_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .signerMismatch */ .B)(verified.signer, trust.policy);
        if (mismatch)
            throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject}: its SLSA provenance was not made by the release workflow: ${mismatch}`);
        if (verified.content.kind !== 'dsse')
            throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject}: its SLSA provenance is not a DSSE attestation`);
        const wrong = subjectMismatch(verified.content.payload, purl, sha512Hex, 'its SLSA provenance');
        if (wrong)
            throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject}: ${wrong}; the provenance is not of these bytes`);
        good ??= verified.signer;
    }
    return good;
}
/** npm's publish attestation: signed by the registry's key valid when it was logged, naming this version's purl and sha512. Returns the key id. */
async function judgePublishAttestation(trust, attestations, keys, purl, sha512Hex, subject) {
    const publish = attestations.filter((a) => a.predicateType === _formats_npm_attestations_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_PUBLISH_PREDICATE */ .Ko);
    if (publish.length === 0)
        throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject} has no npm publish attestation (${_formats_npm_attestations_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_PUBLISH_PREDICATE */ .Ko}), which the registry writes for every provenance publish`);
    let keyId = '';
    for (const attestation of publish) {
        let verified;
        try {
            verified = await trust.verifier.verifyWithKeys(attestation.bundle, keys);
        }
        catch (error) {
            if (error instanceof _clients_sigstore_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SigstoreVerificationError */ .u)
                throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject}: its npm publish attestation ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(error.message, 300)}`);
            throw error;
        }
        if (verified.content.kind !== 'dsse')
            throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject}: its npm publish attestation is not a DSSE attestation`);
        const wrong = subjectMismatch(verified.content.payload, purl, sha512Hex, 'its npm publish attestation');
        if (wrong)
            throw new _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC(`${subject}: ${wrong}`);
        keyId ||= verified.keyId;
    }
    return keyId;
}
async function judgeVersion(ctx, trust, api, registry, manifest, name, version) {
    const subject = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(name)}@${version}`;
    const row = (publisher, signer, commit, verdict) => [name, publisher, signer, commit, verdict];
    if (manifest.dist.integrity === null) {
        return {
            row: row('-', '-', '-', 'no dist.integrity'),
            problems: [`${subject} records no dist.integrity, so no attestation can be tied to its bytes`],
            notes: []
        };
    }
    const integrity = manifest.dist.integrity;
    const sha512Hex = Buffer.from((0,_formats_packument_js__WEBPACK_IMPORTED_MODULE_8__/* .sha512OfIntegrity */ .Pf)(integrity, subject), 'base64').toString('hex');
    const keys = await registryKeys(ctx, trust, api, registry);
    // The per-version document has no publish time; it is asked (from the packument) only when the verdict depends on it.
    const publishedAt = manifest.publishedAt ?? ((0,_clients_npm_registry_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .publishTimeMatters */ .nt)(keys.signatures, manifest.dist.signatures) ? await api.publishTime(name, version) : null);
    const signatures = (0,_clients_npm_registry_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyRegistrySignatures */ .gv)(keys.signatures, { name, version, integrity, publishedAt }, manifest.dist.signatures);
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
    const purl = (0,_formats_npm_attestations_js__WEBPACK_IMPORTED_MODULE_6__/* .npmPackageUrl */ .DU)(name, version);
    // Both attestations are judged, so one failure does not hide the other.
    const attempt = async (judge) => {
        try {
            return await judge();
        }
        catch (error) {
            if (!(error instanceof _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC))
                throw error;
            problems.push(error.message);
            return null;
        }
    };
    const signer = await attempt(() => judgeProvenance(trust, attestations, purl, sha512Hex, subject));
    const keyId = await attempt(() => judgePublishAttestation(trust, attestations, keys.attestations, purl, sha512Hex, subject));
    return {
        row: row(keyId === null ? '-' : `npm key ${keyId.length > 16 ? `${keyId.slice(0, 15)}…` : keyId}`, signer ? (0,_publisher_trust_js__WEBPACK_IMPORTED_MODULE_11__/* .signerCell */ .jw)(signer, trust.policy) : '-', signer ? (0,_publisher_trust_js__WEBPACK_IMPORTED_MODULE_11__/* .commitCell */ .Ou)(signer) : '-', problems.length ? 'fails' : 'ok'),
        problems,
        notes: []
    };
}
async function checkPackage(ctx, trust, api, registry, name, version) {
    const subject = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(name)}@${version}`;
    const missing = (verdict, problem, notes = []) => ({
        row: [name, '-', '-', '-', verdict],
        problems: [problem],
        notes
    });
    try {
        const waited = await (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_12__/* .poll */ .wt)(ctx, `npm-provenance: ${subject} on ${registry}`, (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_12__/* .pollHost */ .iz)(registry), async () => {
            const found = await api.publishedVersion(name, version);
            if (found === null)
                return { done: false, seen: `no packument for ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(name)} (404)`, value: null };
            if (found.manifest === null)
                return { done: false, seen: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(name)} lists ${found.versions.length} version(s), not ${version}`, value: null };
            return { done: true, value: found.manifest };
        });
        const notes = (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_12__/* .waitNote */ .Cm)(waited).map((note) => `${subject}: ${note}`);
        if (waited.value === null)
            return missing('not published', (0,_npm_js__WEBPACK_IMPORTED_MODULE_10__/* .absentMessage */ .hj)(ctx, subject, registry, waited), notes);
        const finding = await judgeVersion(ctx, trust, api, registry, waited.value, name, version);
        return { ...finding, notes: [...notes, ...finding.notes] };
    }
    catch (error) {
        if (error instanceof _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckFailed */ .EC)
            return missing('could not be checked', error.message);
        if (error instanceof _clients_npm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NpmError */ .Cm || error instanceof _formats_packument_js__WEBPACK_IMPORTED_MODULE_8__/* .PackumentError */ .$A || error instanceof _formats_npm_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .NpmKeysFormatError */ .zV || error instanceof _clients_sigstore_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SigstoreTrustError */ .j) {
            return missing('could not be checked', `${subject}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error)}`);
        }
        throw error;
    }
}


/***/ }),

/***/ 61756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ou: () => (/* binding */ commitCell),
/* harmony export */   R2: () => (/* binding */ isTrust),
/* harmony export */   fE: () => (/* binding */ publisherTrust),
/* harmony export */   jw: () => (/* binding */ signerCell),
/* harmony export */   nO: () => (/* binding */ expectedSigner)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81956);
/* harmony import */ var _supply_chain_signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91491);




/**
 * The trust a provenance check needs, or the outcome that ends it first: skipped when the registry section's
 * `provenance` is false (`offKey`) or `supply-chain` is `false`; failed when `supply-chain` is missing (it names
 * the signer, and without a signer no provenance can be judged). A trust failure (no trusted root) throws
 * CheckFailed with its cause.
 */
async function publisherTrust(ctx, checkId, provenance, offKey) {
    if (!provenance)
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .skip */ .iv)(`turned off in config ("${offKey}: false")`);
    const supplyChain = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionOf */ .ZE)(ctx.config, 'supply-chain');
    if (supplyChain.state === 'off') {
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .skip */ .iv)(`"supply-chain: false" leaves no signer identity to hold provenance to; set ${offKey}: false to say so, or configure supply-chain`);
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
        policy: (0,_supply_chain_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .signerPolicy */ .xm)(ctx, section),
        verifier: await (0,_supply_chain_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .signerVerifier */ .Pd)(ctx, section),
        workflowFile: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(section.workflow)
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
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(san.startsWith(own) ? san.slice(own.length) : san, 160);
}
/** The commit a certificate names, shortened for the table. */
function commitCell(signer) {
    return signer.sourceCommit ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(signer.sourceCommit.toLowerCase().slice(0, 12)) : '(none)';
}
/** Who must have signed, for summaries: `.github/workflows/release.yml@refs/tags/v1.2.3 at 0123456789ab`. */
function expectedSigner(policy) {
    const own = `${policy.sourceRepositoryUri}/`;
    const san = policy.san.startsWith(own) ? policy.san.slice(own.length) : policy.san;
    return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(san, 160)} at ${policy.sourceCommit.slice(0, 12)}`;
}


/***/ }),

/***/ 69262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ judgeFile),
/* harmony export */   PM: () => (/* binding */ fileTargets),
/* harmony export */   ro: () => (/* binding */ CONCURRENT_FETCHES)
/* harmony export */ });
/* unused harmony export judgeProvenance */
/* harmony import */ var _clients_pypi_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27130);
/* harmony import */ var _clients_sigstore_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50896);
/* harmony import */ var _clients_sigstore_signer_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39152);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
/* harmony import */ var _util_poll_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66451);
/* harmony import */ var _formats_pep740_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45996);
/* harmony import */ var _publisher_trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61756);







/** Provenance objects fetched at once: a release has a few dozen files, each one small request. */
const CONCURRENT_FETCHES = 6;
function publisherCell(publisher) {
    switch (publisher.kind) {
        case 'GitHub':
            return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(`${publisher.repository} ${publisher.workflow}${publisher.environment ? ` (${publisher.environment})` : ''}`, 120);
        case 'GitLab':
            return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(`GitLab ${publisher.repository} ${publisher.workflowFilepath}`, 120);
        case 'Google':
            return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(`Google ${publisher.email}`, 120);
        default:
            return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(`${publisher.publisherKind} publisher`, 120);
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
        return `its trusted publisher is GitHub ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(publisher.repository)} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(publisher.workflow)}, expected ${wanted}`;
    }
    if (expected.environment !== null && (publisher.environment ?? '').toLowerCase() !== expected.environment.toLowerCase()) {
        const said = publisher.environment === null ? 'no environment' : `environment ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(publisher.environment)}`;
        return `its trusted publisher names ${said}, expected environment ${expected.environment} (pypi.environment); publish from a job with \`environment: ${expected.environment}\` and register that environment on the trusted publisher`;
    }
    return null;
}
async function judgeAttestation(trust, attestation, file) {
    let verified;
    try {
        verified = await trust.verifier.verify((0,_formats_pep740_js__WEBPACK_IMPORTED_MODULE_4__/* .attestationToBundle */ .cv)(attestation));
    }
    catch (error) {
        if (error instanceof _clients_sigstore_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SigstoreVerificationError */ .u || error instanceof _formats_pep740_js__WEBPACK_IMPORTED_MODULE_4__/* .Pep740FormatError */ .yv) {
            return { good: false, broken: true, reason: `does not verify as a Sigstore bundle: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(error.message, 300)}`, signer: null };
        }
        throw error;
    }
    const { signer, content } = verified;
    const mismatch = (0,_clients_sigstore_signer_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .signerMismatch */ .B)(signer, trust.policy);
    if (mismatch)
        return { good: false, broken: false, reason: mismatch, signer };
    if (content.kind !== 'dsse')
        return { good: false, broken: true, reason: 'is not a DSSE attestation', signer };
    let statement;
    try {
        statement = (0,_formats_pep740_js__WEBPACK_IMPORTED_MODULE_4__/* .readPep740Statement */ .kj)(content.payload);
    }
    catch (error) {
        if (error instanceof _formats_pep740_js__WEBPACK_IMPORTED_MODULE_4__/* .Pep740FormatError */ .yv)
            return { good: false, broken: true, reason: error.message, signer };
        throw error;
    }
    if (statement.subjectName !== file.file) {
        return { good: false, broken: true, reason: `attests ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(statement.subjectName, 200)}, not this file`, signer };
    }
    if (statement.sha256 !== file.sha256) {
        return { good: false, broken: true, reason: `attests sha256 ${statement.sha256}, but the built file's is ${file.sha256}`, signer };
    }
    if (statement.predicateType !== _formats_pep740_js__WEBPACK_IMPORTED_MODULE_4__/* .PYPI_PUBLISH_V1 */ .LY) {
        return {
            good: false,
            broken: false,
            reason: `has predicate type ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(statement.predicateType, 120)}, not PyPI's publish attestation ${_formats_pep740_js__WEBPACK_IMPORTED_MODULE_4__/* .PYPI_PUBLISH_V1 */ .LY}`,
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
async function judgeProvenance(trust, expected, provenance, file) {
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
        return { row: [file.file, publisherCell(good.publisher), (0,_publisher_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .signerCell */ .jw)(good.signer, trust.policy), (0,_publisher_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .commitCell */ .Ou)(good.signer), 'ok'], problems, notes };
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
            signer ? (0,_publisher_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .signerCell */ .jw)(signer, trust.policy) : '-',
            signer ? (0,_publisher_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .commitCell */ .Ou)(signer) : '-',
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
        waited = await (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_6__/* .poll */ .wt)(ctx, `pypi-provenance: ${target.subject} on ${target.shownIndex}`, (0,_util_poll_js__WEBPACK_IMPORTED_MODULE_6__/* .pollHost */ .iz)(target.index), async () => {
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
        if (!(error instanceof _clients_pypi_js__WEBPACK_IMPORTED_MODULE_0__/* .PypiError */ .pk))
            throw error;
        return {
            targets: built.map((file) => ({ file, url: fallback(file) })),
            notes: [`the simple API could not list the files (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(error.message, 200)}); each file's provenance was asked at the integrity API`]
        };
    }
    const unlisted = built.filter((b) => !listed.has(b.file)).map((b) => b.file);
    const notes = [...(0,_util_poll_js__WEBPACK_IMPORTED_MODULE_6__/* .waitNote */ .Cm)(waited)];
    if (unlisted.length > 0)
        notes.push(`not listed on the simple API when the wait ended: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$)(unlisted.join(', '), 300)} (see the pypi check)`);
    return { targets: built.map((file) => ({ file, url: listed.get(file.file) ?? fallback(file) })), notes };
}
async function judgeFile(trust, expected, api, target, { file, url }) {
    const row = (verdict) => [file.file, '-', '-', '-', verdict];
    let provenance;
    try {
        provenance = await api.provenance(url);
    }
    catch (error) {
        if (error instanceof _clients_pypi_js__WEBPACK_IMPORTED_MODULE_0__/* .PypiError */ .pk)
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
    return judgeProvenance(trust, expected, provenance, file);
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


/***/ })

};
