/**
 * `listAttestations` against the GitHub REST test server: answers validated against GitHub's OpenAPI schema for
 * `repos/list-attestations`, bundles inline or behind `bundle_url` (snappy, on another origin), cursor pagination.
 * The client does not verify bundles (the provenance check does), so the bundles here are opaque JSON documents.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { compress } from 'snappyjs';
import { MAX_ATTESTATION_BUNDLE_BYTES, MAX_ATTESTATION_LIST_BYTES } from '../../../src/clients/github/attestations.js';
import { createGitHubApi, GitHubError, type Attestation, type GitHubApi } from '../../../src/clients/github/index.js';
import { HttpClient } from '../../../src/clients/http.js';
import { tokenlessGitHub } from '../../../src/clients/index.js';
import { createRepo, removeTempDirs, type TestRepo } from '../../../test-support/git-repo.js';
import { serverError, startGitHubServer, type GitHubTestServer } from '../../../test-support/github-server.js';

const TOKEN = 'ghs_attestation_token_0123456789abcdef';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const OTHER = `sha256:${'cd'.repeat(32)}`;

let repo: TestRepo;
let server: GitHubTestServer;
let api: GitHubApi;

const opaqueBundle = (n: number) => ({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { n }, dsseEnvelope: { n } });
const snappy = (bytes: Buffer) => Buffer.from(compress(new Uint8Array(bytes)));

/** Every attestation listAttestations hands over, in order. */
async function collect(digest: string, source: GitHubApi = api): Promise<Attestation[]> {
  const found: Attestation[] = [];
  await source.listAttestations(digest, async (attestation) => void found.push(attestation));
  return found;
}

beforeAll(async () => {
  repo = createRepo({ 'README.md': 'one\n' });
  server = await startGitHubServer({ repoDir: repo.dir, token: TOKEN });
  const http = new HttpClient({ retries: 2, retryBaseMs: 1, timeoutMs: 5000, userAgent: 'test' });
  api = createGitHubApi({
    token: TOKEN,
    apiUrl: server.url,
    owner: 'sketchlog',
    repo: 'sketchlog',
    retries: 2,
    retryBaseMs: 1,
    timeoutMs: 5000,
    http,
    retryAfterUnitMs: 1
  });
});

beforeEach(() => {
  server.attestations.length = 0;
  server.faults.length = 0;
  server.requests.length = 0;
  server.storageRequests.length = 0;
  server.attestationPageLimit = 100;
});

afterAll(async () => {
  await server.close();
  removeTempDirs();
});

