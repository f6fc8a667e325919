/**
 * A package's packument, or one version of it, asked as the smallest document that answers:
 * npm's per-version document (`GET /{name}/{version}`) where one version's entry is all a
 * check needs, and otherwise the packument read as it streams (util/json-stream.ts), keeping
 * the version keys and one version's entry, never the document.
 */
import {
  PackumentCollector,
  PACKUMENT_PATHS,
  readPackumentVersions,
  readVersionDocument,
  readVersionLookup,
  type NpmPackument,
  type NpmVersionLookup
} from '../../formats/packument.js';
import { clip } from '../../util/text.js';
import { FULL_ACCEPT, type NpmSession } from './session.js';

/**
 * Packuments of busy packages are large (tens of MiB in full); anything past this is not a
 * packument we publish. Streamed, so the cap bounds the transfer, not memory: each read holds
 * its version keys (24k versions ≈ 2 MiB) and one entry, times the packages checked at once.
 */
const PACKUMENT_MAX_BYTES = 64 * 1024 * 1024;
/**
 * One version's document is one packument entry (a package.json and its `dist`): kilobytes.
 * Parsed whole (≈ 4× its bytes while parsing): 4 MiB × 4 × the packages checked at once
 * (3 for SketchLog) stays under 50 MiB.
 */
const VERSION_MAX_BYTES = 4 * 1024 * 1024;
/** What npm's installer (pacote, npm-registry-fetch) sends for install metadata. */
export const INSTALL_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';

/** A scoped name as npm puts it in a packument URL: `@scope%2fname`. */
export function escapedPackageName(name: string): string {
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  if (scoped) return `@${encodeURIComponent(scoped[1]!)}%2f${encodeURIComponent(scoped[2]!)}`;
  return encodeURIComponent(name);
}

/** The packument of `name` streamed and collected for `version` (null: every version's key only); null on 404. */
async function streamed(
  session: NpmSession,
  name: string,
  version: string | null,
  what: string,
  accepts: string
): Promise<{ raw: unknown; url: string } | null> {
  const collector = new PackumentCollector(version);
  const read = await session.select(`/${escapedPackageName(name)}`, what, PACKUMENT_PATHS, (found) => collector.take(found), {
    maxBytes: PACKUMENT_MAX_BYTES,
    accepts
  });
  return read && { raw: collector.reduced(read.outline), url: read.url };
}

/** Which versions `name` holds and held: this needs every version's key, so the packument, streamed. */
export async function packument(session: NpmSession, name: string): Promise<NpmPackument | null> {
  const what = `the packument of ${clip(name)}`;
  const read = await streamed(session, name, null, what, FULL_ACCEPT);
  return read && session.readOrExplain(read, what, (raw) => readPackumentVersions(raw, name));
}

/**
 * The packument of `name` read for `version`: `full` as published, `install` as npm's installer asks.
 *
 * `full` asks the per-version document first: its entry (`dist`, `gitHead`) is all the
 * publication checks read, and it is kilobytes where the packument may be tens of MiB. Its
 * 404 means either "no such version (or package)" or "this registry has no per-version
 * route"; the two are told apart by the packument, which is then asked (streamed): it lists
 * the version (the route is what is missing, or the version just landed), or it does not
 * (the version is absent, and the packument's list and `latest` say what is there instead),
 * or it answers 404 (no such package). So a 404 never reads as "absent" without the packument
 * saying so. The per-version document has no `time`: `publishedAt` is then null, and the
 * provenance check asks `publishTime` only when a signature's key has expired since.
 *
 * `install` reads the abbreviated packument, streamed: that document, not the per-version
 * one, is what `npm install` resolves from, and it may lag the other behind a CDN.
 */
export async function lookupVersion(session: NpmSession, name: string, version: string, kind: 'full' | 'install'): Promise<NpmVersionLookup | null> {
  if (kind === 'full') {
    const what = `the document of ${clip(name)}@${clip(version)}`;
    const path = `/${escapedPackageName(name)}/${encodeURIComponent(version)}`;
    const response = await session.get(path, what, [404], { maxBytes: VERSION_MAX_BYTES, revalidate: true });
    if (response.status !== 404) {
      const manifest = session.readOrExplain(response, what, (raw) => readVersionDocument(raw, name, version));
      // Only the version itself was asked: the packument's other versions are not known here (and not needed once it is found).
      return { manifest, versions: [version], latest: null };
    }
  }
  const what = `the ${kind} packument of ${clip(name)}`;
  const read = await streamed(session, name, version, what, kind === 'full' ? FULL_ACCEPT : INSTALL_ACCEPT);
  return read && session.readOrExplain(read, what, (raw) => readVersionLookup(raw, name, version));
}

/** `time[version]` of the full packument (streamed, keeping that one value); null when it gives none or answers 404. */
export async function publishTime(session: NpmSession, name: string, version: string): Promise<string | null> {
  const what = `the packument of ${clip(name)} (for the publish time of ${clip(version)})`;
  const read = await streamed(session, name, version, what, FULL_ACCEPT);
  if (read === null) return null;
  return session.readOrExplain(read, what, (raw) => readVersionLookup(raw, name, version)).manifest?.publishedAt ?? null;
}
