/** A GateContext for the PyPI checks over the REAL clients, pointed at the loopback PyPI server, with a fake clock. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PypiFileSpec, PypiTestServer } from '../../test-support/pypi-server.js';
import { writeSdist, writeWheel } from '../../test-support/python-dist.js';
import { createClients } from '../../src/clients/index.js';
import type { GateId } from '../../src/gates/index.js';
import { testContext, testSettings, type TestGateContext } from '../helpers/context.js';
import { FakeClock } from '../helpers/preflight-context.js';

export { FakeClock };

export interface PypiContextOptions {
  gate: GateId;
  index: string;
  /** `pypi.rehearsal-index`; left out of the config when undefined. */
  rehearsalIndex?: string;
  tag?: string;
  workspace: string;
  /** The dist folder (default `{workspace}/dist`). */
  distDir?: string;
  waitMinutes?: number;
  /** The check's clock (default: a fresh fake one; tests pass their own to see what was slept). */
  clock?: FakeClock;
  /** Set to `false` to turn the section off, or replace it. */
  pypi?: Record<string, unknown> | false;
  /** Keys added to the default pypi section (e.g. `environment`, `provenance`). */
  pypiKeys?: Record<string, unknown>;
  /** The `supply-chain` section (the signer of pypi-provenance); left out when undefined. */
  supplyChain?: unknown;
  sha?: string;
}

export function pypiContext(options: PypiContextOptions): TestGateContext {
  const settings = testSettings(options.workspace, {
    gate: options.gate,
    tag: options.tag ?? 'v1.2.3',
    waitMinutes: options.waitMinutes ?? 0,
    retries: 1,
    retryBaseMs: 0,
    ...(options.sha ? { sha: options.sha } : {}),
    ...(options.distDir ? { distDir: options.distDir } : {})
  });
  const pypi =
    options.pypi ??
    ({
      index: options.index,
      ...(options.rehearsalIndex ? { 'rehearsal-index': options.rehearsalIndex } : {}),
      project: 'SketchLog',
      python: ['cp312'],
      platforms: ['manylinux_x86_64'],
      ...options.pypiKeys
    } as Record<string, unknown>);
  return testContext({
    gate: options.gate,
    config: {
      tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
      pypi,
      ...(options.supplyChain === undefined ? {} : { 'supply-chain': options.supplyChain })
    },
    tag: options.tag ?? 'v1.2.3',
    clients: createClients(settings),
    workspace: options.workspace,
    settings,
    clock: options.clock ?? new FakeClock()
  });
}

/** A release file as built: its name and bytes. */
export interface BuiltDistFile {
  filename: string;
  bytes: Buffer;
}

/**
 * Writes real release files of SketchLog `pep440` into `dir` (two wheels and the sdist),
 * plus files PyPI does not hold (a checksum file, an npm tarball); returns the PyPI ones.
 */
export async function writePypiDist(dir: string, pep440: string): Promise<BuiltDistFile[]> {
  fs.mkdirSync(dir, { recursive: true });
  const names = [
    await writeWheel(dir, {
      version: pep440,
      python: 'cp312',
      platform: 'manylinux_2_17_x86_64.manylinux2014_x86_64'
    }),
    await writeWheel(dir, {
      version: pep440,
      python: 'cp312',
      platform: 'win_amd64'
    }),
    await writeSdist(dir, { version: pep440 })
  ];
  fs.writeFileSync(path.join(dir, 'SHA256SUMS'), 'not a python file\n');
  fs.writeFileSync(path.join(dir, 'sketchlog-client-1.2.3.tgz'), 'npm tarball\n');
  return names.map((filename) => ({
    filename,
    bytes: fs.readFileSync(path.join(dir, filename))
  }));
}

/** The built files as the index should list them, with per-file changes. */
export function onIndex(files: BuiltDistFile[], change: Record<string, Partial<PypiFileSpec>> = {}): PypiFileSpec[] {
  return files.map((f) => ({
    filename: f.filename,
    bytes: f.bytes,
    ...change[f.filename]
  }));
}

/** Empties test indexes between tests: no releases, faults or recorded requests; JSON simple pages again. */
export function resetPypiServers(...servers: PypiTestServer[]): void {
  for (const s of servers) {
    s.projects = {};
    s.faults.length = 0;
    s.requests.length = 0;
    s.simpleHtmlOnly = false;
  }
}
