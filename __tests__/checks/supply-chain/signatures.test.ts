/**
 * The `signatures` check over the real Distribution registry, with signatures laid out as cosign writes
 * them (test-support/cosign.ts) and signed for real by @sigstore/sign against a loopback CA + tlog
 * (test-support/sigstore.ts). Verification is @sigstore/verify's, through the shared verifier.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { createClients } from '../../../src/clients/index.js';
import { signatures } from '../../../src/checks/supply-chain/signatures.js';
import {
  chainPemOf,
  cosignLayer,
  cosignSignStatement,
  pushBundleReferrer,
  pushCosignSignatures,
  simpleSigningPayload,
  type SignedBundleJson
} from '../../../test-support/cosign.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import {
  OciPusher,
  pushHelmChartAs,
  pushSinglePlatformImage,
  startFaultProxy,
  startOciRegistry,
  type Descriptor,
  type FaultProxy,
  type OciTestRegistry
} from '../../../test-support/oci-registry.js';
import { startTestSigstore, type TestSigner, type TestSignerIdentity, type TestSigstore } from '../../../test-support/sigstore.js';
import { testContext, testSettings, type TestGateContext } from '../../helpers/context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const SHA = 'a'.repeat(40);
const SAN = 'https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v1.2.3';
const RELEASE: TestSignerIdentity = { san: SAN, sourceCommit: SHA, sourceRef: 'refs/tags/v1.2.3' };
/** The claims from which the mock Fulcio writes a Build Config URI and Source Repository URI (certificates since 2023). */
const MODERN = { workflowRef: 'sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v1.2.3', repository: 'sketchlog/sketchlog' };

let registry: OciTestRegistry;
let proxy: FaultProxy;
let sigstore: TestSigstore;
let pusher: OciPusher;
let chain: string;
let counter = 0;

beforeAll(async () => {
  [registry, sigstore] = await Promise.all([startOciRegistry(), startTestSigstore()]);
  proxy = await startFaultProxy(registry);
  pusher = new OciPusher(registry);
  chain = chainPemOf(sigstore.trustedRoot() as Parameters<typeof chainPemOf>[0]);
});

afterAll(async () => {
  await Promise.all([registry?.close(), proxy?.close(), sigstore?.close()]);
  removeTempDirs();
});

/** A released image and chart in their own repositories. */
interface Release {
  name: string;
  imageRepo: string;
  chartRepo: string;
  image: Descriptor;
  chart: Descriptor;
}

async function release(): Promise<Release> {
  const name = `case${++counter}`;
  const imageRepo = `${name}/app`;
  const chartRepo = `${name}/charts/sketchlog`;
  const image = (await pushSinglePlatformImage(pusher, imageRepo, '1.2.3')).manifest;
  const chart = await pushHelmChartAs(pusher, chartRepo, 'sketchlog', '1.2.3', { configName: 'sketchlog', chartYamlVersion: `1.2.3+${name}` });
  return { name, imageRepo, chartRepo, image, chart };
}

/** A cosign `.sig` signature of `repository@digest` (payload as cosign writes it), pushed under the digest's tag. */
async function cosignSign(
  repository: string,
  digest: string,
  options: {
    identity?: TestSignerIdentity;
    signer?: TestSigner;
    payloadRepository?: string;
    payloadDigest?: string;
    payload?: Buffer;
    extra?: Array<{ payload: Buffer; annotations: Record<string, string> }>;
  } = {}
): Promise<void> {
  const payload = options.payload ?? simpleSigningPayload(options.payloadRepository ?? `${registry.host}/${repository}`, options.payloadDigest ?? digest);
  const bundle = (await (options.signer ?? sigstore).signMessage(payload, options.identity ?? RELEASE)) as unknown as SignedBundleJson;
  await pushCosignSignatures(pusher, repository, digest, [...(options.extra ?? []), cosignLayer(bundle, payload, chain)]);
}

