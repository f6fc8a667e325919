/**
 * `provenance` with REAL Sigstore bundles (test-support/sigstore.ts: @sigstore/sign against a loopback CA,
 * transparency log and TSA), GitHub's attestations from the GitHub REST test server (OpenAPI-validated answers),
 * and BuildKit provenance read from a real Distribution registry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { provenance } from '../../../src/checks/supply-chain/provenance.js';
import { TUF_CACHE_FOLDER } from '../../../src/checks/shared/supply-chain-signer.js';
import { createClients, type Clients } from '../../../src/clients/index.js';
import { createVerifier, type VerifierSource } from '../../../src/clients/sigstore/index.js';
import { SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1, type ProvenanceOptions } from '../../../test-support/buildkit-attestations.js';
import { createRepo, removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { startGitHubServer, type GitHubTestServer } from '../../../test-support/github-server.js';
import { OciPusher, pushBuildKitImage, startOciRegistry, type OciTestRegistry } from '../../../test-support/oci-registry.js';
import { startTestSigstore, type TestSignerIdentity, type TestSigstore } from '../../../test-support/sigstore.js';
import { testContext, testSettings, type TestGateContext } from '../../helpers/context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const SHA = 'c0ffee'.padEnd(40, '1');
const TOKEN = 'ghs_provenance_token_0123456789';
const WORKFLOW = '.github/workflows/release.yml';
const sanFor = (tag: string, workflow = WORKFLOW, repository = 'sketchlog/sketchlog') => `https://github.com/${repository}/${workflow}@refs/tags/${tag}`;
const SIGNER: TestSignerIdentity = { san: sanFor('v1.2.3'), sourceCommit: SHA, sourceRef: 'refs/tags/v1.2.3' };

const DIST = { 'sketchlog-1.2.3.tar.gz': 'sdist bytes\n', 'sketchlog-1.2.3-py3-none-any.whl': 'wheel bytes\n' };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let sigstore: TestSigstore;
let github: GitHubTestServer;
let registry: OciTestRegistry;
let pusher: OciPusher;

beforeAll(async () => {
  sigstore = await startTestSigstore();
  github = await startGitHubServer({ repoDir: createRepo({ 'README.md': 'x\n' }).dir, token: TOKEN });
  registry = await startOciRegistry();
  pusher = new OciPusher(registry);
}, 60_000);

afterAll(async () => {
  await Promise.all([sigstore?.close(), github?.close(), registry?.close()]);
  removeTempDirs();
});

/** An in-toto v1 statement with SLSA v1 provenance as actions/attest-build-provenance writes it. */
function statement(files: Record<string, string>, predicateType = SLSA_PROVENANCE_V1): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: Object.entries(files).map(([name, content]) => ({ name, digest: { sha256: sha256(content) } })),
    predicateType,
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: 'refs/tags/v1.2.3', path: WORKFLOW } }
      },
      runDetails: {
        builder: { id: 'https://github.com/actions/runner/github-hosted' },
        metadata: { invocationId: 'https://github.com/sketchlog/sketchlog/actions/runs/1' }
      }
    }
  };
}

interface Options {
  tag?: string;
  /** Extra dist files (e.g. provenance bundles), over DIST. */
  dist?: Record<string, string>;
  container?: Record<string, unknown> | false;
  imageDigest?: string;
  trustedRoot?: boolean;
  sigstore?: Clients['sigstore'];
  runnerTemp?: string;
}

function context(options: Options = {}): TestGateContext {
  const workspace = tempDir('rg-provenance-');
  fs.mkdirSync(path.join(workspace, 'dist'));
  for (const [name, content] of Object.entries({ ...DIST, ...options.dist })) fs.writeFileSync(path.join(workspace, 'dist', name), content);
  fs.mkdirSync(path.join(workspace, '.github/sigstore'), { recursive: true });
  sigstore.trustedRootFile(path.join(workspace, '.github/sigstore'));
  const tag = options.tag ?? 'v1.2.3';
  const overrides = {
    gate: 'supply-chain' as const,
    tag,
    sha: SHA,
    token: TOKEN,
    apiUrl: github.url,
    imageDigest: options.imageDigest ?? '',
    runnerTemp: options.runnerTemp ?? tempDir('rg-runner-temp-'),
    retries: 0,
    retryBaseMs: 0
  };
  const clients = createClients(testSettings(workspace, overrides));
  return testContext({
    gate: 'supply-chain',
    config: {
      tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
      pypi: false,
      npm: false,
      helm: false,
      container: options.container ?? false,
      release: { sbom: '*.spdx.json', provenance: '*.sigstore.json' },
      'supply-chain': {
        workflow: WORKFLOW,
        ...(options.trustedRoot === false ? {} : { 'trusted-root': '.github/sigstore/trusted_root.json' }),
        scan: { report: 'scan.json' }
      }
    },
    tag,
    clients: options.sigstore ? { ...clients, sigstore: options.sigstore } : clients,
    workspace,
    settings: overrides,
    noSleep: 'provenance never waits'
  });
}

