import { ReleaseGatesError } from '../../errors.js';

/**
 * Go's case-encoding of module paths and versions in proxy and checksum-database URLs
 * (golang.org/x/mod/module.EscapePath / EscapeVersion): each upper-case ASCII letter
 * becomes `!` followed by its lower-case form, so a path survives a case-insensitive
 * file system. A `!` in the input is not allowed (it could not be told apart).
 */

export class ModulePathError extends ReleaseGatesError {
  override name = 'ModulePathError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

function escape(value: string, what: string): string {
  if (value === '') throw new ModulePathError(`the ${what} is empty`);
  let out = '';
  for (const char of value) {
    if (char === '!') throw new ModulePathError(`the ${what} "${value}" contains "!", which Go does not allow`);
    const code = char.codePointAt(0)!;
    if (code < 0x21 || code > 0x7e)
      throw new ModulePathError(`the ${what} "${value}" contains a character Go does not allow in a URL path (${JSON.stringify(char)})`);
    out += char >= 'A' && char <= 'Z' ? `!${char.toLowerCase()}` : char;
  }
  return out;
}

/** `github.com/Azure/azure-sdk` → `github.com/!azure/azure-sdk`. */
export function escapeModulePath(path: string): string {
  return escape(path, 'module path');
}

/** `v1.2.3-RC1` → `v1.2.3-!r!c1`. */
export function escapeModuleVersion(version: string): string {
  return escape(version, 'module version');
}

/** The inverse, for servers: `!a` → `A`; null when the text is not a valid encoding (an upper-case letter, or `!` before a non-letter). */
export function unescapeModulePath(escaped: string): string | null {
  let out = '';
  for (let i = 0; i < escaped.length; i++) {
    const char = escaped[i]!;
    if (char >= 'A' && char <= 'Z') return null;
    if (char === '!') {
      const next = escaped[i + 1];
      if (next === undefined || next < 'a' || next > 'z') return null;
      out += next.toUpperCase();
      i++;
    } else {
      out += char;
    }
  }
  return out;
}
