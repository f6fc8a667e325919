import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { clip } from '../util/text.js';
import { ReleaseGatesError } from '../errors.js';

/**
 * Go's checksum-database formats (sum.golang.org and any server speaking its protocol), read and
 * verified as the `go` command does: GOSUMDB values and note verifier keys, signed notes
 * (golang.org/x/mod/sumdb/note), the tree a note carries and the `/lookup` record
 * (golang.org/x/mod/sumdb/tlog), and the record's inclusion in the signed tree, proven from the
 * database's tiles (RFC 6962 hashing, tile height 8). Pure: bytes in, typed values out; the tile
 * bytes come from whoever calls (the client in src/clients/go/sumdb.ts fetches them).
 *
 * Hand-written: no npm library implements Go's signed notes or its tlog tiles. The cryptography
 * itself (sha256, Ed25519) is node:crypto's; this file only arranges bytes as Go's packages do.
 */

export class SumdbError extends ReleaseGatesError {
  override name = 'SumdbError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

/** Go's own checksum database, used when the config has no `gosumdb`. */
export const DEFAULT_GOSUMDB = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';

/** A database as a GOSUMDB value names it: its name, key and where it is served. */
export interface SumdbConfig {
  name: string;
  /** The key's 4-byte hash, as the note signatures carry it. */
  keyHash: number;
  publicKey: KeyObject;
  /** Base URL without a trailing slash (`https://<name>` unless the value gives one). */
  url: string;
}

/** The signed tree a note carries (tlog.Tree). */
export interface SignedTree {
  size: number;
  root: Buffer;
}

/** A `/lookup` answer split as tlog.ParseRecord does. */
export interface SumdbRecord {
  id: number;
  /** The record text: `<module> <version> h1:…\n<module> <version>/go.mod h1:…\n`. */
  text: string;
  /** The signed tree note that followed the record. */
  note: string;
}

/** The Ed25519 algorithm byte of a note verifier key (note.algEd25519). */
const ALG_ED25519 = 1;
export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 1 << TILE_HEIGHT;
export const HASH_SIZE = 32;

/** note.isValidName: non-empty, no space, no `+`. */
function validName(name: string): boolean {
  return name !== '' && !/[\s+]/u.test(name);
}

/** The 4-byte key hash of note.NewVerifier: sha256(name + "\n" + algorithm byte + key), first 4 bytes, big-endian. */
export function noteKeyHash(name: string, key: Buffer): number {
  return createHash('sha256').update(`${name}\n`).update(key).digest().readUInt32BE(0);
}

/**
 * Reads a GOSUMDB value (`<name>+<hash>+<key>`, optionally a space and the URL) as cmd/go's
 * note.NewVerifier does: the key decodes to the Ed25519 algorithm byte and 32 key bytes, and its
 * hash must be the one written in the value, so a typo in the key is caught before anything is asked.
 */
export function parseGosumdb(value: string): SumdbConfig {
  const fields = value.trim().split(/\s+/);
  if (fields.length < 1 || fields.length > 2 || fields[0] === '') throw new SumdbError(`gosumdb "${clip(value, 120)}" is not <name>+<hash>+<key> [<url>]`);
  const verifier = fields[0]!;
  const parts = verifier.split('+');
  const name = parts[0] ?? '';
  const hashHex = parts[1] ?? '';
  const key64 = parts.slice(2).join('+');
  if (!validName(name) || !/^[0-9a-f]{8}$/.test(hashHex) || key64 === '')
    throw new SumdbError(`gosumdb key "${clip(verifier, 120)}" is not <name>+<8 hex digits>+<base64 key>`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(key64) || key64.length % 4 !== 0) throw new SumdbError(`gosumdb key for ${name}: the key is not base64`);
  const key = Buffer.from(key64, 'base64');
  if (key.length !== 1 + 32 || key[0] !== ALG_ED25519) {
    throw new SumdbError(`gosumdb key for ${name}: not an Ed25519 note key (expected algorithm byte 1 and 32 key bytes, got ${key.length} bytes)`);
  }
  const keyHash = noteKeyHash(name, key);
  if (keyHash !== parseInt(hashHex, 16)) {
    throw new SumdbError(
      `gosumdb key for ${name}: its hash ${hashHex} does not match the key (the key hashes to ${keyHash.toString(16).padStart(8, '0')}); copy the whole value again`
    );
  }
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.subarray(1).toString('base64url') }, format: 'jwk' });
  const url = (fields[1] ?? `https://${name}`).replace(/\/+$/, '');
  return { name, keyHash, publicKey, url };
}

/** Valid UTF-8 with no ASCII control character but `\n` (the rule of note.Open and tlog.ParseRecord). */
function wellFormedText(bytes: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return /[\u0000-\u0009\u000b-\u001f]/.test(text) ? null : text;
}

