/**
 * The PyPI client against the loopback PyPI server: the JSON API release with every
 * file's digest and yanked state, and the PEP 691 simple API asked as pip asks it.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, test } from '@jest/globals';
import { HttpClient } from '../../src/clients/http.js';
import { createPypiApi, PypiError, SIMPLE_ACCEPT } from '../../src/clients/pypi.js';
import { sha256Of, standInBytes, startPypiServer, type PypiTestServer } from '../../test-support/pypi-server.js';

const WHEEL = 'sketchlog-1.2.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl';
const SDIST = 'sketchlog-1.2.3.tar.gz';
const OLD_SDIST = 'sketchlog-1.2.2.tar.gz';

let server: PypiTestServer;
const httpClient = () =>
  new HttpClient({
    retries: 1,
    retryBaseMs: 0,
    timeoutMs: 5000,
    userAgent: 'release-gates-test'
  });
const api = () => createPypiApi({ index: server.url, http: httpClient() });

beforeAll(async () => {
  server = await startPypiServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server.projects = {};
  server.faults.length = 0;
  server.requests.length = 0;
  server.simpleHtmlOnly = false;
});

/** A port nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('release (JSON API)', () => {
  test('lists every file with its real sha256, package type and per-file yanked state', async () => {
    const bytes = Buffer.from('the real wheel bytes');
    server.projects.sketchlog = {
      '1.2.3': {
        files: [
          { filename: WHEEL, bytes },
          { filename: SDIST, yanked: 'broken sdist' }
        ]
      }
    };
    const release = await api().release('SketchLog', '1.2.3');
    expect(release).toEqual({
      name: 'sketchlog',
      version: '1.2.3',
      files: [WHEEL, SDIST],
      yanked: false,
      yankedReason: null,
      dists: [
        {
          filename: WHEEL,
          sha256: sha256Of(bytes),
          yanked: false,
          yankedReason: null,
          packagetype: 'bdist_wheel',
          url: `${server.url}/packages/sketchlog/${WHEEL}`
        },
        {
          filename: SDIST,
          sha256: sha256Of(standInBytes(SDIST)),
          yanked: true,
          yankedReason: 'broken sdist',
          packagetype: 'sdist',
          url: `${server.url}/packages/sketchlog/${SDIST}`
        }
      ]
    });
    expect(server.requests.map((r) => r.path)).toEqual(['/pypi/sketchlog/1.2.3/json']);
  });

  test('an unknown version is null; a lagging release is null until the index lists it', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [SDIST], jsonLag: 2 } };
    expect(await api().release('sketchlog', '9.9.9')).toBeNull();
    const client = api();
    expect(await client.release('sketchlog', '1.2.3')).toBeNull();
    expect(await client.release('sketchlog', '1.2.3')).toBeNull();
    expect((await client.release('sketchlog', '1.2.3'))?.files).toEqual([SDIST]);
  });

  test('revalidates a polled document with its ETag: the unchanged answer comes back as a 304', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [SDIST] } };
    const client = api();
    const first = await client.release('sketchlog', '1.2.3', {
      revalidate: true
    });
    const second = await client.release('sketchlog', '1.2.3', {
      revalidate: true
    });
    expect(second).toEqual(first);
    expect(server.requests.map((r) => r.status)).toEqual([200, 304]);
  });

  it.each([
    [
      'a digest that is not hex',
      {
        info: { name: 'sketchlog', version: '1.2.3' },
        urls: [
          {
            filename: SDIST,
            packagetype: 'sdist',
            url: 'x',
            digests: { sha256: 'zz' }
          }
        ]
      },
      'malformed release document (urls.0.digests.sha256: must be 64 hex digits)'
    ],
    [
      'a file without digests',
      {
        info: { name: 'sketchlog', version: '1.2.3' },
        urls: [{ filename: SDIST, packagetype: 'sdist', url: 'x' }]
      },
      'malformed release document (urls.0.digests'
    ],
    ['no urls', { info: { name: 'sketchlog', version: '1.2.3' } }, 'malformed release document (urls:'],
    ['no info', { urls: [] }, 'without info.name and info.version']
  ])('%s fails naming what is wrong', async (_name, body, message) => {
    server.faults.push({
      path: /\/pypi\//,
      times: 1,
      status: 200,
      body: JSON.stringify(body)
    });
    const error = await api()
      .release('sketchlog', '1.2.3')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PypiError);
    expect((error as Error).message).toContain(message);
  });

  test('a body that is not JSON fails naming the URL', async () => {
    server.faults.push({
      path: /\/pypi\//,
      times: 1,
      status: 200,
      body: '{"info": '
    });
    await expect(api().release('sketchlog', '1.2.3')).rejects.toThrow(
      `PyPI answered 200 for sketchlog 1.2.3 with a body that is not JSON (${server.url}/pypi/sketchlog/1.2.3/json)`
    );
  });
});

describe('simpleProject (PEP 691)', () => {
  test("asks with pip's Accept header, anonymously, and reads the JSON form: absolute URLs, sha256, yanked as bool or reason", async () => {
    server.projects.sketchlog = {
      '1.2.2': { files: [{ filename: OLD_SDIST, yanked: 'security issue' }] },
      '1.2.3': { files: [WHEEL, { filename: SDIST, yanked: true }] }
    };
    const page = await api().simpleProject('SketchLog');
    expect(page).toEqual({
      name: 'sketchlog',
      apiVersion: '1.1',
      url: `${server.url}/simple/sketchlog/`,
      files: [
        {
          filename: OLD_SDIST,
          url: `${server.url}/packages/sketchlog/${OLD_SDIST}`,
          sha256: sha256Of(standInBytes(OLD_SDIST)),
          yanked: true,
          yankedReason: 'security issue',
          coreMetadata: null,
          provenance: null,
          requiresPython: '>=3.10'
        },
        {
          filename: WHEEL,
          url: `${server.url}/packages/sketchlog/${WHEEL}`,
          sha256: sha256Of(standInBytes(WHEEL)),
          yanked: false,
          yankedReason: null,
          coreMetadata: null,
          provenance: null,
          requiresPython: '>=3.10'
        },
        {
          filename: SDIST,
          url: `${server.url}/packages/sketchlog/${SDIST}`,
          sha256: sha256Of(standInBytes(SDIST)),
          yanked: true,
          yankedReason: null,
          coreMetadata: null,
          provenance: null,
          requiresPython: '>=3.10'
        }
      ]
    });
    expect(server.requests).toEqual([
      expect.objectContaining({
        path: '/simple/sketchlog/',
        status: 200,
        accept: SIMPLE_ACCEPT,
        authorization: false,
        contentType: 'application/vnd.pypi.simple.v1+json'
      })
    ]);
    expect(SIMPLE_ACCEPT).toBe('application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01');
  });

  test('an unknown project is null; a lagging page leaves the release out until the index lists it; a 304 is the same page', async () => {
    expect(await api().simpleProject('sketchlog')).toBeNull();
    server.projects.sketchlog = { '1.2.3': { files: [SDIST], simpleLag: 1 } };
    const client = api();
    expect((await client.simpleProject('sketchlog', { revalidate: true }))?.files).toEqual([]);
    const listed = await client.simpleProject('sketchlog', {
      revalidate: true
    });
    expect(listed?.files.map((f) => f.filename)).toEqual([SDIST]);
    expect(await client.simpleProject('sketchlog', { revalidate: true })).toEqual(listed);
    expect(server.requests.map((r) => r.status)).toEqual([404, 200, 200, 304]);
  });

  test('an index that answers only HTML fails clearly: the check reads the JSON form', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [SDIST] } };
    server.simpleHtmlOnly = true;
    await expect(api().simpleProject('sketchlog')).rejects.toThrow(
      `the index ${server.url} answers the simple API only as HTML (content type text/html for ${server.url}/simple/sketchlog/), not the PEP 691 JSON form pip asks for first`
    );
  });

  it.each([
    ['api-version 2', { meta: { 'api-version': '2.0' }, name: 'sketchlog', files: [] }, 'speaks api-version 2.0; pip and this check read version 1'],
    ['no meta', { name: 'sketchlog', files: [] }, 'malformed PEP 691 page (meta:'],
    [
      'a yanked field that is a number',
      {
        meta: { 'api-version': '1.0' },
        name: 'sketchlog',
        files: [{ filename: SDIST, url: 'x', hashes: {}, yanked: 1 }]
      },
      'malformed PEP 691 page (files.0.yanked:'
    ],
    [
      'a sha256 that is not hex',
      {
        meta: { 'api-version': '1.0' },
        name: 'sketchlog',
        files: [{ filename: SDIST, url: 'x', hashes: { sha256: 'abc' } }]
      },
      'files.0.hashes.sha256 that is not 64 hex digits'
    ],
    ["another project's page", { meta: { 'api-version': '1.0' }, name: 'other', files: [] }, 'is for project "other", not sketchlog']
  ])('%s fails naming what is wrong', async (_name, body, message) => {
    server.faults.push({
      path: /^\/simple\//,
      times: 1,
      status: 200,
      body: JSON.stringify(body),
      contentType: 'application/vnd.pypi.simple.v1+json'
    });
    await expect(api().simpleProject('sketchlog')).rejects.toThrow(message);
  });

  test('a file without a sha256 is read as null (the check decides)', async () => {
    const body = {
      meta: { 'api-version': '1.0' },
      name: 'sketchlog',
      files: [
        {
          filename: SDIST,
          url: '/packages/sketchlog/x',
          hashes: { md5: 'abc' }
        }
      ]
    };
    server.faults.push({
      path: /^\/simple\//,
      times: 1,
      status: 200,
      body: JSON.stringify(body),
      contentType: 'application/vnd.pypi.simple.v1+json'
    });
    const page = await api().simpleProject('sketchlog');
    expect(page?.files).toEqual([
      {
        filename: SDIST,
        url: `${server.url}/packages/sketchlog/x`,
        sha256: null,
        yanked: false,
        yankedReason: null,
        coreMetadata: null,
        provenance: null,
        requiresPython: null
      }
    ]);
  });

  test('a body that is not JSON under the JSON content type fails', async () => {
    server.faults.push({
      path: /^\/simple\//,
      times: 1,
      status: 200,
      body: '<html>',
      contentType: 'application/vnd.pypi.simple.v1+json'
    });
    await expect(api().simpleProject('sketchlog')).rejects.toThrow('with a application/vnd.pypi.simple.v1+json body that is not JSON');
  });

  test('another content type is named', async () => {
    server.faults.push({
      path: /^\/simple\//,
      times: 1,
      status: 200,
      body: '{}',
      contentType: 'application/json'
    });
    await expect(api().simpleProject('sketchlog')).rejects.toThrow('answered the simple API with content type application/json');
  });

  test('one 503 then a good answer passes; 5xx on every retry fails with the status', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [SDIST] } };
    server.faults.push({ path: /^\/simple\//, times: 1, status: 503 });
    expect((await api().simpleProject('sketchlog'))?.files).toHaveLength(1);
    server.faults.push({ path: /^\/simple\//, times: 5, status: 502 });
    await expect(api().simpleProject('sketchlog')).rejects.toThrow(
      `the simple API could not answer for sketchlog: ${server.url}/simple/sketchlog/ answered 502`
    );
  });

  test('a refused connection is named as such, not as an HTTP status', async () => {
    const port = await closedPort();
    const client = createPypiApi({
      index: `http://127.0.0.1:${port}`,
      http: httpClient()
    });
    const error = (await client.simpleProject('sketchlog').catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(PypiError);
    expect(error.message).toMatch(/connection refused \(ECONNREFUSED\) \(after 2 attempts\)$/);
    expect(error.message).not.toMatch(/answered \d{3}/);
  });
});
