/**
 * Hostile inputs to the readers of outside text (changelog Markdown, ref patterns, version
 * patterns, YAML manifests, config files), shared by the tests, which prove each one is bounded
 * by what the reader does (its result, its refusal, the work it counts), and by
 * scripts/bench-hostile-inputs.ts, which times them against `goalMs`: how fast each must be read
 * on an idle machine. The goals are figures, not assertions: a loaded machine is slower.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { Lexer } from 'marked';

const MiB = 1024 * 1024;

export interface HostileText {
  name: string;
  make(): string;
  /** How long reading it may take on an idle machine. */
  goalMs: number;
}

export interface HostileMarkdown extends HostileText {
  /** How many quotes or lists deep it nests: marked re-lexes a container's content once per level. */
  nesting: number;
}

/** Markdown built to be slow to lex: each must be read by readLevel2Headings within its goal. */
export const HOSTILE_CHANGELOGS: HostileMarkdown[] = [
  { name: 'emphasis runs', make: () => '*a'.repeat(MiB / 2), goalMs: 5000, nesting: 0 },
  { name: 'an unclosed comment', make: () => `<!--${'x\n'.repeat(MiB / 2)}`, goalMs: 5000, nesting: 0 },
  {
    name: 'lists nested 128 deep',
    make: () =>
      Array.from({ length: 128 }, (_, i) => `${' '.repeat(i * 2)}- a`)
        .join('\n')
        .repeat(40),
    goalMs: 5000,
    nesting: 128
  },
  { name: 'quotes 120 deep on many lines', make: () => `${'> '.repeat(120)}a\n`.repeat(4000), goalMs: 5000, nesting: 120 },
  { name: 'a long table', make: () => `|a|b|\n|-|-|\n${'|x|y|\n'.repeat(MiB / 6)}`, goalMs: 5000, nesting: 0 }
];

/** Quotes nested half a million deep on one line: refused by its line before marked sees it. */
export const CHANGELOG_NESTED_PAST_THE_BOUND: HostileText = {
  name: 'quotes nested 512 Ki deep on one line',
  make: () => `## 1.0.0\n${'> '.repeat(MiB / 2)}x\n`,
  goalMs: 2000
};

/** What marked's block lexer did while `read` ran: the characters handed to it (nested calls included) and the inline lexings. */
export interface MarkdownWork<T> {
  result: T;
  /** Characters every blockTokens call was given, a quote's or list item's re-lexed content included. */
  blockChars: number;
  inlineLexings: number;
}

/**
 * Runs `read` counting marked's work: a reader that lexes inline (where marked is slowest on
 * emphasis runs) or lexes the same text over and over shows it here, whatever the machine's speed.
 */
export function countMarkdownWork<T>(read: () => T): MarkdownWork<T> {
  const { blockTokens, inlineTokens } = Lexer.prototype;
  let blockChars = 0;
  let inlineLexings = 0;
  Lexer.prototype.blockTokens = function (this: Lexer, src: string, ...rest: unknown[]) {
    blockChars += src.length;
    return (blockTokens as (...args: unknown[]) => ReturnType<Lexer['blockTokens']>).call(this, src, ...rest);
  } as Lexer['blockTokens'];
  Lexer.prototype.inlineTokens = function (this: Lexer, ...args: Parameters<Lexer['inlineTokens']>) {
    inlineLexings++;
    return inlineTokens.apply(this, args);
  };
  try {
    return { result: read(), blockChars, inlineLexings };
  } finally {
    Lexer.prototype.blockTokens = blockTokens;
    Lexer.prototype.inlineTokens = inlineTokens;
  }
}

/**
 * A ruleset ref pattern that backtracks: a backtracking matcher needs about n⁶ steps to fail it
 * (over 9 minutes for 200 characters with a JavaScript RegExp); RE2 fails it in one pass.
 */
export const BACKTRACKING_REF_PATTERN = { pattern: '*a*a*a*a*a*a*b', name: 'a'.repeat(20_000), goalMs: 2000 };

/** Version patterns from a config that a backtracking engine would take hours over, each on a large file with no match. */
export const BACKTRACKING_VERSION_PATTERNS: Array<{ pattern: string; text: () => string; goalMs: number }> = [
  { pattern: '^(?:a+)+(\\d)', text: () => `${'a'.repeat(2 * MiB)}!`, goalMs: 2000 },
  { pattern: '\\s*=\\s*"([^"]+)"', text: () => `${' '.repeat(2 * MiB)}= "`, goalMs: 2000 },
  { pattern: '(a*)*b', text: () => 'a'.repeat(MiB), goalMs: 2000 }
];

/** A YAML manifest of 45,000 keys (under the 50,000 cap): parsed, and checked for duplicate keys, in linear time. */
export const MANY_YAML_KEYS = {
  keys: () => Array.from({ length: 45_000 }, (_, i) => `k${i}: ${i}`).join('\n'),
  goalMs: 5000
};

/** Config files that must be refused at once, each placed at `file`: none may be opened and read as text. */
export const HOSTILE_CONFIG_FILES = {
  fifo: { name: 'a FIFO', place: async (file: string) => execFileSync('mkfifo', [file]), goalMs: 3000 },
  devZero: { name: 'a symlink to /dev/zero', place: (file: string) => fs.symlink('/dev/zero', file), goalMs: 3000 },
  huge: {
    name: 'a 50 MB file',
    async place(file: string) {
      const handle = await fs.open(file, 'w');
      await handle.truncate(50 * MiB);
      await handle.close();
    },
    goalMs: 3000
  }
} satisfies Record<string, { name: string; place(file: string): Promise<unknown>; goalMs: number }>;
