import { clip } from '../../util/text.js';
import type { SignerIdentity } from '../../formats/fulcio-certificate.js';

/**
 * Who must have signed: a workflow of this repository, run for a ref at a commit, as GitHub's Fulcio
 * certificate states it (SPEC, `supply-chain`). Every comparison is exact.
 */
export interface SignerPolicy {
  /**
   * The workflow itself, `{server}/{owner}/{repo}/{workflow}@{ref}`: the expected Build Config URI (.1.18), and a
   * SAN that needs no trust beyond it.
   */
  san: string;
  /** Reusable workflows (`{server}/{owner}/{repo}/{path}@{ref}`) also accepted as the SAN, when the Build Config URI is `san`. */
  signerWorkflows: readonly string[];
  /** Exact OIDC issuer, e.g. https://token.actions.githubusercontent.com */
  issuer: string;
  /** Source Repository URI (.1.12), `{server}/{owner}/{repo}`. */
  sourceRepositoryUri: string;
  /** Source Repository Ref (.1.14), e.g. refs/tags/v1.2.3. */
  sourceRef: string;
  /** The commit the ref points at (40 hex), the Source Repository Digest (.1.13). */
  sourceCommit: string;
}

const shown = (value: string | null, max = 160): string => clip(value ?? '(not stated in the certificate)', max);

/**
 * Why `signer` is not `policy`, or null when it is: the field, what the certificate says, what was expected and
 * how to fix it. Exact strings throughout: sigstore-js would read a policy SAN as a regular expression, so
 * `release.yml` would also match `releaseXyml` and an unanchored pattern a longer URL — hence no identity policy
 * goes to the library.
 */
export function signerMismatch(signer: SignerIdentity, policy: SignerPolicy): string | null {
  if (signer.issuer !== policy.issuer) {
    return `certificate issuer is ${clip(signer.issuer ?? '(none)', 120)}, expected ${clip(policy.issuer, 120)} (set supply-chain.issuer when the workflow runs with a GitHub Enterprise issuer)`;
  }
  if (signer.buildConfigUri === null) {
    // Fulcio before 2023 wrote no Build Config URI: the SAN is all that names the workflow, so only the workflow
    // itself can be trusted there (a reusable workflow's SAN would say nothing about who called it).
    if (signer.san !== policy.san) {
      return `signed by ${clip(signer.san ?? '(no SAN)', 160)}, expected ${clip(policy.san, 160)} (a certificate without a Build Config URI is judged by its SAN alone)`;
    }
  } else {
    if (signer.buildConfigUri !== policy.san) {
      return `certificate Build Config URI (the workflow run) is ${shown(signer.buildConfigUri)}, expected ${clip(policy.san, 160)}`;
    }
    if (signer.san !== policy.san && !policy.signerWorkflows.includes(signer.san ?? '')) {
      const trusted = policy.signerWorkflows.length ? ` or one of supply-chain.signer-workflows (${clip(policy.signerWorkflows.join(', '), 200)})` : '';
      return `signed by ${clip(signer.san ?? '(no SAN)', 160)} (certificate SAN, the workflow that ran the signing step), expected ${clip(policy.san, 160)}${trusted}; add it to supply-chain.signer-workflows if that reusable workflow is trusted to sign`;
    }
    if (signer.sourceRepositoryUri !== policy.sourceRepositoryUri) {
      return `certificate Source Repository URI is ${shown(signer.sourceRepositoryUri)}, expected ${clip(policy.sourceRepositoryUri, 160)}`;
    }
    if (signer.sourceRef !== policy.sourceRef) {
      return `certificate Source Repository Ref is ${shown(signer.sourceRef, 120)}, expected ${clip(policy.sourceRef, 120)}`;
    }
  }
  const commit = signer.sourceCommit?.toLowerCase() ?? null;
  if (commit === null || commit !== policy.sourceCommit.toLowerCase()) {
    return `signed from commit ${clip(signer.sourceCommit ?? '(not stated in the certificate)', 60)}, expected ${policy.sourceCommit.toLowerCase()} (the certificate's Source Repository Digest must be the released commit)`;
  }
  return null;
}
