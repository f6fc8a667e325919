import { describe, expect, test } from '@jest/globals';
import { parseGoMod } from '../../src/formats/go-mod.js';

describe('parseGoMod', () => {
  test.each([
    ['module example.com/a\n', 'example.com/a'],
    ['// header\nmodule "example.com/a" // Deprecated: use b\ngo 1.22\n', 'example.com/a'],
    ['module `example.com/a`\n', 'example.com/a'],
    ['module (\n\texample.com/a\n)\nrequire (\n\tx.org/y v1.0.0\n)\n', 'example.com/a']
  ])('reads %j', (text, module) => {
    expect(parseGoMod(text)).toEqual({ ok: true, module });
  });

  test.each([
    ['go 1.22\n', 'it has no module directive'],
    ['module a.com/x\nmodule a.com/y\n', 'line 2: repeated module directive'],
    ['module\n', 'line 1: the module directive needs exactly one module path'],
    ['module a.com/x extra\n', 'line 1: the module directive needs exactly one module path'],
    ['module a.com/x\nrequire (\n x.org/y v1\n', 'line 2: the require block is never closed with ")"'],
    ['module a.com/x\nfoo bar\n', 'line 2: unknown directive "foo"'],
    ['module "a.com/x y"\n', 'line 1: ""a.com/x y"" is not a valid module path']
  ])('refuses %j', (text, problem) => {
    expect(parseGoMod(text)).toEqual({ ok: false, problem });
  });
});
