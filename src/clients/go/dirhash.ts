import { createHash, hash as oneShot, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { constants as zlibConstants, createInflateRaw, type InflateRaw } from 'node:zlib';
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
/** The inflate engine's output buffer: most small entries inflate into one slice of it. */
const INFLATE_CHUNK_BYTES = 64 * 1024;

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

/** A zip entry's name is at most 65,535 bytes (a 16-bit length): a summary line always fits in 128 KiB. */
const SUMMARY_CHUNK_BYTES = 128 * 1024;
const HEX_DIGITS = Buffer.from('0123456789abcdef');

/**
 * Hash1 over the entries kept as their names and a buffer of their 32-byte digests (one slot
 * each: no object per entry): sha256 of the sorted lines `"<sha256 hex>  <name>\n"`, written into
 * one reused buffer and fed a chunk at a time, never a string per line or one summary string.
 */
function hash1Of(names: string[], digests: Buffer): string {
  const order = Array.from(names.keys()).sort((i, j) => compareNames(names[i]!, names[j]!));
  const summary = createHash('sha256');
  const chunk = Buffer.allocUnsafe(SUMMARY_CHUNK_BYTES);
  let at = 0;
  for (const i of order) {
    const name = names[i]!;
    if (at + 67 + Buffer.byteLength(name, 'utf8') > chunk.length) {
      summary.update(chunk.subarray(0, at));
      at = 0;
    }
    for (let k = i * 32; k < i * 32 + 32; k++) {
      chunk[at++] = HEX_DIGITS[digests[k]! >> 4]!;
      chunk[at++] = HEX_DIGITS[digests[k]! & 15]!;
    }
    chunk[at++] = 0x20;
    chunk[at++] = 0x20;
    at += chunk.write(name, at, 'utf8');
    chunk[at++] = 0x0a;
  }
  summary.update(chunk.subarray(0, at));
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
  const small = new SmallEntryReader(file);
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
      const isSmall = entry.uncompressedSize <= SMALL_ENTRY_BYTES && entry.compressedSize <= SMALL_ENTRY_BYTES;
      // Sizes are held to the declared ones (as yauzl's validateEntrySizes does), so the total counts what inflates.
      if (total + entry.uncompressedSize > limits.maxTotalBytes) throw new DirHashError(`inflates past ${limits.maxTotalBytes} bytes`);
      total += entry.uncompressedSize;
      const digest = isSmall ? await small.digest(entry) : await streamedEntryDigest(zip, entry);
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
    await small.close();
  }
}

/** What the one inflate engine is working on: the entry, its hash so far, and how its inflation ends. */
interface Inflation {
  entry: yauzl.Entry;
  hash: Hash;
  size: number;
  resolve(digest: Buffer): void;
  reject(error: DirHashError): void;
}

/**
 * Small entries read through one buffer and inflated by one long-lived raw inflate engine, reset
 * between entries: a buffer, a read stream or an inflate stream (inflateRawSync makes one per
 * call) per entry is garbage the GC returns late, and a zip of 60,000 small files piled it up past
 * 200 MiB. The engine's output goes to the hash as it comes, in slices of its one output buffer.
 * The inflated size must be the declared one, as yauzl's validateEntrySizes holds a streamed entry to it.
 */
class SmallEntryReader {
  /** The local header, its name and extra field, and the data behind them: one read for most entries. */
  private readonly buffer = Buffer.allocUnsafe(LOCAL_HEADER_BYTES + LOCAL_SLACK_BYTES + SMALL_ENTRY_BYTES);
  private file: FileHandle | null = null;
  private engine: InflateRaw | null = null;
  private inflation: Inflation | null = null;

  constructor(private readonly path: string) {}

