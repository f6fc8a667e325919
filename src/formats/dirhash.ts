import { createHash } from 'node:crypto';
import { clip } from '../util/text.js';
import { ReleaseGatesError } from '../errors.js';

/**
 * Go's `h1:` hash (golang.org/x/mod/sumdb/dirhash Hash1), the one go.sum and the checksum
 * database record: sha256 over the sorted lines `"<sha256 hex>  <file name>\n"`, base64.
 * Written here because no npm library computes it; it is a dozen lines over node:crypto.
 * Pure: the file digests come from whoever reads the files (src/clients/go/dirhash.ts for a zip).
 */

export class DirHashError extends ReleaseGatesError {
  override name = 'DirHashError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

/** One file as Hash1 sees it: its name (in a module zip, `<module>@<version>/<path>`) and its sha256 in hex. */
export interface HashedFile {
  name: string;
  sha256: string;
}

/**
 * The text Hash1 hashes (its "summary"): one `"<sha256 hex>  <name>\n"` line per file, names
 * sorted by their bytes as Go's sort.Strings sorts them. A name with a line break is refused,
 * as Hash1 refuses it: it would forge a line.
 */
export function hash1Summary(files: ReadonlyArray<HashedFile>): string {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8')));
  let summary = '';
  for (const file of sorted) {
    if (file.name.includes('\n')) throw new DirHashError(`file name ${JSON.stringify(clip(file.name, 80))} contains a line break`);
    summary += `${file.sha256}  ${file.name}\n`;
  }
  return summary;
}

/** `h1:` over named files and their sha256 (hex), as Hash1 does. */
export function hash1(files: ReadonlyArray<HashedFile>): string {
  return `h1:${createHash('sha256').update(hash1Summary(files)).digest('base64')}`;
}

/**
 * The `h1:` of a go.mod as go.sum's `/go.mod` line records it: cmd/go's goModSum hashes the
 * one file under the name `go.mod` (modfetch.goModSum → dirhash.Hash1([]string{"go.mod"}, …)).
 */
export function goModHash(goMod: Uint8Array): string {
  return hash1([{ name: 'go.mod', sha256: createHash('sha256').update(goMod).digest('hex') }]);
}

/**
 * Reads a Hash1 summary back into files (the lines a module's h1 is the sha256 of, as tools such
 * as IPFS mirrors publish them): each line `<64 hex>  <name>`, ending in a line break. Order is
 * not checked here; hash1Summary() of the result rebuilds the lines in Go's order.
 */
export function readHash1Summary(text: string): HashedFile[] {
  if (text !== '' && !text.endsWith('\n')) throw new DirHashError('the dirhash summary does not end with a line break');
  const files: HashedFile[] = [];
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  lines.forEach((line, i) => {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw new DirHashError(`line ${i + 1} of the dirhash summary is not "<sha256 hex>  <file name>": ${JSON.stringify(clip(line, 80))}`);
    files.push({ sha256: m[1]!, name: m[2]! });
  });
  return files;
}

/**
 * The 32 digest bytes of an `h1:` hash as go.sum writes it (`h1:` and 44 base64 characters);
 * null when the value is not one (another hash version, or not base64 of 32 bytes).
 */
export function h1Digest(value: string): Buffer | null {
  const m = /^h1:([A-Za-z0-9+/]{43}=)$/.exec(value);
  return m ? Buffer.from(m[1]!, 'base64') : null;
}
