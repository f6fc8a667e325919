import type { GateDefinition } from '../gate.js';
import { wheels } from '../checks/artifacts/wheels.js';
import { sdist } from '../checks/artifacts/sdist.js';
import { checksums } from '../checks/artifacts/checksums.js';

/** Complete wheel matrix, sdist and checksums, over the downloaded dist folder. */
export const artifacts: GateDefinition<'artifacts'> = {
  id: 'artifacts',
  title: 'Complete wheel matrix, sdist and checksums',
  checks: [wheels, sdist, checksums]
};
