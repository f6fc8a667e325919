export const id = 455;
export const ids = [455];
export const modules = {

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

/***/ 26518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * The one way a duration is written in a message, a progress line or a summary:
 * "300 ms", "1.5 s", "60.0 s", "2.0 min". Under two minutes a wait reads best in
 * seconds (a person compares it with "a minute"); from two minutes on, in minutes,
 * the unit `wait-minutes` is given in. One decimal keeps "waited 4.0 s over 5 looks"
 * and the README's examples exact; milliseconds stay whole.
 */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 120_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${(ms / 60_000).toFixed(1)} min`;
}


/***/ }),

/***/ 66451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ waitNote),
/* harmony export */   Fg: () => (/* binding */ waitBudget),
/* harmony export */   Tk: () => (/* binding */ waitLimit),
/* harmony export */   c: () => (/* binding */ RUN_GRACE_MS),
/* harmony export */   h_: () => (/* binding */ PollRounds),
/* harmony export */   iz: () => (/* binding */ pollHost),
/* harmony export */   o1: () => (/* binding */ waitAdvice),
/* harmony export */   wt: () => (/* binding */ poll)
/* harmony export */ });
/* unused harmony exports WAIT_GRACE_MS, MIN_POLL_MS, MAX_POLL_MS, POLL_FRACTION, POLL_JITTER, pollInterval */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);

/**
 * The grace after the wait: as long as the client's header timeout (30 s), so the last
 * look a check takes — the only one with `wait-minutes: 0` — still gets one ordinary
 * answer, while a registry that drips its answer cannot hold the check much past the wait.
 */
const WAIT_GRACE_MS = 30_000;
/**
 * How long past `wait-minutes` a gate run may take in all, whatever the registries do: every
 * check ends by `wait.deadline + RUN_GRACE_MS` (the engine fails one still running then, naming
 * its pending requests), and a download may run that long past the wait. Two minutes: a release
 * file of hundreds of MiB moves in that time, and a check's last answers arrive in it.
 */
const RUN_GRACE_MS = 2 * 60_000;
function waitBudget(minutes, options = {}) {
    const now = options.now ?? Date.now;
    return { minutes, deadline: now() + minutes * 60_000, graceMs: options.graceMs ?? WAIT_GRACE_MS, now };
}
/** The wait as a limit a request ran into: "wait-minutes 0.5 (+30.0 s grace)". */
function waitLimit(wait) {
    return `wait-minutes ${wait.minutes} (+${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(wait.graceMs)} grace)`;
}
/**
 * No interval is shorter than this (unless the deadline is nearer): with rounds shared per host
 * (PollRounds), a registry sees at most one round of looks a second, however short the wait.
 */
const MIN_POLL_MS = 1_000;
/** At most this much, so a long wait still notices a change within a minute. */
const MAX_POLL_MS = 60_000;
/** The share of the time already waited that the next interval may be. */
const POLL_FRACTION = 0.1;
/** The share of an interval jitter may take off it. */
const POLL_JITTER = 0.1;
/**
 * The interval before the next look, after `elapsedMs` of waiting. A tenth of the time waited
 * so far keeps the delay between "it is there" and the verdict within about 10 % of the wait,
 * while the number of looks grows only with the logarithm of the wait: about 50 over 10
 * minutes (10 in the first 10 s at the 1 s floor, then 10 % longer each time).
 */
function pollInterval(elapsedMs) {
    return Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, elapsedMs * POLL_FRACTION));
}
/**
 * The rounds in which a gate run's checks look again, one schedule per registry host. Every
 * check waiting on a host looks in that host's rounds, so however many checks (and packages,
 * tags, files) wait on one registry, it sees one round at a time: at most one a second, about
 * 50 over a 10-minute wait, each asking once for what is still missing. A host's schedule
 * starts with the first look at it (its intervals are pollInterval of the time since), and each
 * interval above the floor is jittered once, so parallel jobs do not ask in step while this
 * run's checks do.
 */
class PollRounds {
    random;
    schedules = new Map();
    constructor(random) {
        this.random = random;
    }
    /** Starts `host`'s schedule at `at` (the first look at it); later calls change nothing. */
    join(host, at) {
        if (!this.schedules.has(host))
            this.schedules.set(host, [at]);
    }
    /** The first round on `host` after a look that started at `lookStarted`, and not before `now`. */
    next(host, lookStarted, now) {
        this.join(host, lookStarted);
        const rounds = this.schedules.get(host);
        const anchor = rounds[0];
        const due = (at) => at > lookStarted && at >= now;
        for (;;) {
            const found = rounds.find(due);
            if (found !== undefined)
                return found;
            const last = rounds[rounds.length - 1];
            // Jitter only ever shortens (the verdict stays within 10 % of the lag), never below the floor.
            const interval = pollInterval(last - anchor);
            // Whole milliseconds, as timers count: the rounds of two checks then meet exactly.
            rounds.push(last + Math.round(Math.max(MIN_POLL_MS, interval * (1 - POLL_JITTER * (this.random?.() ?? 0)))));
        }
    }
    /** Rounds scheduled so far on `host` (for the bench and tests). */
    scheduled(host) {
        return this.schedules.get(host)?.length ?? 0;
    }
}
/** The host (with its port) of a registry or API base URL: what a poll's rounds are kept by. A value that is no URL is its own key. */
function pollHost(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
/**
 * Asks `look` until it answers `done` or the deadline passes. `what` names the thing
 * waited for in the progress lines ("pypi: sketchlog 1.2.3 on https://pypi.org"); `host`
 * is the registry (or API) host the look asks, whose rounds it keeps (PollRounds).
 * Errors thrown by `look` end the wait and propagate: the caller fails closed.
 */
async function poll(clock, what, host, look) {
    const now = () => clock.wait.now();
    const rounds = clock.rounds ?? new PollRounds(clock.random);
    const started = now();
    rounds.join(host, started);
    let polls = 0;
    let lastSeen = null;
    for (;;) {
        const lookStarted = now();
        const answer = await look(polls);
        polls++;
        if (answer.done) {
            if (lastSeen !== null)
                clock.log(`${what}: ready after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(now() - started)} (${polls} looks)`);
            return { value: answer.value, done: true, lastSeen, polls, waitedMs: now() - started };
        }
        const remaining = clock.wait.deadline - now();
        if (answer.seen !== lastSeen) {
            lastSeen = answer.seen;
            if (remaining > 0)
                clock.log(`${what}: ${answer.seen}; waiting up to ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(remaining)}`);
        }
        if (remaining <= 0) {
            if (polls > 1)
                clock.log(`${what}: still ${answer.seen} after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(now() - started)}; giving up`);
            return { value: answer.value, done: false, lastSeen, polls, waitedMs: now() - started };
        }
        const nextRound = rounds.next(host, lookStarted, now());
        await clock.sleep(Math.min(nextRound - now(), remaining));
    }
}
/** The note a check adds when it waited: "waited 12.0 s over 5 looks". Empty when it did not wait. */
function waitNote(result) {
    return result.polls > 1 ? [`waited ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(result.waitedMs)} over ${result.polls} looks`] : [];
}
/**
 * The advice that ends a failure when the wait ended with something still not there, in the
 * same words for every check. `fix` is what to do if it is not coming ("publish it"; empty
 * when waiting is the only remedy); `awaited` is what more waiting would let happen ("the
 * registry to catch up"). Appended to what was last seen:
 *   " after waiting 60.0 s (wait-minutes 1); publish it, or raise wait-minutes for the registry to catch up"
 *   "; publish it, or set wait-minutes to wait for the registry to catch up" (wait-minutes 0)
 */
function waitAdvice(wait, result, fix, awaited) {
    const first = fix ? `${fix}, or ` : '';
    return wait.minutes > 0
        ? ` after waiting ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(result.waitedMs)} (wait-minutes ${wait.minutes}); ${first}raise wait-minutes for ${awaited}`
        : `; ${first}set wait-minutes to wait for ${awaited}`;
}


/***/ }),

/***/ 64763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ versionPatternProblem),
/* harmony export */   a: () => (/* binding */ compileVersionPattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/**
 * A config's `versions[].pattern`: compiled once here for the config's validation and for the
 * readers and editors in src/formats/ that apply it, so neither has to import the other.
 */


/**
 * Compiles a `versions[].pattern` with RE2 (re2js), which matches in time linear
 * in the text: a JavaScript RegExp such as `^(?:a+)+(\d)` can backtrack for hours
 * over a large file. Multi-line, so `^` and `$` anchor to lines, which is what a
 * pattern over a file means. Throws the engine's syntax error.
 */
function compileVersionPattern(pattern) {
    return re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(pattern, re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.MULTILINE);
}
/** Why a `versions[].pattern` cannot be used, or null. */
function versionPatternProblem(pattern) {
    let compiled;
    try {
        compiled = compileVersionPattern(pattern);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        return `must be a regular expression in RE2 syntax (no lookaround or backreferences): ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(reason, 120)}`;
    }
    const groups = compiled.groupCount();
    if (groups !== 1)
        return `must be a valid regular expression with exactly one capture group (it has ${groups})`;
    return null;
}


/***/ }),

/***/ 55680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ symlinkOnPath),
/* harmony export */   Et: () => (/* binding */ readWorkspaceChunks),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   _n: () => (/* binding */ WorkspaceFileError),
/* harmony export */   h_: () => (/* binding */ fileKind),
/* harmony export */   tA: () => (/* binding */ readWorkspaceText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24964);






/**
 * A workspace file that cannot be used: outside the workspace (by path or by
 * symlink), not a regular file, too large, or unreadable. The message names the
 * file as the person wrote it and says why; `reason` lets a caller tell "missing"
 * apart from the rest (a missing config gets its own advice).
 */
class WorkspaceFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseGatesError */ .O {
    reason;
    name = 'WorkspaceFileError';
    constructor(message, reason, options) {
        super('workspace-file', message, options);
        this.reason = reason;
    }
}
/** What a non-regular file is, in words a person recognises. */
function fileKind(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a named pipe (FIFO)';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isSymbolicLink())
        return 'a symlink';
    return 'not a regular file';
}
/**
 * Resolves `target` (relative to `root`, or absolute) to its real path and
 * refuses it when it lands outside `root`'s real path: `../`, an absolute path
 * elsewhere, or a symlink anywhere on the way whose target is outside. `shown`
 * names the file in messages.
 */
async function resolveInside(root, target, shown) {
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root, target);
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isOutside */ ._)(root, lexical)) {
        throw new WorkspaceFileError(`${shown} is outside the workspace ${root}; give a path inside it`, 'outside');
    }
    let realRoot;
    try {
        realRoot = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath(root);
    }
    catch (error) {
        throw new WorkspaceFileError(`the workspace ${root} cannot be resolved (${codeOf(error)})`, 'unreadable', { cause: error });
    }
    let real;
    try {
        real = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath(lexical);
    }
    catch (error) {
        const code = error.code;
        // A dangling symlink is not "missing": say where it points, so the fix is obvious.
        const link = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink(lexical).catch(() => null);
        if (link !== null) {
            throw new WorkspaceFileError(`${shown} is a symlink to ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(link, 120)}, which cannot be resolved (${code ?? 'error'})`, 'unreadable', {
                cause: error
            });
        }
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new WorkspaceFileError(`${shown} does not exist in the workspace`, 'missing', { cause: error });
        throw new WorkspaceFileError(`${shown} cannot be resolved (${codeOf(error)})`, 'unreadable', { cause: error });
    }
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isOutside */ ._)(realRoot, real)) {
        throw new WorkspaceFileError(`${shown} is a symlink to ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(real, 120)}, outside the workspace; refusing to read it`, 'outside');
    }
    return real;
}
function codeOf(error) {
    return error.code ?? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error), 120);
}
/**
 * Opens a file that must be a regular file of at most `maxBytes` and hands the open descriptor and its size
 * to `read`. It is opened with O_NONBLOCK (a FIFO cannot block the open) and O_NOFOLLOW (a file swapped for
 * a symlink after it was resolved is refused), then judged by fstat of the open descriptor, so what is
 * judged is what is read. Errors of `read` other than WorkspaceFileError become "cannot be read".
 */
async function withRegularFile(real, shown, maxBytes, purpose, read) {
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new WorkspaceFileError(`${shown} does not exist in the workspace`, 'missing', { cause: error });
        if (code === 'ELOOP')
            throw new WorkspaceFileError(`${shown} was replaced by a symlink while being read; refusing to follow it`, 'outside', { cause: error });
        if (code === 'ENXIO')
            throw new WorkspaceFileError(`${shown} is a socket or device, not a regular file`, 'not-regular', { cause: error });
        throw new WorkspaceFileError(`${shown} cannot be opened (${codeOf(error)})`, 'unreadable', { cause: error });
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new WorkspaceFileError(`${shown} is ${fileKind(stat)}, not a regular file; point it at the file itself`, 'not-regular');
        if (stat.size > maxBytes) {
            throw new WorkspaceFileError(`${shown} is ${stat.size} bytes; ${purpose} may be at most ${maxBytes} bytes`, 'too-large');
        }
        return await read(handle, stat.size);
    }
    catch (error) {
        if (error instanceof WorkspaceFileError)
            throw error;
        throw new WorkspaceFileError(`${shown} cannot be read (${codeOf(error)})`, 'unreadable', { cause: error });
    }
    finally {
        await handle.close();
    }
}
const grewPast = (shown, maxBytes, purpose) => new WorkspaceFileError(`${shown} grew past ${maxBytes} bytes while being read; ${purpose} may be at most ${maxBytes} bytes`, 'too-large');
/**
 * Reads a file that must be a regular file of at most `maxBytes` (see withRegularFile). At most maxBytes + 1
 * bytes are read, so a file that grows while being read cannot exhaust memory.
 */
function readRegularFile(real, shown, maxBytes, purpose) {
    return withRegularFile(real, shown, maxBytes, purpose, async (handle, size) => {
        // One byte past the stated size, so reaching the end is seen without a second read of a full buffer.
        let buffer = Buffer.alloc(Math.min(maxBytes + 1, size + 1));
        let filled = 0;
        for (;;) {
            if (filled === buffer.length) {
                if (buffer.length > maxBytes)
                    throw grewPast(shown, maxBytes, purpose);
                // The file grew after fstat; keep reading, still within the cap.
                const larger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
                buffer.copy(larger);
                buffer = larger;
            }
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    });
}
/** Bytes read at a time by readWorkspaceChunks. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * Reads `rel` as readWorkspaceText does (confined to the workspace, a regular file, at most `maxBytes`), but
 * hands its bytes to `onChunk` a MiB at a time instead of returning them, so a reader that streams (a scan
 * report, an SBOM) never holds the whole file. Each chunk is a fresh buffer the callee may keep. What
 * `onChunk` throws ends the read and is thrown as it is; every refusal of the file is a WorkspaceFileError.
 */
async function readWorkspaceChunks(root, rel, options, onChunk) {
    const { shown, real } = await resolveWorkspaceRel(root, rel, options);
    let consumerError = null;
    await withRegularFile(real, shown, options.maxBytes, options.purpose, async (handle) => {
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
            const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
            if (bytesRead === 0)
                return;
            total += bytesRead;
            if (total > options.maxBytes)
                throw grewPast(shown, options.maxBytes, options.purpose);
            try {
                onChunk(chunk.subarray(0, bytesRead));
            }
            catch (error) {
                consumerError = { error };
                return;
            }
        }
    });
    if (consumerError !== null)
        throw consumerError.error;
}
/**
 * Reads `rel` (relative to the workspace `root`) as UTF-8 text: confined to the
 * workspace by its real path, a regular file, at most `maxBytes`. Every refusal
 * is a WorkspaceFileError naming the file.
 */
async function readWorkspaceText(root, rel, options) {
    const { shown, real } = await resolveWorkspaceRel(root, rel, options);
    const bytes = await readRegularFile(real, shown, options.maxBytes, options.purpose);
    return bytes.toString('utf8');
}
/** `rel`'s real path inside the workspace, and how messages name it; an absolute path outside is refused. */
async function resolveWorkspaceRel(root, rel, options) {
    const shown = options.shown ?? `"${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(rel)}"`;
    if (node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel) || node_path__WEBPACK_IMPORTED_MODULE_2__.win32.isAbsolute(rel)) {
        if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isOutside */ ._)(root, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(rel))) {
            throw new WorkspaceFileError(`${shown} is an absolute path; give a path relative to the workspace`, 'outside');
        }
    }
    return { shown, real: await resolveInside(root, rel, shown) };
}
/**
 * The first symlink on `rel`'s path under `root` (the file itself or a folder on the way), or null. A file the
 * release reads from the commit must not be a symlink (git stores the link, not the file), so what edits files in
 * the working tree refuses them first.
 */
async function symlinkOnPath(root, rel) {
    const parts = node_path__WEBPACK_IMPORTED_MODULE_2__.normalize(rel).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
        const sub = parts.slice(0, i).join('/');
        const info = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, sub)).catch(() => null);
        if (info === null)
            return null;
        if (info.isSymbolicLink())
            return { via: sub, target: await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, sub)), isFile: i === parts.length };
    }
    return null;
}


/***/ }),

/***/ 39869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlBounded)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);


/**
 * Parses one YAML document within bounds, in time linear in its size.
 *
 * `yaml`'s own duplicate-key check compares every key with every earlier key of
 * its mapping, which is quadratic (80,000 keys take minutes). So the document is
 * parsed to its syntax tree first, its entries counted (cheap) and refused above
 * `maxItems`, then composed with that check off, and duplicate keys are found
 * here with one Set per mapping instead. The library does not offer a linear
 * duplicate check, which is why this is written by hand.
 */
function parseYamlBounded(text, limits) {
    try {
        // The syntax tree of a 5 MiB file of one-line keys takes close to 1 GiB: refuse from the
        // lexer's stream first, which holds one token at a time. Each entry has a value, item or
        // separator indicator, so their count bounds the entries (the tree count below is exact).
        let indicators = 0;
        for (const token of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
            const type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.tokenType(token);
            if (type === 'map-value-ind' || type === 'seq-item-ind' || type === 'comma')
                indicators++;
            if (indicators > limits.maxItems) {
                return { ok: false, problem: `has more than ${limits.maxItems} keys and list items; it is not a file this action reads` };
            }
        }
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lines.addNewLine).parse(text)];
        let items = 0;
        for (const token of tokens) {
            if (token.type !== 'document')
                continue;
            yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.visit(token, () => {
                items++;
                // Stop walking as soon as the bound is passed: the count is all that matters then.
                return items > limits.maxItems ? yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.visit.BREAK : undefined;
            });
            if (items > limits.maxItems) {
                return { ok: false, problem: `has more than ${limits.maxItems} keys and list items; it is not a file this action reads` };
            }
        }
        const docs = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ uniqueKeys: false, prettyErrors: false }).compose(tokens)];
        if (docs.length > 1)
            return { ok: false, problem: `holds ${docs.length} YAML documents; only one is read` };
        const doc = docs[0];
        if (!doc)
            return { ok: true, data: null };
        const error = doc.errors[0];
        if (error)
            return { ok: false, problem: `is not valid YAML: ${firstLine(error.message)}` };
        const duplicate = firstDuplicateKey(doc, lines);
        if (duplicate)
            return { ok: false, problem: `is not valid YAML: ${duplicate}` };
        return { ok: true, data: doc.toJS({ maxAliasCount: limits.maxAliasCount }) };
    }
    catch (error) {
        return { ok: false, problem: `is not valid YAML: ${firstLine((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error))}` };
    }
}
function firstLine(message) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(message.split('\n')[0]?.trim() ?? '', 160);
}
/** The first mapping key given twice (scalar keys, compared as the object keys they become), as a sentence; or null. */
function firstDuplicateKey(doc, lines) {
    let found = null;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_key, map) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
                return undefined;
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                // By the string the key becomes in the parsed object: `1` and `"1"` would overwrite each other there.
                const value = pair.key.value;
                const id = String(value);
                if (seen.has(id)) {
                    const line = pair.key.range ? ` (line ${lines.linePos(pair.key.range[0]).line})` : '';
                    found = `map keys must be unique; "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(String(value), 60)}" is given twice${line}`;
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                }
                seen.add(id);
            }
            return undefined;
        }
    });
    return found;
}


/***/ })

};
