/**
 * `sbom`: SPDX files in dist (fixtures shaped after syft's spdx-json output) validated against the
 * vendored SPDX 2.2/2.3 JSON schemas, and BuildKit's SPDX SBOM attestations read from a real
 * Distribution registry (indexes pushed as buildx pushes them, and tampered variants).
 */
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { MAX_WHOLE_STATEMENT_BYTES } from '../../../src/checks/shared/buildkit-attestations.js';
import { sbom } from '../../../src/checks/supply-chain/sbom.js';
import {
  IN_TOTO_MEDIA_TYPE,
  SPDX_PREDICATE_TYPE,
  attestationConfig,
  attestationIndexEntry,
  buildKitAttestationLayers,
  type AttestationLayer,
  type AttestationSubject
} from '../../../test-support/buildkit-attestations.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import {
  OciPusher,
  pushBuildKitImage,
  pushSinglePlatformImage,
  startFaultProxy,
  startOciRegistry,
  type FaultProxy,
  type OciTestRegistry
} from '../../../test-support/oci-registry.js';
import { fixture, fixtureJson, scanSbomContext, type ScanSbomContextOptions } from './scan-sbom-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

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

const SPDX23 = 'sketchlog-1.2.3.spdx.json';
const SPDX22 = 'sketchlog-1.2.3-spdx22.spdx.json';
const distFiles = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, content]) => [`dist/${name}`, content]));
const goodDist = () => distFiles({ [SPDX23]: fixture(`sbom/${SPDX23}`), 'sketchlog-1.2.3.tar.gz': 'sdist' });

/** The dist part alone: no container image. */
function distOnly(files: Record<string, string>, options: ScanSbomContextOptions = {}) {
  return runDeclaredCheck(sbom, scanSbomContext({ container: false, files: distFiles(files), ...options }));
}

