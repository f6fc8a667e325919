/**
 * The layers of src/ and the one direction imports run in: entry points → gates → checks → formats and
 * clients → util. Read from the source text (every relative `import`/`export … from`/`import()`), so a new
 * file is held to its folder's rule the day it is written. Type-only imports count for the layer rules
 * (a type is a dependency too) but not for cycles (they vanish at run time).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';

const SRC = path.resolve(import.meta.dirname, '../src');

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/gm;

function edgesOf(file: string): Edge[] {
  const text = fs.readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[2] ?? match[3] ?? match[4];
    if (!spec || spec.endsWith('.json')) continue;
    const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts');
    edges.push({ from: path.relative(SRC, file), to: path.relative(SRC, target), typeOnly: match[1] !== undefined });
  }
  return edges;
}

const FILES = sourceFiles(SRC).map((f) => path.relative(SRC, f));
const EDGES = sourceFiles(SRC).flatMap(edgesOf);

/** The layer of a file: its top folder under src/, or the module's own name for the core files at the top. */
function layerOf(file: string): string {
  const [top, ...rest] = file.split(path.sep);
  if (rest.length === 0) return top!.replace(/\.ts$/, '');
  if (top === 'checks') return rest[0] === 'shared' ? 'checks/shared' : 'checks';
  return top!;
}

/** What each layer may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  util: ['errors'],
  errors: [],
  version: ['util', 'errors'],
  formats: ['util', 'errors', 'version'],
  clients: ['formats', 'util', 'errors', 'version', 'settings'],
  'checks/shared': ['clients', 'formats', 'util', 'errors', 'version', 'gate', 'config', 'settings'],
  checks: ['checks/shared', 'clients', 'formats', 'util', 'errors', 'version', 'gate', 'config', 'settings'],
  gates: ['checks', 'checks/shared', 'gate', 'errors', 'util'],
  maintainer: ['checks/shared', 'clients', 'formats', 'util', 'errors', 'version', 'gate', 'config'],
  report: ['engine', 'gate', 'util', 'errors'],
  cli: ['gates', 'maintainer', 'report', 'engine', 'context', 'clients', 'config', 'settings', 'gate', 'main', 'version', 'util', 'errors']
};

/** The imports of `layer` that reach a layer it may not import. */
function wrongImports(edges: readonly Edge[], layer: string): string[] {
  const allowed = new Set([layer, ...(ALLOWED[layer] ?? [])]);
  return edges.filter((e) => layerOf(e.from) === layer && !allowed.has(layerOf(e.to))).map((e) => `${e.from} → ${e.to}`);
}

/** Every cycle of value imports, each as `a → b → … → a`. */
function findCycles(edges: readonly Edge[]): string[] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (!e.typeOnly) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to].join(' → '));
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of new Set(edges.map((e) => e.from))) if (!state.has(file)) visit(file);
  return cycles;
}

describe('src/ imports run one way', () => {
  it('every file was read, and each layer of the table exists', () => {
    const layers = new Set(FILES.map(layerOf));
    for (const layer of ['util', 'formats', 'clients', 'checks', 'checks/shared', 'gates', 'maintainer', 'report', 'cli']) {
      expect(layers.has(layer)).toBe(true);
    }
    expect(EDGES.length).toBeGreaterThan(FILES.length);
  });

  it.each(Object.keys(ALLOWED))('%s imports only what lies below it', (layer) => {
    expect(wrongImports(EDGES, layer)).toEqual([]);
  });

  it('a check file imports no other gate’s check file', () => {
    const crossGate = EDGES.filter((e) => {
      const [a, gateA] = e.from.split(path.sep);
      const [b, gateB] = e.to.split(path.sep);
      return a === 'checks' && b === 'checks' && gateB !== 'shared' && gateA !== gateB;
    }).map((e) => `${e.from} → ${e.to}`);
    expect(crossGate).toEqual([]);
  });

  it('has no import cycle (type-only imports aside)', () => {
    expect(findCycles(EDGES)).toEqual([]);
  });

  it('the rules can fail: an upward import and a cycle made up for the test are caught', () => {
    const f = (name: string) => path.join('formats', name);
    const upward: Edge = { from: f('x.ts'), to: path.join('checks', 'preflight', 'y.ts'), typeOnly: false };
    expect(wrongImports([upward], 'formats')).toEqual([`${upward.from} → ${upward.to}`]);
    const loop: Edge[] = [
      { from: f('a.ts'), to: f('b.ts'), typeOnly: false },
      { from: f('b.ts'), to: f('a.ts'), typeOnly: false }
    ];
    expect(findCycles(loop)).toEqual([`${f('a.ts')} → ${f('b.ts')} → ${f('a.ts')}`]);
    expect(findCycles([loop[0]!, { ...loop[1]!, typeOnly: true }])).toEqual([]);
  });
});
