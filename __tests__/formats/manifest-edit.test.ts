import { describe, expect, it } from '@jest/globals';
import { replaceKeyValue, replacePatternValue } from '../../src/formats/manifest-edit.js';

describe('replaceKeyValue and replacePatternValue', () => {
  it.each([
    ['toml', 'a = "1.2.2"\n[b]\na = "1.2.2"\n', 'b.a', 'a = "1.2.2"\n[b]\na = "1.3.0"\n'],
    ['json', '{"a":{"v":"1.2.2"},"v":"1.2.2"}', 'a.v', '{"a":{"v":"1.3.0"},"v":"1.2.2"}'],
    ['yaml', 'list:\n  - 1.2.2\n  - 1.2.2 # second\n', 'list.1', 'list:\n  - 1.2.2\n  - 1.3.0 # second\n']
  ] as const)('%s: replaces only %j at the key', (format, text, key, expected) => {
    expect(replaceKeyValue(text, format, key, '1.3.0')).toEqual({ text: expected, old: '1.2.2' });
  });

  it('returns the text unchanged when the key already holds the value', () => {
    expect(replaceKeyValue('{"version": "1.3.0"}', 'json', 'version', '1.3.0')).toEqual({ text: '{"version": "1.3.0"}', old: '1.3.0' });
  });

  it('rewrites every match of a pattern that finds the version twice, keeping a CRLF ending', () => {
    const text = 'VERSION=1.2.2\r\nrest\r\nVERSION=1.2.2\r\n';
    expect(replacePatternValue(text, '^VERSION=(.+)$', '1.3.0')).toEqual({ text: 'VERSION=1.3.0\r\nrest\r\nVERSION=1.3.0\r\n', old: '1.2.2' });
  });

  it('refuses a pattern matching different versions', () => {
    expect(() => replacePatternValue('v = "1.2.2"\nv = "1.2.1"\n', 'v = "([^"]+)"', '1.3.0')).toThrow(
      'pattern matches different versions ("1.2.2", "1.2.1"); anchor it to the one version'
    );
  });
});
