import { createHash, hash as oneShot } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { clip, messageOf } from '../../util/text.js';
import { DirHashError } from '../../formats/dirhash.js';

/**
 * The `h1:` of a module zip as Go computes it (dirhash.HashZip): the zip is read here, bounded,
 * entry by entry, each hashed as it inflates; only its name and 32-byte digest are kept, since
 * Hash1 needs the names sorted before the summary can be hashed (src/formats/dirhash.ts has the
 * definition; the tests hold this to it and to the real `go` command).
 */

/**
 * Module zips are bounded as cmd/go bounds them (golang.org/x/mod/zip: MaxZipFile, 500 MiB, for
 * the zip and for its files unpacked; the zip's size is bounded by the download). x/mod/zip sets
 * no count of entries, but each one kept here costs its name and ~150 bytes, so the count and
 * the names' bytes are bounded too: 100k entries (the Go tree itself has ~15k files) and 16 MiB
 * of names hold under 40 MiB, where an unbounded central directory of 500 MiB would not.
 */
export const MODULE_ZIP_LIMITS = {
  maxEntries: 100_000,
  maxNameBytes: 16 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  maxFileBytes: 500 * 1024 * 1024
};

/** Entries up to this size are gathered whole and hashed at once (validateEntrySizes holds them to it). */
const SMALL_ENTRY_BYTES = 1024 * 1024;
/** A zip local file header: signature, fixed fields, then the name and extra field (APPNOTE 4.3.7). */
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
/** Room read for the name and extra field along with the header. */
const LOCAL_SLACK_BYTES = 1024;

/**
 * Go sorts names by their UTF-8 bytes, which is code point order. JavaScript's `<` compares UTF-16
 * units, which agrees except between a surrogate pair (U+10000 and up) and U+E000–U+FFFF: only
 * names holding either are compared by code point.
 */
function compareNames(a: string, b: string): number {
  if (!WIDE.test(a) && !WIDE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
const WIDE = /[\uD800-\uFFFF]/;

/**
 * Hash1 over the entries kept as their names and a buffer of their 32-byte digests (one slot
 * each: no object per entry): sha256 of the sorted lines `"<sha256 hex>  <name>\n"`, fed line by
 * line, never one summary string.
 */
function hash1Of(names: string[], digests: Buffer): string {
  const order = Array.from(names.keys()).sort((i, j) => compareNames(names[i]!, names[j]!));
  const summary = createHash('sha256');
  for (const i of order) summary.update(`${digests.toString('hex', i * 32, i * 32 + 32)}  ${names[i]!}\n`);
  return `h1:${summary.digest('base64')}`;
}

/**
 * The `h1:` of a module zip (dirhash.HashZip): every entry of the zip by its name, which for a
 * module zip is `<module>@<version>/<path>`. Bounded in entries, name bytes and bytes; an
 * unreadable zip, an entry whose bytes disagree with its declared size, a name with a line
 * break (Hash1 refuses it: it would forge a line) or a backslash fails.
 */
export async function zipHash(file: string, limits = MODULE_ZIP_LIMITS): Promise<{ h1: string; files: number }> {
  let zip: yauzl.ZipFile;
  try {
    // strictFileNames: yauzl would otherwise turn `\` into `/`, and the hash would be of other names than Go's.
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true });
  } catch (error) {
    throw new DirHashError(`is not a readable zip file (${clip(messageOf(error), 160)})`, { cause: error });
  }
  const handles: { file: FileHandle | null } = { file: null };
  try {
    if (zip.entryCount > limits.maxEntries) throw new DirHashError(`has ${zip.entryCount} zip entries; at most ${limits.maxEntries} are accepted`);
    const names: string[] = [];
    const digests = Buffer.alloc(zip.entryCount * 32);
    let total = 0;
    let nameBytes = 0;
    for await (const entry of zip.eachEntry()) {
      nameBytes += Buffer.byteLength(entry.fileName, 'utf8');
      if (nameBytes > limits.maxNameBytes) throw new DirHashError(`has entry names of more than ${limits.maxNameBytes} bytes in all`);
      if (entry.fileName.includes('\n')) throw new DirHashError(`has an entry named ${JSON.stringify(clip(entry.fileName, 80))}, with a line break`);
      if (entry.uncompressedSize > limits.maxFileBytes)
        throw new DirHashError(`entry ${clip(entry.fileName, 120)} declares ${entry.uncompressedSize} bytes; at most ${limits.maxFileBytes} are read`);
      const small = entry.uncompressedSize <= SMALL_ENTRY_BYTES && entry.compressedSize <= SMALL_ENTRY_BYTES;
      // Sizes are held to the declared ones (as yauzl's validateEntrySizes does), so the total counts what inflates.
      if (total + entry.uncompressedSize > limits.maxTotalBytes) throw new DirHashError(`inflates past ${limits.maxTotalBytes} bytes`);
      total += entry.uncompressedSize;
      const digest = small ? await smallEntryDigest(file, entry, handles) : await streamedEntryDigest(zip, entry);
      if (names.length >= zip.entryCount) throw new DirHashError(`holds more entries than its central directory's count of ${zip.entryCount}`);
      // entryCount is the central directory's count, which yauzl holds eachEntry() to.
      digest.copy(digests, names.length * 32);
      names.push(entry.fileName);
    }
    return { h1: hash1Of(names, digests), files: names.length };
  } catch (error) {
    if (error instanceof DirHashError) throw error;
    throw new DirHashError(`cannot be read as a zip (${clip(messageOf(error), 160)})`, { cause: error });
  } finally {
    zip.close();
    await handles.file?.close();
  }
}