/** Serves `bundles` as GitHub attestations of every DIST file (and nothing else). */
function attestOnGitHub(bundles: unknown[], delivery: 'inline' | 'bundle_url' = 'inline'): void {
  github.attestations.length = 0;
  github.requests.length = 0;
  for (const bundle of bundles) github.attestations.push({ subjects: Object.values(DIST).map((c) => `sha256:${sha256(c)}`), bundle, delivery });
}

const attestationRequests = () => github.requests.filter((r) => r.path.includes('/attestations/'));

describe('provenance: release files in dist', () => {
  it.each(['inline', 'bundle_url'] as const)('passes with one GitHub attestation (%s) covering every dist file, asking GitHub once', async (delivery) => {
    attestOnGitHub([await sigstore.signDsse(statement(DIST), SIGNER)], delivery);
    const outcome = await runDeclaredCheck(provenance, context());
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('2 release file(s) in dist covered by verified SLSA provenance');
    expect(outcome.details).toContain('image provenance attestations not checked: no container image (turned off in config ("container: false"))');
    const source = delivery === 'inline' ? 'GitHub attestation (inline)' : `${github.storageUrl}/attestation-bundles/0`;
    expect(outcome.table).toEqual({
      columns: ['file', 'sha256', 'covered by', 'verdict'],
      rows: Object.entries(DIST)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, content]) => [name, sha256(content), source, 'attested'])
    });
    // The second file was covered by the first answer: one request, not one per file.
    expect(attestationRequests()).toHaveLength(1);
    expect(github.violations).toEqual([]);
  });

  it('passes with JSON Lines of bundles in dist, which are not subjects themselves, without asking GitHub', async () => {
    attestOnGitHub([]);
    const [name1, content1] = Object.entries(DIST)[0]!;
    const [name2, content2] = Object.entries(DIST)[1]!;
    const lines = [await sigstore.signDsse(statement({ [name1]: content1 }), SIGNER), await sigstore.signDsse(statement({ [name2]: content2 }), SIGNER)];
    const outcome = await runDeclaredCheck(provenance, context({ dist: { 'attestation.sigstore.json': lines.map((b) => JSON.stringify(b)).join('\n') } }));
    expect(outcome.status).toBe('pass');
    expect(outcome.table!.rows.map((r) => [r[0], r[2]])).toEqual([
      [name2, 'dist/attestation.sigstore.json line 2'],
      [name1, 'dist/attestation.sigstore.json line 1']
    ]);
    expect(attestationRequests()).toHaveLength(0);
  });

  it('fails when the statement leaves a file out, naming it, after asking GitHub for that file', async () => {
    const [name1, content1] = Object.entries(DIST)[0]!;
    const name2 = Object.keys(DIST)[1]!;
    attestOnGitHub([]);
    const bundle = await sigstore.signDsse(statement({ [name1]: content1 }), SIGNER);
    const outcome = await runDeclaredCheck(provenance, context({ dist: { 'one.sigstore.json': JSON.stringify(bundle) } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      new RegExp(
        `^1 release file\\(s\\) in dist have no verified SLSA provenance .* from ${sanFor('v1.2.3').replace(/[.]/g, '\\.')}: ${name2.replace(/[.]/g, '\\.')};`
      )
    );
    expect(outcome.table!.rows.find((r) => r[0] === name2)).toEqual([name2, sha256(DIST[name2 as keyof typeof DIST]), '—', 'not attested']);
    expect(attestationRequests().map((r) => decodeURIComponent(r.path))).toEqual([
      `/repos/sketchlog/sketchlog/attestations/sha256:${sha256(DIST[name2 as keyof typeof DIST])}`
    ]);
  });

  it.each<[string, () => Promise<unknown>, RegExp]>([
    [
      'another predicate type',
      () => sigstore.signDsse(statement(DIST, 'https://spdx.dev/Document'), SIGNER),
      /does not count — predicate type https:\/\/spdx\.dev\/Document/
    ],
    [
      'another workflow',
      () => sigstore.signDsse(statement(DIST), { ...SIGNER, san: sanFor('v1.2.3', '.github/workflows/ci.yml') }),
      /does not count — signed by .*ci\.yml@refs\/tags\/v1\.2\.3/
    ],
    [
      'a branch ref instead of the tag',
      () => sigstore.signDsse(statement(DIST), { ...SIGNER, san: `https://github.com/sketchlog/sketchlog/${WORKFLOW}@refs/heads/main` }),
      /does not count — signed by .*@refs\/heads\/main/
    ],
    [
      'another repository',
      () => sigstore.signDsse(statement(DIST), { ...SIGNER, san: sanFor('v1.2.3', WORKFLOW, 'fork/sketchlog') }),
      /does not count — signed by https:\/\/github\.com\/fork\/sketchlog/
    ],
    [
      'another commit',
      () => sigstore.signDsse(statement(DIST), { ...SIGNER, sourceCommit: 'b'.repeat(40) }),
      /does not count — signed from commit b{40}, expected c0ffee/
    ],
    [
      'another issuer',
      () => sigstore.signDsse(statement(DIST), { ...SIGNER, issuer: 'https://gitlab.com' }),
      /does not count — certificate issuer is https:\/\/gitlab\.com/
    ]
  ])('a valid bundle with %s does not count', async (_name, sign, detail) => {
    attestOnGitHub([await sign()]);
    const outcome = await runDeclaredCheck(provenance, context());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^2 release file\(s\) in dist have no verified SLSA provenance/);
    expect(outcome.details!.join('\n')).toMatch(detail);
  });

  it('fails on a tampered bundle even when a good one covers every file', async () => {
    const good = await sigstore.signDsse(statement(DIST), SIGNER);
    const tampered = structuredClone(await sigstore.signDsse(statement(DIST), SIGNER)) as { dsseEnvelope: { payload: string } };
    const changed = JSON.parse(Buffer.from(tampered.dsseEnvelope.payload, 'base64').toString()) as { subject: Array<{ name: string }> };
    changed.subject[0]!.name = 'evil.tar.gz';
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(changed)).toString('base64');
    attestOnGitHub([]);
    const outcome = await runDeclaredCheck(provenance, context({ dist: { 'x.sigstore.json': `${JSON.stringify(good)}\n${JSON.stringify(tampered)}\n` } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^dist\/x\.sigstore\.json line 2: bundle does not verify: .*a provenance bundle that does not verify fails the check/);
    // The good bundle still covered every file: the failure is the tampered one alone.
    expect(outcome.table!.rows.every((r) => r[3] === 'attested')).toBe(true);
  });

  it('fails on a bundle chained to a foreign root', async () => {
    attestOnGitHub([await sigstore.foreign.signDsse(statement(DIST), SIGNER)]);
    const outcome = await runDeclaredCheck(provenance, context());
    expect(outcome.status).toBe('fail');
    expect(outcome.details!.join('\n')).toMatch(/GitHub attestation \(inline\): bundle does not verify/);
    expect(outcome.summary).toMatch(/provenance problems: GitHub attestation \(inline\): bundle does not verify/);
  });

  it('fails closed when GitHub cannot list attestations, naming the status', async () => {
    attestOnGitHub([]);
    github.faults.push({ path: /attestations/, times: 1, status: 500, body: { message: 'boom' } });
    const outcome = await runDeclaredCheck(provenance, context());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/GitHub attestations of dist\/.*: GitHub answered 500 for attestations\/sha256:[0-9a-f]{64}/);
    github.faults.length = 0;
  });

  it('fails a malformed provenance file in dist', async () => {
    attestOnGitHub([]);
    const outcome = await runDeclaredCheck(provenance, context({ dist: { 'x.sigstore.json': '{"not":"closed"\nnot json\n' } }));
    expect(outcome).toMatchObject({
      status: 'fail',
      summary: 'dist/x.sigstore.json line 1 is not JSON; a provenance file is one Sigstore bundle (JSON) or JSON Lines of them'
    });
  });

  const deep = `{"a":${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}}`;
  it.each([
    ['one bundle', deep, 'dist/x.sigstore.json is nested deeper than 128 levels'],
    ['a JSON Lines line', `{"mediaType":"x"}\n${deep}\n`, 'dist/x.sigstore.json line 2 is nested deeper than 128 levels']
  ])('refuses a provenance file nested 2 million levels deep (%s), naming the nesting, not the stack', async (_name, text, named) => {
    attestOnGitHub([]);
    const outcome = await runDeclaredCheck(provenance, context({ dist: { 'x.sigstore.json': text } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(`${named}; a Sigstore bundle is a flat JSON document — write the bundle actions/attest-build-provenance produced`);
  });
});

describe('provenance: trust', () => {
  /** A loopback port nothing listens on. */
  async function refusingPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  it('without trusted-root, loads public-good through TUF under RUNNER_TEMP and fails with the cause when unreachable', async () => {
    const port = await refusingPort();
    const runnerTemp = tempDir('rg-runner-temp-');
    const rootFile = path.join(tempDir(), 'root.json');
    const seeds = JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('@sigstore/tuf/seeds.json'), 'utf8')) as Record<
      string,
      { 'root.json': string }
    >;
    fs.writeFileSync(rootFile, Buffer.from(seeds['https://tuf-repo-cdn.sigstore.dev']!['root.json'], 'base64'));
    const asked: VerifierSource[] = [];
    // The TUF mirror on a refusing loopback port: no test reaches the internet.
    const loader = (source: VerifierSource) => {
      asked.push(source);
      return createVerifier({ ...source, tufMirrorUrl: `http://127.0.0.1:${port}`, tufRootFile: rootFile, tufRetries: 0 } as VerifierSource);
    };
    attestOnGitHub([await sigstore.signDsse(statement(DIST), SIGNER)]);
    const outcome = await runDeclaredCheck(provenance, context({ trustedRoot: false, sigstore: loader, runnerTemp }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^cannot load Sigstore trust, so no bundle can be verified: cannot get the Sigstore trusted root through TUF: .*(ECONNREFUSED|fetch failed).*; check that the runner can reach/
    );
    expect(asked).toEqual([{ tufCacheDir: path.join(runnerTemp, TUF_CACHE_FOLDER) }]);
  });

  it('refuses a trusted-root that leaves the workspace by a symlink', async () => {
    const ctx = context();
    const outside = sigstore.trustedRootFile(tempDir());
    const inside = path.join(ctx.settings.workspace, '.github/sigstore/trusted_root.json');
    fs.rmSync(inside);
    fs.symlinkSync(outside, inside);
    const outcome = await runDeclaredCheck(provenance, ctx);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^supply-chain\.trusted-root ".github\/sigstore\/trusted_root\.json" is a symlink to .*, outside the workspace; refusing to read it; point supply-chain\.trusted-root/
    );
  });
});

