import { z } from 'zod';
import { isAllowedUrl, isLoopbackHost } from '../util/loopback.js';
import { clip } from '../errors.js';
import { HttpClient, rethrowAs, shownUrl, type HttpResponse } from './http.js';

/** An image or chart repository on an OCI registry, e.g. `ghcr.io/sketchlog/charts/sketchlog`. */
export interface ImageRef {
  /** The registry host as written (with its port), e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  /** The repository path inside the registry, e.g. `sketchlog/release-gates`. */
  repository: string;
  /** `https://host`, or `http://host` for a loopback registry (as Docker does). */
  baseUrl: string;
}

/** What a registry says about a manifest it holds. */
export interface OciManifest {
  digest: string | null;
  mediaType: string | null;
}

/** The OCI distribution calls the gates make. */
export interface OciApi {
  /**
   * Asks for `/v2/{repository}/manifests/{reference}` (HEAD, then GET where HEAD is not allowed),
   * answering the registry's Bearer token challenge anonymously. Null when the registry has no such manifest.
   */
  manifest(image: ImageRef, reference: string): Promise<OciManifest | null>;
}

export class OciError extends Error {
  override name = 'OciError';
}

/**
 * Every manifest type a release may be pushed as. A registry only serves an index or an OCI
 * manifest to a client that accepts it (Distribution answers 404 otherwise), so all four are asked for.
 */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

// The distribution reference grammar (distribution/reference): path components and domain.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;

