/**
 * Large and hostile answers and files for the newer gates (issue 18's review cases), each run
 * against the bundle as the runner starts it, with the process's peak RSS recorded. Shared by
 * the process test (which asserts the verdict and the 200 MiB bound) and `npm run bench`
 * (which prints each case's wall time and peak RSS). The servers are plain loopback HTTP
 * servers with a route table: what a registry answers is the case, so nothing else is needed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compress } from 'snappyjs';
import { attestationIndexEntry, IN_TOTO_MEDIA_TYPE, IN_TOTO_STATEMENT_V01, SLSA_PROVENANCE_V1, SPDX_PREDICATE_TYPE } from './buildkit-attestations.js';
import { chainPemOf, cosignLayer, SIMPLE_SIGNING_TYPE, simpleSigningPayload, type SignedBundleJson } from './cosign.js';
import { crc32, deflateRawSync } from 'node:zlib';
import { createRepo, tempDir, writeFiles, type TestRepo } from './git-repo.js';
import { h1 } from './go-proxy.js';
import { startSumdb } from './go-sumdb.js';
import { packTarball } from './npm-registry.js';
import { ROOT, runAction, type ActionResult } from './run-action.js';
import { runCli, type CliRun } from './run-cli.js';
import { startTestSigstore, type TestSignerIdentity } from './sigstore.js';
import { configYaml, sketchlogConfig, sketchlogFiles, type SketchlogConfig } from './sketchlog.js';

export const MiB = 1024 * 1024;
/** The bound every case is held to. */
export const PEAK_RSS_BOUND_KIB = 200 * 1024;

const VERSION = '1.2.3';
const IMAGE = 'registry.example/sketchlog/sketchlog';
const IMAGE_DIGEST = `sha256:${'6e0227e8'.repeat(8)}`;
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';

/**
 * One route: a path (exact) and its answer, `body` written whole as fast as the client reads, or
 * `answer` when the case is how the answer comes (a drip, a late answer, a body built when asked).
 */
type Route = { path: string; type: string } & ({ body: Buffer; answer?: Answer } | { body?: undefined; answer: Answer });
type Answer = (res: http.ServerResponse, timers: Set<NodeJS.Timeout>) => void;

export interface HostileServer {
  url: string;
  /** Paths asked, in order. */
  asked: string[];
  /** Paths whose whole body was written and read. */
  served: Set<string>;
  close(): Promise<void>;
}

export async function startHostileServer(routes: (base: string) => Route[]): Promise<HostileServer> {
  const asked: string[] = [];
  const served = new Set<string>();
  let table = new Map<string, Route>();
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    asked.push(url.pathname);
    // Clients percent-encode what a path may hold (`sha256%3A…` for a digest); routes are written plain.
    const route = table.get(url.pathname) ?? table.get(decodeURIComponent(url.pathname));
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    if (route.answer) return route.answer(res, timers);
    if (!route.body) return;
    res.writeHead(200, { 'content-type': route.type, 'content-length': String(route.body.length) });
    res.end(route.body, () => served.add(url.pathname));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  table = new Map(routes(url).map((r) => [r.path, r]));
  return {
    url,
    asked,
    served,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    }
  };
}

export interface CaseRun {
  name: string;
  wallMs: number;
  peakRssKiB: number | null;
  /** The action's run (gate cases) or the CLI's (maintainer cases). */
  action?: ActionResult;
  cli?: CliRun;
  /** The hostile server, for asserting what was asked and served (closed by then). */
  server?: HostileServer;
  /** The check whose verdict the case is about. */
  check?: string;
  /** The workspace, for cases that write files the test reads back. */
  repo?: TestRepo;
  /** The Go module zip served (goZipCase): its size and its h1 as computed from the files. */
  goZip?: { bytes: number; h1: string };
}

export interface HostileCase {
  name: string;
  run(): Promise<CaseRun>;
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const sha512Sri = (b: Buffer) => `sha512-${createHash('sha512').update(b).digest('base64')}`;

/** The SketchLog files with only the named sections on; everything else off. */
function onlySections(overrides: Partial<SketchlogConfig> & Record<string, unknown>): string {
  const config: Record<string, unknown> = { ...sketchlogConfig(), pypi: false, npm: false, container: false, helm: false, go: false, ...overrides };
  return configYaml(config as unknown as SketchlogConfig);
}

async function runGateCase(
  name: string,
  gate: string,
  check: string,
  /** The config file, or the workspace made with it already (when its commit must be known first, to sign or publish it). */
  config: string | TestRepo,
  options: { files?: Record<string, string | Buffer>; server?: HostileServer; inputs?: Record<string, string>; apiUrl?: string } = {}
): Promise<CaseRun> {
  const repo = typeof config === 'string' ? createRepo({ ...sketchlogFiles(VERSION), '.github/release-gates.yml': config }) : config;
  if (options.files) writeFiles(repo.dir, options.files);
  const started = performance.now();
  const action = await runAction({
    workspace: repo.dir,
    inputs: { gate, tag: `v${VERSION}`, token: 'ghs_hostile_answers_0123456789', 'wait-minutes': '0', ...options.inputs },
    sha: repo.head(),
    measurePeakRss: true,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {})
  });
  const wallMs = performance.now() - started;
  await options.server?.close();
  return { name, wallMs, peakRssKiB: action.peakRssKiB, action, check, repo, ...(options.server ? { server: options.server } : {}) };
}

