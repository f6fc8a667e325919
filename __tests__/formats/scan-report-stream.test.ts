/**
 * The scan-report reader fed in chunks, as the check feeds it from the file: the same report as from the
 * whole text for every real sample, at any chunk size; thousands of vulnerabilities give every finding;
 * a bad element deep in a list is still named by its path; the nesting is bounded.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { ScanReportError, ScanReportReader, parseScanReport, type ScanReport } from '../../src/formats/scan-report.js';
import { realSamples } from '../../test-support/real-samples.js';

const FOLDER = new URL('../../__fixtures__/real/scan/', import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, FOLDER), 'utf8');

function streamed(text: string, size: number): ScanReport {
  const reader = new ScanReportReader();
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) reader.write(bytes.subarray(i, i + size));
  return reader.end();
}

const outcome = (run: () => ScanReport) => {
  try {
    return { report: run() };
  } catch (error) {
    if (error instanceof ScanReportError) return { refused: error.message };
    throw error;
  }
};

describe('chunked reads', () => {
  test.each(realSamples('scan').flatMap((name) => [1, 13, 4096].map((size) => [name, size] as const)))('%s in chunks of %i bytes', (name, size) => {
    expect(outcome(() => streamed(read(name), size))).toEqual(outcome(() => parseScanReport(read(name))));
  });
});

/** The registry sample with its vulnerabilities repeated `times` over two results, each copy's id numbered. */
function manyVulnerabilities(times: number, mutate?: (v: Record<string, unknown>, n: number) => void): string {
  const report = JSON.parse(read('trivy-alpine-310-registry.json')) as { Results: Array<{ Vulnerabilities: Record<string, unknown>[] }> };
  const one = report.Results.flatMap((r) => r.Vulnerabilities ?? []);
  const all = Array.from({ length: times }, (_, i) => one.map((v, j) => ({ ...v, VulnerabilityID: `CVE-2099-${i * one.length + j}` }))).flat();
  all.forEach((v, n) => mutate?.(v, n));
  const half = Math.floor(all.length / 2);
  report.Results = [
    { ...report.Results[0]!, Vulnerabilities: all.slice(0, half) },
    { ...report.Results[0]!, Vulnerabilities: all.slice(half) }
  ];
  return JSON.stringify(report);
}

describe('a report with thousands of vulnerabilities', () => {
  test('every finding is read, in order, with its severity and fix, as from the whole text', () => {
    const text = manyVulnerabilities(1500, (v, n) => {
      v.Severity = ['CRITICAL', 'HIGH', 'LOW'][n % 3];
      if (n % 5 === 0) v.FixedVersion = '';
    });
    const report = streamed(text, 64 * 1024);
    expect(report.findings).toHaveLength(6000);
    expect(report.findings.filter((f) => f.severity === 'critical')).toHaveLength(2000);
    expect(report.findings.filter((f) => f.fixed === null)).toHaveLength(1200);
    expect(report.findings[5999]!.id).toBe('CVE-2099-5999');
    // What JSON.parse of the whole text gives, vulnerability by vulnerability.
    const whole = JSON.parse(text) as { Results: Array<{ Vulnerabilities: Array<{ VulnerabilityID: string; Severity: string }> }> };
    const expected = whole.Results.flatMap((r) => r.Vulnerabilities.map((v) => `${v.VulnerabilityID}|${v.Severity.toLowerCase()}`));
    expect(report.findings.map((f) => `${f.id}|${f.severity}`)).toEqual(expected);
  });

  test('a bad vulnerability deep in the list is named by its path', () => {
    const text = manyVulnerabilities(1500, (v, n) => {
      if (n === 4321) delete v.PkgName;
    });
    expect(() => streamed(text, 64 * 1024)).toThrow(
      new ScanReportError(
        'looks like a Trivy JSON report but is not valid (Results.1.Vulnerabilities.1321.PkgName: Invalid input: expected string, received undefined)'
      )
    );
  });

  test('a wrong top level is found too, though the lists are read apart from it', () => {
    const report = JSON.parse(manyVulnerabilities(2)) as Record<string, unknown>;
    report.SchemaVersion = 1;
    expect(() => streamed(JSON.stringify(report), 100)).toThrow(
      new ScanReportError('looks like a Trivy JSON report but is not valid (SchemaVersion: must be 2 (Trivy 0.20 or later))')
    );
  });

  test('a report nested past 128 levels is refused with the reason, before it is built', () => {
    const text = `{"SchemaVersion": 2, "Results": ${'['.repeat(200)}${']'.repeat(200)}}`;
    expect(() => streamed(text, 7)).toThrow(
      new ScanReportError(
        'is nested deeper than 128 levels (real reports stay under 20); write the report as Trivy JSON (-f json), SARIF (-f sarif) or Grype JSON (-o json)'
      )
    );
  });

  test.each([
    ['', 'is empty; the scan step wrote nothing (did it run, and write to this path?)'],
    [' \n', 'is empty; the scan step wrote nothing (did it run, and write to this path?)'],
    ['{"SchemaVersion": 2', 'is not JSON; write the report as Trivy JSON (-f json), SARIF (-f sarif) or Grype JSON (-o json)'],
    ['{"SchemaVersion": 2} {}', 'is not JSON; write the report as Trivy JSON (-f json), SARIF (-f sarif) or Grype JSON (-o json)']
  ])('%j is refused as before', (text, message) => {
    expect(() => streamed(text, 3)).toThrow(new ScanReportError(message));
  });
});
