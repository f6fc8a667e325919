import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { clip, messageOf } from '../../util/text.js';
import { DirHashError, hash1, type HashedFile } from '../../formats/dirhash.js';

/**
 * The `h1:` of a module zip as Go computes it (dirhash.HashZip): the zip is read here, bounded,
 * and its entries' digests are hashed by src/formats/dirhash.ts.
 */

/** Module zips are bounded as cmd/go bounds them (golang.org/x/mod/zip: 500 MiB unpacked). */
export const MODULE_ZIP_LIMITS = {
  maxEntries: 100_000,
  maxTotalBytes: 500 * 1024 * 1024,
  maxFileBytes: 500 * 1024 * 1024
};

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
    const files: HashedFile[] = [];
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
