/**
 * The check ids of a gate or maintainer command, read from src/gates/: the process tests
 * hold the bundles to the same lists the source declares, so a check added to a gate
 * needs no edit here (the bundle is what may be behind: rebuild dist).
 */
import { bump } from '../src/gates/bump.js';
import { GATES, type GateId } from '../src/gates/index.js';
import { prepare } from '../src/gates/prepare.js';

const DEFINITIONS = [...GATES, prepare, bump];

export function checkIds(gate: GateId | 'prepare' | 'bump'): string[] {
  const definition = DEFINITIONS.find((d) => d.id === gate);
  if (!definition) throw new Error(`no gate ${gate} in src/gates/`);
  return definition.checks.map((check) => check.id);
}
