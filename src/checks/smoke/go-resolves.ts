import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const goResolves: Check = {
  id: 'go-resolves',
  run: () => Promise.resolve(fail('go-resolves is not built yet'))
};
