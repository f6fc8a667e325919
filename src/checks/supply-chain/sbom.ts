import { fail, type Check } from '../../gate.js';

// Placeholder while the check is being built; it fails closed, never passes.
export const sbom: Check = {
  id: 'sbom',
  run: () => Promise.resolve(fail('sbom is not built yet'))
};
