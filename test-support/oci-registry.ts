/**
 * The real Distribution registry (Debian's `docker-registry`) for tests, on a
 * free loopback port with a temporary config and filesystem storage, plus:
 *
 * - htpasswd auth (a bcrypt entry made with bcryptjs), which answers 401 with a
 *   Basic challenge;
 * - token auth: a small loopback token server that signs RS256 JWTs with a key
 *   and self-signed certificate made by the `openssl` CLI; Distribution verifies
 *   them against that certificate (`auth.token.rootcertbundle`), so the Bearer
 *   challenge flow runs against the real registry;
 * - a pusher that uploads real blobs (blob upload API) and pushes a real image
 *   index (linux/amd64 + linux/arm64) and a real Helm chart manifest;
 * - BuildKit-shaped images (OCI index with attestation manifests, or a Docker
 *   manifest list), Helm charts laid out as `helm push` does (with knobs for the
 *   ways one can be wrong), and a fault proxy for registries that misbehave.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, createSign, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import bcrypt from 'bcryptjs';
import { pack } from 'tar-stream';
import { attestationConfig, attestationIndexEntry, buildKitAttestationLayers, type AttestationOptions } from './buildkit-attestations.js';
import { tempDir } from './git-repo.js';
import { closeServer, listenOnLoopback } from './loopback.js';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';

export interface Credentials {
  user: string;
  password: string;
}

export interface OciTestRegistry {
  /** `127.0.0.1:PORT`, as an image reference starts. */
  host: string;
  url: string;
  /** Distribution's filesystem storage root (`docker/registry/v2/{blobs,repositories}` under it). */
  storage: string;
  close(): Promise<void>;
}

export interface TokenServer {
  url: string;
  /** `auth.token.realm` for the registry config. */
  realm: string;
  service: string;
  issuer: string;
  certFile: string;
  /** Whether an anonymous client may pull a repository (default: every repository). */
  anonymousPull: (repository: string) => boolean;
  /** Token requests seen: the scope asked for and whether credentials came along. */
  requests: Array<{ scope: string; service: string; authenticated: boolean; granted: string[] }>;
  /** Every request that reached the token server, with its headers (to prove where a credential went). */
  seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** What the token server grants an authenticated client on a repository (of what it asked for). */
export type Grants = (repository: string, user: string) => ReadonlyArray<'pull' | 'push'>;

/** A free TCP port on loopback: bound by the OS, then released for the registry to take. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** A loopback token server as Docker's token auth spec describes, signing with an openssl-made key. */
export async function startTokenServer(options: {
  pusher: Credentials;
  anonymousPull?: (repository: string) => boolean;
  /** Default: whatever was asked for. */
  grants?: Grants;
  /** The loopback address it listens on (127.0.0.2 stands for another host than the registry's). */
  listenHost?: string;
  /**
   * Distribution wants the `delete` action for a DELETE, also of an upload session, where GHCR lets
   * a pusher cancel its own upload: with this, a token that grants push carries `delete` too.
   */
  pushCancels?: boolean;
}): Promise<TokenServer> {
  const dir = tempDir('rg-token-');
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-subj', '/CN=rg-test-token-issuer', '-keyout', keyFile, '-out', certFile],
    {
      stdio: ['ignore', 'ignore', 'pipe']
    }
  );
  const key = readFileSync(keyFile, 'utf8');
  const certDer = Buffer.from(
    readFileSync(certFile, 'utf8')
      .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
      .replace(/\s+/g, ''),
    'base64'
  );
  const state: TokenServer = {
    url: '',
    realm: '',
    service: 'rg-test-registry',
    issuer: 'rg-test-issuer',
    certFile,
    anonymousPull: options.anonymousPull ?? (() => true),
    requests: [],
    seen: [],
    close: async () => {}
  };
  const grants: Grants = options.grants ?? (() => ['pull', 'push']);

