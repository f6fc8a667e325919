export const id = 993;
export const ids = [993];
export const modules = {

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

/***/ 17993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NPM_REGISTRY_KEYS_TARGET: () => (/* reexport */ NPM_REGISTRY_KEYS_TARGET),
  SigstoreTrustError: () => (/* reexport */ sigstore_errors/* SigstoreTrustError */.j),
  SigstoreVerificationError: () => (/* reexport */ sigstore_errors/* SigstoreVerificationError */.u),
  TRUSTED_ROOT_MEDIA_TYPE: () => (/* reexport */ TRUSTED_ROOT_MEDIA_TYPE),
  createVerifier: () => (/* binding */ createVerifier),
  signerMismatch: () => (/* reexport */ signer_policy/* signerMismatch */.B)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/formats/fulcio-certificate.ts
/**
 * The signer identity a Fulcio leaf certificate states, read from its extensions
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). Pure: it reads a parsed certificate and
 * believes nothing; only a certificate the verifier chained to a trusted CA may be read for a verdict.
 */
/** Fulcio certificate extension OIDs. */
const FULCIO_OID = {
    /** Legacy issuer: raw bytes of the URL. */
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    /** Issuer: DER UTF8String. */
    issuer: '1.3.6.1.4.1.57264.1.8',
    /** Source Repository URI (https://github.com/owner/repo): DER UTF8String. */
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    /** Source Repository Digest (commit SHA): DER UTF8String. */
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    /** Source Repository Ref (refs/tags/v1.2.3): DER UTF8String. */
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    /** Build Config URI: the top-level workflow of the run, `{server}/{owner}/{repo}/{path}@{ref}`; DER UTF8String. */
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
    /** Legacy GitHub workflow SHA and ref: raw bytes. */
    githubWorkflowShaV1: '1.3.6.1.4.1.57264.1.3',
    githubWorkflowRefV1: '1.3.6.1.4.1.57264.1.6'
};
/** A Fulcio extension's string value: DER UTF8String inside the extension (v2 OIDs) or raw bytes (legacy). */
function extensionString(cert, oid, der) {
    const ext = cert.extension(oid);
    if (!ext)
        return null;
    try {
        const bytes = der ? ext.valueObj.subs[0]?.value : ext.value;
        return bytes ? bytes.toString('utf8') : null;
    }
    catch {
        return null;
    }
}
/** The identity stated by a Fulcio leaf certificate (v2 extensions, falling back to the legacy ones). */
function signerIdentityOf(cert) {
    let san = null;
    try {
        san = cert.subjectAltName ?? null;
    }
    catch {
        san = null;
    }
    return {
        san,
        issuer: extensionString(cert, FULCIO_OID.issuer, true) ?? extensionString(cert, FULCIO_OID.issuerV1, false),
        sourceCommit: extensionString(cert, FULCIO_OID.sourceRepositoryDigest, true) ?? extensionString(cert, FULCIO_OID.githubWorkflowShaV1, false),
        sourceRef: extensionString(cert, FULCIO_OID.sourceRepositoryRef, true) ?? extensionString(cert, FULCIO_OID.githubWorkflowRefV1, false),
        sourceRepositoryUri: extensionString(cert, FULCIO_OID.sourceRepositoryUri, true),
        buildConfigUri: extensionString(cert, FULCIO_OID.buildConfigUri, true)
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/zod-issue.ts
var zod_issue = __webpack_require__(59935);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/clients/sigstore/errors.ts
var sigstore_errors = __webpack_require__(50896);
;// CONCATENATED MODULE: ./src/clients/sigstore/instances.ts







/**
 * The trusted material split into Sigstore instances, each verified with the evidence its own verifiers require
 * (SPEC, `supply-chain`). The cryptography is all @sigstore/verify's: this module only decides which thresholds a
 * bundle is held to, from the instance whose CA issued its certificate.
 */
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
/**
 * An instance with a transparency log (Sigstore public-good): a verified Rekor entry and an SCT from a trusted CT
 * log, as `cosign` and `gh attestation verify` require, and a timestamp (the entry's inclusion promise or an RFC 3161
 * timestamp) at which the certificate was valid.
 */
const LOGGED_INSTANCE = { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 };
/**
 * An instance without a log (GitHub's own, which signs for private repositories and release attestations): only
 * its TSA can say when the certificate was used, so an RFC 3161 timestamp from that instance's TSA is required.
 * With no log in its material, a log entry cannot count (every entry a bundle carries is still verified, and fails).
 */

const TIMESTAMP_ONLY_INSTANCE = { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 };
/** @sigstore/verify's error: a code (TLOG_ERROR, CERTIFICATE_ERROR, …) and a message. */
class InstanceVerificationError extends errors/* ReleaseGatesError */.O {
    name = 'InstanceVerificationError';
    constructor(message, options) {
        super('sigstore-verify', message, options);
    }
}
/** Just enough shape to name what is wrong before the protobuf reader fills in defaults for anything missing. */
const trustedRootShape = schemas/* object */.Ikc({
    mediaType: schemas/* string */.YjP(),
    certificateAuthorities: schemas/* array */.YOg(schemas/* object */.Ikc({ certChain: schemas/* object */.Ikc({ certificates: schemas/* array */.YOg(schemas/* object */.Ikc({ rawBytes: schemas/* string */.YjP() })).min(1) }) })).min(1),
    tlogs: schemas/* array */.YOg(schemas/* object */.Ikc({ publicKey: schemas/* object */.Ikc({ rawBytes: schemas/* string */.YjP() }), logId: schemas/* object */.Ikc({ keyId: schemas/* string */.YjP() }) })).optional(),
    timestampAuthorities: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
    ctlogs: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional()
});
/** One instance from a trusted root already in protobuf form (what TUF gives). */
function instanceOf(root) {
    const trustMaterial = (0,verify_dist/* toTrustMaterial */.jO)(root);
    const logged = root.tlogs.length > 0;
    return {
        logged,
        caCertificates: trustMaterial.certificateAuthorities.flatMap((ca) => ca.certChain),
        verifier: new verify_dist/* Verifier */.BL(trustMaterial, logged ? LOGGED_INSTANCE : TIMESTAMP_ONLY_INSTANCE),
        root
    };
}
/**
 * One instance from a trusted_root.json document (already parsed). A document is one instance, as
 * `gh attestation trusted-root` prints one per line (public-good, then GitHub's); CAs merged into a document
 * with a log are held to that log — stricter, never weaker.
 */
function instanceFromJSON(json, shownAs) {
    const parsed = trustedRootShape.safeParse(json);
    if (!parsed.success) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`${shownAs} is not a Sigstore trusted root: ${(0,zod_issue/* firstZodIssue */.Fs)(parsed.error, { top: '(top)' })}`);
    }
    const { mediaType, tlogs = [], ctlogs = [], timestampAuthorities = [] } = parsed.data;
    if (!mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`${shownAs} has mediaType ${(0,util_text/* clip */.$)(mediaType)}, expected ${TRUSTED_ROOT_MEDIA_TYPE}`);
    }
    if (tlogs.length === 0 && timestampAuthorities.length === 0) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`${shownAs} has neither a transparency log nor a timestamp authority: no bundle could prove when it was signed`);
    }
    if (tlogs.length > 0 && ctlogs.length === 0) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`${shownAs} has a transparency log but no CT log: its certificates' SCTs could not be checked, so no bundle of that instance could verify; use the instance's complete trusted_root.json`);
    }
    try {
        return instanceOf(protobuf_specs_dist.TrustedRoot.fromJSON(json));
    }
    catch (error) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`${shownAs} holds an unreadable key or certificate: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 160)}`, { cause: error });
    }
}
/** Whether `ca` signed `leaf` (its issuer name and its signature, checked by @sigstore/core). */
function issued(ca, leaf) {
    try {
        return leaf.issuer.equals(ca.subject) && leaf.verify(ca);
    }
    catch {
        return false;
    }
}
/** How far @sigstore/verify got before failing, so that the most telling failure is the one reported. */
function stage(error) {
    const code = String(error.code ?? '');
    if (code.startsWith('TIMESTAMP'))
        return 0;
    if (code.startsWith('CERTIFICATE') || code.startsWith('PUBLIC_KEY'))
        return 1;
    if (code.startsWith('TLOG'))
        return 2;
    return 3;
}
/** @sigstore/verify's code and message. */
function describe(error) {
    const code = error.code;
    const message = (0,util_text/* messageOf */.b)(error);
    return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
/**
 * Verifies `entity` under the instance whose CA issued its certificate (all instances when none did: the library
 * then says why the chain fails). Throws InstanceVerificationError with the most telling failure.
 */
function verifyWithInstances(instances, entity, leaf) {
    const claimed = instances.filter((instance) => instance.caCertificates.some((ca) => issued(ca, leaf)));
    let worst = null;
    for (const instance of claimed.length ? claimed : instances) {
        try {
            // No identity policy here: the library would treat the SAN as a regular expression (see signerMismatch).
            instance.verifier.verify(entity);
            return;
        }
        catch (error) {
            if (!worst || stage(error) > stage(worst.error))
                worst = { error, instance };
        }
    }
    if (!worst)
        throw new InstanceVerificationError('no Sigstore instance in the trusted material');
    const why = describe(worst.error);
    const hint = worst.instance.logged && /tlog entries|SCTs/.test(why)
        ? " (its CA belongs to an instance with a transparency log, which requires a log entry and an SCT; only an instance without a log, such as GitHub's, is trusted on an RFC 3161 timestamp alone)"
        : '';
    throw new InstanceVerificationError(`${why}${hint}`, { cause: worst.error });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/clients/sigstore/public-key.ts




/** The evidence a key-signed bundle needs: a log entry (with its time); no certificate, hence no SCT. */
const KEY_SIGNED = { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 };
/**
 * The logs (and TSAs) of the instances that have a log, as one trusted root without CAs: only a logged instance
 * can say when a key signed, and no certificate is involved.
 */
function keySigningRoot(instances) {
    const logged = instances.filter((instance) => instance.logged);
    if (logged.length === 0) {
        throw new sigstore_errors/* SigstoreTrustError */.j('no instance of the trusted material has a transparency log: a bundle signed with a public key can only be dated by its log entry');
    }
    return {
        mediaType: TRUSTED_ROOT_MEDIA_TYPE,
        tlogs: logged.flatMap((instance) => instance.root.tlogs),
        timestampAuthorities: logged.flatMap((instance) => instance.root.timestampAuthorities),
        certificateAuthorities: [],
        ctlogs: []
    };
}
const iso = (date) => date.toISOString();
function windowOf(key) {
    const from = key.validFrom ? `from ${iso(key.validFrom)}` : 'from no stated start';
    const until = key.expires ? `until ${iso(key.expires)}` : 'with no end';
    return `valid ${from} ${until}`;
}
function outsideWindow(key, at) {
    const id = (0,util_text/* clip */.$)(key.keyId, 80);
    const when = `its log entry was integrated at ${iso(at)} (the key is ${windowOf(key)})`;
    if (key.expires && at >= key.expires)
        return `bundle is signed with key ${id}, which expired at ${iso(key.expires)}: ${when}`;
    if (key.validFrom && at < key.validFrom)
        return `bundle is signed with key ${id}, which was not valid before ${iso(key.validFrom)}: ${when}`;
    return `bundle is signed with key ${id}, which was not valid at ${iso(at)}: ${when}`;
}
function publicKeyOf(key) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: key.spki, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`key ${(0,util_text/* clip */.$)(key.keyId, 80)} is not a public key (SPKI DER): ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 120)}`, { cause: error });
    }
}
function loggedAtOf(bundle) {
    const times = bundle.verificationMaterial.tlogEntries.map((entry) => Number(entry.integratedTime)).filter((t) => Number.isFinite(t) && t > 0);
    return times.length ? new Date(Math.min(...times) * 1000) : null;
}
/**
 * Verifies a bundle signed with one of `keys` against the logs of `root` (keySigningRoot). Throws
 * SigstoreVerificationError: a certificate bundle, a key not in `keys`, a key outside its window at the log time,
 * a bad signature, an entry not from a trusted log.
 */
