import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { MAX_CONFIG_BYTES, loadConfig, parseConfig } from '../src/config.js';
import { InputError } from '../src/errors.js';
import { removeTempDirs, tempDir } from '../test-support/git-repo.js';
import { HOSTILE_CONFIG_FILES } from '../test-support/hostile-inputs.js';

afterAll(removeTempDirs);

const SHOWN = '.github/release-gates.yml';

/** A workspace whose config is made by `place(file)`; returns what loadConfig says. */
async function load(place: (file: string) => Promise<unknown>): Promise<unknown> {
  const workspace = await fs.realpath(tempDir('rg-config-'));
  const file = path.join(workspace, SHOWN);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await place(file);
  return loadConfig(file, SHOWN, workspace);
}

/**
 * loadConfig's refusal. Not timed: each message names what the file is (a FIFO, a symlink, its size),
 * which comes from its stat, not its bytes, so it proves the file was refused before it was read (a
 * FIFO that were read would block until the test timed out). scripts/bench-hostile-inputs.ts times them.
 */
async function refusal(place: (file: string) => Promise<unknown>): Promise<string> {
  try {
    await load(place);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('the config was accepted');
}

describe('the config file is confined, regular and bounded', () => {
  it('a config symlinked to one outside the workspace (every section off) is refused, not obeyed', async () => {
    const outside = await fs.realpath(tempDir('rg-outside-config-'));
    await fs.writeFile(path.join(outside, 'gates.yml'), 'tags: {}\nversions: false\nchangelog: false\nmain: false\n');
    const message = await refusal((file) => fs.symlink(path.join(outside, 'gates.yml'), file));
    expect(message).toBe(`config file ${SHOWN} is a symlink to ${outside}/gates.yml, outside the workspace; refusing to read it`);
  });

  it('a FIFO fails by name at once instead of blocking', async () => {
    const message = await refusal(HOSTILE_CONFIG_FILES.fifo.place);
    expect(message).toBe(`config file ${SHOWN} is a named pipe (FIFO), not a regular file; point it at the file itself`);
  });

  it.each(['/proc/self/fd/1', '/dev/zero', '/etc/hostname'])('a symlink to %s is refused by name', async (target) => {
    const message = await refusal((file) => fs.symlink(target, file));
    expect(message).toMatch(new RegExp(`^config file ${SHOWN.replaceAll('.', '\\.')} is a symlink to `));
  });

  it('a 50 MB config is refused by its size, before it is read', async () => {
    const message = await refusal(HOSTILE_CONFIG_FILES.huge.place);
    expect(message).toBe(`config file ${SHOWN} is ${50 * 1024 * 1024} bytes; a config file may be at most ${MAX_CONFIG_BYTES} bytes`);
  });

  it('a missing config keeps its own advice', async () => {
    const message = await refusal(async () => undefined);
    expect(message).toBe(`config file ${SHOWN} not found in the workspace; check out the repository first or set "config"`);
  });

  it('a config inside the workspace, reached through a symlink that stays inside, is read', async () => {
    const config = await load(async (file) => {
      await fs.writeFile(path.join(path.dirname(file), 'real.yml'), 'tags: {}\n');
      await fs.symlink('real.yml', file);
    });
    expect(config).toMatchObject({ tags: { release: 'v{version}' } });
  });
});

describe('config text from a hostile pull request', () => {
  const refuse = (text: string): string => {
    try {
      parseConfig(text, SHOWN);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('9,000 unknown keys: the error names five and counts the rest', () => {
    const keys = Array.from({ length: 9000 }, (_, i) => `junk${i}: 1`).join('\n');
    const message = refuse(`tags: {}\n${keys}\n`);
    expect(message).toBe(`config ${SHOWN} is invalid: unknown key "junk0", "junk1", "junk2", "junk3", "junk4" and 8995 more`);
  });

  it('more keys than a config can have are refused before the schema runs', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n');
    expect(refuse(keys)).toBe(`config ${SHOWN} has more than 10000 keys and list items; it is not a file this action reads`);
  });

  it('a duplicate key still fails, with its line', () => {
    expect(refuse('tags: {}\nchangelog: CHANGELOG.md\nchangelog: false\n')).toBe(
      `config ${SHOWN} is not valid YAML: map keys must be unique; "changelog" is given twice (line 3)`
    );
  });

  it.each([
    [
      '(?=1)(\\d+)',
      /versions\.0\.pattern: must be a regular expression in RE2 syntax \(no lookaround or backreferences\): invalid or unsupported Perl syntax: `\(\?=`/
    ],
    ['(a)\\1', /versions\.0\.pattern: must be a regular expression in RE2 syntax .*invalid escape sequence: `\\1`/],
    ['(a)(b)', /versions\.0\.pattern: must be a valid regular expression with exactly one capture group \(it has 2\)/],
    ['[', /versions\.0\.pattern: must be a regular expression in RE2 syntax .*missing closing \]/]
  ])('pattern %s is refused naming the key', (pattern, message) => {
    expect(refuse(`tags: {}\nversions: [{file: a.py, pattern: ${JSON.stringify(pattern)}}]\n`)).toMatch(message);
  });

  it('a pattern that would backtrack in JavaScript is accepted: RE2 runs it in linear time', () => {
    const config = parseConfig('tags: {}\nversions: [{file: a.py, pattern: "^(?:a+)+(\\\\d)"}]\n', SHOWN);
    expect(config.versions).toEqual([{ file: 'a.py', pattern: '^(?:a+)+(\\d)' }]);
  });
});
