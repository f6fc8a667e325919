/**
 * One whole SketchLog release, published to real registries on loopback, for the
 * end-to-end tests of the `publication` and `smoke` gates and the lead's benchmark:
 *
 * - a Git checkout of SketchLog at the release commit, with `.github/release-gates.yml`
 *   pointing every section at the loopback servers below, and `dist/` holding the
 *   built release files (20 wheels + the sdist, made by python-dist.ts, and the npm
 *   tarballs as published);
 * - PyPI (the JSON and simple APIs) holding those files, and a second PyPI server as
 *   `pypi.rehearsal-index` (TestPyPI) holding the same files;
 * - Verdaccio holding the three npm packages, published by the publisher with gitHead = sha;
 * - Distribution behind a token server (anonymous pull allowed, per repository) holding a
 *   2-platform BuildKit image with attestation manifests and a Helm chart as `helm push`
 *   makes it, reached through a recording proxy that keeps every request's headers and can
 *   be told to misbehave;
 * - the Go module on a module proxy and recorded in a checksum database.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { createRepo, type TestRepo } from './git-repo.js';
import { startGoProxy, type PublishedModule, type TestGoProxy } from './go-proxy.js';
import { startSumdb, type TestSumdb } from './go-sumdb.js';
import { packTarball, startNpmRegistry, type NpmTestRegistry } from './npm-registry.js';
import {
  OciPusher,
  pushBuildKitImage,
  pushHelmChartAs,
  startOciRegistry,
  startTokenServer,
  type Credentials,
  type Descriptor,
  type OciTestRegistry,
  type PushedImage,
  type TokenServer
} from './oci-registry.js';
import { startPypiServer, type PypiFileSpec, type PypiTestServer } from './pypi-server.js';
import { writeSketchlogDist } from './python-dist.js';
import type { ActionRunOptions } from './run-action.js';
import { configYaml, sketchlogConfig, sketchlogFiles, type SketchlogConfig } from './sketchlog.js';
import { semverToPep440 } from '../src/version.js';
import { closeServer, listenOnLoopback } from './loopback.js';
import { githubPublisher, signedProvenance } from './pep740.js';
import { registrySigner, type RegistrySigner } from './npm-provenance.js';
import { attachProvenance, type KeySigner } from './npm-provenance-publish.js';
import { startTestSigstore, type TestSignerIdentity, type TestSigstore } from './sigstore.js';
import { sha256Of } from './pypi-server.js';

/** The config keys the scenario sets beyond the ones SketchlogConfig names. */
export type ReleaseConfig = Omit<SketchlogConfig, 'pypi' | 'container' | 'npm'> & {
  npm?: { registry: string; publisher: string; scope: string; packages: string[]; provenance?: boolean } | false;
  pypi?:
    { index: string; 'rehearsal-index'?: string; environment?: string; provenance?: boolean; project: string; python: string[]; platforms: string[] } | false;
  'supply-chain'?: { workflow: string; 'trusted-root'?: string; scan: { report: string } } | false;
  container?: { image: string; platforms: string[]; tags?: string[] } | false;
  gosumdb?: string | false;
};

export const NPM_PACKAGES = ['@sketchlog/client', '@sketchlog/react', '@sketchlog/wasm'];
export const GO_MODULE = 'github.com/sketchlog/sketchlog/clients/go';
export const IMAGE_REPOSITORY = 'sketchlog/sketchlog';
export const CHART_REPOSITORY = 'sketchlog/charts/sketchlog';
export const PUSHER: Credentials = { user: 'pusher', password: 'pusher-password-1' };
export const RELEASE_WORKFLOW = '.github/workflows/release.yml';
/** Where the scenario's Sigstore trusted root is committed (`supply-chain.trusted-root`). */
export const TRUSTED_ROOT = '.github/sigstore/trusted_root.json';

/** One request as the OCI proxy saw it: every header, so tests can prove what was (not) sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

/** What the OCI proxy answers instead of the registry, for one request (null: pass it through). */
export type OciFault = (request: { method: string; path: string }) => { status: number; body?: string; contentType?: string } | null;

