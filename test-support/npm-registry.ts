/**
 * A real npm registry for tests: Verdaccio, started in-process with a temporary
 * config, storage and htpasswd file, behind a thin HTTP proxy on loopback.
 *
 * Verdaccio does not implement npm's org and collaborator endpoints, so the
 * proxy serves them from tables the test defines, as registry.npmjs.org answers
 * them (libnpmaccess lsPackages / lsCollaborators):
 * - `/-/org/{scope}/package`: the org's packages with the ORG's access level —
 *   the same answer whoever (logged in) asks; it says nothing of one user's rights;
 * - `/-/org/{scope}/user`: the org's members and their roles;
 * - `/-/package/{name}/collaborators[?user=…][&format=cli]`: per package, each
 *   user's permission from direct grants and from the grants of the teams the
 *   user is on; `user` filters the answer to that user, `format=cli` spells
 *   permissions `read-only`/`read-write` (else `read`/`write`).
 * Callers must be logged in; the proxy learns who they are by asking Verdaccio's
 * own `/-/whoami` with the same Authorization header. A package the org lists
 * but nobody published to Verdaccio answers 404 for its packument, as npm does
 * for a restricted package the reader may not see. Everything else passes
 * through, so one registry URL answers every npm call.
 *
 * Packuments (full and abbreviated) pass through the proxy as a registry serves them:
 * tarball URLs point at the proxy itself (or at the mirror, another loopback host), ETags
 * are the proxy's own so conditional requests revalidate what it actually sent, and a
 * test can make a version appear only after a number of requests (registry lag, counted
 * in requests, never in time), or serve a tarball whose bytes differ from its integrity.
 * Every request's headers are recorded, by the proxy and by the mirror.
 *
 * npm provenance (test-support/npm-provenance.ts): the proxy adds each version's `distExtras` (`dist.signatures`,
 * `dist.attestations`) to every packument it serves, and answers `/-/npm/v1/attestations/{name}@{version}` and
 * `/-/npm/v1/keys` from its tables (404 for what they lack), recording those requests like the others.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { runServer } from 'verdaccio';
import { tempDir } from './git-repo.js';
import { addDistExtras, attestationsPath, provenanceAnswer, type NpmCannedAnswer, type NpmDistExtras } from './npm-provenance.js';

export { registrySigner, type NpmCannedAnswer, type NpmDistExtras, type NpmKeysEntry, type RegistrySigner } from './npm-provenance.js';

export type Permission = 'read-only' | 'read-write' | 'read' | 'write';

export interface NpmTeam {
  members: string[];
  /** Package → the team's permission on it. */
  packages: Record<string, Permission>;
}

export interface NpmOrg {
  /** Members and their role (`owner`, `admin`, `developer`). */
  members: Record<string, string>;
  /** What `/-/org/{scope}/package` answers everyone: the org's packages with the org's access level. */
  packages: Record<string, Permission>;
  /** Teams by name: whose grants `/-/package/{name}/collaborators` counts for their members. */
  teams?: Record<string, NpmTeam>;
}

export interface NpmRequest {
  method: string;
  path: string;
  /** The query string without `?` ('' when none). */
  query: string;
  /** The Authorization header as received (tests search it for the token). */
  authorization: string | undefined;
  status: number;
  /** Every header as received (tests prove that no credential of any kind was sent). */
  headers: http.IncomingHttpHeaders;
}

/** Registry lag: the next `requests` packument answers of `name` leave `version` out. */
export interface NpmLag {
  name: string;
  version: string;
  requests: number;
}

/** Another loopback host serving tarballs (a CDN): it records who asked and with which headers. */
export interface NpmTarballMirror {
  url: string;
  requests: NpmRequest[];
}

export interface NpmPublishOptions {
  /** The commit npm records as `gitHead` (npm publish does so in a Git checkout). */
  gitHead?: string;
  /** The tarball to publish (e.g. from `npm pack`); default: a tar-stream tarball of the name and version. */
  tarball?: Buffer;
  /** Replaces the integrity recorded for the version (a packument that lies about its tarball). */
  integrity?: string;
}

export interface NpmFault {
  path: RegExp;
  /** How many matching requests get the fault (Infinity: for good). */
  times: number;
  status: number;
  /** Echo the request's Authorization header in the error body, as a careless registry might. */
  echoAuthorization?: boolean;
}

