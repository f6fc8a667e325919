import {
  HASH_SIZE,
  parseGosumdb,
  parseLookup,
  SumdbError,
  TILE_WIDTH,
  tilePath,
  type SumdbConfig,
  type SumdbRecord,
  type TileSource
} from '../../formats/sumdb.js';
import { HttpClient, rethrowAs, shownUrl } from '../http.js';
import { escapeModulePath, escapeModuleVersion } from './module-path.js';

/**
 * The client of Go's checksum database: it asks a database (sum.golang.org, or the one GOSUMDB
 * names) for a record and for hash tiles. What the answers mean, and whether they verify, is read
 * by the pure functions of src/formats/sumdb.ts.
 */

/** A lookup answer is two lines and a note; a tile at most 256 hashes. */
const LOOKUP_MAX_BYTES = 64 * 1024;
const ABSENT = [404, 410];

/** The checksum-database calls smoke makes, anonymously, against one database. */
export interface GoSumdbApi extends TileSource {
  readonly db: SumdbConfig;
  /** `/lookup/{module}@{version}`; null on 404/410 (the database does not have it, or not yet). */
  lookup(module: string, version: string): Promise<SumdbRecord | null>;
  /** A hash tile's bytes (`width` hashes); a partial tile the server no longer has is read from the full one, as Go's client does. */
  tile(level: number, index: number, width: number): Promise<Buffer>;
}

export function createGoSumdbApi(options: { gosumdb: string; http: HttpClient }): GoSumdbApi {
  const db = parseGosumdb(options.gosumdb);
  const http = options.http;
  const shown = shownUrl(db.url).replace(/\/+$/, '');
  const wrap = (what: string) => (error: unknown) => rethrowAs(error, (m, o) => new SumdbError(m, o), `the checksum database ${shown} could not serve ${what}`);
  const get = async (path: string, what: string, maxBytes: number) =>
    http.request({ url: `${db.url}/${path}`, accept: ABSENT, maxBytes, revalidate: true }).catch(wrap(what));
  return {
    db,
    async lookup(module, version) {
      const path = `lookup/${escapeModulePath(module)}@${escapeModuleVersion(version)}`;
      const response = await get(path, `the lookup of ${module}@${version}`, LOOKUP_MAX_BYTES);
      if (ABSENT.includes(response.status)) return null;
      return parseLookup(response.body, `the checksum database's lookup ${shownUrl(response.url)}`);
    },
    async tile(level, index, width) {
      const expected = width * HASH_SIZE;
      const path = tilePath(level, index, width);
      const response = await get(path, path, TILE_WIDTH * HASH_SIZE);
      if (response.status === 200) {
        if (response.body.length !== expected)
          throw new SumdbError(`the checksum database answered ${path} with ${response.body.length} bytes, not ${expected}`);
        return response.body;
      }
      if (width !== TILE_WIDTH) {
        const full = tilePath(level, index, TILE_WIDTH);
        const whole = await get(full, full, TILE_WIDTH * HASH_SIZE);
        if (whole.status === 200 && whole.body.length === TILE_WIDTH * HASH_SIZE) return whole.body.subarray(0, expected);
      }
      throw new SumdbError(`the checksum database does not serve ${path} (${response.status}), so the record's inclusion cannot be proven`);
    }
  };
}
