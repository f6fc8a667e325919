/**
 * publication's `npm-provenance` over the real clients against a real Verdaccio (behind the test proxy that serves
 * dist.signatures, dist.attestations, the attestations endpoint and the registry's keys), with bundles made by the
 * real @sigstore/sign against the tests' own CA and transparency log, verified with a trusted_root.json in the workspace.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { npmProvenance } from '../../../src/checks/publication/npm-provenance.js';
import { runDeclaredCheck } from '../../../src/engine.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { realFolder } from '../../../test-support/real-samples.js';
import { startNpmRegistry, type NpmTestRegistry } from '../../../test-support/npm-registry.js';
import { npmProvenanceStatement, npmPublishStatement, registrySigner, type RegistrySigner } from '../../../test-support/npm-provenance.js';
import { attachProvenance, sha512Hex, type KeySigner, type ProvenanceParts } from '../../../test-support/npm-provenance-publish.js';
import { startTestSigstore, type TestSignerIdentity, type TestSigstore } from '../../../test-support/sigstore.js';
import { npmContext, OTHER_SHA, SHA, type NpmContextOptions } from '../npm-context.js';

const WORKFLOW = '.github/workflows/release.yml';
const REPOSITORY = 'sketchlog/sketchlog';

let registry: NpmTestRegistry;
let sigstore: TestSigstore;
let key: RegistrySigner;
let token: string;
let workspace: string;
let published = 0;

function identity(change: Partial<TestSignerIdentity> = {}, tag = 'v1.2.3'): TestSignerIdentity {
  return {
    san: `https://github.com/${REPOSITORY}/${WORKFLOW}@refs/tags/${tag}`,
    workflowRef: `${REPOSITORY}/${WORKFLOW}@refs/tags/${tag}`,
    repository: REPOSITORY,
    sourceRef: `refs/tags/${tag}`,
    sourceCommit: SHA,
    ...change
  };
}

/**
 * Publishes `name` at a fresh version with provenance made of `parts`, signed for the version's own tag `v{version}`
 * (changed by `who`); returns the version and its tarball.
 */
async function release(
  name: string,
  parts: (version: string) => ProvenanceParts = () => ({}),
  who: (version: string) => Partial<TestSignerIdentity> = () => ({})
): Promise<{ version: string; tarball: Buffer }> {
  const version = `1.2.${3 + published++}`;
  const tag = `v${version}`;
  const tarball = await registry.publish(name, version, token, { gitHead: SHA });
  await attachProvenance(
    registry,
    sigstore as unknown as KeySigner,
    key,
    { name, version, tarball },
    identity(who(version), tag),
    workflowParams(version),
    parts(version)
  );
  return { version, tarball };
}

const workflowParams = (version: string) => ({ repository: `https://github.com/${REPOSITORY}`, path: WORKFLOW, ref: `refs/tags/v${version}` });

beforeAll(async () => {
  [registry, sigstore] = await Promise.all([startNpmRegistry(), startTestSigstore()]);
  token = await registry.addUser('balavignesh', 'publisher-password-1');
  key = registrySigner();
  workspace = tempDir('rg-npm-provenance-');
  sigstore.trustedRootFile(workspace);
}, 60_000);

afterAll(async () => {
  await Promise.all([registry?.close(), sigstore?.close()]);
  removeTempDirs();
});

beforeEach(() => {
  registry.keys = { keys: [key.keysEntry()] };
  registry.requests.length = 0;
});

const SUPPLY_CHAIN = { workflow: WORKFLOW, 'trusted-root': 'trusted_root.json', scan: { report: 'trivy.json' } };

function context(version: string, packages: string[], options: Partial<NpmContextOptions> = {}) {
  return npmContext({
    gate: 'publication',
    registry: registry.url,
    workspace,
    npmToken: token,
    packages,
    tag: `v${version}`,
    supplyChain: SUPPLY_CHAIN,
    ...options
  });
}

