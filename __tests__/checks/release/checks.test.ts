import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { Release, ReleaseAsset } from '../../../src/clients/github/index.js';
import { GitHubError } from '../../../src/clients/github/index.js';
import { runGate } from '../../../src/engine.js';
import { releaseAssets } from '../../../src/checks/release/release-assets.js';
import { releaseChecksums, sha256OfDigest } from '../../../src/checks/release/release-checksums.js';
import { releaseCommit } from '../../../src/checks/release/release-commit.js';
import { releaseExists } from '../../../src/checks/release/release-exists.js';
import { release as releaseGate } from '../../../src/gates/release.js';
import { ARTREL_CONFIG, SHA, artrelContext, asset, chunked, fakeGitHub, releaseOf } from '../../helpers/artrel-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** A release whose assets have contents; `digest: null` assets have none from GitHub. */
function releaseWith(
  files: Record<string, { content: string; digest?: 'auto' | null | string; state?: string }>,
  checksumFile?: string,
  fields: Partial<Release> = {}
) {
  const contents = new Map<number, string | Buffer>();
  const assets: ReleaseAsset[] = [];
  for (const [name, spec] of Object.entries(files)) {
    const a = asset(name, {
      size: Buffer.byteLength(spec.content),
      digest: spec.digest === undefined || spec.digest === 'auto' ? `sha256:${sha256(spec.content)}` : spec.digest,
      state: spec.state ?? 'uploaded'
    });
    contents.set(a.id, spec.content);
    assets.push(a);
  }
  if (checksumFile !== undefined) {
    const a = asset('SHA256SUMS', { size: Buffer.byteLength(checksumFile), digest: `sha256:${sha256(checksumFile)}` });
    contents.set(a.id, checksumFile);
    assets.push(a);
  }
  const release = releaseOf(assets, fields);
  const github = fakeGitHub({
    getReleaseByTag: () => Promise.resolve(release),
    downloadReleaseAsset: (id, maxBytes) => {
      const body = contents.get(id);
      if (body === undefined) return Promise.reject(new GitHubError(`release asset ${id} could not be downloaded: 404`, 404));
      // The client bounds the body; a fake that ignored maxBytes would hide a wrong bound.
      if (Buffer.byteLength(body) > maxBytes) return Promise.reject(new Error(`answer is larger than the ${maxBytes} bytes allowed`));
      return Promise.resolve(chunked(body));
    }
  });
  return { release, github, contents };
}

const FILES = {
  'sketchlog-1.3.0rc1-cp310-cp310-win_amd64.whl': { content: 'wheel bytes' },
  'sketchlog-1.3.0rc1.tar.gz': { content: 'sdist bytes' },
  'sketchlog-1.3.0rc1.spdx.json': { content: '{"spdxVersion":"SPDX-2.3"}' },
  'sketchlog-1.3.0rc1.intoto.jsonl': { content: '{"payloadType":"application/vnd.in-toto+json"}' }
};
const sumsOf = (files: Record<string, { content: string }>) =>
  Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, { content }]) => `${sha256(content)}  ${name}\n`)
    .join('');