/** The release's entry in a packument, which is also its per-version document. */
function releasedVersion(name: string, base: string, release: { tarball: Buffer; gitHead: string }): object {
  return {
    name,
    version: VERSION,
    gitHead: release.gitHead,
    dist: {
      tarball: `${base}/@sketchlog%2f${name.split('/')[1]}/-/${name.split('/')[1]}-${VERSION}.tgz`,
      integrity: sha512Sri(release.tarball),
      shasum: createHash('sha1').update(release.tarball).digest('hex')
    }
  };
}

/** A packument of about `sizeMiB` MiB: tens of thousands of old versions, and the release. */
function bigPackument(name: string, base: string, release: { tarball: Buffer; gitHead: string }, sizeMiB: number): Buffer {
  const escaped = `@sketchlog%2f${name.split('/')[1]}`;
  const filler = 'x'.repeat(900);
  const versions: string[] = [];
  const times: string[] = [];
  let size = 0;
  for (let i = 0; size < sizeMiB * MiB; i++) {
    const v = `0.${Math.floor(i / 1000)}.${i % 1000}`;
    const doc = JSON.stringify({
      name,
      version: v,
      description: filler,
      gitHead: 'f'.repeat(40),
      dist: { tarball: `${base}/${escaped}/-/x-${v}.tgz`, integrity: `sha512-${'A'.repeat(86)}==`, shasum: 'a'.repeat(40) }
    });
    versions.push(`${JSON.stringify(v)}:${doc}`);
    times.push(`${JSON.stringify(v)}:"2020-01-01T00:00:00.000Z"`);
    size += doc.length + 40;
  }
  versions.push(`${JSON.stringify(VERSION)}:${JSON.stringify(releasedVersion(name, base, release))}`);
  times.push(`${JSON.stringify(VERSION)}:"2026-12-01T00:00:00.000Z"`);
  return Buffer.from(
    `{"_id":${JSON.stringify(name)},"name":${JSON.stringify(name)},"dist-tags":{"latest":"${VERSION}"},"versions":{${versions.join(',')}},"time":{${times.join(',')}}}`
  );
}

/** A 55 MB packument for the one package checked; `npm-resolves` must still answer within the bound. */
export const npmPackumentCase: HostileCase = {
  name: 'npm packument of 55 MB',
  async run() {
    const name = '@sketchlog/client';
    const tarball = await packTarball(name, VERSION);
    const probe = createRepo(sketchlogFiles(VERSION));
    const gitHead = probe.head();
    let doc: Buffer;
    let versionDoc: Buffer;
    const server = await startHostileServer((base) => {
      doc = bigPackument(name, base, { tarball, gitHead }, 55);
      const parsed = JSON.parse(doc.toString()) as { versions: Record<string, unknown> };
      versionDoc = Buffer.from(JSON.stringify(parsed.versions[VERSION]));
      return [
        { path: '/@sketchlog%2fclient', type: 'application/json', body: doc },
        { path: `/@sketchlog%2fclient/${VERSION}`, type: 'application/json', body: versionDoc },
        { path: `/@sketchlog%2fclient/-/client-${VERSION}.tgz`, type: 'application/octet-stream', body: tarball }
      ];
    });
    const config = onlySections({ npm: { registry: server.url, publisher: 'balavignesh', scope: 'sketchlog', packages: [name] } });
    return runGateCase(this.name, 'smoke', 'npm-resolves', config, { server });
  }
};

/** A PEP 691 page of 28 MB (tens of thousands of old files) that lists the release's sdist. */
export const pep691PageCase: HostileCase = {
  name: 'PEP 691 page of 28 MB',
  async run() {
    const sdist = Buffer.from('a stand-in sdist of sketchlog 1.2.3\n');
    const file = `sketchlog-${VERSION}.tar.gz`;
    const server = await startHostileServer((base) => {
      const files: string[] = [];
      let size = 0;
      for (let i = 0; size < Number(process.env.PEP691_MIB ?? 28) * MiB; i++) {
        const v = `0.${Math.floor(i / 1000)}.${i % 1000}`;
        const entry = JSON.stringify({
          filename: `sketchlog-${v}-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl`,
          url: `${base}/files/sketchlog-${v}.whl`,
          hashes: { sha256: sha256(v) },
          'requires-python': '>=3.10',
          'core-metadata': { sha256: sha256(`m${v}`) },
          yanked: false
        });
        files.push(entry);
        size += entry.length + 1;
      }
      files.push(JSON.stringify({ filename: file, url: `${base}/files/${file}`, hashes: { sha256: sha256(sdist) }, 'requires-python': '>=3.10' }));
      const page = Buffer.from(`{"meta":{"api-version":"1.1"},"name":"sketchlog","versions":[],"files":[${files.join(',')}]}`);
      const release = {
        info: { name: 'sketchlog', version: VERSION },
        urls: [{ filename: file, packagetype: 'sdist', url: `${base}/files/${file}`, digests: { sha256: sha256(sdist) } }]
      };
      return [
        { path: '/simple/sketchlog/', type: 'application/vnd.pypi.simple.v1+json', body: page },
        { path: `/pypi/sketchlog/${VERSION}/json`, type: 'application/json', body: Buffer.from(JSON.stringify(release)) }
      ];
    });
    const config = onlySections({
      pypi: { index: server.url, project: 'sketchlog', python: ['cp312'], platforms: ['manylinux_x86_64'] }
    });
    // No dist: pypi-resolves holds the page to the files the JSON API lists.
    return runGateCase(this.name, 'smoke', 'pypi-resolves', config, { server, inputs: { dist: 'no-dist-here' } });
  }
};

