import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const npm: Check = {
  id: 'npm',
  run: () => Promise.resolve(fail('npm is not built yet'))
};