/** Splits a `/lookup` answer: the record id line, the record text up to the first blank line, then the note (tlog.ParseRecord). */
export function parseLookup(body: Buffer, shown: string): SumdbRecord {
  const text = wellFormedText(body);
  if (text === null) throw new SumdbError(`${shown}: the answer is not UTF-8 text without control characters`);
  const newline = text.indexOf('\n');
  const idText = newline < 0 ? '' : text.slice(0, newline);
  if (!/^\d{1,15}$/.test(idText)) throw new SumdbError(`${shown}: the answer does not start with a record number`);
  const rest = text.slice(newline + 1);
  const blank = rest.indexOf('\n\n');
  if (blank < 0) throw new SumdbError(`${shown}: the answer has no blank line between the record and the tree note`);
  return { id: Number(idText), text: rest.slice(0, blank + 1), note: rest.slice(blank + 2) };
}

/** One signature line of a note: `— <name> <base64(4-byte key hash ‖ signature)>`. */
export interface NoteSignature {
  name: string;
  keyHash: number;
  /** The signature bytes after the key hash. */
  signature: Buffer;
}

/** A note split as note.Open splits it, before any signature is checked. */
export interface SignedNote {
  /** The signed text, ending in a line break. */
  text: string;
  /** Every signature line, in order (a note may carry signatures by several keys: the log's and witnesses'). */
  signatures: NoteSignature[];
}

/** note.Open refuses a note with more signatures than this (maxSignatures in golang.org/x/mod/sumdb/note). */
const MAX_SIGNATURES = 100;

/**
 * Splits a signed note as note.Open does: the text up to the last blank line, then one
 * `— <name> <base64>` line per signature, each ending in a line break. Checks the syntax only.
 */
export function readNote(note: string): SignedNote {
  const bytes = Buffer.from(note, 'utf8');
  if (wellFormedText(bytes) === null) throw new SumdbError('the tree note is not UTF-8 text without control characters');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new SumdbError('the tree note is malformed: no blank line before its signatures');
  const text = note.slice(0, split + 1);
  const sigs = note.slice(split + 2);
  if (sigs === '' || !sigs.endsWith('\n')) throw new SumdbError('the tree note is malformed: its signature block does not end with a line break');
  const signatures: NoteSignature[] = [];
  for (const line of sigs.slice(0, -1).split('\n')) {
    if (!line.startsWith('\u2014 ')) throw new SumdbError('the tree note is malformed: a signature line does not start with "— "');
    const body = line.slice(2);
    const space = body.indexOf(' ');
    const name = space < 0 ? body : body.slice(0, space);
    const b64 = space < 0 ? '' : body.slice(space + 1);
    const sig = /^[A-Za-z0-9+/]+={0,2}$/.test(b64) && b64.length % 4 === 0 ? Buffer.from(b64, 'base64') : null;
    if (!validName(name) || sig === null || sig.length < 5) throw new SumdbError('the tree note is malformed: a signature line is not "— <name> <base64>"');
    signatures.push({ name, keyHash: sig.readUInt32BE(0), signature: sig.subarray(4) });
  }
  if (signatures.length > MAX_SIGNATURES) {
    throw new SumdbError(`the tree note is malformed: it has ${signatures.length} signatures, more than the ${MAX_SIGNATURES} Go accepts`);
  }
  return { text, signatures };
}

const keyName = (name: string, hash: number) => `${clip(name, 60)}+${hash.toString(16).padStart(8, '0')}`;

/**
 * Opens a signed note as note.Open does and returns its text when `db`'s key signed it. Signatures
 * by other keys (witnesses, other logs) are ignored; a signature by this key that does not verify
 * is an error, and so is a note with no signature by this key.
 */
export function openNote(note: string, db: Pick<SumdbConfig, 'name' | 'keyHash' | 'publicKey'>): string {
  const { text, signatures } = readNote(note);
  let verified = false;
  const others: string[] = [];
  for (const sig of signatures) {
    if (sig.name !== db.name || sig.keyHash !== db.keyHash) {
      others.push(keyName(sig.name, sig.keyHash));
      continue;
    }
    if (!verify(null, Buffer.from(text, 'utf8'), db.publicKey, sig.signature)) {
      throw new SumdbError(
        `the tree note's signature by ${db.name} does not verify with the configured key: the note was altered or signed by another key with the same hash`
      );
    }
    verified = true;
  }
  if (!verified) {
    const seen = others.length ? `only by ${others.join(', ')}` : 'by no key';
    throw new SumdbError(`the tree note is not signed by the configured key ${keyName(db.name, db.keyHash)} (signed ${seen}); check gosumdb`);
  }
  return text;
}

/** Reads the tree from a verified note's text (tlog.ParseTree); extra lines are ignored, as Go does. */
export function parseTree(text: string): SignedTree {
  const f = text.split('\n');
  if (f.length < 4 || f[0] !== 'go.sum database tree') throw new SumdbError('the signed note is not a go.sum database tree');
  if (!/^\d{1,15}$/.test(f[1]!)) throw new SumdbError('the signed tree size is not a number');
  const root = /^[A-Za-z0-9+/]{43}=$/.test(f[2]!) ? Buffer.from(f[2]!, 'base64') : null;
  if (root === null || root.length !== HASH_SIZE) throw new SumdbError('the signed tree hash is not 32 bytes of base64');
  return { size: Number(f[1]), root };
}