/** Parses an image or chart reference without tag or digest; throws OciError naming the problem. */
export function parseImageRef(text: string): ImageRef {
  const ref = text.replace(/^oci:\/\//, '');
  const parts = ref.split('/');
  // A colon in the last component is a tag (a registry port sits in the first one).
  if (ref.includes('@') || (parts[parts.length - 1] ?? '').includes(':')) {
    throw new OciError(`reference "${clip(text)}" carries a tag or digest; give the repository only (the tag is the release version)`);
  }
  const first = parts[0] ?? '';
  // As Docker decides: the first component is a registry when it looks like a host.
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
  let registry = hasRegistry ? first : 'docker.io';
  const path = hasRegistry ? parts.slice(1) : parts;
  if (!DOMAIN.test(registry)) throw new OciError(`reference "${clip(text)}" has an invalid registry host "${clip(registry)}"`);
  if (path.length === 0 || !path.every((c) => PATH_COMPONENT.test(c))) {
    throw new OciError(`reference "${clip(text)}" is not a valid repository (lower-case letters, digits and . _ - separators)`);
  }
  let repository = path.join('/');
  if (registry === 'docker.io' || registry === 'index.docker.io') {
    registry = 'registry-1.docker.io';
    if (path.length === 1) repository = `library/${repository}`;
  }
  const hostname = new URL(`http://${registry}`).hostname;
  const scheme = isLoopbackHost(hostname) ? 'http' : 'https';
  return { registry, repository, baseUrl: `${scheme}://${registry}` };
}

export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;

/** Parses a `WWW-Authenticate` header (RFC 9110 challenges with auth-params) into its challenges. */
export function parseChallenges(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let current: AuthChallenge | null = null;
  let i = 0;
  const readToken = (): string | null => {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(header);
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  while (i < header.length) {
    while (i < header.length && /[\s,]/.test(header[i]!)) i++;
    if (i >= header.length) break;
    const token = readToken();
    if (token === null) break;
    let j = i;
    while (header[j] === ' ' || header[j] === '\t') j++;
    if (header[j] === '=' && current) {
      i = j + 1;
      while (header[i] === ' ' || header[i] === '\t') i++;
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < header.length && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < header.length) i++;
          value += header[i];
          i++;
        }
        i++;
      } else {
        value = readToken() ?? '';
      }
      current.params[token.toLowerCase()] = value;
    } else {
      current = { scheme: token.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}

const tokenBody = z.looseObject({
  token: z.string().max(16_384).optional(),
  access_token: z.string().max(16_384).optional()
});

const DIGEST = /^sha(256:[a-f0-9]{64}|512:[a-f0-9]{128})$/;

export function createOciApi(options: { http: HttpClient }): OciApi {
  const { http } = options;

  async function ask(url: string, method: 'HEAD' | 'GET', token: string | null): Promise<HttpResponse> {
    try {
      return await http.request({
        url,
        method,
        headers: { accept: MANIFEST_ACCEPT },
        // The registry token goes to the registry host only, never along a redirect to blob storage.
        credential: token ? { header: 'authorization', value: `Bearer ${token}` } : undefined,
        accept: [401, 403, 404, 405],
        // The distribution spec caps a manifest at 4 MiB.
        maxBytes: 4 * 1024 * 1024
      });
    } catch (error) {
      rethrowAs(error, (m, o) => new OciError(m, o), 'registry could not answer');
    }
  }

  /** Answers a Bearer challenge the way an anonymous `docker pull` does: a token from the realm without credentials. */
  async function anonymousToken(challenge: AuthChallenge, image: ImageRef): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm || !URL.canParse(realm)) {
      throw new OciError(`${image.registry} sent a Bearer challenge without a usable realm ("${clip(realm ?? '')}")`);
    }
    const realmUrl = new URL(realm);
    if (!isAllowedUrl(realmUrl)) {
      throw new OciError(`${image.registry} points its token realm at ${shownUrl(realm)}; only https:// (or http:// on loopback) is used`);
    }
    if (challenge.params.service) realmUrl.searchParams.set('service', challenge.params.service);
    realmUrl.searchParams.set('scope', challenge.params.scope || `repository:${image.repository}:pull`);
    let response: HttpResponse;
    try {
      response = await http.request({ url: realmUrl.toString(), headers: { accept: 'application/json' }, accept: [401, 403], maxBytes: 64 * 1024 });
    } catch (error) {
      rethrowAs(error, (m, o) => new OciError(m, o), `token service of ${image.registry} could not answer`);
    }
    if (response.status !== 200) {
      throw new OciError(
        `token service ${shownUrl(realm)} refused an anonymous token for ${image.repository} (${response.status}): the repository is private or needs credentials, so the check cannot see it`
      );
    }
    let raw: unknown;
    try {
      raw = HttpClient.json(response);
    } catch {
      throw new OciError(`token service ${shownUrl(realm)} answered with a body that is not JSON`);
    }
    const body = tokenBody.safeParse(raw);
    const token = body.success ? body.data.token || body.data.access_token : undefined;
    if (!token) throw new OciError(`token service ${shownUrl(realm)} answered without a token`);
    return token;
  }

  return {
    async manifest(image, reference) {
      const url = `${image.baseUrl}/v2/${image.repository}/manifests/${encodeURIComponent(reference)}`;
      const where = `${image.registry}/${image.repository}:${clip(reference)}`;
      let method: 'HEAD' | 'GET' = 'HEAD';
      let response = await ask(url, method, null);
      if (response.status === 405) {
        // Some registries do not allow HEAD on manifests; a GET answers the same question.
        method = 'GET';
        response = await ask(url, method, null);
      }
      if (response.status === 401) {
        const header = response.headers.get('www-authenticate') ?? '';
        const challenges = parseChallenges(header);
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (!bearer) {
          const schemes = challenges.map((c) => c.scheme).join(', ') || 'none';
          throw new OciError(
            `${image.registry} requires credentials for ${where} (401, challenge: ${clip(schemes, 40)}) and offers no anonymous Bearer token; the check cannot tell whether the tag exists — make the repository public or use a registry that allows anonymous pulls`
          );
        }
        const token = await anonymousToken(bearer, image);
        response = await ask(url, method, token);
      }
      if (response.status === 401 || response.status === 403) {
        throw new OciError(
          `${image.registry} denied an anonymous pull of ${where} (${response.status}): the repository is private or needs credentials, so the check cannot tell whether the tag exists`
        );
      }
      if (response.status === 405) throw new OciError(`${image.registry} allows neither HEAD nor GET on ${where} (405)`);
      if (response.status === 404) return null;
      const digest = response.headers.get('docker-content-digest');
      const mediaType = response.headers.get('content-type');
      return {
        digest: digest && DIGEST.test(digest) ? digest : null,
        mediaType: mediaType ? clip(mediaType.split(';')[0]!.trim(), 100) : null
      };
    }
  };
}