const supplyChainConfig = (extra: Record<string, unknown> = {}, image = IMAGE) =>
  onlySections({
    container: { image, platforms: ['linux/amd64'] },
    release: { checksum: 'SHA256SUMS', sbom: '*.spdx.json', provenance: '*.sigstore.json' },
    'supply-chain': {
      workflow: '.github/workflows/release.yml',
      'trusted-root': '.github/sigstore/trusted_root.json',
      scan: { report: 'trivy-results.json', severity: 'high', 'ignore-unfixed': true },
      'image-attestations': false,
      ...extra
    }
  });

/** The number of findings in the large Trivy report (all LOW, so the verdict is a pass that counts them). */
export const TRIVY_FINDINGS = 24_000;

/** A Trivy report of about 58 MB: thousands of LOW findings with Trivy's long descriptions. */
export function bigTrivyReport(): string {
  const description = 'A flaw was found in the handling of crafted input. '.repeat(40);
  const vulnerabilities = Array.from({ length: TRIVY_FINDINGS }, (_, i) => ({
    VulnerabilityID: `CVE-2026-${String(10000 + i)}`,
    PkgName: `pkg${i % 500}`,
    InstalledVersion: '1.0.0',
    FixedVersion: '1.0.1',
    Status: 'fixed',
    Severity: 'LOW',
    Title: 'crafted input',
    Description: description,
    References: Array.from({ length: 4 }, (_, r) => `https://security.example/advisories/CVE-2026-${10000 + i}/${r}`)
  }));
  return JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: `${IMAGE}@${IMAGE_DIGEST}`,
    ArtifactType: 'container_image',
    Metadata: { RepoDigests: [`${IMAGE}@${IMAGE_DIGEST}`] },
    Results: [{ Target: `${IMAGE} (debian 12.8)`, Class: 'os-pkgs', Type: 'debian', Vulnerabilities: vulnerabilities }]
  });
}

export const trivyReportCase: HostileCase = {
  name: 'Trivy report of 58 MB',
  run() {
    return runGateCase(this.name, 'supply-chain', 'vulnerability-scan', supplyChainConfig(), {
      files: { 'trivy-results.json': bigTrivyReport() },
      inputs: { 'image-digest': IMAGE_DIGEST }
    });
  }
};

/** The number of packages in the large SPDX document. */
export const SPDX_PACKAGES = 60_000;