describe('provenance: BuildKit provenance of the image', () => {
  const container = (repository: string) => ({ image: `${registry.host}/${repository}`, platforms: ['linux/amd64', 'linux/arm64'] });

  it.each([SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1] as const)(
    "passes when every platform's %s provenance records the release commit",
    async (predicateType) => {
      const repository = `prov/good-${predicateType.endsWith('v1') ? 'v1' : 'v02'}`;
      const pushed = await pushBuildKitImage(pusher, repository, { tags: ['1.2.3'], attestations: { provenance: { revision: SHA, predicateType } } });
      attestOnGitHub([await sigstore.signDsse(statement(DIST), SIGNER)]);
      const outcome = await runDeclaredCheck(provenance, context({ container: container(repository), imageDigest: pushed.index.digest }));
      expect(outcome.status).toBe('pass');
      expect(outcome.summary).toContain(
        `BuildKit provenance of linux/amd64, linux/arm64 of ${registry.host}/${repository}@${pushed.index.digest} records ${SHA.slice(0, 12)}`
      );
      expect(outcome.details).toEqual(
        expect.arrayContaining([
          `linux/amd64: ${predicateType} provenance records commit ${SHA}`,
          `linux/arm64: ${predicateType} provenance records commit ${SHA}`
        ])
      );
    }
  );

  it('fails when the provenance records another commit', async () => {
    const pushed = await pushBuildKitImage(pusher, 'prov/other-commit', { tags: ['1.2.3'], attestations: { provenance: { revision: 'b'.repeat(40) } } });
    attestOnGitHub([await sigstore.signDsse(statement(DIST), SIGNER)]);
    const outcome = await runDeclaredCheck(provenance, context({ container: container('prov/other-commit'), imageDigest: pushed.index.digest }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^2 provenance problems: .*\(linux\/amd64\): the provenance \(layer sha256:[0-9a-f]{64}\) records commit b{40}, not the release commit c0ffee/
    );
  });

  it('fails when the provenance records no commit, or is missing', async () => {
    const none = await pushBuildKitImage(pusher, 'prov/no-vcs', { tags: ['1.2.3'], attestations: { provenance: {} } });
    const missing = await pushBuildKitImage(pusher, 'prov/missing', { tags: ['1.2.3'], attestations: { provenance: false } });
    attestOnGitHub([await sigstore.signDsse(statement(DIST), SIGNER)]);
    const a = await runDeclaredCheck(provenance, context({ container: container('prov/no-vcs'), imageDigest: none.index.digest }));
    expect(a.details!.join('\n')).toMatch(/records no vcs\.revision, so nothing ties the image to commit c0ffee/);
    const b = await runDeclaredCheck(provenance, context({ container: container('prov/missing'), imageDigest: missing.index.digest }));
    expect(b.summary).toMatch(/has no SLSA provenance \(https:\/\/slsa\.dev\/provenance\/v0\.2 or https:\/\/slsa\.dev\/provenance\/v1\)/);
  });

  // Real BuildKit layouts (test-support/buildkit-attestations.ts rewrites the statements of __fixtures__/real/buildkit/).
  const GIT = 'https://github.com/sketchlog/sketchlog.git#refs/tags/v1.2.3';
  const OTHER = 'https://github.com/moby/buildkit.git#refs/tags/v0.11.0';
  const [V02, V1] = [SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1] as const;
  const FROM = 'predicate.buildDefinition.externalParameters.configSource.uri';
  it.each<[string, ProvenanceOptions, 'pass' | 'fail', string]>([
    ['BuildKit v1 (local context)', { predicateType: V1, mode: 'max', revision: SHA }, 'pass', `linux/arm64: ${V1} provenance records commit ${SHA}`],
    ['Git-context v0.2', { gitContext: { uri: GIT, revision: SHA } }, 'pass', `linux/amd64: ${V02} provenance records commit ${SHA} (Git context ${GIT})`],
    [
      'Git-context v1',
      { predicateType: V1, gitContext: { uri: GIT, revision: SHA } },
      'pass',
      `linux/arm64: ${V1} provenance records commit ${SHA} (Git context ${GIT})`
    ],
    ['Git context of another repository', { predicateType: V1, gitContext: { uri: OTHER, revision: SHA } }, 'fail', `build of ${OTHER} (${FROM}), not of`]
  ])('a %s image: %s', async (name, options, status, detail) => {
    const repository = `prov/${name.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '')}`;
    const pushed = await pushBuildKitImage(pusher, repository, { tags: ['1.2.3'], attestations: { provenance: options } });
    attestOnGitHub([await sigstore.signDsse(statement(DIST), SIGNER)]);
    const outcome = await runDeclaredCheck(provenance, context({ container: container(repository), imageDigest: pushed.index.digest }));
    expect(outcome.status).toBe(status);
    if (status === 'pass') expect(outcome.details).toContain(detail);
    else
      expect(outcome.details).toContain(
        `${registry.host}/${repository}@${pushed.index.digest} (linux/amd64): the provenance (layer ${pushed.attestations[0]!.layers[1]!.digest}) is a Git-context ${detail} https://github.com/sketchlog/sketchlog; build this repository's release commit`
      );
  });

  it('fails an empty image-digest', async () => {
    attestOnGitHub([await sigstore.signDsse(statement(DIST), SIGNER)]);
    const outcome = await runDeclaredCheck(provenance, context({ container: container('prov/good-v1') }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^image-digest is empty/);
  });

  it('for a rehearsal tag, checks dist and skips the image part', async () => {
    const rehearsal: TestSignerIdentity = { san: sanFor('test-v1.2.3'), sourceCommit: SHA };
    attestOnGitHub([await sigstore.signDsse(statement(DIST), rehearsal)]);
    const outcome = await runDeclaredCheck(provenance, context({ tag: 'test-v1.2.3', container: container('prov/good-v1') }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('2 release file(s) in dist covered by verified SLSA provenance');
    expect(outcome.details).toContain('image provenance attestations not checked: rehearsal tag: the image attestations apply to release tags only');
  });
});
