/** The GOPROXY client against the loopback proxy: case-encoded URLs, 404/410 as "not there", bounded answers. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createGoProxyApi, GoProxyError, type GoProxyApi } from '../../../src/clients/go/proxy.js';
import { HttpClient } from '../../../src/clients/http.js';
import { startGoProxy, type PublishedModule, type TestGoProxy } from '../../../test-support/go-proxy.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { GO_MOD, MODULE, moduleVersion, SHA } from './go-fixture.js';

let proxy: TestGoProxy;
let api: GoProxyApi;
let published: PublishedModule;

beforeAll(async () => {
  proxy = await startGoProxy();
  published = await proxy.publish(moduleVersion('v1.2.3-RC1'));
  api = createGoProxyApi({ proxy: `${proxy.url}/`, http: new HttpClient({ retries: 1, retryBaseMs: 0, timeoutMs: 5000, userAgent: 'test' }) });
});

afterAll(async () => {
  await proxy?.close();
  removeTempDirs();
});

describe('Go module proxy client', () => {
  test('reads .info, .mod and .zip by the case-encoded path and version', async () => {
    expect(await api.info(MODULE, 'v1.2.3-RC1')).toMatchObject({ Version: 'v1.2.3-RC1', Origin: { VCS: 'git', Hash: SHA } });
    expect((await api.mod(MODULE, 'v1.2.3-RC1'))?.toString()).toBe(GO_MOD);
    const file = path.join(tempDir('proxy-'), 'm.zip');
    expect(await api.downloadZip(MODULE, 'v1.2.3-RC1', file)).toEqual({ size: published.zip.length });
    expect((await readFile(file)).equals(published.zip)).toBe(true);
    expect(proxy.requests.slice(-3)).toEqual(['info', 'mod', 'zip'].map((ext) => `/github.com/!sketch!log/sketchlog/clients/go/@v/v1.2.3-!r!c1.${ext}`));
  });

  test.each([
    ['404', () => proxy.lag(1)],
    ['410', () => proxy.fault('410')]
  ])('a %s .info is "not there (yet)": null', async (_status, arrange) => {
    arrange();
    expect(await api.info(MODULE, 'v1.2.3-RC1')).toBeNull();
  });

  test('an unknown version is null for .mod and .zip too', async () => {
    expect(await api.mod(MODULE, 'v9.9.9')).toBeNull();
    expect(await api.downloadZip(MODULE, 'v9.9.9', path.join(tempDir('proxy-'), 'm.zip'))).toBeNull();
  });

  test.each([
    ['garbage', /answered .*v1\.2\.3-!r!c1\.info with a body that is not JSON$/],
    ['wrong-shape', /with an unexpected \.info \(Version: /]
  ] as const)('%s .info fails closed', async (fault, message) => {
    proxy.fault(fault);
    await expect(api.info(MODULE, 'v1.2.3-RC1')).rejects.toThrow(message);
  });

  test('a 503 that persists fails with the status after the retries', async () => {
    proxy.fault('503', 5);
    const error = await api.mod(MODULE, 'v1.2.3-RC1').catch((e: unknown) => e);
    proxy.fault(null);
    expect(error).toBeInstanceOf(GoProxyError);
    expect((error as Error).message).toBe(
      `the Go module proxy ${proxy.url} could not serve ${MODULE}@v1.2.3-RC1.mod: ${proxy.url}/github.com/!sketch!log/sketchlog/clients/go/@v/v1.2.3-!r!c1.mod answered 503 (upstream unavailable) (after 2 attempts)`
    );
  });
});
