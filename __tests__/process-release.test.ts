/**
 * The release gate end to end: the bundle runs as a separate process against a
 * GitHub REST test server whose tags come from a real git repository and whose
 * release assets are real release files (wheels, sdist, SBOM, provenance, and
 * the SHA256SUMS the artifacts gate wrote), served from a separate storage origin.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createRepo, removeTempDirs, tempDir, writeFiles, type TestRepo } from '../test-support/git-repo.js';
import { startGitHubServer, type AssetSpec, type GitHubTestServer, type ReleaseSpec } from '../test-support/github-server.js';
import { writeSketchlogDist } from '../test-support/python-dist.js';
import { runAction, type ActionResult } from '../test-support/run-action.js';
import { sketchlogFiles } from '../test-support/sketchlog.js';

const TOKEN = 'ghs_ReleaseProcessTestToken0123456789ab';
const VERSION = '1.2.3';
const SBOM = `sketchlog-${VERSION}.spdx.json`;
const PROVENANCE = `sketchlog-${VERSION}.intoto.jsonl`;
const SDIST = `sketchlog-${VERSION}.tar.gz`;

const servers: GitHubTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => removeTempDirs());

/** The release files of SketchLog 1.2.3, SHA256SUMS written by the artifacts gate itself. */
let dist: { dir: string; files: Map<string, Buffer> };
beforeAll(async () => {
  const workspace = tempDir('rg-release-dist-');
  writeFiles(workspace, { '.github/release-gates.yml': sketchlogFiles(VERSION)['.github/release-gates.yml']! });
  const dir = path.join(workspace, 'dist');
  await fs.mkdir(dir);
  await writeSketchlogDist(dir, VERSION);
  await fs.writeFile(path.join(dir, SBOM), JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'sketchlog', packages: [] }));
  await fs.writeFile(path.join(dir, PROVENANCE), `${JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: 'e30=' })}\n`);
  const artifacts = await runAction({ workspace, sha: '1'.repeat(40), ref: `refs/tags/v${VERSION}`, inputs: { gate: 'artifacts', token: TOKEN } });
  expect(artifacts.outputs).toMatchObject({ result: 'pass', checksums: path.join(dir, 'SHA256SUMS') });
  const files = new Map<string, Buffer>();
  for (const name of await fs.readdir(dir)) files.set(name, await fs.readFile(path.join(dir, name)));
  dist = { dir, files };
});

interface Setup {
  repo: TestRepo;
  sha: string;
  tag: string;
  server: GitHubTestServer;
  release: ReleaseSpec;
  asset(name: string): AssetSpec;
}

/** A repository whose release commit carries an annotated tag, and a GitHub release with every dist file as an asset. */
async function setup(options: { tag?: string; annotated?: boolean; release?: Partial<ReleaseSpec> } = {}): Promise<Setup> {
  const repo = createRepo(sketchlogFiles('0.9.0'));
  const sha = repo.commit(sketchlogFiles(VERSION), `Release ${VERSION}`);
  const tag = options.tag ?? `v${VERSION}`;
  repo.tag(tag, { annotated: options.annotated ?? true });
  const server = await startGitHubServer({ repoDir: repo.dir, token: TOKEN });
  servers.push(server);
  const assets: AssetSpec[] = [...dist.files].map(([name, content]) => ({
    name,
    content,
    contentType: name.endsWith('.json') || name.endsWith('.jsonl') ? 'application/json' : name === 'SHA256SUMS' ? 'text/plain' : 'application/octet-stream'
  }));
  const release: ReleaseSpec = { tag, name: `SketchLog ${VERSION}`, targetCommitish: 'main', assets, ...options.release };
  server.releases.push(release);
  return { repo, sha, tag, server, release, asset: (name) => release.assets!.find((a) => a.name === name)! };
}

