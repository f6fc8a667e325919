import { InputError } from '../errors.js';
import type { GateDefinition } from '../gate.js';
import { clip } from '../util/text.js';

/**
 * The gates this version implements, in the contract's order, by id only. The entry points
 * validate the `gate` input and print usage from this list without loading any gate: a gate's
 * module brings its checks, and they bring the clients and the heavy libraries (Sigstore, ajv
 * with the SPDX schemas, the OCI client). `GATES` (index.ts) holds the same gates loaded, and a
 * test holds the two lists to each other.
 */
export const GATE_IDS = ['preflight', 'publication-preflight', 'artifacts', 'publication', 'supply-chain', 'smoke', 'release'] as const;

export type GateId = (typeof GATE_IDS)[number];

/** The gate id the `gate` input names, checked before anything is loaded. */
export function gateIdNamed(name: string): GateId {
  if (!name) throw new InputError(`input "gate" is required; use one of: ${GATE_IDS.join(', ')}`);
  const id = GATE_IDS.find((g) => g === name);
  if (!id) throw new InputError(`unknown gate "${clip(name)}"; use one of: ${GATE_IDS.join(', ')}`);
  return id;
}

/**
 * Each gate's module, loaded when the gate runs. Literal paths, so the bundler emits one chunk
 * per gate (what gates share lands in shared chunks) and a run loads only its gate's code.
 */
const LOADERS: { [Id in GateId]: () => Promise<GateDefinition<Id>> } = {
  preflight: async () => (await import('./preflight.js')).preflight,
  'publication-preflight': async () => (await import('./publication-preflight.js')).publicationPreflight,
  artifacts: async () => (await import('./artifacts.js')).artifacts,
  publication: async () => (await import('./publication.js')).publication,
  'supply-chain': async () => (await import('./supply-chain.js')).supplyChain,
  smoke: async () => (await import('./smoke.js')).smoke,
  release: async () => (await import('./release.js')).release
};

export function loadGate<Id extends GateId>(id: Id): Promise<GateDefinition<Id>> {
  return LOADERS[id]();
}
