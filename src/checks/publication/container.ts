import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const container: Check = {
  id: 'container',
  run: () => Promise.resolve(fail('container is not built yet'))
};