async function releaseGate(s: Setup): Promise<ActionResult> {
  const result = await runAction({
    workspace: s.repo.dir,
    apiUrl: s.server.url,
    sha: s.sha,
    ref: `refs/tags/${s.tag}`,
    inputs: { gate: 'release', token: TOKEN }
  });
  // The runner learns the token through ::add-mask:: (once); nothing else may carry it.
  expect(result.everything.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN);
  expect(result.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(s.server.violations).toEqual([]);
  // Asset bytes come from the storage origin, which must never see the token.
  for (const request of s.server.storageRequests) expect(request.headers.authorization).toBeUndefined();
  return result;
}

const statuses = (result: ActionResult) => Object.fromEntries(result.report!.checks.map((c) => [c.id, c.status]));
const ALL_PASS = { 'release-exists': 'pass', 'release-commit': 'pass', 'release-assets': 'pass', 'release-checksums': 'pass' };
const sha256sumOf = (content: Buffer | string) => execFileSync('sha256sum', { input: content, encoding: 'utf8' }).slice(0, 64);

describe('release process: a good release', () => {
  it('passes the release the artifacts gate checksummed, calling each GitHub endpoint once', async () => {
    const s = await setup();
    const result = await releaseGate(s);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      result: 'pass',
      failed: '',
      kind: 'release',
      'release-url': `https://github.example.test/sketchlog/sketchlog/releases/tag/v${VERSION}`
    });
    expect(statuses(result)).toEqual(ALL_PASS);
    expect(result.report!.checks.map((c) => c.id)).toEqual(Object.keys(ALL_PASS));
    const tagObject = s.repo.git('rev-parse', `refs/tags/v${VERSION}`);
    const paths = s.server.requests.map((r) => decodeURIComponent(r.path));
    expect(paths.filter((p) => !p.includes('/releases/assets/')).sort()).toEqual(
      [
        `/repos/sketchlog/sketchlog/git/ref/tags/v${VERSION}`,
        `/repos/sketchlog/sketchlog/git/tags/${tagObject}`,
        `/repos/sketchlog/sketchlog/releases/tags/v${VERSION}`
      ].sort()
    );
    // One asset request: the checksum file, which the API redirects to storage.
    expect(paths.filter((p) => p.includes('/releases/assets/'))).toHaveLength(1);
    // Every asset had a GitHub digest: only the checksum file was downloaded.
    expect(s.server.storageRequests.map((r) => decodeURIComponent(r.path.split('/').pop()!))).toEqual(['SHA256SUMS']);
    expect(result.check('release-checksums')!.summary).toBe(
      `all ${dist.files.size - 1} assets match SHA256SUMS (${dist.files.size - 1} by GitHub digest, 0 downloaded and hashed)`
    );
    expect(result.check('release-commit')!.summary).toBe(`annotated tag v${VERSION} peels to ${s.sha.slice(0, 12)}, the commit this run built`);
    expect(result.check('release-assets')!.summary).toBe(
      `the release carries 20 wheels, ${SDIST}, SHA256SUMS, SBOM ${SBOM}, provenance ${PROVENANCE}, all uploaded`
    );
  });

  it('downloads and hashes assets GitHub reports no digest for', async () => {
    const s = await setup();
    s.asset(SDIST).digest = null;
    s.asset(SBOM).digest = null;
    const result = await releaseGate(s);
    expect(statuses(result)).toEqual(ALL_PASS);
    expect(s.server.storageRequests.map((r) => decodeURIComponent(r.path.split('/').pop()!)).sort()).toEqual(['SHA256SUMS', SBOM, SDIST].sort());
    expect(result.check('release-checksums')!.summary).toMatch(/\(\d+ by GitHub digest, 2 downloaded and hashed\)$/);
  });

  it('passes a rehearsal whose release is a prerelease', async () => {
    const s = await setup({ tag: `test-v${VERSION}`, annotated: false, release: { prerelease: true } });
    const result = await releaseGate(s);
    expect(result.outputs).toMatchObject({ result: 'pass', kind: 'rehearsal' });
    expect(result.check('release-commit')!.summary).toMatch(/^lightweight tag test-v1\.2\.3 peels to/);
  });
});

