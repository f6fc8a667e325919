import type { GateDefinition } from '../gate.js';
import { changelog } from '../checks/preflight/changelog.js';
import { coupledVersions } from '../checks/preflight/coupled-versions.js';

/** What `release-gates bump` checks after writing: the two checks preflight runs on the tag, over the working tree. */
export const bump: GateDefinition<'bump'> = {
  id: 'bump',
  title: 'the working tree carries the new version',
  checks: [coupledVersions, changelog]
};
