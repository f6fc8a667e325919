import type { GateDefinition } from '../gate.js';
import { goModule } from '../checks/publication-preflight/go-module.js';
import { goTag } from '../checks/publication-preflight/go-tag.js';
import { npmIdentity } from '../checks/publication-preflight/npm-identity.js';
import { npmScope } from '../checks/publication-preflight/npm-scope.js';
import { ociPush } from '../checks/publication-preflight/oci-push.js';
import { unpublished } from '../checks/publication-preflight/unpublished.js';

/** npm identity and scope, the coupled Go tag, burned versions, OCI push rights: everything that must hold before any registry sees the release. */
export const publicationPreflight: GateDefinition<'publication-preflight'> = {
  id: 'publication-preflight',
  title: 'npm identity and scope, the coupled Go tag, burned versions, OCI push rights',
  // In the contract's order.
  checks: [npmIdentity, npmScope, goTag, goModule, unpublished, ociPush]
};
