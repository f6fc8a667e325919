import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const npmResolves: Check = {
  id: 'npm-resolves',
  run: () => Promise.resolve(fail('npm-resolves is not built yet'))
};