describe('release-exists', () => {
  it('passes a published release candidate marked as a prerelease, and sets release-url', async () => {
    const { github, release } = releaseWith(FILES, sumsOf(FILES), { prerelease: true });
    const outcome = await runDeclaredCheck(releaseExists, artrelContext({ github }));
    expect(outcome).toMatchObject({ status: 'pass', outputs: { 'release-url': release.htmlUrl }, links: [release.htmlUrl] });
    expect(outcome.summary).toContain('as a prerelease (1.3.0-rc.1 is a prerelease version)');
  });

  it('passes a final version published as a full release', async () => {
    const github = fakeGitHub({ getReleaseByTag: () => Promise.resolve(releaseOf([], { tagName: 'v1.3.0', prerelease: false })) });
    const outcome = await runDeclaredCheck(releaseExists, artrelContext({ github, tag: 'v1.3.0' }));
    expect(outcome).toMatchObject({ status: 'pass', summary: expect.not.stringContaining('prerelease') });
  });

  it.each([
    ['no release', null, 'v1.3.0-rc.1', /^no published GitHub release for tag v1\.3\.0-rc\.1 \(a draft does not count\); create or publish it/],
    ['a draft', { draft: true, prerelease: true }, 'v1.3.0-rc.1', /is still a draft; publish it/],
    [
      'a prerelease for a release tag of a final version',
      { tagName: 'v1.3.0', prerelease: true },
      'v1.3.0',
      /marked as a prerelease, but v1\.3\.0 is a release tag of the final version 1\.3\.0/
    ],
    [
      'a release candidate published as the latest release',
      { prerelease: false },
      'v1.3.0-rc.1',
      /not marked as a prerelease although 1\.3\.0-rc\.1 is a prerelease version/
    ],
    [
      'a full release for a rehearsal tag',
      { tagName: 'test-v1.3.0-rc.1', prerelease: false },
      'test-v1.3.0-rc.1',
      /not marked as a prerelease although test-v1\.3\.0-rc\.1 is a rehearsal tag/
    ],
    ['another tag', { tagName: 'v1.2.0', prerelease: true }, 'v1.3.0-rc.1', /with tag_name "v1\.2\.0"/]
  ])('fails %s', async (_what, fields, tag, summary) => {
    const github = fakeGitHub({ getReleaseByTag: () => Promise.resolve(fields === null ? null : releaseOf([], fields as Partial<Release>)) });
    const outcome = await runDeclaredCheck(releaseExists, artrelContext({ github, tag }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(summary);
    expect(outcome.outputs).toBeUndefined();
  });

  it('passes a rehearsal whose release is a prerelease', async () => {
    const github = fakeGitHub({ getReleaseByTag: () => Promise.resolve(releaseOf([], { tagName: 'test-v1.3.0-rc.1', prerelease: true })) });
    expect(await runDeclaredCheck(releaseExists, artrelContext({ github, tag: 'test-v1.3.0-rc.1' }))).toMatchObject({
      status: 'pass',
      summary: expect.stringContaining('rehearsal')
    });
  });
});

describe('release-commit', () => {
  const ref = (type: string, sha: string) => Promise.resolve({ ref: 'refs/tags/v1.3.0-rc.1', object: { type, sha } });

  it('peels an annotated tag (even a tag of a tag) to the built commit, and ignores target_commitish', async () => {
    const github = fakeGitHub({
      getTagRef: () => ref('tag', 'd'.repeat(40)),
      getTagObject: (sha) =>
        Promise.resolve(
          sha === 'd'.repeat(40)
            ? { sha, tag: 'v1.3.0-rc.1', object: { type: 'tag', sha: 'e'.repeat(40) } }
            : { sha, tag: 'inner', object: { type: 'commit', sha: SHA } }
        ),
      getReleaseByTag: () => Promise.resolve(releaseOf([], { targetCommitish: 'f'.repeat(40) }))
    });
    expect(await runDeclaredCheck(releaseCommit, artrelContext({ github }))).toMatchObject({
      status: 'pass',
      summary: expect.stringMatching(/^annotated tag v1\.3\.0-rc\.1 peels to c0ffee/)
    });
    expect(github.calls.filter((c) => c.startsWith('getReleaseByTag'))).toEqual([]);
  });

  it('fails a moved tag, naming both commits', async () => {
    const github = fakeGitHub({ getTagRef: () => ref('commit', 'b'.repeat(40)) });
    const outcome = await runDeclaredCheck(releaseCommit, artrelContext({ github }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `tag v1.3.0-rc.1 now points at ${'b'.repeat(12)}, but this run built ${SHA.slice(0, 12)}: the tag moved; never move a release tag — release a new patch version`
    );
  });

  it('fails a missing tag, a tag of a tree and an endless tag chain', async () => {
    const missing = fakeGitHub({ getTagRef: () => Promise.resolve(null) });
    expect((await runDeclaredCheck(releaseCommit, artrelContext({ github: missing }))).summary).toMatch(/^tag v1\.3\.0-rc\.1 does not exist on GitHub/);
    const tree = fakeGitHub({ getTagRef: () => ref('tree', 'a'.repeat(40)) });
    expect((await runDeclaredCheck(releaseCommit, artrelContext({ github: tree }))).summary).toMatch(/points at a tree .*not a commit/);
    const loop = fakeGitHub({
      getTagRef: () => ref('tag', 'a'.repeat(40)),
      getTagObject: (sha) => Promise.resolve({ sha, tag: 't', object: { type: 'tag', sha } })
    });
    const outcome = await runDeclaredCheck(releaseCommit, artrelContext({ github: loop }));
    expect(outcome).toMatchObject({ status: 'fail', summary: expect.stringContaining('chain of more than 5 tag objects') });
    expect(loop.calls.filter((c) => c.startsWith('getTagObject'))).toHaveLength(5);
  });
});

describe('release-assets', () => {
  it('passes when wheels, sdist, checksum file, SBOM and provenance are all uploaded', async () => {
    const { github } = releaseWith(FILES, sumsOf(FILES));
    const outcome = await runDeclaredCheck(releaseAssets, artrelContext({ github }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(
      'the release carries 1 wheel, sketchlog-1.3.0rc1.tar.gz, SHA256SUMS, SBOM sketchlog-1.3.0rc1.spdx.json, provenance sketchlog-1.3.0rc1.intoto.jsonl, all uploaded'
    );
    expect(outcome.table!.rows.map((r) => [r[0], r[1]])).toEqual([
      ['wheel', 'sketchlog-1.3.0rc1-cp310-cp310-win_amd64.whl'],
      ['sdist sketchlog-1.3.0rc1.tar.gz', 'sketchlog-1.3.0rc1.tar.gz'],
      ['checksum file SHA256SUMS', 'SHA256SUMS'],
      ['SBOM (*.spdx.json)', 'sketchlog-1.3.0rc1.spdx.json'],
      ['provenance (*.intoto.jsonl)', 'sketchlog-1.3.0rc1.intoto.jsonl']
    ]);
  });

  it.each([
    ['the SBOM', 'sketchlog-1.3.0rc1.spdx.json', 'the release has no SBOM (*.spdx.json); upload the SBOM the supply-chain job generated'],
    ['the provenance', 'sketchlog-1.3.0rc1.intoto.jsonl', 'the release has no provenance (*.intoto.jsonl); upload the provenance attestation bundle'],
    ['the sdist', 'sketchlog-1.3.0rc1.tar.gz', 'the release has no sdist sketchlog-1.3.0rc1.tar.gz; upload dist/sketchlog-1.3.0rc1.tar.gz'],
    ['every wheel', 'sketchlog-1.3.0rc1-cp310-cp310-win_amd64.whl', 'the release has no wheel; upload the wheels from dist']
  ])('fails without %s, naming what is missing', async (_what, left, summary) => {
    const files = Object.fromEntries(Object.entries(FILES).filter(([name]) => name !== left));
    const { github } = releaseWith(files, sumsOf(files));
    expect(await runDeclaredCheck(releaseAssets, artrelContext({ github }))).toMatchObject({ status: 'fail', summary });
  });

  it('fails without the checksum file, with an unfinished upload, and with a wheel of another version', async () => {
    const files = {
      ...FILES,
      'sketchlog-1.3.0rc1.intoto.jsonl': { content: 'x', state: 'open' },
      'sketchlog-1.2.0-cp310-cp310-win_amd64.whl': { content: 'old' }
    };
    const { github } = releaseWith(files);
    const outcome = await runDeclaredCheck(releaseAssets, artrelContext({ github }));
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      'the release has no checksum file SHA256SUMS; upload dist/SHA256SUMS (the artifacts gate writes it)',
      'asset sketchlog-1.2.0-cp310-cp310-win_amd64.whl is not a wheel of sketchlog 1.3.0rc1; delete it from the release',
      'asset sketchlog-1.3.0rc1.intoto.jsonl is in state "open", not "uploaded" (its upload did not finish); delete it and upload it again'
    ]);
  });

  it('needs the release section, and the pypi section unless it is turned off', async () => {
    const { github } = releaseWith(FILES, sumsOf(FILES));
    const { release: _r, ...noRelease } = ARTREL_CONFIG;
    expect((await runDeclaredCheck(releaseAssets, artrelContext({ github, config: noRelease }))).summary).toContain('no "release" section');
    const { pypi: _p, ...noPypi } = ARTREL_CONFIG;
    expect((await runDeclaredCheck(releaseAssets, artrelContext({ github, config: noPypi }))).summary).toContain('no "pypi" section');
    const off = await runDeclaredCheck(releaseAssets, artrelContext({ github, config: { ...noPypi, pypi: false } }));
    expect(off).toMatchObject({ status: 'pass', summary: expect.stringContaining('"pypi: false"') });
    expect(off.table!.rows.map((r) => r[0])).toEqual(['checksum file SHA256SUMS', 'SBOM (*.spdx.json)', 'provenance (*.intoto.jsonl)']);
  });
});

describe('release-checksums', () => {
  it('passes when every asset matches, by digest or by download', async () => {
    const files = { ...FILES, 'sketchlog-1.3.0rc1.tar.gz': { content: 'sdist bytes', digest: null } };
    const { github, release } = releaseWith(files, sumsOf(files));
    const outcome = await runDeclaredCheck(releaseChecksums, artrelContext({ github }));
    expect(outcome).toMatchObject({ status: 'pass', summary: 'all 4 assets match SHA256SUMS (3 by GitHub digest, 1 downloaded and hashed)' });
    const sdistId = release.assets.find((a) => a.name === 'sketchlog-1.3.0rc1.tar.gz')!.id;
    const sumsId = release.assets.find((a) => a.name === 'SHA256SUMS')!.id;
    // Only the checksum file and the digest-less asset are downloaded, each bounded.
    expect(github.calls.filter((c) => c.startsWith('downloadReleaseAsset')).sort()).toEqual(
      [`downloadReleaseAsset ${sumsId} 1048576`, `downloadReleaseAsset ${sdistId} ${Buffer.byteLength('sdist bytes')}`].sort()
    );
  });

  it('fails a tampered asset (digest differs from the list) and a replaced digest-less asset', async () => {
    const files = { ...FILES, 'sketchlog-1.3.0rc1.tar.gz': { content: 'sdist bytes', digest: null } };
    const { github, contents, release } = releaseWith(files, sumsOf(files));
    // After the checksum file was made: the wheel was replaced (GitHub digests the new bytes), the sdist too.
    const wheel = release.assets.find((a) => a.name.endsWith('.whl'))!;
    wheel.digest = `sha256:${sha256('evil wheel')}`;
    const sdist = release.assets.find((a) => a.name.endsWith('.tar.gz'))!;
    contents.set(sdist.id, 'evil sdist!');
    const outcome = await runDeclaredCheck(releaseChecksums, artrelContext({ github }));
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      `asset ${wheel.name} has GitHub digest sha256:${sha256('evil wheel')}, but SHA256SUMS lists ${sha256('wheel bytes')}; the asset was replaced or the checksum file is stale — rebuild and re-upload both`,
      `asset ${sdist.name} hashes to ${sha256('evil sdist!')}, but SHA256SUMS lists ${sha256('sdist bytes')}; re-upload the asset built with this release`
    ]);
    expect(outcome.table!.rows.filter((r) => r[3] === 'mismatch').map((r) => r[0])).toEqual([wheel.name, sdist.name]);
  });

  it('fails an incomplete checksum file and one listing a file the release lacks', async () => {
    const { ['sketchlog-1.3.0rc1.spdx.json']: _sbom, ...listed } = FILES;
    const { github } = releaseWith(FILES, sumsOf(listed) + `${sha256('x')}  sketchlog-1.3.0rc1-cp311-cp311-win_amd64.whl\n`);
    const outcome = await runDeclaredCheck(releaseChecksums, artrelContext({ github }));
    expect(outcome.details).toEqual([
      'asset sketchlog-1.3.0rc1.spdx.json is not listed in SHA256SUMS; regenerate SHA256SUMS over every release file and re-upload it',
      'SHA256SUMS lists sketchlog-1.3.0rc1-cp311-cp311-win_amd64.whl, which is not an asset of the release; upload it'
    ]);
  });

  it.each([
    ['an HTML error page', '<!DOCTYPE html>\n<html><body>Service Unavailable</body></html>\n', /was served as an HTML page, not a checksum list/],
    ['a body that is not sha256sum lines', 'checksums:\n  - foo\n', /line 1 of the SHA256SUMS asset is not a sha256sum line/],
    ['binary bytes', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00]), /the SHA256SUMS asset is not text \(not UTF-8\)/]
  ])('fails when the checksum file download is %s, never passing', async (_what, served, summary) => {
    const { github, contents, release } = releaseWith(FILES, sumsOf(FILES));
    const sums = release.assets.find((a) => a.name === 'SHA256SUMS')!;
    contents.set(sums.id, served);
    sums.digest = `sha256:${sha256(served)}`;
    const outcome = await runDeclaredCheck(releaseChecksums, artrelContext({ github }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(summary);
  });

  it('fails a checksum file download that differs from the digest GitHub reports for it', async () => {
    const { github, contents, release } = releaseWith(FILES, sumsOf(FILES));
    const sums = release.assets.find((a) => a.name === 'SHA256SUMS')!;
    contents.set(sums.id, sumsOf({ ...FILES, 'sketchlog-1.3.0rc1.tar.gz': { content: 'swapped' } }));
    expect((await runDeclaredCheck(releaseChecksums, artrelContext({ github }))).summary).toMatch(/does not match the digest GitHub reports for it/);
  });

  it('fails, naming the asset, when a digest-less asset cannot be downloaded', async () => {
    const files = { ...FILES, 'sketchlog-1.3.0rc1.tar.gz': { content: 'sdist bytes', digest: null } };
    const { github, contents, release } = releaseWith(files, sumsOf(files));
    contents.delete(release.assets.find((a) => a.name.endsWith('.tar.gz'))!.id);
    expect(await runDeclaredCheck(releaseChecksums, artrelContext({ github }))).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(/^asset sketchlog-1\.3\.0rc1\.tar\.gz could not be downloaded to hash it: release asset \d+ could not be downloaded: 404$/)
    });
  });

  it('fails without the checksum asset', async () => {
    const { github } = releaseWith(FILES);
    expect((await runDeclaredCheck(releaseChecksums, artrelContext({ github }))).summary).toBe(
      'the release has no SHA256SUMS asset to check the others against; upload dist/SHA256SUMS (the artifacts gate writes it)'
    );
  });

  it.each([
    ['sha256:ABCDEF'.padEnd(71, '0'), 'abcdef'.padEnd(64, '0')],
    [null, null],
    ['sha512:' + 'a'.repeat(128), null],
    ['sha256:' + 'g'.repeat(64), null]
  ])('sha256OfDigest(%j) is %j', (digest, hex) => {
    expect(sha256OfDigest(digest)).toBe(hex);
  });
});