  function sign(subject: string, access: Array<{ type: string; name: string; actions: string[] }>): string {
    const now = Math.floor(Date.now() / 1000);
    // x5c carries the signing certificate; Distribution verifies it against rootcertbundle.
    const header = { typ: 'JWT', alg: 'RS256', x5c: [certDer.toString('base64')] };
    const claims = { iss: state.issuer, sub: subject, aud: state.service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(input).sign(key);
    return `${input}.${b64url(signature)}`;
  }

  const server = http.createServer((req, res) => {
    state.seen.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://token');
    const scope = url.searchParams.get('scope') ?? '';
    const service = url.searchParams.get('service') ?? '';
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [user, password] = basic ? Buffer.from(basic[1]!, 'base64').toString().split(':') : [];
    const authenticated = user === options.pusher.user && password === options.pusher.password;
    if (basic && !authenticated) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ details: 'bad credentials' }));
      return;
    }
    const m = /^repository:([^:]+):(.+)$/.exec(scope);
    const granted: string[] = [];
    if (m) {
      const wanted = m[2]!.split(',');
      if (authenticated) {
        const allowed = grants(m[1]!, user!);
        granted.push(...wanted.filter((a) => (a === 'pull' || a === 'push') && allowed.includes(a)));
      } else if (wanted.includes('pull') && state.anonymousPull(m[1]!)) granted.push('pull');
    }
    state.requests.push({ scope, service, authenticated, granted });
    const actions = options.pushCancels && granted.includes('push') ? [...granted, 'delete'] : granted;
    const access = m && granted.length ? [{ type: 'repository', name: m[1]!, actions }] : [];
    const token = sign(authenticated ? user! : '', access);
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
  });
  state.url = await listenOnLoopback(server, options.listenHost);
  state.realm = `${state.url}/token`;
  state.close = () => closeServer(server);
  return state;
}

export type RegistryAuth = { htpasswd: Credentials } | { token: TokenServer };