  async digest(entry: yauzl.Entry): Promise<Buffer> {
    // As yauzl's openReadStream refuses it: encrypted data is no file's content.
    if (entry.isEncrypted()) throw new DirHashError(`entry ${clip(entry.fileName, 120)} is encrypted; a module zip holds plain files`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new DirHashError(
        `entry ${clip(entry.fileName, 120)} uses compression method ${entry.compressionMethod}; only stored and deflated entries are read`
      );
    }
    this.file ??= await open(this.path, 'r');
    const buffer = this.buffer;
    const headerAt = entry.relativeOffsetOfLocalHeader;
    const { bytesRead } = await this.file.read(buffer, 0, LOCAL_HEADER_BYTES + LOCAL_SLACK_BYTES + entry.compressedSize, headerAt);
    if (bytesRead < LOCAL_HEADER_BYTES || buffer.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw new DirHashError(`entry ${clip(entry.fileName, 120)} has no local file header where the central directory says`);
    }
    const dataAt = LOCAL_HEADER_BYTES + buffer.readUInt16LE(26) + buffer.readUInt16LE(28);
    let raw: Buffer;
    if (dataAt + entry.compressedSize <= bytesRead) {
      raw = buffer.subarray(dataAt, dataAt + entry.compressedSize);
    } else {
      // A name and extra field longer than the slack: the data is read again, to the buffer's start.
      const more = await this.file.read(buffer, 0, entry.compressedSize, headerAt + dataAt);
      if (more.bytesRead !== entry.compressedSize) throw new DirHashError(`entry ${clip(entry.fileName, 120)} is cut short`);
      raw = buffer.subarray(0, entry.compressedSize);
    }
    if (entry.compressionMethod === 0) {
      if (raw.length !== entry.uncompressedSize) {
        throw new DirHashError(`entry ${clip(entry.fileName, 120)} inflates to ${raw.length} bytes, not its declared ${entry.uncompressedSize}`);
      }
      return oneShot('sha256', raw, 'buffer');
    }
    // The read buffer is not touched again until the engine has taken all of `raw` (the promise settles after the flush).
    return this.inflate(entry, raw);
  }

  private inflate(entry: yauzl.Entry, raw: Buffer): Promise<Buffer> {
    const engine = this.engine ?? this.startEngine();
    engine.reset();
    return new Promise<Buffer>((resolve, reject) => {
      const inflation: Inflation = { entry, hash: createHash('sha256'), size: 0, resolve, reject };
      this.inflation = inflation;
      engine.write(raw);
      // Z_FINISH: a deflate stream without its final block fails ("unexpected end of file"), as inflateRawSync's does.
      engine.flush(zlibConstants.Z_FINISH, () => {
        if (this.inflation !== inflation) return;
        this.inflation = null;
        if (inflation.size !== entry.uncompressedSize) {
          reject(new DirHashError(`entry ${clip(entry.fileName, 120)} inflates to ${inflation.size} bytes, not its declared ${entry.uncompressedSize}`));
        } else {
          resolve(inflation.hash.digest());
        }
      });
    });
  }

  private startEngine(): InflateRaw {
    const engine = createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
    engine.on('data', (chunk: Buffer) => {
      const inflation = this.inflation;
      if (inflation === null) return;
      inflation.size += chunk.length;
      if (inflation.size > inflation.entry.uncompressedSize) {
        // More than declared (a deflate bomb, or a lying header): stop inflating rather than hash it all.
        this.fail(`entry ${clip(inflation.entry.fileName, 120)} inflates past its declared ${inflation.entry.uncompressedSize} bytes`);
        return;
      }
      inflation.hash.update(chunk);
    });
    engine.on('error', (error: Error) => {
      this.fail(`entry ${clip(this.inflation?.entry.fileName ?? '', 120)} does not inflate (${clip(messageOf(error), 80)})`, error);
    });
    this.engine = engine;
    return engine;
  }

  /** Ends the entry being inflated with `message`; the engine is dropped (a next entry gets a new one). */
  private fail(message: string, cause?: unknown): void {
    const inflation = this.inflation;
    this.inflation = null;
    this.engine?.destroy();
    this.engine = null;
    inflation?.reject(new DirHashError(message, cause === undefined ? undefined : { cause }));
  }

  async close(): Promise<void> {
    this.engine?.destroy();
    this.engine = null;
    await this.file?.close();
  }
}

/** A large entry hashed as it inflates (yauzl holds it to its declared size). */
async function streamedEntryDigest(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const hash = createHash('sha256');
  const stream = await zip.openReadStreamPromise(entry);
  for await (const chunk of stream as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest();
}
