/**
 * Whether a credential may push to an OCI repository, asked the way `crane`'s push-permission
 * check asks it: follow the registry's `WWW-Authenticate` challenge to its token service, ask for
 * `repository:{name}:push,pull` with Basic credentials, start a blob upload and cancel it at once.
 * Nothing is written: an upload that is started and cancelled leaves no blob behind.
 *
 * The credential (a GitHub token) is the one secret here that outlives the run, so where it may go
 * is narrow: only to a registry host the caller allows, and there only to the token realm the
 * registry's own challenge names on that same origin. A realm elsewhere is a failure, never
 * followed; the HTTP client never carries a credential along a redirect to another host.
 */
import { z } from 'zod';
import { clip } from '../../util/text.js';
import { protectSecrets } from '../../util/redact.js';
import { HttpError, rethrowAs, shownUrl, type HttpClient, type HttpRequest, type HttpResponse } from '../http.js';
import { parseChallenges, tokenAnswer } from './auth.js';
import { OciError } from './errors.js';
import type { ImageRef } from './reference.js';

/** Basic credentials for the token service: GHCR takes the owner as user and the GitHub token as password. */
export interface PushCredentials {
  user: string;
  password: string;
}

export interface PushProbeOptions {
  /** Registry hosts (`host` or `host:port`, lower case) the credential may be sent to; any other fails before a request. */
  pushHosts: readonly string[];
}

/** One request the probe made, for the report and the bench: never the credential itself. */
export interface PushProbeRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Without query (the upload state) or credentials. */
  url: string;
  /** What authenticated it. */
  credential: 'none' | 'basic' | 'bearer';
  /** The answer's status; 0 when none came (a transport failure). */
  status: number;
}

export interface PushProbeResult {
  /** Every request, in order: the anonymous challenge first, then token, upload start and cancel. */
  requests: PushProbeRequest[];
  /** What went wrong without changing the verdict (a cancel the registry refused). */
  notes: string[];
}

/** The usual causes of a denied push on GHCR, and the settings that fix them. */
export const PUSH_DENIED_CAUSES =
  'the job lacks `packages: write` (add `permissions: packages: write` to the job), or the package\'s own settings do not grant this repository write access (package settings → "Manage Actions access" → add the repository with the Write role)';

/** Room for a registry's or token service's error answer. */
const MAX_ANSWER_BYTES = 64 * 1024;

const registryErrors = z.looseObject({
  errors: z.array(z.looseObject({ code: z.string().max(200).optional(), message: z.string().max(2000).optional() })).max(20)
});

/** The registry's own words for a refusal (`DENIED: permission_denied: write_package`), when its body says them. */
function registryWords(response: HttpResponse): string {
  let raw: unknown;
  try {
    raw = JSON.parse(response.body.toString('utf8'));
  } catch {
    return '';
  }
  const parsed = registryErrors.safeParse(raw);
  if (!parsed.success) return '';
  const words = parsed.data.errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).filter(Boolean);
  return words.length ? `: ${clip(words.join('; '), 200)}` : '';
}

const accessClaims = z.looseObject({
  access: z.array(z.looseObject({ type: z.string(), name: z.string(), actions: z.array(z.string()).max(20) })).max(100)
});

/**
 * The actions a Docker-spec token (a JWT, as Distribution, Harbor and GitLab issue) grants on the
 * repository, read from its `access` claim unverified; null for an opaque token (GHCR's), whose
 * upload answers instead. Only ever a reason to fail early: a claim of push still has to be proved
 * by the registry's 202.
 */
function grantedActions(token: string, repository: string): string[] | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = accessClaims.safeParse(claims);
  if (!parsed.success) return null;
  return parsed.data.access.filter((a) => a.type === 'repository' && a.name === repository).flatMap((a) => a.actions);
}

/** How the probe authenticates to the registry after the challenge. */
type Authorization = { kind: 'none' } | { kind: 'basic' | 'bearer'; header: string };

const denied = (message: string) => new OciError(message, { reason: 'push-denied' });