/** An SPDX 2.3 document of about 58 MB: tens of thousands of packages, as syft writes them for a large image. */
export function bigSpdx(): string {
  const packages = Array.from({ length: SPDX_PACKAGES }, (_, i) => ({
    name: `pkg-${i}`,
    SPDXID: `SPDXRef-Package-npm-pkg-${i}-${i.toString(16)}`,
    versionInfo: '1.0.0',
    supplier: 'NOASSERTION',
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'MIT',
    copyrightText: 'NOASSERTION',
    sourceInfo: `acquired package info from installed node module manifest file: /usr/lib/node_modules/pkg-${i}/package.json`,
    externalRefs: [
      { referenceCategory: 'SECURITY', referenceType: 'cpe23Type', referenceLocator: `cpe:2.3:a:pkg-${i}:pkg-${i}:1.0.0:*:*:*:*:*:*:*` },
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:npm/pkg-${i}@1.0.0` }
    ]
  }));
  const relationships = packages.map((p) => ({ spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: p.SPDXID, relationshipType: 'DESCRIBES' }));
  return JSON.stringify({
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: IMAGE,
    documentNamespace: `https://anchore.com/syft/image/sketchlog-${VERSION}`,
    creationInfo: { licenseListVersion: '3.25', creators: ['Organization: Anchore, Inc', 'Tool: syft-1.18.1'], created: '2026-12-01T00:00:00Z' },
    packages,
    relationships
  });
}

export const spdxCase: HostileCase = {
  name: 'SPDX document of 58 MB',
  run() {
    return runGateCase(this.name, 'supply-chain', 'sbom', supplyChainConfig(), {
      files: { [`dist/sketchlog-${VERSION}.spdx.json`]: bigSpdx() },
      inputs: { 'image-digest': IMAGE_DIGEST }
    });
  }
};

/** A provenance bundle of 4 MB nested 2 million levels deep. */
export const nestedProvenanceCase: HostileCase = {
  name: 'provenance bundle nested 2 million levels',
  run() {
    const levels = 2_000_000;
    return runGateCase(this.name, 'supply-chain', 'provenance', supplyChainConfig(), {
      files: {
        [`dist/sketchlog-${VERSION}.tar.gz`]: 'sdist',
        [`dist/sketchlog-${VERSION}.sigstore.json`]: `{"mediaType":${'['.repeat(levels)}${']'.repeat(levels)}}`,
        // A real trusted root (Sigstore's public-good instance), so the check gets as far as the bundle.
        '.github/sigstore/trusted_root.json': readFileSync(path.join(ROOT, '__fixtures__/real/sigstore/public-good-trusted_root.json'))
      },
      inputs: { 'image-digest': IMAGE_DIGEST }
    });
  }
};

/** Writes `chunks` one after another as one body: a large answer made of a shared buffer, never joined. */
function joined(chunks: Buffer[], type: string): Answer {
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  return (res) => {
    res.writeHead(200, { 'content-type': type, 'content-length': String(length) });
    if (res.req.method === 'HEAD') return void res.end();
    for (const chunk of chunks) res.write(chunk);
    res.end();
  };
}

const sha256Of = (chunks: Buffer[]) => {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return `sha256:${hash.digest('hex')}`;
};

/** The SBOM layers of the large attestation manifest (BuildKit writes one per scanned stage), and each one's size. */
export const ATTESTATION_LAYERS = 8;
export const ATTESTATION_LAYER_BYTES = 40_000_000;

/**
 * An image whose BuildKit attestation manifest holds 8 SPDX SBOM statements of 40 MB each: too large to
 * validate whole, so `sbom` must stream each (its statement read, the predicate skipped) one at a time.
 */
export const buildKitAttestationsCase: HostileCase = {
  name: 'BuildKit attestations: 8 in-toto layers of 40 MB',
  async run() {
    const platformManifest = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: OCI_CONFIG, digest: `sha256:${sha256('{}')}`, size: 2 }, layers: [] })
    );
    const platformDigest = `sha256:${sha256(platformManifest)}`;
    // One packages list shared by every layer (the test process holds 40 MB, not 320); each layer differs in its head.
    const packages: string[] = [];
    let size = 0;
    for (let i = 0; size < ATTESTATION_LAYER_BYTES; i++) {
      const entry = JSON.stringify({
        name: `pkg-${i}`,
        SPDXID: `SPDXRef-Package-npm-pkg-${i}`,
        versionInfo: '1.0.0',
        downloadLocation: 'NOASSERTION',
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: 'MIT',
        copyrightText: 'NOASSERTION',
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:npm/pkg-${i}@1.0.0` }]
      });
      packages.push(entry);
      size += entry.length + 1;
    }
    const filler = Buffer.from(packages.join(','));
    let indexDigest = '';
    const server = await startHostileServer((base) => {
      const host = new URL(base).host;
      const layers = Array.from({ length: ATTESTATION_LAYERS }, (_, i) => {
        const head = Buffer.from(
          `{"_type":${JSON.stringify(IN_TOTO_STATEMENT_V01)},"predicateType":${JSON.stringify(SPDX_PREDICATE_TYPE)},"subject":[{"name":"pkg:docker/${host}/sketchlog/sketchlog@${VERSION}?platform=linux%2Famd64","digest":{"sha256":"${platformDigest.slice(7)}"}}],` +
            `"predicate":{"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","SPDXID":"SPDXRef-DOCUMENT","name":"sbom-stage-${i}","documentNamespace":"https://docker.com/docker-scout/sbom/stage-${i}","creationInfo":{"created":"2026-12-01T00:00:00Z","creators":["Tool: buildkit-v0.17.0"]},"packages":[`
        );
        const chunks = [head, filler, Buffer.from(']}}')];
        return { chunks, digest: sha256Of(chunks), size: chunks.reduce((sum, c) => sum + c.length, 0) };
      });
      const config = Buffer.from(
        JSON.stringify({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) } })
      );
      const attestation = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: OCI_CONFIG, digest: `sha256:${sha256(config)}`, size: config.length },
          layers: layers.map((l) => ({
            mediaType: IN_TOTO_MEDIA_TYPE,
            digest: l.digest,
            size: l.size,
            annotations: { 'in-toto.io/predicate-type': SPDX_PREDICATE_TYPE }
          }))
        })
      );
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX,
          manifests: [
            { mediaType: OCI_MANIFEST, digest: platformDigest, size: platformManifest.length, platform: { os: 'linux', architecture: 'amd64' } },
            { mediaType: OCI_MANIFEST, digest: `sha256:${sha256(attestation)}`, size: attestation.length, ...attestationIndexEntry(platformDigest) }
          ]
        })
      );
      indexDigest = `sha256:${sha256(index)}`;
      const repository = '/v2/sketchlog/sketchlog';
      return [
        { path: '/v2/', type: 'application/json', body: Buffer.from('{}') },
        { path: `${repository}/manifests/${indexDigest}`, type: OCI_INDEX, body: index },
        { path: `${repository}/manifests/${platformDigest}`, type: OCI_MANIFEST, body: platformManifest },
        { path: `${repository}/manifests/sha256:${sha256(attestation)}`, type: OCI_MANIFEST, body: attestation },
        { path: `${repository}/blobs/sha256:${sha256(config)}`, type: OCI_CONFIG, body: config },
        ...layers.map((l) => ({ path: `${repository}/blobs/${l.digest}`, type: IN_TOTO_MEDIA_TYPE, answer: joined(l.chunks, IN_TOTO_MEDIA_TYPE) }))
      ];
    });
    const image = `${new URL(server.url).host}/sketchlog/sketchlog`;
    return runGateCase(this.name, 'supply-chain', 'sbom', supplyChainConfig({ 'image-attestations': true }, image), {
      server,
      files: { [`dist/sketchlog-${VERSION}.spdx.json`]: readFileSync(path.join(ROOT, `__fixtures__/sbom/sketchlog-${VERSION}.spdx.json`)) },
      inputs: { 'image-digest': indexDigest }
    });
  }
};

/** Who signs in the Sigstore cases: the release workflow at the release tag, from `sha`. */
const releaseSigner = (sha: string): TestSignerIdentity => ({
  san: `https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v${VERSION}`,
  sourceCommit: sha,
  sourceRef: `refs/tags/v${VERSION}`
});

/** A SLSA v1 provenance statement, as actions/attest-build-provenance writes it, naming `files` by sha256. */
function slsaStatement(files: Record<string, Buffer>, sha: string): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: Object.entries(files).map(([name, content]) => ({ name, digest: { sha256: sha256(content) } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: { ref: `refs/tags/v${VERSION}`, repository: 'https://github.com/sketchlog/sketchlog', path: '.github/workflows/release.yml' }
        },
        internalParameters: { github: { event_name: 'push', repository_id: '4242', repository_owner_id: '4241' } },
        resolvedDependencies: [{ uri: `git+https://github.com/sketchlog/sketchlog@refs/tags/v${VERSION}`, digest: { gitCommit: sha } }]
      },
      runDetails: {
        builder: { id: `https://github.com/sketchlog/sketchlog/.github/workflows/release.yml@refs/tags/v${VERSION}` },
        metadata: { invocationId: 'https://github.com/sketchlog/sketchlog/actions/runs/1/attempts/1' }
      }
    }
  };
}

/** How many bundle_urls GitHub lists for the subject, and the size of each bundle (decompressed). */
export const BUNDLE_URLS = 100;
export const BUNDLE_BYTES = 3_900_000;

/**
 * GitHub lists 100 attestations of the sdist, each behind a bundle_url serving a 3.9 MB bundle: a real
 * provenance bundle (signed by the loopback Sigstore) whose size is a field the verifier does not read.
 * `provenance` fetches and verifies them one at a time, and stops at the listing's 8 MiB of bundles.
 */
export const attestationBundleUrlsCase: HostileCase = {
  name: '100 attestation bundle_urls of 3.9 MB',
  async run() {
    const sdist = Buffer.from(`sketchlog ${VERSION} sdist bytes`);
    const config = supplyChainConfig();
    // The workspace is made first: the bundle is signed for its commit.
    const repo = createRepo({ ...sketchlogFiles(VERSION), '.github/release-gates.yml': config });
    const sigstore = await startTestSigstore();
    let signed: string;
    let trustedRoot: unknown;
    try {
      signed = JSON.stringify(await sigstore.signDsse(slsaStatement({ [`sketchlog-${VERSION}.tar.gz`]: sdist }, repo.head()), releaseSigner(repo.head())));
      trustedRoot = sigstore.trustedRoot();
    } finally {
      await sigstore.close();
    }
    // Incompressible, as a bundle's base64 is; only what a fetch asks for is built and compressed.
    const filler = randomBytes(BUNDLE_BYTES).toString('base64');
    const bundle = (i: number): Buffer => {
      const head = `${signed.slice(0, -1)},"x-filler":"${i}-`;
      return Buffer.from(`${head}${filler.slice(0, BUNDLE_BYTES - head.length - 2)}"}`);
    };
    const server = await startHostileServer((base) => [
      {
        path: `/repos/sketchlog/sketchlog/attestations/sha256:${sha256(sdist)}`,
        type: 'application/json',
        body: Buffer.from(
          JSON.stringify({
            attestations: Array.from({ length: BUNDLE_URLS }, (_, i) => ({ repository_id: 4242, bundle_url: `${base}/attestation-bundles/${i}` }))
          })
        )
      },
      ...Array.from({ length: BUNDLE_URLS }, (_, i) => ({
        path: `/attestation-bundles/${i}`,
        type: 'application/x-snappy',
        answer: (res: http.ServerResponse) => {
          const body = Buffer.from(compress(bundle(i)));
          res.writeHead(200, { 'content-type': 'application/x-snappy', 'content-length': String(body.length) }).end(body);
        }
      }))
    ]);
    return runGateCase(this.name, 'supply-chain', 'provenance', repo, {
      server,
      apiUrl: server.url,
      files: { [`dist/sketchlog-${VERSION}.tar.gz`]: sdist, '.github/sigstore/trusted_root.json': JSON.stringify(trustedRoot) },
      inputs: { 'image-digest': IMAGE_DIGEST }
    });
  }
};

/** The layers on the cosign signature tag: far past the 128 `signatures` reads. */
export const COSIGN_LAYERS = 450;

/**
 * cosign's `.sig` tag of the image lists 450 signature layers (one real keyless signature, as if the digest
 * had been signed 450 times): refused on the count before any payload is fetched or any bundle verified.
 */
export const cosignLayersCase: HostileCase = {
  name: 'cosign .sig manifest of 450 layers',
  async run() {
    const tag = `${IMAGE_DIGEST.replace(':', '-')}.sig`;
    let manifest = Buffer.alloc(0);
    // The manifest is written once the payload (which names this server's image) is signed.
    const server = await startHostileServer(() => [
      {
        path: `/v2/sketchlog/sketchlog/manifests/${tag}`,
        type: OCI_MANIFEST,
        answer: (res) => res.writeHead(200, { 'content-type': OCI_MANIFEST, 'content-length': String(manifest.length) }).end(manifest)
      }
    ]);
    const image = `${new URL(server.url).host}/sketchlog/sketchlog`;
    const config = supplyChainConfig({}, image);
    const repo = createRepo({ ...sketchlogFiles(VERSION), '.github/release-gates.yml': config });
    const sigstore = await startTestSigstore();
    let trustedRoot: unknown;
    try {
      const payload = simpleSigningPayload(image, IMAGE_DIGEST);
      const bundle = (await sigstore.signMessage(payload, releaseSigner(repo.head()))) as unknown as SignedBundleJson;
      trustedRoot = sigstore.trustedRoot();
      const layer = cosignLayer(bundle, payload, chainPemOf(trustedRoot as Parameters<typeof chainPemOf>[0]));
      const payloadDigest = `sha256:${sha256(payload)}`;
      manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: OCI_CONFIG, digest: `sha256:${sha256('{}')}`, size: 2 },
          layers: Array.from({ length: COSIGN_LAYERS }, () => ({
            mediaType: SIMPLE_SIGNING_TYPE,
            digest: payloadDigest,
            size: payload.length,
            annotations: layer.annotations
          }))
        })
      );
    } finally {
      await sigstore.close();
    }
    return runGateCase(this.name, 'supply-chain', 'signatures', repo, {
      server,
      files: { '.github/sigstore/trusted_root.json': JSON.stringify(trustedRoot) },
      inputs: { 'image-digest': IMAGE_DIGEST }
    });
  }
};

