export const id = 144;
export const ids = [144];
export const modules = {

/***/ 75647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ pep440Key),
/* harmony export */   CI: () => (/* binding */ parseWheelName),
/* harmony export */   Cu: () => (/* binding */ expandTags),
/* harmony export */   K3: () => (/* binding */ parseSdistName),
/* harmony export */   hJ: () => (/* binding */ sdistFileName),
/* harmony export */   yn: () => (/* binding */ classifyWheelNames)
/* harmony export */ });
/* unused harmony exports fileNameForm, platformInFamily, servesInterpreter */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


/** The name as PEP 625 (and the wheel spec) write it in a file name: separators become `_`, lower case. */
function fileNameForm(name) {
    return name.replace(/[-_.]+/g, '_').toLowerCase();
}
/** Memo for small, repetitive domains (versions and tags recur across a matrix); cleared when full so it stays bounded. */
function memoized(fn, max = 1024) {
    const cache = new Map();
    return (key) => {
        if (cache.has(key))
            return cache.get(key);
        if (cache.size >= max)
            cache.clear();
        const value = fn(key);
        cache.set(key, value);
        return value;
    };
}
/** A PEP 440 version in a form where equal meaning means equal text, or null when it is not PEP 440. */
const pep440Key = memoized((version) => {
    const parsed = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePep440 */ .FB)(version);
    return parsed ? (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPep440 */ .J4)(parsed, 1) : null;
});
/** The one sdist file name PEP 625 allows for a project and (PEP 440) version. */
function sdistFileName(project, pep440Version) {
    return `${fileNameForm(project)}-${pep440Version}.tar.gz`;
}
/**
 * Parses an sdist file name as pip's `parse_sdist_filename` does (packaging.utils): the
 * extension `.tar.gz` or `.zip`, then the name and version split at the LAST dash, since legacy
 * names such as `python-dateutil-2.8.2.tar.gz` keep their dashes while versions have none.
 */
function parseSdistName(file) {
    const format = file.endsWith('.tar.gz') ? 'tar.gz' : file.endsWith('.zip') ? 'zip' : null;
    if (format === null)
        return { ok: false, problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)} is not an sdist file name (it ends neither in .tar.gz nor in .zip)` };
    const stem = file.slice(0, -(format.length + 1));
    const dash = stem.lastIndexOf('-');
    if (dash <= 0)
        return { ok: false, problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)} is not an sdist file name ({name}-{version}.tar.gz has no dash before the version)` };
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name))
        return { ok: false, problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)}: "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" is not a valid distribution name` };
    if (pep440Key(version) === null)
        return { ok: false, problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)}: version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(version)}" is not PEP 440` };
    return { ok: true, sdist: { file, name, canonicalName: (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalizeName */ .yt)(name), version, format } };
}
const DIST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?$/;
const TAG = /^[A-Za-z0-9_]+$/;
const BUILD_TAG = /^\d[A-Za-z0-9_.]*$/;
function tagSet(part, what, file) {
    const tags = part.split('.');
    if (tags.some((t) => !TAG.test(t)))
        return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)}: ${what} tag "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(part, 60)}" is not a dot-separated set of tags`;
    return tags;
}
/** Parses a wheel file name; the problem names the file and what is wrong. */
function parseWheelName(file) {
    if (!file.endsWith('.whl'))
        return { ok: false, problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)} does not end in .whl` };
    const parts = file.slice(0, -'.whl'.length).split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        return {
            ok: false,
            problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)} is not a wheel file name ({name}-{version}[-{build}]-{python}-{abi}-{platform}.whl has 5 or 6 dash-separated parts, this has ${parts.length})`
        };
    }
    const [name, version] = parts;
    const build = parts.length === 6 ? parts[2] : null;
    const [python, abi, platform] = parts.slice(-3);
    if (!DIST_NAME.test(name))
        return { ok: false, problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)}: "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" is not a valid distribution name` };
    if (pep440Key(version) === null)
        return { ok: false, problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)}: version "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(version)}" is not PEP 440` };
    if (build !== null && !BUILD_TAG.test(build)) {
        return { ok: false, problem: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(file)}: build tag "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(build)}" must start with a digit` };
    }
    const pythonTags = tagSet(python, 'python', file);
    const abiTags = tagSet(abi, 'abi', file);
    const platformTags = tagSet(platform, 'platform', file);
    for (const set of [pythonTags, abiTags, platformTags])
        if (typeof set === 'string')
            return { ok: false, problem: set };
    return {
        ok: true,
        wheel: {
            file,
            name,
            canonicalName: (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalizeName */ .yt)(name),
            version,
            build,
            pythonTags: pythonTags,
            abiTags: abiTags,
            platformTags: platformTags
        }
    };
}
/** Every `python-abi-platform` triple a wheel's compressed tag sets stand for (what its WHEEL file lists as `Tag:`). */
function expandTags(wheel) {
    const out = [];
    for (const py of wheel.pythonTags)
        for (const abi of wheel.abiTags)
            for (const plat of wheel.platformTags)
                out.push(`${py}-${abi}-${plat}`);
    return out;
}
/**
 * macOS binary formats that run on each architecture, as pip decides it
 * (packaging.tags._mac_binary_formats): a universal2 wheel installs on both
 * x86_64 and arm64 Macs, so it fills both families.
 */
