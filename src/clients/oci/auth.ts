import { z } from 'zod';
import { clip } from '../../util/text.js';
import { isAllowedUrl } from '../../util/loopback.js';
import { HttpClient, rethrowAs, shownUrl, type HttpResponse } from '../http.js';
import { OciError, PRIVATE_PACKAGE_FIX } from './errors.js';
import type { ImageRef } from './reference.js';

export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;

/**
 * Parses a `WWW-Authenticate` header (RFC 9110 challenges with auth-params) into its challenges.
 * By hand because no installed library parses it: a header may carry several challenges, and
 * quoted values hold commas (`scope="repository:a:pull,push"`), so a split on commas is wrong.
 */
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
  access_token: z.string().max(16_384).optional(),
  expires_in: z.number().optional()
});

/** Docker's token spec: a token without `expires_in` lives 60 s. */
const DEFAULT_TOKEN_LIFETIME_S = 60;
/** Renew this long before expiry, so a token does not lapse between being taken and being used. */
const EXPIRY_MARGIN_MS = 5_000;

/** The pull scope an anonymous client asks for, and the key its token is kept under. */
export function pullScope(image: ImageRef): string {
  return `repository:${image.repository}:pull`;
}

/**
 * Anonymous Bearer tokens as `docker pull` gets them: from the challenge's realm, without
 * credentials. A token is kept per registry and repository scope until shortly before it expires,
 * so a check that asks for a manifest, its platform manifests and blobs (or polls) negotiates once.
 * Concurrent requests for the same scope share one negotiation.
 */
export class AnonymousTokens {
  private readonly kept = new Map<string, { token: Promise<string>; expiresAt: number }>();
  constructor(
    private readonly http: HttpClient,
    private readonly now: () => number = Date.now
  ) {}

  private key(image: ImageRef): string {
    return `${image.registry} ${pullScope(image)}`;
  }

  /** The kept token for this repository, if one is still fresh. */
  async cached(image: ImageRef): Promise<string | null> {
    const entry = this.kept.get(this.key(image));
    if (!entry || entry.expiresAt <= this.now()) return null;
    try {
      return await entry.token;
    } catch {
      return null;
    }
  }

  /** Drops a token the registry no longer takes (expired early, revoked). */
  forget(image: ImageRef): void {
    this.kept.delete(this.key(image));
  }

  /** Negotiates a token for the challenge and keeps it. */
  negotiate(challenge: AuthChallenge, image: ImageRef): Promise<string> {
    const key = this.key(image);
    // Kept while it is being negotiated too, so concurrent requests share it.
    const entry: { token: Promise<string>; expiresAt: number } = { token: Promise.resolve(''), expiresAt: Number.POSITIVE_INFINITY };
    entry.token = this.request(challenge, image).then(
      ({ token, lifetimeS }) => {
        entry.expiresAt = this.now() + Math.max(lifetimeS * 500, lifetimeS * 1000 - EXPIRY_MARGIN_MS);
        return token;
      },
      (error: unknown) => {
        if (this.kept.get(key) === entry) this.kept.delete(key);
        throw error;
      }
    );
    this.kept.set(key, entry);
    return entry.token;
  }

  private async request(challenge: AuthChallenge, image: ImageRef): Promise<{ token: string; lifetimeS: number }> {
    const realm = challenge.params.realm;
    if (!realm || !URL.canParse(realm)) {
      throw new OciError(`${image.registry} sent a Bearer challenge without a usable realm ("${clip(realm ?? '')}")`);
    }
    const realmUrl = new URL(realm);
    if (!isAllowedUrl(realmUrl)) {
      throw new OciError(`${image.registry} points its token realm at ${shownUrl(realm)}; only https:// (or http:// on loopback) is used`);
    }
    if (challenge.params.service) realmUrl.searchParams.set('service', challenge.params.service);
    realmUrl.searchParams.set('scope', challenge.params.scope || pullScope(image));
    let response: HttpResponse;
    try {
      response = await this.http.request({ url: realmUrl.toString(), headers: { accept: 'application/json' }, accept: [401, 403], maxBytes: 64 * 1024 });
    } catch (error) {
      rethrowAs(error, (m, o) => new OciError(m, o), `token service of ${image.registry} could not answer`);
    }
    if (response.status !== 200) {
      throw new OciError(`token service ${shownUrl(realm)} refused an anonymous token for ${image.repository} (${response.status}): ${PRIVATE_PACKAGE_FIX}`, {
        reason: 'private'
      });
    }
    return tokenAnswer(response, realm);
  }
}

/**
 * The token in a token service's 200 answer (Docker's token spec: `token`, or OAuth2's
 * `access_token`) and how long it lives; the anonymous pulls and the push probe read it alike.
 */
export function tokenAnswer(response: HttpResponse, realm: string): { token: string; lifetimeS: number } {
  let raw: unknown;
  try {
    raw = HttpClient.json(response);
  } catch {
    throw new OciError(`token service ${shownUrl(realm)} answered with a body that is not JSON`);
  }
  const body = tokenBody.safeParse(raw);
  const token = body.success ? body.data.token || body.data.access_token : undefined;
  if (!token) throw new OciError(`token service ${shownUrl(realm)} answered without a token`);
  const expiresIn = body.success ? body.data.expires_in : undefined;
  return { token, lifetimeS: expiresIn !== undefined && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_LIFETIME_S };
}
