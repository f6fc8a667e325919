/** One Go module for the go client, check and go-command tests: a case-encoded path, served by the test proxy and database. */
import { startGoProxy, type GoModuleVersion, type PublishedModule, type TestGoProxy } from '../../../test-support/go-proxy.js';
import { startSumdb, type TestSumdb } from '../../../test-support/go-sumdb.js';

/** Upper-case letters on purpose: the proxy and database URLs must carry Go's `!` case-encoding. */
export const MODULE = 'github.com/SketchLog/sketchlog/clients/go';
export const SHA = 'c'.repeat(40);
export const GO_MOD = `module ${MODULE}\n\ngo 1.19\n`;

export function moduleVersion(version: string, extra: Partial<GoModuleVersion> = {}): GoModuleVersion {
  return {
    module: MODULE,
    version,
    commit: SHA,
    files: {
      'go.mod': GO_MOD,
      LICENSE: 'MIT License\n',
      'client.go': `package client\n\n// Version is the client's version.\nconst Version = "${version}"\n`,
      'internal/wire/wire.go': 'package wire\n\nconst Magic = 42\n'
    },
    ...extra
  };
}

export interface GoWorld {
  proxy: TestGoProxy;
  sumdb: TestSumdb;
  published: Map<string, PublishedModule>;
  close(): Promise<void>;
}

/**
 * A proxy and a database with 300 filler records first (so the record sits past the first full
 * tile and the proof needs full and partial tiles on two levels), then:
 * v1.2.3 recorded right; v1.2.4 recorded with a wrong zip hash (a database that disagrees with the
 * proxy); v1.2.5 on the proxy only (never recorded).
 */
export async function startGoWorld(): Promise<GoWorld> {
  const proxy = await startGoProxy();
  const sumdb = await startSumdb();
  const published = new Map<string, PublishedModule>();
  sumdb.addFiller(300);
  for (const version of ['v1.2.3', 'v1.2.4', 'v1.2.5']) published.set(version, await proxy.publish(moduleVersion(version)));
  sumdb.add(MODULE, 'v1.2.3', published.get('v1.2.3')!.hashes);
  sumdb.add(MODULE, 'v1.2.4', { ...published.get('v1.2.4')!.hashes, zip: published.get('v1.2.3')!.hashes.zip });
  sumdb.addFiller(7);
  return {
    proxy,
    sumdb,
    published,
    close: async () => {
      await proxy.close();
      await sumdb.close();
    }
  };
}
