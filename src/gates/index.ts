import { InputError } from '../errors.js';
import { clip } from '../util/text.js';
import { preflight } from './preflight.js';
import { publicationPreflight } from './publication-preflight.js';
import { artifacts } from './artifacts.js';
import { release } from './release.js';
import { publication } from './publication.js';
import { smoke } from './smoke.js';
import { supplyChain } from './supply-chain.js';

/**
 * The gates this version implements, in the contract's order: the one list that gate
 * ids, usage text and the `gate` input's validation derive from (and that a test holds
 * README.md, action.yml and SPEC.md to).
 */
export const GATES = [preflight, publicationPreflight, artifacts, publication, supplyChain, smoke, release] as const;

export type Gate = (typeof GATES)[number];
export type GateId = Gate['id'];
export const GATE_IDS: readonly GateId[] = GATES.map((gate) => gate.id);

/**
 * The gate the `gate` input names. Checked here, not with the other inputs in
 * settings.ts: the gates load every check and client, which the action loads only
 * once the runner variables are known to be good.
 */
export function gateNamed(name: string): Gate {
  if (!name) throw new InputError(`input "gate" is required; use one of: ${GATE_IDS.join(', ')}`);
  const gate = GATES.find((g) => g.id === name);
  if (!gate) throw new InputError(`unknown gate "${clip(name)}"; use one of: ${GATE_IDS.join(', ')}`);
  return gate;
}
