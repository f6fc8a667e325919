/**
 * The checksum-database client: GOSUMDB parsing with its key hash, signed-note verification,
 * record parsing, and inclusion proofs from tiles — against the loopback database whose answers
 * the real `go` command accepts (go-command.test.ts), over trees of many shapes and three tile levels.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import {
  createGoSumdbApi,
  DEFAULT_GOSUMDB,
  openNote,
  parseGosumdb,
  parseLookup,
  parseTree,
  proveInclusion,
  recordHashes,
  SumdbError,
  tilePath,
  type GoSumdbApi
} from '../../../src/clients/go/sumdb.js';
import { HttpClient } from '../../../src/clients/http.js';
import { startSumdb, type TestSumdb } from '../../../test-support/go-sumdb.js';

const http = new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 5000, userAgent: 'test' });
const servers: TestSumdb[] = [];

afterAll(async () => {
  for (const server of servers) await server.close();
});

async function database(size: number): Promise<{ server: TestSumdb; api: GoSumdbApi }> {
  const server = await startSumdb();
  servers.push(server);
  server.addFiller(size);
  return { server, api: createGoSumdbApi({ gosumdb: server.gosumdb, http }) };
}

/** The signed tree the database serves now, verified. */
async function latest(server: TestSumdb, api: GoSumdbApi) {
  const note = await fetch(`${server.url}/latest`).then((r) => r.text());
  return parseTree(openNote(note, api.db));
}

/** Tiles read once per test: a proof per record would otherwise ask for the same tiles again and again. */
function cached(api: GoSumdbApi): Pick<GoSumdbApi, 'tile'> & { asked: string[] } {
  const seen = new Map<string, Promise<Buffer>>();
  const asked: string[] = [];
  return {
    asked,
    tile(level, index, width) {
      const key = tilePath(level, index, width);
      if (!seen.has(key)) {
        asked.push(key);
        seen.set(key, api.tile(level, index, width));
      }
      return seen.get(key)!;
    }
  };
}

