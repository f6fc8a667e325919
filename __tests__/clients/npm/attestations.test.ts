/**
 * A version's attestations against the real Verdaccio behind the test proxy: served as registry.npmjs.org serves them
 * (a real answer), found from the packument's `dist.attestations.url`, 404 as null, faults and garbage as NpmError
 * naming the URL — and never a credential, though the client holds a token, nor a request to a plain-http host.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HttpClient } from '../../../src/clients/http.js';
import { attestationsUrl, createNpmApi, NpmError, type NpmApi } from '../../../src/clients/npm/index.js';
import { readNpmAttestations } from '../../../src/formats/npm-attestations.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import { startNpmRegistry, type NpmTestRegistry } from '../../../test-support/npm-registry.js';
import { realFolder } from '../../../test-support/real-samples.js';

const REAL = JSON.parse(fs.readFileSync(path.join(realFolder('npm'), 'playwright-cli-0.1.1.attestations.json'), 'utf8')) as unknown;
const SPEC = '@sketchlog/client@1.2.3';

let registry: NpmTestRegistry;
let token: string;
const http = () => new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 5000, userAgent: 'test' });
const api = (): NpmApi => createNpmApi({ registry: registry.url, token, http: http() });
const url = () => registry.attestationsUrl('@sketchlog/client', '1.2.3');
const attestationRequests = () => registry.requests.filter((r) => r.path.startsWith('/-/npm/v1/attestations/'));

/** What `promise` rejected with: its class and message. */
async function rejection(promise: Promise<unknown>): Promise<{ type: string; message: string }> {
  const error = await promise.then(
    () => new Error('it did not reject'),
    (e: unknown) => e as Error
  );
  return { type: error.constructor.name, message: error.message };
}

beforeAll(async () => {
  registry = await startNpmRegistry();
  token = await registry.addUser('balavignesh', 'publisher-password-1');
  await registry.publish('@sketchlog/client', '1.2.3', token);
});

afterAll(async () => {
  await registry?.close();
  removeTempDirs();
});

describe('attestations', () => {
  test('the URL is spelled as npm writes it, and the client builds the same', () => {
    expect(url()).toBe(`${registry.url}/-/npm/v1/attestations/@sketchlog%2fclient@1.2.3`);
    expect(attestationsUrl(registry.url, '@sketchlog/client', '1.2.3')).toBe(url());
    expect(attestationsUrl('https://registry.npmjs.org', '@playwright/cli', '0.1.1')).toBe(
      'https://registry.npmjs.org/-/npm/v1/attestations/@playwright%2fcli@0.1.1'
    );
  });

  test('a real answer is read as served, with no credential sent though the client has a token', async () => {
    registry.attestations[SPEC] = { status: 200, body: REAL };
    expect(await api().attestations(url())).toEqual(readNpmAttestations(REAL));
    const request = attestationRequests().at(-1)!;
    expect(request).toMatchObject({ method: 'GET', path: '/-/npm/v1/attestations/@sketchlog%2fclient@1.2.3', status: 200, authorization: undefined });
    expect(request.headers.accept).toBe('application/json');
    expect(Object.keys(request.headers).filter((h) => /auth|cookie|token/i.test(h))).toEqual([]);
  });

  test('the unescaped spelling of the scoped name is served too', async () => {
    registry.attestations[SPEC] = { status: 200, body: REAL };
    const found = await api().attestations(`${registry.url}/-/npm/v1/attestations/${SPEC}`);
    expect(found?.map((a) => a.predicateType)).toEqual(['https://github.com/npm/attestation/tree/main/specs/publish/v0.1', 'https://slsa.dev/provenance/v1']);
  });

  test("the packument's dist.attestations names the URL, and it is fetched from there", async () => {
    registry.attestations[SPEC] = { status: 200, body: REAL };
    registry.distExtras[SPEC] = { attestations: { url: url(), provenance: { predicateType: 'https://slsa.dev/provenance/v1' } } };
    const manifest = (await api().publishedVersion('@sketchlog/client', '1.2.3'))!.manifest!;
    expect(manifest.dist.attestations).toEqual({ url: url(), provenancePredicateType: 'https://slsa.dev/provenance/v1' });
    expect((await api().attestations(manifest.dist.attestations!.url))?.length).toBe(2);
    delete registry.distExtras[SPEC];
  });

  test('404 (a version published without attestations) is null', async () => {
    delete registry.attestations[SPEC];
    expect(await api().attestations(url())).toBeNull();
    expect(attestationRequests().at(-1)).toMatchObject({ status: 404, authorization: undefined });
  });

  test('a 500 fails naming the URL and the status', async () => {
    registry.attestations[SPEC] = { status: 500, body: { error: 'boom' } };
    expect(await rejection(api().attestations(url()))).toEqual({
      type: NpmError.name,
      message: `could not fetch the npm attestations ${url()}: ${url()} answered 500 ({"error":"boom"}) (after 1 attempt)`
    });
  });

  test.each([
    ['a body that is not JSON', 'not json', 'answered with a body that is not JSON'],
    [
      'attestations that are not a list',
      { attestations: 'x' },
      'answered with an unexpected shape at attestations: Invalid input: expected array, received string'
    ],
    [
      'an attestation without a bundle',
      { attestations: [{ predicateType: 'https://slsa.dev/provenance/v1' }] },
      'answered with an unexpected shape at attestations.0.bundle: Invalid input: expected record, received undefined'
    ]
  ])('%s fails naming the URL and the field', async (_what, body, tail) => {
    registry.attestations[SPEC] = { status: 200, body };
    expect(await rejection(api().attestations(url()))).toEqual({ type: NpmError.name, message: `the npm attestations ${url()} ${tail}` });
  });

  test('a URL on plain http off loopback, or not a URL, is refused before any request', async () => {
    const before = registry.requests.length;
    expect(await rejection(api().attestations('http://registry.example.com/-/npm/v1/attestations/p@1.0.0'))).toEqual({
      type: NpmError.name,
      message: 'the attestations URL http://registry.example.com/-/npm/v1/attestations/p@1.0.0 is not fetched: only https (or http on a loopback address) is'
    });
    expect(await rejection(api().attestations('/-/npm/v1/attestations/p@1.0.0'))).toEqual({
      type: NpmError.name,
      message: 'the attestations URL "/-/npm/v1/attestations/p@1.0.0" is not a URL'
    });
    expect(registry.requests.length).toBe(before);
  });
});
