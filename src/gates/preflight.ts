import type { GateDefinition } from '../gate.js';

/** Tag/version parity and exact-main CI. Checks are added in their own modules under src/checks/. */
export const preflight: GateDefinition = {
  id: 'preflight',
  title: 'Tag/version parity and exact-main CI',
  checks: []
};