export interface NpmTestRegistry {
  /** The proxy's URL: the registry URL for config (`npm.registry`). */
  url: string;
  /** Verdaccio itself, behind the proxy. */
  verdaccioUrl: string;
  /** Orgs by scope (without @); a scope not here answers 404, as for a user scope. */
  orgs: Record<string, NpmOrg>;
  /**
   * Direct grants by package, then user. `/-/package/{name}/collaborators` answers these plus the
   * grants of the user's teams; a package neither here, in an org listing nor in a team answers 404.
   */
  collaborators: Record<string, Record<string, Permission>>;
  /**
   * Canned answers by request path (e.g. a 200 `{}` for a packument), instead of Verdaccio's.
   * With `contentType`, a string body is sent as it is (an HTML error page, truncated JSON).
   */
  answers: Record<string, { status: number; body: unknown; contentType?: string }>;
  /**
   * registry.npmjs.org answers 401 to a token it does not know; Verdaccio answers 200 `{}`.
   * When true, the proxy turns Verdaccio's `{}` for a presented token into npmjs's 401.
   */
  rejectUnknownTokens: boolean;
  /** Paths the proxy answers with a redirect to another origin (to prove the token does not follow). */
  redirects: Record<string, string>;
  faults: NpmFault[];
  requests: NpmRequest[];
  /** Registry lag per package version, counted in packument requests and, separately, in per-version requests. */
  lags: NpmLag[];
  /** Whether `GET /{name}/{version}` is served (default true, as registry.npmjs.org and Verdaccio do); off, it answers 404. */
  perVersionRoute: boolean;
  /** Tarball bytes served (by the proxy and the mirror) instead of the published ones, by `name@version`. */
  tamperedTarballs: Record<string, Buffer>;
  /** Packages whose packuments name their tarball on the mirror instead of the registry. */
  mirrored: Set<string>;
  mirror: NpmTarballMirror;
  /** Extra `dist` fields by `name@version` (signatures, attestations), merged into every packument answer, full and abbreviated. */
  distExtras: Record<string, NpmDistExtras>;
  /** Publish times by `name@version`, replacing Verdaccio's `time[version]` in full packuments (a version published before a key expired). */
  publishTimes: Record<string, string>;
  /**
   * Answers of `/-/npm/v1/attestations/{name}@{version}` by `name@version` (either spelling of a scoped name is
   * asked); a string body is sent as it is. Absent: 404 `{"error":"not found"}`.
   */
  attestations: Record<string, NpmCannedAnswer>;
  /** The answer of `/-/npm/v1/keys`; undefined: 404. */
  keys: unknown;
  /** The attestations URL as npm writes it into `dist.attestations.url`: `{url}/-/npm/v1/attestations/@scope%2fname@1.2.3`. */
  attestationsUrl(name: string, version: string): string;
  /** Registers a user (Verdaccio writes the htpasswd entry) and returns its token. */
  addUser(name: string, password: string): Promise<string>;
  /** Logs an existing user in and returns a fresh token. */
  login(name: string, password: string): Promise<string>;
  /**
   * Publishes a real version as npm publish does (PUT of the packument with the gzipped
   * tarball as a base64 attachment) as the token's user; returns the tarball published.
   */
  publish(name: string, version: string, token: string, options?: NpmPublishOptions): Promise<Buffer>;
  close(): Promise<void>;
}

