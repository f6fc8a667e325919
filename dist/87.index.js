export const id = 87;
export const ids = [87];
export const modules = {

/***/ 67087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMMARY_LIMITS: () => (/* binding */ SUMMARY_LIMITS),
  addGateSummary: () => (/* binding */ addGateSummary)
});

;// CONCATENATED MODULE: ./src/report/compact.ts
/**
 * What makes a job summary fit the width GitHub gives it (1012 px): references and digests
 * shortened as GitHub shortens commits, and break opportunities inside long names and URLs.
 * Only the summary is compacted; the report file and the CLI keep every value whole.
 */
/** Characters of a digest kept: enough to tell builds apart at a glance, as `docker images` shows 12 of 64. */
const DIGEST_SHOWN = 8;
/** A commit as GitHub shows it. */
const COMMIT_SHOWN = 7;
const IMAGE_DIGEST = /(?:oci:\/\/)?\b(?:[a-z0-9][a-z0-9.-]*(?::\d+)?\/)?(?:[a-z0-9._-]+\/)*([a-z0-9._-]+)@sha256:([0-9a-f]{64})\b/gi;
const DIGEST = /\bsha256:([0-9a-f]{64})\b/gi;
const SRI = /\bsha512-([A-Za-z0-9+/]{86}==)/g;
const HEX64 = /\b[0-9a-f]{64}\b/gi;
const HEX40 = /\b[0-9a-f]{40}\b/gi;
/**
 * `127.0.0.1:5000/sketchlog/sketchlog@sha256:6e0227e8…(64)` → `sketchlog@sha256:6e0227e8…`;
 * a bare `sha256:…` or 64-hex digest to its first 8 hex digits, a sha512 SRI to 8 characters,
 * a 40-hex commit to 7.
 */
