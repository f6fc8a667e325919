/**
 * The smoke gate end to end: the bundle runs as a separate process, the way the runner
 * starts it, against one whole SketchLog release on real loopback registries
 * (test-support/release-scenario.ts): PyPI's simple API, Verdaccio, Distribution behind a
 * token server, a Go module proxy and checksum database, each started once for the file.
 * Smoke installs as anyone would: every request every server saw is searched for
 * credentials, although the npm-token input is set.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { removeTempDirs } from '../test-support/git-repo.js';
import { IMAGE_REPOSITORY, GO_MODULE, startReleaseScenario, type ReleaseScenario } from '../test-support/release-scenario.js';
import { runAction, summaryText, type ActionResult, unmasked } from '../test-support/run-action.js';
import { checkIds } from '../test-support/gate-checks.js';

const GITHUB_TOKEN = 'ghs_SmokeProcessToken0123456789abcdef';
const CHECKS = checkIds('smoke');

let s: ReleaseScenario;
const everything: string[] = [];

beforeAll(async () => {
  s = await startReleaseScenario();
}, 60_000);

afterAll(async () => {
  await s?.close();
  removeTempDirs();
  const all = everything.join('\n');
  for (const secret of [GITHUB_TOKEN, s?.npmToken]) if (secret) expect(all).not.toContain(secret);
});

/** Where each server's request log stood before a run, to read only that run's requests. */
function marks() {
  return {
    npm: s.npm.requests.length,
    mirror: s.npm.mirror.requests.length,
    pypi: s.pypi.requests.length,
    oci: s.oci.requests.length,
    tokens: s.tokens.requests.length,
    goProxy: s.goProxy.requests.length,
    sumdb: s.sumdb.requests.length
  };
}

