import type { GateDefinition } from '../gate.js';
import { chartResolves } from '../checks/smoke/chart-resolves.js';
import { goResolves } from '../checks/smoke/go-resolves.js';
import { imageResolves } from '../checks/smoke/image-resolves.js';
import { npmResolves } from '../checks/smoke/npm-resolves.js';
import { pypiResolves } from '../checks/smoke/pypi-resolves.js';

/**
 * Anyone can install the exact release: each registry, asked anonymously as its own
 * client asks, serves the release, waiting up to wait-minutes while a CDN or proxy catches up.
 */
export const smoke: GateDefinition<'smoke'> = {
  id: 'smoke',
  title: 'Anyone can install the exact release',
  // In the contract's order; they run concurrently, each waiting for its own registry.
  checks: [pypiResolves, npmResolves, goResolves, imageResolves, chartResolves]
};
