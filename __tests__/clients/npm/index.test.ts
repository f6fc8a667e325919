/**
 * The npm client's version lookups and tarball downloads against a real Verdaccio behind the
 * test proxy; the proxy's packuments and tarballs are proven once against the real npm CLI.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createClients } from '../../../src/clients/index.js';
import { HttpClient } from '../../../src/clients/http.js';
import { createNpmApi, INSTALL_ACCEPT, NpmError, type NpmApi } from '../../../src/clients/npm/index.js';
import { npmPackFileName } from '../../../src/checks/shared/npm.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { npmPack, packTarball, runNpm, startNpmRegistry, type NpmTestRegistry } from '../../../test-support/npm-registry.js';
import { testSettings } from '../../helpers/context.js';
import { closedPort } from '../../checks/npm-context.js';

let registry: NpmTestRegistry;
let token: string;
let published: Buffer;
const SHA = 'e'.repeat(40);

const http = () => new HttpClient({ retries: 1, retryBaseMs: 0, timeoutMs: 5000, userAgent: 'test' });
const api = (withToken = true): NpmApi => createNpmApi({ registry: registry.url, token: withToken ? token : '', http: http() });
const sri = (bytes: Buffer) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

beforeAll(async () => {
  registry = await startNpmRegistry();
  token = await registry.addUser('balavignesh', 'publisher-password-1');
  published = await registry.publish('@sketchlog/client', '1.2.3', token, { gitHead: SHA });
  await registry.publish('@sketchlog/client', '1.2.4', token);
});

afterAll(async () => {
  await registry?.close();
  removeTempDirs();
});

describe('publishedVersion (per-version document, else the full packument)', () => {
  const manifest = () => ({
    version: '1.2.3',
    dist: {
      tarball: `${registry.url}/@sketchlog/client/-/client-1.2.3.tgz`,
      integrity: sri(published),
      shasum: createHash('sha1').update(published).digest('hex'),
      signatures: [],
      attestations: null
    },
    gitHead: SHA
  });
  const timeLike = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

  test('two checks asking for one version at once (npm and npm-provenance in one poll round) share one request; a later ask is its own', async () => {
    const shared = api();
    const before = registry.requests.length;
    const [a, b] = await Promise.all([shared.publishedVersion('@sketchlog/client', '1.2.3'), shared.publishedVersion('@sketchlog/client', '1.2.3')]);
    expect(a).toEqual(b);
    expect(registry.requests.slice(before).map((r) => r.path)).toEqual(['/@sketchlog%2fclient/1.2.3']);
    // Nothing is remembered once the answer is in: the next round asks again.
    await shared.publishedVersion('@sketchlog/client', '1.2.3');
    // Another version, or the abbreviated document, is another request even while one is in flight.
    await Promise.all([shared.publishedVersion('@sketchlog/client', '1.2.4'), shared.installVersion('@sketchlog/client', '1.2.4')]);
    const later = registry.requests.slice(before).map((r) => r.path);
    expect(later.slice(0, 2)).toEqual(['/@sketchlog%2fclient/1.2.3', '/@sketchlog%2fclient/1.2.3']);
    expect(later.slice(2).sort()).toEqual(['/@sketchlog%2fclient', '/@sketchlog%2fclient/1.2.4']);
  });

  test("reads the version's dist and gitHead from the per-version document alone, with the tarball on the registry's own host", async () => {
    const before = registry.requests.length;
    const found = await api().publishedVersion('@sketchlog/client', '1.2.3');
    // The per-version document has no time, and lists only itself.
    expect(found).toEqual({ manifest: { ...manifest(), publishedAt: null }, versions: ['1.2.3'], latest: null });
    expect(registry.requests.slice(before).map((r) => `${r.path} ${r.status}`)).toEqual(['/@sketchlog%2fclient/1.2.3 200']);
    expect(registry.requests.at(-1)?.headers.accept).toBe('application/json');
  });

  test('a registry without the per-version route (404) is read from the packument, streamed, with the publish time', async () => {
    registry.perVersionRoute = false;
    try {
      const before = registry.requests.length;
      const found = await api().publishedVersion('@sketchlog/client', '1.2.3');
      // Verdaccio's time[version]: when the test published it.
      expect(found?.manifest).toEqual({ ...manifest(), publishedAt: expect.stringMatching(timeLike) });
      expect(found?.versions.sort()).toEqual(['1.2.3', '1.2.4']);
      expect(found?.latest).toBe('1.2.4');
      expect(registry.requests.slice(before).map((r) => `${r.path} ${r.status}`)).toEqual(['/@sketchlog%2fclient/1.2.3 404', '/@sketchlog%2fclient 200']);
    } finally {
      registry.perVersionRoute = true;
    }
  });

  test('publishTime reads time[version] from the packument; null for a package the registry does not have', async () => {
    expect(await api().publishTime('@sketchlog/client', '1.2.3')).toMatch(timeLike);
    expect(registry.requests.at(-1)?.path).toBe('/@sketchlog%2fclient');
    expect(await api().publishTime('@sketchlog/never', '1.0.0')).toBeNull();
  });

  test('a version not listed reads as no entry, with what is listed; an unknown package as null', async () => {
    const found = await api().publishedVersion('@sketchlog/client', '9.9.9');
    expect(found).toEqual({ manifest: null, versions: expect.arrayContaining(['1.2.3', '1.2.4']), latest: '1.2.4' });
    expect(await api().publishedVersion('@sketchlog/never', '1.0.0')).toBeNull();
  });

  test('asking again revalidates with the ETag: the registry answers 304 and the answer is the same', async () => {
    const client = api();
    const first = await client.publishedVersion('@sketchlog/client', '1.2.4');
    const before = registry.requests.length;
    const second = await client.publishedVersion('@sketchlog/client', '1.2.4');
    expect(second).toEqual(first);
    const again = registry.requests.slice(before);
    expect(again.map((r) => r.status)).toEqual([304]);
    expect(again[0]!.headers['if-none-match']).toMatch(/^"[0-9a-f]{40}"$/);
  });

  test.each([
    [
      'an HTML page',
      { status: 200, body: '<html><body>Gateway</body></html>', contentType: 'text/html' },
      /answered the full packument of @sketchlog\/html with a body that is not JSON/
    ],
    ['JSON of another package', { status: 200, body: { name: 'left-pad', versions: {} } }, /naming "left-pad", not a packument of @sketchlog\/html/],
    [
      'a version entry without dist',
      { status: 200, body: { name: '@sketchlog/html', versions: { '1.0.0': { version: '1.0.0' } } } },
      /unexpected shape at versions\.1\.0\.0\.dist/
    ],
    [
      'an entry for another version',
      { status: 200, body: { name: '@sketchlog/html', versions: { '1.0.0': { version: '2.0.0', dist: { tarball: 'https://x/y.tgz' } } } } },
      /says version "2\.0\.0"/
    ]
  ])('%s fails closed, naming the cause', async (_label, canned, message) => {
    registry.answers['/@sketchlog%2fhtml'] = canned;
    try {
      await expect(api().publishedVersion('@sketchlog/html', '1.0.0')).rejects.toThrow(message);
    } finally {
      delete registry.answers['/@sketchlog%2fhtml'];
    }
  });

  test('a refused connection is named as such, not as an HTTP status', async () => {
    const closed = createNpmApi({ registry: `http://127.0.0.1:${await closedPort()}`, token, http: http() });
    const error = await closed.publishedVersion('@sketchlog/client', '1.2.3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NpmError);
    expect((error as Error).message).toMatch(/could not answer the document of @sketchlog\/client@1\.2\.3: .*connection refused \(ECONNREFUSED\)/);
    expect((error as Error).message).not.toContain(token);
  });
});

describe('installVersion (abbreviated packument)', () => {
  test("asks as npm's installer does and gets the abbreviated document, without gitHead", async () => {
    const found = await api(false).installVersion('@sketchlog/client', '1.2.3');
    const asked = registry.requests.at(-1)!;
    expect(asked.headers.accept).toBe(INSTALL_ACCEPT);
    expect(asked.headers.authorization).toBeUndefined();
    expect(found?.manifest?.dist.integrity).toBe(sri(published));
    expect(found?.manifest?.gitHead).toBeNull();
    // The abbreviated document has no `time`, so no publish time either.
    expect(found?.manifest?.publishedAt).toBeNull();
  });
});

describe('tarball', () => {
  test("streams and hashes the tarball; the token goes along on the registry's own host", async () => {
    const before = registry.requests.length;
    const digest = await api().tarball(`${registry.url}/@sketchlog%2fclient/-/client-1.2.3.tgz`);
    expect(digest).toMatchObject({ size: published.length, sha512: createHash('sha512').update(published).digest('base64') });
    expect(`sha512-${digest!.sha512}`).toBe(sri(published));
    expect(registry.requests.slice(before).map((r) => r.authorization)).toEqual([`Bearer ${token}`]);
  });

  test('a tarball on another host is fetched without any credential', async () => {
    const before = registry.mirror.requests.length;
    const digest = await api().tarball(`${registry.mirror.url}/@sketchlog%2fclient/-/client-1.2.3.tgz`);
    expect(digest?.sha512).toBe(createHash('sha512').update(published).digest('base64'));
    const seen = registry.mirror.requests.slice(before);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(seen[0]!.headers)).not.toContain(token);
  });

  test('a tarball the registry redirects to another host is followed there without the credential', async () => {
    const own = '/@sketchlog%2fclient/-/client-1.2.3.tgz';
    registry.redirects[own] = `${registry.mirror.url}/@sketchlog/client/-/client-1.2.3.tgz`;
    const before = { registry: registry.requests.length, mirror: registry.mirror.requests.length };
    try {
      const digest = await api().tarball(`${registry.url}${own}`);
      expect(digest?.sha512).toBe(createHash('sha512').update(published).digest('base64'));
      expect(digest?.url).toBe(`${registry.mirror.url}/@sketchlog/client/-/client-1.2.3.tgz`);
    } finally {
      delete registry.redirects[own];
    }
    expect(registry.requests.slice(before.registry).map((r) => [r.status, r.authorization])).toEqual([[302, `Bearer ${token}`]]);
    const mirrored = registry.mirror.requests.slice(before.mirror);
    expect(mirrored).toHaveLength(1);
    expect(JSON.stringify(mirrored[0]!.headers)).not.toContain(token);
  });

  test('a tarball URL that is plain http off loopback is not fetched', async () => {
    await expect(api().tarball('http://registry.example.com/x/-/x-1.0.0.tgz')).rejects.toThrow(
      'the packument names the tarball http://registry.example.com/x/-/x-1.0.0.tgz; only https is fetched (plain http only on a loopback address, and only when npm.registry is on loopback too)'
    );
  });

  test('a registry off loopback cannot send the runner to http://localhost: the tarball is refused before any request', async () => {
    const remote = createNpmApi({
      registry: 'https://registry.example.com',
      token: '',
      http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 1000, userAgent: 't' })
    });
    const before = registry.requests.length;
    await expect(remote.tarball(`${registry.url}/@sketchlog%2fclient/-/client-1.2.3.tgz`)).rejects.toThrow(
      /^the packument names the tarball http:\/\/127\.0\.0\.1:\d+\/\S+; only https is fetched \(plain http only on a loopback address, and only when npm\.registry is on loopback too\)$/
    );
    expect(registry.requests.length).toBe(before);
  });

  test('a tarball not served (404) is null: not there yet', async () => {
    expect(await api().tarball(`${registry.url}/@sketchlog%2fclient/-/client-7.7.7.tgz`)).toBeNull();
  });

  test('a tarball larger than the bound fails, naming the bound', async () => {
    const small = createNpmApi({ registry: registry.url, token: '', http: http(), tarballMaxBytes: 64 });
    await expect(small.tarball(`${registry.url}/@sketchlog%2fclient/-/client-1.2.3.tgz`)).rejects.toThrow(
      /could not download the tarball http:\/\/127\.0\.0\.1:\d+\/@sketchlog%2fclient\/-\/client-1\.2\.3\.tgz: .*larger than the 64 (bytes )?allowed/
    );
  });

  test('a tarball that keeps failing with 5xx fails with the status after the retries', async () => {
    registry.faults.push({ path: /\/-\/client-1\.2\.4\.tgz$/, times: 2, status: 500 });
    await expect(api().tarball(`${registry.url}/@sketchlog%2fclient/-/client-1.2.4.tgz`)).rejects.toThrow(/answered 500 .*\(after 2 attempts\)/);
  });
});

describe('clients.npm', () => {
  test('an anonymous client holds no credential: no header reaches the registry even with npm-token set', async () => {
    const settings = testSettings(tempDir('rg-npm-ws-'), { npmToken: token });
    const clients = createClients(settings);
    const anonymous = clients.npm(registry.url, { anonymous: true });
    expect(anonymous.hasToken).toBe(false);
    expect(clients.npm(registry.url).hasToken).toBe(true);
    const before = registry.requests.length;
    const found = await anonymous.installVersion('@sketchlog/client', '1.2.3');
    expect(await anonymous.tarball(found!.manifest!.dist.tarball)).not.toBeNull();
    const sent = registry.requests.slice(before);
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(request.headers.authorization).toBeUndefined();
      expect(JSON.stringify(request.headers)).not.toContain(token);
    }
  });
});

describe('the test registry against the real npm CLI', () => {
  test('npm pack names and hashes a tarball as the checks expect, and npm itself installs what the registry serves', async () => {
    const work = tempDir('rg-npm-pack-');
    const pkg = path.join(work, 'pkg');
    fs.mkdirSync(pkg);
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: '@sketchlog/react', version: '2.0.0', main: 'index.js' }));
    fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = 2;\n');
    const packed = await npmPack(pkg, work);
    expect(packed.file).toBe(npmPackFileName('@sketchlog/react', '2.0.0'));
    expect(packed.integrity).toBe(sri(packed.tarball));
    await registry.publish('@sketchlog/react', '2.0.0', token, { tarball: packed.tarball, gitHead: SHA });

    // npm fetches the abbreviated packument and the tarball from the proxy, anonymously, and checks the integrity.
    const fetched = path.join(work, 'fetched');
    fs.mkdirSync(fetched);
    const before = registry.requests.length;
    const out = await runNpm(['pack', '@sketchlog/react@2.0.0', '--json', '--registry', `${registry.url}/`, '--pack-destination', fetched], work);
    const [result] = JSON.parse(out) as Array<{ integrity: string; filename: string }>;
    expect(result?.integrity).toBe(packed.integrity);
    expect(fs.readFileSync(path.join(fetched, result!.filename))).toEqual(packed.tarball);
    const asked = registry.requests.slice(before);
    expect(asked.find((r) => r.path === '/@sketchlog%2freact')?.headers.accept).toContain('application/vnd.npm.install-v1+json');
    expect(asked.some((r) => r.path.endsWith('/-/react-2.0.0.tgz') && r.status === 200)).toBe(true);
  });

  test('the tar-stream tarball the registry publishes by default is a package npm can read', async () => {
    const bytes = await packTarball('@sketchlog/wasm', '0.1.0');
    await registry.publish('@sketchlog/wasm', '0.1.0', token, { tarball: bytes });
    const work = tempDir('rg-npm-view-');
    const out = await runNpm(['view', '@sketchlog/wasm@0.1.0', 'dist.integrity', '--registry', `${registry.url}/`], work);
    expect(out.trim()).toBe(sri(bytes));
  });
});
