/**
 * The test proxy and checksum database are what the real `go` command accepts (Debian golang-go,
 * /usr/bin/go), and the h1 hashes this project computes are the ones `go` computes: `go mod download
 * -json` against the loopback servers, with a throwaway GOPATH, no other network and no go.sum.
 * A database that records another hash, or signs with another key, is refused by `go` too.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { zipHash } from '../../../src/clients/go/dirhash.js';
import { goModHash } from '../../../src/formats/dirhash.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { MODULE, startGoWorld, type GoWorld } from './go-fixture.js';

const GO = '/usr/bin/go';
let world: GoWorld;
const homes: string[] = [];

beforeAll(async () => {
  world = await startGoWorld();
});

/** The module cache is read-only unless -modcacherw; make it writable anyway before removing it. */
function makeWritable(dir: string): void {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink()) continue;
    chmodSync(full, stat.mode | 0o700);
    if (stat.isDirectory()) makeWritable(full);
  }
}

afterAll(async () => {
  await world?.close();
  for (const home of homes) makeWritable(home);
  removeTempDirs();
});

interface GoRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `go mod download -json <module>@<version>` in a fresh GOPATH, against the test servers only. */
function goDownload(version: string, gosumdb = world.sumdb.gosumdb): Promise<GoRun> {
  const home = tempDir('go-home-');
  homes.push(home);
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GOPATH: path.join(home, 'gopath'),
    GOMODCACHE: path.join(home, 'gopath', 'pkg', 'mod'),
    GOCACHE: path.join(home, 'cache'),
    GOENV: 'off',
    GOPROXY: world.proxy.url,
    GOSUMDB: gosumdb,
    GOFLAGS: '-modcacherw',
    GONOSUMDB: '',
    GONOSUMCHECK: '',
    GOPRIVATE: '',
    GONOPROXY: '',
    GOINSECURE: '',
    GO111MODULE: 'on',
    GOTOOLCHAIN: 'local'
  };
  return new Promise((resolve) => {
    execFile(GO, ['mod', 'download', '-json', `${MODULE}@${version}`], { cwd: home, env, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the real go command against the test proxy and checksum database', () => {
  test('go downloads v1.2.3, verified by the database; its Sum and GoModSum are the h1 hashes dirhash computes', async () => {
    const run = await goDownload('v1.2.3');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { Path: string; Version: string; Sum: string; GoModSum: string; Error?: string };
    expect(result.Error).toBeUndefined();
    expect(result).toMatchObject({ Path: MODULE, Version: 'v1.2.3' });
    // The zip the proxy served, hashed by this project's dirhash, is what go computed and the database vouched for.
    const zipFile = path.join(tempDir('go-zip-'), 'm.zip');
    await writeFile(zipFile, world.published.get('v1.2.3')!.zip);
    expect((await zipHash(zipFile)).h1).toBe(result.Sum);
    const mod = await fetch(`${world.proxy.url}/github.com/!sketch!log/sketchlog/clients/go/@v/v1.2.3.mod`).then(async (r) =>
      Buffer.from(await r.arrayBuffer())
    );
    expect(goModHash(mod)).toBe(result.GoModSum);
    // go asked the database, by the case-encoded path, and read hash tiles to prove the record.
    expect(world.sumdb.requests).toContain('/lookup/github.com/!sketch!log/sketchlog/clients/go@v1.2.3');
    expect(world.sumdb.requests.some((p) => p.startsWith('/tile/8/0/'))).toBe(true);
    expect(world.sumdb.requests.some((p) => p.startsWith('/tile/8/1/'))).toBe(true);
  });

  test('go refuses v1.2.4, whose database record holds another zip hash: SECURITY ERROR', async () => {
    const run = await goDownload('v1.2.4');
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('SECURITY ERROR');
    expect(run.stdout + run.stderr).toContain('checksum mismatch');
  });

  test.each([
    ['other-key', 'the tree note is signed by another key', 'reading tree note: note has no verifiable signatures'],
    ['corrupt-signature', 'the tree note signature is corrupted', 'invalid signature'],
    ['tile', 'a hash tile is tampered with', 'downloaded inconsistent tile'],
    ['record-text', 'the lookup serves a record text other than the tree holds', 'cannot authenticate record data in server response']
  ] as const)('go refuses the database when %s (%s)', async (tamper, _what, message) => {
    world.sumdb.tamper = tamper;
    try {
      const run = await goDownload('v1.2.3');
      expect(run.code).not.toBe(0);
      expect(run.stdout + run.stderr).toContain(message);
      expect(run.stdout + run.stderr).toContain('verifying');
    } finally {
      world.sumdb.tamper = 'none';
    }
  });
});