describe('sbom: SPDX files in dist', () => {
  test('SPDX 2.3 and 2.2 documents as syft writes them pass', async () => {
    const outcome = await distOnly({ [SPDX23]: fixture(`sbom/${SPDX23}`), [SPDX22]: fixture(`sbom/${SPDX22}`), SHA256SUMS: 'x' });
    expect(outcome.summary).toBe(`2 SPDX files in dist (${SPDX22}, ${SPDX23}): valid SPDX`);
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toEqual([
      `dist/${SPDX22}: SPDX-2.2, 4 package(s), created 2026-11-20T10:02:31Z`,
      `dist/${SPDX23}: SPDX-2.3, 4 package(s), created 2026-11-20T10:02:31Z`,
      'image SBOM attestations not checked: no container image (turned off in config ("container: false"))'
    ]);
  });

  test('no file matches release.sbom', async () => {
    const outcome = await distOnly({ 'sketchlog.cdx.json': '{}' });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'dist folder dist holds no file matching release.sbom "*.spdx.json"; write the SBOM there (e.g. anchore/sbom-action with format spdx-json and output-file dist/<name>.spdx.json)'
    );
  });

  test('a missing dist folder fails naming it', async () => {
    const outcome = await runDeclaredCheck(sbom, scanSbomContext({ container: false }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^dist folder dist does not exist/);
  });

  const spdx = () => fixtureJson<Json>(`sbom/${SPDX23}`);
  const spdx22 = () => fixtureJson<Json>(`sbom/${SPDX22}`);
  const variant = (base: Json, change: (d: Json) => void) => {
    change(base);
    return JSON.stringify(base);
  };
  it.each([
    [
      'not JSON',
      'SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0',
      'is not JSON; write the SBOM as SPDX JSON (syft -o spdx-json, anchore/sbom-action format: spdx-json)'
    ],
    ['a JSON array', '[]', 'is not a JSON object (an SPDX JSON document was expected)'],
    [
      'a CycloneDX document',
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5' }),
      'spdxVersion is missing, not SPDX-2.2 or SPDX-2.3 (an SPDX 2.2/2.3 JSON document was expected)'
    ],
    [
      'SPDX 2.1',
      variant(spdx(), (d) => (d.spdxVersion = 'SPDX-2.1')),
      'spdxVersion is "SPDX-2.1", not SPDX-2.2 or SPDX-2.3 (an SPDX 2.2/2.3 JSON document was expected)'
    ],
    ['no name (schema: required)', variant(spdx(), (d) => delete d.name), "is not a valid SPDX-2.3 document: (document): must have required property 'name'"],
    [
      'an unknown top-level key (schema: additionalProperties)',
      variant(spdx(), (d) => (d.bomFormat = 'CycloneDX')),
      'is not a valid SPDX-2.3 document: (document): must NOT have additional properties (bomFormat)'
    ],
    [
      'a package without downloadLocation',
      variant(spdx(), (d) => delete d.packages[0].downloadLocation),
      "is not a valid SPDX-2.3 document: /packages/0: must have required property 'downloadLocation'"
    ],
    [
      'a 2.3-only field in a 2.2 document (validated by its own version)',
      variant(spdx22(), (d) => (d.packages[0].primaryPackagePurpose = 'APPLICATION')),
      'is not a valid SPDX-2.2 document: /packages/0: must NOT have additional properties (primaryPackagePurpose)'
    ],
    ['SPDXID other than SPDXRef-DOCUMENT', variant(spdx(), (d) => (d.SPDXID = 'SPDXRef-dist')), 'SPDXID is "SPDXRef-dist", not SPDXRef-DOCUMENT'],
    ['no documentNamespace', variant(spdx(), (d) => delete d.documentNamespace), 'has no documentNamespace (a unique URI for this document)'],
    ['an empty documentNamespace', variant(spdx(), (d) => (d.documentNamespace = ' ')), 'has no documentNamespace (a unique URI for this document)'],
    [
      'a created date without time',
      variant(spdx(), (d) => (d.creationInfo.created = '2026-11-20')),
      'creationInfo.created is "2026-11-20", not a UTC date and time (YYYY-MM-DDThh:mm:ssZ)'
    ],
    [
      'a created date that is no date',
      variant(spdx(), (d) => (d.creationInfo.created = '2026-13-45T99:00:00Z')),
      'creationInfo.created is "2026-13-45T99:00:00Z", not a UTC date and time (YYYY-MM-DDThh:mm:ssZ)'
    ],
    [
      'no creationInfo.created',
      variant(spdx(), (d) => delete d.creationInfo.created),
      "is not a valid SPDX-2.3 document: /creationInfo: must have required property 'created'"
    ]
  ])('%s fails', async (_, content, problem) => {
    const outcome = await distOnly({ 'app.spdx.json': content });
    expect(outcome.summary).toBe(`dist/app.spdx.json ${problem}`);
    expect(outcome.status).toBe('fail');
  });

  test('every bad file is named: one good file does not hide a bad one', async () => {
    const outcome = await distOnly({ [SPDX23]: fixture(`sbom/${SPDX23}`), 'a.spdx.json': '', 'b.spdx.json': '{"spdxVersion":"SPDX-2.3"}' });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      '2 SBOM problems: dist/a.spdx.json is not JSON; write the SBOM as SPDX JSON (syft -o spdx-json, anchore/sbom-action format: spdx-json) (and 1 more, see details)'
    );
    expect(outcome.details?.[1]).toBe("dist/b.spdx.json is not a valid SPDX-2.3 document: (document): must have required property 'SPDXID'");
  });

  test('an SBOM over the size cap is refused', async () => {
    const workspace = tempDir('rg-sbom-big-');
    fs.mkdirSync(path.join(workspace, 'dist'));
    fs.writeFileSync(path.join(workspace, 'dist/huge.spdx.json'), '');
    fs.truncateSync(path.join(workspace, 'dist/huge.spdx.json'), 64 * 1024 * 1024 + 1);
    const outcome = await runDeclaredCheck(sbom, scanSbomContext({ container: false, workspace }));
    expect(outcome.summary).toBe(`dist/huge.spdx.json is ${64 * 1024 * 1024 + 1} bytes; an SBOM may be at most ${64 * 1024 * 1024} bytes`);
    expect(outcome.status).toBe('fail');
  });

  test('a missing release section fails; release: false with no image leaves nothing to prove, and fails', async () => {
    const missing = await distOnly({ [SPDX23]: fixture(`sbom/${SPDX23}`) }, { release: undefined });
    expect(missing.summary).toBe(
      'config has no "release" section, which sbom needs for the SBOM file pattern (release.sbom); add it, or set "release: false" to turn this check off'
    );
    expect(missing.status).toBe('fail');
    const off = await distOnly({ [SPDX23]: fixture(`sbom/${SPDX23}`) }, { release: false });
    expect(off.status).toBe('fail');
    expect(off.summary).toMatch(/^no SBOM was checked/);
  });
});

