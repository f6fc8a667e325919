/**
 * Go's h1 hash of a module zip. The decisive proof is in go-command.test.ts (the real `go` command's
 * Sum and GoModSum equal what this computes); here: entry names and order, and the bounds on zips.
 * The definition itself is tested in __tests__/formats/dirhash.test.ts.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import yazl from 'yazl';
import { MODULE_ZIP_LIMITS, zipHash } from '../../../src/clients/go/dirhash.js';
import { hash1 } from '../../../src/formats/dirhash.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';

afterAll(() => removeTempDirs());

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

async function zipOf(files: Record<string, string>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  const file = path.join(tempDir('dirhash-'), 'm.zip');
  await writeFile(file, Buffer.concat(chunks));
  return file;
}

describe('dirhash h1 of a module zip', () => {
  test('a zip hashes every entry by its full name, in name order whatever the zip order', async () => {
    const files = { 'm@v1.0.0/z.go': 'package z\n', 'm@v1.0.0/go.mod': 'module m\n', 'm@v1.0.0/a/a.go': 'package a\n' };
    const want = hash1(Object.entries(files).map(([name, text]) => ({ name, sha256: hex(text) })));
    expect(await zipHash(await zipOf(files))).toEqual({ h1: want, files: 3 });
  });

  test('a zip of many entries hashes as Hash1 over every name and digest does, in UTF-8 byte order', async () => {
    // Names whose UTF-16 order differs from their UTF-8 order (U+E000 against a surrogate pair), and a large entry hashed as it streams.
    const files: Record<string, string> = {
      'm@v1.0.0/\uE000.go': 'a',
      'm@v1.0.0/\u{1F600}.go': 'b',
      'm@v1.0.0/é.go': 'c',
      'm@v1.0.0/big.bin': 'x'.repeat(3 * 1024 * 1024)
    };
    for (let i = 0; i < 3000; i++) files[`m@v1.0.0/p${(i * 7919) % 3000}/f${i}.go`] = `package p\n// ${i}\n`;
    const want = hash1(Object.entries(files).map(([name, text]) => ({ name, sha256: hex(text) })));
    expect(await zipHash(await zipOf(files))).toEqual({ h1: want, files: 3004 });
  });

  test.each([
    ['names of more bytes than allowed', { ...MODULE_ZIP_LIMITS, maxNameBytes: 5 }, /has entry names of more than 5 bytes in all/],
    ['too many entries', { ...MODULE_ZIP_LIMITS, maxEntries: 2 }, /has 3 zip entries; at most 2 are accepted/],
    ['an entry larger than allowed', { ...MODULE_ZIP_LIMITS, maxFileBytes: 5 }, /declares 10 bytes; at most 5 are read/],
    ['more bytes in total than allowed', { ...MODULE_ZIP_LIMITS, maxTotalBytes: 25 }, /inflates past 25 bytes/]
  ])('refuses a zip with %s', async (_what, limits, message) => {
    const file = await zipOf({ 'm/a': '0123456789', 'm/b': '0123456789', 'm/c': '0123456789' });
    await expect(zipHash(file, limits)).rejects.toThrow(message);
  });

  test('refuses an entry name with a line break, which would forge a summary line', async () => {
    await expect(zipHash(await zipOf({ 'm/a\nb': 'x' }))).rejects.toThrow(/with a line break/);
  });

  test('refuses an encrypted entry, as a streamed read would', async () => {
    const file = await zipOf({ 'm/a.go': 'package a\n' });
    const bytes = await readFile(file);
    // The central directory's general purpose flag, bit 0: the entry is encrypted.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt16LE(bytes.readUInt16LE(central + 8) | 1, central + 8);
    await writeFile(file, bytes);
    await expect(zipHash(file)).rejects.toThrow('entry m/a.go is encrypted; a module zip holds plain files');
  });

  test.each([
    ['more bytes than it declares', 9, 'entry m/a.go inflates past its declared 9 bytes'],
    ['fewer bytes than it declares', 11, 'entry m/a.go inflates to 10 bytes, not its declared 11']
  ])('refuses a deflated entry that inflates to %s', async (_what, declared, message) => {
    const file = await zipOf({ 'm/a.go': 'package a\n' });
    const bytes = await readFile(file);
    // The central directory's uncompressed size, which the entry is held to.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(declared, central + 24);
    await writeFile(file, bytes);
    await expect(zipHash(file)).rejects.toThrow(message);
  });

  test('refuses a deflated entry whose data is not a deflate stream', async () => {
    const file = await zipOf({ 'm/a.go': 'package a\n'.repeat(50) });
    const bytes = await readFile(file);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    // Zeros read as a stored block whose length and its complement disagree; the declared sizes stay.
    const dataAt = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
    const compressed = bytes.readUInt32LE(central + 20);
    bytes.fill(0, dataAt, dataAt + compressed);
    await writeFile(file, bytes);
    await expect(zipHash(file)).rejects.toThrow(/^entry m\/a\.go does not inflate \(Error: invalid stored block lengths\)$/);
  });

  test('refuses a file that is not a zip', async () => {
    const file = path.join(tempDir('dirhash-'), 'x.zip');
    await writeFile(file, '<html>not found</html>');
    await expect(zipHash(file)).rejects.toThrow(/^is not a readable zip file/);
  });
});
