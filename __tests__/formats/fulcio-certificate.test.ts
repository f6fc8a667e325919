import { describe, expect, it } from '@jest/globals';
import { X509Certificate } from '@sigstore/core';
import { signerIdentityOf } from '../../src/formats/fulcio-certificate.js';
import { realBundles } from '../clients/sigstore/real-samples.js';

/** The leaf certificate of a bundle as written: v0.3 `certificate`, or the first of a v0.1/v0.2 `x509CertificateChain`. */
function leafOf(json: unknown): X509Certificate {
  const material = (
    json as { verificationMaterial: { certificate?: { rawBytes: string }; x509CertificateChain?: { certificates: Array<{ rawBytes: string }> } } }
  ).verificationMaterial;
  const raw = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
  if (!raw) throw new Error('bundle without a certificate');
  return X509Certificate.parse(Buffer.from(raw, 'base64'));
}

describe('signerIdentityOf, over every real Fulcio certificate', () => {
  it.each(realBundles().map((b) => [b.name, b] as const))('%s', (_name, bundle) => {
    expect(signerIdentityOf(leafOf(bundle.json))).toEqual(bundle.identity);
  });

  it('reads the Build Config URI and the SAN apart: a reusable workflow signed for the workflow that called it', () => {
    const reusable = realBundles().find((b) => b.name === 'reusable-workflow-attestation.sigstore.json')!;
    const identity = signerIdentityOf(leafOf(reusable.json));
    expect(identity.buildConfigUri).toBe('https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main');
    expect(identity.san).toBe('https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main');
  });
});
