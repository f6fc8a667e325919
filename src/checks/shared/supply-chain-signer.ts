import * as path from 'node:path';
import { clip, messageOf } from '../../util/text.js';
import { CheckFailed, type GateContext, type SectionValue } from '../../gate.js';
import type { SignerPolicy, SigstoreVerifier, VerifierSource } from '../../clients/sigstore/index.js';
import { WorkspaceFileError, resolveInside } from '../../util/workspace-file.js';

/** The OIDC issuer of GitHub Actions' workflow identity tokens (what Fulcio writes into the certificate). */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Where Sigstore public-good's TUF metadata is cached between checks of one job (under RUNNER_TEMP, per the contract). */
export const TUF_CACHE_FOLDER = 'release-gates-sigstore-tuf';

type SupplyChainSection = SectionValue<'supply-chain'>;

/**
 * Who must have signed every bundle of this release (SPEC, `supply-chain`): this repository's
 * `supply-chain.workflow` run for the release tag from the commit being released, with the OIDC issuer
 * `supply-chain.issuer`; the signing step may also have run in one of `supply-chain.signer-workflows`.
 * The single builder of the policy, so provenance and signatures hold bundles to the same identity.
 */
export function signerPolicy(ctx: GateContext, section: SupplyChainSection): SignerPolicy {
  const { serverUrl, owner, repo, sha } = ctx.settings;
  const server = serverUrl.replace(/\/+$/, '');
  const sourceRef = `refs/tags/${ctx.release.tag}`;
  return {
    san: `${server}/${owner}/${repo}/${section.workflow}@${sourceRef}`,
    signerWorkflows: (section['signer-workflows'] ?? []).map((workflow) => `${server}/${workflow}`),
    issuer: section.issuer ?? GITHUB_ACTIONS_ISSUER,
    sourceRepositoryUri: `${server}/${owner}/${repo}`,
    sourceRef,
    sourceCommit: sha.toLowerCase()
  };
}

/** Where the trusted material comes from: the workspace's trusted_root.json (confined to the workspace), or TUF. */
async function verifierSource(ctx: GateContext, section: SupplyChainSection): Promise<VerifierSource> {
  const rel = section['trusted-root'];
  if (rel === undefined) return { tufCacheDir: path.join(ctx.settings.runnerTemp, TUF_CACHE_FOLDER) };
  const shown = `supply-chain.trusted-root "${clip(rel)}"`;
  try {
    // The real path, refused when it (or a symlink on the way) leaves the workspace; the verifier reads it bounded.
    return { trustedRootFile: await resolveInside(ctx.settings.workspace, rel, shown) };
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw new CheckFailed(`${error.message}; point supply-chain.trusted-root at a trusted_root.json in the workspace`);
    throw error;
  }
}

function trustFailure(source: VerifierSource, error: unknown): CheckFailed {
  const fix =
    'trustedRootFile' in source
      ? 'fix the file (a Sigstore trusted_root.json, e.g. from `sigstore trust-root` or `gh attestation trusted-root`)'
      : "check that the runner can reach Sigstore's TUF mirror (tuf-repo-cdn.sigstore.dev), or set supply-chain.trusted-root";
  return new CheckFailed(`cannot load Sigstore trust, so no bundle can be verified: ${clip(messageOf(error), 400)}; ${fix}`, { cause: error });
}

/**
 * The Sigstore verifier of this gate run, shared by every check that verifies bundles (provenance,
 * signatures): the clients load it once per source. A failure to load the trusted material fails each
 * such check with its cause (a CheckFailed, reported as its summary): nothing is believed without it.
 */
export async function signerVerifier(ctx: GateContext, section: SupplyChainSection): Promise<SigstoreVerifier> {
  const source = await verifierSource(ctx, section);
  try {
    return await ctx.clients.sigstore(source);
  } catch (error) {
    throw trustFailure(source, error);
  }
}