/** The packages of the three-packument case; the first one's registry answers npm's per-version document. */
export const NPM_PACKAGES = ['@sketchlog/client', '@sketchlog/server', '@sketchlog/cli'];

/**
 * Three npm packages, each with a 55 MB packument, checked at once by publication's `npm`: the first
 * through its per-version document, the other two (whose per-version route answers 404) through the
 * packument, streamed. Every gitHead is the release commit, so the verdict is a pass.
 */
export const npmThreePackumentsCase: HostileCase = {
  name: 'three npm packuments of 55 MB',
  async run() {
    const tarballs = await Promise.all(NPM_PACKAGES.map((name) => packTarball(name, VERSION)));
    let repo: TestRepo | undefined;
    const server = await startHostileServer((base) => {
      // The workspace is made here: its config names this server, and each packument's gitHead is its commit.
      const config = onlySections({ npm: { registry: base, publisher: 'balavignesh', scope: 'sketchlog', packages: NPM_PACKAGES, provenance: false } });
      repo = createRepo({ ...sketchlogFiles(VERSION), '.github/release-gates.yml': config });
      const gitHead = repo.head();
      return NPM_PACKAGES.flatMap((name, i) => {
        const short = name.split('/')[1]!;
        const release = { tarball: tarballs[i]!, gitHead };
        return [
          { path: `/@sketchlog%2f${short}`, type: 'application/json', body: bigPackument(name, base, release, 55) },
          ...(i === 0
            ? [{ path: `/@sketchlog%2f${short}/${VERSION}`, type: 'application/json', body: Buffer.from(JSON.stringify(releasedVersion(name, base, release))) }]
            : []),
          { path: `/@sketchlog%2f${short}/-/${short}-${VERSION}.tgz`, type: 'application/octet-stream', body: release.tarball }
        ];
      });
    });
    return runGateCase(this.name, 'publication', 'npm', repo!, { server });
  }
};