const MAC_FORMATS = {
    x86_64: ['x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'],
    arm64: ['arm64', 'universal2'],
    i386: ['i386', 'intel', 'fat32', 'fat', 'universal'],
    ppc64: ['ppc64', 'fat64', 'universal'],
    ppc: ['ppc', 'fat32', 'fat', 'universal']
};
const familyMatchers = memoized((family) => {
    const exact = (platform) => platform === family;
    const m = /^(manylinux|musllinux|macosx)_([a-z0-9_]+)$/.exec(family);
    // A family names an arch only; `manylinux_2_28_x86_64` is a full tag and matches itself.
    if (!m || /^\d+_\d+_/.test(m[2]))
        return exact;
    const [, kind, arch] = m;
    if (kind === 'manylinux') {
        const current = new RegExp(`^manylinux_\\d+_\\d+_${arch}$`);
        const legacy = new Set([`manylinux1_${arch}`, `manylinux2010_${arch}`, `manylinux2014_${arch}`]);
        return (platform) => legacy.has(platform) || current.test(platform);
    }
    if (kind === 'musllinux') {
        const current = new RegExp(`^musllinux_\\d+_\\d+_${arch}$`);
        return (platform) => current.test(platform);
    }
    const formats = new Set(MAC_FORMATS[arch] ?? [arch]);
    return (platform) => {
        const p = /^macosx_\d+_\d+_([a-z0-9_]+)$/.exec(platform);
        return p !== null && formats.has(p[1]);
    };
});
/**
 * Whether a platform tag belongs to a configured platform family:
 * `manylinux_<arch>` covers `manylinux_X_Y_<arch>` and the legacy
 * `manylinux1`/`manylinux2010`/`manylinux2014_<arch>`; `musllinux_<arch>` covers
 * `musllinux_X_Y_<arch>`; `macosx_<arch>` covers `macosx_X_Y_<format>` for every
 * format that runs on the arch. Anything else (`win_amd64`, `win_arm64`, or a
 * full tag such as `manylinux_2_28_x86_64`) matches itself only.
 */
function platformInFamily(platform, family) {
    return familyMatchers(family)(platform);
}
const parsePythonTag = memoized((tag) => {
    const m = /^([a-z]+)(\d)(\d*)([a-z]*)$/.exec(tag);
    if (!m)
        return null;
    return { impl: m[1], major: Number(m[2]), minor: m[3] ? Number(m[3]) : null, suffix: m[4] };
});
/**
 * Whether a wheel installs on a configured interpreter (`cp312`, `cp313t`, `pp310`),
 * as pip decides it: the interpreter's own tag with its ABI (a free-threaded
 * `cp313t` needs abi `cp313t`), a stable-ABI `abi3` wheel built for the same or an
 * older CPython 3 minor, or a `py3`/`py3X` wheel with abi `none`.
 */