function verifyWithPublicKeys(root, bundle, entity, keys) {
    if (entity.key.$case !== 'public-key') {
        throw new sigstore_errors/* SigstoreVerificationError */.u('bundle is signed with a certificate: expected a bundle signed by the registry key (verificationMaterial.publicKey naming the key)');
    }
    const hint = entity.key.hint;
    const key = keys.find((candidate) => candidate.keyId === hint);
    if (!key) {
        const listed = keys.length ? keys.map((k) => k.keyId).join(', ') : 'no key';
        throw new sigstore_errors/* SigstoreVerificationError */.u(`bundle is signed with key ${(0,util_text/* clip */.$)(hint || '(no key hint)', 80)}, which the registry's key list (${(0,util_text/* clip */.$)(listed, 200)}) does not list`);
    }
    const publicKey = publicKeyOf(key);
    let rejectedAt = null;
    const finder = () => ({
        publicKey,
        validFor(date) {
            const valid = (key.validFrom === null || key.validFrom <= date) && (key.expires === null || date < key.expires);
            if (!valid)
                rejectedAt ??= date;
            return valid;
        }
    });
    try {
        new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(root, finder), KEY_SIGNED).verify(entity);
    }
    catch (error) {
        if (rejectedAt)
            throw new sigstore_errors/* SigstoreVerificationError */.u(outsideWindow(key, rejectedAt), { cause: error });
        throw new sigstore_errors/* SigstoreVerificationError */.u(`bundle does not verify: ${(0,util_text/* clip */.$)(describe(error), 400)}`, { cause: error });
    }
    return { keyId: key.keyId, loggedAt: loggedAtOf(bundle) };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
