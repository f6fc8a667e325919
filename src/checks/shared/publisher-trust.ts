import * as path from 'node:path';
import type { SignerIdentity, SignerPolicy, SigstoreVerifier } from '../../clients/sigstore/index.js';
import { clip } from '../../util/text.js';
import { sectionOf, skip, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { signerPolicy, signerVerifier } from './supply-chain-signer.js';

/**
 * What `publication`'s provenance checks (`pypi-provenance`, `npm-provenance`) share about who may publish: the
 * signer identity and trusted material of the `supply-chain` section (SPEC, `publication`), and how a row of
 * "who published it" is shown. The signer is the same one `supply-chain` holds every bundle to, so a file
 * signed by any other workflow, ref or commit fails here exactly as it would there.
 */

/** Everything a provenance check holds evidence to. */
export interface PublisherTrust {
  section: SectionValue<'supply-chain'>;
  policy: SignerPolicy;
  verifier: SigstoreVerifier;
  /** The workflow's file name, as PyPI's trusted publisher names it (`release.yml`). */
  workflowFile: string;
}

/**
 * The trust a provenance check needs, or the outcome that ends it first: skipped when the registry section's
 * `provenance` is false (`offKey`) or `supply-chain` is `false`; failed when `supply-chain` is missing (it names
 * the signer, and without a signer no provenance can be judged). A trust failure (no trusted root) throws
 * CheckFailed with its cause.
 */
export async function publisherTrust(ctx: GateContext, checkId: string, provenance: boolean, offKey: string): Promise<PublisherTrust | CheckOutcome> {
  if (!provenance) return skip(`turned off in config ("${offKey}: false")`);
  const supplyChain = sectionOf(ctx.config, 'supply-chain');
  if (supplyChain.state === 'off') {
    return skip(`"supply-chain: false" leaves no signer identity to hold provenance to; set ${offKey}: false to say so, or configure supply-chain`);
  }
  if (supplyChain.state === 'missing') {
    return {
      status: 'fail',
      summary: `config has no "supply-chain" section, which ${checkId} needs for the signer identity (supply-chain.workflow) and the trusted material; add it, or set "${offKey}: false" to publish without provenance`
    };
  }
  const section = supplyChain.value;
  return {
    section,
    policy: signerPolicy(ctx, section),
    verifier: await signerVerifier(ctx, section),
    workflowFile: path.posix.basename(section.workflow)
  };
}

export function isTrust(value: PublisherTrust | CheckOutcome): value is PublisherTrust {
  return 'policy' in value;
}

/**
 * The signer as a table cell: within this repository the workflow path and ref (`.github/workflows/release.yml@refs/tags/v1.2.3`),
 * anyone else's SAN in full, so another repository cannot pass for this one at a glance.
 */
export function signerCell(signer: SignerIdentity, policy: SignerPolicy): string {
  const san = signer.san ?? '(no SAN)';
  const own = `${policy.sourceRepositoryUri}/`;
  return clip(san.startsWith(own) ? san.slice(own.length) : san, 160);
}

/** The commit a certificate names, shortened for the table. */
export function commitCell(signer: SignerIdentity): string {
  return signer.sourceCommit ? clip(signer.sourceCommit.toLowerCase().slice(0, 12)) : '(none)';
}

/** Who must have signed, for summaries: `.github/workflows/release.yml@refs/tags/v1.2.3 at 0123456789ab`. */
export function expectedSigner(policy: SignerPolicy): string {
  const own = `${policy.sourceRepositoryUri}/`;
  const san = policy.san.startsWith(own) ? policy.san.slice(own.length) : policy.san;
  return `${clip(san, 160)} at ${policy.sourceCommit.slice(0, 12)}`;
}