describe('listAttestations', () => {
  it('returns an inline bundle, asking GitHub by sha256:<hex>', async () => {
    server.attestations.push({ subjects: [DIGEST], bundle: opaqueBundle(1) }, { subjects: [OTHER], bundle: opaqueBundle(2) });
    const found = await collect(DIGEST);
    expect(found).toEqual([{ bundle: opaqueBundle(1), source: 'GitHub attestation (inline)' }]);
    expect(server.requests.map((r) => decodeURIComponent(r.path))).toEqual([`/repos/sketchlog/sketchlog/attestations/${DIGEST}`]);
    // Inline bundles are not fetched again from their bundle_url.
    expect(server.storageRequests).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('fetches a bundle_url bundle from the other host without any credential and decompresses it', async () => {
    server.attestations.push({ subjects: [DIGEST], bundle: opaqueBundle(7), delivery: 'bundle_url' });
    const found = await collect(DIGEST);
    expect(found).toHaveLength(1);
    expect(found[0]!.bundle).toEqual(opaqueBundle(7));
    expect(found[0]!.source).toBe(`${server.storageUrl}/attestation-bundles/0`);
    expect(server.storageRequests).toHaveLength(1);
    expect(server.storageRequests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(server.storageRequests[0]!.headers)).not.toContain(TOKEN);
    // The API host did get the token.
    expect(server.requests[0]!.headers.authorization).toContain(TOKEN);
    expect(server.violations).toEqual([]);
  });

  it("reads every page by the next link's cursor", async () => {
    server.attestationPageLimit = 2;
    for (let i = 0; i < 5; i++) server.attestations.push({ subjects: [DIGEST], bundle: opaqueBundle(i), delivery: i % 2 ? 'bundle_url' : 'inline' });
    const found = await collect(DIGEST);
    expect(found.map((a) => (a.bundle as { verificationMaterial: { n: number } }).verificationMaterial.n)).toEqual([0, 1, 2, 3, 4]);
    expect(server.requests).toHaveLength(3);
    expect(server.requests[0]!.query.after).toBeUndefined();
    expect(server.requests[1]!.query.after).toBeTruthy();
    expect(server.violations).toEqual([]);
  });

  it('hands over one bundle at a time: the next bundle_url and the next page are asked for only after the one before is checked', async () => {
    server.attestationPageLimit = 2;
    for (let i = 0; i < 3; i++) server.attestations.push({ subjects: [DIGEST], bundle: opaqueBundle(i), delivery: 'bundle_url' });
    const seen: Array<{ n: number; storage: number; pages: number }> = [];
    await api.listAttestations(DIGEST, async (attestation) => {
      const n = (attestation.bundle as { verificationMaterial: { n: number } }).verificationMaterial.n;
      seen.push({ n, storage: server.storageRequests.length, pages: server.requests.length });
    });
    // Collecting first (the old shape) would show storage: 2 for bundle 0 and pages: 2 for bundle 1.
    expect(seen).toEqual([
      { n: 0, storage: 1, pages: 1 },
      { n: 1, storage: 2, pages: 1 },
      { n: 2, storage: 3, pages: 2 }
    ]);
  });

  it('stops at the first failing check: nothing after it is fetched', async () => {
    for (let i = 0; i < 3; i++) server.attestations.push({ subjects: [DIGEST], bundle: opaqueBundle(i), delivery: 'bundle_url' });
    const failure = new Error('check failed');
    await expect(
      api.listAttestations(DIGEST, () => {
        throw failure;
      })
    ).rejects.toBe(failure);
    expect(server.storageRequests).toHaveLength(1);
  });

  it('stops reading a subject whose bundle_url bundles pass the listing cap, before handing over the one that passes it', async () => {
    // Bundles of 3 MiB: the third passes 8 MiB in all.
    const big = (n: number) => ({ ...opaqueBundle(n), pad: 'x'.repeat(3 * 1024 * 1024) });
    for (let i = 0; i < 5; i++) server.attestations.push({ subjects: [DIGEST], bundle: big(i), delivery: 'bundle_url' });
    const handed: number[] = [];
    const error = await api
      .listAttestations(DIGEST, async (a) => void handed.push((a.bundle as { verificationMaterial: { n: number } }).verificationMaterial.n))
      .catch((e: unknown) => e);
    expect(MAX_ATTESTATION_LIST_BYTES).toBe(8 * 1024 * 1024);
    expect(handed).toEqual([0, 1]);
    expect(server.storageRequests).toHaveLength(3);
    expect((error as Error).message).toBe(
      `GitHub's bundle_url bundles for attestations/${DIGEST} pass 8388608 bytes in all (at attestation 2 of page 1); a subject's attestations are a provenance and perhaps an SBOM — refusing to read further (malformed response)`
    );
  });

  it('skips a bundle_url already fetched for another subject when the caller shares its set of fetched URLs', async () => {
    server.attestations.push({ subjects: [DIGEST, OTHER], bundle: opaqueBundle(1), delivery: 'bundle_url' });
    const fetchedUrls = new Set<string>();
    const handed: string[] = [];
    for (const digest of [DIGEST, OTHER]) await api.listAttestations(digest, async (a) => void handed.push(`${digest}:${a.source}`), fetchedUrls);
    expect(handed).toEqual([`${DIGEST}:${server.storageUrl}/attestation-bundles/0`]);
    expect(server.storageRequests).toHaveLength(1);
    // Without a shared set each subject's listing fetches it.
    expect(await collect(OTHER)).toHaveLength(1);
    expect(server.storageRequests).toHaveLength(2);
  });

  it('refuses a bundle nested 2 million levels deep, naming the nesting, without overflowing the stack', async () => {
    const deep = Buffer.from(`${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`);
    server.attestations.push({ subjects: [DIGEST], bundle: opaqueBundle(1), delivery: 'bundle_url', serve: snappy(deep) });
    await expect(collect(DIGEST)).rejects.toThrow(/attestation bundle at .* is nested deeper than 128 levels; a Sigstore bundle is a flat JSON document/);
  });

  it('refuses an inline bundle nested deeper than 128 levels', async () => {
    let nested: unknown = {};
    for (let i = 0; i < 200; i++) nested = { n: nested };
    server.faults.push({ path: /attestations/, times: 1, status: 200, body: { attestations: [{ bundle: nested }] } });
    await expect(collect(DIGEST)).rejects.toThrow(/inline attestation 0 nested deeper than 128 levels/);
  });

  it('answers none for a 404 and for an empty list', async () => {
    expect(await collect(DIGEST)).toEqual([]);
    expect(server.requests[0]!.status).toBe(404);
    server.faults.push({ path: /attestations/, times: 1, status: 200, body: { attestations: [] } });
    expect(await collect(DIGEST)).toEqual([]);
  });

  it('fails closed on a server error that outlasts the retries, naming the status', async () => {
    server.attestations.push({ subjects: [DIGEST], bundle: opaqueBundle(1) });
    server.faults.push(serverError(500, Infinity, /attestations/));
    const error = await collect(DIGEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toMatch(new RegExp(`GitHub answered 500 for attestations/${DIGEST}`));
    expect(server.requests.length).toBeGreaterThan(1);
  });

  it.each([
    ['a list that is not a list', { attestations: 'nope' }, /unexpected shape at attestations/],
    ['no attestations key', { items: [] }, /unexpected shape at attestations/],
    ['an attestation with neither bundle nor bundle_url', { attestations: [{ repository_id: 1 }] }, /neither a bundle nor a bundle_url/],
    ['a bundle_url that is not http(s)', { attestations: [{ bundle_url: 'file:///etc/passwd' }] }, /not an http\(s\) URL/]
  ])('refuses a malformed answer: %s', async (_name, body, message) => {
    server.faults.push({ path: /attestations/, times: 1, status: 200, body });
    await expect(collect(DIGEST)).rejects.toThrow(message);
  });

  it.each([
    ['bytes that are not snappy', Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]), /is not snappy-compressed data/],
    ['snappy of text that is not JSON', snappy(Buffer.from('<html>not a bundle</html>')), /is not JSON after decompression/],
    // A decompression bomb: a few KiB that announce (and would inflate to) more than the cap.
    [
      'a bundle larger than the cap once decompressed',
      snappy(Buffer.alloc(MAX_ATTESTATION_BUNDLE_BYTES + 1, 0x20)),
      /is not snappy-compressed data within 4194304 bytes/
    ]
  ])('refuses a bundle_url body: %s', async (_name, serve, message) => {
    server.attestations.push({ subjects: [DIGEST], bundle: opaqueBundle(1), delivery: 'bundle_url', serve });
    if (serve.length > 1000) expect(serve.length).toBeLessThan(MAX_ATTESTATION_BUNDLE_BYTES / 10);
    await expect(collect(DIGEST)).rejects.toThrow(message);
  });

  it('names the cause when the bundle_url host does not answer', async () => {
    server.faults.push({ path: /attestations/, times: 1, status: 200, body: { attestations: [{ bundle_url: 'http://127.0.0.1:9/bundle' }] } });
    await expect(collect(DIGEST)).rejects.toThrow(/attestation bundle could not be downloaded: http:\/\/127\.0\.0\.1:9\/bundle: connection failed/);
  });

  it('refuses a digest that is not sha256:<64 hex> without asking', async () => {
    await expect(collect('sha256:abc')).rejects.toThrow(/sha256:<64 hex>/);
    expect(server.requests).toEqual([]);
  });

  it('without a token, fails naming the missing input', async () => {
    await expect(collect(DIGEST, tokenlessGitHub())).rejects.toThrow(/no GitHub token/);
  });
});