/** A changelog of about 5 MB (under the 5 MiB a manifest may be): years of releases, each with its notes. */
export function bigChangelog(): string {
  const sections: string[] = ['# Changelog\n\n## [Unreleased]\n\n- The next release.\n'];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const notes = Array.from({ length: 40 }, (_, n) => `- Change ${n} of release 0.${i}.0, with a line of notes long enough to be realistic.`).join('\n');
    const section = `\n## [0.${1000 - i}.0] - 2020-01-01\n\n${notes}\n`;
    sections.push(section);
    size += section.length;
  }
  return sections.join('');
}

export const bumpChangelogCase: HostileCase = {
  name: 'bump with a 5 MB changelog',
  async run() {
    const files = sketchlogFiles(VERSION);
    const repo = createRepo({ ...files, 'CHANGELOG.md': bigChangelog() });
    const home = tempDir('rg-hostile-home-');
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = t\n\temail = t@example.com\n');
    const started = performance.now();
    const cli = await runCli(['bump', '1.2.4'], { cwd: repo.dir, env: { HOME: home }, measurePeakRss: true });
    return { name: this.name, wallMs: performance.now() - started, peakRssKiB: cli.peakRssKiB ?? null, cli, repo };
  }
};

/** The number of files in the large Go module zip. */
export const GO_ZIP_ENTRIES = 60_000;
const GO_MODULE = 'github.com/sketchlog/sketchlog/clients/go';

