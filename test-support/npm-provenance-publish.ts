/**
 * A version on the test npm registry published as `npm publish --provenance` publishes it: the registry's signature
 * in `dist.signatures`, `dist.attestations` pointing at the attestations endpoint, and there the SLSA provenance
 * bundle (made by the REAL @sigstore/sign against the tests' CA and log, for the workflow's identity) and npm's
 * publish attestation (a DSSE bundle signed with the registry's test key and logged in the tests' Rekor). Each part
 * can be left out or made wrong, for the ways a publication can fall short.
 */
import { createHash } from 'node:crypto';
import type { NpmTestRegistry } from './npm-registry.js';
import { npmProvenanceStatement, npmPublishStatement, type RegistrySigner } from './npm-provenance.js';
import type { TestSigner, TestSignerIdentity } from './sigstore.js';
import { npmPackageUrl } from '../src/formats/npm-attestations.js';

/** A signer that can also sign with a bare key (the registry's), as test-support/sigstore.ts's instances can. */
export type KeySigner = TestSigner & {
  signDsseWithKey(statement: object | Buffer, key: { privateKey: RegistrySigner['privateKey']; keyId: string }): Promise<unknown>;
};

export interface ProvenanceParts {
  /** Leave a part out: no `dist.attestations` at all, no SLSA provenance, no publish attestation, no registry signature. */
  omit?: Array<'attestations' | 'slsa' | 'publish' | 'signatures'>;
  /** Replaces the SLSA statement (another subject, another digest). */
  slsaStatement?: object;
  /** Replaces the publish attestation's statement. */
  publishStatement?: object;
  /** Signs the SLSA provenance with this instance instead (e.g. one the trusted root does not hold). */
  slsaSigner?: TestSigner;
  /** Signs the publish attestation and the packument with this key instead of the registry's. */
  registryKey?: RegistrySigner;
  /** The registry signature covers this integrity instead of the real one. */
  signedIntegrity?: string;
  /** Changes the SLSA bundle after signing (a tampered envelope). */
  tamper?: (bundle: Record<string, unknown>) => void;
}

export function sha512Hex(tarball: Buffer): string {
  return createHash('sha512').update(tarball).digest('hex');
}

/** Attaches provenance to a version already published to the registry (`tarball` as published). */
export async function attachProvenance(
  registry: NpmTestRegistry,
  sigstore: KeySigner,
  key: RegistrySigner,
  published: { name: string; version: string; tarball: Buffer },
  identity: TestSignerIdentity,
  workflow: { repository: string; path: string; ref: string },
  parts: ProvenanceParts = {}
): Promise<void> {
  const { name, version, tarball } = published;
  const omit = new Set(parts.omit ?? []);
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  const purl = npmPackageUrl(name, version);
  const hex = sha512Hex(tarball);
  const signing = parts.registryKey ?? key;
  const spec = `${name}@${version}`;
  registry.distExtras[spec] = {
    ...(omit.has('signatures') ? {} : { signatures: [signing.sign(name, version, parts.signedIntegrity ?? integrity)] }),
    ...(omit.has('attestations')
      ? {}
      : { attestations: { url: registry.attestationsUrl(name, version), provenance: { predicateType: 'https://slsa.dev/provenance/v1' } } })
  };
  if (omit.has('attestations')) return;
  const attestations: Array<{ predicateType: string; bundle: unknown }> = [];
  if (!omit.has('publish')) {
    const statement = parts.publishStatement ?? npmPublishStatement(purl, hex, name, version);
    attestations.push({
      predicateType: 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
      bundle: await sigstore.signDsseWithKey(statement, { privateKey: signing.privateKey, keyId: signing.keyId })
    });
  }
  if (!omit.has('slsa')) {
    const bundle = (await (parts.slsaSigner ?? sigstore).signDsse(
      parts.slsaStatement ?? npmProvenanceStatement(purl, hex, workflow),
      identity
    )) as unknown as Record<string, unknown>;
    parts.tamper?.(bundle);
    attestations.push({ predicateType: 'https://slsa.dev/provenance/v1', bundle });
  }
  registry.attestations[spec] = { status: 200, body: { attestations } };
}
