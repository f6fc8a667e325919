import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const pypiResolves: Check = {
  id: 'pypi-resolves',
  run: () => Promise.resolve(fail('pypi-resolves is not built yet'))
};
