/** The workspace of a release job that runs the supply-chain gate: config, trusted root, scan report and dist. */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { tempDir, writeFiles } from './git-repo.js';
import type { TestSigstore } from './sigstore.js';

export interface SupplyChainWorkspace {
  /** The test registry's `host:port`; the image is `{host}/{owner}/{repo}`. */
  registryHost: string;
  /** Writes the trusted root that verifies its bundles. */
  sigstore: TestSigstore;
  /** The scan report, as `trivy-results.json`. */
  scanReport: string;
  /** Files of dist, by name. */
  dist: Record<string, string | Buffer>;
  severity?: 'critical' | 'high' | 'medium' | 'low';
  ignoreUnfixed?: boolean;
  signerWorkflows?: string[];
  prefix?: string;
}

export function supplyChainWorkspace(options: SupplyChainWorkspace): string {
  const dir = tempDir(options.prefix ?? 'rg-supply-chain-');
  const config = {
    tags: { release: 'v{version}', rehearsal: 'test-v{version}' },
    pypi: false,
    npm: false,
    helm: false,
    container: { image: `${options.registryHost}/{owner}/{repo}`, platforms: ['linux/amd64', 'linux/arm64'] },
    release: { checksum: 'SHA256SUMS', sbom: '*.spdx.json', provenance: '*.sigstore.json' },
    'supply-chain': {
      workflow: '.github/workflows/release.yml',
      'trusted-root': '.github/sigstore/trusted_root.json',
      scan: { report: 'trivy-results.json', severity: options.severity ?? 'high', 'ignore-unfixed': options.ignoreUnfixed ?? true },
      'image-attestations': true,
      ...(options.signerWorkflows ? { 'signer-workflows': options.signerWorkflows } : {})
    }
  };
  writeFiles(dir, {
    '.github/release-gates.yml': stringify(config),
    'trivy-results.json': options.scanReport,
    ...Object.fromEntries(Object.entries(options.dist).map(([name, content]) => [`dist/${name}`, content]))
  });
  const trust = path.join(dir, '.github/sigstore');
  mkdirSync(trust, { recursive: true });
  options.sigstore.trustedRootFile(trust);
  return dir;
}
