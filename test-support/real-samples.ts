/** The samples of a `__fixtures__/real/` folder, for the table-driven tests that must cover every one of them. */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';

/** `__fixtures__/real/<folder>`. */
export function realFolder(folder: string): string {
  return path.resolve(import.meta.dirname, '../__fixtures__/real', folder);
}

/** Every file of the folder but its README (and `notSamples`, files that serve the samples), sorted. */
export function realSamples(folder: string, notSamples: readonly string[] = []): string[] {
  const skip = new Set(['README.md', ...notSamples]);
  return readdirSync(realFolder(folder))
    .filter((name) => !skip.has(name))
    .sort();
}
