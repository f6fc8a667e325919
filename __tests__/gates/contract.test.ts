/**
 * The contract in one place: every list a user reads (README.md's tables, action.yml, the
 * CLI's help, SPEC.md's gate table) is derived here from GATES and the maintainer
 * commands' definitions in src/gates/, and this test fails where one disagrees. Adding a
 * check to a gate then needs no edit here, only the docs that describe it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Lexer, type Token, type Tokens } from 'marked';
import { parse } from 'yaml';
import { COMMAND_USAGE, MAIN_USAGE } from '../../src/cli/usage.js';
import { bump } from '../../src/gates/bump.js';
import { GATE_IDS, GATES } from '../../src/gates/index.js';
import { prepare } from '../../src/gates/prepare.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The product contract, in the steering folder beside the clone (CI lays a copy of it there too). */
const SPEC_FILE = path.resolve(ROOT, '../shared/SPEC.md');

/**
 * Check ids SPEC.md's gate table lists that this version does not build yet. When one is
 * built (added to its gate in src/gates/), remove it here: the test fails until then.
 */
const IN_SPEC_NOT_YET_BUILT: Readonly<Record<string, readonly string[]>> = {};

const ids = (checks: readonly { id: string }[]): string[] => checks.map((c) => c.id);
const GATE_CHECKS: Array<[string, string[]]> = GATES.map((gate) => [gate.id, ids(gate.checks)]);
const ALL_CHECK_IDS = new Set(GATES.flatMap((gate) => ids(gate.checks)));

/** The `code` spans of a Markdown text, in order. */
function codes(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** "a, b or c", as the docs list ids in prose. */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}

/** The tokens under a heading (by its text), up to the next heading of the same or a higher level. */
function section(tokens: Token[], heading: string): Token[] {
  const start = tokens.findIndex((t) => t.type === 'heading' && (t as Tokens.Heading).text === heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const depth = (tokens[start] as Tokens.Heading).depth;
  const end = tokens.findIndex((t, i) => i > start && t.type === 'heading' && (t as Tokens.Heading).depth <= depth);
  return tokens.slice(start + 1, end < 0 ? undefined : end);
}

/** The first table in `tokens` whose first column is headed `first`, as rows of cell texts. */
function table(tokens: Token[], first: string): string[][] {
  const found = tokens.find((t): t is Tokens.Table => t.type === 'table' && (t as Tokens.Table).header[0]?.text === first);
  if (!found) throw new Error(`no table with a "${first}" column`);
  return found.rows.map((row) => row.map((cell) => cell.text));
}

const README = Lexer.lex(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
const ACTION = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
};

describe('README.md against GATES', () => {
  it('"Which stage each gate guards" lists every gate, in order, with its checks in order', () => {
    const rows = table(section(README, 'Which stage each gate guards'), 'gate');
    expect(rows.map(([gate, , checks]) => [codes(gate!)[0], codes(checks!)])).toEqual(GATE_CHECKS);
  });

  it('"What each check looks at" has a bullet for every check, under its gate, in order', () => {
    const described: Array<[string, string[]]> = [];
    for (const token of section(README, 'What each check looks at')) {
      const gate = token.type === 'paragraph' ? /^\*\*([a-z-]+)\*\*/.exec((token as Tokens.Paragraph).text) : null;
      if (gate) described.push([gate[1]!, []]);
      if (token.type === 'list') {
        const bullets = (token as Tokens.List).items.map((item) => /^`([a-z-]+)` —/.exec(item.text)?.[1] ?? `(not a check bullet: ${item.text.slice(0, 40)})`);
        described.at(-1)![1].push(...bullets);
      }
    }
    expect(described).toEqual(GATE_CHECKS);
  });

  it('"Permissions each check needs" covers every check, and names only checks and gates', () => {
    const named = table(section(README, 'Permissions each check needs'), 'check').flatMap(([checks]) => codes(checks!));
    const covers = (name: string, id: string) =>
      name === id || (name.endsWith('-*') && id.startsWith(name.slice(0, -1))) || GATES.some((g) => g.id === name && ids(g.checks).includes(id));
    expect([...ALL_CHECK_IDS].filter((id) => !named.some((name) => covers(name, id)))).toEqual([]);
    expect(named.filter((name) => ![...ALL_CHECK_IDS].some((id) => covers(name, id)))).toEqual([]);
  });

  it('the `gate` input and the `release-gates <gate>` command list every gate, in order', () => {
    const gateInput = table(section(README, 'Inputs and outputs'), 'input').find(([name]) => name === '`gate`')!;
    expect(codes(gateInput[2]!)).toEqual(GATE_IDS);
    const gateCommand = table(section(README, 'Commands'), 'command').find(([name]) => name!.startsWith('`release-gates <gate>'))!;
    expect(codes(gateCommand[1]!)).toEqual(GATE_IDS);
  });

  it('"What `prepare` checks" lists prepare’s checks in order, and bump’s row names bump’s', () => {
    expect(table(section(README, 'What `prepare` checks'), 'check').map(([check]) => codes(check!)[0])).toEqual(ids(prepare.checks));
    const bumpRow = table(section(README, 'Commands'), 'command').find(([name]) => name!.startsWith('`release-gates bump'))!;
    expect(bumpRow[1]).toContain(
      `runs ${ids(bump.checks)
        .map((id) => `\`${id}\``)
        .join(' and ')} over the working tree`
    );
  });
});

describe('action.yml against README.md and GATES', () => {
  const readme = section(README, 'Inputs and outputs');

  it('the `gate` input’s description lists every gate, in order', () => {
    expect(ACTION.inputs.gate!.description).toBe(`Gate to run: ${orList(GATE_IDS)}.`);
    expect(ACTION.inputs.gate!.required).toBe(true);
  });

  it('the README documents exactly action.yml’s inputs, in order, with the same defaults', () => {
    const rows = table(readme, 'input');
    expect(rows.map(([name]) => codes(name!)[0])).toEqual(Object.keys(ACTION.inputs));
    for (const [name, shown] of rows) {
      const input = ACTION.inputs[codes(name!)[0]!]!;
      if (shown === '(required)') {
        expect([name, input.required, input.default]).toEqual([name, true, undefined]);
      } else if (input.default) {
        expect([name, input.required, shown]).toEqual([name, false, `\`${input.default}\``]);
      } else {
        // An empty default is `''`, or filled in at run time from the runner variable the README names.
        expect([name, input.required, shown === "`''`" || /`GITHUB_[A-Z_]+`/.test(shown!)]).toEqual([name, false, true]);
      }
    }
  });

  it('the README documents exactly action.yml’s outputs, in order', () => {
    expect(table(readme, 'output').map(([name]) => codes(name!)[0])).toEqual(Object.keys(ACTION.outputs));
  });
});

