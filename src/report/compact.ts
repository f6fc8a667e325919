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
export function shortRefs(text: string): string {
  return text
    .replace(IMAGE_DIGEST, (_m, name: string, hex: string) => `${name}@sha256:${hex.slice(0, DIGEST_SHOWN)}…`)
    .replace(DIGEST, (_m, hex: string) => `sha256:${hex.slice(0, DIGEST_SHOWN)}…`)
    .replace(SRI, (_m, b64: string) => `sha512-${b64.slice(0, DIGEST_SHOWN)}…`)
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
export function breakableHtml(escaped: string): string {
  return escaped.replace(/[^\s]+/g, (run) => (run.replace(/&#\d+;/g, '_').length > LONG_RUN ? run.replace(BREAK_AFTER, '$1<wbr>') : run));
}
