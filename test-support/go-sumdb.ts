/**
 * A Go checksum database on loopback, serving what sum.golang.org serves (golang.org/x/mod/sumdb
 * server protocol): `/lookup/{module}@{version}` (record id, record text, blank line, signed tree
 * note), `/latest`, and hash tiles `/tile/8/{L}/{N}[.p/{W}]` of an RFC 6962 Merkle tree laid out as
 * golang.org/x/mod/sumdb/tlog lays it out. The key is a real Ed25519 key (node:crypto) and notes are
 * signed as golang.org/x/mod/sumdb/note signs them, so the real `go` command accepts this database
 * (proven in __tests__/clients/go/go-command.test.ts).
 *
 * Written independently of src/clients/go/sumdb.ts (the code under test) so one cannot hide the
 * other's mistake. Faults: a note signed by another key, a corrupted signature, a tampered tile,
 * a lookup whose record text differs from the tree's, 5xx and garbage answers.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import * as http from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.js';

export type SumdbTamper = 'none' | 'other-key' | 'corrupt-signature' | 'tile' | 'record-text';
export type SumdbFault = '503' | 'garbage';

export interface TestSumdb {
  url: string;
  name: string;
  /** The verifier key, `<name>+<hash>+<base64 key>`. */
  key: string;
  /** The GOSUMDB value pointing at this server: `<key> <url>`. */
  gosumdb: string;
  /** Every request path, in order. */
  requests: string[];
  /** Any credential header a request carried (smoke sends none). */
  credentials: string[];
  /** Appends a record (`<module> <version> <h1>` and the `/go.mod` line); returns its id. */
  add(module: string, version: string, hashes: { zip: string; mod: string }): number;
  /** Appends filler records so the tree spans several tiles. */
  addFiller(count: number): void;
  size(): number;
  /** Record `id`'s text as the tree holds it. */
  record(id: number): string;
  tamper: SumdbTamper;
  /** The next `count` lookups answer 404, as a database that has not fetched the version yet. */
  lag(count: number): void;
  /** The next `times` requests get the fault. */
  fault(kind: SumdbFault | null, times?: number): void;
  close(): Promise<void>;
}

const HEIGHT = 8;
const WIDTH = 1 << HEIGHT;

function verifierKey(name: string, publicKey: KeyObject): { key: string; hash: number } {
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const bytes = Buffer.concat([Buffer.of(1), raw]);
  const hash = createHash('sha256').update(`${name}\n`).update(bytes).digest().readUInt32BE(0);
  return { key: `${name}+${hash.toString(16).padStart(8, '0')}+${bytes.toString('base64')}`, hash };
}

const leafHash = (data: string) => createHash('sha256').update(Buffer.of(0)).update(data).digest();
const interior = (l: Buffer, r: Buffer) => createHash('sha256').update(Buffer.of(1)).update(l).update(r).digest();

