/**
 * npm provenance for the test registry (test-support/npm-registry.ts): a registry signing key made up for the test
 * (`registrySigner`), and the proxy's answers for the endpoints Verdaccio lacks — `/-/npm/v1/attestations/{spec}`
 * and `/-/npm/v1/keys` — with the `dist` fields (`signatures`, `attestations`) the registry adds to a packument.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** The `dist` fields npm's registry adds to a version: its signatures and, with provenance, where the attestations are. */
export interface NpmDistExtras {
  signatures?: Array<{ keyid: string; sig: string }>;
  attestations?: { url: string; provenance?: { predicateType: string } };
}

/** An answer of `/-/npm/v1/attestations/{name}@{version}`; a string body is sent as it is (not JSON). */
export interface NpmCannedAnswer {
  status: number;
  body: unknown;
}

/** The `/-/npm/v1/keys` entry of a key, as registry.npmjs.org writes it. */
export interface NpmKeysEntry {
  expires: string | null;
  keyid: string;
  keytype: 'ecdsa-sha2-nistp256';
  scheme: 'ecdsa-sha2-nistp256';
  key: string;
}

/** A registry signing key made up for the test: ECDSA P-256, as registry.npmjs.org's keys are. */
export interface RegistrySigner {
  /** `SHA256:…`, computed as npm computes its keyids (the OpenSSH fingerprint of the key). */
  keyId: string;
  /** The public key, SubjectPublicKeyInfo DER. */
  spki: Buffer;
  privateKey: KeyObject;
  /** This key's entry for `/-/npm/v1/keys` (`expires` default null). */
  keysEntry(options?: { expires?: string | null }): NpmKeysEntry;
  /** A `dist.signatures` entry: ECDSA (DER, base64) over `{name}@{version}:{integrity}`, as the registry signs. */
  sign(name: string, version: string, integrity: string): { keyid: string; sig: string };
}

/** An SSH wire-format string. Written here, apart from src/formats/npm-keys.ts, so that the two check each other. */
function sshString(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

export function registrySigner(): RegistrySigner {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  // The uncompressed point is the last 65 bytes of a P-256 SPKI.
  const point = spki.subarray(spki.length - 65);
  const wire = Buffer.concat([sshString(Buffer.from('ecdsa-sha2-nistp256')), sshString(Buffer.from('nistp256')), sshString(point)]);
  const keyId = `SHA256:${createHash('sha256').update(wire).digest('base64').replace(/=+$/, '')}`;
  return {
    keyId,
    spki,
    privateKey,
    keysEntry: ({ expires = null } = {}) => ({
      expires,
      keyid: keyId,
      keytype: 'ecdsa-sha2-nistp256',
      scheme: 'ecdsa-sha2-nistp256',
      key: spki.toString('base64')
    }),
    sign: (name, version, integrity) => ({ keyid: keyId, sig: sign('sha256', Buffer.from(`${name}@${version}:${integrity}`), privateKey).toString('base64') })
  };
}

/** The attestations path npm writes: `/-/npm/v1/attestations/@scope%2fname@1.2.3` (the scope's `/` escaped, its `@` kept). */
export function attestationsPath(name: string, version: string): string {
  return `/-/npm/v1/attestations/${name.replace('/', '%2f')}@${version}`;
}

/** The `name@version` an attestations path asks for, in either spelling of a scoped name; null for another path. */
export function attestationsKey(pathname: string): string | null {
  const prefix = '/-/npm/v1/attestations/';
  if (!pathname.startsWith(prefix)) return null;
  const spec = decodeURIComponent(pathname.slice(prefix.length));
  const at = spec.lastIndexOf('@');
  return at > 0 ? spec : null;
}

/** What the proxy serves for the provenance endpoints, from the registry's tables. */
export interface ProvenanceTables {
  distExtras: Record<string, NpmDistExtras>;
  attestations: Record<string, NpmCannedAnswer>;
  keys: unknown;
}

/**
 * The answer of a provenance endpoint (`status`, and a JSON value or a raw string), or null when the path is not one:
 * an attestations spec not in the table, or keys not set, answer 404 as registry.npmjs.org does.
 */
export function provenanceAnswer(tables: ProvenanceTables, method: string | undefined, pathname: string): NpmCannedAnswer | null {
  if (method !== 'GET') return null;
  if (pathname === '/-/npm/v1/keys') return tables.keys === undefined ? { status: 404, body: { error: 'not found' } } : { status: 200, body: tables.keys };
  const key = attestationsKey(pathname);
  if (key === null) return null;
  return tables.attestations[key] ?? { status: 404, body: { error: 'not found' } };
}

/** Merges each version's extras into its `dist`, in a packument document (full or abbreviated) of `name`. */
export function addDistExtras(
  doc: { versions?: Record<string, { dist?: Record<string, unknown> }> },
  name: string,
  extras: Record<string, NpmDistExtras>
): void {
  for (const [version, entry] of Object.entries(doc.versions ?? {})) {
    const extra = extras[`${name}@${version}`];
    if (extra && entry.dist) Object.assign(entry.dist, extra);
  }
}

/** The SLSA v1 provenance statement `npm publish --provenance` signs in a GitHub Actions run (its predicate as npm writes it, trimmed). */
export function npmProvenanceStatement(purl: string, sha512Hex: string, workflow: { repository: string; path: string; ref: string }): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: purl, digest: { sha512: sha512Hex } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: workflow.ref, repository: workflow.repository, path: workflow.path } },
        internalParameters: { github: { event_name: 'push', repository_id: '1', repository_owner_id: '1' } },
        resolvedDependencies: []
      },
      runDetails: {
        builder: { id: 'https://github.com/actions/runner/github-hosted' },
        metadata: { invocationId: `${workflow.repository}/actions/runs/1/attempts/1` }
      }
    }
  };
}

/** npm's publish attestation statement, as the registry signs it (in-toto v0.1, as the real ones are). */
export function npmPublishStatement(purl: string, sha512Hex: string, name: string, version: string, registry = 'https://registry.npmjs.org'): object {
  return {
    _type: 'https://in-toto.io/Statement/v0.1',
    subject: [{ name: purl, digest: { sha512: sha512Hex } }],
    predicateType: 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
    predicate: { name, version, registry }
  };
}