/** Starts Distribution and resolves once it logs that it listens and answers `/v2/`. */
export async function startOciRegistry(options: { auth?: RegistryAuth; relativeUrls?: boolean } = {}): Promise<OciTestRegistry> {
  const dir = tempDir('rg-registry-');
  const port = await freePort();
  const lines = [
    'version: 0.1',
    'log:',
    '  level: info',
    '  formatter: text',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(path.join(dir, 'data'))}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${randomUUID()}`,
    // Relative Location headers (upload URLs), as some registries answer; absolute ones by default.
    `  relativeurls: ${options.relativeUrls === true}`
  ];
  if (options.auth && 'htpasswd' in options.auth) {
    const file = path.join(dir, 'htpasswd');
    const { user, password } = options.auth.htpasswd;
    writeFileSync(file, `${user}:${bcrypt.hashSync(password, 10)}\n`);
    lines.push('auth:', '  htpasswd:', '    realm: rg-test-realm', `    path: ${JSON.stringify(file)}`);
  } else if (options.auth && 'token' in options.auth) {
    const t = options.auth.token;
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${JSON.stringify(t.realm)}`,
      `    service: ${JSON.stringify(t.service)}`,
      `    issuer: ${JSON.stringify(t.issuer)}`,
      `    rootcertbundle: ${JSON.stringify(t.certFile)}`
    );
  }
  const configFile = path.join(dir, 'config.yml');
  writeFileSync(configFile, `${lines.join('\n')}\n`);

  const child: ChildProcess = spawn(REGISTRY_BINARY, ['serve', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const limit = setTimeout(() => {
      child.kill();
      reject(new Error(`docker-registry did not start within 20 s:\n${log}`));
    }, 20_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes(`listening on 127.0.0.1:${port}`)) {
        clearTimeout(limit);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', (error) => {
      clearTimeout(limit);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(limit);
      reject(new Error(`docker-registry exited with ${code} before listening:\n${log}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  // It logs before it accepts; confirm with a bounded number of connection attempts.
  let answered = false;
  for (let attempt = 0; attempt < 50 && !answered; attempt++) {
    try {
      await fetch(`${url}/v2/`);
      answered = true;
    } catch {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (!answered) throw new Error(`docker-registry logged that it listens on ${port} but does not answer`);
  return {
    host: `127.0.0.1:${port}`,
    url,
    storage: path.join(dir, 'data'),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      })
  };
}

const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

/** Pushes blobs and manifests with the distribution API, answering Basic or Bearer challenges with the pusher's credentials. */
export class OciPusher {
  private readonly tokens = new Map<string, string>();
  constructor(
    private readonly registry: OciTestRegistry,
    private readonly credentials?: Credentials
  ) {}

  private async authorization(repository: string, challenge: string | null): Promise<string | undefined> {
    if (!challenge || !this.credentials) return undefined;
    const basic = `Basic ${Buffer.from(`${this.credentials.user}:${this.credentials.password}`).toString('base64')}`;
    if (/^Basic/i.test(challenge)) return basic;
    const realm = /realm="([^"]+)"/.exec(challenge)?.[1];
    const service = /service="([^"]+)"/.exec(challenge)?.[1] ?? '';
    if (!realm) throw new Error(`no realm in challenge ${challenge}`);
    const url = new URL(realm);
    url.searchParams.set('service', service);
    url.searchParams.set('scope', `repository:${repository}:pull,push`);
    const response = await fetch(url, { headers: { authorization: basic } });
    const body = (await response.json()) as { token: string };
    return `Bearer ${body.token}`;
  }

  /** One request, answering an auth challenge once. */
  private async send(repository: string, url: string, init: RequestInit): Promise<Response> {
    const cached = this.tokens.get(repository);
    const withAuth = (auth: string | undefined) => ({
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...(auth ? { authorization: auth } : {}) }
    });
    let response = await fetch(url, withAuth(cached));
    if (response.status === 401) {
      await response.arrayBuffer();
      const auth = await this.authorization(repository, response.headers.get('www-authenticate'));
      if (auth) this.tokens.set(repository, auth);
      response = await fetch(url, withAuth(auth));
    }
    return response;
  }

  async blob(repository: string, content: Buffer, mediaType: string): Promise<Descriptor> {
    const digest = sha256(content);
    const start = await this.send(repository, `${this.registry.url}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
    if (start.status !== 202) throw new Error(`blob upload start: ${start.status} ${await start.text()}`);
    const location = new URL(start.headers.get('location')!, this.registry.url);
    location.searchParams.set('digest', digest);
    const put = await this.send(repository, location.toString(), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(content.length) },
      body: content
    });
    if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
    return { mediaType, digest, size: content.length };
  }

  async manifest(repository: string, reference: string, manifest: { mediaType: string; [key: string]: unknown }): Promise<Descriptor> {
    const body = Buffer.from(JSON.stringify(manifest));
    const response = await this.send(repository, `${this.registry.url}/v2/${repository}/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'content-type': manifest.mediaType },
      body
    });
    if (response.status !== 201) throw new Error(`manifest push ${repository}:${reference}: ${response.status} ${await response.text()}`);
    return { mediaType: manifest.mediaType, digest: sha256(body), size: body.length };
  }
}

async function tarOf(files: Record<string, string>): Promise<Buffer> {
  const tar = pack();
  for (const [name, content] of Object.entries(files)) tar.entry({ name, mtime: new Date('2026-11-20T10:00:00Z') }, content);
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Pushes a real multi-platform image: an OCI index of linux/amd64 and linux/arm64 manifests, each with a config and a layer. */
export async function pushImageIndex(pusher: OciPusher, repository: string, tag: string): Promise<Descriptor> {
  const platforms = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64' }
  ];
  const manifests = [];
  for (const platform of platforms) {
    const tar = await tarOf({ 'app/VERSION': `${tag} ${platform.architecture}\n` });
    const layer = await pusher.blob(repository, gzipSync(tar), 'application/vnd.oci.image.layer.v1.tar+gzip');
    const config = await pusher.blob(
      repository,
      Buffer.from(
        JSON.stringify({ ...platform, created: '2026-11-20T10:00:00Z', config: { Entrypoint: ['/app'] }, rootfs: { type: 'layers', diff_ids: [sha256(tar)] } })
      ),
      'application/vnd.oci.image.config.v1+json'
    );
    const body = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers: [layer] };
    // Platform manifests are pushed by digest, as buildx does; only the index gets the tag.
    const pushed = await pusher.manifest(repository, sha256(JSON.stringify(body)), body);
    manifests.push({ ...pushed, platform });
  }
  return pusher.manifest(repository, tag, { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests });
}

/** Pushes a real Helm chart as `helm push` does: Helm's config and chart-content media types. */
export async function pushHelmChart(pusher: OciPusher, repository: string, name: string, version: string): Promise<Descriptor> {
  const chartYaml = `apiVersion: v2\nname: ${name}\nversion: ${version}\nappVersion: "${version}"\ntype: application\n`;
  const content = gzipSync(await tarOf({ [`${name}/Chart.yaml`]: chartYaml, [`${name}/values.yaml`]: 'replicaCount: 1\n' }));
  const layer = await pusher.blob(repository, content, 'application/vnd.cncf.helm.chart.content.v1.tar+gzip');
  const config = await pusher.blob(
    repository,
    Buffer.from(JSON.stringify({ name, version, appVersion: version, apiVersion: 'v2', type: 'application' })),
    'application/vnd.cncf.helm.config.v1+json'
  );
  return pusher.manifest(repository, version, {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config,
    layers: [layer],
    annotations: { 'org.opencontainers.image.title': name, 'org.opencontainers.image.version': version }
  });
}

export interface ImagePlatform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface PushedPlatform {
  platform: ImagePlatform;
  manifest: Descriptor;
  config: Descriptor;
  layer: Descriptor;
}

export interface PushedImage {
  /** The tagged index (or Docker manifest list). */
  index: Descriptor;
  platforms: PushedPlatform[];
  /** BuildKit attestation manifests, one per platform, with the platform manifest each describes. */
  attestations: Array<{ manifest: Descriptor; subject: string; layers: Descriptor[] }>;
}

export interface BuildKitImageOptions {
  /** Tags the index is pushed under, in order (all point at the same index). */
  tags: readonly string[];
  /** Default: linux/amd64 and linux/arm64 with variant v8, as buildx writes them. */
  platforms?: ImagePlatform[];
  /** `oci` (default): an OCI index as buildx pushes by default; `docker`: a Docker manifest list of Docker v2 manifests. */
  format?: 'oci' | 'docker';
  /** BuildKit SBOM and provenance attestation manifests (default: on for `oci`; never in a Docker list). */
  attestations?: boolean | AttestationOptions;
  /** Goes into every layer, so two builds of the same tag have different digests. */
  build?: string;
}

export const BUILDKIT_PLATFORMS: ImagePlatform[] = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64', variant: 'v8' }
];

const DOCKER_TYPES = {
  index: 'application/vnd.docker.distribution.manifest.list.v2+json',
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
};
const OCI_TYPES = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip'
};

/** One platform image: a real gzip layer and an image config, pushed by digest as buildx does. */
async function pushPlatformImage(
  pusher: OciPusher,
  repository: string,
  platform: ImagePlatform,
  build: string,
  types: typeof OCI_TYPES
): Promise<PushedPlatform> {
  const tar = await tarOf({ 'app/VERSION': `${build} ${[platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')}\n` });
  const layer = await pusher.blob(repository, gzipSync(tar), types.layer);
  const config = await pusher.blob(
    repository,
    Buffer.from(
      JSON.stringify({ ...platform, created: '2026-11-20T10:00:00Z', config: { Entrypoint: ['/app'] }, rootfs: { type: 'layers', diff_ids: [sha256(tar)] } })
    ),
    types.config
  );
  const body = { schemaVersion: 2, mediaType: types.manifest, config, layers: [layer] };
  const manifest = await pusher.manifest(repository, sha256(JSON.stringify(body)), body);
  return { platform, manifest, config, layer };
}

/**
 * Pushes a multi-platform image as BuildKit (docker/build-push-action) does: platform manifests and,
 * for the OCI format, one attestation manifest per platform, all by digest; then the index under every tag.
 */
export async function pushBuildKitImage(pusher: OciPusher, repository: string, options: BuildKitImageOptions): Promise<PushedImage> {
  const format = options.format ?? 'oci';
  const types = format === 'oci' ? OCI_TYPES : DOCKER_TYPES;
  const build = options.build ?? options.tags[0] ?? 'build';
  const platforms: PushedPlatform[] = [];
  for (const platform of options.platforms ?? BUILDKIT_PLATFORMS) platforms.push(await pushPlatformImage(pusher, repository, platform, build, types));
  const attestations: PushedImage['attestations'] = [];
  const attest = format === 'oci' && options.attestations !== false;
  if (attest) {
    const attestationOptions = typeof options.attestations === 'object' ? options.attestations : {};
    for (const p of platforms) {
      const layers = buildKitAttestationLayers(
        { reference: `${repository}:${options.tags[0] ?? 'latest'}`, digest: p.manifest.digest, platform: p.platform },
        attestationOptions
      );
      const pushedLayers: Descriptor[] = [];
      for (const layer of layers)
        pushedLayers.push({ ...(await pusher.blob(repository, layer.content, layer.mediaType)), annotations: layer.annotations } as Descriptor);
      const config = await pusher.blob(repository, attestationConfig(layers), OCI_TYPES.config);
      const body = { schemaVersion: 2, mediaType: OCI_TYPES.manifest, config, layers: pushedLayers };
      const manifest = await pusher.manifest(repository, sha256(JSON.stringify(body)), body);
      attestations.push({ manifest, subject: p.manifest.digest, layers: pushedLayers });
    }
  }
  const index = {
    schemaVersion: 2,
    mediaType: types.index,
    manifests: [
      ...platforms.map((p) => ({ ...p.manifest, platform: p.platform })),
      ...attestations.map((a) => ({ ...a.manifest, ...attestationIndexEntry(a.subject) }))
    ]
  };
  let pushed: Descriptor | null = null;
  for (const tag of options.tags) pushed = await pusher.manifest(repository, tag, index);
  if (!pushed) throw new Error('pushBuildKitImage needs at least one tag');
  return { index: pushed, platforms, attestations };
}

/** Pushes a single-platform image manifest under `tag` (what `docker push` of a plain `docker build` makes). */
export async function pushSinglePlatformImage(
  pusher: OciPusher,
  repository: string,
  tag: string,
  platform: ImagePlatform = BUILDKIT_PLATFORMS[0]!
): Promise<PushedPlatform> {
  const pushed = await pushPlatformImage(pusher, repository, platform, tag, OCI_TYPES);
  const body = { schemaVersion: 2, mediaType: OCI_TYPES.manifest, config: pushed.config, layers: [pushed.layer] };
  await pusher.manifest(repository, tag, body);
  return pushed;
}

export const HELM_TYPES = {
  config: 'application/vnd.cncf.helm.config.v1+json',
  chart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
  provenance: 'application/vnd.cncf.helm.chart.provenance.v1.prov'
};

export interface HelmChartOptions {
  /** The tag (default: the version, as `helm push` tags it). */
  tag?: string;
  /** What the config JSON says (default: the chart's name and version). */
  configName?: string;
  configVersion?: string;
  /** The version inside the tarball's Chart.yaml (default: the version). */
  chartYamlVersion?: string;
  /** The chart layer's media type (default Helm's). */
  chartLayerMediaType?: string;
  /** Push the chart layer twice (two chart layers). */
  twoChartLayers?: boolean;
  /** Add a provenance layer, as `helm push` does for a signed chart (`.prov` beside the `.tgz`). */
  provenance?: boolean;
  /** Replace the chart layer's bytes (e.g. something that is not gzip). */
  chartLayerContent?: Buffer;
}

/** The gzip tarball `helm package` writes: `<name>/Chart.yaml`, `<name>/values.yaml`, `<name>/templates/…`. */
export async function helmChartTarball(name: string, version: string): Promise<Buffer> {
  const chartYaml = `apiVersion: v2\nname: ${name}\ndescription: SketchLog\ntype: application\nversion: ${version}\nappVersion: "${version}"\n`;
  return gzipSync(
    await tarOf({
      [`${name}/Chart.yaml`]: chartYaml,
      [`${name}/values.yaml`]: 'replicaCount: 1\n',
      [`${name}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
      // A subchart's Chart.yaml must not be mistaken for the chart's own.
      [`${name}/charts/common/Chart.yaml`]: 'apiVersion: v2\nname: common\nversion: 0.0.1\n'
    })
  );
}

/** Pushes a Helm chart laid out as `helm push` does, with knobs for the ways one can be wrong. */
export async function pushHelmChartAs(
  pusher: OciPusher,
  repository: string,
  name: string,
  version: string,
  options: HelmChartOptions = {}
): Promise<Descriptor> {
  const content = options.chartLayerContent ?? (await helmChartTarball(name, options.chartYamlVersion ?? version));
  const layer = await pusher.blob(repository, content, options.chartLayerMediaType ?? HELM_TYPES.chart);
  const layers: Descriptor[] = [layer];
  if (options.twoChartLayers) layers.push(await pusher.blob(repository, gzipSync(Buffer.from('second chart')), HELM_TYPES.chart));
  if (options.provenance) {
    layers.push(await pusher.blob(repository, Buffer.from(`-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nname: ${name}\n`), HELM_TYPES.provenance));
  }
  const config = await pusher.blob(
    repository,
    Buffer.from(
      JSON.stringify({
        name: options.configName ?? name,
        version: options.configVersion ?? version,
        description: 'SketchLog',
        apiVersion: 'v2',
        appVersion: version,
        type: 'application'
      })
    ),
    HELM_TYPES.config
  );
  return pusher.manifest(repository, options.tag ?? version, {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config,
    layers,
    annotations: {
      'org.opencontainers.image.created': '2026-11-20T10:00:00Z',
      'org.opencontainers.image.title': name,
      'org.opencontainers.image.version': version
    }
  });
}

/** What a fault proxy does with one request: answer itself, or pass it on and maybe rewrite the answer. */
export type ProxyFault =
  | { answer: { status: number; headers?: Record<string, string>; body?: string | Buffer } }
  | {
      rewrite: (answer: { status: number; headers: Record<string, string>; body: Buffer }) => { status: number; headers: Record<string, string>; body: Buffer };
    };

export interface FaultProxy {
  host: string;
  url: string;
  /** `METHOD path` of every request seen. */
  requests: string[];
  /** Decides per request; null passes it through unchanged. Replace it between steps of a test. */
  fault: (request: { method: string; path: string }) => ProxyFault | null;
  close(): Promise<void>;
}

/** A loopback HTTP proxy in front of a test registry, to make it misbehave (5xx, garbage, altered bodies). */
export async function startFaultProxy(target: OciTestRegistry): Promise<FaultProxy> {
  const proxy: FaultProxy = { host: '', url: '', requests: [], fault: () => null, close: async () => {} };
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    proxy.requests.push(`${method} ${path}`);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const fault = proxy.fault({ method, path });
        if (fault && 'answer' in fault) {
          res.writeHead(fault.answer.status, fault.answer.headers ?? {}).end(method === 'HEAD' ? undefined : fault.answer.body);
          return;
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers[k] = v;
        const upstream = await fetch(`${target.url}${path}`, { method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: 'manual' });
        let answer: { status: number; headers: Record<string, string>; body: Buffer } = {
          status: upstream.status,
          headers: Object.fromEntries(upstream.headers),
          body: Buffer.from(await upstream.arrayBuffer())
        };
        delete answer.headers['content-encoding'];
        delete answer.headers['transfer-encoding'];
        delete answer.headers['connection'];
        delete answer.headers['keep-alive'];
        if (fault && 'rewrite' in fault) answer = fault.rewrite(answer);
        if (method !== 'HEAD') answer.headers['content-length'] = String(answer.body.length);
        res.writeHead(answer.status, answer.headers).end(method === 'HEAD' ? undefined : answer.body);
      })().catch((error: unknown) => {
        res.writeHead(502).end(String(error));
      });
    });
  });
  proxy.url = await listenOnLoopback(server);
  proxy.host = new URL(proxy.url).host;
  proxy.close = () => closeServer(server);
  return proxy;
}
