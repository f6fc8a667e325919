import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const provenance: Check = {
  id: 'provenance',
  run: () => Promise.resolve(fail('provenance is not built yet'))
};
