/**
 * The PyPI client against the loopback PyPI server: the JSON API release with every
 * file's digest and yanked state, and the PEP 691 simple API asked as pip asks it.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, test } from '@jest/globals';
import { HttpClient } from '../../src/clients/http.js';
import { createPypiApi, PEP740_PROVENANCE_MEDIA_TYPE, PypiError, SIMPLE_ACCEPT } from '../../src/clients/pypi.js';
import { readPep740Provenance } from '../../src/formats/pep740.js';
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

  test('an unknown project is null; a lagging page leaves the release out until the index lists it; the same page read again is the same', async () => {
    expect(await api().simpleProject('sketchlog')).toBeNull();
    server.projects.sketchlog = { '1.2.3': { files: [SDIST], simpleLag: 1 } };
    const client = api();
    expect((await client.simpleProject('sketchlog'))?.files).toEqual([]);
    const listed = await client.simpleProject('sketchlog');
    expect(listed?.files.map((f) => f.filename)).toEqual([SDIST]);
    expect(await client.simpleProject('sketchlog')).toEqual(listed);
    // Streamed, so never revalidated: a page of tens of MiB is not held to stand for a 304.
    expect(server.requests.map((r) => r.status)).toEqual([404, 200, 200, 200]);
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

  describe('a page is read keeping only the files asked for', () => {
    const good = (filename: string) => ({ filename, url: `https://files.example/${filename}`, hashes: { sha256: 'a'.repeat(64) } });
    const page = JSON.stringify({
      meta: { 'api-version': '1.1' },
      name: 'sketchlog',
      files: [
        // Another release's entries, malformed: irrelevant to 1.2.3, so never validated.
        { filename: 'sketchlog-0.1.0.tar.gz', url: 42, hashes: { sha256: 'not hex' } },
        good('sketchlog-1.2.2.tar.gz'),
        good('sketchlog-1.2.3.tar.gz'),
        { filename: 'sketchlog-1.2.3-py3-none-any.whl', url: 'x.whl', hashes: { sha256: 'b'.repeat(64) } }
      ]
    });
    const fault = (body: string) =>
      server.faults.push({ path: /^\/simple\//, times: 1, status: 200, body, contentType: 'application/vnd.pypi.simple.v1+json' });
    const ofVersion = (filename: string) => filename.startsWith('sketchlog-1.2.3');

    test("only the version's files come back, the others skipped unread", async () => {
      fault(page);
      const read = await api().simpleProject('sketchlog', { files: ofVersion });
      expect(read?.files.map((f) => [f.filename, f.url])).toEqual([
        ['sketchlog-1.2.3.tar.gz', 'https://files.example/sketchlog-1.2.3.tar.gz'],
        ['sketchlog-1.2.3-py3-none-any.whl', `${server.url}/simple/sketchlog/x.whl`]
      ]);
    });

    test('read whole, the same page fails at the malformed entry, named by its place on the page', async () => {
      fault(page);
      await expect(api().simpleProject('sketchlog')).rejects.toThrow(/malformed PEP 691 page \(files\.0\.url/);
    });

    test.each([
      ["an entry without a string filename, which cannot be told to be another version's", { url: 'x', hashes: {} }, /files\.1\.filename/],
      [
        'a kept entry with a bad hash, named by its place on the page',
        { filename: 'sketchlog-1.2.3.zip', url: 'x', hashes: { sha256: 'zz' } },
        /files\.1\.hashes\.sha256/
      ]
    ])('%s fails closed', async (_label, entry, message) => {
      fault(JSON.stringify({ meta: { 'api-version': '1.1' }, name: 'sketchlog', files: [good('sketchlog-0.1.0.tar.gz'), entry] }));
      await expect(api().simpleProject('sketchlog', { files: ofVersion })).rejects.toThrow(message);
    });

    test.each([
      ['no files at all', { meta: { 'api-version': '1.1' }, name: 'sketchlog' }, /files/],
      ['files that is not an array', { meta: { 'api-version': '1.1' }, name: 'sketchlog', files: { a: 1 } }, /files/],
      ['nested past 128 levels', null, /nested deeper than 128 levels/]
    ])('%s fails closed', async (_label, doc, message) => {
      fault(doc === null ? `{"meta":${'['.repeat(200)}${']'.repeat(200)}}` : JSON.stringify(doc));
      await expect(api().simpleProject('sketchlog', { files: ofVersion })).rejects.toThrow(message);
    });
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

describe('provenance (PEP 740 integrity API)', () => {
  /** A real provenance object PyPI served (sigstore 3.6.1's sdist): read as the reader reads it. */
  const REAL = fs.readFileSync(new URL('../../__fixtures__/real/pep740/sigstore-3.6.1.tar.gz.provenance', import.meta.url));
  const provenanceOf = (filename: string) => `${server.url}/integrity/sketchlog/1.2.3/${filename}/provenance`;

  test('provenanceUrl: the normalised project, the version and the file, each path segment encoded', () => {
    expect(api().provenanceUrl('SketchLog', '1.2.3', SDIST)).toBe(provenanceOf(SDIST));
    expect(api().provenanceUrl('Sketch_Log.Core', '1.0+local/x', 'sketch_log_core-1.0+local.tar.gz')).toBe(
      `${server.url}/integrity/sketch-log-core/1.0%2Blocal%2Fx/sketch_log_core-1.0%2Blocal.tar.gz/provenance`
    );
  });

  test('a served provenance object is read, asked anonymously with the integrity media type', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [{ filename: SDIST, provenance: JSON.parse(REAL.toString('utf8')) as object }] } };
    const client = api();
    const provenance = await client.provenance(client.provenanceUrl('SketchLog', '1.2.3', SDIST));
    expect(provenance).toEqual(readPep740Provenance(REAL));
    expect(provenance?.bundles.map((b) => b.publisher)).toEqual([
      { kind: 'GitHub', repository: 'sigstore/sigstore-python', workflow: 'release.yml', environment: null, claims: null }
    ]);
    expect(PEP740_PROVENANCE_MEDIA_TYPE).toBe('application/vnd.pypi.integrity.v1+json');
    expect(server.requests).toEqual([
      {
        method: 'GET',
        path: `/integrity/sketchlog/1.2.3/${SDIST}/provenance`,
        status: 200,
        accept: 'application/vnd.pypi.integrity.v1+json',
        authorization: false,
        contentType: 'application/vnd.pypi.integrity.v1+json'
      }
    ]);
  });

  test('simpleProject gives the absolute provenance URL of a file that has one, null otherwise; that URL reads', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [WHEEL, { filename: SDIST, provenance: JSON.parse(REAL.toString('utf8')) as object }] } };
    const page = await api().simpleProject('sketchlog');
    expect(page?.files.map((f) => [f.filename, f.provenance])).toEqual([
      [WHEEL, null],
      [SDIST, provenanceOf(SDIST)]
    ]);
    expect(await api().provenance(page!.files[1]!.provenance!)).toEqual(readPep740Provenance(REAL));
  });

  test("PyPI's JSON 404 (a file uploaded without attestations) is null", async () => {
    server.projects.sketchlog = { '1.2.3': { files: [SDIST] } };
    expect(await api().provenance(provenanceOf(SDIST))).toBeNull();
    expect(server.requests.map((r) => [r.status, r.contentType])).toEqual([[404, 'application/json']]);
  });

  test('an HTML 404 (a wrong index base, a file the index does not hold) is not "no attestations": it fails naming the URL', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [SDIST] } };
    await expect(api().provenance(provenanceOf('sketchlog-9.9.9.tar.gz'))).rejects.toThrow(
      new PypiError(
        `the index ${server.url} answered 404 for the provenance of sketchlog-9.9.9.tar.gz with content type text/html; charset=utf-8, not the PyPI integrity API's JSON 404 (${provenanceOf('sketchlog-9.9.9.tar.gz')}); check that the index is the index base, e.g. https://pypi.org, and holds the file`
      )
    );
  });

  test('a 500 on every attempt fails naming the file, the URL and the status', async () => {
    server.projects.sketchlog = {
      '1.2.3': { files: [{ filename: SDIST, provenance: { status: 500, body: 'Internal Server Error', contentType: 'text/plain' } }] }
    };
    const error = (await api()
      .provenance(provenanceOf(SDIST))
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(PypiError);
    expect(error.message).toBe(
      `the integrity API could not answer for the provenance of ${SDIST}: ${provenanceOf(SDIST)} answered 500 (Internal Server Error) (after 2 attempts)`
    );
    expect(server.requests.map((r) => r.status)).toEqual([500, 500]);
  });

  test.each([
    ['not JSON', 'Service temporarily unavailable', 'PEP 740 provenance object is not JSON'],
    ['no bundles', '{"version": 1, "attestation_bundles": []}', 'attestation_bundles'],
    [
      'an attestation without its certificate',
      JSON.stringify({
        version: 1,
        attestation_bundles: [{ publisher: { kind: 'GitHub', repository: 'o/r', workflow: 'w.yml' }, attestations: [{ version: 1 }] }]
      }),
      'attestation_bundles.0.attestations.0.verification_material'
    ]
  ])("a 200 that is not a provenance object (%s) fails with the reader's reason and the URL", async (_, body, field) => {
    server.projects.sketchlog = { '1.2.3': { files: [{ filename: SDIST, provenance: { status: 200, body, contentType: PEP740_PROVENANCE_MEDIA_TYPE } }] } };
    const error = (await api()
      .provenance(provenanceOf(SDIST))
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(PypiError);
    expect(error.message).toMatch(new RegExp(`^the integrity API answered 200 for the provenance of ${SDIST.replace(/\./g, '\\.')} with `));
    expect(error.message).toContain(field);
    expect(error.message.endsWith(`(${provenanceOf(SDIST)})`)).toBe(true);
    expect(error.cause).toBeInstanceOf(Error);
  });

  test.each([
    ['http on a non-loopback host', 'http://pypi.example/integrity/sketchlog/1.2.3/sketchlog-1.2.3.tar.gz/provenance'],
    ['another scheme', 'ftp://127.0.0.1/integrity/sketchlog/1.2.3/sketchlog-1.2.3.tar.gz/provenance'],
    ['not a URL', 'integrity/sketchlog/1.2.3/sketchlog-1.2.3.tar.gz/provenance']
  ])('%s is refused before any request', async (_, url) => {
    let asked = 0;
    const http = {
      request: () => {
        asked++;
        return Promise.reject(new Error('must not be asked'));
      }
    } as unknown as HttpClient;
    const error = (await createPypiApi({ index: 'https://pypi.org', http })
      .provenance(url)
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(PypiError);
    expect(error.message).toMatch(/^the provenance URL .* must use https:\/\/ \(http:\/\/ is allowed only on a loopback address\); it was not asked$/);
    expect(asked).toBe(0);
  });

  test('a polled provenance object is revalidated: the unchanged answer is a 304, read the same', async () => {
    server.projects.sketchlog = { '1.2.3': { files: [{ filename: SDIST, provenance: JSON.parse(REAL.toString('utf8')) as object }] } };
    const client = api();
    const first = await client.provenance(provenanceOf(SDIST), { revalidate: true });
    expect(await client.provenance(provenanceOf(SDIST), { revalidate: true })).toEqual(first);
    expect(server.requests.map((r) => r.status)).toEqual([200, 304]);
  });
});
