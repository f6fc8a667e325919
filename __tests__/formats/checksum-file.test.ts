import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { formatChecksumFile, looksLikeHtml, parseChecksumFile } from '../../src/formats/checksum-file.js';
import { sha256File } from '../../src/util/hash.js';
import { removeTempDirs, tempFiles } from '../../test-support/git-repo.js';

afterAll(removeTempDirs);

describe('checksum file format', () => {
  it('writes sorted sha256sum lines that sha256sum --check accepts', async () => {
    const dir = tempFiles({ 'b.whl': 'bee', 'a.tar.gz': 'ay', 'C.spdx.json': '{}' }, 'rg-sums-');
    const entries = await Promise.all(['b.whl', 'a.tar.gz', 'C.spdx.json'].map(async (name) => ({ name, hex: (await sha256File(path.join(dir, name))).hex })));
    const text = formatChecksumFile(entries);
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(66))
    ).toEqual(['C.spdx.json', 'a.tar.gz', 'b.whl']);
    await fs.writeFile(path.join(dir, 'SUMS'), text);
    expect(execFileSync('sha256sum', ['--check', '--strict', 'SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('b.whl: OK');
  });

  it('reads text and binary mode lines, CRLF and a trailing blank line', () => {
    const a = 'a'.repeat(64);
    const B = 'B'.repeat(64);
    const parsed = parseChecksumFile(`${a}  one.whl\r\n${B} *two.tar.gz\n\n`, 'SUMS');
    expect(parsed).toEqual({
      ok: true,
      entries: [
        { name: 'one.whl', hex: a, line: 1 },
        { name: 'two.tar.gz', hex: 'b'.repeat(64), line: 2 }
      ]
    });
  });

  it.each([
    ['<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>', /HTML page/],
    [`${'a'.repeat(63)}  short.whl`, /line 1 of SUMS is not a sha256sum line/],
    [`${'a'.repeat(64)} one-space.whl`, /line 1 of SUMS is not a sha256sum line/],
    [`${'a'.repeat(64)}  x.whl\n${'b'.repeat(64)}  x.whl`, /lists "x\.whl" twice \(lines 1 and 2\)/],
    [`${'a'.repeat(64)}  dist/x.whl`, /names "dist\/x\.whl", not a bare file name/],
    ['\n\n', /lists no files/]
  ])('refuses %j', (text, problem) => {
    const parsed = parseChecksumFile(text, 'SUMS');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it.each([
    ['<!DOCTYPE html><p>', true],
    ['\uFEFF  <html lang="en">', true],
    ['<HTML>', true],
    [`${'a'.repeat(64)}  index.html`, false],
    ['<htmlish', false]
  ])('looksLikeHtml(%j) is %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
