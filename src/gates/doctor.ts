import type { GateDefinition } from '../gate.js';
import { environments } from '../checks/doctor/environments.js';
import { immutableReleases } from '../checks/doctor/immutable-releases.js';
import { mainRules } from '../checks/doctor/main-rules.js';
import { tagRules } from '../checks/doctor/tag-rules.js';
import { workflow } from '../checks/doctor/workflow.js';

/**
 * `release-gates doctor`: whether the repository itself enforces what the process assumes (tags that
 * cannot move, releases that cannot change, a protected main, an environment only release tags deploy
 * to, a release workflow that runs on them). A maintainer command's checks, like prepare's: not a gate of
 * the action, whose GITHUB_TOKEN cannot read administration settings.
 */
export const doctor: GateDefinition<'doctor'> = {
  id: 'doctor',
  title: 'the repository enforces what the process assumes',
  // In the contract's order.
  checks: [tagRules, immutableReleases, mainRules, environments, workflow]
};
