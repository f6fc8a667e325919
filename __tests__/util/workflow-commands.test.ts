/**
 * The hand-written runner writer (src/util/workflow-commands.ts) against `@actions/core` itself:
 * for the same message, the same bytes on stdout and in the GITHUB_OUTPUT file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import * as runner from '../../src/util/workflow-commands.js';
import { removeTempDirs, tempDir } from '../../test-support/git-repo.js';

afterAll(removeTempDirs);

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

/** What `write` printed on stdout; nothing reaches the real stdout. */
function printed(write: () => void): string {
  let text = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    write();
  } finally {
    spy.mockRestore();
  }
  return text;
}

const MESSAGES: Array<[string, string]> = [
  ['plain text', 'wait-minutes "soon" is not a number'],
  ['a percent sign', '100% sure, %0A stays literal'],
  ['a CR', 'a\rb'],
  ['an LF', 'line one\nline two'],
  ['CR LF and a command after it', 'x\r\n::add-mask::y'],
  ['colons and commas (kept in a message)', 'a: b, c::d'],
  ['the empty message', '']
];

describe('commands on stdout are what @actions/core writes', () => {
  it.each(MESSAGES)('setFailed with %s: the same ::error:: line, exit code 1', (_what, message) => {
    const ours = printed(() => runner.setFailed(message));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(printed(() => core.setFailed(message)));
    expect(ours.split('\n').filter((line) => line.startsWith('::error::'))).toHaveLength(1);
  });

  it.each(MESSAGES)('warning, add-mask and info with %s', (_what, message) => {
    expect(printed(() => runner.warning(message))).toBe(printed(() => core.warning(message)));
    expect(printed(() => runner.setSecret(message))).toBe(printed(() => core.setSecret(message)));
    expect(printed(() => runner.info(message))).toBe(printed(() => core.info(message)));
  });

  it('escapes %, CR and LF in a message, % first so an escape is not escaped twice', () => {
    expect(printed(() => runner.setFailed('50%\r\n%0A'))).toBe('::error::50%25%0D%0A%250A\n');
  });

  it.each([
    ['a colon and a comma', { title: 'a:b,c', file: 'src/x.ts' }, 'm'],
    ['%, CR and LF', { title: '100%\r\nnext' }, 'm\n2'],
    ['an empty value, left out', { title: '', file: 'f,g' }, 'm'],
    ['only empty values: the space stays', { title: '' }, 'm']
  ])('properties with %s are escaped as issueCommand escapes them', (_what, properties, message) => {
    expect(`${runner.commandLine('error', properties, message)}\n`).toBe(printed(() => core.error(message, properties)));
  });

  it('escapes : and , in a property value but not in the message', () => {
    expect(runner.commandLine('error', { title: 'a:b,c' }, 'a:b,c')).toBe('::error title=a%3Ab%2Cc::a:b,c');
  });
});

describe('inputs are read as @actions/core reads them', () => {
  it.each([
    ['gate', ' preflight \n', true],
    ['tag', 'v1.2.3\n', false],
    ['wait-minutes', '\t5 ', true],
    ['npm token', 'tok', true],
    ['missing', undefined, true]
  ])('%s', (name, value, trimWhitespace) => {
    const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    if (value === undefined) delete process.env[variable];
    else process.env[variable] = value;
    expect(runner.getInput(name, { trimWhitespace })).toBe(core.getInput(name, { trimWhitespace }));
    expect(runner.getInput(name)).toBe(core.getInput(name));
  });

  it('keeps the tag exactly as given when told not to trim', () => {
    process.env.INPUT_TAG = 'v1.2.3\n';
    expect(runner.getInput('tag', { trimWhitespace: false })).toBe('v1.2.3\n');
    expect(runner.getInput('tag')).toBe('v1.2.3');
  });
});

describe('outputs are written as @actions/core writes them', () => {
  /** The file's text with each random heredoc delimiter named by its order, so two runs compare. */
  const withDelimitersNamed = (text: string): string => {
    const seen: string[] = [];
    return text.replace(/ghadelimiter_[0-9a-f-]{36}/g, (d) => `DELIMITER${seen.includes(d) ? seen.indexOf(d) : seen.push(d) - 1}`);
  };

  it.each([
    ['a one-line value', 'result', 'fail'],
    ['a multi-line value with a CR', 'failed', 'tag-format\r\nversion-parity\n'],
    ['an empty value', 'checks', '']
  ])('GITHUB_OUTPUT with %s: the same heredoc, a fresh delimiter each time', (_what, name, value) => {
    const dir = tempDir('rg-workflow-commands-');
    const ours = path.join(dir, 'ours');
    const theirs = path.join(dir, 'theirs');
    fs.writeFileSync(ours, '');
    fs.writeFileSync(theirs, '');
    process.env.GITHUB_OUTPUT = ours;
    runner.setOutput(name, value);
    runner.setOutput(name, value);
    process.env.GITHUB_OUTPUT = theirs;
    core.setOutput(name, value);
    core.setOutput(name, value);
    const text = fs.readFileSync(ours, 'utf8');
    expect(withDelimitersNamed(text)).toBe(withDelimitersNamed(fs.readFileSync(theirs, 'utf8')));
    expect(withDelimitersNamed(text)).toBe(`${name}<<DELIMITER0\n${value}\nDELIMITER0\n${name}<<DELIMITER1\n${value}\nDELIMITER1\n`);
  });

  it('a GITHUB_OUTPUT file that is gone throws the message @actions/core throws', () => {
    process.env.GITHUB_OUTPUT = path.join(tempDir('rg-workflow-commands-'), 'gone');
    const theirs = (() => {
      try {
        core.setOutput('result', 'fail');
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(theirs).toMatch(/^Missing file at path: /);
    expect(() => runner.setOutput('result', 'fail')).toThrow(theirs);
  });

  it('no GITHUB_OUTPUT: a blank line, then the old ::set-output command, escaped', () => {
    delete process.env.GITHUB_OUTPUT;
    const ours = printed(() => runner.setOutput('res,ult', 'fail\n50%'));
    expect(ours).toBe(printed(() => core.setOutput('res,ult', 'fail\n50%')));
    expect(ours).toBe('\n::set-output name=res%2Cult::fail%0A50%25\n');
  });

  it('refuses a value that holds the delimiter: it would end the heredoc early', () => {
    expect(() => runner.keyValueMessage('result', 'x\nEND\ny', 'END')).toThrow('Unexpected input: value should not contain the delimiter "END"');
    expect(() => runner.keyValueMessage('aENDb', 'x', 'END')).toThrow('Unexpected input: name should not contain the delimiter "END"');
  });
});