function shortRefs(text) {
    return text
        .replace(IMAGE_DIGEST, (_m, name, hex) => `${name}@sha256:${hex.slice(0, DIGEST_SHOWN)}…`)
        .replace(DIGEST, (_m, hex) => `sha256:${hex.slice(0, DIGEST_SHOWN)}…`)
        .replace(SRI, (_m, b64) => `sha512-${b64.slice(0, DIGEST_SHOWN)}…`)
        .replace(HEX64, (hex) => `${hex.slice(0, DIGEST_SHOWN)}…`)
        .replace(HEX40, (hex) => hex.slice(0, COMMIT_SHOWN));
}
/** A run of this many characters without a space is long enough to need break opportunities. */
const LONG_RUN = 24;
/** After these (as escapeText leaves them: `/`, `.`, `@`, `,` as they are; `:`, `_`, `=`, `&` as entities). */
const BREAK_AFTER = /(\/|\.|@|,|&#58;|&#95;|&#61;|&#38;)/g;
/**
 * Escaped summary text with `<wbr>` after the separators of every long run (a URL, a wheel file
 * name, a path), so a table cell wraps instead of pushing its verdict off-screen. `<wbr>` is not
 * copied with the text, so a URL copied from the summary still works.
 */
function breakableHtml(escaped) {
    return escaped.replace(/[^\s]+/g, (run) => (run.replace(/&#\d+;/g, '_').length > LONG_RUN ? run.replace(BREAK_AFTER, '$1<wbr>') : run));
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escapes text from outside the action (tag names, file contents, registry and
 * API answers) for the job summary, which GitHub renders as Markdown with HTML.
 * Every character that could open HTML or Markdown syntax becomes an entity,
 * and line breaks fold to spaces, so the text can neither inject markup nor
 * break out of a table cell.
 */
const SPECIAL = /[&<>"'`*_[\]()|#!~\\{}+=:-]/g;
/**
 * Bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E–U+200F,
 * U+202A–U+202E, U+2066–U+2069). They reorder how a line is shown, so a file name
 * could read as something it is not ("Trojan Source"). An entity would not help:
 * `&#8238;` renders as the override itself. They are shown as their code point.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Replaces every bidirectional control with a visible `<U+202E>` marker. */
function neutralizeBidi(text) {
    return text.replace(BIDI, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
function escapeText(text) {
    return neutralizeBidi(text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')).replace(SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}
/** A link target is kept only when it is plain http(s); anything else is dropped. */
function safeHref(url) {
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return null;
        return u.toString().replace(/["'<>`\s]/g, (ch) => encodeURIComponent(ch));
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/**
 * GitHub refuses a step summary over 1 MiB, and a summary of thousands of rows
 * is unreadable anyway: the report file has everything, the summary shows the
 * start of it. Counts are of characters after escaping (an escaped character is
 * up to 6), so the whole section stays well under the limit whatever comes in.
 */
const SUMMARY_LIMITS = {
    /** Escaped characters for the whole gate section. */
    maxChars: 256 * 1024,
    /** Raw characters of one cell, detail or summary line before escaping. */
    maxCellChars: 500,
    maxTableRows: 100,
    maxDetails: 50,
    maxLinks: 20,
    /** A passing check's table longer than this folds into <details>: a pass needs no reading. */
    foldRows: 8
};
const ICON = { pass: '✅', fail: '❌', skip: '⏭️' };
/** Shortens one piece of outside text before escaping, saying how long it was. */
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max)}… (${text.length} characters, see the report file)` : text;
}
/** Escaped characters still allowed; every addition is counted against it. */
class Budget {
    left;
    constructor(left) {
        this.left = left;
    }
    fits(chars) {
        return chars <= this.left;
    }
    spend(chars) {
        this.left -= chars;
    }
}
/** Renders items until the budget or `max` runs out; says how many were left out. */
function bounded(items, max, budget, render) {
    const shown = [];
    for (const item of items) {
        if (shown.length >= max)
            break;
        const rendered = render(item);
        const size = typeof rendered === 'string' ? rendered.length : rendered.join('').length;
        if (!budget.fits(size))
            break;
        budget.spend(size);
        shown.push(rendered);
    }
    return { shown, left: items.length - shown.length };
}
/** Links that may be shown: plain http(s) only. */
function safeLinks(check) {
    return check.links.map((l) => [l, safeHref(l)]).filter((pair) => pair[1] !== null);
}
function more(count, what) {
    return `<p>… ${count} more ${what} in the report file (the <code>report</code> output)</p>`;
}
/** Adds one section for a gate run: heading, verdict line, check table, then details, all bounded. */
function addGateSummary(summary, run, release, sha, title, limits = SUMMARY_LIMITS) {
    const text = (s) => escapeText(cut(s, limits.maxCellChars));
    // What sits in a table cell or the verdict line: references short, long names breakable, so it fits 1012 px.
    const cell = (s) => breakableHtml(text(shortRefs(s)));
    const budget = new Budget(limits.maxChars);
    const verdict = run.result === 'pass' ? '✅ pass' : '❌ fail';
    summary.addHeading(`release-gates · ${text(run.gate)} · ${verdict}`, 2);
    const facts = [
        `version <code>${text(release.version ?? 'unknown')}</code>`,
        `kind ${text(release.kind ?? 'unknown')}`,
        `tag <code>${text(release.tag)}</code>`,
        `commit <code>${text(sha.slice(0, 7))}</code>`
    ];
    summary.addRaw(`<p>${text(title)}: ${facts.join(' · ')}</p>`, true);
    if (run.failureLine)
        summary.addRaw(`<p><strong>${cell(run.failureLine)}</strong></p>`, true);
    // The check table is always shown whole: one short row per check of the gate.
    const rows = run.checks.map((c) => [`<code>${text(c.id)}</code>`, `${ICON[c.status] ?? ''} ${text(c.status)}`, cell(c.summary)]);
    budget.spend(rows.flat().join('').length);
    summary.addTable([
        [
            { data: 'check', header: true },
            { data: 'status', header: true },
            { data: 'summary', header: true }
        ],
        ...rows
    ]);
    const withDetails = run.checks.filter((c) => c.details.length > 0 || safeLinks(c).length > 0 || c.table);
    // A section starts only while one more item of the largest escaped size still fits.
    const sectionFloor = limits.maxCellChars * 6 + 1000;
    for (const [index, check] of withDetails.entries()) {
        if (!budget.fits(sectionFloor)) {
            summary.addRaw(more(withDetails.length - index, `checks' details (${withDetails
                .slice(index)
                .map((c) => text(c.id))
                .join(', ')})`), true);
            break;
        }
        addCheckDetails(summary, check, budget, limits, { text, cell });
    }
}
/**
 * A check's table rows as the summary shows them: a failing check's failing rows first (in their
 * order), so what broke is read before what held.
 */
function orderedRows(check) {
    const table = check.table;
    if (check.status !== 'fail' || !table.failing?.length)
        return table.rows;
    const failing = new Set(table.failing);
    return [...table.rows.filter((_, i) => failing.has(i)), ...table.rows.filter((_, i) => !failing.has(i))];
}
function addCheckDetails(summary, check, budget, limits, { text, cell }) {
    // Headings, titles and "more" lines count against the budget too.
    const counted = (html) => {
        budget.spend(html.length);
        return html;
    };
    summary.addHeading(counted(`<code>${text(check.id)}</code>`), 3);
    if (check.table) {
        const rows = orderedRows(check);
        // A long table of a pass folds away; its label says what is inside.
        const fold = check.status === 'pass' && rows.length > limits.foldRows;
        const title = check.table.title ? text(check.table.title) : null;
        const label = `${title ?? check.table.columns.map(text).join(', ')}: ${rows.length} rows`;
        if (fold)
            summary.addRaw(counted(`<details><summary>${label}</summary>`), true);
        else if (title)
            summary.addRaw(counted(`<p>${title}</p>`), true);
        const cells = bounded(rows, limits.maxTableRows, budget, (row) => row.map(cell));
        summary.addTable([check.table.columns.map((c) => ({ data: counted(text(c)), header: true })), ...cells.shown]);
        if (cells.left > 0)
            summary.addRaw(counted(more(cells.left, 'rows')), true);
        if (fold)
            summary.addRaw('</details>', true);
    }
    if (check.details.length > 0) {
        const details = bounded(check.details, limits.maxDetails, budget, (d) => breakableHtml(text(d)));
        if (details.shown.length > 0)
            summary.addList(details.shown);
        if (details.left > 0)
            summary.addRaw(counted(more(details.left, 'details')), true);
    }
    const links = safeLinks(check);
    if (links.length > 0) {
        const shown = bounded(links, limits.maxLinks, budget, ([label, href]) => `<a href="${href}">${text(label)}</a>`);
        if (shown.shown.length > 0)
            summary.addList(shown.shown);
        if (shown.left > 0)
            summary.addRaw(counted(more(shown.left, 'links')), true);
    }
}


/***/ })

};