async function smoke(inputs: Record<string, string> = {}): Promise<ActionResult> {
  const result = await runAction(s.runOptions('smoke', { token: GITHUB_TOKEN, ...inputs }));
  // The runner learns the secrets through add-mask; nothing else may carry them.
  const masked = unmasked(result);
  everything.push(masked);
  expect(result.stdout).toContain(`::add-mask::${s.npmToken}`);
  for (const secret of [GITHUB_TOKEN, s.npmToken]) expect(masked).not.toContain(secret);
  expect(result.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(result.report?.checks.map((c) => c.id)).toEqual(CHECKS);
  return result;
}

describe('smoke (bundled action)', () => {
  test('anyone can install the exact release: every check passes, and no request carries a credential', async () => {
    const before = marks();
    const result = await smoke();
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '', version: '1.4.0', kind: 'release' });
    expect(result.report?.checks.map((c) => [c.id, c.status])).toEqual(CHECKS.map((id) => [id, 'pass']));
    expect(result.check('npm-resolves')?.summary).toBe(
      `3 npm package(s) resolve 1.4.0 anonymously on ${s.npm.url}, as npm install reads them; each tarball matches its dist.integrity (sha512)`
    );
    expect(result.check('image-resolves')?.summary).toMatch(
      new RegExp(`^${s.oci.host}/sketchlog/sketchlog:1\\.4\\.0 resolves to ${s.imageDigest} for an anonymous client`)
    );
    expect(result.check('chart-resolves')?.summary).toMatch(
      new RegExp(
        `^${s.oci.host}/sketchlog/charts/sketchlog:1\\.4\\.0 resolves to ${s.chartDigest} for an anonymous client.*Chart\\.yaml is sketchlog 1\\.4\\.0$`
      )
    );
    expect(result.check('pypi-resolves')?.summary).toBe(
      `the simple API of pypi.index ${s.pypi.url} lists all 21 files of sketchlog 1.4.0 (20 wheels and 1 sdist), each with the sha256 of the built file, none yanked: pip can install it`
    );
    // go-resolves: the proxy's files and the database's signed, tile-proven record.
    expect(result.check('go-resolves')?.summary).toBe(
      `${GO_MODULE}@v1.4.0 resolves on ${s.goProxy.url} at the release commit, and the checksum database's signed, included record matches its .mod and .zip`
    );
    const goDetails = result.check('go-resolves')?.details?.join('\n') ?? '';
    expect(goDetails).toContain(`the checksum database ${s.sumdb.name}`);
    expect(goDetails).toMatch(/inclusion in that tree is proven from \d+ tile\(s\)/);
    expect(s.goProxy.requests.slice(before.goProxy).some((p) => p.endsWith('/@v/v1.4.0.zip'))).toBe(true);
    expect(s.sumdb.requests.slice(before.sumdb).some((p) => p.startsWith('/lookup/'))).toBe(true);
    expect(s.sumdb.requests.slice(before.sumdb).some((p) => p.startsWith('/tile/'))).toBe(true);
    expect(summaryText(result)).toContain('release-gates · smoke · ✅ pass');

    // Anonymous everywhere, although npm-token was given: no credential in any request any server saw.
    const npmRequests = [...s.npm.requests.slice(before.npm), ...s.npm.mirror.requests.slice(before.mirror)];
    expect(npmRequests.length).toBeGreaterThan(0);
    for (const r of npmRequests) {
      expect(r.authorization).toBeUndefined();
      expect(JSON.stringify(r.headers)).not.toContain(s.npmToken);
    }
    const pypiRequests = s.pypi.requests.slice(before.pypi);
    expect(pypiRequests.some((r) => r.path === '/simple/sketchlog/')).toBe(true);
    for (const r of pypiRequests) expect(r.authorization).toBe(false);
    const ociRequests = s.oci.requests.slice(before.oci);
    expect(ociRequests.length).toBeGreaterThan(0);
    for (const r of ociRequests) {
      expect(JSON.stringify(r.headers)).not.toContain(s.npmToken);
      // Only the anonymous pull token the token server handed out, never Basic credentials.
      expect(r.headers.authorization ?? 'Bearer anonymous').toMatch(/^Bearer /);
    }
    const tokenRequests = s.tokens.requests.slice(before.tokens);
    expect(tokenRequests.length).toBeGreaterThan(0);
    for (const r of tokenRequests) expect(r.authenticated).toBe(false);
    expect(s.goProxy.credentials).toEqual([]);
    expect(s.sumdb.credentials).toEqual([]);
  });

  test('an image anonymous clients may not pull fails image-resolves, saying it is private', async () => {
    s.tokens.anonymousPull = (repository) => repository !== IMAGE_REPOSITORY;
    try {
      const result = await smoke();
      expect(result.outputs.result).toBe('fail');
      expect(result.outputs.failed).toBe('image-resolves');
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain('::error::release-gates smoke: 1 check failed: image-resolves');
      const image = `${s.oci.host}/sketchlog/sketchlog:1.4.0`;
      expect(result.check('image-resolves')?.summary).toBe(
        `image ${image} cannot be pulled anonymously: ${s.oci.host} denied an anonymous pull of ${image} (401): the package is private; make it public (GHCR: package settings → Change visibility); until then nobody can pull it`
      );
      expect(summaryText(result)).toContain('private');
      expect(result.status('chart-resolves')).toBe('pass');
    } finally {
      s.tokens.anonymousPull = () => true;
    }
  });

  test('a module proxy that answers garbage fails go-resolves closed', async () => {
    s.goProxy.fault('garbage', 20);
    try {
      const result = await smoke();
      expect(result.outputs.result).toBe('fail');
      expect(result.outputs.failed).toBe('go-resolves');
      expect(result.check('go-resolves')?.summary).toBe(
        `${GO_MODULE}@v1.4.0 cannot be read from the Go module proxy: the Go module proxy answered ${s.goProxy.url}/${GO_MODULE}/@v/v1.4.0.info with a body that is not JSON`
      );
    } finally {
      s.goProxy.fault(null);
    }
  });

  test('a module the proxy serves only after a few requests passes after waiting, with one progress line', async () => {
    s.goProxy.lag(2);
    try {
      // The third look (about 2 s in) finds it, however slow the machine: the minute only bounds a failure.
      const result = await smoke({ 'wait-minutes': '1' });
      expect(result.outputs.result).toBe('pass');
      expect(result.stdout.split('\n').filter((line) => /^go-resolves: .*; waiting up to /.test(line))).toHaveLength(1);
      expect(result.check('go-resolves')?.details?.join('\n')).toMatch(/proxy: waited .* over 3 looks/);
    } finally {
      s.goProxy.lag(0);
    }
  });
});
