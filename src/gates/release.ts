import type { GateDefinition } from '../gate.js';
import { releaseExists } from '../checks/release/release-exists.js';
import { releaseCommit } from '../checks/release/release-commit.js';
import { releaseAssets } from '../checks/release/release-assets.js';
import { releaseChecksums } from '../checks/release/release-checksums.js';

/** The GitHub release matches the exact commit and carries every release file. */
export const release: GateDefinition<'release'> = {
  id: 'release',
  title: 'The GitHub release matches the exact commit',
  checks: [releaseExists, releaseCommit, releaseAssets, releaseChecksums]
};
