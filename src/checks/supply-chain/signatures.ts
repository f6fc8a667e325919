import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const signatures: Check = {
  id: 'signatures',
  run: () => Promise.resolve(fail('signatures is not built yet'))
};
