/**
 * A version's attestations (`dist.attestations.url`, `{registry}/-/npm/v1/attestations/{name}@{version}`): fetched
 * with no credential at all, whatever the host — they are public, and the URL comes from a packument, which anyone
 * who can publish may shape, so a token sent along could be sent anywhere.
 */
import { NpmAttestationFormatError, readNpmAttestations, type NpmAttestation } from '../../formats/npm-attestations.js';
import { isAllowedUrl } from '../../util/loopback.js';
import { clip } from '../../util/text.js';
import { HttpClient, rethrowAs, shownUrl, type HttpResponse } from '../http.js';
import { escapedPackageName } from './packuments.js';
import { NpmError } from './session.js';

/** A real answer is ~15 KiB (two bundles); 4 MiB is far beyond any. */
const ATTESTATIONS_MAX_BYTES = 4 * 1024 * 1024;

/** The attestations URL the registry writes into `dist.attestations.url`: the scope's `/` escaped, `@` kept (`@scope%2fname@1.2.3`). */
export function attestationsUrl(registry: string, name: string, version: string): string {
  return `${registry}/-/npm/v1/attestations/${escapedPackageName(name)}@${version}`;
}

/** The attestations at `url`; null when it answers 404 (the version was published without any). */
export async function attestations(http: HttpClient, url: string): Promise<NpmAttestation[] | null> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new NpmError(`the attestations URL "${clip(url)}" is not a URL`);
  }
  if (!isAllowedUrl(target)) {
    throw new NpmError(`the attestations URL ${shownUrl(target.toString())} is not fetched: only https (or http on a loopback address) is`);
  }
  const shown = shownUrl(target.toString());
  let response: HttpResponse;
  try {
    response = await http.request({ url: target.toString(), headers: { accept: 'application/json' }, accept: [404], maxBytes: ATTESTATIONS_MAX_BYTES });
  } catch (error) {
    rethrowAs(error, (m, o) => new NpmError(m, o), `could not fetch the npm attestations ${shown}`);
  }
  if (response.status === 404) return null;
  let raw: unknown;
  try {
    raw = HttpClient.json(response);
  } catch (error) {
    throw new NpmError(`the npm attestations ${shown} answered with a body that is not JSON`, { cause: error });
  }
  try {
    return readNpmAttestations(raw);
  } catch (error) {
    if (!(error instanceof NpmAttestationFormatError)) throw error;
    throw new NpmError(`the npm attestations ${shown} answered with an unexpected shape at ${error.message}`, { cause: error });
  }
}
