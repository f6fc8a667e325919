/**
 * The publication gate end to end: the bundle runs as a separate process, the way the
 * runner starts it, against one whole SketchLog release on real loopback registries
 * (test-support/release-scenario.ts): PyPI and a TestPyPI, Verdaccio, Distribution behind
 * a token server, each started once for the file. Tests that change a registry's
 * behaviour put it back in `finally`. Every run is searched for the tokens.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { removeTempDirs } from '../test-support/git-repo.js';
import { pushBuildKitImage, pushHelmChartAs } from '../test-support/oci-registry.js';
import { startReleaseScenario, CHART_REPOSITORY, IMAGE_REPOSITORY, type ReleaseScenario } from '../test-support/release-scenario.js';
import { sha256Of } from '../test-support/pypi-server.js';
import { runAction, summaryText, type ActionResult, unmasked } from '../test-support/run-action.js';
import { checkIds } from '../test-support/gate-checks.js';

const GITHUB_TOKEN = 'ghs_PublicationProcessToken0123456789';
const CHECKS = checkIds('publication');

let s: ReleaseScenario;
/** Another build of the image, pushed elsewhere: a real digest the release tag does not resolve to. */
let otherImageDigest: string;
/** A chart pushed as 1.4.0 whose Chart.yaml says 1.3.0, under another chart path, and its digest. */
let wrongChartDigest: string;
const everything: string[] = [];

beforeAll(async () => {
  s = await startReleaseScenario();
  otherImageDigest = (await pushBuildKitImage(s.pusher, `${IMAGE_REPOSITORY}-nightly`, { tags: ['nightly'], build: 'another build' })).index.digest;
  wrongChartDigest = (
    await pushHelmChartAs(s.pusher, 'sketchlog/stale-charts/sketchlog', 'sketchlog', s.version, { configVersion: '1.3.0', chartYamlVersion: '1.3.0' })
  ).digest;
}, 60_000);

afterAll(async () => {
  await s?.close();
  removeTempDirs();
  const all = everything.join('\n');
  for (const secret of [GITHUB_TOKEN, s?.npmToken]) if (secret) expect(all).not.toContain(secret);
});

interface Run {
  tag?: string;
  config?: string;
  imageDigest?: string;
  chartDigest?: string;
  waitMinutes?: string;
}

