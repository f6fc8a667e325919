/**
 * A config's `versions[].pattern`: compiled once here for the config's validation and for the
 * readers and editors in src/formats/ that apply it, so neither has to import the other.
 */
import { RE2JS } from 're2js';
import { clip } from './text.js';

/**
 * Compiles a `versions[].pattern` with RE2 (re2js), which matches in time linear
 * in the text: a JavaScript RegExp such as `^(?:a+)+(\d)` can backtrack for hours
 * over a large file. Multi-line, so `^` and `$` anchor to lines, which is what a
 * pattern over a file means. Throws the engine's syntax error.
 */
export function compileVersionPattern(pattern: string): RE2JS {
  return RE2JS.compile(pattern, RE2JS.MULTILINE);
}

/** Why a `versions[].pattern` cannot be used, or null. */
export function versionPatternProblem(pattern: string): string | null {
  let compiled: RE2JS;
  try {
    compiled = compileVersionPattern(pattern);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    return `must be a regular expression in RE2 syntax (no lookaround or backreferences): ${clip(reason, 120)}`;
  }
  const groups = compiled.groupCount();
  if (groups !== 1) return `must be a valid regular expression with exactly one capture group (it has ${groups})`;
  return null;
}
