/**
 * The scan-report reader on real scanner output (__fixtures__/real/scan: Trivy's integration goldens,
 * Grype's presenter snapshots and explain test data): the format recognised, the image and digests
 * each report names, every finding with its severity and fixed version, and why a report names no
 * digest. Every file in the folder has expectations, so a sample added without them fails here.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { ScanReportError, parseScanReport, type ScanReport } from '../../src/formats/scan-report.js';
import { realSamples } from '../../test-support/real-samples.js';

const FOLDER = new URL('../../__fixtures__/real/scan/', import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, FOLDER), 'utf8');
const SAMPLES = realSamples('scan');

/** A finding as `id|package|installed|fixed|severity` (fixed empty when the scanner knows no fix). */
type Row = string;
type Expected = { read: Omit<ScanReport, 'findings'> & { findings: Row[] } } | { refused: string };

const ARCHIVE_NOTE = 'Trivy records RepoDigests only for an image it reads from a registry or the Docker daemon, not from an image archive (--input)';
const TRIVY_ALPINE_310 = ['CVE-2019-1549', 'CVE-2019-1551', 'CVE-2019-1563'];

const EXPECTED: Record<string, Expected> = {
  // Grype 0.61.1 on cgr.dev/chainguard/ruby:latest-3.0: repoDigests names the index, manifestDigest the arm64 manifest.
  'grype-0.61-chainguard-ruby.json': {
    read: {
      format: 'Grype JSON',
      artifact: 'cgr.dev/chainguard/ruby:latest-3.0',
      repoDigests: ['cgr.dev/chainguard/ruby@sha256:3c9afb4f188827ea1062ec3b8acea32893236a0d7df31e0498df93486cff0978'],
      manifestDigest: 'sha256:86abe662dfa3746038eea6b0db91092b0767d78b8b8938a343d614cd1579adc2',
      digestNote: null,
      findings: [
        'CVE-2023-28755|ruby-3.0|3.0.4-r1|3.0.6-r0|high',
        // fix.state "unknown" is no fix (SPEC: a fix.state other than `fixed`).
        'CVE-2023-28755|uri|0.10.1||high',
        'GHSA-hv5j-3h9f-99c2|uri|0.10.1|0.10.2|high'
      ]
    }
  },
  'grype-directory.json': {
    read: {
      format: 'Grype JSON',
      artifact: '/some/path',
      repoDigests: [],
      manifestDigest: null,
      digestNote: 'it is a Grype directory scan, not an image scan (grype <image>@<digest>)',
      findings: ['CVE-1999-0001|package-1|1.1.1|1.2.1, 2.1.3, 3.4.0|low', 'CVE-1999-0002|package-2|2.2.2||critical']
    }
  },
  // An image scan whose repoDigests is empty: only manifestDigest names it.
  'grype-image-manifest-digest.json': {
    read: {
      format: 'Grype JSON',
      artifact: 'user-input',
      repoDigests: [],
      manifestDigest: 'sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5',
      digestNote: null,
      findings: ['CVE-1999-0001|package-1|1.1.1|1.2.1, 2.1.3, 3.4.0|low', 'CVE-1999-0002|package-2|2.2.2||critical']
    }
  },
  // Trivy's SARIF of 2021 (before 0.40): no run properties, so nothing names the image.
  'trivy-2021-alpine-310-tarball.sarif': {
    read: {
      format: 'Trivy SARIF',
      artifact: '',
      repoDigests: [],
      manifestDigest: null,
      digestNote: 'its runs have no properties: Trivy before 0.40 does not write imageName and repoDigests in SARIF',
      findings: ['libcrypto1.1', 'libssl1.1'].flatMap((pkg) => [
        ...TRIVY_ALPINE_310.map((id) => `${id}|${pkg}|1.1.1c-r0|${id === 'CVE-2019-1551' ? '1.1.1d-r2' : '1.1.1d-r0'}|medium`),
        `CVE-2019-1547|${pkg}|1.1.1c-r0|1.1.1d-r0|low`
      ])
    }
  },
  // SchemaVersion 2 of an image pulled from a registry by Trivy: Metadata.RepoDigests names it.
  'trivy-alpine-310-registry.json': {
    read: {
      format: 'Trivy JSON',
      artifact: 'localhost:53869/alpine:3.10',
      repoDigests: ['localhost:53869/alpine@sha256:b1c5a500182b21d0bfa5a584a8526b56d8be316f89e87d951be04abed2446e60'],
      manifestDigest: null,
      digestNote: null,
      findings: [
        'CVE-2019-1549|libcrypto1.1|1.1.1c-r0|1.1.1d-r0|medium',
        'CVE-2019-1551|libcrypto1.1|1.1.1c-r0|1.1.1d-r2|medium',
        'CVE-2019-1549|libssl1.1|1.1.1c-r0|1.1.1d-r0|medium',
        'CVE-2019-1551|libssl1.1|1.1.1c-r0|1.1.1d-r2|medium'
      ]
    }
  },
  // SchemaVersion 2 (with ReportID and Metadata.Reference) of an image archive, no Results at all: no RepoDigests.
  'trivy-alpine-39-tarball.json': {
    read: {
      format: 'Trivy JSON',
      artifact: 'testdata/fixtures/images/alpine-39.tar.gz',
      repoDigests: [],
      manifestDigest: null,
      digestNote: ARCHIVE_NOTE,
      findings: []
    }
  },
  'trivy-pre-0.20-alpine-310.json': {
    refused:
      'is a Trivy report in the layout of Trivy before 0.20 (a JSON array of results, no SchemaVersion), which names no image digest; scan with Trivy 0.20 or later (-f json writes SchemaVersion 2 with Metadata.RepoDigests)'
  }
};

