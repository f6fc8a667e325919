/** The npm registry calls the gates make and the values they answer, apart from how they are fetched. */
import type { NpmAttestation } from '../../formats/npm-attestations.js';
import type { NpmRegistryKey } from '../../formats/npm-keys.js';
import type { NpmPackument, NpmVersionLookup } from '../../formats/packument.js';
import type { HttpClient } from '../http.js';

export type { NpmPackument, NpmSignature, NpmVersionLookup, NpmVersionManifest } from '../../formats/packument.js';
export type { NpmAttestation } from '../../formats/npm-attestations.js';
export type { NpmRegistryKey } from '../../formats/npm-keys.js';

/** A package permission as the registry grants it to the token's user. */
export type NpmPermission = 'read-only' | 'read-write';

/** What `/-/whoami` says about the token. */
export type NpmWhoAmI = { ok: true; username: string } | { ok: false; status: number; reason: string };

/** What a downloaded tarball hashes to. */
export interface NpmTarballDigest {
  /** Where the bytes finally came from (after redirects), for messages. */
  url: string;
  size: number;
  /** sha512 in base64, as npm's integrity spells it. */
  sha512: string;
  /** sha1 in hex, as npm's `dist.shasum` spells it. */
  sha1: string;
}

/** The npm registry calls the gates make, against one registry. */
export interface NpmApi {
  /** The registry base URL, for messages. */
  readonly registry: string;
  /** Whether an npm token was given (every authenticated call needs one). */
  readonly hasToken: boolean;
  /** `/-/whoami` with the token. */
  whoami(): Promise<NpmWhoAmI>;
  /**
   * `/-/org/{scope}/package`: the packages the org holds; null when the registry has no such org.
   * The listing carries the ORG's access level (libnpmaccess lsPackages), the same whoever asks,
   * so it tells which packages exist, never what the token's user may do with them.
   */
  orgPackages(scope: string): Promise<Set<string> | null>;
  /** `/-/org/{scope}/user`: the org's members and their roles; null when the registry has no such org. */
  orgMembers(scope: string): Promise<Map<string, string> | null>;
  /**
   * `/-/package/{name}/collaborators?user={user}` (libnpmaccess lsCollaborators): `user`'s own
   * permission on the package, team grants included; null when the registry answers 404.
   */
  collaborators(name: string, user: string): Promise<Map<string, NpmPermission> | null>;
  /**
   * The packument of a package; null when the registry answers 404 (never published, or not
   * shown to this reader: a restricted package answers 404 too). A 200 that is not a packument
   * of `name` throws.
   */
  packument(name: string): Promise<NpmPackument | null>;
  /**
   * `version` as published: its entry with `dist` and `gitHead`, from the per-version document
   * (`GET /{name}/{version}`, revalidated with ETags for polling; `versions` is then the version
   * alone and `publishedAt` null), or, where that answers 404, from the full packument streamed
   * (`Accept: application/json`), which lists the versions instead when it lacks this one. Null
   * when the packument answers 404 (no such package, or one not shown to this reader).
   */
  publishedVersion(name: string, version: string): Promise<NpmVersionLookup | null>;
  /** `time[version]` of the full packument (streamed): when the version was published; null when the packument gives none. */
  publishTime(name: string, version: string): Promise<string | null>;
  /**
   * The abbreviated install packument, asked as npm's installer asks
   * (`Accept: application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, *\/*`);
   * a registry without abbreviated packuments answers the full one, which reads the same.
   * Streamed, never held whole, and not revalidated (a remembered answer would keep its bytes).
   */
  installVersion(name: string, version: string): Promise<NpmVersionLookup | null>;
  /**
   * Downloads a tarball, streamed and size-bounded, and hashes it; null when it answers 404
   * (not served yet, e.g. by a CDN). The npm-token goes along
   * only when the tarball is on the registry's own host; a tarball elsewhere is fetched
   * without any credential.
   */
  tarball(url: string): Promise<NpmTarballDigest | null>;
  /**
   * A version's attestations (`dist.attestations.url`), fetched with no credential whatever the host; null when it
   * answers 404. The URL must be https (or http on a loopback address), else NpmError before any request.
   */
  attestations(url: string): Promise<NpmAttestation[] | null>;
  /** The registry's signing keys (`/-/npm/v1/keys`), asked without the token; a 404 throws NpmError (no keys served). */
  registryKeys(): Promise<NpmRegistryKey[]>;
}

export interface NpmApiOptions {
  /** Base URL without a trailing slash (config has checked https, or http on loopback). */
  registry: string;
  token: string;
  http: HttpClient;
  /** Largest tarball accepted (default TARBALL_MAX_BYTES). */
  tarballMaxBytes?: number;
}
