/**
 * The PyPI test server proven against the real client: Debian's pip downloads a real
 * wheel from its PEP 691 JSON simple API (and from the HTML form), and refuses a file
 * whose sha256 in the index is wrong. The checks' tests rely on the server answering
 * as an index pip accepts.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it, test } from '@jest/globals';
import { removeTempDirs, tempDir } from '../../test-support/git-repo.js';
import { sha256Of, startPypiServer, type PypiTestServer } from '../../test-support/pypi-server.js';
import { writeWheel } from '../../test-support/python-dist.js';

const run = promisify(execFile);

let server: PypiTestServer;
let wheelName: string;
let wheelBytes: Buffer;

beforeAll(async () => {
  server = await startPypiServer();
  const built = tempDir('rg-pip-built-');
  // A pure wheel installs on any interpreter, so pip needs no --platform flags.
  wheelName = await writeWheel(built, {
    version: '1.2.3',
    python: 'py3',
    abi: 'none',
    platform: 'any'
  });
  wheelBytes = readFileSync(path.join(built, wheelName));
});

afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

beforeEach(() => {
  server.requests.length = 0;
  server.simpleHtmlOnly = false;
});

/** `pip download` of sketchlog==version from the test server, as a person would run it. */
async function pipDownload(version: string): Promise<{ code: number; output: string; dest: string }> {
  const dest = tempDir('rg-pip-dest-');
  const args = [
    '-m',
    'pip',
    'download',
    '--no-deps',
    '--no-build-isolation',
    '--only-binary',
    ':all:',
    '--index-url',
    `${server.url}/simple/`,
    '--dest',
    dest,
    `sketchlog==${version}`
  ];
  // Only the test server: no pip settings from the machine (a PIP_FIND_LINKS folder would be a second source).
  const machine = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toUpperCase().startsWith('PIP_')));
  const env = {
    ...machine,
    PIP_NO_CACHE_DIR: '1',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_CONFIG_FILE: '/dev/null',
    PIP_NO_INPUT: '1'
  };
  try {
    const { stdout, stderr } = await run('/usr/bin/python3', args, {
      env,
      timeout: 60_000
    });
    return { code: 0, output: stdout + stderr, dest };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : -1,
      output: `${e.stdout ?? ''}${e.stderr ?? ''}`,
      dest
    };
  }
}

describe('pip against the PyPI test server', () => {
  test('pip downloads the wheel from the PEP 691 JSON simple API, verifying its sha256', async () => {
    server.projects.sketchlog = {
      '1.2.3': { files: [{ filename: wheelName, bytes: wheelBytes }] }
    };
    const { code, output, dest } = await pipDownload('1.2.3');
    expect({ code, output }).toEqual({
      code: 0,
      output: expect.stringContaining('Saved')
    });
    expect(output).not.toContain('Looking in links');
    expect(readdirSync(dest)).toEqual([wheelName]);
    expect(sha256Of(readFileSync(path.join(dest, wheelName)))).toBe(sha256Of(wheelBytes));
    // pip asked for the JSON form first and got it; then it fetched the file the page named.
    const page = server.requests.find((r) => r.path === '/simple/sketchlog/');
    expect(page?.accept).toContain('application/vnd.pypi.simple.v1+json');
    expect(page?.contentType).toBe('application/vnd.pypi.simple.v1+json');
    expect(server.requests.some((r) => r.path === `/packages/sketchlog/${wheelName}` && r.status === 200)).toBe(true);
  });

  test('pip also reads the HTML form of an index without PEP 691', async () => {
    server.projects.sketchlog = {
      '1.2.3': { files: [{ filename: wheelName, bytes: wheelBytes }] }
    };
    server.simpleHtmlOnly = true;
    const { code, dest } = await pipDownload('1.2.3');
    expect(code).toBe(0);
    expect(readdirSync(dest)).toEqual([wheelName]);
    expect(server.requests.find((r) => r.path === '/simple/sketchlog/')?.contentType).toBe('text/html; charset=utf-8');
  });

  test('pip refuses a file whose sha256 in the index is wrong', async () => {
    server.projects.sketchlog = {
      '1.2.3': {
        files: [{ filename: wheelName, bytes: wheelBytes, sha256: 'f'.repeat(64) }]
      }
    };
    const { code, output, dest } = await pipDownload('1.2.3');
    expect(code).not.toBe(0);
    expect(output).toContain('THESE PACKAGES DO NOT MATCH THE HASHES');
    expect(output).toContain('f'.repeat(64));
    expect(output).toContain(sha256Of(wheelBytes));
    expect(readdirSync(dest)).toEqual([]);
  });

  it.each([
    [
      'PEP 691 JSON first',
      'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01',
      'application/vnd.pypi.simple.v1+json'
    ],
    ['PEP 691 HTML preferred', 'application/vnd.pypi.simple.v1+html, application/vnd.pypi.simple.v1+json;q=0.5', 'application/vnd.pypi.simple.v1+html'],
    ['plain HTML only', 'text/html', 'text/html; charset=utf-8'],
    ['any type', '*/*', 'text/html; charset=utf-8']
  ])('negotiates the simple API as Warehouse does: %s', async (_name, accept, contentType) => {
    server.projects.sketchlog = {
      '1.2.3': { files: [{ filename: wheelName, bytes: wheelBytes }] }
    };
    const response = await fetch(`${server.url}/simple/sketchlog/`, {
      headers: { accept }
    });
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('vary')).toBe('Accept');
    const body = await response.text();
    expect(body).toContain(sha256Of(wheelBytes));
  });
});