const rows = (report: ScanReport): Row[] => report.findings.map((f) => [f.id, f.package, f.installed, f.fixed ?? '', f.severity].join('|'));

describe('real scan reports', () => {
  test('every sample in the folder has expectations, and every expectation a sample', () => {
    expect(SAMPLES).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(SAMPLES)('%s', (name) => {
    const expected = EXPECTED[name];
    if (!expected) throw new Error(`no expectations for ${name}`);
    if ('refused' in expected) {
      expect(() => parseScanReport(read(name))).toThrow(new ScanReportError(expected.refused));
      return;
    }
    const report = parseScanReport(read(name));
    const { findings, ...rest } = expected.read;
    expect({ ...report, findings: rows(report) }).toEqual({ ...rest, findings });
  });
});

describe('counts per sample', () => {
  const count = (name: string, severity: string) => parseScanReport(read(name)).findings.filter((f) => f.severity === severity).length;
  const unfixed = (name: string) => parseScanReport(read(name)).findings.filter((f) => f.fixed === null).length;

  test.each([
    // name, critical, high, medium, low, without a fix
    ['grype-0.61-chainguard-ruby.json', 0, 3, 0, 0, 1],
    ['grype-directory.json', 1, 0, 0, 1, 1],
    ['grype-image-manifest-digest.json', 1, 0, 0, 1, 1],
    ['trivy-2021-alpine-310-tarball.sarif', 0, 0, 6, 2, 0],
    ['trivy-alpine-310-registry.json', 0, 0, 4, 0, 0],
    ['trivy-alpine-39-tarball.json', 0, 0, 0, 0, 0]
  ] as const)('%s: %i critical, %i high, %i medium, %i low, %i without a fix', (name, critical, high, medium, low, noFix) => {
    expect([count(name, 'critical'), count(name, 'high'), count(name, 'medium'), count(name, 'low'), unfixed(name)]).toEqual([
      critical,
      high,
      medium,
      low,
      noFix
    ]);
  });
});

describe('what the real samples pin down', () => {
  test('a SARIF rule tag decides the severity, and the message lines the package and versions', () => {
    const report = parseScanReport(read('trivy-2021-alpine-310-tarball.sarif'));
    expect(report.findings[3]).toEqual({ id: 'CVE-2019-1547', package: 'libcrypto1.1', installed: '1.1.1c-r0', fixed: '1.1.1d-r0', severity: 'low' });
  });

  test('an empty Grype manifestDigest names no manifest', () => {
    const grype = JSON.parse(read('grype-image-manifest-digest.json')) as { source: { target: { manifestDigest: string } } };
    grype.source.target.manifestDigest = '';
    const report = parseScanReport(JSON.stringify(grype));
    expect([report.manifestDigest, report.digestNote]).toEqual([null, 'Grype recorded neither repoDigests nor a manifestDigest for the image']);
  });

  test('a Trivy filesystem scan says it is not an image scan', () => {
    const trivy = JSON.parse(read('trivy-alpine-39-tarball.json')) as { ArtifactType: string };
    trivy.ArtifactType = 'filesystem';
    expect(parseScanReport(JSON.stringify(trivy)).digestNote).toBe('it is a Trivy filesystem scan, not an image scan (trivy image)');
  });

  test('a JSON array that is not Trivy results is still not a scan report', () => {
    expect(() => parseScanReport('[1, 2]')).toThrow(new ScanReportError('is a JSON array, not a scan report'));
    expect(() => parseScanReport('[]')).toThrow(new ScanReportError('is a JSON array, not a scan report'));
  });
});