export interface RecordingProxy {
  host: string;
  url: string;
  requests: RecordedRequest[];
  fault: OciFault;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of the registry that records each request's headers
 * (oci-registry.ts's fault proxy keeps only method and path) and can answer in its place.
 */
export async function startRecordingProxy(targetUrl: string): Promise<RecordingProxy> {
  const proxy: RecordingProxy = { host: '', url: '', requests: [], fault: () => null, close: async () => {} };
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const requestPath = req.url ?? '/';
    proxy.requests.push({ method, path: requestPath, headers: { ...req.headers } });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const fault = proxy.fault({ method, path: requestPath });
        if (fault) {
          res.writeHead(fault.status, { 'content-type': fault.contentType ?? 'application/json' }).end(method === 'HEAD' ? undefined : (fault.body ?? ''));
          return;
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers[k] = v;
        const upstream = await fetch(`${targetUrl}${requestPath}`, {
          method,
          headers,
          body: chunks.length ? Buffer.concat(chunks) : undefined,
          redirect: 'manual'
        });
        const body = Buffer.from(await upstream.arrayBuffer());
        const answer = Object.fromEntries(upstream.headers);
        for (const h of ['content-encoding', 'transfer-encoding', 'connection', 'keep-alive']) delete answer[h];
        if (method !== 'HEAD') answer['content-length'] = String(body.length);
        res.writeHead(upstream.status, answer).end(method === 'HEAD' ? undefined : body);
      })().catch((error: unknown) => res.writeHead(502).end(String(error)));
    });
  });
  proxy.url = await listenOnLoopback(server);
  proxy.host = new URL(proxy.url).host;
  proxy.close = () => closeServer(server);
  return proxy;
}

export interface ReleaseScenarioOptions {
  /** The SemVer release version (default 1.4.0). */
  version?: string;
  /** How many wheels of the 20-wheel matrix go into dist and onto PyPI (default all 20). */
  wheels?: number;
  /**
   * Leave PyPI, TestPyPI and Verdaccio empty at start (the npm tarballs are packed into dist all
   * the same), for a run of the gates that come before the uploads; `publishPackages()` uploads
   * them as the release workflow does. Default false: everything is published at start.
   */
  deferPackages?: boolean;
}

export interface ReleaseScenario {
  version: string;
  /** The release tag (`v{version}`) and the rehearsal one (`test-v{version}`). */
  tag: string;
  rehearsalTag: string;
  /** The release commit: HEAD of the workspace. */
  sha: string;
  repo: TestRepo;
  workspace: string;
  distDir: string;
  /** The PyPI files in dist (wheels and sdist), as built and as registered on pypi.index, each with its PEP 740 provenance. */
  pypiFiles: PypiFileSpec[];
  config: ReleaseConfig;
  /** The publisher's npm token (the `npm-token` input). */
  npmToken: string;
  npm: NpmTestRegistry;
  pypi: PypiTestServer;
  /** `pypi.rehearsal-index`. */
  testPypi: PypiTestServer;
  /** Distribution, its token server, and the recording proxy every config reference goes through. */
  registry: OciTestRegistry;
  tokens: TokenServer;
  oci: RecordingProxy;
  pusher: OciPusher;
  image: PushedImage;
  chart: Descriptor;
  /** What the pushes reported: the `image-digest` and `chart-digest` inputs. */
  imageDigest: string;
  chartDigest: string;
  goProxy: TestGoProxy;
  sumdb: TestSumdb;
  goModule: PublishedModule;
  /** The tests' Sigstore CA and log, which signed every PEP 740 attestation and npm provenance of the release. */
  sigstore: TestSigstore;
  /** The npm registry's signing key (dist.signatures and publish attestations), served at `/-/npm/v1/keys`. */
  npmKey: RegistrySigner;
  /** Who signed: the release workflow run for `tag` at `sha`, as GitHub's certificate states it. */
  signer(tag?: string): TestSignerIdentity;
  urls: { npm: string; pypi: string; testPypi: string; oci: string; goProxy: string; sumdb: string; gosumdb: string };
  /** How the runner starts the bundle for `gate` on this release: the workspace, the tag, and the inputs a workflow passes. */
  runOptions(gate: string, inputs?: Record<string, string>): ActionRunOptions;
  /** With `deferPackages`: uploads the PyPI files (to both indexes) and publishes the npm packages; otherwise a no-op. */
  publishPackages(): Promise<void>;
  /** Writes `config` changed by `change` as another file in the workspace; returns its path for the `config` input. */
  writeConfig(name: string, change: (config: ReleaseConfig) => void): string;
  close(): Promise<void>;
}