/** One probe of one repository: its request list is that repository's. */
class Probe {
  readonly requests: PushProbeRequest[] = [];
  readonly notes: string[] = [];
  private readonly where: string;
  private readonly basic: string;

  constructor(
    private readonly http: HttpClient,
    private readonly image: ImageRef,
    credentials: PushCredentials
  ) {
    this.where = `${image.registry}/${image.repository}`;
    this.basic = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
  }

  /** One request; a credential goes along only while the request stays on its URL's origin (HttpClient's rule). */
  private async send(method: PushProbeRequest['method'], url: string, auth: Authorization, accept: number[]): Promise<HttpResponse> {
    const request: HttpRequest = { method, url, accept, maxBytes: MAX_ANSWER_BYTES, headers: { accept: 'application/json' } };
    if (auth.kind !== 'none') request.credential = { header: 'authorization', value: auth.header };
    let response: HttpResponse;
    try {
      response = await this.http.request(request);
    } catch (error) {
      if (error instanceof HttpError) this.requests.push({ method, url: shownUrl(url), credential: auth.kind, status: error.status ?? 0 });
      rethrowAs(error, (m, o) => new OciError(m, o), `push probe of ${this.where} could not finish`);
    }
    this.requests.push({ method, url: shownUrl(url), credential: auth.kind, status: response.status });
    return response;
  }

