/**
 * publication's `pypi` check over the real PyPI client against the loopback PyPI
 * server: real wheels and sdist in dist, real sha256 digests on the index, a fake clock
 * for waiting (the server's lag is counted in requests).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, test } from '@jest/globals';
import { pypi } from '../../../src/checks/publication/pypi.js';
import { runGate } from '../../../src/engine.js';
import type { CheckOutcome } from '../../../src/gate.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { sha256Of, startPypiServer, type PypiFileSpec, type PypiTestServer } from '../../../test-support/pypi-server.js';
import { FakeClock, onIndex, pypiContext, resetPypiServers, writePypiDist, type BuiltDistFile, type PypiContextOptions } from '../pypi-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

let index: PypiTestServer;
let rehearsal: PypiTestServer;
let workspace: string;
let built: BuiltDistFile[];
let builtRc: BuiltDistFile[];

beforeAll(async () => {
  [index, rehearsal] = await Promise.all([startPypiServer(), startPypiServer()]);
  workspace = tempDir('rg-pypi-pub-');
  built = await writePypiDist(path.join(workspace, 'dist'), '1.2.3');
  builtRc = await writePypiDist(path.join(workspace, 'dist-rc'), '1.3.0rc1');
});

afterAll(async () => {
  await Promise.all([index?.close(), rehearsal?.close()]);
  removeTempDirs();
});

beforeEach(() => resetPypiServers(index, rehearsal));

function ctx(options: Partial<PypiContextOptions> = {}) {
  return pypiContext({
    gate: 'publication',
    index: index.url,
    workspace,
    ...options
  });
}

// The dist is written in beforeAll: its files are read when a test runs.
const wheelLinux = () => built[0]!;
const wheelWin = () => built[1]!;
const sdist = () => built[2]!;

describe('pypi (publication)', () => {
  test('passes when the JSON API lists exactly the built wheels and sdist with the same sha256, none yanked', async () => {
    index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
    const clock = new FakeClock();
    const outcome = await runDeclaredCheck(pypi, ctx({ clock, waitMinutes: 5 }));
    expect(outcome.summary).toBe(
      `pypi.index ${index.url} lists SketchLog 1.2.3 with exactly the 3 built files (2 wheels and 1 sdist): same names, same sha256, none yanked`
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.table).toEqual({
      columns: ['file', 'built sha256', 'index sha256', 'verdict'],
      rows: built.map((f) => [f.filename, sha256Of(f.bytes), sha256Of(f.bytes), 'ok'])
    });
    expect(clock.slept).toEqual([]);
    expect(index.requests.map((r) => r.path)).toEqual(['/pypi/sketchlog/1.2.3/json']);
  });

  test('a prerelease is asked for in its PEP 440 spelling', async () => {
    index.projects.sketchlog = { '1.3.0rc1': { files: onIndex(builtRc) } };
    const outcome = await runDeclaredCheck(pypi, ctx({ tag: 'v1.3.0-rc.1', distDir: path.join(workspace, 'dist-rc') }));
    expect(outcome.status).toBe('pass');
    expect(index.requests.map((r) => r.path)).toEqual(['/pypi/sketchlog/1.3.0rc1/json']);
  });

  test('a built file missing from the index fails once the wait is over, naming it', async () => {
    index.projects.sketchlog = {
      '1.2.3': { files: onIndex([wheelLinux(), sdist()]) }
    };
    const outcome = await runDeclaredCheck(pypi, ctx());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `pypi.index ${index.url} does not list every built file of SketchLog 1.2.3: last saw 2 of 3 files listed; missing ${wheelWin().filename}; upload what is missing, or set wait-minutes to wait for the index to list it`
    );
    expect(outcome.table?.rows).toContainEqual([wheelWin().filename, sha256Of(wheelWin().bytes), '-', 'not on the index']);
  });

  const extra = 'sketchlog-1.2.3-cp312-cp312-macosx_11_0_arm64.whl';
  it.each<[string, () => { files: PypiFileSpec[]; message: string; row: string[] }]>([
    [
      'a file on the index that was not built',
      () => ({
        files: [...onIndex(built), { filename: extra }],
        message: `lists ${extra}, which was not built`,
        row: [extra, '-', sha256Of(Buffer.from(`stand-in content of ${extra}\n`)), 'not built']
      })
    ],
    [
      'a wrong digest',
      () => ({
        files: onIndex(built, {
          [sdist().filename]: { bytes: Buffer.from('other bytes') }
        }),
        message: `lists ${sdist().filename} with sha256 ${sha256Of(Buffer.from('other bytes'))}, but the built file's is ${sha256Of(sdist().bytes)}`,
        row: [sdist().filename, sha256Of(sdist().bytes), sha256Of(Buffer.from('other bytes')), 'sha256 differs']
      })
    ],
    [
      'a yanked file',
      () => ({
        files: onIndex(built, {
          [wheelLinux().filename]: { yanked: 'broken build' }
        }),
        message: `lists ${wheelLinux().filename} as yanked ("broken build"); un-yank it`,
        row: [wheelLinux().filename, sha256Of(wheelLinux().bytes), sha256Of(wheelLinux().bytes), 'yanked ("broken build")']
      })
    ]
  ])('%s fails at once, without waiting', async (_name, arrange) => {
    const { files, message, row } = arrange();
    index.projects.sketchlog = { '1.2.3': { files } };
    const clock = new FakeClock();
    const outcome = await runDeclaredCheck(pypi, ctx({ clock, waitMinutes: 10 }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`pypi.index ${index.url} ${message}`);
    expect(outcome.table?.rows).toContainEqual(row);
    expect(clock.slept).toEqual([]);
    expect(index.requests).toHaveLength(1);
  });

  test('several final problems: the first in the summary, the count of the rest', async () => {
    index.projects.sketchlog = {
      '1.2.3': {
        files: [...onIndex(built, { [sdist().filename]: { yanked: true } }), { filename: extra }]
      }
    };
    const outcome = await runDeclaredCheck(pypi, ctx());
    expect(outcome.summary).toMatch(/ \(and 1 more problem, see the table\)$/);
  });

  describe('rehearsal tags', () => {
    test('are checked against pypi.rehearsal-index, never pypi.index', async () => {
      rehearsal.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      const outcome = await runDeclaredCheck(pypi, ctx({ tag: 'test-v1.2.3', rehearsalIndex: rehearsal.url }));
      expect(outcome.summary).toContain(`pypi.rehearsal-index ${rehearsal.url} lists SketchLog 1.2.3 with exactly the 3 built files`);
      expect(outcome.status).toBe('pass');
      expect(index.requests).toEqual([]);
    });

    test('fail without pypi.rehearsal-index, saying how to fix it', async () => {
      index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      const outcome = await runOne(ctx({ tag: 'test-v1.2.3' }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain('rehearsal tag: rehearsals publish to pypi.rehearsal-index, which the config does not set; add it to the pypi section');
      expect(index.requests).toEqual([]);
    });
  });

  describe('waiting', () => {
    test('waits while the index lags, one progress line per change, then passes; unchanged answers are revalidated (304)', async () => {
      index.projects.sketchlog = {
        '1.2.3': {
          jsonLag: 2,
          files: onIndex(built, { [wheelWin().filename]: { lag: 5 } })
        }
      };
      const clock = new FakeClock();
      const context = ctx({ clock, waitMinutes: 5 });
      const outcome = await runDeclaredCheck(pypi, context);
      expect(outcome.status).toBe('pass');
      // Looks 1–2: 404; looks 3–5: two of three files; look 6: all three.
      expect(clock.slept).toEqual([1000, 1000, 1000, 1000, 1000]);
      const what = `pypi: SketchLog 1.2.3 on ${index.url}`;
      expect(context.logged).toEqual([
        `${what}: no release 1.2.3 yet (JSON API 404); waiting up to 5.0 min`,
        `${what}: 2 of 3 files listed; missing ${wheelWin().filename}; waiting up to 5.0 min`,
        `${what}: ready after 5.0 s (6 looks)`
      ]);
      expect(outcome.details).toContain('waited 5.0 s over 6 looks');
      expect(index.requests.map((r) => r.status)).toEqual([404, 404, 200, 304, 304, 200]);
    });

    test('runs out of time saying what it last saw', async () => {
      index.projects.sketchlog = {
        '1.2.3': { jsonLag: 1_000_000, files: onIndex(built) }
      };
      const clock = new FakeClock();
      const context = ctx({ clock, waitMinutes: 1 });
      const outcome = await runDeclaredCheck(pypi, context);
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        `pypi.index ${index.url} has no release SketchLog 1.2.3: last saw no release 1.2.3 yet (JSON API 404) after waiting 60.0 s (wait-minutes 1); upload what is missing, or raise wait-minutes for the index to list it`
      );
      expect(clock.slept.reduce((a, b) => a + b, 0)).toBeCloseTo(60_000, 3);
      expect(context.logged.at(-1)).toMatch(/: still no release 1\.2\.3 yet \(JSON API 404\) after 60\.0 s; giving up$/);
    });
  });

  describe('fails closed', () => {
    test('one 503, then a good answer, passes', async () => {
      index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      index.faults.push({ path: /^\/pypi\//, times: 1, status: 503 });
      const outcome = await runDeclaredCheck(pypi, ctx());
      expect(outcome.status).toBe('pass');
      expect(index.requests.map((r) => r.status)).toEqual([503, 200]);
    });

    it.each<[string, () => void, RegExp]>([
      [
        '5xx on every retry',
        () => index.faults.push({ path: /^\/pypi\//, times: 100, status: 503 }),
        /^cannot verify SketchLog 1\.2\.3 on pypi\.index http:\/\/127\.0\.0\.1:\d+: PyPI could not answer for SketchLog 1\.2\.3: http:\/\/127\.0\.0\.1:\d+\/pypi\/sketchlog\/1\.2\.3\/json answered 503 .*\(after 2 attempts\)$/
      ],
      [
        'garbage JSON',
        () =>
          index.faults.push({
            path: /^\/pypi\//,
            times: 100,
            status: 200,
            body: '{"info": {'
          }),
        /: PyPI answered 200 for SketchLog 1\.2\.3 with a body that is not JSON \(http:\/\/127\.0\.0\.1:\d+\/pypi\/sketchlog\/1\.2\.3\/json\)/
      ],
      [
        'a document without digests',
        () =>
          index.faults.push({
            path: /^\/pypi\//,
            times: 100,
            status: 200,
            body: JSON.stringify({
              info: { name: 'sketchlog', version: '1.2.3' },
              urls: [{ filename: 'x.whl', packagetype: 'bdist_wheel', url: 'x' }]
            })
          }),
        /: PyPI answered 200 for SketchLog 1\.2\.3 with a malformed release document \(urls\.0\.digests: /
      ]
    ])('%s fails naming the cause', async (_name, arrange, summary) => {
      index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      arrange();
      const clock = new FakeClock();
      const outcome = await runDeclaredCheck(pypi, ctx({ clock, waitMinutes: 5 }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(summary);
      expect(clock.slept).toEqual([]);
    });

    test('a JSON API that answers for another version fails at once', async () => {
      const body = { info: { name: 'sketchlog', version: '1.2.4' }, urls: [] };
      index.faults.push({
        path: /^\/pypi\//,
        times: 1,
        status: 200,
        body: JSON.stringify(body)
      });
      const clock = new FakeClock();
      const outcome = await runDeclaredCheck(pypi, ctx({ clock, waitMinutes: 5 }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        `pypi.index ${index.url} answered the JSON API for SketchLog 1.2.3 with version 1.2.4; the index does not serve this release as PyPI does (check pypi.index)`
      );
      expect(clock.slept).toEqual([]);
    });

    test('a refused connection is named as such', async () => {
      const s = http.createServer();
      await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
      const port = (s.address() as AddressInfo).port;
      await new Promise((r) => s.close(r));
      const outcome = await runDeclaredCheck(pypi, ctx({ index: `http://127.0.0.1:${port}` }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(/: connection refused \(ECONNREFUSED\) \(after 2 attempts\)$/);
      expect(outcome.summary).not.toMatch(/answered \d{3}/);
    });

    test("a dist without this release's wheels or sdist fails: nothing proves what was built", async () => {
      index.projects.sketchlog = { '1.2.3': { files: onIndex(built) } };
      const empty = path.join(workspace, 'dist-empty');
      fs.mkdirSync(empty, { recursive: true });
      fs.writeFileSync(path.join(empty, 'SHA256SUMS'), 'x\n');
      const outcome = await runDeclaredCheck(pypi, ctx({ distDir: empty }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        'dist dist-empty holds no wheel or sdist of SketchLog 1.2.3, so nothing proves what was built; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input'
      );
      expect(index.requests).toEqual([]);
    });

    test('a missing dist fails with the fix', async () => {
      const outcome = await runOne(ctx({ distDir: path.join(workspace, 'no-such-dist') }));
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        'dist folder no-such-dist does not exist; download the wheel and sdist artifacts into it (actions/download-artifact) or set the "dist" input'
      );
    });

    test('a version with no PEP 440 spelling fails', async () => {
      const outcome = await runOne(ctx({ tag: 'v1.2.3-nightly.1' }));
      expect(outcome.summary).toContain('version 1.2.3-nightly.1 has no PEP 440 spelling');
      expect(outcome.status).toBe('fail');
    });

    test('a missing pypi section fails; "pypi: false" skips', async () => {
      const missing = pypiContext({
        gate: 'publication',
        index: index.url,
        workspace
      });
      delete (missing.config as { pypi?: unknown }).pypi;
      expect((await runDeclaredCheck(pypi, missing)).status).toBe('fail');
      expect((await runDeclaredCheck(pypi, ctx({ pypi: false }))).status).toBe('skip');
    });
  });
});

/** A check run as the engine runs it (a CheckFailed thrown by a helper becomes the failed summary). */
async function runOne(context: ReturnType<typeof ctx>): Promise<CheckOutcome> {
  const run = await runGate({ id: 'publication', title: 'test', checks: [pypi] }, context, []);
  return run.checks[0]!;
}
