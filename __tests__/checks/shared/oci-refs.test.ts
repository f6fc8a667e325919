/** The shared OCI helpers: release tags from container.tags (with the prerelease rule) and Docker's platform normalisation. */
import { describe, expect, it } from '@jest/globals';
import { isAttestationManifest, platformMatches, primaryImageTag, releaseImageTags } from '../../../src/checks/shared/oci-refs.js';

describe('releaseImageTags', () => {
  it.each([
    [['{version}'], '1.2.3', ['1.2.3'], []],
    [['{version}', '{major}.{minor}', '{major}', 'latest'], '1.2.3', ['1.2.3', '1.2', '1', 'latest'], []],
    [['v{version}', '{major}.{minor}.{patch}'], '2.0.10', ['v2.0.10', '2.0.10'], []],
    // A prerelease: only templates with {version}; metadata-action moves neither 1.3 nor latest.
    [['{version}', '{major}.{minor}', 'latest'], '1.3.0-rc.1', ['1.3.0-rc.1'], ['1.3', 'latest']],
    [['{version}', '{major}.{minor}.{patch}'], '1.3.0-beta.2', ['1.3.0-beta.2'], ['1.3.0']],
    // Two templates that fill to the same tag are one tag.
    [['{version}', '{major}.{minor}.{patch}'], '1.2.3', ['1.2.3'], []]
  ])('%j for %s requires %j (not %j)', (templates, version, required, skipped) => {
    expect(releaseImageTags(templates, version)).toEqual({ required, skipped });
  });

  it('the primary tag is the version itself when required, else the first required tag', () => {
    expect(primaryImageTag(['1.2', '1.2.3'], '1.2.3')).toBe('1.2.3');
    expect(primaryImageTag(['v1.2.3', '1.2'], '1.2.3')).toBe('v1.2.3');
  });
});

describe('platformMatches normalises as Docker does', () => {
  it.each([
    ['linux/arm64', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, true],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/arm64', { os: 'linux', architecture: 'aarch64' }, true],
    ['linux/amd64', { os: 'linux', architecture: 'x86_64' }, true],
    ['linux/amd64', { os: 'linux', architecture: 'amd64', variant: 'v1' }, true],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm' }, true],
    ['linux/arm', { os: 'linux', architecture: 'arm', variant: 'v7' }, true],
    ['linux/arm/v6', { os: 'linux', architecture: 'arm', variant: 'v7' }, false],
    ['linux/arm64', { os: 'linux', architecture: 'arm', variant: 'v8' }, false],
    ['linux/amd64', { os: 'windows', architecture: 'amd64' }, false],
    ['linux/amd64/v3', { os: 'linux', architecture: 'amd64' }, false],
    ['linux/arm64', { os: 'unknown', architecture: 'unknown' }, false]
  ])('%s vs %j: %s', (wanted, platform, matches) => {
    expect(platformMatches(wanted, platform)).toBe(matches);
  });

  it('an attestation manifest is known by its platform or its annotation', () => {
    const base = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 1 };
    expect(isAttestationManifest({ ...base, platform: { os: 'unknown', architecture: 'unknown' } })).toBe(true);
    expect(isAttestationManifest({ ...base, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } })).toBe(true);
    expect(isAttestationManifest({ ...base, platform: { os: 'linux', architecture: 'amd64' } })).toBe(false);
  });
});
