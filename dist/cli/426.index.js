export const id = 426;
export const ids = [426];
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


/***/ })

};
