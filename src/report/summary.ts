import type { GateRun } from '../engine.js';
import type { ReleaseInfo } from '../gate.js';
import { escapeText, safeHref } from './escape.js';

/** The part of `@actions/core`'s summary API the job summary uses. */
export interface SummaryWriter {
  addHeading(text: string, level?: number | string): SummaryWriter;
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  addTable(rows: Array<Array<string | { data: string; header?: boolean }>>): SummaryWriter;
  addList(items: string[], ordered?: boolean): SummaryWriter;
  addEOL(): SummaryWriter;
}

const ICON: Record<string, string> = { pass: '✅', fail: '❌', skip: '⏭️' };

/** Adds one section for a gate run: heading, verdict line, check table, then details. */
export function addGateSummary(summary: SummaryWriter, run: GateRun, release: ReleaseInfo, sha: string, title: string): void {
  const verdict = run.result === 'pass' ? '✅ pass' : '❌ fail';
  summary.addHeading(`release-gates · ${escapeText(run.gate)} · ${verdict}`, 2);
  const facts = [
    `version <code>${escapeText(release.version ?? 'unknown')}</code>`,
    `kind ${escapeText(release.kind ?? 'unknown')}`,
    `tag <code>${escapeText(release.tag)}</code>`,
    `commit <code>${escapeText(sha.slice(0, 7))}</code>`
  ];
  summary.addRaw(`<p>${escapeText(title)}: ${facts.join(' · ')}</p>`, true);
  if (run.failureLine) summary.addRaw(`<p><strong>${escapeText(run.failureLine)}</strong></p>`, true);
  summary.addTable([
    [
      { data: 'check', header: true },
      { data: 'status', header: true },
      { data: 'summary', header: true }
    ],
    ...run.checks.map((c) => [`<code>${escapeText(c.id)}</code>`, `${ICON[c.status]} ${c.status}`, escapeText(c.summary)])
  ]);
  for (const check of run.checks) {
    const links = check.links.map((l) => [l, safeHref(l)] as const).filter(([, href]) => href !== null);
    if (check.details.length === 0 && links.length === 0 && !check.table) continue;
    summary.addHeading(`<code>${escapeText(check.id)}</code>`, 3);
    if (check.table) {
      if (check.table.title) summary.addRaw(`<p>${escapeText(check.table.title)}</p>`, true);
      summary.addTable([
        check.table.columns.map((c) => ({ data: escapeText(c), header: true })),
        ...check.table.rows.map((row) => row.map((cell) => escapeText(cell)))
      ]);
    }
    if (check.details.length > 0) summary.addList(check.details.map(escapeText));
    if (links.length > 0) {
      summary.addList(links.map(([text, href]) => `<a href="${href}">${escapeText(text)}</a>`));
    }
  }
}
