/**
 * go.mod files, read as the go command reads a main module's go.mod: the directives it knows,
 * its lexer's words, quoted strings and parentheses, and the one module path.
 * Pure: text in, the module path or the first problem out.
 */
import { clip } from '../util/text.js';

export type GoModParse = { ok: true; module: string } | { ok: false; problem: string };

/** Directives cmd/go knows; it refuses a main module's go.mod with any other. */
const GO_MOD_VERBS = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);

/** Splits one go.mod line into tokens the way cmd/go's lexer does: words, quoted strings, parentheses; `//` starts a comment. */
function tokenize(line: string): string[] | string {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (line.startsWith('//', i)) {
      break;
    } else if (c === '(' || c === ')') {
      tokens.push(c);
      i++;
    } else if (c === '"' || c === '`') {
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += c === '"' && line[j] === '\\' ? 2 : 1;
      if (j >= line.length) return 'unterminated quoted string';
      tokens.push(line.slice(i, j + 1));
      i = j + 1;
    } else {
      let j = i;
      while (j < line.length && !/[\s()"`]/.test(line[j]!) && !line.startsWith('//', j)) j++;
      tokens.push(line.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

function unquote(token: string): string | null {
  if (token.startsWith('`')) return token.slice(1, -1);
  if (token.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(token);
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  }
  return token;
}

/** Reads the module path a go.mod declares; a problem sentence when the file is not a go.mod cmd/go would accept. */
export function parseGoMod(text: string): GoModParse {
  const modules: Array<{ args: string[]; line: number }> = [];
  let block: { verb: string; line: number } | null = null;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const n = index + 1;
    const tokens = tokenize(raw);
    if (typeof tokens === 'string') return { ok: false, problem: `line ${n}: ${tokens}` };
    if (tokens.length === 0) continue;
    if (block) {
      if (tokens[0] === ')') {
        if (tokens.length > 1) return { ok: false, problem: `line ${n}: unexpected text after ")"` };
        block = null;
      } else if (tokens.includes('(') || tokens.includes(')')) {
        return { ok: false, problem: `line ${n}: unexpected parenthesis inside the ${block.verb} block` };
      } else if (block.verb === 'module') {
        modules.push({ args: tokens, line: n });
      }
      continue;
    }
    const verb = tokens[0]!;
    if (!GO_MOD_VERBS.has(verb)) return { ok: false, problem: `line ${n}: unknown directive "${clip(verb, 40)}"` };
    if (tokens.length === 2 && tokens[1] === '(') {
      block = { verb, line: n };
      continue;
    }
    if (tokens.includes('(') || tokens.includes(')')) return { ok: false, problem: `line ${n}: unexpected parenthesis` };
    if (verb === 'module') modules.push({ args: tokens.slice(1), line: n });
  }
  if (block) return { ok: false, problem: `line ${block.line}: the ${block.verb} block is never closed with ")"` };
  if (modules.length === 0) return { ok: false, problem: 'it has no module directive' };
  if (modules.length > 1) return { ok: false, problem: `line ${modules[1]!.line}: repeated module directive` };
  const { args, line } = modules[0]!;
  if (args.length !== 1) return { ok: false, problem: `line ${line}: the module directive needs exactly one module path` };
  const module = unquote(args[0]!);
  if (module === null || !/^[A-Za-z0-9.\-_~+]+(\/[A-Za-z0-9.\-_~+]+)*$/.test(module)) {
    return { ok: false, problem: `line ${line}: "${clip(args[0]!, 80)}" is not a valid module path` };
  }
  return { ok: true, module };
}
