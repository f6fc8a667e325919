import { describe, expect, it } from '@jest/globals';
import { manifestFormat, parseManifest, readDottedKey, readPattern } from '../../src/formats/manifest.js';
import { BACKTRACKING_VERSION_PATTERNS, MANY_YAML_KEYS } from '../../test-support/hostile-inputs.js';

describe('readDottedKey', () => {
  const data = {
    project: { version: '1.2.3', dynamic: ['version'] },
    workspaces: [{ version: '2.0.0' }],
    info: { version: 7 },
    nothing: null
  };
  it.each([
    ['project.version', { ok: true, value: '1.2.3' }],
    ['workspaces.0.version', { ok: true, value: '2.0.0' }],
    ['workspaces.1.version', { ok: false, problem: 'has no key "workspaces.1"' }],
    ['workspaces.x', { ok: false, problem: 'has no key "workspaces.x"' }],
    ['project.name', { ok: false, problem: 'has no key "project.name"' }],
    ['project.version.major', { ok: false, problem: 'has no key "project.version.major"' }],
    ['toString', { ok: false, problem: 'has no key "toString"' }],
    ['__proto__', { ok: false, problem: 'has no key "__proto__"' }],
    ['info.version', { ok: false, problem: 'key "info.version" holds the number 7, not a version string; quote it' }],
    ['project.dynamic', { ok: false, problem: 'key "project.dynamic" holds a list, not a version string' }],
    ['project', { ok: false, problem: 'key "project" holds a table, not a version string' }],
    ['nothing', { ok: false, problem: 'key "nothing" holds null, not a version string' }]
  ])('%s', (key, expected) => {
    expect(readDottedKey(data, key)).toEqual(expected);
  });
});

describe('readPattern', () => {
  it.each([
    ['__version__ = "1.2.3"\n', '__version__\\s*=\\s*"([^"]+)"', { ok: true, value: '1.2.3' }],
    ['a\nversion: 1.2.3\r\n', '^version: (.+)$', { ok: true, value: '1.2.3' }], // ^ and $ anchor to lines; CR trimmed
    ['x = "1.2.3"\nx = "1.2.3"\n', 'x = "([^"]+)"', { ok: true, value: '1.2.3' }], // repeats that agree are fine
    ['nothing here', 'v=(\\d+)', { ok: false, problem: 'pattern has no match' }]
  ])('%j with %s', (text, pattern, expected) => {
    expect(readPattern(text, pattern)).toEqual(expected);
  });
});

describe('parseManifest', () => {
  it('reads TOML, JSON, YAML, and JSON in a .yaml file', () => {
    expect(manifestFormat('a/pyproject.toml')).toBe('toml');
    expect(manifestFormat('Chart.YAML')).toBe('yaml');
    expect(manifestFormat('openapi.yml')).toBe('yaml');
    expect(manifestFormat('package.json')).toBe('json');
    expect(manifestFormat('setup.cfg')).toBeNull();
    expect(parseManifest('[project]\nversion = "1.2.3"\n', 'toml')).toEqual({ ok: true, data: { project: { version: '1.2.3' } } });
    expect(parseManifest('{"info": {"version": "1.2.3"}}', 'yaml')).toEqual({ ok: true, data: { info: { version: '1.2.3' } } });
  });

  it('names the format and gives one line of the parser error', () => {
    const result = parseManifest('[project\n', 'toml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatch(/^is not valid TOML: \S/);
      expect(result.problem).not.toContain('\n');
    }
  });
});

describe('outside input cannot hang the manifest readers', () => {
  // Not timed (scripts/bench-hostile-inputs.ts times these): a backtracking engine would not end
  // on them, so the test would time out, and the engine is shown to be RE2 by what it refuses.
  it.each(BACKTRACKING_VERSION_PATTERNS)('pattern $pattern over a large file ends with no match', ({ pattern, text }) => {
    expect(readPattern(text(), pattern)).toEqual({ ok: false, problem: 'pattern has no match' });
  });

  it('patterns run on RE2: lookaround, which only a backtracking engine has, is refused', () => {
    expect(readPattern('version = "1.2.3"', '(?=v)"([^"]+)"')).toEqual({
      ok: false,
      problem: expect.stringMatching(/^pattern is not a valid RE2 regular expression: .*\(\?=/)
    });
  });

  it('45,000 YAML keys parse, and a duplicate key still fails, found by the reader itself', () => {
    // The message is the reader's own, not the yaml library's quadratic uniqueKeys check ("Map keys must be unique").
    const keys = MANY_YAML_KEYS.keys();
    expect(parseManifest(`${keys}\nversion: "1.2.3"\n`, 'yaml').ok).toBe(true);
    expect(parseManifest(`${keys}\nk17: again\n`, 'yaml')).toEqual({
      ok: false,
      problem: 'is not valid YAML: map keys must be unique; "k17" is given twice (line 45001)'
    });
  });

  it('a YAML manifest with more entries than the cap is refused with the count', () => {
    const items = `list: [${'1,'.repeat(50_001)}1]\n`;
    expect(parseManifest(items, 'yaml')).toEqual({ ok: false, problem: 'has more than 50000 keys and list items; it is not a file this action reads' });
    // A block mapping just over the cap is refused from the lexer's stream, before the syntax tree is built.
    const block = Array.from({ length: 50_001 }, (_, i) => `k${i}: ${i}`).join('\n');
    expect(parseManifest(block, 'yaml')).toEqual({ ok: false, problem: 'has more than 50000 keys and list items; it is not a file this action reads' });
    // Under the cap is read.
    expect(parseManifest(Array.from({ length: 49_000 }, (_, i) => `k${i}: ${i}`).join('\n'), 'yaml').ok).toBe(true);
  });
});