/** The module's files: its go.mod and client.go, and tens of thousands of small generated Go files, as a large API client has. */
export function bigGoModuleFiles(): Record<string, string> {
  const repo = sketchlogFiles(VERSION);
  const files: Record<string, string> = { 'go.mod': repo['clients/go/go.mod']!, 'client.go': repo['clients/go/client.go']! };
  for (let i = Object.keys(files).length; i < GO_ZIP_ENTRIES; i++) {
    const pkg = `p${i % 400}`;
    files[`internal/gen/${pkg}/f${i}.go`] =
      `// Code generated from protocol/openapi.yaml. DO NOT EDIT.\n\npackage ${pkg}\n\n// F${i} is operation ${i} of the API.\nfunc F${i}() int { return ${i * 7919} }\n`;
  }
  return files;
}

/**
 * A zip of deflated entries, laid out as cmd/go's modzip.Create writes one (local headers and data,
 * then the central directory). Written here in one pass: yazl takes minutes over 60,000 entries.
 */
function deflatedZip(entries: Array<[string, Buffer]>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data);
    // Version 2.0, UTF-8 names, deflate, a fixed DOS time (2026-01-01 00:00), then the crc and sizes.
    const fields = (b: Buffer, at: number) => {
      b.writeUInt16LE(20, at);
      b.writeUInt16LE(0x0800, at + 2);
      b.writeUInt16LE(8, at + 4);
      b.writeUInt16LE(0, at + 6);
      b.writeUInt16LE(((2026 - 1980) << 9) | (1 << 5) | 1, at + 8);
      b.writeUInt32LE(crc32(data), at + 10);
      b.writeUInt32LE(deflated.length, at + 14);
      b.writeUInt32LE(data.length, at + 18);
      b.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, deflated);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * A Go module zip of 60,000 small files on the proxy, its h1 recorded in a checksum database:
 * `go-resolves` hashes every entry and must still pass within the bound.
 */
export const goZipCase: HostileCase = {
  name: 'Go module zip of 60,000 entries',
  async run() {
    const goVersion = `v${VERSION}`;
    const files = bigGoModuleFiles();
    const entries = Object.entries(files).map(([name, text]): [string, Buffer] => [`${GO_MODULE}@${goVersion}/${name}`, Buffer.from(text)]);
    const zip = deflatedZip(entries);
    // The h1 from the files, by test-support's own Hash1 (go-proxy.ts), not from the zip.
    const hashes = { zip: h1(entries), mod: h1([['go.mod', Buffer.from(files['go.mod']!)]]) };
    const sumdb = await startSumdb();
    sumdb.add(GO_MODULE, goVersion, hashes);
    let config = '';
    const server = await startHostileServer((base) => {
      config = onlySections({ go: { dir: 'clients/go', tag: 'clients/go/v{version}' }, goproxy: base, gosumdb: sumdb.gosumdb });
      // Commits are reproducible: the workspace runGateCase makes from the same files has this head, which Origin.Hash must name.
      const sha = createRepo({ ...sketchlogFiles(VERSION), '.github/release-gates.yml': config }).head();
      const info = {
        Version: goVersion,
        Time: '2026-12-01T00:00:00Z',
        Origin: { VCS: 'git', URL: 'https://github.com/sketchlog/sketchlog', Ref: `refs/tags/clients/go/${goVersion}`, Hash: sha }
      };
      const at = `/${GO_MODULE}/@v`;
      return [
        { path: `${at}/list`, type: 'text/plain; charset=utf-8', body: Buffer.from(`${goVersion}\n`) },
        { path: `${at}/${goVersion}.info`, type: 'application/json', body: Buffer.from(JSON.stringify(info)) },
        { path: `${at}/${goVersion}.mod`, type: 'text/plain; charset=utf-8', body: Buffer.from(files['go.mod']!) },
        { path: `${at}/${goVersion}.zip`, type: 'application/zip', body: zip }
      ];
    });
    try {
      const run = await runGateCase(this.name, 'smoke', 'go-resolves', config, { server });
      return { ...run, goZip: { bytes: zip.length, h1: hashes.zip } };
    } finally {
      await sumdb.close();
    }
  }
};

