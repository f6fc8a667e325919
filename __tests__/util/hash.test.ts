import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { formatChecksumFile } from '../../src/formats/checksum-file.js';
import { sha256File, sha256Stream } from '../../src/util/hash.js';
import { chunked } from '../helpers/artrel-context.js';
import { removeTempDirs, tempFiles } from '../../test-support/git-repo.js';

afterAll(removeTempDirs);

describe('sha256 by streaming', () => {
  it('agrees with sha256sum, across chunk boundaries and for an empty file', async () => {
    // 3 MiB + 5 bytes: more than one 1 MiB read, and a ragged last chunk.
    const big = Buffer.alloc(3 * 1024 * 1024 + 5);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 11)) & 0xff;
    const dir = tempFiles({ big: big, empty: '', 'name with spaces.txt': 'hello\n' }, 'rg-sums-');
    const expected = execFileSync('sha256sum', ['big', 'empty', 'name with spaces.txt'], { cwd: dir, encoding: 'utf8' });
    const ours = [];
    for (const name of ['big', 'empty', 'name with spaces.txt']) {
      const { hex, size } = await sha256File(path.join(dir, name));
      ours.push({ name, hex });
      expect(size).toBe((await fs.stat(path.join(dir, name))).size);
    }
    expect(formatChecksumFile(ours)).toBe(expected);
    expect((await sha256Stream(chunked(big, 4093))).hex).toBe(ours[0]!.hex);
  });
});
