/**
 * The large answers and files of issue 18's review, each against the bundle as the runner
 * starts it (dist/index.js, or dist/cli/index.js for bump), with the process's peak RSS read
 * from getrusage at exit: every case ends with the verdict the content deserves, within
 * 200 MiB. The cases themselves live in test-support/hostile-answers.ts, shared with the bench.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { removeTempDirs } from '../test-support/git-repo.js';
import {
  ATTESTATION_LAYER_BYTES,
  ATTESTATION_LAYERS,
  attestationBundleUrlsCase,
  bigChangelog,
  buildKitAttestationsCase,
  bumpChangelogCase,
  COSIGN_LAYERS,
  cosignLayersCase,
  GO_ZIP_ENTRIES,
  goZipCase,
  nestedProvenanceCase,
  NPM_PACKAGES,
  npmPackumentCase,
  npmThreePackumentsCase,
  PEAK_RSS_BOUND_KIB,
  pep691PageCase,
  spdxCase,
  trivyReportCase,
  TRIVY_FINDINGS,
  type CaseRun
} from '../test-support/hostile-answers.js';

afterAll(() => removeTempDirs());

const mib = (kib: number | null) => `${((kib ?? 0) / 1024).toFixed(0)} MiB`;

function expectWithinBound(run: CaseRun): void {
  expect(run.peakRssKiB).not.toBeNull();
  // The figure goes into the failure message, so a regression says by how much.
  expect(`${run.name}: peak RSS ${mib(run.peakRssKiB)}`).toBe(`${run.name}: peak RSS ${mib(Math.min(run.peakRssKiB!, PEAK_RSS_BOUND_KIB))}`);
  expect(run.peakRssKiB!).toBeLessThan(PEAK_RSS_BOUND_KIB);
}

describe('large answers stay within 200 MiB of peak RSS', () => {
  it('a 55 MB packument: npm-resolves still reads the release and hashes its tarball', async () => {
    const run = await npmPackumentCase.run();
    const check = run.action!.check('npm-resolves');
    expect(check?.status).toBe('pass');
    expect(check?.summary).toMatch(/^1 npm package\(s\) resolve 1\.2\.3 anonymously/);
    expect(run.server!.served).toContain('/@sketchlog%2fclient/-/client-1.2.3.tgz');
    expectWithinBound(run);
  });

  it('a 28 MB PEP 691 page: pypi-resolves finds the release file among tens of thousands', async () => {
    const run = await pep691PageCase.run();
    const check = run.action!.check('pypi-resolves');
    expect(check?.status).toBe('pass');
    expect(check?.summary).toContain('lists all 1 files of sketchlog 1.2.3');
    expect(run.server!.served).toContain('/simple/sketchlog/');
    expectWithinBound(run);
  });

  it('a 58 MB Trivy report: every finding is counted', async () => {
    const run = await trivyReportCase.run();
    const check = run.action!.check('vulnerability-scan');
    expect(check?.status).toBe('pass');
    expect(check?.details).toContain(
      `Trivy JSON report of registry.example/sketchlog/sketchlog@sha256:${'6e0227e8'.repeat(8)}: ${TRIVY_FINDINGS} findings in all`
    );
    expectWithinBound(run);
  });

  it('a 58 MB SPDX document: validated whole', async () => {
    const run = await spdxCase.run();
    const check = run.action!.check('sbom');
    expect(check?.status).toBe('pass');
    expect(check?.summary).toContain('sketchlog-1.2.3.spdx.json');
    expectWithinBound(run);
  });

  it('a provenance bundle nested 2 million levels: refused with the reason, not a stack overflow', async () => {
    const run = await nestedProvenanceCase.run();
    const check = run.action!.check('provenance');
    expect(check?.status).toBe('fail');
    expect(check?.summary).toContain('nested deeper than 128 levels');
    expect(run.action!.everything).not.toContain('Maximum call stack');
    expectWithinBound(run);
  });

  it('8 BuildKit SBOM attestation layers of 40 MB: each statement streamed and checked, one layer at a time', async () => {
    const run = await buildKitAttestationsCase.run();
    const check = run.action!.check('sbom');
    expect(check?.status).toBe('pass');
    expect(check?.summary).toMatch(/; SPDX SBOM attestations for linux\/amd64 of 127\.0\.0\.1:\d+\/sketchlog\/sketchlog@sha256:[0-9a-f]{64}: valid SPDX$/);
    const streamed = check!.details.filter((d) =>
      /^linux\/amd64: SPDX-2\.3 SBOM attestation of \d+ bytes in sha256:[0-9a-f]{64} \(its statement checked; the document is larger than the 4194304 bytes validated whole\)$/.test(
        d
      )
    );
    expect(streamed).toHaveLength(ATTESTATION_LAYERS);
    for (const line of streamed) expect(Number(/of (\d+) bytes/.exec(line)![1])).toBeGreaterThan(ATTESTATION_LAYER_BYTES);
    // Every layer was read once: a HEAD, then the stream.
    const layerReads = run.server!.asked.filter((p) => p.includes('/blobs/'));
    expect(new Set(layerReads).size).toBe(ATTESTATION_LAYERS);
    expect(layerReads).toHaveLength(2 * ATTESTATION_LAYERS);
    expectWithinBound(run);
  });

  it('100 attestation bundle_urls of 3.9 MB: two verified one at a time, then refused at the listing cap', async () => {
    const run = await attestationBundleUrlsCase.run();
    const check = run.action!.check('provenance');
    expect(check?.status).toBe('fail');
    expect(check?.summary).toMatch(
      /^GitHub attestations of dist\/sketchlog-1\.2\.3\.tar\.gz: GitHub's bundle_url bundles for attestations\/sha256:[0-9a-f]{64} pass 8388608 bytes in all \(at attestation 2 of page 1\)/
    );
    const verified = check!.details.filter((d) =>
      d.endsWith(': verified SLSA provenance from https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v1.2.3, naming 1 dist file(s)')
    );
    expect(verified.map((d) => d.split(': ')[0]!.replace(/^.*\//, ''))).toEqual(['0', '1']);
    // The third bundle crossed the cap; none after it was fetched.
    expect(run.server!.asked.filter((p) => p.startsWith('/attestation-bundles/'))).toEqual([
      '/attestation-bundles/0',
      '/attestation-bundles/1',
      '/attestation-bundles/2'
    ]);
    expectWithinBound(run);
  });

  it('a cosign .sig manifest of 450 layers: refused on the count, before any payload is fetched', async () => {
    const run = await cosignLayersCase.run();
    const check = run.action!.check('signatures');
    expect(check?.status).toBe('fail');
    expect(check?.summary).toMatch(
      new RegExp(
        `:sha256-(6e0227e8){8}\\.sig \\(cosign's signature tag\\) has ${COSIGN_LAYERS} layers, more than the 128 read; cosign adds one per signing — delete the tag and sign the digest again$`
      )
    );
    expect(run.server!.asked).toEqual([`/v2/sketchlog/sketchlog/manifests/sha256-${'6e0227e8'.repeat(8)}.sig`]);
    expectWithinBound(run);
  });

  it('three npm packuments of 55 MB: one per-version document, two streamed fallbacks, every tarball hashed', async () => {
    const run = await npmThreePackumentsCase.run();
    const check = run.action!.check('npm');
    expect(check?.status).toBe('pass');
    expect(check?.summary).toMatch(
      /^3 npm package\(s\) hold 1\.2\.3 on http:\/\/127\.0\.0\.1:\d+; each dist\.integrity \(sha512\) matches the registry's tarball$/
    );
    const sha = run.repo!.head().slice(0, 12);
    // The table rows: every package's tarball matches and its gitHead is the release commit.
    for (const name of NPM_PACKAGES)
      expect(check!.details).toContainEqual(
        expect.stringMatching(new RegExp(`^${name} \\| sha512-.+ \\| matches \\(\\d+ bytes\\) \\| none in dist \\| ${sha} \\(sha\\)$`))
      );
    const asked = run.server!.asked;
    for (const name of NPM_PACKAGES) expect(asked).toContain(`/${name.replace('/', '%2f')}/1.2.3`);
    // The per-version document answered for the first package; the others fell back to their packument.
    expect(asked).not.toContain('/@sketchlog%2fclient');
    expect(run.server!.served).toContain('/@sketchlog%2fserver');
    expect(run.server!.served).toContain('/@sketchlog%2fcli');
    expectWithinBound(run);
  });

  it('bump over a 5 MB changelog: the new heading goes in, every other byte stays', async () => {
    const run = await bumpChangelogCase.run();
    expect(run.cli!.code).toBe(0);
    const before = bigChangelog();
    const after = readFileSync(path.join(run.repo!.dir, 'CHANGELOG.md'), 'utf8');
    const unreleased = '## [Unreleased]\n';
    const at = before.indexOf(unreleased) + unreleased.length;
    const inserted = after.slice(at, after.length - (before.length - at));
    expect(after.slice(0, at)).toBe(before.slice(0, at));
    expect(after.slice(at + inserted.length)).toBe(before.slice(at));
    expect(inserted).toMatch(/^\n## \[?1\.2\.4\]? - \d{4}-\d{2}-\d{2}\n$/);
    expectWithinBound(run);
  });

  it('a Go module zip of 60,000 entries: go-resolves hashes every one and names the h1 the database records', async () => {
    const run = await goZipCase.run();
    const check = run.action!.check('go-resolves');
    expect(check?.status).toBe('pass');
    expect(check?.summary).toContain("the checksum database's signed, included record matches its .mod and .zip");
    expect(check?.details).toContain(`.zip: ${run.goZip!.bytes} bytes, ${GO_ZIP_ENTRIES} files, ${run.goZip!.h1}`);
    expect(run.server!.served).toContain('/github.com/sketchlog/sketchlog/clients/go/@v/v1.2.3.zip');
    expectWithinBound(run);
  });
});
