import * as path from 'node:path';

/**
 * Whether `resolved` lies outside `root` (both absolute). Only a first segment of
 * exactly `..` leaves the root: a folder named `..foo` is inside it.
 */
export function isOutside(root: string, resolved: string): boolean {
  const relative = path.relative(root, resolved);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}
