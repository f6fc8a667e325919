import { describe, expect, test } from '@jest/globals';
import { escapeModulePath, escapeModuleVersion, ModulePathError, unescapeModulePath } from '../../../src/clients/go/module-path.js';

describe("Go's case-encoding of module paths and versions", () => {
  test.each([
    ['github.com/sketchlog/sketchlog', 'github.com/sketchlog/sketchlog'],
    ['github.com/Azure/azure-sdk-for-go', 'github.com/!azure/azure-sdk-for-go'],
    ['github.com/SketchLog/SDK/clients/go', 'github.com/!sketch!log/!s!d!k/clients/go'],
    ['example.com/a~b_c.d-e+f', 'example.com/a~b_c.d-e+f'],
    ['gopkg.in/yaml.v3', 'gopkg.in/yaml.v3']
  ])('path %s → %s, and back', (path, escaped) => {
    expect(escapeModulePath(path)).toBe(escaped);
    expect(unescapeModulePath(escaped)).toBe(path);
  });

  test.each([
    ['v1.2.3', 'v1.2.3'],
    ['v1.2.3-RC1', 'v1.2.3-!r!c1'],
    ['v0.0.0-20260101000000-abcdefABCDEF', 'v0.0.0-20260101000000-abcdef!a!b!c!d!e!f']
  ])('version %s → %s', (version, escaped) => {
    expect(escapeModuleVersion(version)).toBe(escaped);
  });

  test.each([['example.com/a!b'], [''], ['example.com/a b'], ['example.com/\u00e9']])('refuses %j', (path) => {
    expect(() => escapeModulePath(path)).toThrow(ModulePathError);
  });

  test.each([['github.com/Azure'], ['github.com/!'], ['github.com/!1']])('the inverse refuses the invalid encoding %j', (escaped) => {
    expect(unescapeModulePath(escaped)).toBeNull();
  });
});