function noteKey(name: string) {
  const pair = generateKeyPairSync('ed25519');
  const raw = Buffer.concat([Buffer.of(1), Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url')]);
  const hash = createHash('sha256').update(`${name}\n`).update(raw).digest().readUInt32BE(0);
  return { ...pair, hash, spec: `${name}+${hash.toString(16).padStart(8, '0')}+${raw.toString('base64')}` };
}

function signatureLine(name: string, key: ReturnType<typeof noteKey>, text: string): string {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(key.hash);
  return `\u2014 ${name} ${Buffer.concat([head, sign(null, Buffer.from(text), key.privateKey)]).toString('base64')}\n`;
}

describe('GOSUMDB values', () => {
  test("Go's own sum.golang.org key: its hash checks out, served at https://sum.golang.org", () => {
    const db = parseGosumdb(DEFAULT_GOSUMDB);
    expect(db).toMatchObject({ name: 'sum.golang.org', keyHash: 0x033de0ae, url: 'https://sum.golang.org' });
    expect(db.publicKey.asymmetricKeyType).toBe('ed25519');
  });

  test('a URL after the key is where the database is asked', () => {
    expect(parseGosumdb(`${DEFAULT_GOSUMDB} https://mirror.example/sumdb/`).url).toBe('https://mirror.example/sumdb');
  });

  test.each([
    ['a wrong key hash', DEFAULT_GOSUMDB.replace('033de0ae', '033de0af'), 'its hash 033de0af does not match the key (the key hashes to 033de0ae)'],
    ['another name for the key', DEFAULT_GOSUMDB.replace('sum.golang.org', 'sum.example.org'), 'does not match the key'],
    ['a key of the wrong length', 'sum.golang.org+033de0ae+AQID', 'not an Ed25519 note key'],
    ['a key that is not base64', 'sum.golang.org+033de0ae+A#B', 'the key is not base64'],
    ['no hash', 'sum.golang.org+Ac4zctda0e5eza', 'is not <name>+<8 hex digits>+<base64 key>'],
    ['three fields', `${DEFAULT_GOSUMDB} https://a.example https://b.example`, 'is not <name>+<hash>+<key> [<url>]']
  ])('refuses %s', (_what, value, message) => {
    expect(() => parseGosumdb(value)).toThrow(message);
  });
});

describe('signed tree notes', () => {
  const name = 'sumdb.test.example';
  const ours = noteKey(name);
  const theirs = noteKey(name);
  const db = parseGosumdb(ours.spec);
  const text = `go.sum database tree\n5\n${Buffer.alloc(32, 7).toString('base64')}\n`;

  test('a note signed by the key opens; extra signatures by unknown keys are ignored', () => {
    expect(openNote(`${text}\n${signatureLine(name, ours, text)}`, db)).toBe(text);
    expect(openNote(`${text}\n${signatureLine('other.example', theirs, text)}${signatureLine(name, ours, text)}`, db)).toBe(text);
    expect(parseTree(text)).toEqual({ size: 5, root: Buffer.alloc(32, 7) });
  });

  test.each([
    [
      'signed only by another key of the same name',
      () => `${text}\n${signatureLine(name, theirs, text)}`,
      /not signed by the configured key sumdb\.test\.example\+[0-9a-f]{8} \(signed only by sumdb\.test\.example\+[0-9a-f]{8}\)/
    ],
    [
      'altered after signing',
      () => `${text.replace('\n5\n', '\n6\n')}\n${signatureLine(name, ours, text)}`,
      /signature by sumdb\.test\.example does not verify with the configured key/
    ],
    ['with no blank line', () => `${text}${signatureLine(name, ours, text)}`.replaceAll('\n\n', '\n'), /no blank line/],
    ['with a signature line without the em dash', () => `${text}\n- ${name} AAAA\n`, /does not start with "— "/],
    ['with a control character', () => `${text.replace('tree', 'tr\u0007ee')}\n${signatureLine(name, ours, text)}`, /control characters/],
    ['without a final newline', () => `${text}\n${signatureLine(name, ours, text).trimEnd()}`, /does not end with a line break/]
  ])('refuses a note %s', (_what, note, message) => {
    expect(() => openNote(note(), db)).toThrow(message);
  });

  test.each([
    ['another first line', 'go.sum database forest\n5\nAAAA\n', 'not a go.sum database tree'],
    ['a size that is not a number', `go.sum database tree\nfive\n${Buffer.alloc(32).toString('base64')}\n`, 'size is not a number'],
    ['a short root hash', `go.sum database tree\n5\n${Buffer.alloc(31).toString('base64')}\n`, 'not 32 bytes']
  ])('refuses a tree with %s', (_what, tree, message) => {
    expect(() => parseTree(tree)).toThrow(message);
  });
});

describe('lookup records', () => {
  test('id, text up to the first blank line, then the note; hashes by line', () => {
    const body = Buffer.from('42\nm v1.0.0 h1:zip=\nm v1.0.0/go.mod h1:mod=\n\ngo.sum database tree\n');
    const record = parseLookup(body, 'lookup');
    expect(record).toEqual({ id: 42, text: 'm v1.0.0 h1:zip=\nm v1.0.0/go.mod h1:mod=\n', note: 'go.sum database tree\n' });
    expect(recordHashes(record.text, 'm', 'v1.0.0')).toEqual({ zip: 'h1:zip=', mod: 'h1:mod=' });
    expect(recordHashes(record.text, 'm', 'v1.0.1')).toEqual({ zip: null, mod: null });
    expect(recordHashes(record.text, 'n', 'v1.0.0')).toEqual({ zip: null, mod: null });
  });

  test.each([['not a number\nx\n\nnote'], ['42\nno blank line\n'], ['42\n\u0000\n\nnote']])('refuses %j', (body) => {
    expect(() => parseLookup(Buffer.from(body), 'lookup')).toThrow(SumdbError);
  });
});

describe('tile paths', () => {
  test.each([
    [0, 0, 256, 'tile/8/0/000'],
    [0, 1, 53, 'tile/8/0/001.p/53'],
    [1, 999, 256, 'tile/8/1/999'],
    [0, 1000, 256, 'tile/8/0/x001/000'],
    [2, 1234067, 7, 'tile/8/2/x001/x234/067.p/7']
  ])('level %i tile %i width %i → %s', (level, index, width, path) => {
    expect(tilePath(level, index, width)).toBe(path);
  });
});

describe('inclusion proofs from tiles', () => {
  test.each([1, 2, 3, 5, 8, 255, 256, 257, 300, 513])('every record of a tree of %i proves', async (size) => {
    const { server, api } = await database(size);
    const tree = await latest(server, api);
    expect(tree.size).toBe(size);
    const tiles = cached(api);
    for (let id = 0; id < size; id++) await proveInclusion(tiles, tree, id, server.record(id));
    // A one-record tree is its own proof; otherwise the right edge of a tree that does not fill a tile is read from partial tiles.
    if (size > 1 && size % 256 !== 0) expect(tiles.asked.some((p) => p.includes('.p/'))).toBe(true);
  });

  test('a tree over 65 536 records proves records from level-0, level-1 and level-2 tiles', async () => {
    const { server, api } = await database(65_536 + 300);
    const tree = await latest(server, api);
    const tiles = cached(api);
    for (const id of [0, 12_345, 65_535, 65_536, 65_835]) await proveInclusion(tiles, tree, id, server.record(id));
    expect(tiles.asked).toEqual(expect.arrayContaining(['tile/8/0/000', 'tile/8/0/257.p/44', 'tile/8/1/000', 'tile/8/1/001.p/1', 'tile/8/2/000.p/1']));
  });

  test('a record text the tree does not hold, a tampered tile, or an id outside the tree fails', async () => {
    const { server, api } = await database(300);
    const tree = await latest(server, api);
    await expect(proveInclusion(api, tree, 7, server.record(8))).rejects.toThrow("record 7's inclusion in the signed tree of 300 records cannot be proven");
    await expect(proveInclusion(api, tree, 300, server.record(299))).rejects.toThrow('record 300 is not in the signed tree of 300 records');
    server.tamper = 'tile';
    await expect(proveInclusion(api, tree, 7, server.record(7))).rejects.toThrow('cannot be proven: the tiles and the record do not hash to the signed root');
    server.tamper = 'none';
    await expect(proveInclusion(api, tree, 7, server.record(7))).resolves.toEqual({ tiles: expect.any(Number) });
  });

  test('a tile of the wrong size, or one the database does not serve, fails naming it', async () => {
    const { server, api } = await database(300);
    const tree = await latest(server, api);
    const short: Pick<GoSumdbApi, 'tile'> = { tile: async (l, n, w) => (await api.tile(l, n, w)).subarray(32) };
    await expect(proveInclusion(short, tree, 7, server.record(7))).rejects.toThrow(SumdbError);
    // A tree bigger than the database holds: its tiles do not exist.
    await expect(proveInclusion(api, { size: 600, root: tree.root }, 7, server.record(7))).rejects.toThrow(
      /^the checksum database does not serve tile\/8\/[01]\/00\d\.p\/\d+ \(404\), so the record's inclusion cannot be proven$/
    );
  });
});
