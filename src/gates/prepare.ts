import type { GateDefinition } from '../gate.js';
import { changelog } from '../checks/preflight/changelog.js';
import { coupledVersions } from '../checks/preflight/coupled-versions.js';
import { mainCi } from '../checks/preflight/main-ci.js';
import { mainTip } from '../checks/prepare/main-tip.js';
import { tagsFree } from '../checks/prepare/tags-free.js';
import { workingTree } from '../checks/prepare/working-tree.js';
import { unpublished } from '../checks/publication-preflight/unpublished.js';

/**
 * `release-gates prepare` (and `tag`, before it tags): the seed's "Prepare and validate"
 * section as checks, run on the maintainer's clone before any tag exists. It reuses the
 * gates' checks where the question is the same (versions, changelog, CI, registries)
 * and adds the ones only a clone can answer (committed, main's tip, tags free).
 */
export const prepare: GateDefinition<'prepare'> = {
  id: 'prepare',
  title: 'the release commit is ready to tag',
  checks: [coupledVersions, changelog, workingTree, mainTip, mainCi, tagsFree, unpublished]
};
