import type { GateDefinition } from '../gate.js';
import { provenance } from '../checks/supply-chain/provenance.js';
import { sbom } from '../checks/supply-chain/sbom.js';
import { signatures } from '../checks/supply-chain/signatures.js';
import { vulnerabilityScan } from '../checks/supply-chain/vulnerability-scan.js';

/**
 * What was published is scanned, described, attested and signed: every Sigstore bundle is
 * verified cryptographically against the trusted root before its content is believed.
 */
export const supplyChain: GateDefinition<'supply-chain'> = {
  id: 'supply-chain',
  title: 'What was published is scanned, described, attested and signed',
  // In the contract's order; they run concurrently.
  checks: [vulnerabilityScan, sbom, provenance, signatures]
};
