import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const pypi: Check = {
  id: 'pypi',
  run: () => Promise.resolve(fail('pypi is not built yet'))
};
