import { describe, expect, it } from '@jest/globals';
import { breakableHtml, shortRefs } from '../../src/report/compact.js';
import { escapeText } from '../../src/report/escape.js';

const HEX = '6e0227e8'.repeat(8);

describe('shortRefs', () => {
  it.each([
    ['an image reference with registry and path', `127.0.0.1:39811/sketchlog/sketchlog@sha256:${HEX} is signed`, 'sketchlog@sha256:6e0227e8… is signed'],
    ['a ghcr.io chart reference', `oci://ghcr.io/sketchlog/charts/sketchlog@sha256:${HEX}`, 'sketchlog@sha256:6e0227e8…'],
    [
      'a bare digest',
      `resolves to sha256:${HEX}, not image-digest sha256:${'ab'.repeat(32)}`,
      'resolves to sha256:6e0227e8…, not image-digest sha256:abababab…'
    ],
    ['a sha256 hex value', `listed ${'cd'.repeat(32)}`, 'listed cdcdcdcd…'],
    ['a sha512 SRI', `sha512-${'A'.repeat(86)}== matches`, 'sha512-AAAAAAAA… matches'],
    ['a commit', `at ${'0123456789'.repeat(4)} on main`, 'at 0123456 on main'],
    ['text without references', 'wheels: 20 of 20 built for 1.4.0', 'wheels: 20 of 20 built for 1.4.0'],
    ['a hex run that is no digest (63 digits)', 'a'.repeat(63), 'a'.repeat(63)]
  ])('%s', (_name, text, expected) => {
    expect(shortRefs(text)).toBe(expected);
  });
});

describe('breakableHtml', () => {
  it('puts <wbr> after the separators of a long run only', () => {
    const escaped = escapeText('http://127.0.0.1:4873/@sketchlog/client short/path');
    expect(breakableHtml(escaped)).toBe('http&#58;<wbr>/<wbr>/<wbr>127.<wbr>0.<wbr>0.<wbr>1&#58;<wbr>4873/<wbr>@<wbr>sketchlog/<wbr>client short/path');
  });

  it('never splits an entity, and the text reads the same without the tags', () => {
    const text = 'sketchlog-1.4.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl';
    const html = breakableHtml(escapeText(text));
    expect(html).toContain('manylinux&#95;<wbr>2');
    const decoded = html.replace(/<wbr>/g, '').replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)));
    expect(decoded).toBe(text);
  });
});
