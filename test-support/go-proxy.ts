/**
 * A Go module proxy on loopback (the GOPROXY protocol: `/{module}/@v/list`, `/@v/{version}.info`,
 * `.mod`, `.zip`, module paths and versions case-encoded), serving real modules: the zip is made as
 * cmd/go makes it (every file under `<module>@<version>/`, no directory entries), with yazl. The real
 * `go` command downloads from it (__tests__/clients/go/go-command.test.ts).
 *
 * Lag is counted in requests (the version's `.info` answers 404 for the next N asks), never in time.
 * Tampering: another Origin.Hash, another go.mod; faults: 5xx, garbage and wrong-shape answers.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import yazl from 'yazl';
import { closeServer, listenOnLoopback } from './loopback.js';

export interface GoModuleVersion {
  module: string;
  version: string;
  /** Files by path inside the module (`go.mod`, `client.go`, …). */
  files: Record<string, string>;
  /** The commit Origin.Hash records; omitted: no Origin at all (an older proxy). */
  commit?: string;
}

export type ProxyFault = '503' | 'garbage' | 'wrong-shape' | '410';

export interface PublishedModule {
  zip: Buffer;
  /** The `h1:` hashes, computed here from the files (not from the zip), as go.sum holds them. */
  hashes: { zip: string; mod: string };
}

export interface TestGoProxy {
  url: string;
  requests: string[];
  /** Any credential header a request carried (smoke sends none). */
  credentials: string[];
  publish(version: GoModuleVersion): Promise<PublishedModule>;
  /** The next `count` `.info` requests answer 404, as a proxy that has not fetched the version yet. */
  lag(count: number): void;
  /** Answers that lie: another Origin.Hash, another go.mod (applied to every version while set). */
  tamper: { originHash?: string; mod?: string };
  /** The next `times` requests get the fault. */
  fault(kind: ProxyFault | null, times?: number): void;
  close(): Promise<void>;
}

/** dirhash.Hash1, written independently of src/clients/go/dirhash.ts. */
export function h1(files: Array<[string, Buffer]>): string {
  const lines = files
    .map(([name, data]) => `${createHash('sha256').update(data).digest('hex')}  ${name}\n`)
    .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1));
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}

/** A module zip as cmd/go's modzip.Create writes one: files only, each under `<module>@<version>/`. */
function moduleZip(version: GoModuleVersion): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(version.files)) {
    zip.addBuffer(Buffer.from(text), `${version.module}@${version.version}/${name}`, { mtime: new Date('2026-01-01T00:00:00Z') });
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

function unescape(text: string): string | null {
  if (/[A-Z]/.test(text)) return null;
  return text.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

export async function startGoProxy(): Promise<TestGoProxy> {
  const versions = new Map<string, { spec: GoModuleVersion; zip: Buffer }>();
  const requests: string[] = [];
  const credentials: string[] = [];
  let lagLeft = 0;
  let fault: ProxyFault | null = null;
  let faultsLeft = 0;

  const httpServer = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    for (const header of ['authorization', 'cookie', 'proxy-authorization'])
      if (req.headers[header] !== undefined) credentials.push(`${header}: ${String(req.headers[header])}`);
    const notFound = (status = 404) => res.writeHead(status, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    if (fault && faultsLeft > 0) {
      faultsLeft--;
      if (fault === '503') return res.writeHead(503, { 'content-type': 'text/plain' }).end('upstream unavailable');
      if (fault === '410') return notFound(410);
      if (fault === 'garbage') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"Version": "v1.2.3", <<garbage');
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Name: 'v1.2.3', Short: 'abc' }));
    }
    const m = /^\/(.+)\/@v\/(list|(.+)\.(info|mod|zip))$/.exec(path);
    const module = m ? unescape(m[1]!) : null;
    if (!m || module === null) return notFound();
    if (m[2] === 'list') {
      const list = [...versions.values()].filter((v) => v.spec.module === module).map((v) => v.spec.version);
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(list.map((v) => `${v}\n`).join(''));
    }
    const version = unescape(m[3]!);
    const found = version === null ? undefined : versions.get(`${module}@${version}`);
    if (m[4] === 'info' && lagLeft > 0) {
      lagLeft--;
      return notFound();
    }
    if (!found) return notFound(410);
    const { spec, zip } = found;
    if (m[4] === 'info') {
      const commit = server.tamper.originHash ?? spec.commit;
      const info = {
        Version: spec.version,
        Time: '2026-01-01T00:00:00Z',
        ...(commit ? { Origin: { VCS: 'git', URL: 'https://github.com/example/repo', Ref: `refs/tags/${spec.version}`, Hash: commit } } : {})
      };
      return res.writeHead(200, { 'content-type': 'application/json', etag: `"${spec.version}-${commit ?? ''}"` }).end(JSON.stringify(info));
    }
    if (m[4] === 'mod') return res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(server.tamper.mod ?? spec.files['go.mod'] ?? '');
    return res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) }).end(zip);
  });
  const url = await listenOnLoopback(httpServer);

  const server: TestGoProxy = {
    url,
    requests,
    credentials,
    tamper: {},
    async publish(spec) {
      const zip = await moduleZip(spec);
      versions.set(`${spec.module}@${spec.version}`, { spec, zip });
      const files = Object.entries(spec.files).map(([name, text]): [string, Buffer] => [`${spec.module}@${spec.version}/${name}`, Buffer.from(text)]);
      return { zip, hashes: { zip: h1(files), mod: h1([['go.mod', Buffer.from(spec.files['go.mod'] ?? '')]]) } };
    },
    lag(count) {
      lagLeft = count;
    },
    fault(kind, times = 1) {
      fault = kind;
      faultsLeft = kind ? times : 0;
    },
    close: () => closeServer(httpServer)
  };
  return server;
}