;// CONCATENATED MODULE: ./src/clients/sigstore/tuf.ts




const TRUSTED_ROOT_TARGET = 'trusted_root.json';
const NPM_REGISTRY_KEYS_TARGET = 'registry.npmjs.org/keys.json';
/** The innermost message of an error chain (a TUF error wraps the fetch error that wraps ECONNREFUSED). */
function causeChain(error) {
    const parts = [];
    let current = error;
    for (let depth = 0; current && depth < 6; depth++) {
        // Read fields, not `instanceof Error`: fetch's errors come from another realm under a test runner's VM.
        const { message, code, cause } = current;
        let text = typeof message === 'string' ? message : String(current);
        if (typeof code === 'string' && !text.includes(code))
            text = text ? `${text} (${code})` : code;
        if (text && !parts.some((p) => p.includes(text)))
            parts.push(text);
        current = cause;
    }
    return parts.join(': ');
}
/** Refreshes the TUF metadata under `tufCacheDir` and reads the trusted root. Throws SigstoreTrustError with the cause. */
async function openTuf(source) {
    let client;
    let text;
    try {
        client = await (0,tuf_dist.initTUF)({
            cachePath: source.tufCacheDir,
            ...(source.tufMirrorUrl ? { mirrorURL: source.tufMirrorUrl } : {}),
            ...(source.tufRootFile ? { rootPath: source.tufRootFile } : {}),
            retry: source.tufRetries ?? 2
        }).catch((error) => {
            // initTUF's refresh throws tuf-js's own error; say what failed, as a target read would.
            throw error instanceof tuf_dist.TUFError ? error : new tuf_dist.TUFError({ code: 'TUF_REFRESH_METADATA_ERROR', message: 'error refreshing TUF metadata', cause: error });
        });
        text = await client.getTarget(TRUSTED_ROOT_TARGET);
    }
    catch (error) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`cannot get the Sigstore trusted root through TUF: ${(0,util_text/* clip */.$)(causeChain(error), 300)}`, { cause: error });
    }
    let root;
    try {
        root = protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse(text));
    }
    catch (error) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`the Sigstore trusted root from TUF is unreadable: ${(0,util_text/* clip */.$)(causeChain(error), 160)}`, { cause: error });
    }
    return {
        root,
        async target(name) {
            try {
                return await client.getTarget(name);
            }
            catch (error) {
                throw new sigstore_errors/* SigstoreTrustError */.j(`cannot get ${(0,util_text/* clip */.$)(name, 120)} through TUF: ${(0,util_text/* clip */.$)(causeChain(error), 300)}`, { cause: error });
            }
        }
    };
}

