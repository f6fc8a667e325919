/**
 * `status` of a burned version answers who published what PyPI holds, by its PEP 740 provenance: real git tags read
 * through the GitHub REST test server, the PyPI test server's integrity API, and attestations made by the real
 * @sigstore/sign against the tests' CA and log.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { renderStatusText, versionStatus } from '../../src/maintainer/status.js';
import { createRepo, removeTempDirs, type TestRepo } from '../../test-support/git-repo.js';
import { startGitHubServer, type GitHubTestServer } from '../../test-support/github-server.js';
import { githubPublisher, signedProvenance } from '../../test-support/pep740.js';
import { sha256Of, startPypiServer, type PypiFileSpec, type PypiTestServer } from '../../test-support/pypi-server.js';
import { startTestSigstore, type TestSignerIdentity, type TestSigstore } from '../../test-support/sigstore.js';
import { publicationContext } from '../helpers/publication-context.js';

const WORKFLOW = '.github/workflows/release.yml';
const REPOSITORY = 'sketchlog/sketchlog';

let repo: TestRepo;
let sha: string;
let github: GitHubTestServer;
let pypi: PypiTestServer;
let sigstore: TestSigstore;

const signer = (tag: string, commit: string): TestSignerIdentity => ({
  san: `https://github.com/${REPOSITORY}/${WORKFLOW}@refs/tags/${tag}`,
  workflowRef: `${REPOSITORY}/${WORKFLOW}@refs/tags/${tag}`,
  repository: REPOSITORY,
  sourceRef: `refs/tags/${tag}`,
  sourceCommit: commit
});

async function files(version: string, who: TestSignerIdentity | null): Promise<PypiFileSpec[]> {
  const names = [`sketchlog-${version}-py3-none-any.whl`, `sketchlog-${version}.tar.gz`];
  return Promise.all(
    names.map(async (filename) => {
      const bytes = Buffer.from(`contents of ${filename}\n`);
      if (who === null) return { filename, bytes };
      const publisher = githubPublisher({ repository: REPOSITORY, workflow: 'release.yml', environment: 'pypi' });
      return { filename, bytes, provenance: await signedProvenance(sigstore, { filename, sha256: sha256Of(bytes), identity: who, publisher }) };
    })
  );
}

beforeAll(async () => {
  repo = createRepo({ 'README.md': 'SketchLog\n' });
  sha = repo.head();
  repo.tag('v2.0.0', { annotated: true });
  repo.tag('v2.0.1', { annotated: true });
  [github, pypi, sigstore] = await Promise.all([startGitHubServer({ repoDir: repo.dir }), startPypiServer(), startTestSigstore()]);
  sigstore.trustedRootFile(repo.dir);
  pypi.projects.sketchlog = {
    // Published by the release workflow for the tag, at the tagged commit.
    '2.0.0': { files: await files('2.0.0', signer('v2.0.0', sha)) },
    // Uploaded with a token from a laptop: no attestations.
    '2.0.1': { files: await files('2.0.1', null) },
    // Signed by the release workflow, but no release tag exists for it.
    '2.0.2': { files: await files('2.0.2', signer('v2.0.2', sha)) }
  };
}, 60_000);

afterAll(async () => {
  await Promise.all([github?.close(), pypi?.close(), sigstore?.close()]);
  removeTempDirs();
});

function statusOf(version: string, supplyChain: unknown = { workflow: WORKFLOW, 'trusted-root': 'trusted_root.json', scan: { report: 'trivy.json' } }) {
  const config = {
    tags: { release: 'v{version}' },
    main: { branch: 'main', workflow: 'ci.yml' },
    pypi: { index: pypi.url, environment: 'pypi', project: 'sketchlog', python: ['cp312'], platforms: ['manylinux_x86_64'] },
    npm: false,
    container: false,
    helm: false,
    go: false,
    goproxy: false,
    ...(supplyChain === null ? {} : { 'supply-chain': supplyChain })
  };
  // HEAD is not the release commit here: the tag's commit is what the provenance must name.
  return versionStatus(publicationContext({ config, tag: `v${version}`, sha: 'b'.repeat(40), workspace: repo.dir, apiUrl: github.url }));
}

describe('status: who published a burned version', () => {
  test('files published by the release workflow at the tagged commit', async () => {
    const status = await statusOf('2.0.0');
    expect(status.burned).toBe(true);
    expect(status.publishers).toEqual([
      { place: 'PyPI', byReleaseWorkflow: true, detail: 'all 2 files carry PEP 740 provenance from sketchlog/sketchlog release.yml' }
    ]);
    expect(renderStatusText(status)).toContain('Who published 2.0.0:\nPyPI  release workflow: all 2 files carry PEP 740 provenance');
    expect(github.violations).toEqual([]);
  });

  test('files uploaded without attestations are not the release workflow', async () => {
    const status = await statusOf('2.0.1');
    expect(status.publishers).toEqual([
      {
        place: 'PyPI',
        byReleaseWorkflow: false,
        detail: expect.stringMatching(
          /^2 of 2 files were not published by the release workflow: sketchlog-2\.0\.1-py3-none-any\.whl has no PEP 740 provenance .*\(integrity API 404\)/
        )
      }
    ]);
    expect(renderStatusText(status)).toContain('PyPI  NOT the release workflow: 2 of 2 files');
  });

  test('without a release tag nothing can be told apart', async () => {
    const status = await statusOf('2.0.2');
    expect(status.publishers).toEqual([
      { place: 'PyPI', byReleaseWorkflow: null, detail: 'the release tag v2.0.2 does not exist, so no run of the release workflow for it can be told apart' }
    ]);
  });

  test('a project without a supply-chain section is not asked', async () => {
    expect((await statusOf('2.0.0', null)).publishers).toEqual([]);
    expect(fs.existsSync(path.join(repo.dir, 'trusted_root.json'))).toBe(true);
  });
});