/** The cases whose bound is memory: the process test and the bench run them all. */
export const LARGE_ANSWER_CASES: HostileCase[] = [
  npmPackumentCase,
  pep691PageCase,
  trivyReportCase,
  spdxCase,
  nestedProvenanceCase,
  buildKitAttestationsCase,
  attestationBundleUrlsCase,
  cosignLayersCase,
  npmThreePackumentsCase,
  bumpChangelogCase,
  goZipCase
];

/** Writes `body` one byte every `everyMs`: headers at once, then a drip no idle timeout trips. */
function drip(body: Buffer, type: string, everyMs: number): Answer {
  return (res, timers) => {
    res.writeHead(200, { 'content-type': type, 'content-length': String(body.length) });
    let sent = 0;
    const next = () => {
      if (sent >= body.length) return void res.end();
      res.write(body.subarray(sent, ++sent));
      const timer = setTimeout(next, everyMs);
      timers.add(timer);
    };
    next();
  };
}

/** Answers `body` after `afterMs`, as a registry under load does. */
function late(body: Buffer, type: string, afterMs: number): Answer {
  return (res, timers) => {
    const timer = setTimeout(() => res.writeHead(200, { 'content-type': type, 'content-length': String(body.length) }).end(body), afterMs);
    timers.add(timer);
  };
}

/** The npm tarball drips one byte every 20 s: `npm-resolves` must end on the download's minimum rate, not after 15 minutes. */
export const tarballDripCase: HostileCase = {
  name: 'npm tarball drips one byte every 20 s',
  async run() {
    const name = '@sketchlog/client';
    const tarball = await packTarball(name, VERSION);
    const gitHead = createRepo(sketchlogFiles(VERSION)).head();
    const server = await startHostileServer((base) => {
      const doc = bigPackument(name, base, { tarball, gitHead }, 0);
      const versionDoc = Buffer.from(JSON.stringify((JSON.parse(doc.toString()) as { versions: Record<string, unknown> }).versions[VERSION]));
      const tgz = `/@sketchlog%2fclient/-/client-${VERSION}.tgz`;
      return [
        { path: '/@sketchlog%2fclient', type: 'application/json', body: doc },
        { path: `/@sketchlog%2fclient/${VERSION}`, type: 'application/json', body: versionDoc },
        { path: tgz, type: 'application/octet-stream', body: tarball, answer: drip(tarball, 'application/octet-stream', 20_000) }
      ];
    });
    const config = onlySections({ npm: { registry: server.url, publisher: 'balavignesh', scope: 'sketchlog', packages: [name] } });
    return runGateCase(this.name, 'smoke', 'npm-resolves', config, { server });
  }
};

/** An image index of 64 platform manifests (the most image-resolves pulls), each answering after 20 s: 8 at a time, that is 160 s, so the check must end at wait-minutes plus the grace. */
export const fanOutCase: HostileCase = {
  name: 'image index of 64 entries, each answering after 20 s',
  run: () => imageIndex('image index of 64 entries, each answering after 20 s', 64, true)
};

/** An index of 4096 entries, none of them there: refused before any is asked for. */
export const fanOutMissingCase: HostileCase = {
  name: 'image index of 4096 entries',
  run: () => imageIndex('image index of 4096 entries', 4096, false)
};

/** An index of `count` platform manifests on a loopback registry; each answers after 20 s, or none is there. */
async function imageIndex(name: string, count: number, lateAnswers: boolean): Promise<CaseRun> {
  const entries = Array.from({ length: count }, (_, i) => {
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${sha256(`config${i}`)}`, size: 2 },
        layers: []
      })
    );
    return { manifest, digest: `sha256:${sha256(manifest)}` };
  });
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: entries.map((e, i) => ({
        mediaType: OCI_MANIFEST,
        digest: e.digest,
        size: e.manifest.length,
        platform: { os: 'linux', architecture: `arch${i}` }
      }))
    })
  );
  const server = await startHostileServer(() => [
    { path: '/v2/', type: 'application/json', body: Buffer.from('{}') },
    { path: `/v2/sketchlog/sketchlog/manifests/${VERSION}`, type: OCI_INDEX, body: index },
    // Without late answers no manifest is there: every entry is a quick 404.
    ...(lateAnswers
      ? entries.map((e) => ({
          path: `/v2/sketchlog/sketchlog/manifests/${e.digest}`,
          type: OCI_MANIFEST,
          body: e.manifest,
          answer: late(e.manifest, OCI_MANIFEST, 20_000)
        }))
      : [])
  ]);
  const config = onlySections({ container: { image: `${new URL(server.url).host}/sketchlog/sketchlog`, platforms: ['linux/amd64'] } });
  return runGateCase(name, 'smoke', 'image-resolves', config, { server });
}

/** The cases whose bound is time (wait-minutes 0 plus the run's grace): the bench runs them. */
export const SLOW_ANSWER_CASES: HostileCase[] = [tarballDripCase, fanOutCase, fanOutMissingCase];