interface ContextOptions {
  tag?: string;
  imageDigest?: string;
  chartDigest?: string;
  host?: string;
  container?: unknown;
  helm?: unknown;
}

function signaturesContext(r: Release, options: ContextOptions = {}): TestGateContext {
  const workspace = tempDir('rg-signatures-');
  fs.mkdirSync(path.join(workspace, '.github/sigstore'), { recursive: true });
  sigstore.trustedRootFile(path.join(workspace, '.github/sigstore'));
  const host = options.host ?? registry.host;
  const tag = options.tag ?? 'v1.2.3';
  const overrides = {
    gate: 'supply-chain' as const,
    tag,
    sha: SHA,
    imageDigest: options.imageDigest ?? r.image.digest,
    chartDigest: options.chartDigest ?? r.chart.digest,
    retries: 0,
    retryBaseMs: 0
  };
  const container = 'container' in options ? options.container : { image: `${host}/${r.imageRepo}`, platforms: ['linux/amd64'] };
  const helm = 'helm' in options ? options.helm : { chart: `oci://${host}/${r.chartRepo}` };
  return testContext({
    gate: 'supply-chain',
    config: {
      tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
      pypi: false,
      npm: false,
      ...(container === undefined ? {} : { container }),
      ...(helm === undefined ? {} : { helm }),
      'supply-chain': { workflow: '.github/workflows/release.yml', 'trusted-root': '.github/sigstore/trusted_root.json', scan: { report: 'scan.json' } }
    },
    tag,
    clients: createClients(testSettings(workspace, overrides)),
    workspace,
    settings: overrides,
    noSleep: 'signatures never waits'
  });
}

/** Both artifacts signed with cosign's .sig layout by the release workflow. */
async function signedRelease(): Promise<Release> {
  const r = await release();
  await cosignSign(r.imageRepo, r.image.digest);
  await cosignSign(r.chartRepo, r.chart.digest);
  return r;
}

test('good cosign .sig signatures on both digests pass, and the summary says what was found', async () => {
  const r = await signedRelease();
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r));
  expect(outcome.status).toBe('pass');
  expect(outcome.summary).toBe(
    `container image ${registry.host}/${r.imageRepo}@${r.image.digest}: signed (cosign signature (${r.image.digest.replace(':', '-')}.sig)); ` +
      `Helm chart ${registry.host}/${r.chartRepo}@${r.chart.digest}: signed (cosign signature (${r.chart.digest.replace(':', '-')}.sig))`
  );
  expect(outcome.details).toContain(`  good: cosign signature (${r.image.digest.replace(':', '-')}.sig) by ${SAN}`);
  expect(outcome.details).toContain('  looked at referrers: no referrers API and no fallback tag');
});

test('good Sigstore bundle referrers (an in-toto statement about the image, a message signature over the chart manifest) pass', async () => {
  const r = await release();
  const statement = cosignSignStatement(`${registry.host}/${r.imageRepo}`, r.image.digest);
  await pushBundleReferrer(pusher, r.imageRepo, r.image, await sigstore.signDsse(statement, RELEASE));
  // The chart manifest's bytes, as served: a message signature over them is over the digest.
  const chartBytes = Buffer.from(
    await (await fetch(`${registry.url}/v2/${r.chartRepo}/manifests/${r.chart.digest}`, { headers: { accept: r.chart.mediaType } })).arrayBuffer()
  );
  const chartReferrer = await pushBundleReferrer(pusher, r.chartRepo, r.chart, await sigstore.signMessage(chartBytes, RELEASE));
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r));
  expect(outcome.status === 'pass' ? 'pass' : outcome.summary).toBe('pass');
  expect(outcome.details?.join('\n')).toMatch(
    /good: Sigstore bundle referrer sha256:[0-9a-f]{64} \(in-toto https:\/\/sigstore\.dev\/cosign\/sign\/v1 about the digest\)/
  );
  expect(outcome.details).toContain(`  good: Sigstore bundle referrer ${chartReferrer.digest} (message signature over the manifest) by ${SAN}`);
  expect(outcome.details).toContain('  looked at referrers (fallback tag): 1 Sigstore bundle(s), 0 other');
});

