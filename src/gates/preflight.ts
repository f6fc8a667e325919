import type { GateDefinition } from '../gate.js';
import { changelog } from '../checks/preflight/changelog.js';
import { coupledVersions } from '../checks/preflight/coupled-versions.js';
import { mainCi } from '../checks/preflight/main-ci.js';
import { onMain } from '../checks/preflight/on-main.js';
import { tagFormat } from '../checks/preflight/tag-format.js';
import { tagObject } from '../checks/preflight/tag-object.js';

/** Tag/version parity and exact-main CI. Checks run concurrently; the order is the contract's. */
export const preflight: GateDefinition<'preflight'> = {
  id: 'preflight',
  title: 'Tag/version parity and exact-main CI',
  checks: [tagFormat, coupledVersions, changelog, tagObject, onMain, mainCi]
};
