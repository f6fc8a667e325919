import type { GateRun } from '../engine.js';
import type { ReleaseInfo } from '../gate.js';
import { neutralizeBidi } from './escape.js';

/** A plain-text rendering of a gate run for the command line. */
export function renderText(run: GateRun, release: ReleaseInfo, sha: string, title: string): string {
  // Control characters would break the layout; bidirectional overrides would reorder what is read.
  const clean = (s: string) => neutralizeBidi(s.replace(/[\u0000-\u001f\u007f]/g, ' '));
  const lines: string[] = [];
  lines.push(`release-gates ${run.gate}: ${run.result.toUpperCase()}  (${title})`);
  lines.push(`  version ${release.version ?? 'unknown'} · ${release.kind ?? 'unknown'} · tag ${clean(release.tag)} · commit ${sha.slice(0, 7)}`);
  if (run.failureLine) lines.push(`  ${run.failureLine}`);
  lines.push('');
  const width = Math.max(...run.checks.map((c) => c.id.length), 5);
  for (const check of run.checks) {
    lines.push(`  ${check.status.padEnd(4)}  ${check.id.padEnd(width)}  ${clean(check.summary)}`);
    if (check.table) {
      const cols = check.table.columns;
      const widths = cols.map((c, i) => Math.max(c.length, ...check.table!.rows.map((r) => clean(r[i] ?? '').length)));
      const fmt = (cells: string[]) => cells.map((c, i) => clean(c).padEnd(widths[i]!)).join('  ');
      lines.push(`          ${fmt(cols)}`);
      for (const row of check.table.rows) lines.push(`          ${fmt(row)}`);
    }
    for (const d of check.details) lines.push(`          - ${clean(d)}`);
    for (const l of check.links) lines.push(`          ${clean(l)}`);
  }
  return `${lines.join('\n')}\n`;
}