// EXTERNAL MODULE: ./src/clients/sigstore/signer-policy.ts
var signer_policy = __webpack_require__(39152);
;// CONCATENATED MODULE: ./src/clients/sigstore/index.ts












const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;
function hashAlgorithmName(algorithm) {
    switch (algorithm) {
        case protobuf_specs_dist.HashAlgorithm.SHA2_256:
        case protobuf_specs_dist.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
            return 'sha256';
        case protobuf_specs_dist.HashAlgorithm.SHA2_384:
            return 'sha384';
        case protobuf_specs_dist.HashAlgorithm.SHA2_512:
            return 'sha512';
        default:
            return `hash algorithm ${String(algorithm)}`;
    }
}
function contentOf(bundle) {
    if (bundle.content.$case === 'dsseEnvelope') {
        const envelope = bundle.content.dsseEnvelope;
        return { kind: 'dsse', payloadType: envelope.payloadType, payload: Buffer.from(envelope.payload) };
    }
    const digest = bundle.content.messageSignature.messageDigest;
    if (!digest)
        throw new sigstore_errors/* SigstoreVerificationError */.u('bundle message signature has no message digest');
    return { kind: 'message-signature', digest: { algorithm: hashAlgorithmName(digest.algorithm), hex: Buffer.from(digest.digest).toString('hex') } };
}
/** Reads a bundle and the entity @sigstore/verify checks. Throws SigstoreVerificationError. */
function readBundle(json, artifact) {
    let bundle;
    try {
        bundle = (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (error) {
        throw new sigstore_errors/* SigstoreVerificationError */.u(`not a valid Sigstore bundle: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 200)}`, { cause: error });
    }
    if (bundle.content.$case === 'messageSignature' && !artifact) {
        throw new sigstore_errors/* SigstoreVerificationError */.u('a message-signature bundle needs the signed artifact to verify');
    }
    try {
        return { bundle, entity: (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact) };
    }
    catch (error) {
        throw new sigstore_errors/* SigstoreVerificationError */.u(`unreadable Sigstore bundle: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 200)}`, { cause: error });
    }
}
class InstancesVerifier {
    instances;
    tuf;
    trust;
    keyRoot = null;
    constructor(instances, tuf) {
        this.instances = instances;
        this.tuf = tuf;
        this.trust = tuf ? 'tuf' : 'file';
    }
    async verify(json, options = {}) {
        const { bundle, entity } = readBundle(json, options.artifact);
        if (entity.key.$case !== 'certificate') {
            throw new sigstore_errors/* SigstoreVerificationError */.u('bundle is signed with a bare public key, not a Fulcio certificate: the signer cannot be identified');
        }
        try {
            verifyWithInstances(this.instances, entity, entity.key.certificate);
        }
        catch (error) {
            throw new sigstore_errors/* SigstoreVerificationError */.u(`bundle does not verify: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 400)}`, { cause: error });
        }
        // The leaf the verifier just chained to a trusted CA and whose key checked the signature.
        return { signer: signerIdentityOf(entity.key.certificate), content: contentOf(bundle) };
    }
    async verifyWithKeys(json, keys) {
        const { bundle, entity } = readBundle(json, undefined);
        this.keyRoot ??= keySigningRoot(this.instances);
        const { keyId, loggedAt } = verifyWithPublicKeys(this.keyRoot, bundle, entity, keys);
        return { keyId, content: contentOf(bundle), loggedAt };
    }
    async registryKeysTarget() {
        if (!this.tuf) {
            throw new sigstore_errors/* SigstoreTrustError */.j(`cannot get ${NPM_REGISTRY_KEYS_TARGET} through TUF: the trusted material comes from a trusted_root.json file, not TUF`);
        }
        return this.tuf.target(NPM_REGISTRY_KEYS_TARGET);
    }
}
/**
 * The trusted_root.json documents of a file: one JSON document, or JSON Lines of them (one instance a line, as
 * `gh attestation trusted-root` prints public-good and GitHub's own).
 */
async function readTrustedRootFile(file) {
    let text;
    try {
        const info = await (0,promises_.stat)(file);
        if (!info.isFile())
            throw new sigstore_errors/* SigstoreTrustError */.j(`trusted root ${file} is not a file`);
        if (info.size > MAX_TRUSTED_ROOT_BYTES)
            throw new sigstore_errors/* SigstoreTrustError */.j(`trusted root ${file} is ${info.size} bytes, more than ${MAX_TRUSTED_ROOT_BYTES}`);
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof sigstore_errors/* SigstoreTrustError */.j)
            throw error;
        throw new sigstore_errors/* SigstoreTrustError */.j(`cannot read trusted root ${file}: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 160)}`, { cause: error });
    }
    try {
        return [JSON.parse(text)];
    }
    catch (error) {
        const lines = text.split('\n').filter((line) => line.trim() !== '');
        if (lines.length < 2)
            throw new sigstore_errors/* SigstoreTrustError */.j(`cannot read trusted root ${file}: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 160)}`, { cause: error });
        return lines.map((line, index) => {
            try {
                return JSON.parse(line);
            }
            catch (lineError) {
                throw new sigstore_errors/* SigstoreTrustError */.j(`cannot read trusted root ${file} line ${index + 1} (JSON Lines, one trusted root a line): ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(lineError), 160)}`, {
                    cause: lineError
                });
            }
        });
    }
}
/** Trusted material from a trusted_root.json file, or Sigstore public-good through TUF cached under `tufCacheDir`. Throws with the cause. */
async function createVerifier(source) {
    if ('trustedRootFile' in source) {
        const documents = await readTrustedRootFile(source.trustedRootFile);
        const shown = (index) => `trusted root ${source.trustedRootFile}${documents.length > 1 ? ` line ${index + 1}` : ''}`;
        return new InstancesVerifier(documents.map((json, index) => instanceFromJSON(json, shown(index))), null);
    }
    const tuf = await openTuf(source);
    let instance;
    try {
        instance = instanceOf(tuf.root);
    }
    catch (error) {
        throw new sigstore_errors/* SigstoreTrustError */.j(`the Sigstore trusted root from TUF is unreadable: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 160)}`, { cause: error });
    }
    return new InstancesVerifier([instance], tuf);
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


/***/ })

};
