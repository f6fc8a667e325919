import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const helm: Check = {
  id: 'helm',
  run: () => Promise.resolve(fail('helm is not built yet'))
};