/** Pushes a BuildKit-shaped index whose attestation layers for each platform are `layersFor(subject)`. */
async function pushWithLayers(repository: string, layersFor: (subject: AttestationSubject) => AttestationLayer[]) {
  const plain = await pushBuildKitImage(pusher, repository, { tags: ['plain'], attestations: false });
  const attestations = [];
  for (const p of plain.platforms) {
    const layers = layersFor({ reference: `${repository}:1.2.3`, digest: p.manifest.digest, platform: p.platform });
    const pushed = [];
    for (const layer of layers) pushed.push({ ...(await pusher.blob(repository, layer.content, layer.mediaType)), annotations: layer.annotations });
    const config = await pusher.blob(repository, attestationConfig(layers), 'application/vnd.oci.image.config.v1+json');
    const body = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers: pushed };
    const manifest = await pusher.manifest(repository, `attestation-${p.manifest.digest.slice(7, 19)}`, body);
    attestations.push({ ...manifest, ...attestationIndexEntry(p.manifest.digest) });
  }
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [...plain.platforms.map((p) => ({ ...p.manifest, platform: p.platform })), ...attestations]
  };
  return { index: await pusher.manifest(repository, '1.2.3', index), platforms: plain.platforms };
}

/** Rewrites the SPDX statement of each platform (the provenance layer stays as BuildKit writes it). */
const withSpdx = (change: (statement: Json, subject: AttestationSubject) => void, annotation?: string) => (subject: AttestationSubject) =>
  buildKitAttestationLayers(subject).map((layer) => {
    if (layer.predicateType !== SPDX_PREDICATE_TYPE) return layer;
    const statement = JSON.parse(layer.content.toString()) as Json;
    change(statement, subject);
    return { ...layer, content: Buffer.from(JSON.stringify(statement)), annotations: { 'in-toto.io/predicate-type': annotation ?? SPDX_PREDICATE_TYPE } };
  });

