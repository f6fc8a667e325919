/**
 * smoke's `pypi-resolves` over the real PyPI client against the loopback PyPI server's
 * PEP 691 simple API (the one pip reads, proven against pip in
 * __tests__/test-support/pypi-server-pip.test.ts): real dist files, real digests, a fake
 * clock for waiting (the server's lag is counted in requests).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, test } from '@jest/globals';
import { pypiResolves } from '../../../src/checks/smoke/pypi-resolves.js';
import { runGate } from '../../../src/engine.js';
import type { CheckOutcome } from '../../../src/gate.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { sha256Of, standInBytes, startPypiServer, type PypiFileSpec, type PypiTestServer } from '../../../test-support/pypi-server.js';
import { FakeClock, onIndex, pypiContext, resetPypiServers, writePypiDist, type BuiltDistFile, type PypiContextOptions } from '../pypi-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';

let index: PypiTestServer;
let rehearsal: PypiTestServer;
let workspace: string;
let built: BuiltDistFile[];

beforeAll(async () => {
  [index, rehearsal] = await Promise.all([startPypiServer(), startPypiServer()]);
  workspace = tempDir('rg-pypi-smoke-');
  built = await writePypiDist(path.join(workspace, 'dist'), '1.2.3');
  fs.mkdirSync(path.join(workspace, 'dist-empty'));
  fs.writeFileSync(path.join(workspace, 'dist-empty', 'SHA256SUMS'), 'x\n');
});

afterAll(async () => {
  await Promise.all([index?.close(), rehearsal?.close()]);
  removeTempDirs();
});

beforeEach(() => resetPypiServers(index, rehearsal));

function ctx(options: Partial<PypiContextOptions> = {}) {
  return pypiContext({
    gate: 'smoke',
    index: index.url,
    workspace,
    ...options
  });
}

/** A check run as the engine runs it (a CheckFailed thrown by a helper becomes the failed summary). */
async function runOne(context: ReturnType<typeof ctx>): Promise<CheckOutcome> {
  const run = await runGate({ id: 'smoke', title: 'test', checks: [pypiResolves] }, context, []);
  return run.checks[0]!;
}

// The dist is written in beforeAll: its files are read when a test runs.
const wheelLinux = () => built[0]!;
const wheelWin = () => built[1]!;
const sdist = () => built[2]!;
const simple = () => `the simple API of pypi.index ${index.url}`;

