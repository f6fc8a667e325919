import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { shownUrl } from '../../clients/http.js';
import type { NpmApi, NpmTarballDigest, NpmWhoAmI } from '../../clients/npm/index.js';
import { sha512OfIntegrity, type NpmPackument, type NpmVersionLookup, type NpmVersionManifest } from '../../formats/packument.js';
import { clip, messageOf } from '../../util/text.js';
import type { GateContext } from '../../gate.js';
import { poll, pollHost, waitAdvice, type PollResult } from '../../util/poll.js';
import { listDistFiles } from './dist-files.js';

/** npm lookups shared by several checks; each is asked once per gate run (ctx.once). */

/** How to pass the token, for every message that finds it missing. */
export const NPM_TOKEN_HINT = "pass the publisher's token to the action as `npm-token: ${{ secrets.NPM_TOKEN }}`";

/** `/-/whoami` asked once per registry and shared by npm-identity and npm-scope. */
export function npmWhoAmI(ctx: GateContext, registry: string): Promise<NpmWhoAmI> {
  return ctx.once(`npm-whoami:${registry}`, () => ctx.clients.npm(registry).whoami());
}

/** Why a token was not accepted, as one sentence naming the registry and the fix. */
export function rejectionMessage(registry: string, who: Extract<NpmWhoAmI, { ok: false }>, publisher: string): string {
  return `${registry} rejected the npm-token (token rejected: ${who.reason}); create a new publish token for npm user "${publisher}" and store it as the NPM_TOKEN secret`;
}

/** A packument asked once per registry and package, shared by npm-scope and unpublished. */
export function npmPackument(ctx: GateContext, registry: string, name: string): Promise<NpmPackument | null> {
  return ctx.once(`npm-packument:${registry}:${name}`, () => ctx.clients.npm(registry).packument(name));
}

/** The packages of org `@scope` (`/-/org/{scope}/package`), asked once per registry and scope; shared by npm-scope and unpublished. */
export function npmOrgPackages(ctx: GateContext, registry: string, scope: string): Promise<Set<string> | null> {
  return ctx.once(`npm-org-packages:${registry}:${scope}`, () => ctx.clients.npm(registry).orgPackages(scope));
}

/**
 * Why a package the org lists answered 404 for its packument: it exists, restricted,
 * and the registry hides it from this reader. Never "new", never "free".
 */
export function hiddenPackage(registry: string, scope: string, name: string): string {
  return `${clip(name)} exists but ${registry} would not show it to this token (404 for its packument, yet /-/org/${scope}/package lists it): it is restricted and the reader cannot read it`;
}

/**
 * The file name `npm pack` gives a package version: the scope's `@` dropped and its `/`
 * turned into `-` (`@sketchlog/client@1.2.3` → `sketchlog-client-1.2.3.tgz`).
 */
export function npmPackFileName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/** The start of a sha512 digest, enough to tell two apart in a message or table. */
export function shortSri(sha512: string): string {
  return `sha512-${sha512.slice(0, 16)}…`;
}

/** A version as the registry serves it: its entry and, once verifiable, what its tarball hashes to. */
export interface NpmServed {
  manifest: NpmVersionManifest;
  /** The sha512 dist.integrity records, or the problem that leaves the bytes unverifiable. */
  recorded: { sha512: string } | { problem: string };
  /** The registry's tarball, downloaded and hashed (null when there is no sha512 to compare with). */
  digest: NpmTarballDigest | null;
}

/**
 * Asks until the registry serves the version: the packument lists it and its tarball
 * downloads. A 404 packument, a packument without the version, or a 404 tarball is "not
 * yet" (the registry or its CDN may not serve it yet); anything thrown (a refused
 * connection after retries, a malformed packument, a 401) ends the wait, as does an
 * integrity that cannot be verified. Once the version is listed, only the tarball is
 * asked again: what was found is not asked for twice.
 */
export function awaitNpmRelease(
  ctx: GateContext,
  what: string,
  api: NpmApi,
  name: string,
  version: string,
  lookup: () => Promise<NpmVersionLookup | null>
): Promise<PollResult<NpmServed | null>> {
  const subject = `${clip(name)}@${version}`;
  let listed: NpmVersionManifest | null = null;
  return poll<NpmServed | null>(ctx, what, pollHost(api.registry), async () => {
    if (listed === null) {
      const found = await lookup();
      if (found === null) return { done: false, seen: `no packument for ${clip(name)} (404)`, value: null };
      if (found.manifest === null) {
        const latest = found.latest === null ? '' : `, latest ${clip(found.latest, 40)}`;
        return { done: false, seen: `${clip(name)} lists ${found.versions.length} version(s)${latest}, not ${version}`, value: null };
      }
      listed = found.manifest;
    }
    const manifest = listed;
    const recorded = recordedSha512(manifest, subject);
    if ('problem' in recorded) return { done: true, value: { manifest, recorded, digest: null } };
    const digest = await api.tarball(manifest.dist.tarball);
    if (digest === null) return { done: false, seen: `${subject} is listed, but its tarball ${shownUrl(manifest.dist.tarball)} answers 404`, value: null };
    return { done: true, value: { manifest, recorded, digest } };
  });
}