describe('release process: a wrong release', () => {
  it('fails a release without the SBOM', async () => {
    const s = await setup();
    s.release.assets = s.release.assets!.filter((a) => a.name !== SBOM);
    const result = await releaseGate(s);
    expect(result.exitCode).not.toBe(0);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'release-assets,release-checksums' });
    expect(result.check('release-assets')!.summary).toBe('the release has no SBOM (*.spdx.json); upload the SBOM the supply-chain job generated');
    expect(result.check('release-checksums')!.summary).toBe(`SHA256SUMS lists ${SBOM}, which is not an asset of the release; upload it`);
    expect(result.stdout).toContain('::error::release-gates release: 2 checks failed: release-assets, release-checksums');
  });

  it('fails a tampered asset: its GitHub digest is not what SHA256SUMS lists', async () => {
    const s = await setup();
    const wheel = s.release.assets!.find((a) => a.name.endsWith('-cp312-cp312-win_amd64.whl'))!;
    const original = wheel.content;
    wheel.content = Buffer.concat([Buffer.from(original), Buffer.from('trojan')]);
    const result = await releaseGate(s);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'release-checksums' });
    expect(result.check('release-checksums')!.summary).toBe(
      `asset ${wheel.name} has GitHub digest sha256:${sha256sumOf(wheel.content)}, but SHA256SUMS lists ${sha256sumOf(original)}; the asset was replaced or the checksum file is stale — rebuild and re-upload both`
    );
  });

  it('fails a digest-less asset whose downloaded bytes differ from SHA256SUMS', async () => {
    const s = await setup();
    const sdist = s.asset(SDIST);
    sdist.digest = null;
    sdist.serve = Buffer.concat([Buffer.from(sdist.content).subarray(0, 100), Buffer.alloc(Buffer.from(sdist.content).length - 100)]);
    const result = await releaseGate(s);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'release-checksums' });
    expect(result.check('release-checksums')!.summary).toBe(
      `asset ${SDIST} hashes to ${sha256sumOf(sdist.serve)}, but SHA256SUMS lists ${sha256sumOf(sdist.content)}; re-upload the asset built with this release`
    );
  });

  it('fails a draft release', async () => {
    const s = await setup({ release: { draft: true } });
    const result = await releaseGate(s);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'release-exists' });
    expect(result.outputs['release-url']).toBeUndefined();
    expect(result.check('release-exists')!.summary).toBe(
      `the release for v${VERSION} is still a draft; publish it (gh release edit v${VERSION} --draft=false)`
    );
  });

  it('fails a release on a moved tag, whatever target_commitish says', async () => {
    const s = await setup();
    s.release.targetCommitish = s.sha;
    const moved = s.repo.commit({ 'README.md': 'a later commit\n' }, 'after the release');
    s.repo.tag(`v${VERSION}`, { annotated: true, force: true });
    const result = await releaseGate(s);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'release-commit' });
    expect(result.check('release-commit')!.summary).toBe(
      `tag v${VERSION} now points at ${moved.slice(0, 12)}, but this run built ${s.sha.slice(0, 12)}: the tag moved; never move a release tag — release a new patch version`
    );
  });

  it('fails an incomplete checksum file, naming the unlisted asset', async () => {
    const s = await setup();
    const sums = s.asset('SHA256SUMS');
    const unlisted = [...dist.files.keys()].find((n) => n.includes('-cp310-cp310-macosx_11_0_arm64'))!;
    sums.content = Buffer.from(sums.content)
      .toString('utf8')
      .split('\n')
      .filter((l) => !l.endsWith(`  ${unlisted}`))
      .join('\n');
    const result = await releaseGate(s);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'release-checksums' });
    expect(result.check('release-checksums')!.summary).toBe(
      `asset ${unlisted} is not listed in SHA256SUMS; regenerate SHA256SUMS over every release file and re-upload it`
    );
  });

  it('fails when an HTML error page is served for the checksum file', async () => {
    const s = await setup();
    const sums = s.asset('SHA256SUMS');
    sums.serve = '<!DOCTYPE html>\n<html><head><title>Unicorn!</title></head><body>No server is currently available.</body></html>\n';
    sums.serveContentType = 'text/html; charset=utf-8';
    const result = await releaseGate(s);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'release-checksums' });
    expect(result.check('release-checksums')!.summary).toBe(
      'the SHA256SUMS asset was served as an HTML page, not a checksum list (an error page in its place); re-run, and if it persists delete and re-upload SHA256SUMS'
    );
  });

  it('fails every check with the cause when there is no release at all', async () => {
    const s = await setup();
    s.server.releases.length = 0;
    const result = await releaseGate(s);
    expect(result.outputs).toMatchObject({ result: 'fail', failed: 'release-exists,release-assets,release-checksums' });
    expect(result.check('release-exists')!.summary).toBe(
      `no published GitHub release for tag v${VERSION} (a draft does not count); create or publish it (gh release create v${VERSION} --verify-tag) before this gate`
    );
    expect(s.server.requests.filter((r) => r.path.includes('/releases/tags/'))).toHaveLength(1);
  });
});