test('an unsigned image fails; the signed chart alone does not make it pass', async () => {
  const r = await release();
  await cosignSign(r.chartRepo, r.chart.digest);
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r));
  expect(outcome.status).toBe('fail');
  expect(outcome.summary).toBe(
    `container image ${registry.host}/${r.imageRepo}@${r.image.digest}: no Sigstore signature from the release workflow over the digest; found no signature (no cosign .sig tag signature, no Sigstore bundle referrer); ` +
      `Helm chart ${registry.host}/${r.chartRepo}@${r.chart.digest}: signed (cosign signature (${r.chart.digest.replace(':', '-')}.sig))`
  );
});

describe('valid signatures that do not count', () => {
  it.each<[string, (r: Release) => Promise<void>, RegExp]>([
    [
      'a signature over another digest',
      (r) => cosignSign(r.imageRepo, r.image.digest, { payloadDigest: r.chart.digest }),
      /found 1 signature that does not count — .*signed by the release workflow, but over sha256:[0-9a-f]{64}, not sha256:/
    ],
    [
      'a payload naming another repository',
      (r) => cosignSign(r.imageRepo, r.image.digest, { payloadRepository: `${registry.host}/someone/else` }),
      /its payload names repository 127\.0\.0\.1:\d+\/someone\/else, not 127\.0\.0\.1:\d+\/case\d+\/app/
    ],
    [
      'a payload of another type',
      (r) => {
        const payload = JSON.parse(simpleSigningPayload(`${registry.host}/${r.imageRepo}`, r.image.digest).toString()) as { critical: { type: string } };
        payload.critical.type = 'atomic container signature';
        return cosignSign(r.imageRepo, r.image.digest, { payload: Buffer.from(JSON.stringify(payload)) });
      },
      /its payload type is "atomic container signature", not "cosign container image signature"/
    ],
    [
      'another workflow',
      (r) => cosignSign(r.imageRepo, r.image.digest, { identity: { ...RELEASE, san: SAN.replace('release.yml', 'ci.yml') } }),
      /a valid cosign signature, but signed by https:\/\/github\.com\/sketchlog\/sketchlog\/\.github\/workflows\/ci\.yml@refs\/tags\/v1\.2\.3, expected/
    ],
    [
      'a branch ref',
      (r) =>
        cosignSign(r.imageRepo, r.image.digest, {
          identity: { ...RELEASE, san: SAN.replace('refs/tags/v1.2.3', 'refs/heads/main'), sourceRef: 'refs/heads/main' }
        }),
      /signed by .*release\.yml@refs\/heads\/main, expected/
    ],
    [
      'another repository',
      (r) => cosignSign(r.imageRepo, r.image.digest, { identity: { ...RELEASE, san: SAN.replace('sketchlog/sketchlog', 'evil/fork') } }),
      /signed by https:\/\/github\.com\/evil\/fork\//
    ],
    [
      'another commit',
      (r) => cosignSign(r.imageRepo, r.image.digest, { identity: { ...RELEASE, sourceCommit: 'b'.repeat(40) } }),
      /signed from commit b{40}, expected a{40}/
    ],
    [
      'a Build Config URI (the workflow run) of another workflow',
      (r) =>
        cosignSign(r.imageRepo, r.image.digest, {
          identity: { ...RELEASE, ...MODERN, workflowRef: 'sketchlog/sketchlog/.github/workflows/ci.yml@refs/tags/v1.2.3' }
        }),
      /certificate Build Config URI \(the workflow run\) is https:\/\/github\.com\/sketchlog\/sketchlog\/\.github\/workflows\/ci\.yml@refs\/tags\/v1\.2\.3, expected/
    ],
    [
      'a reusable workflow that is not one of supply-chain.signer-workflows',
      (r) =>
        cosignSign(r.imageRepo, r.image.digest, {
          identity: { ...RELEASE, ...MODERN, san: 'https://github.com/acme/attest/.github/workflows/sign.yml@refs/heads/main' }
        }),
      /signed by https:\/\/github\.com\/acme\/attest\/.*; add it to supply-chain\.signer-workflows if that reusable workflow is trusted to sign/
    ],
    [
      'an in-toto statement about another digest',
      async (r) => {
        const bundle = await sigstore.signDsse(cosignSignStatement(`${registry.host}/${r.imageRepo}`, r.chart.digest), RELEASE);
        await pushBundleReferrer(pusher, r.imageRepo, r.image, bundle);
      },
      /its in-toto statement is about sha256:[0-9a-f]{12}…, not sha256:/
    ]
  ])('%s: the check fails and names what was found', async (_name, sign, found) => {
    const r = await release();
    await cosignSign(r.chartRepo, r.chart.digest);
    await sign(r);
    const outcome = await runDeclaredCheck(signatures, signaturesContext(r));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^container image .*: no Sigstore signature from the release workflow over the digest; /);
    expect(outcome.summary).toMatch(found);
  });
});

