/** A package's packument, whole or read for one version, full or abbreviated as npm's installer asks. */
import { readPackumentVersions, readVersionLookup, type NpmPackument, type NpmVersionLookup } from '../../formats/packument.js';
import { clip } from '../../util/text.js';
import { FULL_ACCEPT, type NpmSession } from './session.js';

/** Packuments of busy packages are large; anything past this is not a packument we publish. */
const PACKUMENT_MAX_BYTES = 64 * 1024 * 1024;
/** What npm's installer (pacote, npm-registry-fetch) sends for install metadata. */
export const INSTALL_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';

/** A scoped name as npm puts it in a packument URL: `@scope%2fname`. */
export function escapedPackageName(name: string): string {
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  if (scoped) return `@${encodeURIComponent(scoped[1]!)}%2f${encodeURIComponent(scoped[2]!)}`;
  return encodeURIComponent(name);
}

export async function packument(session: NpmSession, name: string): Promise<NpmPackument | null> {
  const what = `the packument of ${clip(name)}`;
  const response = await session.get(`/${escapedPackageName(name)}`, what, [404], { maxBytes: PACKUMENT_MAX_BYTES });
  if (response.status === 404) return null;
  return session.readOrExplain(response, what, (raw) => readPackumentVersions(raw, name));
}

/** The packument of `name` read for `version`: `full` as published, `install` as npm's installer asks. */
export async function lookupVersion(session: NpmSession, name: string, version: string, kind: 'full' | 'install'): Promise<NpmVersionLookup | null> {
  const what = `the ${kind} packument of ${clip(name)}`;
  const accepts = kind === 'full' ? FULL_ACCEPT : INSTALL_ACCEPT;
  const response = await session.get(`/${escapedPackageName(name)}`, what, [404], { maxBytes: PACKUMENT_MAX_BYTES, accepts, revalidate: true });
  if (response.status === 404) return null;
  return session.readOrExplain(response, what, (raw) => readVersionLookup(raw, name, version));
}
