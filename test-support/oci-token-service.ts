/**
 * A registry laid out as GHCR is, for the push probe: the real Distribution registry with token
 * auth behind one loopback front whose `/token` is the token service, so the challenge's realm is
 * on the registry's own origin (`https://ghcr.io/token` for `ghcr.io`). The front records every
 * request with its headers, can be made to misbehave (a 403 or a 202 without Location on the
 * upload, a token service that redirects elsewhere), and the realm can instead name another
 * host (127.0.0.2), to prove the credential never goes there.
 */
import { existsSync, readdirSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { closeServer, listenOnLoopback } from './loopback.js';
import { startOciRegistry, startTokenServer, type Credentials, type Grants, type OciTestRegistry, type ProxyFault, type TokenServer } from './oci-registry.js';

/** The loopback address that stands for "another host" than the registry's 127.0.0.1. */
export const OTHER_HOST = '127.0.0.2';

export interface SeenRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface PushTestRegistry {
  /** `127.0.0.1:PORT` of the front: what image references name. */
  host: string;
  url: string;
  /** The Distribution registry behind the front. */
  registry: OciTestRegistry;
  tokens: TokenServer;
  /** Every request the front got, in order, with its headers. */
  requests: SeenRequest[];
  /** Decides per request (METHOD and path); null passes it on. Replace it between steps of a test. */
  fault: (request: { method: string; path: string }) => ProxyFault | null;
  /**
   * The upload sessions Distribution keeps for a repository: `_uploads/<id>/` entries holding a
   * `startedat` or `data` file. A cancel removes both; Distribution 2.8 then writes the (empty)
   * hash state of the closed writer once more, so a bare `hashstates/` directory may stay behind,
   * which no request can resume and which holds no bytes of any blob.
   */
  uploads(repository: string): string[];
  /** Every blob in the registry's storage (`sha256:…`). */
  blobs(): string[];
  close(): Promise<void>;
}

export interface PushTestRegistryOptions {
  /** Who may get a token with credentials (the owner and the GitHub token). */
  pusher: Credentials;
  /** What the token service grants the pusher per repository (default: what it asked for). */
  grants?: Grants;
  /** `same-origin` (default): `/token` on the front; `other-host`: a token service on 127.0.0.2; `redirect`: `/token` redirects to 127.0.0.2. */
  realm?: 'same-origin' | 'other-host' | 'redirect';
  /** Distribution answers relative upload Locations (default: absolute, on the front's host). */
  relativeUrls?: boolean;
  /** A push token may cancel its upload, as on GHCR (default true); false: Distribution's own rule (DELETE needs `delete`). */
  pushCancels?: boolean;
}

function forward(target: string, req: http.IncomingMessage, body: Buffer, extra: Record<string, string>): Promise<Response> {
  const headers: Record<string, string> = { ...extra };
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers[k] = v;
  return fetch(`${target}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body: body.length ? body : undefined, redirect: 'manual' });
}

async function answer(res: http.ServerResponse, method: string, upstream: Response, fault: ProxyFault | null): Promise<void> {
  let reply: { status: number; headers: Record<string, string>; body: Buffer } = {
    status: upstream.status,
    headers: Object.fromEntries(upstream.headers),
    body: Buffer.from(await upstream.arrayBuffer())
  };
  for (const h of ['content-encoding', 'transfer-encoding', 'connection', 'keep-alive']) delete reply.headers[h];
  if (fault && 'rewrite' in fault) reply = fault.rewrite(reply);
  if (method !== 'HEAD') reply.headers['content-length'] = String(reply.body.length);
  res.writeHead(reply.status, reply.headers).end(method === 'HEAD' ? undefined : reply.body);
}

/** Starts the token service, the front and the registry (in that order: the registry's config names the realm). */
export async function startPushRegistry(options: PushTestRegistryOptions): Promise<PushTestRegistry> {
  const realm = options.realm ?? 'same-origin';
  const tokens = await startTokenServer({
    pusher: options.pusher,
    grants: options.grants,
    listenHost: realm === 'same-origin' ? undefined : OTHER_HOST,
    pushCancels: options.pushCancels ?? true
  });
  let registry: OciTestRegistry | null = null;
  const state: PushTestRegistry = {
    host: '',
    url: '',
    registry: null as unknown as OciTestRegistry,
    tokens,
    requests: [],
    fault: () => null,
    uploads: (repository) => {
      const dir = path.join(registry!.storage, 'docker/registry/v2/repositories', repository, '_uploads');
      if (!existsSync(dir)) return [];
      return readdirSync(dir).filter((id) => existsSync(path.join(dir, id, 'startedat')) || existsSync(path.join(dir, id, 'data')));
    },
    blobs: () => {
      const dir = path.join(registry!.storage, 'docker/registry/v2/blobs/sha256');
      if (!existsSync(dir)) return [];
      return readdirSync(dir).flatMap((prefix) => readdirSync(path.join(dir, prefix)).map((hex) => `sha256:${hex}`));
    },
    close: async () => {}
  };
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    state.requests.push({ method, url, headers: req.headers });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const fault = state.fault({ method, path: url });
        if (fault && 'answer' in fault) {
          res.writeHead(fault.answer.status, fault.answer.headers ?? {}).end(method === 'HEAD' ? undefined : fault.answer.body);
          return;
        }
        if (url.startsWith('/token')) {
          if (realm === 'redirect') {
            res.writeHead(302, { location: `${tokens.url}${url}` }).end();
            return;
          }
          await answer(res, method, await forward(tokens.url, req, Buffer.concat(chunks), {}), fault);
          return;
        }
        // Distribution builds absolute upload Locations from X-Forwarded-Host: the front's, as a proxy in front of it says.
        await answer(res, method, await forward(registry!.url, req, Buffer.concat(chunks), { 'x-forwarded-host': state.host }), fault);
      })().catch((error: unknown) => {
        res.writeHead(502).end(String(error));
      });
    });
  });
  state.url = await listenOnLoopback(server);
  state.host = new URL(state.url).host;
  if (realm !== 'other-host') tokens.realm = `${state.url}/token`;
  try {
    registry = await startOciRegistry({ auth: { token: tokens }, relativeUrls: options.relativeUrls });
  } catch (error) {
    await Promise.all([closeServer(server), tokens.close()]);
    throw error;
  }
  state.registry = registry;
  state.close = async () => {
    await Promise.all([closeServer(server), tokens.close(), registry!.close()]);
  };
  return state;
}