/** The `h1:` hashes a record holds for one module version: the zip's and the go.mod's (null when missing). */
export function recordHashes(text: string, module: string, version: string): { zip: string | null; mod: string | null } {
  let zip: string | null = null;
  let mod: string | null = null;
  for (const line of text.split('\n')) {
    const [path, vers, hash, ...more] = line.split(' ');
    if (path !== module || more.length > 0 || hash === undefined) continue;
    if (vers === version) zip = hash;
    else if (vers === `${version}/go.mod`) mod = hash;
  }
  return { zip, mod };
}

/** tlog.RecordHash: sha256(0x00 ‖ data), the RFC 6962 leaf hash. */
export function recordHash(data: string | Buffer): Buffer {
  return createHash('sha256').update(Buffer.of(0)).update(data).digest();
}

/** tlog.NodeHash: sha256(0x01 ‖ left ‖ right), the RFC 6962 interior hash. */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(Buffer.of(1)).update(left).update(right).digest();
}

/** tlog.Tile.Path: `tile/8/<L>/<N>[.p/<W>]`, N written in 3-digit groups as `x001/x234/067`. */
export function tilePath(level: number, index: number, width: number): string {
  let n = index;
  let nStr = String(n % 1000).padStart(3, '0');
  while (n >= 1000) {
    n = Math.floor(n / 1000);
    nStr = `x${String(n % 1000).padStart(3, '0')}/${nStr}`;
  }
  const partial = width === TILE_WIDTH ? '' : `.p/${width}`;
  return `tile/${TILE_HEIGHT}/${level}/${nStr}${partial}`;
}

/** Where proveInclusion reads hash tiles from: `width` hashes of tile `index` at tile level `level`. */
export interface TileSource {
  tile(level: number, index: number, width: number): Promise<Buffer>;
}

/**
 * Proves that `text` is record `id` of the signed tree: its leaf hash, with the sibling hashes
 * read from the database's tiles, must fold up (RFC 6962 audit path) to the signed root. The tile
 * bytes are untrusted; only a path that reaches the signed root counts, so a tampered tile or a
 * record text other than the one the tree holds fails. Returns how many tiles were read.
 */
export async function proveInclusion(api: TileSource, tree: SignedTree, id: number, text: string): Promise<{ tiles: number }> {
  if (!Number.isSafeInteger(id) || id < 0 || id >= tree.size) throw new SumdbError(`record ${id} is not in the signed tree of ${tree.size} records`);
  const tiles = new Map<string, Promise<Buffer>>();
  const tileOf = (level: number, index: number, width: number) => {
    const key = `${level}/${index}/${width}`;
    let tile = tiles.get(key);
    if (!tile) {
      tile = api.tile(level, index, width);
      tiles.set(key, tile);
    }
    return tile;
  };
  /** The hash of the complete subtree at `level` (2^level leaves), number `index`; from a tile row, or computed up from one. */
  const stored = async (level: number, index: number): Promise<Buffer> => {
    if (level % TILE_HEIGHT !== 0) {
      const [left, right] = await Promise.all([stored(level - 1, 2 * index), stored(level - 1, 2 * index + 1)]);
      return nodeHash(left, right);
    }
    const count = Math.floor(tree.size / 2 ** level);
    const tileIndex = Math.floor(index / TILE_WIDTH);
    const width = Math.min(TILE_WIDTH, count - tileIndex * TILE_WIDTH);
    const tile = await tileOf(level / TILE_HEIGHT, tileIndex, width);
    const at = (index % TILE_WIDTH) * HASH_SIZE;
    return tile.subarray(at, at + HASH_SIZE);
  };
  /** RFC 6962 MTH of leaves [lo, hi): one stored hash when it is a complete aligned subtree, else split at the largest power of two. */
  const subtree = async (lo: number, hi: number): Promise<Buffer> => {
    const size = hi - lo;
    if (Number.isInteger(Math.log2(size)) && lo % size === 0) return stored(Math.log2(size), lo / size);
    const k = largestPowerOfTwoBelow(size);
    const [left, right] = await Promise.all([subtree(lo, lo + k), subtree(lo + k, hi)]);
    return nodeHash(left, right);
  };
  /** The root of leaves [lo, hi) with leaf `id` taken from the record itself, never from a tile. */
  const fold = async (lo: number, hi: number): Promise<Buffer> => {
    if (hi - lo === 1) return recordHash(text);
    const k = largestPowerOfTwoBelow(hi - lo);
    return id < lo + k ? nodeHash(await fold(lo, lo + k), await subtree(lo + k, hi)) : nodeHash(await subtree(lo, lo + k), await fold(lo + k, hi));
  };
  const root = await fold(0, tree.size);
  if (!root.equals(tree.root)) {
    throw new SumdbError(
      `record ${id}'s inclusion in the signed tree of ${tree.size} records cannot be proven: the tiles and the record do not hash to the signed root`
    );
  }
  return { tiles: tiles.size };
}

/** The largest power of two strictly below n (n ≥ 2). */
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
