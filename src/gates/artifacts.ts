import type { GateDefinition } from '../gate.js';

/** Complete wheel matrix, sdist and checksums. Checks are added in their own modules under src/checks/. */
export const artifacts: GateDefinition = {
  id: 'artifacts',
  title: 'Complete wheel matrix, sdist and checksums',
  checks: []
};