/**
 * A small entry read in one file read and inflated in one synchronous call: a read stream and an
 * inflate stream per entry hold native memory the GC does not see, and a zip of 60,000 small files
 * piles them up faster than it runs. The inflated size must be the declared one, as yauzl's
 * validateEntrySizes holds a streamed entry to it.
 */
async function smallEntryDigest(path: string, entry: yauzl.Entry, handles: { file: FileHandle | null }): Promise<Buffer> {
  // As yauzl's openReadStream refuses it: encrypted data is no file's content.
  if (entry.isEncrypted()) throw new DirHashError(`entry ${clip(entry.fileName, 120)} is encrypted; a module zip holds plain files`);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw new DirHashError(`entry ${clip(entry.fileName, 120)} uses compression method ${entry.compressionMethod}; only stored and deflated entries are read`);
  }
  // One read for the local header and the data behind it (the name and extra field are at most a few
  // hundred bytes in practice; a longer one costs a second read): half the reads, and no stream.
  handles.file ??= await open(path, 'r');
  const headerAt = entry.relativeOffsetOfLocalHeader;
  const first = Buffer.allocUnsafe(LOCAL_HEADER_BYTES + LOCAL_SLACK_BYTES + entry.compressedSize);
  const { bytesRead } = await handles.file.read(first, 0, first.length, headerAt);
  if (bytesRead < LOCAL_HEADER_BYTES || first.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
    throw new DirHashError(`entry ${clip(entry.fileName, 120)} has no local file header where the central directory says`);
  }
  const dataAt = LOCAL_HEADER_BYTES + first.readUInt16LE(26) + first.readUInt16LE(28);
  let raw: Buffer;
  if (dataAt + entry.compressedSize <= bytesRead) {
    raw = first.subarray(dataAt, dataAt + entry.compressedSize);
  } else {
    raw = Buffer.allocUnsafe(entry.compressedSize);
    const more = await handles.file.read(raw, 0, raw.length, headerAt + dataAt);
    if (more.bytesRead !== raw.length) throw new DirHashError(`entry ${clip(entry.fileName, 120)} is cut short`);
  }
  let data: Buffer;
  try {
    data = entry.compressionMethod === 8 ? inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) }) : raw;
  } catch (error) {
    throw new DirHashError(
      `entry ${clip(entry.fileName, 120)} does not inflate to its declared ${entry.uncompressedSize} bytes (${clip(messageOf(error), 80)})`,
      { cause: error }
    );
  }
  if (data.length !== entry.uncompressedSize) {
    throw new DirHashError(`entry ${clip(entry.fileName, 120)} inflates to ${data.length} bytes, not its declared ${entry.uncompressedSize}`);
  }
  return oneShot('sha256', data, 'buffer');
}

/** A large entry hashed as it inflates (yauzl holds it to its declared size). */
async function streamedEntryDigest(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const hash = createHash('sha256');
  const stream = await zip.openReadStreamPromise(entry);
  for await (const chunk of stream as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest();
}
