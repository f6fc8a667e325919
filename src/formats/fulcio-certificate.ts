import type { X509Certificate } from '@sigstore/core';

/**
 * The signer identity a Fulcio leaf certificate states, read from its extensions
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). Pure: it reads a parsed certificate and
 * believes nothing; only a certificate the verifier chained to a trusted CA may be read for a verdict.
 */

/** Fulcio certificate extension OIDs. */
export const FULCIO_OID = {
  /** Legacy issuer: raw bytes of the URL. */
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  /** Issuer: DER UTF8String. */
  issuer: '1.3.6.1.4.1.57264.1.8',
  /** Source Repository URI (https://github.com/owner/repo): DER UTF8String. */
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  /** Source Repository Digest (commit SHA): DER UTF8String. */
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  /** Source Repository Ref (refs/tags/v1.2.3): DER UTF8String. */
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  /** Build Config URI: the top-level workflow of the run, `{server}/{owner}/{repo}/{path}@{ref}`; DER UTF8String. */
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  /** Legacy GitHub workflow SHA and ref: raw bytes. */
  githubWorkflowShaV1: '1.3.6.1.4.1.57264.1.3',
  githubWorkflowRefV1: '1.3.6.1.4.1.57264.1.6'
} as const;

/** The identity a Fulcio certificate states; null where the certificate does not say. */
export interface SignerIdentity {
  /** The SAN URI: for GitHub Actions the Build Signer URI, the workflow that ran the signing step. */
  san: string | null;
  issuer: string | null;
  sourceCommit: string | null;
  sourceRef: string | null;
  /** Source Repository URI (.1.12); absent from certificates Fulcio issued before 2023. */
  sourceRepositoryUri: string | null;
  /** Build Config URI (.1.18), the workflow the run was started for; absent before 2023. */
  buildConfigUri: string | null;
}

/** A Fulcio extension's string value: DER UTF8String inside the extension (v2 OIDs) or raw bytes (legacy). */
function extensionString(cert: X509Certificate, oid: string, der: boolean): string | null {
  const ext = cert.extension(oid);
  if (!ext) return null;
  try {
    const bytes = der ? ext.valueObj.subs[0]?.value : ext.value;
    return bytes ? bytes.toString('utf8') : null;
  } catch {
    return null;
  }
}

/** The identity stated by a Fulcio leaf certificate (v2 extensions, falling back to the legacy ones). */
export function signerIdentityOf(cert: X509Certificate): SignerIdentity {
  let san: string | null = null;
  try {
    san = cert.subjectAltName ?? null;
  } catch {
    san = null;
  }
  return {
    san,
    issuer: extensionString(cert, FULCIO_OID.issuer, true) ?? extensionString(cert, FULCIO_OID.issuerV1, false),
    sourceCommit: extensionString(cert, FULCIO_OID.sourceRepositoryDigest, true) ?? extensionString(cert, FULCIO_OID.githubWorkflowShaV1, false),
    sourceRef: extensionString(cert, FULCIO_OID.sourceRepositoryRef, true) ?? extensionString(cert, FULCIO_OID.githubWorkflowRefV1, false),
    sourceRepositoryUri: extensionString(cert, FULCIO_OID.sourceRepositoryUri, true),
    buildConfigUri: extensionString(cert, FULCIO_OID.buildConfigUri, true)
  };
}
