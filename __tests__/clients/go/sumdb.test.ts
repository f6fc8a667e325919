/**
 * The checksum-database client: inclusion proofs from the tiles it fetches — against the loopback
 * database whose answers the real `go` command accepts (go-command.test.ts), over trees of many
 * shapes and three tile levels. The formats themselves are tested in __tests__/formats/sumdb.test.ts.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { createGoSumdbApi, type GoSumdbApi } from '../../../src/clients/go/sumdb.js';
import { openNote, parseTree, proveInclusion, SumdbError, tilePath } from '../../../src/formats/sumdb.js';
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
