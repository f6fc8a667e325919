import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const chartResolves: Check = {
  id: 'chart-resolves',
  run: () => Promise.resolve(fail('chart-resolves is not built yet'))
};