/** Module path/version from Go's case-encoding (`!a` → `A`). */
function unescape(text: string): string | null {
  if (/[A-Z]/.test(text)) return null;
  return text.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

export async function startSumdb(options: { name?: string } = {}): Promise<TestSumdb> {
  const name = options.name ?? 'sumdb.test.example';
  const keys = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const { key, hash } = verifierKey(name, keys.publicKey);
  const otherHash = verifierKey(name, other.publicKey).hash;
  const records: string[] = [];
  const index = new Map<string, number>();
  /** levels[L][i]: the hash of complete subtree i at level L (2^L leaves). */
  const levels: Buffer[][] = [[]];
  const requests: string[] = [];
  const credentials: string[] = [];
  let fault: SumdbFault | null = null;
  let faultsLeft = 0;
  let lagLeft = 0;

  const append = (text: string): number => {
    const id = records.length;
    records.push(text);
    levels[0]!.push(leafHash(text));
    for (let l = 0; levels[l]!.length % 2 === 0; l++) {
      const row = levels[l]!;
      levels[l + 1] ??= [];
      levels[l + 1]!.push(interior(row[row.length - 2]!, row[row.length - 1]!));
    }
    return id;
  };
  /** RFC 6962 MTH of leaves [lo, hi). */
  const mth = (lo: number, hi: number): Buffer => {
    const n = hi - lo;
    if (Number.isInteger(Math.log2(n)) && lo % n === 0) return levels[Math.log2(n)]![lo / n]!;
    let k = 1;
    while (k * 2 < n) k *= 2;
    return interior(mth(lo, lo + k), mth(lo + k, hi));
  };
  const note = (): string => {
    const n = records.length;
    const text = `go.sum database tree\n${n}\n${(n === 0 ? createHash('sha256').digest() : mth(0, n)).toString('base64')}\n`;
    const signer = server.tamper === 'other-key' ? other.privateKey : keys.privateKey;
    const keyHash = server.tamper === 'other-key' ? otherHash : hash;
    const sig = sign(null, Buffer.from(text), signer);
    if (server.tamper === 'corrupt-signature') sig[10]! ^= 0xff;
    const head = Buffer.alloc(4);
    head.writeUInt32BE(keyHash);
    return `${text}\n\u2014 ${name} ${Buffer.concat([head, sig]).toString('base64')}\n`;
  };
  /** `tile/8/{L}/{x001/…/NNN}[.p/{W}]` → tile bytes, or null when the tree has no such tile. */
  const tile = (path: string): Buffer | null => {
    const m = /^tile\/8\/(\d+)\/((?:x\d{3}\/)*\d{3})(?:\.p\/(\d+))?$/.exec(path);
    if (!m) return null;
    const level = Number(m[1]) * HEIGHT;
    const n = Number(m[2]!.replace(/x|\//g, ''));
    const width = m[3] === undefined ? WIDTH : Number(m[3]);
    if (width < 1 || width > WIDTH) return null;
    const row = levels[level] ?? [];
    const start = n * WIDTH;
    if (start + width > row.length) return null;
    // A partial tile exists only while the tree has not filled it.
    if (width < WIDTH && start + WIDTH <= row.length) return null;
    const data = Buffer.concat(row.slice(start, start + width));
    if (server.tamper === 'tile') data[0]! ^= 0x01;
    return data;
  };

  const httpServer = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    requests.push(`/${path}`);
    for (const header of ['authorization', 'cookie', 'proxy-authorization'])
      if (req.headers[header] !== undefined) credentials.push(`${header}: ${String(req.headers[header])}`);
    if (fault && faultsLeft > 0) {
      faultsLeft--;
      if (fault === '503') {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('unavailable');
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('<html>\u0001 not a record</html>');
      }
      return;
    }
    if (path === 'latest') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(note());
      return;
    }
    if (path.startsWith('lookup/')) {
      const at = path.lastIndexOf('@');
      const module = unescape(path.slice('lookup/'.length, at));
      const version = unescape(path.slice(at + 1));
      const id = at < 0 || module === null || version === null ? undefined : index.get(`${module}@${version}`);
      if (id === undefined || lagLeft > 0) {
        lagLeft = Math.max(0, lagLeft - 1);
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
        return;
      }
      const text = server.tamper === 'record-text' ? records[id]!.replace(/h1:./, 'h1:A') : records[id]!;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`${id}\n${text}\n${note()}`);
      return;
    }
    const data = tile(path);
    if (data) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(data);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  const url = await listenOnLoopback(httpServer);

  const server: TestSumdb = {
    url,
    name,
    key,
    gosumdb: `${key} ${url}`,
    requests,
    credentials,
    tamper: 'none',
    add(module, version, hashes) {
      const id = append(`${module} ${version} ${hashes.zip}\n${module} ${version}/go.mod ${hashes.mod}\n`);
      index.set(`${module}@${version}`, id);
      return id;
    },
    addFiller(count) {
      for (let i = 0; i < count; i++) {
        const n = records.length;
        const h = createHash('sha256').update(String(n)).digest('base64');
        append(`example.com/filler${n} v1.0.0 h1:${h}\nexample.com/filler${n} v1.0.0/go.mod h1:${h}\n`);
      }
    },
    size: () => records.length,
    record: (id) => records[id]!,
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
