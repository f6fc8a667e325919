/**
 * The shared BuildKit attestation reader (used by `sbom` and `provenance`) against a real Distribution
 * registry: statements by predicate type per platform, Docker's arm64/v8 normalisation, one read per
 * gate run shared by the checks that ask, and the plan that decides whether the image part runs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parseImageRef } from '../../../src/clients/oci/index.js';
import { BUILDKIT_METADATA_KEY, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1 } from '../../../src/formats/buildkit-provenance.js';
import { SPDX_PREDICATE_TYPE, imageAttestationPlan, readImageAttestations, statementsOf } from '../../../src/checks/shared/buildkit-attestations.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import { OciPusher, pushBuildKitImage, startFaultProxy, startOciRegistry, type FaultProxy, type OciTestRegistry } from '../../../test-support/oci-registry.js';
import { scanSbomContext } from '../supply-chain/scan-sbom-context.js';

let registry: OciTestRegistry;
let proxy: FaultProxy;
let pusher: OciPusher;

beforeAll(async () => {
  registry = await startOciRegistry();
  proxy = await startFaultProxy(registry);
  pusher = new OciPusher(registry);
});

afterAll(async () => {
  await Promise.all([registry?.close(), proxy?.close()]);
  removeTempDirs();
});

describe('readImageAttestations', () => {
  test.each([
    ['SLSA v0.2', SLSA_PROVENANCE_V02, `predicate.metadata["${BUILDKIT_METADATA_KEY}"].vcs.revision`],
    ['SLSA v1', SLSA_PROVENANCE_V1, 'predicate.runDetails.metadata.buildkit_metadata.vcs.revision']
  ])('statements by predicate type for every platform (%s provenance)', async (_, predicateType, place) => {
    const revision = 'c'.repeat(40);
    const repository = `attest/${predicateType === SLSA_PROVENANCE_V1 ? 'v1' : 'v02'}`;
    const pushed = await pushBuildKitImage(pusher, repository, {
      tags: ['1.2.3'],
      attestations: { provenance: { revision, predicateType: predicateType as typeof SLSA_PROVENANCE_V02 | typeof SLSA_PROVENANCE_V1 } }
    });
    const ctx = scanSbomContext({ container: false });
    const read = await readImageAttestations(ctx, {
      image: parseImageRef(`${registry.host}/${repository}`),
      digest: pushed.index.digest,
      platforms: ['linux/amd64', 'linux/arm64']
    });
    expect(read.reference).toBe(`${registry.host}/${repository}@${pushed.index.digest}`);
    expect(read.platforms.map((p) => [p.platform, p.manifestDigest, p.attestationDigest])).toEqual([
      ['linux/amd64', pushed.platforms[0]!.manifest.digest, pushed.attestations[0]!.manifest.digest],
      ['linux/arm64', pushed.platforms[1]!.manifest.digest, pushed.attestations[1]!.manifest.digest]
    ]);
    for (const [i, platform] of read.platforms.entries()) {
      expect([...platform.statements.keys()]).toEqual([SPDX_PREDICATE_TYPE, predicateType]);
      const [provenance] = statementsOf(platform, predicateType);
      expect(provenance!.provenance!.revisions).toEqual([expect.objectContaining({ kind: 'vcs', revision, place })]);
      expect(provenance!.subjects[0]!.sha256).toBe(pushed.platforms[i]!.manifest.digest.slice(7));
      expect(provenance!.layerDigest).toBe(pushed.attestations[i]!.layers[1]!.digest);
      expect(statementsOf(platform, 'https://example.com/other')).toEqual([]);
    }
  });

  test('two checks asking in the same gate run share one read', async () => {
    const pushed = await pushBuildKitImage(pusher, 'attest/shared', { tags: ['1.2.3'] });
    const ctx = scanSbomContext({ container: false });
    const target = { image: parseImageRef(`${proxy.host}/attest/shared`), digest: pushed.index.digest, platforms: ['linux/amd64'] };
    proxy.requests.length = 0;
    const [a, b] = await Promise.all([readImageAttestations(ctx, target), readImageAttestations(ctx, target)]);
    expect(a).toBe(b);
    // The index, one attestation manifest and its two layers: once each.
    expect(proxy.requests.filter((r) => r.startsWith('GET '))).toHaveLength(4);
  });
});

describe('imageAttestationPlan', () => {
  const container = { image: 'ghcr.io/{owner}/{repo}', platforms: ['linux/amd64'] };
  const digest = `sha256:${'a'.repeat(64)}`;
  test.each([
    ['a release tag with image-digest', { container, imageDigest: digest }, 'read'],
    ['a rehearsal tag', { container, imageDigest: digest, tag: 'test-v1.2.3' }, 'skip'],
    ['image-attestations: false', { container, imageDigest: digest, supplyChain: { 'image-attestations': false } }, 'skip'],
    ['container: false', { container: false as const, imageDigest: digest }, 'skip'],
    ['no container section', { container: undefined, imageDigest: digest }, 'fail'],
    ['an empty image-digest', { container, imageDigest: '' }, 'fail']
  ])('%s → %s', (_, options, state) => {
    const plan = imageAttestationPlan(scanSbomContext(options), 'sbom');
    expect(plan.state).toBe(state);
    if (plan.state === 'read') expect(plan).toMatchObject({ written: 'ghcr.io/sketchlog/sketchlog', target: { digest, platforms: ['linux/amd64'] } });
  });
});