function servesInterpreter(wheel, interpreter) {
    const want = parsePythonTag(interpreter);
    if (!want)
        return wheel.pythonTags.includes(interpreter);
    const base = `${want.impl}${want.major}${want.minor ?? ''}`;
    const freeThreaded = want.suffix === 't';
    for (const py of wheel.pythonTags) {
        for (const abi of wheel.abiTags) {
            if (py === base) {
                if (want.impl !== 'cp')
                    return true;
                // Older CPython ABIs carry flags (cp37m: pymalloc); free-threaded builds need their own ABI.
                if (freeThreaded ? abi === interpreter : abi === 'none' || abi === 'abi3' || (abi.startsWith(base) && /^[dmu]*$/.test(abi.slice(base.length))))
                    return true;
                continue;
            }
            const have = parsePythonTag(py);
            if (!have || have.major !== want.major || want.minor === null)
                continue;
            if (want.impl === 'cp' && !freeThreaded && have.impl === 'cp' && abi === 'abi3' && have.minor !== null && have.minor <= want.minor)
                return true;
            if (have.impl === 'py' && abi === 'none' && (have.minor === null || have.minor <= want.minor))
                return true;
        }
    }
    return false;
}
/** Sorts wheel file names into the interpreter × platform matrix. */
function classifyWheelNames(files, spec) {
    const project = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalizeName */ .yt)(spec.project);
    const version = pep440Key(spec.version);
    const cells = spec.python.map(() => spec.platforms.map(() => []));
    const result = { cells, matched: [], outside: [], foreign: [], invalid: [] };
    for (const file of files) {
        const parsed = parseWheelName(file);
        if (!parsed.ok) {
            result.invalid.push({ file, problem: parsed.problem });
            continue;
        }
        const wheel = parsed.wheel;
        if (wheel.canonicalName !== project) {
            result.foreign.push({ wheel, reason: `is a wheel of project "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(wheel.name)}", not ${spec.project}` });
            continue;
        }
        if (version === null || pep440Key(wheel.version) !== version) {
            result.foreign.push({ wheel, reason: `is version ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(wheel.version)}, not ${spec.version}` });
            continue;
        }
        let filled = false;
        spec.python.forEach((interpreter, i) => {
            if (!servesInterpreter(wheel, interpreter))
                return;
            spec.platforms.forEach((family, j) => {
                if (wheel.platformTags.some((p) => platformInFamily(p, family))) {
                    cells[i][j].push(wheel);
                    filled = true;
                }
            });
        });
        (filled ? result.matched : result.outside).push(wheel);
    }
    return result;
}


/***/ }),

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ sha256Bytes),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   kI: () => (/* binding */ sha256Stream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/** Read size for files: large enough that per-chunk overhead does not matter, small enough to keep memory flat. */
const FILE_CHUNK_BYTES = 1024 * 1024;
/**
 * Hashes a stream chunk by chunk, so memory stays flat whatever the size
 * (a release file or a downloaded asset can be gigabytes).
 */
async function sha256Stream(chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.byteLength;
    }
    return { hex: hash.digest('hex'), size };
}
/**
 * Hashes a file by reading it through one reused buffer. A read stream would
 * allocate a fresh buffer per chunk and leave the garbage collector behind on a
 * multi-gigabyte file (peak RSS grows by tens of MiB); one buffer keeps it flat.
 */
async function sha256File(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buffer = Buffer.allocUnsafe(FILE_CHUNK_BYTES);
        let size = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
        return { hex: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}
/** sha256 of bytes already in memory (small files only). */
function sha256Bytes(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}


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

/***/ 8338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ summarizeProblems)
/* harmony export */ });
/** One summary line for a list of problems: the only one, or a count and the first (the rest go to details). */
function summarizeProblems(problems, noun) {
    return problems.length === 1 ? problems[0] : `${problems.length} ${noun} problems: ${problems[0]} (and ${problems.length - 1} more, see details)`;
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
/* harmony export */   Z9: () => (/* binding */ semverToPep440),
/* harmony export */   te: () => (/* binding */ isPythonFile),
/* harmony export */   yU: () => (/* binding */ nextVersion),
/* harmony export */   yt: () => (/* binding */ canonicalizeName)
/* harmony export */ });
/* unused harmony export semverProblem */
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
