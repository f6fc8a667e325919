/**
 * A real TUF repository on loopback, laid out as Sigstore's (https://tuf-repo-cdn.sigstore.dev) is, for
 * @sigstore/tuf (tuf-js) to refresh against: root, targets, snapshot and timestamp metadata built and signed with
 * @tufjs/models (the models tuf-js itself verifies with), one ed25519 key for every role, consistent snapshots.
 * What tuf-js requests, all under the mirror URL:
 *   /{n}.root.json         each newer root after the trusted one, until a 404 (only 1 exists here)
 *   /timestamp.json        always unversioned
 *   /{n}.snapshot.json     /{n}.targets.json   (consistent snapshot: versioned names)
 *   /targets/{dir/}{sha256}.{name}             (consistent snapshot: the hash before the file name)
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Key, Metadata, MetaFile, Root, Signature, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models';

export interface TufRepositoryOptions {
  /** Served as the `trusted_root.json` target (a Sigstore trusted root, JSON). */
  trustedRoot: object;
  /** Other targets by name, e.g. `registry.npmjs.org/keys.json`. */
  targets?: Record<string, Buffer>;
}

export interface TufRepository {
  /** The mirror URL (tufMirrorUrl). */
  url: string;
  /** Writes the repository's initial root (1.root.json) to `dir/root.json` (tufRootFile); returns its path. */
  rootFile(dir: string): string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

const SPEC_VERSION = '1.0.31';
const ROLES = ['root', 'targets', 'snapshot', 'timestamp'] as const;

/** TUF dates are whole seconds, `Z`. */
const expiresIn = (ms: number): string => new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** An ed25519 TUF key (hex public value) and its id: the sha256 of the key's canonical JSON, as TUF defines it. */
function ed25519Key(): { key: Key; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw 32 bytes are the last 32 of the SPKI DER.
  const hex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  // Canonical JSON of this key: keys sorted, no whitespace (the hex value needs no escaping).
  const keyID = sha256(Buffer.from(`{"keytype":"ed25519","keyval":{"public":"${hex}"},"scheme":"ed25519"}`));
  return { key: new Key({ keyID, keyType: 'ed25519', scheme: 'ed25519', keyVal: { public: hex } }), privateKey };
}

/** The metadata documents by file name, and the target files by URL path. */
function buildRepository(options: TufRepositoryOptions): { files: Map<string, Buffer>; rootJson: Buffer } {
  const { key, privateKey } = ed25519Key();
  const signer = (data: Buffer): Signature => new Signature({ keyID: key.keyID, sig: sign(null, data, privateKey).toString('hex') });
  const expires = expiresIn(24 * 60 * 60 * 1000);
  const files = new Map<string, Buffer>();
  const serialize = (metadata: Metadata<Root | Targets | Snapshot | Timestamp>): Buffer => {
    metadata.sign(signer);
    return Buffer.from(JSON.stringify(metadata.toJSON()));
  };

  const root = new Root({ version: 1, specVersion: SPEC_VERSION, expires, consistentSnapshot: true });
  for (const role of ROLES) root.addKey(key, role);
  const rootJson = serialize(new Metadata(root));
  files.set('/1.root.json', rootJson);

  const targets = new Targets({ version: 1, specVersion: SPEC_VERSION, expires });
  const contents: Record<string, Buffer> = { 'trusted_root.json': Buffer.from(JSON.stringify(options.trustedRoot)), ...options.targets };
  for (const [name, bytes] of Object.entries(contents)) {
    const hash = sha256(bytes);
    targets.addTarget(new TargetFile({ path: name, length: bytes.length, hashes: { sha256: hash } }));
    const { dir, base } = posix.parse(name);
    files.set(`/targets/${dir ? `${dir}/` : ''}${hash}.${base}`, bytes);
  }
  const targetsJson = serialize(new Metadata(targets));
  files.set('/1.targets.json', targetsJson);

  const snapshot = new Snapshot({
    version: 1,
    specVersion: SPEC_VERSION,
    expires,
    meta: { 'targets.json': new MetaFile({ version: 1, length: targetsJson.length, hashes: { sha256: sha256(targetsJson) } }) }
  });
  const snapshotJson = serialize(new Metadata(snapshot));
  files.set('/1.snapshot.json', snapshotJson);

  const timestamp = new Timestamp({
    version: 1,
    specVersion: SPEC_VERSION,
    expires,
    snapshotMeta: new MetaFile({ version: 1, length: snapshotJson.length, hashes: { sha256: sha256(snapshotJson) } })
  });
  files.set('/timestamp.json', serialize(new Metadata(timestamp)));
  return { files, rootJson };
}

/** Starts the repository on 127.0.0.1. Call `close()` in afterAll. */
export async function startTufRepository(options: TufRepositoryOptions): Promise<TufRepository> {
  const { files, rootJson } = buildRepository(options);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const body = request.method === 'GET' ? files.get(path) : undefined;
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('TUF repository server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    rootFile(dir: string): string {
      const file = join(dir, 'root.json');
      writeFileSync(file, rootJson);
      return file;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
