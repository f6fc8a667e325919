import { readLevel2Headings } from '../src/formats/changelog.js';

/** readLevel2Headings for tests: the headings, or an Error naming the problem. */
export function level2Headings(text: string): string[] {
  const read = readLevel2Headings(text);
  if (!read.ok) throw new Error(read.problem);
  return read.headings;
}
