import { preflight } from './preflight.js';
import { publicationPreflight } from './publication-preflight.js';
import { artifacts } from './artifacts.js';
import { release } from './release.js';
import { publication } from './publication.js';
import { smoke } from './smoke.js';
import { supplyChain } from './supply-chain.js';
import { gateIdNamed } from './ids.js';

export { GATE_IDS, gateIdNamed, loadGate, type GateId } from './ids.js';

/**
 * Every gate, loaded, in the contract's order: what the tests hold README.md, action.yml and
 * SPEC.md to, and what `GATE_IDS` (ids.ts, which the entry points use so that a run loads only
 * its own gate) must equal. Importing this module loads every check and client.
 */
export const GATES = [preflight, publicationPreflight, artifacts, publication, supplyChain, smoke, release] as const;

export type Gate = (typeof GATES)[number];

/** The loaded gate the `gate` input names (InputError otherwise), for code that holds every gate. */
export function gateNamed(name: string): Gate {
  const id = gateIdNamed(name);
  return GATES.find((g) => g.id === id)!;
}
