import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createVerifier, SigstoreTrustError } from '../../../src/clients/sigstore/index.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';

/** A loopback port nothing listens on (bound, then released): connections to it are refused. */
async function refusingPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Sigstore public-good's initial TUF root as @sigstore/tuf ships it, to start a client against another mirror. */
function publicGoodRoot(dir: string): string {
  const seedsFile = createRequire(import.meta.url).resolve('@sigstore/tuf/seeds.json');
  const seeds = JSON.parse(readFileSync(seedsFile, 'utf8')) as Record<string, { 'root.json': string }>;
  const seed = seeds['https://tuf-repo-cdn.sigstore.dev'];
  if (!seed) throw new Error('no public-good seed in @sigstore/tuf');
  const file = join(dir, 'root.json');
  writeFileSync(file, Buffer.from(seed['root.json'], 'base64'));
  return file;
}

const run = promisify(execFile);

afterAll(() => removeTempDirs());

describe('trusted root through TUF', () => {
  it('fails with the cause when the mirror refuses connections, caching under the given folder', async () => {
    const port = await refusingPort();
    const cacheDir = tempDir();
    const error = await createVerifier({
      tufCacheDir: cacheDir,
      tufMirrorUrl: `http://127.0.0.1:${port}`,
      tufRootFile: publicGoodRoot(tempDir()),
      tufRetries: 0
    }).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(SigstoreTrustError);
    // Under Jest's VM realm tuf-js re-wraps fetch's error without its cause (`instanceof Error` fails across
    // realms), so only "fetch failed" is left here; the test below runs plain Node, where the cause shows.
    expect((error as Error).message).toMatch(/^cannot get the Sigstore trusted root through TUF: error refreshing TUF metadata.*fetch failed/);
    expect((error as Error).cause).toBeDefined();
    // The TUF cache lives under the folder given (one sub-folder per mirror), seeded with the initial root.
    expect(existsSync(join(cacheDir, encodeURIComponent(`127.0.0.1:${port}`), 'root.json'))).toBe(true);
  });

  it('names the refused connection as the cause (plain Node, as the action runs)', async () => {
    const port = await refusingPort();
    const source = { tufCacheDir: tempDir(), tufMirrorUrl: `http://127.0.0.1:${port}`, tufRootFile: publicGoodRoot(tempDir()), tufRetries: 0 };
    const script = [
      `const { createVerifier } = await import(${JSON.stringify(pathToFileURL(join(process.cwd(), 'src/clients/sigstore/index.ts')).href)});`,
      `try { await createVerifier(${JSON.stringify(source)}); console.log('verifier created'); }`,
      `catch (error) { console.log(error.name + ': ' + error.message); }`
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000 });
    expect(stdout.trim()).toMatch(
      /^SigstoreTrustError: cannot get the Sigstore trusted root through TUF: error refreshing TUF metadata.*fetch failed.*ECONNREFUSED 127\.0\.0\.1/
    );
  });

  it('fails naming the problem when another mirror is given without its initial root', async () => {
    const port = await refusingPort();
    await expect(createVerifier({ tufCacheDir: tempDir(), tufMirrorUrl: `http://127.0.0.1:${port}`, tufRetries: 0 })).rejects.toThrow(
      /cannot get the Sigstore trusted root through TUF: No root\.json found for mirror: http:\/\/127\.0\.0\.1:\d+/
    );
  });
});