/** Why a version is still missing when the wait ended, with the fix. */
export function absentMessage(ctx: Pick<GateContext, 'wait'>, subject: string, registry: string, result: PollResult<unknown>): string {
  return `${subject} is not on ${registry} (seen: ${result.lastSeen ?? 'nothing'})${waitAdvice(ctx.wait, result, 'publish it', 'the registry to catch up')}`;
}

/** The sha512 the version's dist.integrity records, or the problem that leaves it unverifiable. */
export function recordedSha512(manifest: NpmVersionManifest, subject: string): { sha512: string } | { problem: string } {
  if (manifest.dist.integrity === null) {
    return { problem: `${subject} records no dist.integrity, so its bytes cannot be verified; publish with npm 5 or later, which records sha512` };
  }
  try {
    return { sha512: sha512OfIntegrity(manifest.dist.integrity, subject) };
  } catch (error) {
    return { problem: messageOf(error) };
  }
}

/** What the registry's tarball turned out to be: a table cell and the problem, if any. */
export interface TarballFinding {
  cell: string;
  problem: string | null;
}

/** Compares the registry's tarball with the recorded sha512, and with `dist.shasum` where recorded. */
export function compareRegistryTarball(manifest: NpmVersionManifest, digest: NpmTarballDigest, expected: string, subject: string): TarballFinding {
  const where = shownUrl(digest.url);
  if (digest.sha512 !== expected) {
    return {
      cell: `differs (${shortSri(digest.sha512)})`,
      problem: `${subject}: the tarball ${where} hashes to ${shortSri(digest.sha512)}, not its dist.integrity ${shortSri(expected)}; the registry serves other bytes than were published, so nobody can install this version: release a new patch version`
    };
  }
  if (manifest.dist.shasum !== null && manifest.dist.shasum.toLowerCase() !== digest.sha1) {
    return {
      cell: 'shasum differs',
      problem: `${subject}: the tarball ${where} matches dist.integrity but its sha1 is ${digest.sha1}, not dist.shasum ${clip(manifest.dist.shasum, 48)}; the packument contradicts itself: release a new patch version`
    };
  }
  return { cell: `matches (${digest.size} bytes)`, problem: null };
}

/**
 * The npm pack tarballs in dist, by file name. A missing dist folder is no error here
 * (npm packages need not be built into dist); any other trouble with it is (DistError).
 */
export async function distTarballs(ctx: GateContext): Promise<Set<string>> {
  try {
    await fs.stat(ctx.settings.distDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
  }
  return new Set((await listDistFiles(ctx)).filter((file) => file.endsWith('.tgz')));
}

/** sha512 (base64) of a file, read as a stream so memory stays flat. */
export async function sha512File(file: string): Promise<string> {
  const hash = createHash('sha512');
  const handle = await fs.open(file, 'r');
  try {
    for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
  } finally {
    await handle.close().catch(() => {});
  }
  return hash.digest('base64');
}

/** Compares dist's `npm pack` tarball of the version, where there is one, with the recorded sha512. */
export async function checkDistTarball(
  ctx: GateContext,
  inDist: Set<string>,
  name: string,
  version: string,
  expected: string,
  subject: string
): Promise<TarballFinding> {
  const file = npmPackFileName(name, version);
  if (!inDist.has(file)) return { cell: 'none in dist', problem: null };
  let actual;
  try {
    actual = await sha512File(path.join(ctx.settings.distDir, file));
  } catch (error) {
    return { cell: 'unreadable', problem: `${subject}: ${file} in dist cannot be read (${(error as NodeJS.ErrnoException).code ?? messageOf(error)})` };
  }
  if (actual !== expected) {
    return {
      cell: `differs (${shortSri(actual)})`,
      problem: `${subject}: ${file} in dist hashes to ${shortSri(actual)}, but the registry's dist.integrity is ${shortSri(expected)}; the registry holds another build than this workflow made: release a new patch version from one build`
    };
  }
  return { cell: `matches (${file})`, problem: null };
}
