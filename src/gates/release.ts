import type { GateDefinition } from '../gate.js';

/** The GitHub release matches the exact commit. Checks are added in their own modules under src/checks/. */
export const release: GateDefinition = {
  id: 'release',
  title: 'The GitHub release matches the exact commit',
  checks: []
};