async function publication(run: Run = {}): Promise<ActionResult> {
  const result = await runAction({
    ...s.runOptions('publication', {
      token: GITHUB_TOKEN,
      'wait-minutes': run.waitMinutes ?? '0',
      ...(run.imageDigest !== undefined ? { 'image-digest': run.imageDigest } : {}),
      ...(run.chartDigest !== undefined ? { 'chart-digest': run.chartDigest } : {}),
      ...(run.config ? { config: run.config } : {})
    }),
    ...(run.tag ? { ref: `refs/tags/${run.tag}` } : {})
  });
  // The runner learns the secrets through add-mask; nothing else may carry them.
  const masked = unmasked(result);
  everything.push(masked);
  expect(result.stdout).toContain(`::add-mask::${s.npmToken}`);
  for (const secret of [GITHUB_TOKEN, s.npmToken]) expect(masked).not.toContain(secret);
  expect(result.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(result.report?.checks.map((c) => c.id)).toEqual(CHECKS);
  return result;
}

function expectFailed(result: ActionResult, failed: string[]): void {
  expect(result.outputs.result).toBe('fail');
  expect(result.outputs.failed).toBe(failed.join(','));
  expect(result.report?.result).toBe('fail');
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toContain(`::error::release-gates publication: ${failed.length} check${failed.length > 1 ? 's' : ''} failed: ${failed.join(', ')}`);
  for (const id of CHECKS.filter((c) => !failed.includes(c))) expect(result.status(id)).toBe('pass');
}

/** What the registry serves for a reference, asked directly (anonymous token, as a pull does). */
async function servedDigest(repository: string, reference: string): Promise<string> {
  const tokenUrl = new URL(s.tokens.realm);
  tokenUrl.searchParams.set('service', s.tokens.service);
  tokenUrl.searchParams.set('scope', `repository:${repository}:pull`);
  const { token } = (await (await fetch(tokenUrl)).json()) as { token: string };
  const response = await fetch(`${s.registry.url}/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json'
    }
  });
  return response.headers.get('docker-content-digest') ?? `no digest (${response.status})`;
}

describe('publication (bundled action)', () => {
  test('passes when every registry holds exactly what was built; outputs the digests the registries serve', async () => {
    const pypiBefore = s.pypi.requests.length;
    const [ociBefore, tokensBefore, npmBefore] = [s.oci.requests.length, s.tokens.requests.length, s.npm.requests.length];
    const result = await publication();
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '', version: '1.4.0', kind: 'release' });
    expect(result.report?.checks.map((c) => [c.id, c.status])).toEqual(CHECKS.map((id) => [id, 'pass']));
    // The outputs are what the registry serves for the release tag, asked here independently.
    expect(result.outputs['image-digest']).toBe(await servedDigest(IMAGE_REPOSITORY, '1.4.0'));
    expect(result.outputs['chart-digest']).toBe(await servedDigest(CHART_REPOSITORY, '1.4.0'));
    expect(result.outputs['image-digest']).toBe(s.imageDigest);
    expect(result.outputs['chart-digest']).toBe(s.chartDigest);
    expect(result.check('container')?.summary).toBe(
      `${s.oci.host}/sketchlog/sketchlog:1.4.0 resolves to ${s.imageDigest}, an image index with linux/amd64, linux/arm64`
    );
    expect(result.check('container')?.details?.join('\n')).toContain('2 attestation manifests not counted');
    expect(result.check('helm')?.summary).toBe(
      `${s.oci.host}/sketchlog/charts/sketchlog:1.4.0 resolves to ${s.chartDigest}: Helm chart sketchlog 1.4.0 with one chart layer`
    );
    expect(result.check('npm')?.summary).toContain(`3 npm package(s) hold 1.4.0 on ${s.npm.url}`);
    expect(result.check('pypi')?.summary).toBe(
      `pypi.index ${s.pypi.url} lists sketchlog 1.4.0 with exactly the 21 built files (20 wheels and 1 sdist): same names, same sha256, none yanked`
    );
    // The main index was asked, never the rehearsal one.
    expect(s.pypi.requests.slice(pypiBefore).some((r) => r.path === '/pypi/sketchlog/1.4.0/json')).toBe(true);
    // npm-token goes to npm.registry only: never to PyPI, the OCI registry or its token server.
    expect(s.npm.requests.slice(npmBefore).some((r) => r.authorization === `Bearer ${s.npmToken}`)).toBe(true);
    for (const r of s.pypi.requests.slice(pypiBefore)) expect(r.authorization).toBe(false);
    for (const r of s.oci.requests.slice(ociBefore)) expect(JSON.stringify(r.headers)).not.toContain(s.npmToken);
    for (const r of s.tokens.requests.slice(tokensBefore)) expect(r.authenticated).toBe(false);
    const summary = summaryText(result);
    expect(summary).toContain('release-gates · publication · ✅ pass');
    // Short in the summary, as a person reads it; whole in the outputs and the report.
    expect(summary).toContain(`sha256:${s.imageDigest.slice(7, 15)}…`);
    expect(summary).not.toContain(s.imageDigest);
    expect(result.report).toMatchObject({ gate: 'publication', result: 'pass', tag: 'v1.4.0', version: '1.4.0', sha: s.sha });
  });

  test('who published: every PyPI file and npm package carries provenance from the release workflow, and no token goes to an attestation URL', async () => {
    const [pypiBefore, npmBefore] = [s.pypi.requests.length, s.npm.requests.length];
    const result = await publication();
    expect(result.check('pypi-provenance')?.summary).toBe(
      `all 21 files of sketchlog 1.4.0 (20 wheels and 1 sdist) carry PEP 740 provenance on pypi.index ${s.pypi.url}, published by sketchlog/sketchlog release.yml in environment pypi and signed by .github/workflows/release.yml@refs/tags/v1.4.0 at ${s.sha.slice(0, 12)}`
    );
    expect(result.check('npm-provenance')?.summary).toBe(
      `3 npm package(s) at 1.4.0 carry SLSA provenance signed by .github/workflows/release.yml@refs/tags/v1.4.0 at ${s.sha.slice(0, 12)}, npm's publish attestation and registry signatures over exactly their dist.integrity`
    );
    // One provenance object per file, asked as PEP 740 says; the attestations of each package, with no credential.
    expect(s.pypi.requests.slice(pypiBefore).filter((r) => r.path.startsWith('/integrity/sketchlog/1.4.0/'))).toHaveLength(21);
    const attestations = s.npm.requests.slice(npmBefore).filter((r) => r.path.startsWith('/-/npm/v1/attestations/'));
    expect(attestations).toHaveLength(3);
    for (const r of attestations) expect(JSON.stringify(r.headers)).not.toMatch(/authorization|Bearer/i);
    // One row per file or package in the summary, each with its verdict.
    const summary = summaryText(result);
    for (const f of s.pypiFiles) expect(summary).toContain(f.filename);
    expect(summary).toContain('@sketchlog/wasm');
  });

  test('a PyPI file uploaded without attestations fails pypi-provenance alone, naming the file and the likely cause', async () => {
    const release = s.pypi.projects.sketchlog!['1.4.0']!;
    const [first, ...rest] = s.pypiFiles;
    const { provenance: _dropped, ...bare } = first!;
    s.pypi.projects.sketchlog!['1.4.0'] = { files: [bare, ...rest] };
    try {
      const result = await publication();
      expectFailed(result, ['pypi-provenance']);
      expect(result.check('pypi-provenance')?.summary).toBe(
        `1 of 21 files of sketchlog 1.4.0 lack provenance from the release workflow: ${first!.filename} has no PEP 740 provenance on pypi.index ${s.pypi.url} (integrity API 404): it was uploaded without trusted-publishing attestations — by an API token, or by pypa/gh-action-pypi-publish before v1.11; upload from release.yml with trusted publishing and release a new version`
      );
    } finally {
      s.pypi.projects.sketchlog!['1.4.0'] = release;
    }
  });

  test('an integrity API answering garbage fails pypi-provenance closed', async () => {
    const release = s.pypi.projects.sketchlog!['1.4.0']!;
    const [first, ...rest] = s.pypiFiles;
    s.pypi.projects.sketchlog!['1.4.0'] = { files: [{ ...first!, provenance: { status: 200, body: '<html>not json</html>' } }, ...rest] };
    try {
      const result = await publication();
      expectFailed(result, ['pypi-provenance']);
      expect(result.check('pypi-provenance')?.summary).toMatch(
        new RegExp(`^1 of 21 files of sketchlog 1\\.4\\.0 lack provenance from the release workflow: ${first!.filename.replace(/\./g, '\\.')}: `)
      );
    } finally {
      s.pypi.projects.sketchlog!['1.4.0'] = release;
    }
  });

  test('an npm package published from a laptop token, without provenance, fails npm-provenance alone, with the fix', async () => {
    const spec = '@sketchlog/react@1.4.0';
    const extras = s.npm.distExtras[spec]!;
    s.npm.distExtras[spec] = { signatures: extras.signatures! };
    try {
      const result = await publication();
      expectFailed(result, ['npm-provenance']);
      expect(result.check('npm-provenance')?.summary).toBe(
        '1 of 3 npm package(s) lack provenance from the release workflow: @sketchlog/react@1.4.0 was published without provenance (its packument has no dist.attestations); publish with `npm publish --provenance` from release.yml, whose job needs `id-token: write`, and release a new version'
      );
      expect(summaryText(result)).toContain('no provenance');
    } finally {
      s.npm.distExtras[spec] = extras;
    }
  });

  test('a file on PyPI whose sha256 is not the built one fails pypi, naming the file', async () => {
    const release = s.pypi.projects.sketchlog!['1.4.0']!;
    const [first, ...rest] = s.pypiFiles;
    // The index lies about the digest; the file's provenance still attests the bytes that were built.
    s.pypi.projects.sketchlog!['1.4.0'] = { files: [{ ...first!, sha256: 'e'.repeat(64) }, ...rest] };
    try {
      const result = await publication();
      expectFailed(result, ['pypi']);
      expect(result.check('pypi')?.summary).toBe(
        `pypi.index ${s.pypi.url} lists ${first!.filename} with sha256 ${'e'.repeat(64)}, but the built file's is ${sha256Of(first!.bytes!)}: the index holds other bytes than were built; an index never replaces a file, so release a new version`
      );
      expect(summaryText(result)).toContain(first!.filename);
    } finally {
      s.pypi.projects.sketchlog!['1.4.0'] = release;
    }
  });

  test('an npm tarball that does not hash to its dist.integrity fails npm', async () => {
    s.npm.tamperedTarballs['@sketchlog/react@1.4.0'] = Buffer.from('not the published tarball');
    try {
      const result = await publication();
      expectFailed(result, ['npm']);
      expect(result.check('npm')?.summary).toMatch(
        /^1 of 3 npm package\(s\) fail: @sketchlog\/react@1\.4\.0: the tarball http:\/\/127\.0\.0\.1:\d+\/\S+ hashes to sha512-\S+, not its dist\.integrity sha512-/
      );
      expect(summaryText(result)).toContain('@sketchlog/react@1.4.0');
    } finally {
      delete s.npm.tamperedTarballs['@sketchlog/react@1.4.0'];
    }
  });

  test('a release tag on another build than image-digest fails container (and still outputs what the registry serves)', async () => {
    const result = await publication({ imageDigest: otherImageDigest });
    expectFailed(result, ['container']);
    expect(result.check('container')?.summary).toBe(
      `${s.oci.host}/sketchlog/sketchlog:1.4.0 resolves to ${s.imageDigest}, not image-digest ${otherImageDigest}: the registry serves another build under that tag; push this build under every tag of container.tags, or pass the digest of the build that pushed them`
    );
    expect(result.outputs['image-digest']).toBe(s.imageDigest);
    expect(summaryText(result)).toContain(`not image-digest sha256:${otherImageDigest.slice(7, 15)}…`);
  });

  test('an image without a configured platform fails container, naming it', async () => {
    const config = s.writeConfig('three-platforms', (c) => {
      (c.container as { platforms: string[] }).platforms = ['linux/amd64', 'linux/arm64', 'linux/s390x'];
    });
    const result = await publication({ config });
    expectFailed(result, ['container']);
    expect(result.check('container')?.summary).toBe(
      `${s.oci.host}/sketchlog/sketchlog@${s.imageDigest} has no manifest for linux/s390x (it has linux/amd64, linux/arm64/v8; 2 attestation manifests not counted): add it to docker/build-push-action's "platforms" and release a new version`
    );
  });

  test('a chart whose Chart.yaml version is not the release fails helm', async () => {
    const config = s.writeConfig('stale-chart', (c) => {
      c.helm = { chart: `oci://${s.oci.host}/{owner}/stale-charts/sketchlog` };
    });
    const result = await publication({ config, chartDigest: wrongChartDigest });
    expectFailed(result, ['helm']);
    expect(result.check('helm')?.summary).toBe(
      `${s.oci.host}/sketchlog/stale-charts/sketchlog:1.4.0 holds a chart with version "1.3.0", not the release's 1.4.0: package the chart from Chart.yaml at the release commit and push it again as a new version`
    );
    expect(result.outputs['chart-digest']).toBe(wrongChartDigest);
  });

  test('an empty image-digest fails container: nothing proves what was built', async () => {
    const result = await publication({ imageDigest: '' });
    expectFailed(result, ['container']);
    expect(result.check('container')?.summary).toMatch(
      /^image-digest is empty: without it nothing proves what was built; pass the "digest" output of docker\/build-push-action/
    );
    expect(result.outputs['image-digest'] ?? '').toBe('');
  });

  test('a rehearsal tag checks only pypi and pypi-provenance, against pypi.rehearsal-index; the others skip with the reason', async () => {
    const [mainBefore, rehearsalBefore] = [s.pypi.requests.length, s.testPypi.requests.length];
    const result = await publication({ tag: s.rehearsalTag });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', failed: '', kind: 'rehearsal', version: '1.4.0' });
    expect(result.report?.checks.map((c) => [c.id, c.status])).toEqual([
      ['pypi', 'pass'],
      ['npm', 'skip'],
      ['container', 'skip'],
      ['helm', 'skip'],
      ['pypi-provenance', 'pass'],
      ['npm-provenance', 'skip']
    ]);
    expect(result.check('pypi-provenance')?.summary).toContain(`on pypi.rehearsal-index ${s.testPypi.url}`);
    expect(result.check('pypi-provenance')?.summary).toContain('signed by .github/workflows/release.yml@refs/tags/test-v1.4.0');
    for (const id of ['npm', 'container', 'helm', 'npm-provenance'])
      expect(result.check(id)?.summary).toMatch(/^rehearsal tag: .+ applies to release tags only/);
    expect(s.testPypi.requests.slice(rehearsalBefore).some((r) => r.path === '/pypi/sketchlog/1.4.0/json')).toBe(true);
    expect(s.pypi.requests.length).toBe(mainBefore);
    expect(result.check('pypi')?.summary).toContain(s.testPypi.url);
    expect(summaryText(result)).toContain('rehearsal tag');
  });

  test('a release the JSON API serves only after a few requests passes after waiting, with one progress line', async () => {
    const release = s.pypi.projects.sketchlog!['1.4.0']!;
    // A fresh release object: the server counts lag per object, so this one starts at zero.
    s.pypi.projects.sketchlog!['1.4.0'] = { ...release, jsonLag: 2 };
    try {
      const result = await publication({ waitMinutes: '0.05' });
      expect(result.outputs.result).toBe('pass');
      const progress = result.stdout.split('\n').filter((line) => /^pypi: .*; waiting up to /.test(line));
      expect(progress).toHaveLength(1);
      expect(result.stdout).toMatch(/^pypi: .*: ready after .* \(3 looks\)$/m);
      expect(result.check('pypi')?.details?.join('\n')).toMatch(/waited .* over 3 looks/);
    } finally {
      s.pypi.projects.sketchlog!['1.4.0'] = release;
    }
  });

  test('a release that never appears fails when wait-minutes runs out, saying what it last saw', async () => {
    const release = s.pypi.projects.sketchlog!['1.4.0']!;
    s.pypi.projects.sketchlog!['1.4.0'] = { ...release, jsonLag: 1_000 };
    try {
      const result = await publication({ waitMinutes: '0.05' });
      expectFailed(result, ['pypi']);
      expect(result.check('pypi')?.summary).toMatch(
        new RegExp(
          `^pypi\\.index ${s.pypi.url} has no release sketchlog 1\\.4\\.0: last saw no release 1\\.4\\.0 yet \\(JSON API 404\\) after waiting [\\d.]+ s \\(wait-minutes 0\\.05\\); upload what is missing, or raise wait-minutes for the index to list it$`
        )
      );
      expect(result.stdout).toMatch(/^pypi: .*; giving up$/m);
      expect(summaryText(result)).toContain('wait-minutes');
    } finally {
      s.pypi.projects.sketchlog!['1.4.0'] = release;
    }
  });

  test('a wrong digest is a final answer: it fails without waiting even with wait-minutes 5', async () => {
    const result = await publication({ imageDigest: otherImageDigest, waitMinutes: '5' });
    expectFailed(result, ['container']);
    expect(result.check('container')?.details?.join('\n') ?? '').not.toMatch(/waited/);
    expect(result.stdout).not.toMatch(/^container: .*waiting up to/m);
  });

  test('registries answering 5xx or garbage fail every check closed, naming the cause', async () => {
    s.pypi.faults.push({ path: /^\/(pypi|integrity)\//, times: 200, status: 503 });
    s.npm.faults.push({ path: /^\/-\/npm\/v1\/attestations\//, times: 50, status: 502 });
    // The version's own document is what the npm check asks for; the packument only when that is 404.
    s.npm.answers['/@sketchlog%2fclient/1.4.0'] = { status: 200, body: '<html>maintenance</html>', contentType: 'text/html' };
    s.oci.fault = ({ path }) =>
      path.includes('/sketchlog/sketchlog/manifests/')
        ? { status: 500, body: '{"errors":[{"code":"UNKNOWN"}]}' }
        : path.includes('/charts/sketchlog/manifests/')
          ? { status: 200, body: 'garbage, not a manifest', contentType: 'application/vnd.oci.image.manifest.v1+json' }
          : null;
    try {
      const result = await publication();
      expectFailed(result, CHECKS);
      expect(result.check('pypi')?.summary).toMatch(
        /^cannot verify sketchlog 1\.4\.0 on pypi\.index \S+: PyPI could not answer for sketchlog 1\.4\.0: \S+\/pypi\/sketchlog\/1\.4\.0\/json answered 503 .*\(after \d+ attempts\)$/
      );
      expect(result.check('npm')?.summary).toBe(
        `1 of 3 npm package(s) fail: npm registry answered the document of @sketchlog/client@1.4.0 with a body that is not JSON (${s.npm.url}/@sketchlog%2fclient/1.4.0)`
      );
      expect(result.check('container')?.summary).toMatch(
        /^container image \S+\/sketchlog\/sketchlog: .*manifests\/1\.4\.0 answered 500 .*\(after \d+ attempts\)$/
      );
      expect(result.check('helm')?.summary).toBe(
        `Helm chart ${s.oci.host}/sketchlog/charts/sketchlog:1.4.0: the manifest of ${s.oci.host}/sketchlog/charts/sketchlog:1.4.0 is not JSON`
      );
      expect(result.check('pypi-provenance')?.summary).toMatch(
        /^21 of 21 files of sketchlog 1\.4\.0 lack provenance from the release workflow: \S+: the integrity API could not answer for the provenance of \S+: \S+ answered 503/
      );
      expect(result.check('npm-provenance')?.summary).toMatch(/^3 of 3 npm package\(s\) lack provenance from the release workflow: /);
      // Fail closed: no digest is claimed for what could not be read.
      expect(result.outputs['image-digest'] ?? '').toBe('');
      expect(result.outputs['chart-digest'] ?? '').toBe('');
    } finally {
      s.pypi.faults.length = 0;
      s.npm.faults.length = 0;
      delete s.npm.answers['/@sketchlog%2fclient/1.4.0'];
      s.oci.fault = () => null;
    }
  });
});
