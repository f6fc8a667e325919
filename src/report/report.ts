import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { GateRun } from '../engine.js';
import type { ReleaseInfo } from '../gate.js';

/** The JSON report file, as the contract defines it. */
export interface ReportFile {
  gate: string;
  result: 'pass' | 'fail';
  tag: string;
  version: string | null;
  kind: string | null;
  sha: string;
  checks: Array<{ id: string; status: string; summary: string; details: string[]; links: string[] }>;
  durationMs: number;
}

export function buildReport(run: GateRun, release: ReleaseInfo, sha: string): ReportFile {
  return {
    gate: run.gate,
    result: run.result,
    tag: release.tag,
    version: release.version,
    kind: release.kind,
    sha,
    checks: run.checks.map((c) => ({
      id: c.id,
      status: c.status,
      summary: c.summary,
      // A detail table is also kept in the report, one line per row.
      details: c.table ? [...c.details, ...c.table.rows.map((row) => row.join(' | '))] : c.details,
      links: c.links
    })),
    durationMs: run.durationMs
  };
}

export function reportPath(runnerTemp: string, gate: string): string {
  return path.join(runnerTemp, `release-gates-${gate}.json`);
}

/**
 * The report as JSON, with bidirectional controls written as `\\u202e` escapes:
 * the data is unchanged for any JSON reader, while a person viewing the file
 * sees the escape instead of reordered text.
 */
export function reportJson(report: ReportFile): string {
  return JSON.stringify(report, null, 2).replace(
    /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

export async function writeReport(file: string, report: ReportFile): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${reportJson(report)}\n`, 'utf8');
}
