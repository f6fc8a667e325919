/**
 * Properties of the parsers that take outside input: tags, config, manifests, wheel and
 * sdist names, checksum files, changelog headings and summary escaping. Each never throws
 * (other than the typed InputError where bad input is the answer) and its escapes round-trip.
 * Not timed: a reader that hung on some input would fail by the test's timeout, and how fast
 * the worst inputs are read is scripts/bench-hostile-inputs.ts's figure.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { headingPattern, readLevel2Headings } from '../../src/formats/changelog.js';
import { level2Headings } from '../../test-support/changelog.js';
import { manifestFormat, parseManifest, readDottedKey, readPattern } from '../../src/formats/manifest.js';
import { classifyWheelNames, parseWheelName, sdistFileName } from '../../src/formats/wheel-name.js';
import { parseConfig } from '../../src/config.js';
import { InputError } from '../../src/errors.js';
import { escapeText } from '../../src/report/escape.js';
import { readSettings } from '../../src/settings.js';
import { formatChecksumFile, parseChecksumFile } from '../../src/formats/checksum-file.js';
import { parseTag } from '../../src/version.js';

const RUNS = { numRuns: 200 };

/** Text rich in the characters parsers trip on, mixed with anything else. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\n',
        '\r\n',
        '\t',
        ' ',
        '\u00a0',
        '\ufeff',
        '\u202e',
        '\u2066',
        '\u0000',
        ':',
        '- ',
        '#',
        '##',
        '## ',
        '[',
        ']',
        '(',
        ')',
        '{',
        '}',
        '"',
        "'",
        '`',
        '```',
        '<!--',
        '-->',
        '&',
        '*',
        '|',
        '\\',
        'v1.2.3',
        '1.2.3',
        '..',
        '/',
        '.whl',
        '.tar.gz',
        '&a',
        '*a',
        '<<',
        '? ',
        '!!'
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 })
    ),
    { maxLength: 40 }
  )
  .map((parts) => parts.join(''));

const semver = fc
  .tuple(fc.nat(99), fc.nat(99), fc.nat(99), fc.option(fc.constantFrom('rc.1', 'alpha.2', 'beta.10'), { nil: undefined }))
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);

describe('tags', () => {
  const templates = { release: 'v{version}', rehearsal: 'test-v{version}' };

  it('parseTag never throws, and a tag it accepts is a clean template fill of a SemVer version', () => {
    fc.assert(
      fc.property(hostile, (tag) => {
        const parsed = parseTag(tag, templates);
        if (parsed.ok) {
          expect(tag).toBe(parsed.kind === 'release' ? `v${parsed.version}` : `test-v${parsed.version}`);
          expect(tag).not.toMatch(/\s|\ufeff/);
        } else {
          expect(parsed.reason.length).toBeLessThan(600);
        }
      }),
      RUNS
    );
  });

  it('whitespace or a BOM anywhere in a valid tag makes it fail, however it arrives', () => {
    fc.assert(
      fc.property(semver, fc.constantFrom(' ', '\u00a0', '\ufeff', '\n', '\t', '\r'), fc.boolean(), (version, junk, before) => {
        const tag = before ? `${junk}v${version}` : `v${version}${junk}`;
        const settings = readSettings((name) => ({ gate: 'preflight', tag })[name] ?? '', {
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_WORKSPACE: '/ws',
          GITHUB_SHA: 'a'.repeat(40)
        });
        expect(settings.tag).toBe(tag);
        expect(parseTag(settings.tag, templates).ok).toBe(false);
      }),
      RUNS
    );
  });
});

describe('config', () => {
  it('parseConfig either returns a config or throws an InputError of bounded length', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        try {
          parseConfig(text, 'c.yml');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message.length).toBeLessThan(1500);
        }
      }),
      RUNS
    );
  });

  it('any JSON value as config text: InputError or a config, never another error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        try {
          parseConfig(JSON.stringify(value), 'c.yml');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message.length).toBeLessThan(1500);
        }
      }),
      RUNS
    );
  });

  it('any versions pattern is accepted (and then runs) or refused naming versions.0.pattern', () => {
    fc.assert(
      fc.property(hostile, hostile, (pattern, text) => {
        let accepted = true;
        try {
          parseConfig(`tags: {}\nversions: [{file: a.txt, pattern: ${JSON.stringify(pattern)}}]\n`, 'c.yml');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toMatch(/versions\.0\.pattern|not valid YAML/);
          accepted = false;
        }
        if (accepted) readPattern(text, pattern);
      }),
      RUNS
    );
  });
});

describe('manifests', () => {
  it.each(['toml', 'json', 'yaml'] as const)('parseManifest(%s) never throws on any text', (format) => {
    fc.assert(
      fc.property(hostile, (text) => {
        const parsed = parseManifest(text, format);
        if (!parsed.ok) expect(parsed.problem).toMatch(new RegExp(`^(is not valid ${format.toUpperCase()}|holds \\d+ YAML documents|has more than)`));
      }),
      RUNS
    );
  });

  it('readDottedKey never throws and finds only what the data holds', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', '0', 'version')), { minLength: 1, maxLength: 4 }),
        (data, segments) => {
          const found = readDottedKey(data, segments.join('.'));
          if (found.ok) expect(typeof found.value).toBe('string');
          else expect(found.problem.length).toBeLessThan(400);
        }
      ),
      RUNS
    );
  });

  it('a key read from JSON text is the value written, spelling kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (version) => {
        const parsed = parseManifest(JSON.stringify({ project: { version } }), 'json');
        expect(parsed.ok && readDottedKey(parsed.data, 'project.version')).toEqual({ ok: true, value: version });
        const yaml = parseManifest(`project:\n  version: ${JSON.stringify(version)}\n`, 'yaml');
        expect(yaml.ok && readDottedKey(yaml.data, 'project.version')).toEqual({ ok: true, value: version });
      }),
      RUNS
    );
  });

  it('manifestFormat never throws', () => {
    fc.assert(
      fc.property(hostile, (file) => [null, 'toml', 'json', 'yaml'].includes(manifestFormat(file))),
      RUNS
    );
  });
});

describe('wheel and sdist names', () => {
  it('parseWheelName never throws; what it accepts has the parts the name spells', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const parsed = parseWheelName(`${name}.whl`);
        if (parsed.ok) expect(parsed.wheel.file).toBe(`${name}.whl`);
        else expect(parsed.problem.length).toBeLessThan(600);
      }),
      RUNS
    );
  });

  it('a wheel name built from valid parts parses back to those parts', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
    const project = fc.stringMatching(/^[a-z](?:[a-z0-9_]{0,7}[a-z0-9])?$/);
    fc.assert(
      fc.property(project, fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)), word, word, word, (project, [a, b, c], py, abi, plat) => {
        const parsed = parseWheelName(`${project}-${a}.${b}.${c}-${py}-${abi}-${plat}.whl`);
        expect(parsed.ok).toBe(true);
        if (parsed.ok)
          expect([parsed.wheel.name, parsed.wheel.version, parsed.wheel.pythonTags, parsed.wheel.abiTags, parsed.wheel.platformTags]).toEqual([
            project,
            `${a}.${b}.${c}`,
            [py],
            [abi],
            [plat]
          ]);
      }),
      RUNS
    );
  });

  it('classifyWheelNames sorts every file somewhere and never throws', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 10 }), (names) => {
        const files = names.map((n) => `${n}.whl`);
        const sorted = classifyWheelNames(files, { project: 'sketchlog', version: '1.3.0', python: ['cp312'], platforms: ['win_amd64'] });
        const seen = sorted.matched.length + sorted.outside.length + sorted.foreign.length + sorted.invalid.length;
        expect(seen).toBe(files.length);
      }),
      RUNS
    );
  });

  it('sdistFileName never throws and ends in .tar.gz', () => {
    fc.assert(
      fc.property(hostile, hostile, (project, version) => sdistFileName(project, version).endsWith('.tar.gz')),
      RUNS
    );
  });
});

describe('checksum files', () => {
  it('parseChecksumFile never throws on any text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const parsed = parseChecksumFile(text, 'SHA256SUMS');
        if (!parsed.ok) expect(parsed.problem.length).toBeLessThan(600);
      }),
      RUNS
    );
  });

  it('format then parse round-trips names and digests', () => {
    const name = fc.stringMatching(/^[^\s\\/\n\r][^\\/\n\r]{0,30}$/).filter((n) => n.trim() === n);
    const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name, hex }), { selector: (e) => e.name, minLength: 1, maxLength: 8 }), (entries) => {
        const parsed = parseChecksumFile(formatChecksumFile(entries), 'SHA256SUMS');
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(new Map(parsed.entries.map((e) => [e.name, e.hex]))).toEqual(new Map(entries.map((e) => [e.name, e.hex])));
      }),
      RUNS
    );
  });
});

describe('changelog headings', () => {
  it('readLevel2Headings never throws and returns only "##" lines', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const read = readLevel2Headings(text);
        if (read.ok) for (const line of read.headings) expect(line).toMatch(/^##(?:[ \t]|$)/);
      }),
      RUNS
    );
  });

  it('a real heading for a version is found; the same inside a comment or a fence is not', () => {
    fc.assert(
      fc.property(semver, hostile, (version, noise) => {
        const safeNoise = noise.replace(/[<`~#>\-=*_|[\]\\]/g, ' ').replace(/^\s+/gm, '');
        const found = (text: string) => level2Headings(text).some((line) => headingPattern(version).test(line));
        expect(found(`# Changelog\n\n${safeNoise}\n\n## [${version}] - 2026-11-20\n`)).toBe(true);
        expect(found(`# Changelog\n\n<!--\n## ${version}\n-->\n\n${safeNoise}\n`)).toBe(false);
        expect(found(`# Changelog\n\n\`\`\`\n## ${version}\n\`\`\`\n`)).toBe(false);
      }),
      RUNS
    );
  });
});

describe('summary escaping', () => {
  const decode = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

  it('leaves no markup, line break, control or bidi character, and decodes back to the text as shown', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeText(text);
        // Once the entities are taken out, no character that opens markup is left.
        expect(escaped.replace(/&#\d+;/g, '')).not.toMatch(/[<>&"'`*_[\]()|#!~\\{}+=:]/);
        expect(escaped).not.toMatch(/[\n\r\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
        const shown = text
          .replace(/[\r\n\t]+/g, ' ')
          .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
          .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
        expect(decode(escaped)).toBe(shown);
      }),
      RUNS
    );
  });
});