describe('release gate', () => {
  it('lists the checks in contract order, runs them concurrently and calls GitHub once per lookup', async () => {
    expect(releaseGate.checks.map((c) => c.id)).toEqual(['release-exists', 'release-commit', 'release-assets', 'release-checksums']);
    const { github: base } = releaseWith(FILES, sumsOf(FILES), { prerelease: true });
    let inFlight = 0;
    let peak = 0;
    const slow = <T>(value: Promise<T>) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      return value.finally(() => inFlight--);
    };
    const github = fakeGitHub({
      getReleaseByTag: (tag) => slow(base.getReleaseByTag(tag)),
      getTagRef: () => slow(Promise.resolve({ ref: 'refs/tags/v1.3.0-rc.1', object: { type: 'tag', sha: 'd'.repeat(40) } })),
      getTagObject: (sha) => Promise.resolve({ sha, tag: 'v1.3.0-rc.1', object: { type: 'commit', sha: SHA } }),
      downloadReleaseAsset: (id, max) => base.downloadReleaseAsset(id, max)
    });
    const calls = github.calls;
    const run = await runGate(releaseGate, artrelContext({ github }), ['test-token-never-printed']);
    expect(run.checks.map((c) => [c.id, c.status])).toEqual([
      ['release-exists', 'pass'],
      ['release-commit', 'pass'],
      ['release-assets', 'pass'],
      ['release-checksums', 'pass']
    ]);
    expect(calls.filter((c) => c.startsWith('getReleaseByTag'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('getTagRef'))).toHaveLength(1);
    expect(peak).toBe(2); // the release lookup and the tag resolution were in flight together
  });

  it('fails every release check, with the cause, when GitHub cannot answer', async () => {
    const github = fakeGitHub({
      getReleaseByTag: () => Promise.reject(new GitHubError('GitHub answered 502 for releases/tags/v1.3.0-rc.1 after retries', 502)),
      getTagRef: () => Promise.reject(new GitHubError('GitHub answered 502 for git/ref/tags/v1.3.0-rc.1 after retries', 502))
    });
    const run = await runGate(releaseGate, artrelContext({ github }), []);
    expect(run.result).toBe('fail');
    for (const check of run.checks) {
      expect(check.status).toBe('fail');
      expect(check.summary).toMatch(/could not finish: GitHub answered 502/);
    }
    expect(github.calls.filter((c) => c.startsWith('getReleaseByTag'))).toHaveLength(1);
  });
});