describe('the command line’s help against GATES', () => {
  it('names every gate, in order, in the main help and the gate command’s', () => {
    expect(MAIN_USAGE).toContain(`\n  ${GATE_IDS.join(', ')}\n`);
    expect(COMMAND_USAGE.gate).toContain(`\ngates: ${GATE_IDS.join(', ')}\n`);
  });

  it('prepare’s help names its checks in order, and bump’s names bump’s', () => {
    const described = COMMAND_USAGE.prepare!.split('\noptions:')[0]!;
    const named = [...described.matchAll(/\(([a-z-]+(?:, [a-z-]+)*)\)/g)].flatMap((m) => m[1]!.split(', '));
    expect(named).toEqual(ids(prepare.checks));
    expect(COMMAND_USAGE.bump).toContain(`runs\n${ids(bump.checks).join(' and ')} over the result`);
  });
});

describe('SPEC.md’s "Gates and checks" against GATES', () => {
  const spec = Lexer.lex(fs.readFileSync(SPEC_FILE, 'utf8'));
  const rows = table(section(spec, 'Gates and checks'), 'gate').map(([gate, checks]) => [codes(gate!)[0]!, codes(checks!)] as const);

  it('lists every gate in order, and each gate’s built checks in order', () => {
    const notYetBuilt = (gate: string) => IN_SPEC_NOT_YET_BUILT[gate] ?? [];
    expect(rows.map(([gate, checks]) => [gate, checks.filter((id) => !notYetBuilt(gate).includes(id))])).toEqual(GATE_CHECKS);
  });

  it('lists each check kept as "not yet built" under its gate, and none of them is built', () => {
    for (const [gate, pending] of Object.entries(IN_SPEC_NOT_YET_BUILT)) {
      expect([gate, pending.filter((id) => !rows.find(([g]) => g === gate)?.[1].includes(id))]).toEqual([gate, []]);
      expect([gate, pending.filter((id) => ALL_CHECK_IDS.has(id))]).toEqual([gate, []]);
    }
  });
});
