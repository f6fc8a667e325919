import { CST, Composer, Lexer, LineCounter, Parser, isMap, isScalar, visit, type Document } from 'yaml';
import { clip, messageOf } from './text.js';

export type YamlParse = { ok: true; data: unknown } | { ok: false; problem: string };

export interface YamlLimits {
  /** Most collection entries (mapping pairs plus sequence items) accepted. */
  maxItems: number;
  /** Most alias expansions (a billion-laughs document is refused). */
  maxAliasCount: number;
}

/**
 * Parses one YAML document within bounds, in time linear in its size.
 *
 * `yaml`'s own duplicate-key check compares every key with every earlier key of
 * its mapping, which is quadratic (80,000 keys take minutes). So the document is
 * parsed to its syntax tree first, its entries counted (cheap) and refused above
 * `maxItems`, then composed with that check off, and duplicate keys are found
 * here with one Set per mapping instead. The library does not offer a linear
 * duplicate check, which is why this is written by hand.
 */
export function parseYamlBounded(text: string, limits: YamlLimits): YamlParse {
  try {
    // The syntax tree of a 5 MiB file of one-line keys takes close to 1 GiB: refuse from the
    // lexer's stream first, which holds one token at a time. Each entry has a value, item or
    // separator indicator, so their count bounds the entries (the tree count below is exact).
    let indicators = 0;
    for (const token of new Lexer().lex(text)) {
      const type = CST.tokenType(token);
      if (type === 'map-value-ind' || type === 'seq-item-ind' || type === 'comma') indicators++;
      if (indicators > limits.maxItems) {
        return { ok: false, problem: `has more than ${limits.maxItems} keys and list items; it is not a file this action reads` };
      }
    }
    const lines = new LineCounter();
    const tokens = [...new Parser(lines.addNewLine).parse(text)];
    let items = 0;
    for (const token of tokens) {
      if (token.type !== 'document') continue;
      CST.visit(token, () => {
        items++;
        // Stop walking as soon as the bound is passed: the count is all that matters then.
        return items > limits.maxItems ? CST.visit.BREAK : undefined;
      });
      if (items > limits.maxItems) {
        return { ok: false, problem: `has more than ${limits.maxItems} keys and list items; it is not a file this action reads` };
      }
    }
    const docs = [...new Composer({ uniqueKeys: false, prettyErrors: false }).compose(tokens)];
    if (docs.length > 1) return { ok: false, problem: `holds ${docs.length} YAML documents; only one is read` };
    const doc = docs[0];
    if (!doc) return { ok: true, data: null };
    const error = doc.errors[0];
    if (error) return { ok: false, problem: `is not valid YAML: ${firstLine(error.message)}` };
    const duplicate = firstDuplicateKey(doc, lines);
    if (duplicate) return { ok: false, problem: `is not valid YAML: ${duplicate}` };
    return { ok: true, data: doc.toJS({ maxAliasCount: limits.maxAliasCount }) as unknown };
  } catch (error) {
    return { ok: false, problem: `is not valid YAML: ${firstLine(messageOf(error))}` };
  }
}

function firstLine(message: string): string {
  return clip(message.split('\n')[0]?.trim() ?? '', 160);
}

/** The first mapping key given twice (scalar keys, compared as the object keys they become), as a sentence; or null. */
function firstDuplicateKey(doc: Document, lines: LineCounter): string | null {
  let found: string | null = null;
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        // By the string the key becomes in the parsed object: `1` and `"1"` would overwrite each other there.
        const value = pair.key.value;
        const id = String(value);
        if (seen.has(id)) {
          const line = pair.key.range ? ` (line ${lines.linePos(pair.key.range[0]).line})` : '';
          found = `map keys must be unique; "${clip(String(value), 60)}" is given twice${line}`;
          return visit.BREAK;
        }
        seen.add(id);
      }
      return undefined;
    }
  });
  return found;
}
