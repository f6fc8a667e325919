import type { GateRun } from '../engine.js';
import type { CheckResult, ReleaseInfo } from '../gate.js';
import { breakableHtml, shortRefs } from './compact.js';
import { escapeText, safeHref } from './escape.js';

/** The part of `@actions/core`'s summary API the job summary uses. */
export interface SummaryWriter {
  addHeading(text: string, level?: number | string): SummaryWriter;
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  addTable(rows: Array<Array<string | { data: string; header?: boolean }>>): SummaryWriter;
  addList(items: string[], ordered?: boolean): SummaryWriter;
  addEOL(): SummaryWriter;
}

/**
 * GitHub refuses a step summary over 1 MiB, and a summary of thousands of rows
 * is unreadable anyway: the report file has everything, the summary shows the
 * start of it. Counts are of characters after escaping (an escaped character is
 * up to 6), so the whole section stays well under the limit whatever comes in.
 */
export const SUMMARY_LIMITS = {
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

const ICON: Record<string, string> = { pass: '✅', fail: '❌', skip: '⏭️' };

/** Shortens one piece of outside text before escaping, saying how long it was. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters, see the report file)` : text;
}

/** Escaped characters still allowed; every addition is counted against it. */
class Budget {
  constructor(private left: number) {}
  fits(chars: number): boolean {
    return chars <= this.left;
  }
  spend(chars: number): void {
    this.left -= chars;
  }
}

/** Renders items until the budget or `max` runs out; says how many were left out. */
function bounded<T, R extends string | string[]>(items: readonly T[], max: number, budget: Budget, render: (item: T) => R): { shown: R[]; left: number } {
  const shown: R[] = [];
  for (const item of items) {
    if (shown.length >= max) break;
    const rendered = render(item);
    const size = typeof rendered === 'string' ? rendered.length : rendered.join('').length;
    if (!budget.fits(size)) break;
    budget.spend(size);
    shown.push(rendered);
  }
  return { shown, left: items.length - shown.length };
}

/** Links that may be shown: plain http(s) only. */
function safeLinks(check: CheckResult): Array<readonly [string, string]> {
  return check.links.map((l) => [l, safeHref(l)] as const).filter((pair): pair is readonly [string, string] => pair[1] !== null);
}

function more(count: number, what: string): string {
  return `<p>… ${count} more ${what} in the report file (the <code>report</code> output)</p>`;
}

/** Adds one section for a gate run: heading, verdict line, check table, then details, all bounded. */
export function addGateSummary(summary: SummaryWriter, run: GateRun, release: ReleaseInfo, sha: string, title: string, limits = SUMMARY_LIMITS): void {
  const text = (s: string) => escapeText(cut(s, limits.maxCellChars));
  // What sits in a table cell or the verdict line: references short, long names breakable, so it fits 1012 px.
  const cell = (s: string) => breakableHtml(text(shortRefs(s)));
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
  if (run.failureLine) summary.addRaw(`<p><strong>${cell(run.failureLine)}</strong></p>`, true);
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
      summary.addRaw(
        more(
          withDetails.length - index,
          `checks' details (${withDetails
            .slice(index)
            .map((c) => text(c.id))
            .join(', ')})`
        ),
        true
      );
      break;
    }
    addCheckDetails(summary, check, budget, limits, { text, cell });
  }
}

/**
 * A check's table rows as the summary shows them: a failing check's failing rows first (in their
 * order), so what broke is read before what held.
 */
function orderedRows(check: CheckResult): string[][] {
  const table = check.table!;
  if (check.status !== 'fail' || !table.failing?.length) return table.rows;
  const failing = new Set(table.failing);
  return [...table.rows.filter((_, i) => failing.has(i)), ...table.rows.filter((_, i) => !failing.has(i))];
}

function addCheckDetails(
  summary: SummaryWriter,
  check: CheckResult,
  budget: Budget,
  limits: typeof SUMMARY_LIMITS,
  { text, cell }: { text: (s: string) => string; cell: (s: string) => string }
): void {
  // Headings, titles and "more" lines count against the budget too.
  const counted = <T extends string>(html: T): T => {
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
    if (fold) summary.addRaw(counted(`<details><summary>${label}</summary>`), true);
    else if (title) summary.addRaw(counted(`<p>${title}</p>`), true);
    const cells = bounded(rows, limits.maxTableRows, budget, (row) => row.map(cell));
    summary.addTable([check.table.columns.map((c) => ({ data: counted(text(c)), header: true })), ...cells.shown]);
    if (cells.left > 0) summary.addRaw(counted(more(cells.left, 'rows')), true);
    if (fold) summary.addRaw('</details>', true);
  }
  if (check.details.length > 0) {
    const details = bounded(check.details, limits.maxDetails, budget, (d) => breakableHtml(text(d)));
    if (details.shown.length > 0) summary.addList(details.shown);
    if (details.left > 0) summary.addRaw(counted(more(details.left, 'details')), true);
  }
  const links = safeLinks(check);
  if (links.length > 0) {
    const shown = bounded(links, limits.maxLinks, budget, ([label, href]) => `<a href="${href}">${text(label)}</a>`);
    if (shown.shown.length > 0) summary.addList(shown.shown);
    if (shown.left > 0) summary.addRaw(counted(more(shown.left, 'links')), true);
  }
}