  /** `GET /v2/` without credentials: how the registry wants to be spoken to. */
  async challenge(): Promise<Authorization> {
    const ping = await this.send('GET', `${this.image.baseUrl}/v2/`, { kind: 'none' }, [401]);
    // An open registry (a test registry on loopback) takes anyone's upload.
    if (ping.status !== 401) return { kind: 'none' };
    const challenges = parseChallenges(ping.headers.get('www-authenticate') ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (bearer) return { kind: 'bearer', header: `Bearer ${await this.token(bearer.params.realm, bearer.params.service)}` };
    // A registry that takes Basic credentials itself (htpasswd): the host is allowed, so they go there.
    if (challenges.some((c) => c.scheme === 'basic')) return { kind: 'basic', header: this.basic };
    const schemes = challenges.map((c) => c.scheme).join(', ') || 'none';
    throw new OciError(
      `${this.image.registry} answered /v2/ with 401 but no Bearer or Basic challenge (challenge: ${clip(schemes, 40)}), so push cannot be asked`
    );
  }

  /** The token for push and pull from the challenge's realm, which must be on the registry's own origin. */
  private async token(realm: string | undefined, service: string | undefined): Promise<string> {
    if (!realm || !URL.canParse(realm)) {
      throw new OciError(`${this.image.registry} sent a Bearer challenge without a usable realm ("${clip(realm ?? '')}")`);
    }
    const realmUrl = new URL(realm);
    const registry = new URL(this.image.baseUrl);
    // Compared as parsed origins (scheme, host, port): `https://ghcr.io:443/token` is ghcr.io's, `ghcr.io.example` is not.
    if (realmUrl.origin !== registry.origin) {
      throw denied(
        `${this.image.registry} names its token realm on another host (${shownUrl(realm)}); the GitHub token goes only to the registry's own host (${registry.origin}), so it was not sent there and push cannot be proved`
      );
    }
    if (service) realmUrl.searchParams.set('service', service);
    realmUrl.searchParams.set('scope', `repository:${this.image.repository}:push,pull`);
    const response = await this.send('GET', realmUrl.toString(), { kind: 'basic', header: this.basic }, [401, 403]);
    if (response.status !== 200) {
      throw denied(
        `token service ${shownUrl(realm)} refused a push token for ${this.image.repository} (${response.status}${registryWords(response)}): the token is not valid for ${this.image.registry}, or ${PUSH_DENIED_CAUSES}`
      );
    }
    const { token } = tokenAnswer(response, realm);
    const actions = grantedActions(token, this.image.repository);
    if (actions !== null && !actions.includes('push') && !actions.includes('*')) {
      const granted = actions.includes('pull') ? 'grants pull but not push' : 'grants no access';
      throw denied(`token service ${shownUrl(realm)} ${granted} on ${this.image.repository}: ${PUSH_DENIED_CAUSES}`);
    }
    return token;
  }

  /** `POST /v2/{name}/blobs/uploads/`: 202 with a Location, or a denial named with its causes. Answers the Location. */
  async startUpload(auth: Authorization): Promise<string> {
    const { registry, repository } = this.image;
    const response = await this.send('POST', `${this.image.baseUrl}/v2/${repository}/blobs/uploads/`, auth, [400, 401, 403, 404, 405]);
    const words = registryWords(response);
    if (response.status === 401) {
      const how = auth.kind === 'bearer' ? 'the token its service granted grants pull but not push' : 'the credentials are not enough to push';
      throw denied(`${registry} refused to start an upload to ${repository} (401${words}): ${how}; ${PUSH_DENIED_CAUSES}`);
    }
    if (response.status === 403) throw denied(`${registry} denied an upload to ${repository} (403${words}): ${PUSH_DENIED_CAUSES}`);
    if (response.status !== 202) {
      throw new OciError(`${registry} answered ${response.status}${words} to the start of an upload to ${repository}, not 202 Accepted`);
    }
    const location = response.headers.get('location');
    if (!location) {
      throw new OciError(
        `${registry} answered 202 to the start of an upload to ${repository} but sent no Location, so no push could continue it (docker push and helm push would fail here); the registry, or a proxy in front of it, drops the header`
      );
    }
    return location;
  }

  /** `DELETE` of the upload: nothing stays behind. A failure is a note; the registry removes abandoned uploads itself. */
  async cancel(location: string, auth: Authorization): Promise<void> {
    const left = 'the registry removes abandoned uploads itself, and nothing was written';
    if (!URL.canParse(location, this.image.baseUrl)) {
      this.notes.push(`the upload was not cancelled: its Location "${clip(location)}" is not a URL; ${left}`);
      return;
    }
    // A relative Location (`/v2/…/uploads/<id>`) is on the registry.
    const url = new URL(location, this.image.baseUrl);
    if (url.origin !== new URL(this.image.baseUrl).origin) {
      this.notes.push(`the upload was not cancelled: its Location ${shownUrl(url.toString())} is on another host, where the token is not sent; ${left}`);
      return;
    }
    try {
      const response = await this.send('DELETE', url.toString(), auth, [400, 401, 403, 404, 405]);
      if (response.status < 200 || response.status >= 300) {
        this.notes.push(`${this.image.registry} answered ${response.status}${registryWords(response)} to the cancel of the upload; ${left}`);
      }
    } catch (error) {
      if (!(error instanceof OciError)) throw error;
      this.notes.push(`the upload could not be cancelled (${error.message}); ${left}`);
    }
  }
}

/**
 * Proves that `credentials` may push to `image`: exactly three requests after the challenge
 * (token, upload start, cancel). Throws OciError (reason `push-denied` when push is refused)
 * naming the cause; a host outside `pushHosts` fails before any request is made.
 */
export async function probePush(http: HttpClient, image: ImageRef, credentials: PushCredentials, options: PushProbeOptions): Promise<PushProbeResult> {
  const host = image.registry.toLowerCase();
  if (!options.pushHosts.includes(host)) {
    throw denied(
      `${image.registry} is not a host the GitHub token may be sent to (allowed: ${options.pushHosts.join(', ') || 'none'}), so push was not probed`
    );
  }
  if (!credentials.password) throw new OciError(`no token to probe push to ${image.registry}/${image.repository} with`);
  // Redacted from every message from here on, whatever a registry echoes.
  protectSecrets([credentials.password]);
  const probe = new Probe(http, image, credentials);
  const auth = await probe.challenge();
  const location = await probe.startUpload(auth);
  await probe.cancel(location, auth);
  return { requests: probe.requests, notes: probe.notes };
}