test("the payload's repository compares after Docker's normalisation (case)", async () => {
  const r = await release();
  await cosignSign(r.imageRepo, r.image.digest, { payloadRepository: `${registry.host}/${r.imageRepo.toUpperCase()}` });
  await cosignSign(r.chartRepo, r.chart.digest);
  expect((await runDeclaredCheck(signatures, signaturesContext(r))).status).toBe('pass');
});

test('a tampered payload fails the check even when a good signature is there too', async () => {
  const r = await release();
  const payload = simpleSigningPayload(`${registry.host}/${r.imageRepo}`, r.image.digest, { note: 'signed' });
  const bundle = (await sigstore.signMessage(payload, RELEASE)) as unknown as SignedBundleJson;
  const tampered = {
    ...cosignLayer(bundle, payload, chain),
    payload: simpleSigningPayload(`${registry.host}/${r.imageRepo}`, r.image.digest, { note: 'changed' })
  };
  await cosignSign(r.imageRepo, r.image.digest, { extra: [tampered] });
  await cosignSign(r.chartRepo, r.chart.digest);
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r));
  expect(outcome.status).toBe('fail');
  expect(outcome.summary).toMatch(
    /^container image .*: 1 signature does not verify or cannot be read — sha256-[0-9a-f]{64}\.sig layer sha256:[0-9a-f]{64}: bundle does not verify/
  );
  expect(outcome.details?.some((d) => d.startsWith('  good: cosign signature'))).toBe(true);
});

test('a signature chained to a foreign root fails the check', async () => {
  const r = await release();
  await cosignSign(r.imageRepo, r.image.digest, { signer: sigstore.foreign });
  await cosignSign(r.chartRepo, r.chart.digest);
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r));
  expect(outcome.status).toBe('fail');
  expect(outcome.summary).toMatch(/container image .*: 1 signature does not verify .*bundle does not verify/);
});

test('a tampered bundle referrer fails the check', async () => {
  const r = await signedRelease();
  const bundle = (await sigstore.signDsse(cosignSignStatement(`${registry.host}/${r.imageRepo}`, r.image.digest), RELEASE)) as unknown as {
    dsseEnvelope: { payload: string };
  };
  const statement = cosignSignStatement(`${registry.host}/${r.imageRepo}`, r.image.digest) as { predicate: Record<string, unknown> };
  bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify({ ...statement, predicate: { changed: true } })).toString('base64');
  await pushBundleReferrer(pusher, r.imageRepo, r.image, bundle);
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r));
  expect(outcome.status).toBe('fail');
  expect(outcome.summary).toMatch(/container image .*: 1 signature does not verify or cannot be read — referrer sha256:[0-9a-f]{64}: bundle does not verify/);
});

