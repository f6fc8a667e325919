/**
 * `doctor` is a maintainer command's checks, like prepare's: its checks are SPEC.md's "`doctor`" bullets in
 * order, its help names them in order, and it is no gate of the action (the workflow's GITHUB_TOKEN cannot
 * read administration settings).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Lexer, type Token, type Tokens } from 'marked';
import { COMMAND_USAGE, MAIN_USAGE } from '../../src/cli/usage.js';
import { doctor } from '../../src/gates/doctor.js';
import { GATE_IDS, gateNamed } from '../../src/gates/index.js';
import { MAINTAINER_COMMANDS } from '../../src/settings.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SPEC = Lexer.lex(fs.readFileSync(path.resolve(ROOT, '../shared/SPEC.md'), 'utf8'));
const ids = doctor.checks.map((c) => c.id);

/** The tokens under the heading that starts with `prefix`, up to the next heading of its level or higher. */
function section(tokens: Token[], prefix: string): Token[] {
  const start = tokens.findIndex((t) => t.type === 'heading' && (t as Tokens.Heading).text.startsWith(prefix));
  if (start < 0) throw new Error(`no heading starting "${prefix}"`);
  const depth = (tokens[start] as Tokens.Heading).depth;
  const end = tokens.findIndex((t, i) => i > start && t.type === 'heading' && (t as Tokens.Heading).depth <= depth);
  return tokens.slice(start + 1, end < 0 ? undefined : end);
}

describe('doctor against SPEC.md', () => {
  it('runs the checks the "`doctor`" section lists, in order', () => {
    const list = section(SPEC, '`doctor`').find((t): t is Tokens.List => t.type === 'list')!;
    expect(list.items.map((item) => /^`([a-z-]+)` —/.exec(item.text)?.[1])).toEqual(ids);
  });

  it('is a command in the maintainer commands table', () => {
    const table = section(SPEC, 'Command-line tool').find((t): t is Tokens.Table => t.type === 'table')!;
    expect(table.rows.map((row) => row[0]!.text)).toContain('`release-gates doctor`');
  });
});

describe('doctor is a maintainer command, not a gate', () => {
  it('is no gate the action’s gate input accepts', () => {
    expect(GATE_IDS).not.toContain('doctor');
    expect(() => gateNamed('doctor')).toThrow('unknown gate "doctor"');
  });

  it('is a maintainer command, listed in the main help and with help of its own naming its checks in order', () => {
    expect(MAINTAINER_COMMANDS).toContain('doctor');
    expect(MAIN_USAGE).toContain('\n  doctor                check that the repository');
    const described = COMMAND_USAGE.doctor!.split('\noptions:')[0]!;
    const named = [...described.matchAll(/\(([a-z-]+)\)/g)].map((m) => m[1]!);
    expect(named).toEqual(ids);
  });

  it('gives no two checks the same id', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });
});