describe('pypi-resolves (smoke)', () => {
  test('passes when the simple API, asked as pip asks, lists every built file with its sha256, none yanked; other versions do not matter', async () => {
    index.projects.sketchlog = {
      '1.2.2': {
        files: [{ filename: 'sketchlog-1.2.2.tar.gz', yanked: 'old' }]
      },
      '1.2.3': { files: onIndex(built) }
    };
    const clock = new FakeClock();
    const outcome = await runDeclaredCheck(pypiResolves, ctx({ clock, waitMinutes: 5 }));
    expect(outcome.summary).toBe(
      `${simple()} lists all 3 files of SketchLog 1.2.3 (2 wheels and 1 sdist), each with the sha256 of the built file, none yanked: pip can install it`
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.table).toEqual({
      columns: ['file', 'built sha256', 'simple API sha256', 'verdict'],
      rows: built.map((f) => [f.filename, sha256Of(f.bytes), sha256Of(f.bytes), 'ok'])
    });
    expect(outcome.details).toContain(`read ${index.url}/simple/sketchlog/ as pip does (PEP 691 JSON, api-version 1.1), anonymously`);
    expect(clock.slept).toEqual([]);
    // Only the simple API was asked (dist says what to expect), in its JSON form, with no credential.
    expect(index.requests).toEqual([
      expect.objectContaining({
        path: '/simple/sketchlog/',
        status: 200,
        contentType: SIMPLE_JSON,
        authorization: false
      })
    ]);
  });

  test('no credential goes to the index, though the run has a GitHub token and an npm token', async () => {
    index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
    const context = ctx();
    expect(context.settings.token).not.toBe('');
    context.settings.npmToken = 'npm-secret-token';
    await runDeclaredCheck(pypiResolves, context);
    expect(index.requests.every((r) => r.authorization === false)).toBe(true);
  });

  test('a built file the simple API does not list fails once the wait is over, naming it', async () => {
    index.projects.sketchlog = {
      '1.2.3': { files: onIndex([wheelLinux(), sdist()]) }
    };
    const outcome = await runDeclaredCheck(pypiResolves, ctx());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${simple()} does not list every file of SketchLog 1.2.3: last saw 2 of 3 files listed; missing ${wheelWin().filename}; upload what is missing, or set wait-minutes to wait for the index to list it`
    );
    expect(outcome.table?.rows).toContainEqual([wheelWin().filename, sha256Of(wheelWin().bytes), '-', 'not on the index']);
  });

  const extra = 'sketchlog-1.2.3-py3-none-any.whl';
  it.each<[string, () => { files: PypiFileSpec[]; message: string; row: string[] }]>([
    [
      'a file of the version that was not built',
      () => ({
        files: [...onIndex(built), { filename: extra }],
        message: `lists ${extra}, which was not built`,
        row: [extra, '-', sha256Of(standInBytes(extra)), 'not built']
      })
    ],
    [
      'a wrong digest',
      () => ({
        files: onIndex(built, {
          [wheelWin().filename]: { sha256: 'e'.repeat(64) }
        }),
        message: `lists ${wheelWin().filename} with sha256 ${'e'.repeat(64)}, but the built file's is ${sha256Of(wheelWin().bytes)}`,
        row: [wheelWin().filename, sha256Of(wheelWin().bytes), 'e'.repeat(64), 'sha256 differs']
      })
    ],
    [
      'a yanked file',
      () => ({
        files: onIndex(built, { [sdist().filename]: { yanked: true } }),
        message: `lists ${sdist().filename} as yanked; un-yank it on the index (pip skips yanked files)`,
        row: [sdist().filename, sha256Of(sdist().bytes), sha256Of(sdist().bytes), 'yanked']
      })
    ]
  ])('%s fails at once, without waiting', async (_name, arrange) => {
    const { files, message, row } = arrange();
    index.projects.sketchlog = { '1.2.3': { files } };
    const clock = new FakeClock();
    const outcome = await runDeclaredCheck(pypiResolves, ctx({ clock, waitMinutes: 10 }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`${simple()} ${message}`);
    expect(outcome.table?.rows).toContainEqual(row);
    expect(clock.slept).toEqual([]);
    expect(index.requests).toHaveLength(1);
  });

  test('a file listed without a sha256 fails at once: pip could not verify it', async () => {
    const page = {
      meta: { 'api-version': '1.0' },
      name: 'sketchlog',
      files: built.map((f, i) => ({
        filename: f.filename,
        url: `/packages/sketchlog/${f.filename}`,
        hashes: i === 0 ? {} : { sha256: sha256Of(f.bytes) }
      }))
    };
    index.faults.push({
      path: /^\/simple\//,
      times: 1,
      status: 200,
      body: JSON.stringify(page),
      contentType: SIMPLE_JSON
    });
    const clock = new FakeClock();
    const outcome = await runDeclaredCheck(pypiResolves, ctx({ clock, waitMinutes: 5 }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${simple()} lists ${wheelLinux().filename} without a sha256, so pip cannot verify what it downloads; use an index that publishes sha256 hashes`
    );
    expect(clock.slept).toEqual([]);
  });

  describe('without built files, the JSON API says what to expect', () => {
    it.each([
      ['dist is missing', 'no-such-dist'],
      ['dist holds no file of the release', 'dist-empty']
    ])('%s: the files and digests the JSON API lists', async (_name, dist) => {
      index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      const outcome = await runDeclaredCheck(pypiResolves, ctx({ distDir: path.join(workspace, dist) }));
      expect(outcome.summary).toBe(
        `${simple()} lists all 3 files of SketchLog 1.2.3 (2 wheels and 1 sdist), each with the JSON API's sha256, none yanked: pip can install it`
      );
      expect(outcome.status).toBe('pass');
      expect(outcome.table?.columns).toEqual(['file', 'JSON API sha256', 'simple API sha256', 'verdict']);
      expect(index.requests.map((r) => r.path)).toEqual(['/pypi/sketchlog/1.2.3/json', '/simple/sketchlog/']);
    });

    test('a yanked file still fails', async () => {
      index.projects.sketchlog = {
        '1.2.3': {
          files: onIndex(built, { [sdist().filename]: { yanked: 'bad' } })
        }
      };
      const outcome = await runDeclaredCheck(pypiResolves, ctx({ distDir: path.join(workspace, 'no-such-dist') }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain(`${simple()} lists ${sdist().filename} as yanked ("bad")`);
    });

    test('waits while the JSON API has no release yet, then passes', async () => {
      index.projects.sketchlog = {
        '1.2.3': { jsonLag: 1, files: onIndex(built) }
      };
      const clock = new FakeClock();
      const context = ctx({
        clock,
        waitMinutes: 5,
        distDir: path.join(workspace, 'no-such-dist')
      });
      const outcome = await runDeclaredCheck(pypiResolves, context);
      expect(outcome.status).toBe('pass');
      expect(clock.slept).toEqual([1000]);
      expect(context.logged[0]).toBe(
        `pypi-resolves: SketchLog 1.2.3 on ${index.url}/simple/: the JSON API has no release 1.2.3 yet (404); waiting up to 5.0 min`
      );
    });
  });

  describe('rehearsal tags', () => {
    test('are checked against pypi.rehearsal-index, never pypi.index', async () => {
      rehearsal.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      const outcome = await runDeclaredCheck(pypiResolves, ctx({ tag: 'test-v1.2.3', rehearsalIndex: rehearsal.url }));
      expect(outcome.summary).toContain(`the simple API of pypi.rehearsal-index ${rehearsal.url} lists all 3 files of SketchLog 1.2.3`);
      expect(outcome.status).toBe('pass');
      expect(index.requests).toEqual([]);
      expect(rehearsal.requests.map((r) => r.path)).toEqual(['/simple/sketchlog/']);
    });

    test('fail without pypi.rehearsal-index, saying how to fix it', async () => {
      const outcome = await runOne(ctx({ tag: 'test-v1.2.3' }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain('add it to the pypi section (e.g. "rehearsal-index: https://test.pypi.org")');
      expect(index.requests).toEqual([]);
    });
  });

  describe('waiting', () => {
    test('waits while the CDN lags, one progress line per change, then passes; the page is streamed on every look (never held to revalidate)', async () => {
      index.projects.sketchlog = {
        '1.2.2': { files: ['sketchlog-1.2.2.tar.gz'] },
        '1.2.3': {
          simpleLag: 2,
          files: onIndex(built, { [sdist().filename]: { lag: 4 } })
        }
      };
      const clock = new FakeClock();
      const context = ctx({ clock, waitMinutes: 2 });
      const outcome = await runDeclaredCheck(pypiResolves, context);
      expect(outcome.status).toBe('pass');
      // Looks 1–2: only 1.2.2 is listed; looks 3–4: the two wheels; look 5: all three.
      expect(clock.slept).toEqual([1000, 1000, 1000, 1000]);
      const what = `pypi-resolves: SketchLog 1.2.3 on ${index.url}/simple/`;
      expect(context.logged).toEqual([
        `${what}: 0 of 3 files listed; missing ${wheelLinux().filename}, ${wheelWin().filename} and 1 more; waiting up to 2.0 min`,
        `${what}: 2 of 3 files listed; missing ${sdist().filename}; waiting up to 118.0 s`,
        `${what}: ready after 4.0 s (5 looks)`
      ]);
      expect(index.requests.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(outcome.details).toContain('waited 4.0 s over 5 looks');
    });

    test('runs out of time saying what it last saw', async () => {
      const clock = new FakeClock();
      const context = ctx({ clock, waitMinutes: 1 });
      const outcome = await runDeclaredCheck(pypiResolves, context);
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        `${simple()} does not list SketchLog: last saw the simple API has no page for SketchLog yet (404) after waiting 60.0 s (wait-minutes 1); upload what is missing, or raise wait-minutes for the index to list it`
      );
      expect(context.logged.at(-1)).toMatch(/giving up$/);
    });
  });

  describe('fails closed', () => {
    test('one 503, then a good answer, passes', async () => {
      index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      index.faults.push({ path: /^\/simple\//, times: 1, status: 503 });
      const outcome = await runDeclaredCheck(pypiResolves, ctx());
      expect(outcome.status).toBe('pass');
      expect(index.requests.map((r) => r.status)).toEqual([503, 200]);
    });

    it.each<[string, () => void, RegExp]>([
      [
        '5xx on every retry',
        () => index.faults.push({ path: /^\/simple\//, times: 100, status: 502 }),
        /^cannot verify that pip resolves SketchLog 1\.2\.3 from pypi\.index http:\/\/127\.0\.0\.1:\d+: the simple API could not answer for sketchlog: http:\/\/127\.0\.0\.1:\d+\/simple\/sketchlog\/ answered 502 .*\(after 2 attempts\)$/
      ],
      [
        'garbage JSON',
        () =>
          index.faults.push({
            path: /^\/simple\//,
            times: 100,
            status: 200,
            body: '{"meta": ',
            contentType: SIMPLE_JSON
          }),
        /: the simple API answered 200 for sketchlog with a application\/vnd\.pypi\.simple\.v1\+json body that is not JSON/
      ],
      [
        'an index that serves only the HTML simple API',
        () => {
          index.simpleHtmlOnly = true;
        },
        /: the index http:\/\/127\.0\.0\.1:\d+ answers the simple API only as HTML \(content type text\/html for http:\/\/127\.0\.0\.1:\d+\/simple\/sketchlog\/\), not the PEP 691 JSON form pip asks for first; use an index that serves application\/vnd\.pypi\.simple\.v1\+json/
      ]
    ])('%s fails naming the cause', async (_name, arrange, summary) => {
      index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      arrange();
      const clock = new FakeClock();
      const outcome = await runDeclaredCheck(pypiResolves, ctx({ clock, waitMinutes: 5 }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(summary);
      expect(clock.slept).toEqual([]);
    });

    test('a refused connection is named as such', async () => {
      const s = http.createServer();
      await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
      const port = (s.address() as AddressInfo).port;
      await new Promise((r) => s.close(r));
      const outcome = await runDeclaredCheck(pypiResolves, ctx({ index: `http://127.0.0.1:${port}` }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(/: connection refused \(ECONNREFUSED\) \(after 2 attempts\)$/);
    });

    test('a dist that is not a folder fails instead of falling back', async () => {
      const outcome = await runOne(ctx({ distDir: path.join(workspace, 'dist', 'SHA256SUMS') }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain('is not a folder');
    });
  });
});
