import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { clip, messageOf } from '../../errors.js';

/**
 * Go's `h1:` hash (golang.org/x/mod/sumdb/dirhash Hash1), the one go.sum and the checksum
 * database record: sha256 over the sorted lines `"<sha256 hex>  <file name>\n"`, base64.
 * Written here because no npm library computes it; it is a dozen lines over node:crypto.
 */

export class DirHashError extends Error {
  override name = 'DirHashError';
}

/** Module zips are bounded as cmd/go bounds them (golang.org/x/mod/zip: 500 MiB unpacked). */
export const MODULE_ZIP_LIMITS = {
  maxEntries: 100_000,
  maxTotalBytes: 500 * 1024 * 1024,
  maxFileBytes: 500 * 1024 * 1024
};

/** `h1:` over named files and their sha256 (hex), as Hash1 does: names sorted, none with a line break. */
export function hash1(files: ReadonlyArray<{ name: string; sha256: string }>): string {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const summary = createHash('sha256');
  for (const file of sorted) {
    if (file.name.includes('\n')) throw new DirHashError(`file name ${JSON.stringify(clip(file.name, 80))} contains a line break`);
    summary.update(`${file.sha256}  ${file.name}\n`);
  }
  return `h1:${summary.digest('base64')}`;
}

/**
 * The `h1:` of a go.mod as go.sum's `/go.mod` line records it: cmd/go's goModSum hashes the
 * one file under the name `go.mod` (modfetch.goModSum → dirhash.Hash1([]string{"go.mod"}, …)).
 */
export function goModHash(goMod: Uint8Array): string {
  return hash1([{ name: 'go.mod', sha256: createHash('sha256').update(goMod).digest('hex') }]);
}

/**
 * The `h1:` of a module zip (dirhash.HashZip): every entry of the zip by its name, which for a
 * module zip is `<module>@<version>/<path>`. Bounded in entries and bytes; an unreadable zip,
 * an entry whose bytes disagree with its declared size, or a name with a backslash fails.
 */
export async function zipHash(file: string, limits = MODULE_ZIP_LIMITS): Promise<{ h1: string; files: number }> {
  let zip: yauzl.ZipFile;
  try {
    // strictFileNames: yauzl would otherwise turn `\` into `/`, and the hash would be of other names than Go's.
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true });
  } catch (error) {
    throw new DirHashError(`is not a readable zip file (${clip(messageOf(error), 160)})`, { cause: error });
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw new DirHashError(`has ${zip.entryCount} zip entries; at most ${limits.maxEntries} are accepted`);
    const files: Array<{ name: string; sha256: string }> = [];
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.uncompressedSize > limits.maxFileBytes)
        throw new DirHashError(`entry ${clip(entry.fileName, 120)} declares ${entry.uncompressedSize} bytes; at most ${limits.maxFileBytes} are read`);
      const hash = createHash('sha256');
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limits.maxTotalBytes) {
          stream.destroy();
          throw new DirHashError(`inflates past ${limits.maxTotalBytes} bytes`);
        }
        hash.update(chunk);
      }
      files.push({ name: entry.fileName, sha256: hash.digest('hex') });
    }
    return { h1: hash1(files), files: files.length };
  } catch (error) {
    if (error instanceof DirHashError) throw error;
    throw new DirHashError(`cannot be read as a zip (${clip(messageOf(error), 160)})`, { cause: error });
  } finally {
    zip.close();
  }
}
