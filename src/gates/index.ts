import type { GateDefinition } from '../gate.js';
import { GATE_IDS, type GateId } from '../settings.js';
import { preflight } from './preflight.js';
import { publicationPreflight } from './publication-preflight.js';
import { artifacts } from './artifacts.js';
import { release } from './release.js';
import { publication } from './publication.js';
import { smoke } from './smoke.js';
import { supplyChain } from './supply-chain.js';

/**
 * The gates this version implements. A gate id from the contract that is not
 * here fails the step ("not available in this version"); it never passes.
 */
export const GATES: Partial<Record<GateId, GateDefinition>> = {
  preflight,
  'publication-preflight': publicationPreflight,
  artifacts,
  publication,
  'supply-chain': supplyChain,
  smoke,
  release
};

export function availableGates(): GateId[] {
  return GATE_IDS.filter((id) => GATES[id] !== undefined);
}
