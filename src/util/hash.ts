import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

export interface Sha256Result {
  /** Lower-case hex digest. */
  hex: string;
  /** Bytes hashed. */
  size: number;
}

/** Read size for files: large enough that per-chunk overhead does not matter, small enough to keep memory flat. */
const FILE_CHUNK_BYTES = 1024 * 1024;

/**
 * Hashes a stream chunk by chunk, so memory stays flat whatever the size
 * (a release file or a downloaded asset can be gigabytes).
 */
export async function sha256Stream(chunks: AsyncIterable<Uint8Array>): Promise<Sha256Result> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { hex: hash.digest('hex'), size };
}

/**
 * Hashes a file by reading it through one reused buffer. A read stream would
 * allocate a fresh buffer per chunk and leave the garbage collector behind on a
 * multi-gigabyte file (peak RSS grows by tens of MiB); one buffer keeps it flat.
 */
export async function sha256File(file: string): Promise<Sha256Result> {
  const handle = await open(file, 'r');
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(FILE_CHUNK_BYTES);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
    return { hex: hash.digest('hex'), size };
  } finally {
    await handle.close();
  }
}

/** sha256 of bytes already in memory (small files only). */
export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
