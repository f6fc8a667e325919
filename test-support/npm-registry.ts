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
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { runServer } from 'verdaccio';
import { tempDir } from './git-repo.js';

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
  /** Canned answers by request path (e.g. a 200 `{}` for a packument), instead of Verdaccio's. */
  answers: Record<string, { status: number; body: unknown }>;
  /**
   * registry.npmjs.org answers 401 to a token it does not know; Verdaccio answers 200 `{}`.
   * When true, the proxy turns Verdaccio's `{}` for a presented token into npmjs's 401.
   */
  rejectUnknownTokens: boolean;
  /** Paths the proxy answers with a redirect to another origin (to prove the token does not follow). */
  redirects: Record<string, string>;
  faults: NpmFault[];
  requests: NpmRequest[];
  /** Registers a user (Verdaccio writes the htpasswd entry) and returns its token. */
  addUser(name: string, password: string): Promise<string>;
  /** Logs an existing user in and returns a fresh token. */
  login(name: string, password: string): Promise<string>;
  /** Publishes a real version (packument with a gzipped tarball attachment) as the token's user. */
  publish(name: string, version: string, token: string): Promise<void>;
  close(): Promise<void>;
}

/** A real npm package tarball: `package/package.json` in a gzipped tar. */
async function tarball(name: string, version: string): Promise<Buffer> {
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
    addUser: (name, password) => userToken(verdaccioUrl, name, password, false),
    login: (name, password) => userToken(verdaccioUrl, name, password, true),
    async publish(name, version, token) {
      const tgz = await tarball(name, version);
      const file = `${name.split('/').pop()}-${version}.tgz`;
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
            dist: {
              shasum: createHash('sha1').update(tgz).digest('hex'),
              integrity: `sha512-${createHash('sha512').update(tgz).digest('base64')}`,
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

  const proxy = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://proxy');
      const authorization = req.headers.authorization;
      const query = url.search.replace(/^\?/, '');
      const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        state.requests.push({ method: req.method ?? 'GET', path: url.pathname, query, authorization, status });
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
      if (canned) return answer(canned.status, canned.body);

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
      const upstream = http.request(`${verdaccioUrl}${req.url ?? '/'}`, { method: req.method, headers: { ...req.headers, host: new URL(verdaccioUrl).host } }, (up) => {
        state.requests.push({ method: req.method ?? 'GET', path: url.pathname, query, authorization, status: up.statusCode ?? 0 });
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
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
    verdaccio.closeAllConnections();
    await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => verdaccio.close(r))]);
  };
  return state;
}