describe('sbom: BuildKit SBOM attestations of the image', () => {
  const image = (host: string, repository: string, platforms = ['linux/amd64', 'linux/arm64']) => ({ image: `${host}/${repository}`, platforms });
  const imageRun = (host: string, repository: string, digest: string, options: ScanSbomContextOptions = {}) =>
    runDeclaredCheck(sbom, scanSbomContext({ container: image(host, repository), imageDigest: digest, files: goodDist(), ...options }));

  test('every platform (arm64 written as arm64/v8) carries a valid SPDX attestation', async () => {
    const pushed = await pushBuildKitImage(pusher, 'sbom/pass', { tags: ['1.2.3'] });
    const outcome = await imageRun(registry.host, 'sbom/pass', pushed.index.digest);
    expect(outcome.summary).toBe(
      `1 SPDX file in dist (${SPDX23}); SPDX SBOM attestations for linux/amd64, linux/arm64 of ${registry.host}/sbom/pass@${pushed.index.digest}: valid SPDX`
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.details?.slice(1)).toEqual([
      `linux/amd64: SPDX-2.3 SBOM attestation (1 package(s)) in ${pushed.attestations[0]!.manifest.digest}`,
      `linux/arm64: SPDX-2.3 SBOM attestation (1 package(s)) in ${pushed.attestations[1]!.manifest.digest}`
    ]);
  });

  test('a rehearsal tag checks dist and skips the image part', async () => {
    const outcome = await runDeclaredCheck(sbom, scanSbomContext({ tag: 'test-v1.2.3', container: image(registry.host, 'sbom/none'), files: goodDist() }));
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toContain('image SBOM attestations not checked: rehearsal tag: the image attestations apply to release tags only');
  });

  test('image-attestations: false checks dist only', async () => {
    const outcome = await runDeclaredCheck(
      sbom,
      scanSbomContext({ container: image(registry.host, 'sbom/none'), supplyChain: { 'image-attestations': false }, files: goodDist() })
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toContain('image SBOM attestations not checked: image attestations turned off (supply-chain.image-attestations: false)');
  });

  test('an empty image-digest fails', async () => {
    const outcome = await imageRun(registry.host, 'sbom/none', '');
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^image-digest is empty: without it nothing proves which image was built/);
  });

  test('an image pushed without attestations', async () => {
    const pushed = await pushBuildKitImage(pusher, 'sbom/bare', { tags: ['1.2.3'], attestations: false });
    const outcome = await imageRun(registry.host, 'sbom/bare', pushed.index.digest);
    expect(outcome.status).toBe('fail');
    const at = `${registry.host}/sbom/bare@${pushed.index.digest}`;
    expect(outcome.summary).toBe(
      `2 SBOM problems: ${at} (linux/amd64) has no BuildKit attestation manifest for its platform manifest ${pushed.platforms[0]!.manifest.digest}; build with docker/build-push-action "sbom: true" (BuildKit --sbom=true) and push again (and 1 more, see details)`
    );
    expect(outcome.details?.[1]).toContain(
      `${at} (linux/arm64) has no BuildKit attestation manifest for its platform manifest ${pushed.platforms[1]!.manifest.digest}`
    );
  });

  test('provenance only, no SBOM attestation', async () => {
    const pushed = await pushBuildKitImage(pusher, 'sbom/provenance-only', { tags: ['1.2.3'], attestations: { sbom: false } });
    const outcome = await imageRun(registry.host, 'sbom/provenance-only', pushed.index.digest, {
      container: image(registry.host, 'sbom/provenance-only', ['linux/arm64/v8'])
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${registry.host}/sbom/provenance-only@${pushed.index.digest} (linux/arm64/v8): attestation manifest ${pushed.attestations[1]!.manifest.digest} has no SPDX SBOM (predicate type https://spdx.dev/Document); build with docker/build-push-action "sbom: true" (BuildKit --sbom=true) and push again`
    );
  });

  test('a Docker manifest list (no attestations possible) and a single-platform manifest', async () => {
    const list = await pushBuildKitImage(pusher, 'sbom/docker', { tags: ['1.2.3'], format: 'docker' });
    const listOutcome = await imageRun(registry.host, 'sbom/docker', list.index.digest);
    expect(listOutcome.status).toBe('fail');
    expect(listOutcome.summary).toContain('has no BuildKit attestation manifest for its platform manifest');
    const single = await pushSinglePlatformImage(pusher, 'sbom/single', '1.2.3');
    const singleOutcome = await imageRun(registry.host, 'sbom/single', single.manifest.digest);
    expect(singleOutcome.status).toBe('fail');
    expect(singleOutcome.summary).toBe(
      `${registry.host}/sbom/single@${single.manifest.digest} is a single-platform image manifest (application/vnd.oci.image.manifest.v1+json), not an image index, so it carries no BuildKit attestations; build with docker/build-push-action (sbom: true, provenance: mode=max)`
    );
  });

  test('a platform of container.platforms the index lacks', async () => {
    const pushed = await pushBuildKitImage(pusher, 'sbom/platforms', { tags: ['1.2.3'] });
    const outcome = await imageRun(registry.host, 'sbom/platforms', pushed.index.digest, {
      container: image(registry.host, 'sbom/platforms', ['linux/amd64', 'linux/s390x'])
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${registry.host}/sbom/platforms@${pushed.index.digest} has no manifest for platform linux/s390x (it has linux/amd64, linux/arm64/v8); build for every container.platforms entry`
    );
  });

  test('an image-digest the registry does not have', async () => {
    const digest = `sha256:${'d'.repeat(64)}`;
    const outcome = await imageRun(registry.host, 'sbom/absent', digest);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${registry.host}/sbom/absent@${digest} is not served by the registry (404); pass the digest the push reported as image-digest, and run this gate after the push`
    );
  });

  it.each([
    [
      'an SBOM predicate that is not valid SPDX',
      withSpdx((s) => delete s.predicate.packages[0].downloadLocation),
      (at: string, layer: string) =>
        `${at} (linux/amd64): the SPDX SBOM attestation (layer ${layer}) is not a valid SPDX-2.3 document: /packages/0: must have required property 'downloadLocation'`
    ],
    [
      'a statement about another manifest',
      withSpdx((s) => (s.subject[0].digest.sha256 = 'f'.repeat(64))),
      (at: string, layer: string, subject: string) =>
        `${at} (linux/amd64): the https://spdx.dev/Document statement in layer ${layer} is about ${'f'.repeat(64)}, not the platform manifest ${subject}`
    ],
    [
      'a layer whose annotation disagrees with its statement',
      withSpdx(() => undefined, 'https://slsa.dev/provenance/v1'),
      (at: string, layer: string) =>
        `${at} (linux/amd64): attestation layer ${layer} is annotated predicate type https://slsa.dev/provenance/v1 but holds https://spdx.dev/Document; the attestation manifest was altered`
    ],
    [
      'a layer that is not an in-toto statement',
      withSpdx((s) => (s._type = 'https://example.com/Statement')),
      (at: string, layer: string) =>
        `${at} (linux/amd64): attestation layer ${layer} is not an in-toto statement (_type: must be https://in-toto.io/Statement/v0.1 or https://in-toto.io/Statement/v1)`
    ]
  ])('%s fails', async (name, layersFor, expected) => {
    const repository = `sbom/bad-${name.replace(/[^a-z]+/g, '-').replace(/-+$/, '')}`;
    const pushed = await pushWithLayers(repository, layersFor);
    const outcome = await imageRun(registry.host, repository, pushed.index.digest, { container: image(registry.host, repository, ['linux/amd64']) });
    expect(outcome.status).toBe('fail');
    const spdxLayer = layersFor({
      reference: `${repository}:1.2.3`,
      digest: pushed.platforms[0]!.manifest.digest,
      platform: pushed.platforms[0]!.platform
    }).find((l) => l.mediaType === IN_TOTO_MEDIA_TYPE && l.content.includes('spdx.dev'))!;
    const layerDigest = `sha256:${(await import('node:crypto')).createHash('sha256').update(spdxLayer.content).digest('hex')}`;
    expect(outcome.summary).toBe(expected(`${registry.host}/${repository}@${pushed.index.digest}`, layerDigest, pushed.platforms[0]!.manifest.digest));
  });

  /** An SPDX statement padded past the whole-parse cap (4 MiB) with copies of its package. */
  const large = (change: (statement: Json) => void = () => undefined) =>
    withSpdx((s) => {
      const [first] = s.predicate.packages as Json[];
      s.predicate.packages = Array.from({ length: 12_000 }, (_, i) => ({ ...first, SPDXID: `SPDXRef-Package-${i}`, description: 'x'.repeat(400) }));
      change(s);
    });
  const layerOf = (
    layersFor: (subject: AttestationSubject) => AttestationLayer[],
    pushed: { platforms: Array<{ manifest: { digest: string }; platform: AttestationSubject['platform'] }> },
    repository: string
  ) =>
    layersFor({ reference: `${repository}:1.2.3`, digest: pushed.platforms[0]!.manifest.digest, platform: pushed.platforms[0]!.platform }).find(
      (l) => l.mediaType === IN_TOTO_MEDIA_TYPE && l.content.includes('spdx.dev')
    )!;

  test('an SBOM attestation larger than 4 MiB is streamed: its statement is checked and its predicate skipped', async () => {
    const repository = 'sbom/large';
    const pushed = await pushWithLayers(repository, large());
    const content = layerOf(large(), pushed, repository).content;
    expect(content.length).toBeGreaterThan(MAX_WHOLE_STATEMENT_BYTES);
    proxy.requests.length = 0;
    const outcome = await imageRun(proxy.host, repository, pushed.index.digest, { container: image(proxy.host, repository, ['linux/amd64']) });
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^linux/amd64: SPDX-2.3 SBOM attestation of ${content.length} bytes in sha256:[0-9a-f]{64} \\(its statement checked; the document is larger than the 4194304 bytes validated whole\\)$`
        )
      )
    );
    // Streamed: a HEAD (the token, the size) and one GET of the large blob.
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    expect(proxy.requests.filter((r) => r.includes(`/blobs/${digest}`)).map((r) => r.split(' ')[0])).toEqual(['HEAD', 'GET']);
  });

  it.each([
    ['an spdxVersion that is not 2.2 or 2.3', large((s) => (s.predicate.spdxVersion = 'SPDX-9.9')), 'has spdxVersion "SPDX-9.9", not SPDX-2.2 or SPDX-2.3'],
    [
      'a statement about another manifest',
      large((s) => (s.subject[0].digest.sha256 = 'f'.repeat(64))),
      `is about ${'f'.repeat(64)}, not the platform manifest`
    ],
    [
      // Before spdxVersion: a streamed layer is tokenized up to the last value it reads, the rest only hashed.
      'a statement nested 2 million levels inside its predicate',
      large((s) => (s.predicate = { deep: 'DEEP', ...s.predicate })),
      'is nested deeper than 128 levels; an in-toto statement is a flat JSON document'
    ]
  ])('a streamed SBOM layer with %s fails', async (name, layersFor, expected) => {
    const repository = `sbom/large-${name.replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '')}`;
    const deepen = (subject: AttestationSubject) =>
      layersFor(subject).map((l) =>
        l.content.includes('"DEEP"')
          ? { ...l, content: Buffer.from(l.content.toString().replace('"DEEP"', `${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`)) }
          : l
      );
    const pushed = await pushWithLayers(repository, deepen);
    const outcome = await imageRun(registry.host, repository, pushed.index.digest, { container: image(registry.host, repository, ['linux/amd64']) });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(expected);
  });

  test('a streamed SBOM layer whose bytes do not hash to its digest fails, whatever its statement says', async () => {
    const repository = 'sbom/large-altered';
    const pushed = await pushWithLayers(repository, large());
    const digest = `sha256:${createHash('sha256')
      .update(layerOf(large(), pushed, repository).content)
      .digest('hex')}`;
    proxy.fault = ({ method, path: p }) =>
      method === 'GET' && p.includes(`/blobs/${digest}`)
        ? { rewrite: (a) => ({ ...a, body: Buffer.concat([a.body.subarray(0, -1), Buffer.from(' ')]) }) }
        : null;
    try {
      const outcome = await imageRun(proxy.host, repository, pushed.index.digest, { container: image(proxy.host, repository, ['linux/amd64']) });
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(new RegExp(`blob .*@${digest}: the registry served bytes that hash to sha256:[0-9a-f]{64}, not the digest asked for`));
    } finally {
      proxy.fault = () => null;
    }
  });

  test('a provenance layer larger than 4 MiB is refused before it is fetched', async () => {
    const repository = 'sbom/large-provenance';
    const padded = (subject: AttestationSubject) =>
      buildKitAttestationLayers(subject).map((l) => {
        if (l.predicateType === SPDX_PREDICATE_TYPE) return l;
        const statement = JSON.parse(l.content.toString()) as Json;
        statement.predicate.padding = 'x'.repeat(MAX_WHOLE_STATEMENT_BYTES);
        return { ...l, content: Buffer.from(JSON.stringify(statement)) };
      });
    const pushed = await pushWithLayers(repository, padded);
    const outcome = await imageRun(registry.host, repository, pushed.index.digest, { container: image(registry.host, repository, ['linux/amd64']) });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/bytes, a provenance statement larger than the 4194304 read \(BuildKit's are KiBs\)$/);
  });

  test('a layer of 4 MB nested 2 million levels deep fails naming the nesting, not the stack', async () => {
    const repository = 'sbom/deep';
    const deep = (subject: AttestationSubject) =>
      buildKitAttestationLayers(subject).map((l) =>
        l.predicateType === SPDX_PREDICATE_TYPE ? { ...l, content: Buffer.from(`${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`) } : l
      );
    const pushed = await pushWithLayers(repository, deep);
    const outcome = await imageRun(registry.host, repository, pushed.index.digest, { container: image(registry.host, repository, ['linux/amd64']) });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/attestation layer sha256:[0-9a-f]{64} is nested deeper than 128 levels; an in-toto statement is a flat JSON document$/);
  });

  test('the registry answering 500 fails with the cause; garbage fails naming what was wrong', async () => {
    const pushed = await pushBuildKitImage(pusher, 'sbom/faults', { tags: ['1.2.3'] });
    proxy.fault = ({ path: p }) => (p.includes('/blobs/') ? { answer: { status: 500, body: 'internal error' } } : null);
    const broken = await imageRun(proxy.host, 'sbom/faults', pushed.index.digest);
    expect(broken.status).toBe('fail');
    expect(broken.summary).toMatch(new RegExp(`^${proxy.host.replace(/\./g, '\\.')} could not answer.*500`));
    proxy.fault = ({ path: p }) =>
      /\/manifests\/sha256(:|%3A)/i.test(p) && p.includes(pushed.attestations[0]!.manifest.digest.slice(7))
        ? { rewrite: (a) => ({ ...a, body: Buffer.from('<html>oops</html>') }) }
        : null;
    const garbage = await imageRun(proxy.host, 'sbom/faults', pushed.index.digest);
    expect(garbage.status).toBe('fail');
    expect(garbage.summary).toContain(`manifest body hashes to sha256:`);
    proxy.fault = () => null;
  });
});
