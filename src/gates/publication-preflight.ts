import type { GateDefinition } from '../gate.js';

/** npm identity and scope, the coupled Go tag, burned versions. Checks are added in their own modules under src/checks/. */
export const publicationPreflight: GateDefinition = {
  id: 'publication-preflight',
  title: 'npm identity and scope, the coupled Go tag, burned versions',
  checks: []
};
