import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const imageResolves: Check = {
  id: 'image-resolves',
  run: () => Promise.resolve(fail('image-resolves is not built yet'))
};