describe('npm-provenance', () => {
  test('a package published with provenance by the release workflow passes, with one row naming key, signer and commit', async () => {
    const { version, tarball } = await release('@sketchlog/client');
    const tag = `v${version}`;
    const outcome = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/client']));
    expect(outcome.summary).toBe(
      `1 npm package(s) at ${version} carry SLSA provenance signed by ${WORKFLOW}@refs/tags/${tag} at ${SHA.slice(0, 12)}, npm's publish attestation and registry signatures over exactly their dist.integrity`
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.table?.rows).toEqual([['@sketchlog/client', `npm key ${key.keyId.slice(0, 15)}…`, `${WORKFLOW}@refs/tags/${tag}`, SHA.slice(0, 12), 'ok']]);
    // The attestations were asked on the configured registry, without the npm token.
    const asked = registry.requests.filter((r) => r.path.startsWith('/-/npm/v1/attestations/'));
    expect(asked.map((r) => r.path)).toEqual([`/-/npm/v1/attestations/@sketchlog%2fclient@${version}`]);
    expect(asked.every((r) => r.authorization === undefined)).toBe(true);
    // The packument's dist.signatures and attestations cover exactly these bytes.
    expect(registry.distExtras[`@sketchlog/client@${version}`]?.signatures?.[0]?.keyid).toBe(key.keyId);
    expect(sha512Hex(tarball)).toMatch(/^[0-9a-f]{128}$/);
  });

  // Every way a publication falls short, each with its reason. The signer's tag is the version's tag, so it is filled per case.
  const other = 'ab'.repeat(64);
  const cases: Array<[string, (v: string) => ProvenanceParts, (v: string) => Partial<TestSignerIdentity>, RegExp]> = [
    [
      'published without --provenance',
      () => ({ omit: ['attestations'] }),
      () => ({}),
      /was published without provenance \(its packument has no dist\.attestations\); publish with `npm publish --provenance` from release\.yml, whose job needs `id-token: write`/
    ],
    ['no SLSA provenance', () => ({ omit: ['slsa'] }), () => ({}), /has npm's publish attestation but no SLSA provenance/],
    [
      'no publish attestation',
      () => ({ omit: ['publish'] }),
      () => ({}),
      /has no npm publish attestation \(https:\/\/github\.com\/npm\/attestation\/tree\/main\/specs\/publish\/v0\.1\)/
    ],
    ['no registry signature', () => ({ omit: ['signatures'] }), () => ({}), /the registry signature \(dist\.signatures\) does not verify/],
    [
      'a signature over another integrity',
      () => ({ signedIntegrity: `sha512-${Buffer.alloc(64, 1).toString('base64')}` }),
      () => ({}),
      /the registry signature \(dist\.signatures\) does not verify with .*\/-\/npm\/v1\/keys/
    ],
    [
      'another workflow',
      () => ({}),
      (v) => ({
        san: `https://github.com/${REPOSITORY}/.github/workflows/ci.yml@refs/tags/v${v}`,
        workflowRef: `${REPOSITORY}/.github/workflows/ci.yml@refs/tags/v${v}`
      }),
      /its SLSA provenance was not made by the release workflow: certificate Build Config URI \(the workflow run\) is https:\/\/github\.com\/sketchlog\/sketchlog\/\.github\/workflows\/ci\.yml/
    ],
    [
      'a branch ref',
      () => ({}),
      () => ({
        san: `https://github.com/${REPOSITORY}/${WORKFLOW}@refs/heads/main`,
        workflowRef: `${REPOSITORY}/${WORKFLOW}@refs/heads/main`,
        sourceRef: 'refs/heads/main'
      }),
      /was not made by the release workflow: certificate Build Config URI .*@refs\/heads\/main/
    ],
    ['another commit', () => ({}), () => ({ sourceCommit: OTHER_SHA }), new RegExp(`signed from commit ${OTHER_SHA}, expected ${SHA}`)],
    [
      'a subject naming another package',
      (v) => ({ slsaStatement: npmProvenanceStatement('pkg:npm/%40sketchlog/other@1.0.0', other, workflowParams(v)) }),
      () => ({}),
      /its SLSA provenance attests pkg:npm\/%40sketchlog\/other@1\.0\.0, not pkg:npm\/%40sketchlog\/client@/
    ],
    [
      'a subject with another digest',
      (v) => ({ slsaStatement: npmProvenanceStatement(`pkg:npm/%40sketchlog/client@${v}`, other, workflowParams(v)) }),
      () => ({}),
      /its SLSA provenance attests sha512 abababab.*…, not dist\.integrity's/
    ],
    [
      'a publish attestation for another digest',
      (v) => ({ publishStatement: npmPublishStatement(`pkg:npm/%40sketchlog/client@${v}`, other, '@sketchlog/client', v) }),
      () => ({}),
      /its npm publish attestation attests sha512 abababab/
    ],
    [
      'a tampered envelope',
      () => ({
        tamper: (b) => void ((b.dsseEnvelope as { payload: string }).payload = Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}').toString('base64'))
      }),
      () => ({}),
      /its SLSA provenance bundle does not verify: TLOG_BODY_ERROR: DSSE payload hash mismatch/
    ],
    [
      'an untrusted CA and log',
      () => ({ slsaSigner: sigstore.foreign }),
      () => ({}),
      /its SLSA provenance bundle does not verify: CERTIFICATE_ERROR: Failed to verify certificate chain/
    ],
    [
      'a publish attestation and signature by a key the registry does not list',
      () => ({ registryKey: registrySigner() }),
      () => ({}),
      /signed with key SHA256:/
    ]
  ];

  test.each(cases)('fails for %s, with the reason', async (_what, parts, who, reason) => {
    const { version } = await release('@sketchlog/client', parts, who);
    const outcome = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/client']));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^1 of 1 npm package\(s\) lack provenance from the release workflow: @sketchlog\/client@/);
    expect(outcome.details?.join('\n')).toMatch(reason);
    expect(outcome.table?.rows[0]?.[4]).not.toBe('ok');
  });

  test('a registry key that expired before the version was published fails the registry signature; one valid then passes', async () => {
    const { version } = await release('@sketchlog/react');
    registry.publishTimes[`@sketchlog/react@${version}`] = '2025-02-01T00:00:00.000Z';
    registry.keys = { keys: [key.keysEntry({ expires: '2025-01-29T00:00:00.000Z' })] };
    const expired = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/react']));
    expect(expired.status).toBe('fail');
    expect(expired.summary).toMatch(/the registry signature \(dist\.signatures\) does not verify with .*: .*expired/);
    registry.publishTimes[`@sketchlog/react@${version}`] = '2025-01-01T00:00:00.000Z';
    // Published before the key expired: the signature holds, but the publish attestation was logged now, after expiry.
    const before = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/react']));
    expect(before.details?.join('\n')).not.toMatch(/dist\.signatures/);
    expect(before.summary).toMatch(
      new RegExp(
        `its npm publish attestation bundle is signed with key ${key.keyId.replace(/[+/]/g, '\\$&')}, which expired at 2025-01-29T00:00:00\\.000Z: its log entry was integrated at `
      )
    );
  });

  test("npm's key rotation: a version signed by the old key before it expired, with a publish attestation by the new key, passes", async () => {
    const next = registrySigner();
    const version = `1.2.${3 + published++}`;
    const tarball = await registry.publish('@sketchlog/react', version, token, { gitHead: SHA });
    // The registry signs packuments with the old key (valid when it was published) and attestations with the new one.
    await attachProvenance(
      registry,
      sigstore as unknown as KeySigner,
      next,
      { name: '@sketchlog/react', version, tarball },
      identity({}, `v${version}`),
      workflowParams(version)
    );
    registry.distExtras[`@sketchlog/react@${version}`]!.signatures = [
      key.sign('@sketchlog/react', version, `sha512-${createHash('sha512').update(tarball).digest('base64')}`)
    ];
    registry.publishTimes[`@sketchlog/react@${version}`] = '2025-01-01T00:00:00.000Z';
    registry.keys = { keys: [key.keysEntry({ expires: '2025-01-29T00:00:00.000Z' }), next.keysEntry()] };
    const outcome = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/react']));
    expect(outcome.status).toBe('pass');
    expect(outcome.table?.rows[0]?.[1]).toBe(`npm key ${next.keyId.slice(0, 15)}…`);
  });

  test('a version without attestations behind its dist.attestations URL fails naming the 404', async () => {
    const { version } = await release('@sketchlog/wasm');
    delete registry.attestations[`@sketchlog/wasm@${version}`];
    const outcome = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/wasm']));
    expect(outcome.summary).toMatch(/its dist\.attestations URL answers 404/);
  });

  test('an attestations endpoint answering 500 or garbage fails closed', async () => {
    const { version } = await release('@sketchlog/wasm');
    registry.attestations[`@sketchlog/wasm@${version}`] = { status: 500, body: { error: 'boom' } };
    const broken = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/wasm']));
    expect(broken.status).toBe('fail');
    expect(broken.table?.rows[0]?.[4]).toBe('could not be checked');
    registry.attestations[`@sketchlog/wasm@${version}`] = { status: 200, body: { attestations: 'no' } };
    const garbage = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/wasm']));
    expect(garbage.status).toBe('fail');
    expect(garbage.table?.rows[0]?.[4]).toBe('could not be checked');
  });

  test('a packument whose attestations URL names another host is read on the configured registry, never there', async () => {
    const { version } = await release('@sketchlog/client');
    const spec = `@sketchlog/client@${version}`;
    registry.distExtras[spec]!.attestations!.url = `http://127.0.0.9:1${new URL(registry.attestationsUrl('@sketchlog/client', version)).pathname}`;
    const outcome = await runDeclaredCheck(npmProvenance, context(version, ['@sketchlog/client']));
    expect(outcome.status).toBe('pass');
    expect(registry.requests.some((r) => r.path === `/-/npm/v1/attestations/@sketchlog%2fclient@${version}`)).toBe(true);
  });

  test('npm.provenance false skips; a missing supply-chain section fails; supply-chain false skips', async () => {
    const npm = { registry: registry.url, publisher: 'balavignesh', scope: 'sketchlog', packages: ['@sketchlog/client'], provenance: false };
    expect(await runDeclaredCheck(npmProvenance, context('1.2.3', [], { npm }))).toEqual({
      status: 'skip',
      summary: 'turned off in config ("npm.provenance: false")'
    });
    const missing = await runDeclaredCheck(npmProvenance, context('1.2.3', ['@sketchlog/client'], { supplyChain: undefined }));
    expect(missing.status).toBe('fail');
    expect(missing.summary).toMatch(/^config has no "supply-chain" section, which npm-provenance needs for the signer identity .*set "npm\.provenance: false"/);
    expect((await runDeclaredCheck(npmProvenance, context('1.2.3', ['@sketchlog/client'], { supplyChain: false }))).status).toBe('skip');
  });

  test('skips a rehearsal tag', async () => {
    const outcome = await runDeclaredCheck(npmProvenance, context('1.2.3', ['@sketchlog/client'], { tag: 'test-v1.2.3' }));
    expect(outcome).toEqual({ status: 'skip', summary: 'rehearsal tag: npm provenance applies to release tags only' });
  });
});

describe("npm-provenance on real npm provenance (public-good, npm's 2025 key)", () => {
  const REAL = {
    name: '@playwright/cli',
    version: '0.1.1',
    integrity: 'sha512-9k11ZfDwAfMVDDIuEVW1Wvs8SoDNXIY1dNQ+9C9/SS8ZmElkcxesu5eoL7vNa96ntibUGaq1TM2qQoqvdl/I9g=='
  };
  const COMMIT = 'd1c6d1113932ddcee243e8b111b6d4aea553df20';
  let realWorkspace: string;

  beforeAll(async () => {
    realWorkspace = tempDir('rg-npm-provenance-real-');
    fs.copyFileSync(path.join(realFolder('sigstore'), 'public-good-trusted_root.json'), path.join(realWorkspace, 'trusted_root.json'));
    // Verdaccio holds a stand-in tarball; the packument records the real integrity, which is all this check reads of the bytes.
    await registry.publish(REAL.name, REAL.version, token, { integrity: REAL.integrity });
    registry.attestations[`${REAL.name}@${REAL.version}`] = {
      status: 200,
      body: JSON.parse(fs.readFileSync(path.join(realFolder('npm'), 'playwright-cli-0.1.1.attestations.json'), 'utf8'))
    };
    registry.distExtras[`${REAL.name}@${REAL.version}`] = {
      // The real packument's signature is not in the corpus: the test key signs it, and the keys list both.
      signatures: [key.sign(REAL.name, REAL.version, REAL.integrity)],
      attestations: { url: registry.attestationsUrl(REAL.name, REAL.version), provenance: { predicateType: 'https://slsa.dev/provenance/v1' } }
    };
  });

  beforeEach(() => {
    const real = JSON.parse(fs.readFileSync(path.join(realFolder('npm'), 'registry-keys.json'), 'utf8')) as { keys: unknown[] };
    registry.keys = { keys: [...real.keys, key.keysEntry()] };
  });

  const realContext = (owner: string, repo: string, workflow: string, sha: string) =>
    npmContext({
      gate: 'publication',
      registry: registry.url,
      workspace: realWorkspace,
      packages: [REAL.name],
      tag: `v${REAL.version}`,
      sha,
      owner,
      repo,
      supplyChain: { workflow, 'trusted-root': 'trusted_root.json', scan: { report: 'trivy.json' } }
    });

  test("passes under its own repository and workflow: the real SLSA provenance and the publish attestation by npm's real key verify", async () => {
    const outcome = await runDeclaredCheck(npmProvenance, realContext('microsoft', 'playwright-cli', '.github/workflows/publish.yml', COMMIT));
    expect(outcome.details).toEqual([]);
    expect(outcome.status).toBe('pass');
    expect(outcome.table?.rows).toEqual([[REAL.name, 'npm key SHA256:DhQ8wR5A…', '.github/workflows/publish.yml@refs/tags/v0.1.1', COMMIT.slice(0, 12), 'ok']]);
  });

  test("fails under SketchLog's signer identity", async () => {
    const outcome = await runDeclaredCheck(npmProvenance, realContext('sketchlog', 'sketchlog', WORKFLOW, SHA));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(
      '@playwright/cli@0.1.1: its SLSA provenance was not made by the release workflow: certificate Build Config URI (the workflow run) is https://github.com/microsoft/playwright-cli/.github/workflows/publish.yml@refs/tags/v0.1.1'
    );
  });
});
