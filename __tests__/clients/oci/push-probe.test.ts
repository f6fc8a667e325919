/**
 * The push probe against the real Distribution registry (docker-registry) with token auth, laid out
 * as GHCR is (the token service at `/token` on the registry's origin), with a token service that
 * grants push and pull, or pull only, per repository; a front that refuses uploads; and realms on
 * another host (127.0.0.2), which must never see the credential.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { HttpClient } from '../../../src/clients/http.js';
import { createOciApi, OciError, parseImageRef, type OciApi, type PushProbeResult } from '../../../src/clients/oci/index.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import { OciPusher, pushImageIndex, startOciRegistry } from '../../../test-support/oci-registry.js';
import { startPushRegistry, type PushTestRegistry } from '../../../test-support/oci-token-service.js';

const TOKEN = 'ghs_PushProbeClientToken0123456789abcd';
const PUSHER = { user: 'sketchlog', password: TOKEN };
const BASIC = `Basic ${Buffer.from(`sketchlog:${TOKEN}`).toString('base64')}`;
const CAUSES =
  'the job lacks `packages: write` (add `permissions: packages: write` to the job), or the package\'s own settings do not grant this repository write access (package settings → "Manage Actions access" → add the repository with the Write role)';

let ghcr: PushTestRegistry;
let relative: PushTestRegistry;
let elsewhere: PushTestRegistry;
let redirecting: PushTestRegistry;
let strict: PushTestRegistry;
let oci: OciApi;

beforeAll(async () => {
  // sketchlog/* may be pushed; readonly/* only pulled; nothing at all on locked/*.
  const grants = (repository: string) =>
    repository.startsWith('readonly/') ? (['pull'] as const) : repository.startsWith('locked/') ? [] : (['pull', 'push'] as const);
  [ghcr, relative, elsewhere, redirecting, strict] = await Promise.all([
    startPushRegistry({ pusher: PUSHER, grants }),
    startPushRegistry({ pusher: PUSHER, relativeUrls: true }),
    startPushRegistry({ pusher: PUSHER, realm: 'other-host' }),
    startPushRegistry({ pusher: PUSHER, realm: 'redirect' }),
    // Distribution's own rule: a DELETE needs the `delete` action, which a push,pull token lacks.
    startPushRegistry({ pusher: PUSHER, pushCancels: false })
  ]);
  // A real image already there, so "no new blob" is measured against a registry that holds some.
  await pushImageIndex(new OciPusher({ ...ghcr.registry, url: ghcr.url, host: ghcr.host }, PUSHER), 'sketchlog/sketchlog', '1.2.3');
  oci = createOciApi({ http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 10_000, userAgent: 'test' }) });
});

afterAll(async () => {
  await Promise.all([ghcr?.close(), relative?.close(), elsewhere?.close(), redirecting?.close(), strict?.close()]);
  removeTempDirs();
});

const probe = (registry: PushTestRegistry, repository: string, pushHosts = [registry.host]): Promise<PushProbeResult> =>
  oci.probePush(parseImageRef(`${registry.host}/${repository}`), PUSHER, { pushHosts });

/** A push token straight from the token service, to ask the registry about an upload as a test. */
async function bearerFor(registry: PushTestRegistry, repository: string): Promise<string> {
  const url = `${registry.tokens.url}/token?service=${registry.tokens.service}&scope=repository:${repository}:pull,push`;
  const answer = (await (await fetch(url, { headers: { authorization: BASIC } })).json()) as { token: string };
  return `Bearer ${answer.token}`;
}

/** The requests the front saw from `before` on, as `METHOD path` with the authorization scheme that came along. */
function seen(registry: PushTestRegistry, before: number): string[] {
  return registry.requests.slice(before).map((r) => {
    const auth = r.headers.authorization;
    const scheme = auth === undefined ? 'none' : auth === BASIC ? 'basic(owner:token)' : auth.startsWith('Bearer ') ? 'bearer' : `other ${auth}`;
    return `${r.method} ${r.url.replace(/\/uploads\/[0-9a-f-]{36}\?.*$/, '/uploads/{uuid}?…')} ${scheme}`;
  });
}

