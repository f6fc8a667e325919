/**
 * The npm registry client the gates use: one session per registry and token (session.ts) whose
 * answers are bounded and checked, one module per group of endpoints.
 */
import { collaborators, orgMembers, orgPackages, whoami } from './access.js';
import type { NpmApi, NpmApiOptions } from './api.js';
import { attestations } from './attestations.js';
import { lookupVersion, packument, publishTime } from './packuments.js';
import { registryKeys } from './registry-keys.js';
import { InFlight } from '../../util/in-flight.js';
import { NpmSession } from './session.js';
import { downloadTarball, TARBALL_MAX_BYTES } from './tarball.js';

export type {
  NpmApi,
  NpmApiOptions,
  NpmAttestation,
  NpmPackument,
  NpmPermission,
  NpmRegistryKey,
  NpmSignature,
  NpmTarballDigest,
  NpmVersionLookup,
  NpmVersionManifest,
  NpmWhoAmI
} from './api.js';
export { attestationsUrl } from './attestations.js';
export { escapedPackageName, INSTALL_ACCEPT } from './packuments.js';
export { publishTimeMatters, verifyRegistrySignatures, type SignatureVerdict, type SignedVersion } from './registry-keys.js';
export { NpmError } from './session.js';
export { TARBALL_MAX_BYTES } from './tarball.js';

export function createNpmApi(options: NpmApiOptions): NpmApi {
  const session = new NpmSession(options);
  const tarballMaxBytes = options.tarballMaxBytes ?? TARBALL_MAX_BYTES;
  // Checks asking for one version at once (npm and npm-provenance, in the same poll round) share the request.
  const asking = new InFlight();
  return {
    registry: options.registry,
    hasToken: options.token.length > 0,
    publishedVersion: (name, version) => asking.run(`full ${name}@${version}`, () => lookupVersion(session, name, version, 'full')),
    publishTime: (name, version) => publishTime(session, name, version),
    installVersion: (name, version) => asking.run(`install ${name}@${version}`, () => lookupVersion(session, name, version, 'install')),
    tarball: (url) => downloadTarball(session, url, tarballMaxBytes),
    whoami: () => whoami(session),
    orgPackages: (scope) => orgPackages(session, scope),
    orgMembers: (scope) => orgMembers(session, scope),
    collaborators: (name, user) => collaborators(session, name, user),
    packument: (name) => packument(session, name),
    attestations: (url) => attestations(session.http, url),
    registryKeys: () => registryKeys(session)
  };
}