/** A real npm package tarball: `package/package.json` in a gzipped tar. */
export async function packTarball(name: string, version: string): Promise<Buffer> {
  const tar = pack();
  const manifest = JSON.stringify({ name, version, main: 'index.js' }, null, 2);
  tar.entry({ name: 'package/package.json', mtime: new Date('2026-11-20T10:00:00Z') }, manifest);
  tar.entry({ name: 'package/index.js', mtime: new Date('2026-11-20T10:00:00Z') }, `module.exports = ${JSON.stringify(version)};\n`);
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The environment for the real npm CLI: none of the calling npm's settings, a private cache and user config. */
function npmEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  writeFileSync(path.join(home, '.npmrc'), '');
  return {
    ...env,
    HOME: home,
    npm_config_userconfig: path.join(home, '.npmrc'),
    npm_config_cache: path.join(home, 'cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false'
  };
}

/** Runs the real npm CLI; rejects with its stderr when it fails. */
export function runNpm(args: string[], cwd: string): Promise<string> {
  const env = npmEnv(tempDir('rg-npm-home-'));
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`npm ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/** What the real `npm pack` made: the file (npm's name for it) and its bytes and integrity. */
export interface NpmPacked {
  file: string;
  tarball: Buffer;
  integrity: string;
}

/** Packs a package folder with the real `npm pack` into `destination`. */
export async function npmPack(packageDir: string, destination: string): Promise<NpmPacked> {
  const out = await runNpm(['pack', '--json', '--pack-destination', destination], packageDir);
  const [packed] = JSON.parse(out) as Array<{ filename: string; integrity: string }>;
  if (!packed) throw new Error(`npm pack printed no result: ${out}`);
  const tarball = readFileSync(path.join(destination, packed.filename));
  return { file: packed.filename, tarball, integrity: packed.integrity };
}

/** The tarball file Verdaccio stores a version under, and the path it serves it at. */
function tarballFile(name: string, version: string): string {
  return `${name.split('/').pop()}-${version}.tgz`;
}

/** A GET of a packument: `/name`, `/@scope%2fname` or `/@scope/name`, nothing after. */
function packumentName(method: string | undefined, pathname: string): string | null {
  if (method !== 'GET' || pathname.startsWith('/-/')) return null;
  const decoded = decodeURIComponent(pathname);
  return /^\/(@[^/]+\/[^/]+|[^@/][^/]*)$/.test(decoded) ? decoded.slice(1) : null;
}

/** A GET of a per-version document: `/name/1.2.3`, `/@scope%2fname/1.2.3` or `/@scope/name/1.2.3`. */
function versionDocumentPath(method: string | undefined, pathname: string): { name: string; version: string } | null {
  if (method !== 'GET' || pathname.startsWith('/-/')) return null;
  const m = /^\/(@[^/]+\/[^/]+|[^@/][^/]*)\/([^/-][^/]*)$/.exec(decodeURIComponent(pathname));
  return m ? { name: m[1]!, version: m[2]! } : null;
}

/** The `name@version` a tarball path stands for, among the tampered ones. */
function tamperedBytes(tampered: Record<string, Buffer>, pathname: string): Buffer | undefined {
  const decoded = decodeURIComponent(pathname);
  for (const [key, bytes] of Object.entries(tampered)) {
    const at = key.lastIndexOf('@');
    const name = key.slice(0, at);
    if (decoded === `/${name}/-/${tarballFile(name, key.slice(at + 1))}`) return bytes;
  }
  return undefined;
}

function record(requests: NpmRequest[], req: http.IncomingMessage, url: URL, status: number): void {
  requests.push({
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.search.replace(/^\?/, ''),
    authorization: req.headers.authorization,
    status,
    headers: { ...req.headers }
  });
}

async function userToken(base: string, name: string, password: string, basic: boolean): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (basic) headers.authorization = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
  const response = await fetch(`${base}/-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, type: 'user', roles: [] })
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (response.status !== 201 || !body.token) throw new Error(`Verdaccio did not log in ${name}: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

export async function startNpmRegistry(): Promise<NpmTestRegistry> {
  const dir = tempDir('rg-verdaccio-');
  const storage = path.join(dir, 'storage');
  const htpasswd = path.join(dir, 'htpasswd');
  mkdirSync(storage);
  writeFileSync(htpasswd, '');
  const verdaccio = (await runServer({
    self_path: path.join(dir, 'config.yaml'),
    storage,
    auth: { htpasswd: { file: htpasswd, max_users: 100 } },
    uplinks: {},
    packages: {
      '@*/*': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
      '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' }
    },
    security: { api: { jwt: { sign: { expiresIn: '1h' } } } },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'fatal' }
  } as never)) as http.Server;
  await new Promise<void>((resolve) => verdaccio.listen(0, '127.0.0.1', resolve));
  const verdaccioUrl = `http://127.0.0.1:${(verdaccio.address() as AddressInfo).port}`;

  /** Who Verdaccio says the request's Authorization header belongs to; null for nobody. */
  async function whoIs(authorization: string | undefined): Promise<string | null> {
    if (!authorization) return null;
    const response = await fetch(`${verdaccioUrl}/-/whoami`, { headers: { authorization } });
    const body = (await response.json()) as { username?: string };
    return response.status === 200 && body.username ? body.username : null;
  }

  const state: NpmTestRegistry = {
    url: '',
    verdaccioUrl,
    orgs: {},
    collaborators: {},
    answers: {},
    rejectUnknownTokens: false,
    redirects: {},
    faults: [],
    requests: [],
    lags: [],
    perVersionRoute: true,
    tamperedTarballs: {},
    mirrored: new Set(),
    mirror: { url: '', requests: [] },
    distExtras: {},
    publishTimes: {},
    attestations: {},
    keys: undefined,
    attestationsUrl: (name, version) => `${state.url}${attestationsPath(name, version)}`,
    addUser: (name, password) => userToken(verdaccioUrl, name, password, false),
    login: (name, password) => userToken(verdaccioUrl, name, password, true),
    async publish(name, version, token, options = {}) {
      const tgz = options.tarball ?? (await packTarball(name, version));
      const file = tarballFile(name, version);
      const escaped = name.replace('/', '%2f');
      const body = {
        _id: name,
        name,
        'dist-tags': { latest: version },
        versions: {
          [version]: {
            _id: `${name}@${version}`,
            name,
            version,
            main: 'index.js',
            ...(options.gitHead ? { gitHead: options.gitHead } : {}),
            dist: {
              shasum: createHash('sha1').update(tgz).digest('hex'),
              integrity: options.integrity ?? `sha512-${createHash('sha512').update(tgz).digest('base64')}`,
              tarball: `${verdaccioUrl}/${escaped}/-/${file}`
            }
          }
        },
        _attachments: { [file]: { content_type: 'application/octet-stream', data: tgz.toString('base64'), length: tgz.length } }
      };
      const response = await fetch(`${verdaccioUrl}/${escaped}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body)
      });
      if (response.status !== 201) throw new Error(`Verdaccio refused to publish ${name}@${version}: ${response.status} ${await response.text()}`);
      return tgz;
    },
    close: async () => {}
  };

  /** Every user's permission on a package (`read`/`write`): direct grants and team grants, the stronger wins; null when npm would answer 404. */
  function collaboratorsOf(name: string): Record<string, 'read' | 'write'> | null {
    const scope = /^@([^/]+)\//.exec(name)?.[1];
    const org = scope === undefined ? undefined : state.orgs[scope];
    const direct = state.collaborators[name];
    const teams = Object.values(org?.teams ?? {}).filter((t) => name in t.packages);
    if (!direct && !teams.length && !(org && name in org.packages)) return null;
    const table: Record<string, 'read' | 'write'> = {};
    const add = (user: string, permission: Permission) => {
      const level = permission === 'write' || permission === 'read-write' ? 'write' : 'read';
      if (table[user] !== 'write') table[user] = level;
    };
    for (const [user, permission] of Object.entries(direct ?? {})) add(user, permission);
    for (const team of teams) for (const user of team.members) add(user, team.packages[name]!);
    return table;
  }

  /**
   * Each route lags on its own count, as a registry's two documents do behind a CDN: a lag of
   * N holds the version back from the next N packument answers and the next N per-version ones
   * (`requests` counts the packument's; the per-version count starts where it started).
   */
  const versionLag = new WeakMap<NpmLag, number>();
  const lagLeft = (lag: NpmLag, route: 'packument' | 'version') => {
    if (!versionLag.has(lag)) versionLag.set(lag, lag.requests);
    return route === 'packument' ? lag.requests : versionLag.get(lag)!;
  };
  const lagTaken = (lag: NpmLag, route: 'packument' | 'version') => {
    if (route === 'packument') lag.requests--;
    else versionLag.set(lag, versionLag.get(lag)! - 1);
  };

  /**
   * A packument as the registry serves it: Verdaccio's answer with tarball URLs on the proxy
   * (or the mirror), lagging versions left out. Each call counts as one request against the lags.
   */
  async function shapedPackument(
    req: http.IncomingMessage,
    pathname: string,
    name: string,
    route: 'packument' | 'version'
  ): Promise<{ status: number; text: string; contentType: string }> {
    const headers: Record<string, string> = {};
    for (const key of ['accept', 'authorization', 'user-agent']) {
      const value = req.headers[key];
      if (typeof value === 'string') headers[key] = value;
    }
    const upstream = await fetch(`${verdaccioUrl}${pathname}`, { headers });
    const contentType = upstream.headers.get('content-type') ?? 'application/json';
    let text = await upstream.text();
    let status = upstream.status;
    const lagging = state.lags.filter((lag) => lag.name === name && lagLeft(lag, route) > 0);
    for (const lag of lagging) lagTaken(lag, route);
    if (status === 200) {
      const doc = JSON.parse(text) as {
        versions?: Record<string, { dist?: { tarball?: string } & Record<string, unknown> }>;
        'dist-tags'?: Record<string, string>;
        time?: Record<string, string>;
      };
      for (const lag of lagging) {
        delete doc.versions?.[lag.version];
        delete doc.time?.[lag.version];
        for (const [tag, version] of Object.entries(doc['dist-tags'] ?? {})) if (version === lag.version) delete doc['dist-tags']![tag];
      }
      const base = state.mirrored.has(name) ? state.mirror.url : state.url;
      for (const entry of Object.values(doc.versions ?? {})) {
        if (entry.dist?.tarball) entry.dist.tarball = `${base}${new URL(entry.dist.tarball).pathname}`;
      }
      addDistExtras(doc, name, state.distExtras);
      // registry.npmjs.org's abbreviated packument has no `time` (only `modified`); Verdaccio's has one.
      if (contentType.includes('vnd.npm.install-v1')) delete doc.time;
      for (const version of Object.keys(doc.time ?? {})) {
        const time = state.publishTimes[`${name}@${version}`];
        if (time !== undefined) doc.time![version] = time;
      }
      // A package whose only version is not out yet is not there at all, as on npm.
      if (lagging.length > 0 && Object.keys(doc.versions ?? {}).length === 0) {
        status = 404;
        text = JSON.stringify({ error: 'not found' });
      } else {
        text = JSON.stringify(doc);
      }
    }
    return { status, text, contentType };
  }

  /** An answer with the proxy's own ETag over what it sends, so that If-None-Match revalidates this very body (Verdaccio's would describe another). */
  function sendWithEtag(req: http.IncomingMessage, res: http.ServerResponse, url: URL, answer: { status: number; text: string; contentType: string }): void {
    const { status, text, contentType } = answer;
    const etag = `"${createHash('sha1').update(text).digest('hex')}"`;
    if (status === 200 && req.headers['if-none-match'] === etag) {
      record(state.requests, req, url, 304);
      return void res.writeHead(304, { etag }).end();
    }
    record(state.requests, req, url, status);
    res.writeHead(status, { 'content-type': status === 200 ? contentType : 'application/json', ...(status === 200 ? { etag } : {}) }).end(text);
  }

  async function servePackument(req: http.IncomingMessage, res: http.ServerResponse, url: URL, name: string): Promise<void> {
    sendWithEtag(req, res, url, await shapedPackument(req, url.pathname, name, 'packument'));
  }

  /**
   * npm's per-version document (`GET /{name}/{version}`), as registry.npmjs.org and Verdaccio
   * serve it: the packument's entry for the version, lags and tarball URLs as in the packument;
   * 404 `version not found` when the packument lacks it. With `perVersionRoute` off, 404 as a
   * registry without the route answers.
   */
  async function serveVersion(req: http.IncomingMessage, res: http.ServerResponse, url: URL, name: string, version: string): Promise<void> {
    if (!state.perVersionRoute) {
      record(state.requests, req, url, 404);
      return void res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
    }
    const packument = await shapedPackument(req, `/${encodeURIComponent(name).replace(/^%40/, '@')}`, name, 'version');
    if (packument.status !== 200) return sendWithEtag(req, res, url, packument);
    const doc = JSON.parse(packument.text) as { versions?: Record<string, unknown> };
    const entry = doc.versions && Object.hasOwn(doc.versions, version) ? doc.versions[version] : undefined;
    if (entry === undefined)
      return sendWithEtag(req, res, url, { status: 404, text: JSON.stringify({ error: `version not found: ${version}` }), contentType: 'application/json' });
    sendWithEtag(req, res, url, { status: 200, text: JSON.stringify(entry), contentType: 'application/json' });
  }

  // The mirror: another loopback host (127.0.0.2) serving the same tarballs, as a CDN would.
  const mirror = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://mirror');
      const tampered = tamperedBytes(state.tamperedTarballs, url.pathname);
      if (tampered) {
        record(state.mirror.requests, req, url, 200);
        return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(tampered);
      }
      const upstream = await fetch(`${verdaccioUrl}${url.pathname}`);
      const bytes = Buffer.from(await upstream.arrayBuffer());
      record(state.mirror.requests, req, url, upstream.status);
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' }).end(bytes);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.2', resolve));
  state.mirror.url = `http://127.0.0.2:${(mirror.address() as AddressInfo).port}`;

  const proxy = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://proxy');
      const authorization = req.headers.authorization;
      const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        record(state.requests, req, url, status);
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      };
      const fault = state.faults.find((f) => f.times > 0 && f.path.test(url.pathname));
      if (fault) {
        fault.times--;
        return answer(fault.status, { error: fault.echoAuthorization ? `cannot use ${authorization ?? 'no credentials'}` : 'registry fault' });
      }
      const redirect = state.redirects[url.pathname];
      if (redirect) return answer(302, {}, { location: redirect });
      const canned = state.answers[url.pathname];
      if (canned?.contentType !== undefined && typeof canned.body === 'string') {
        record(state.requests, req, url, canned.status);
        return void res.writeHead(canned.status, { 'content-type': canned.contentType }).end(canned.body);
      }
      if (canned) return answer(canned.status, canned.body);
      const tampered = req.method === 'GET' ? tamperedBytes(state.tamperedTarballs, url.pathname) : undefined;
      if (tampered) {
        record(state.requests, req, url, 200);
        return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(tampered.length) }).end(tampered);
      }
      const packument = packumentName(req.method, url.pathname);
      if (packument !== null) return servePackument(req, res, url, packument);
      const versionDoc = versionDocumentPath(req.method, url.pathname);
      if (versionDoc !== null) return serveVersion(req, res, url, versionDoc.name, versionDoc.version);
      const provenance = provenanceAnswer(state, req.method, url.pathname);
      if (provenance && typeof provenance.body === 'string') {
        record(state.requests, req, url, provenance.status);
        return void res.writeHead(provenance.status, { 'content-type': 'application/json' }).end(provenance.body);
      }
      if (provenance) return answer(provenance.status, provenance.body);

      let m: RegExpExecArray | null;
      if (req.method === 'GET' && (m = /^\/-\/org\/([^/]+)\/(package|user)$/.exec(url.pathname))) {
        const scope = decodeURIComponent(m[1]!);
        const org = state.orgs[scope];
        if (!org) return answer(404, { error: 'Scope not found' });
        const user = await whoIs(authorization);
        if (!user) return answer(401, { error: 'You must be logged in to list org packages' });
        return answer(200, m[2] === 'user' ? org.members : org.packages);
      }
      if (req.method === 'GET' && (m = /^\/-\/package\/([^/]+)\/collaborators$/.exec(url.pathname))) {
        const name = decodeURIComponent(m[1]!);
        const table = collaboratorsOf(name);
        if (!table) return answer(404, { error: 'Not found' });
        if (!(await whoIs(authorization))) return answer(401, { error: 'You must be logged in' });
        const only = url.searchParams.get('user');
        const cli = url.searchParams.get('format') === 'cli';
        const shown: Record<string, string> = {};
        for (const [user, permission] of Object.entries(table)) {
          if (only !== null && user !== only) continue;
          shown[user] = cli ? (permission === 'write' ? 'read-write' : 'read-only') : permission;
        }
        return answer(200, shown);
      }
      if (req.method === 'GET' && url.pathname === '/-/whoami' && state.rejectUnknownTokens && authorization) {
        const user = await whoIs(authorization);
        if (!user) return answer(401, { error: 'Unauthorized' });
      }

      // Everything else is Verdaccio's to answer.
      const body = await readBody(req);
      const upstream = http.request(
        `${verdaccioUrl}${req.url ?? '/'}`,
        { method: req.method, headers: { ...req.headers, host: new URL(verdaccioUrl).host } },
        (up) => {
          record(state.requests, req, url, up.statusCode ?? 0);
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        }
      );
      upstream.on('error', (error) => answer(502, { error: error.message }));
      upstream.end(body);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  state.close = async () => {
    proxy.closeAllConnections();
    mirror.closeAllConnections();
    verdaccio.closeAllConnections();
    await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => mirror.close(r)), new Promise((r) => verdaccio.close(r))]);
  };
  return state;
}
