/**
 * npx tsx scripts/bench-hostile-inputs.ts — times the readers of outside text over the hostile
 * inputs their tests use (test-support/hostile-inputs.ts): changelog Markdown built to be slow to
 * lex, a ref pattern and version patterns that backtrack, a YAML manifest of 45,000 keys, and
 * config files that must be refused unread. Each line is one input's wall time against its goal
 * on an idle machine. Figures, not pass/fail: the tests prove each bound by what the reader does
 * (its result, its refusal, the work it counts) without timing it.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { readLevel2Headings } from '../src/formats/changelog.js';
import { parseManifest, readPattern } from '../src/formats/manifest.js';
import { matchesPattern } from '../src/util/ref-pattern.js';
import { removeTempDirs, tempDir } from '../test-support/git-repo.js';
import {
  BACKTRACKING_REF_PATTERN,
  BACKTRACKING_VERSION_PATTERNS,
  CHANGELOG_NESTED_PAST_THE_BOUND,
  countMarkdownWork,
  HOSTILE_CHANGELOGS,
  HOSTILE_CONFIG_FILES,
  MANY_YAML_KEYS
} from '../test-support/hostile-inputs.js';

let met = 0;
let lines = 0;

/** Prints one input's time against its goal; `note` says what came of it. */
function report(name: string, ms: number, goalMs: number, note: string): void {
  lines++;
  if (ms < goalMs) met++;
  console.log(`  ${name.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  goal < ${String(goalMs).padStart(4)} ms  ${ms < goalMs ? 'met   ' : 'MISSED'}  ${note}`);
}

/** Wall time of `work` (made before the clock starts: building the input is not reading it). */
function timed<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

const outcome = (read: { ok: boolean; problem?: string }) => (read.ok ? 'read' : (read.problem ?? 'not read'));

console.log('Hostile inputs to the readers of outside text (goal: each read within its bound on an idle machine)');

console.log('changelog Markdown (readLevel2Headings)');
for (const input of [...HOSTILE_CHANGELOGS, CHANGELOG_NESTED_PAST_THE_BOUND]) {
  const text = input.make();
  const { ms, result } = timed(() => readLevel2Headings(text));
  // Counted on a second read, so the count's wrapper is not in the time.
  const work = countMarkdownWork(() => readLevel2Headings(text));
  report(
    `${input.name} (${(text.length / 1024 / 1024).toFixed(1)} MiB)`,
    ms,
    input.goalMs,
    `${outcome(result).slice(0, 50)}; block-lexed ${(work.blockChars / text.length).toFixed(1)}× the text, ${work.inlineLexings} inline lexings`
  );
}

console.log('ref pattern (matchesPattern, fnmatch)');
{
  const { pattern, name, goalMs } = BACKTRACKING_REF_PATTERN;
  const { ms, result } = timed(() => matchesPattern(pattern, name, 'fnmatch'));
  report(`${pattern} against ${name.length} characters`, ms, goalMs, result ? 'matched' : 'no match');
}

console.log('version patterns (readPattern)');
for (const { pattern, text, goalMs } of BACKTRACKING_VERSION_PATTERNS) {
  const made = text();
  const { ms, result } = timed(() => readPattern(made, pattern));
  report(`${pattern} over ${(made.length / 1024 / 1024).toFixed(1)} MiB`, ms, goalMs, outcome(result));
}

console.log('YAML manifest (parseManifest)');
{
  const keys = MANY_YAML_KEYS.keys();
  const parsed = timed(() => parseManifest(`${keys}\nversion: "1.2.3"\n`, 'yaml'));
  report('45,000 keys', parsed.ms, MANY_YAML_KEYS.goalMs, outcome(parsed.result));
  const duplicate = timed(() => parseManifest(`${keys}\nk17: again\n`, 'yaml'));
  report('45,000 keys and a duplicate at the end', duplicate.ms, MANY_YAML_KEYS.goalMs, outcome(duplicate.result).slice(0, 70));
}

console.log('config files (loadConfig)');
const SHOWN = '.github/release-gates.yml';
for (const input of Object.values(HOSTILE_CONFIG_FILES)) {
  const workspace = await fs.realpath(tempDir('rg-bench-config-'));
  const file = path.join(workspace, SHOWN);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await input.place(file);
  const started = performance.now();
  const note = await loadConfig(file, SHOWN, workspace).then(
    () => 'ACCEPTED',
    (error: Error) => error.message.slice(0, 70)
  );
  report(input.name, performance.now() - started, input.goalMs, note);
}
removeTempDirs();

console.log(`  ${met} of ${lines} within their goal`);
