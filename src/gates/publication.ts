import type { GateDefinition } from '../gate.js';
import { container } from '../checks/publication/container.js';
import { helm } from '../checks/publication/helm.js';
import { npm } from '../checks/publication/npm.js';
import { pypi } from '../checks/publication/pypi.js';

/**
 * Each registry holds exactly what was built: PyPI's files and digests, npm's integrity,
 * the image index and the chart manifest at the digests the pushes reported.
 */
export const publication: GateDefinition<'publication'> = {
  id: 'publication',
  title: 'Every registry holds exactly what was built',
  // In the contract's order; they run concurrently.
  checks: [pypi, npm, container, helm]
};