/** The contract's example config with every section pointed at the scenario's servers. */
function loopbackConfig(urls: ReleaseScenario['urls'], ociHost: string): ReleaseConfig {
  const base = sketchlogConfig();
  return {
    ...base,
    npm: { registry: urls.npm, publisher: 'balavignesh', scope: 'sketchlog', packages: [...NPM_PACKAGES] },
    pypi: { ...(base.pypi as Exclude<SketchlogConfig['pypi'], false | undefined>), index: urls.pypi, 'rehearsal-index': urls.testPypi, environment: 'pypi' },
    container: { image: `${ociHost}/{owner}/{repo}`, platforms: ['linux/amd64', 'linux/arm64'] },
    helm: { chart: `oci://${ociHost}/{owner}/charts/sketchlog` },
    goproxy: urls.goProxy,
    gosumdb: urls.gosumdb,
    'supply-chain': { workflow: RELEASE_WORKFLOW, 'trusted-root': TRUSTED_ROOT, scan: { report: 'trivy-results.json' } }
  };
}

const REPOSITORY = 'sketchlog/sketchlog';

/** The release workflow's identity for `tag` at `sha`, as GitHub's Fulcio certificate states it. */
function releaseSigner(tag: string, sha: string): TestSignerIdentity {
  return {
    san: `https://github.com/${REPOSITORY}/${RELEASE_WORKFLOW}@refs/tags/${tag}`,
    workflowRef: `${REPOSITORY}/${RELEASE_WORKFLOW}@refs/tags/${tag}`,
    repository: REPOSITORY,
    sourceRef: `refs/tags/${tag}`,
    sourceCommit: sha
  };
}

/** Every file as gh-action-pypi-publish uploads it from the workflow: with a PEP 740 publish attestation signed as `who`. */
function withProvenance(sigstore: TestSigstore, files: PypiFileSpec[], who: TestSignerIdentity, environment: string): Promise<PypiFileSpec[]> {
  const publisher = githubPublisher({ repository: REPOSITORY, workflow: path.posix.basename(RELEASE_WORKFLOW), environment });
  return Promise.all(
    files.map(async (f) => ({
      ...f,
      provenance: await signedProvenance(sigstore, { filename: f.filename, sha256: sha256Of(f.bytes!), identity: who, publisher })
    }))
  );
}