test('a message-signature referrer whose signature was swapped fails the check, though the .sig signature is good', async () => {
  const r = await signedRelease();
  const chartBytes = Buffer.from(
    await (await fetch(`${registry.url}/v2/${r.chartRepo}/manifests/${r.chart.digest}`, { headers: { accept: r.chart.mediaType } })).arrayBuffer()
  );
  const bundle = (await sigstore.signMessage(chartBytes, RELEASE)) as unknown as SignedBundleJson;
  const other = (await sigstore.signMessage(Buffer.from('other bytes'), RELEASE)) as unknown as SignedBundleJson;
  bundle.messageSignature!.signature = other.messageSignature!.signature;
  await pushBundleReferrer(pusher, r.chartRepo, r.chart, bundle);
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r));
  expect(outcome.status).toBe('fail');
  expect(outcome.summary).toMatch(/^Helm chart .*: 1 signature does not verify or cannot be read — referrer sha256:[0-9a-f]{64}: bundle does not verify/);
  expect(outcome.details).toContain(`  good: cosign signature (${r.chart.digest.replace(':', '-')}.sig) by ${SAN}`);
});

test.each([
  [
    'image-digest',
    { imageDigest: '' },
    /^container image: input image-digest is empty, so nothing says which container image must be signed; pass the digest the push reported; Helm chart .*: signed/
  ],
  ['chart-digest', { chartDigest: '' }, /^Helm chart: input chart-digest is empty/]
])('an empty %s fails naming the input', async (_input, options, summary) => {
  const r = await signedRelease();
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r, options));
  expect(outcome.status).toBe('fail');
  expect(outcome.summary).toMatch(summary);
});

test('a rehearsal tag skips with the reason', async () => {
  const r = await release();
  const outcome = await runDeclaredCheck(signatures, signaturesContext(r, { tag: 'test-v1.2.3' }));
  expect(outcome).toMatchObject({
    status: 'skip',
    summary: 'rehearsal tag: signatures (a rehearsal publishes no image or chart to sign) applies to release tags only'
  });
});

test('a missing helm section fails; "helm: false" checks the image alone', async () => {
  const r = await release();
  await cosignSign(r.imageRepo, r.image.digest);
  const missing = await runDeclaredCheck(signatures, signaturesContext(r, { helm: undefined }));
  expect(missing.status).toBe('fail');
  expect(missing.summary).toMatch(/^config has no "helm" section, which signatures needs/);
  const off = await runDeclaredCheck(signatures, signaturesContext(r, { helm: false }));
  expect(off.status).toBe('pass');
  expect(off.summary).toMatch(/^container image .*: signed/);
  const none = await runDeclaredCheck(signatures, signaturesContext(r, { helm: false, container: false }));
  expect(none.status).toBe('skip');
});

describe('a misbehaving registry fails closed', () => {
  it.each([
    [
      'a 500 on the signature tag',
      (p: string) => p.includes('.sig'),
      { status: 500, body: 'boom' },
      /@sha256:[0-9a-f]{64}: cannot read its signatures: .*\.sig answered 500 \(boom\)/
    ],
    [
      'garbage as the signature manifest',
      (p: string) => p.includes('.sig'),
      { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: '<html>' },
      /is not JSON/
    ],
    ['a 500 on the fallback tag', (p: string) => /manifests\/sha256-[0-9a-f]{64}$/.test(p), { status: 500, body: 'boom' }, /answered 500/]
  ])('%s', async (_name, match, answer, summary) => {
    const r = await signedRelease();
    proxy.fault = ({ path }) => (match(decodeURIComponent(path)) ? { answer } : null);
    try {
      const outcome = await runDeclaredCheck(signatures, signaturesContext(r, { host: proxy.host }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(/^container image: /);
      expect(outcome.summary).toMatch(summary);
    } finally {
      proxy.fault = () => null;
    }
  });
});