describe('push probe against Distribution with token auth', () => {
  test('push granted: passes in exactly 3 requests after the challenge, and leaves no upload and no blob behind', async () => {
    const before = ghcr.requests.length;
    const blobs = ghcr.blobs().sort();
    let uploadsWhileCancelling: string[] | null = null;
    ghcr.fault = ({ method }) => {
      if (method === 'DELETE') uploadsWhileCancelling = ghcr.uploads('sketchlog/sketchlog');
      return null;
    };
    let result: PushProbeResult;
    try {
      result = await probe(ghcr, 'sketchlog/sketchlog');
      expect(result.notes).toEqual([]);
      expect(result.requests).toEqual([
        { method: 'GET', url: `${ghcr.url}/v2/`, credential: 'none', status: 401 },
        { method: 'GET', url: `${ghcr.url}/token`, credential: 'basic', status: 200 },
        { method: 'POST', url: `${ghcr.url}/v2/sketchlog/sketchlog/blobs/uploads/`, credential: 'bearer', status: 202 },
        {
          method: 'DELETE',
          url: expect.stringMatching(new RegExp(`^${ghcr.url}/v2/sketchlog/sketchlog/blobs/uploads/[0-9a-f-]{36}$`)),
          credential: 'bearer',
          status: 204
        }
      ]);
    } finally {
      ghcr.fault = () => null;
    }
    expect(seen(ghcr, before)).toEqual([
      'GET /v2/ none',
      `GET /token?service=rg-test-registry&scope=${encodeURIComponent('repository:sketchlog/sketchlog:push,pull')} basic(owner:token)`,
      'POST /v2/sketchlog/sketchlog/blobs/uploads/ bearer',
      'DELETE /v2/sketchlog/sketchlog/blobs/uploads/{uuid}?… bearer'
    ]);
    // The upload was real (Distribution kept a session for it) until the cancel removed it.
    expect(uploadsWhileCancelling).toHaveLength(1);
    expect(ghcr.uploads('sketchlog/sketchlog')).toEqual([]);
    // The token service was asked once, for push and pull, with the owner and the token.
    expect(ghcr.tokens.requests.at(-1)).toEqual({
      scope: 'repository:sketchlog/sketchlog:push,pull',
      service: 'rg-test-registry',
      authenticated: true,
      granted: ['push', 'pull']
    });
    // The registry itself no longer knows the session.
    const cancelled = ghcr.requests.findLast((r) => r.method === 'DELETE')!.url;
    const status = await fetch(`${ghcr.registry.url}${cancelled}`, { headers: { authorization: await bearerFor(ghcr, 'sketchlog/sketchlog') } });
    expect([status.status, ((await status.json()) as { errors: Array<{ code: string }> }).errors[0]?.code]).toEqual([404, 'BLOB_UPLOAD_UNKNOWN']);
    expect(ghcr.blobs().sort()).toEqual(blobs);
    expect(blobs.length).toBeGreaterThan(0);
  });

  test('a relative upload Location is resolved against the registry and cancelled there', async () => {
    const before = relative.requests.length;
    const result = await probe(relative, 'sketchlog/charts/sketchlog');
    expect(result.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 401', 'GET 200', 'POST 202', 'DELETE 204']);
    expect(seen(relative, before).at(-1)).toBe('DELETE /v2/sketchlog/charts/sketchlog/blobs/uploads/{uuid}?… bearer');
    expect(relative.uploads('sketchlog/charts/sketchlog')).toEqual([]);
    expect(relative.blobs()).toEqual([]);
  });

  test('a token service that grants pull only fails naming it, and nothing is uploaded', async () => {
    const before = ghcr.requests.length;
    const error = await probe(ghcr, 'readonly/sketchlog').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OciError);
    expect((error as OciError).reason).toBe('push-denied');
    expect((error as OciError).message).toBe(`token service ${ghcr.url}/token grants pull but not push on readonly/sketchlog: ${CAUSES}`);
    expect(seen(ghcr, before).map((l) => l.split(' ')[0])).toEqual(['GET', 'GET']);
    expect(ghcr.uploads('readonly/sketchlog')).toEqual([]);
  });

  test('a token service that grants nothing on the repository fails naming it', async () => {
    await expect(probe(ghcr, 'locked/sketchlog')).rejects.toThrow(`token service ${ghcr.url}/token grants no access on locked/sketchlog: ${CAUSES}`);
  });

  test('a token service that refuses the credentials fails with the causes, and the token is never in the message', async () => {
    const wrong = { user: 'sketchlog', password: 'ghs_WrongTokenForTheProbe0123456789' };
    const error = (await oci
      .probePush(parseImageRef(`${ghcr.host}/sketchlog/sketchlog`), wrong, { pushHosts: [ghcr.host] })
      .catch((e: unknown) => e)) as OciError;
    expect(error.message).toBe(
      `token service ${ghcr.url}/token refused a push token for sketchlog/sketchlog (401): the token is not valid for ${ghcr.host}, or ${CAUSES}`
    );
    expect(error.message).not.toContain(wrong.password);
  });

  test.each([
    [
      401,
      'refused to start an upload to sketchlog/sketchlog (401: UNAUTHORIZED: authentication required): the token its service granted grants pull but not push; '
    ],
    [403, 'denied an upload to sketchlog/sketchlog (403: DENIED: permission_denied: write_package): ']
  ])('an upload answered %i fails with the likely causes, and nothing is cancelled or left', async (status, message) => {
    const code = status === 401 ? 'UNAUTHORIZED' : 'DENIED';
    const words = status === 401 ? 'authentication required' : 'permission_denied: write_package';
    ghcr.fault = ({ method }) =>
      method === 'POST'
        ? { answer: { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errors: [{ code, message: words }] }) } }
        : null;
    const before = ghcr.requests.length;
    try {
      await expect(probe(ghcr, 'sketchlog/sketchlog')).rejects.toThrow(`${ghcr.host} ${message}${CAUSES}`);
    } finally {
      ghcr.fault = () => null;
    }
    expect(seen(ghcr, before).map((l) => l.split(' ')[0])).toEqual(['GET', 'GET', 'POST']);
    expect(ghcr.uploads('sketchlog/sketchlog')).toEqual([]);
  });

  test('a 202 without a Location fails: no push could continue such an upload', async () => {
    ghcr.fault = ({ method }) => (method === 'POST' ? { answer: { status: 202 } } : null);
    try {
      await expect(probe(ghcr, 'sketchlog/sketchlog')).rejects.toThrow(
        `${ghcr.host} answered 202 to the start of an upload to sketchlog/sketchlog but sent no Location, so no push could continue it (docker push and helm push would fail here); the registry, or a proxy in front of it, drops the header`
      );
    } finally {
      ghcr.fault = () => null;
    }
  });

  test('a cancel the registry refuses is a note, not a failure: the verdict is the upload start', async () => {
    const result = await probe(strict, 'sketchlog/sketchlog');
    expect(result.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 401', 'GET 200', 'POST 202', 'DELETE 401']);
    expect(result.notes).toEqual([
      `${strict.host} answered 401: UNAUTHORIZED: authentication required to the cancel of the upload; the registry removes abandoned uploads itself, and nothing was written`
    ]);
    // The session Distribution kept is the one its garbage collection removes; no blob was written.
    expect(strict.uploads('sketchlog/sketchlog')).toHaveLength(1);
    expect(strict.blobs()).toEqual([]);
  });

  test('an upload Location on another host is not cancelled there: the token does not go along', async () => {
    ghcr.fault = ({ method }) => (method === 'POST' ? { answer: { status: 202, headers: { location: 'http://127.0.0.2:9/v2/x/blobs/uploads/1' } } } : null);
    let result: PushProbeResult;
    try {
      result = await probe(ghcr, 'sketchlog/sketchlog');
    } finally {
      ghcr.fault = () => null;
    }
    expect(result.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST']);
    expect(result.notes).toEqual([
      'the upload was not cancelled: its Location http://127.0.0.2:9/v2/x/blobs/uploads/1 is on another host, where the token is not sent; the registry removes abandoned uploads itself, and nothing was written'
    ]);
  });

  test('a realm on another host fails, and the token goes nowhere: the realm host sees no request at all', async () => {
    const before = elsewhere.requests.length;
    const error = (await probe(elsewhere, 'sketchlog/sketchlog').catch((e: unknown) => e)) as OciError;
    expect(error.reason).toBe('push-denied');
    expect(error.message).toBe(
      `${elsewhere.host} names its token realm on another host (${elsewhere.tokens.url}/token); the GitHub token goes only to the registry's own host (${elsewhere.url}), so it was not sent there and push cannot be proved`
    );
    expect(elsewhere.tokens.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    expect(elsewhere.tokens.seen).toEqual([]);
    expect(seen(elsewhere, before)).toEqual(['GET /v2/ none']);
  });

  test('a token service that redirects to another host fails; the credential does not follow', async () => {
    const before = redirecting.requests.length;
    await expect(probe(redirecting, 'sketchlog/sketchlog')).rejects.toThrow(
      new RegExp(`redirected to ${redirecting.tokens.url.replace(/\./g, '\\.')}/token, another host; the credential is not sent there`)
    );
    expect(redirecting.tokens.seen).toEqual([]);
    expect(seen(redirecting, before)).toEqual([
      'GET /v2/ none',
      `GET /token?service=rg-test-registry&scope=${encodeURIComponent('repository:sketchlog/sketchlog:push,pull')} basic(owner:token)`
    ]);
  });

  test('a host outside the allowed hosts fails before any request is made', async () => {
    const before = ghcr.requests.length;
    const tokensBefore = ghcr.tokens.seen.length;
    await expect(probe(ghcr, 'sketchlog/sketchlog', ['ghcr.io'])).rejects.toThrow(
      `${ghcr.host} is not a host the GitHub token may be sent to (allowed: ghcr.io), so push was not probed`
    );
    expect(ghcr.requests.length).toBe(before);
    expect(ghcr.tokens.seen.length).toBe(tokensBefore);
  });

  test('the Basic credential went only to /token, the registry token only to /v2/ on the same host', () => {
    for (const registry of [ghcr, relative, elsewhere, redirecting, strict]) {
      for (const r of registry.requests) {
        const auth = r.headers.authorization ?? '';
        if (auth === BASIC) expect(r.url.startsWith('/token?')).toBe(true);
        if (auth.startsWith('Bearer ')) expect(r.url.startsWith('/v2/')).toBe(true);
        expect(JSON.stringify(r.headers)).not.toContain(TOKEN);
      }
    }
  });
});

describe('push probe against an open registry', () => {
  test('no challenge: the upload is started and cancelled without any credential', async () => {
    const open = await startOciRegistry();
    try {
      const result = await oci.probePush(parseImageRef(`${open.host}/sketchlog/sketchlog`), PUSHER, { pushHosts: [open.host] });
      expect(result.requests.map((r) => `${r.method} ${r.credential} ${r.status}`)).toEqual(['GET none 200', 'POST none 202', 'DELETE none 204']);
    } finally {
      await open.close();
    }
  });
});