/** Starts every registry, publishes the release to each, and returns where everything is. */
export async function startReleaseScenario(options: ReleaseScenarioOptions = {}): Promise<ReleaseScenario> {
  const version = options.version ?? '1.4.0';
  const pep440 = semverToPep440(version)!;
  const tokens = await startTokenServer({ pusher: PUSHER });
  const started = await Promise.allSettled([
    startNpmRegistry(),
    startPypiServer(),
    startPypiServer(),
    startOciRegistry({ auth: { token: tokens } }),
    startGoProxy(),
    startSumdb(),
    startTestSigstore()
  ] as const);
  const failure = started.find((s) => s.status === 'rejected');
  if (failure) {
    await Promise.allSettled([tokens.close(), ...started.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined))]);
    throw (failure as PromiseRejectedResult).reason;
  }
  const [npm, pypi, testPypi, registry, goProxy, sumdb, sigstore] = started.map((s) => (s as PromiseFulfilledResult<unknown>).value) as [
    NpmTestRegistry,
    PypiTestServer,
    PypiTestServer,
    OciTestRegistry,
    TestGoProxy,
    TestSumdb,
    TestSigstore
  ];
  const oci = await startRecordingProxy(registry.url);
  const close = async () => {
    await Promise.allSettled([
      npm.close(),
      pypi.close(),
      testPypi.close(),
      registry.close(),
      tokens.close(),
      oci.close(),
      goProxy.close(),
      sumdb.close(),
      sigstore.close()
    ]);
  };
  try {
    const urls = { npm: npm.url, pypi: pypi.url, testPypi: testPypi.url, oci: oci.url, goProxy: goProxy.url, sumdb: sumdb.url, gosumdb: sumdb.gosumdb };
    const config = loopbackConfig(urls, oci.host);
    const files = sketchlogFiles(version, config as SketchlogConfig);
    files['.github/release-gates.yml'] = configYaml(config as SketchlogConfig);
    files[TRUSTED_ROOT] = `${JSON.stringify(sigstore.trustedRoot(), null, 2)}\n`;
    const repo = createRepo(files);
    const sha = repo.head();

    // dist: every wheel of the matrix and the sdist (or the first `wheels` of them).
    const distDir = path.join(repo.dir, 'dist');
    mkdirSync(distDir, { recursive: true });
    let names = await writeSketchlogDist(distDir, version);
    if (options.wheels !== undefined) {
      const sdist = names.at(-1)!;
      const keep = new Set([...names.slice(0, options.wheels), sdist]);
      for (const name of names) if (!keep.has(name)) rmSync(path.join(distDir, name));
      names = [...keep];
    }
    const builtFiles: PypiFileSpec[] = names.map((filename) => ({ filename, bytes: readFileSync(path.join(distDir, filename)) }));
    // Uploaded by the release workflow with trusted publishing: every file carries its PEP 740 attestation.
    const pypiFiles = await withProvenance(sigstore, builtFiles, releaseSigner(`v${version}`, sha), 'pypi');
    const testPypiFiles = await withProvenance(sigstore, builtFiles, releaseSigner(`test-v${version}`, sha), 'pypi');

    // npm: the publisher publishes the three packages from the release commit, with provenance (`npm publish --provenance`).
    const npmToken = await npm.addUser('balavignesh', 'publisher-password-1');
    const npmKey = registrySigner();
    npm.keys = { keys: [npmKey.keysEntry()] };
    const tarballs = new Map<string, Buffer>();
    for (const name of NPM_PACKAGES) {
      const tarball = await packTarball(name, version);
      tarballs.set(name, tarball);
      writeFileSync(path.join(distDir, `${name.slice(1).replace('/', '-')}-${version}.tgz`), tarball);
    }
    let published = false;
    const publishPackages = async () => {
      if (published) return;
      published = true;
      pypi.projects.sketchlog = { [pep440]: { files: pypiFiles } };
      testPypi.projects.sketchlog = { [pep440]: { files: testPypiFiles } };
      for (const name of NPM_PACKAGES) {
        const tarball = tarballs.get(name)!;
        await npm.publish(name, version, npmToken, { gitHead: sha, tarball });
        await attachProvenance(npm, sigstore as unknown as KeySigner, npmKey, { name, version, tarball }, releaseSigner(`v${version}`, sha), {
          repository: `https://github.com/${REPOSITORY}`,
          path: RELEASE_WORKFLOW,
          ref: `refs/tags/v${version}`
        });
      }
    };
    if (!options.deferPackages) await publishPackages();

    // The image and the chart, as docker/build-push-action and helm push make them.
    const pusher = new OciPusher(registry, PUSHER);
    const image = await pushBuildKitImage(pusher, IMAGE_REPOSITORY, { tags: [version] });
    const chart = await pushHelmChartAs(pusher, CHART_REPOSITORY, 'sketchlog', version);

    // The Go module as the proxy serves it after the tag push: go.mod as committed, Origin.Hash = sha.
    const goModule = await goProxy.publish({
      module: GO_MODULE,
      version: `v${version}`,
      commit: sha,
      files: { 'go.mod': files['clients/go/go.mod']!, 'client.go': files['clients/go/client.go']! }
    });
    sumdb.addFiller(20);
    sumdb.add(GO_MODULE, `v${version}`, goModule.hashes);

    return {
      version,
      tag: `v${version}`,
      rehearsalTag: `test-v${version}`,
      sha,
      repo,
      workspace: repo.dir,
      distDir,
      pypiFiles,
      config,
      npmToken,
      npm,
      pypi,
      testPypi,
      registry,
      tokens,
      oci,
      pusher,
      image,
      chart,
      imageDigest: image.index.digest,
      chartDigest: chart.digest,
      goProxy,
      sumdb,
      goModule,
      sigstore,
      npmKey,
      signer: (tag = `v${version}`) => releaseSigner(tag, sha),
      urls,
      runOptions: (gate, inputs = {}) => ({
        workspace: repo.dir,
        sha,
        ref: `refs/tags/v${version}`,
        inputs: { gate, 'npm-token': npmToken, 'image-digest': image.index.digest, 'chart-digest': chart.digest, ...inputs }
      }),
      writeConfig(name, change) {
        const changed = structuredClone(config);
        change(changed);
        const relative = `.github/${name}.yml`;
        writeFileSync(path.join(repo.dir, relative), configYaml(changed as SketchlogConfig));
        return relative;
      },
      publishPackages,
      close
    };
  } catch (error) {
    await close();
    throw error;
  }
}
