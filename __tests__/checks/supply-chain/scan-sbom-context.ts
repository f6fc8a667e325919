/**
 * A GateContext for `vulnerability-scan` and `sbom`: a temporary workspace (with dist), the real
 * config schema and the real clients (the OCI client reads the test registry for the image part).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createClients } from '../../../src/clients/index.js';
import { tempDir } from '../../../test-support/git-repo.js';
import { testContext, testSettings, type TestGateContext } from '../../helpers/context.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../__fixtures__');

export interface ScanSbomContextOptions {
  /** Overrides of the supply-chain section (merged over a default with scan report `scan.json`). */
  supplyChain?: Record<string, unknown> | false;
  /** The container section; default `ghcr.io/{owner}/{repo}` on amd64 and arm64 (no registry is asked). */
  container?: Record<string, unknown> | false | undefined;
  /** The release section; default `sbom: "*.spdx.json"`. */
  release?: Record<string, unknown> | false | undefined;
  tag?: string;
  imageDigest?: string;
  /** Files to write in the workspace (relative path → content). */
  files?: Record<string, string | Buffer>;
  workspace?: string;
}

export function scanSbomContext(options: ScanSbomContextOptions = {}): TestGateContext {
  const workspace = options.workspace ?? tempDir('rg-scan-sbom-');
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.writeFileSync(path.join(workspace, rel), content);
  }
  const tag = options.tag ?? 'v1.2.3';
  const overrides = { gate: 'supply-chain' as const, tag, imageDigest: options.imageDigest ?? '', retries: 0, retryBaseMs: 0 };
  const supplyChain =
    options.supplyChain === false
      ? false
      : { workflow: '.github/workflows/release.yml', scan: { report: 'scan.json', severity: 'high', 'ignore-unfixed': true }, ...options.supplyChain };
  // A key given as undefined leaves the section out of the config (missing); false turns it off.
  const container = 'container' in options ? options.container : { image: 'ghcr.io/{owner}/{repo}', platforms: ['linux/amd64', 'linux/arm64'] };
  const release = 'release' in options ? options.release : { sbom: '*.spdx.json', provenance: '*.sigstore.json' };
  return testContext({
    gate: 'supply-chain',
    config: {
      tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
      pypi: false,
      npm: false,
      helm: false,
      ...(container === undefined ? {} : { container }),
      ...(release === undefined ? {} : { release }),
      'supply-chain': supplyChain
    },
    tag,
    clients: createClients(testSettings(workspace, overrides)),
    workspace,
    settings: overrides,
    noSleep: 'the supply-chain checks never wait'
  });
}

export function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

export function fixtureJson<T = Record<string, unknown>>(rel: string): T {
  return JSON.parse(fixture(rel)) as T;
}
