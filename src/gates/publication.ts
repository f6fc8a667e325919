import type { GateDefinition } from '../gate.js';
import { container } from '../checks/publication/container.js';
import { helm } from '../checks/publication/helm.js';
import { npm } from '../checks/publication/npm.js';
import { npmProvenance } from '../checks/publication/npm-provenance.js';
import { pypi } from '../checks/publication/pypi.js';
import { pypiProvenance } from '../checks/publication/pypi-provenance.js';

/**
 * Each registry holds exactly what was built: PyPI's files and digests, npm's integrity,
 * the image index and the chart manifest at the digests the pushes reported; and who
 * published PyPI's files and npm's packages: the release workflow, by their provenance.
 */
export const publication: GateDefinition<'publication'> = {
  id: 'publication',
  title: 'Every registry holds exactly what was built',
  // In the contract's order; they run concurrently.
  checks: [pypi, npm, container, helm, pypiProvenance, npmProvenance]
};
