/**
 * One SketchLog release taken through the whole `Build and Publish` workflow on loopback, for
 * `npm run demo -- --pipeline`: the release scenario (release-scenario.ts) with its packages held
 * back until the workflow uploads them, plus what the other gates read:
 *
 * - the tags: the lightweight Go tag and the annotated release tag on the release commit, and a
 *   GitHub test server reading that repository, with the commit's successful `ci.yml` push run;
 * - the npm org that lets the publisher publish the scope (npm-scope);
 * - a registry laid out as GHCR is (oci-token-service.ts: the token service on the registry's own
 *   origin, the owner and the GitHub token as push credentials), so that oci-push's probe has
 *   somewhere to ask; the image (BuildKit attestations recording the release commit, a cosign
 *   signature by the release workflow) and the chart are pushed there by `publish()`;
 * - in dist, beside the wheels, sdist and npm tarballs: an SPDX SBOM and a SLSA provenance bundle
 *   signed by the release workflow over every release file; after the artifacts gate, a GitHub
 *   attestation of SHA256SUMS; after the push, a Trivy report of the image;
 * - `createRelease()`: the GitHub release, carrying every file SHA256SUMS lists and SHA256SUMS.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chainPemOf, cosignLayer, pushCosignSignatures, simpleSigningPayload, type SignedBundleJson } from './cosign.js';
import { startGitHubServer, type GitHubTestServer } from './github-server.js';
import { OciPusher, pushBuildKitImage, pushHelmChartAs } from './oci-registry.js';
import { startPushRegistry, type PushTestRegistry } from './oci-token-service.js';
import { CHART_REPOSITORY, IMAGE_REPOSITORY, NPM_PACKAGES, startReleaseScenario, type ReleaseScenario } from './release-scenario.js';

const FIXTURES = path.resolve(import.meta.dirname, '../__fixtures__');
const REPOSITORY = 'sketchlog/sketchlog';
const DENIED = { code: 'DENIED', message: 'permission_denied: write_package' };
/** The workflow's GitHub token, on loopback only; the demo prints it as ***. */
export const PIPELINE_TOKEN = 'ghs_PipelineDemoTokenNotASecret0123456789';

export interface PipelineScenario {
  release: ReleaseScenario;
  github: GitHubTestServer;
  ghcr: PushTestRegistry;
  /** The config the workflow's steps pass (`--config`), relative to the workspace. */
  config: string;
  /** The digests the pushes reported (set by `publish`). */
  digests: { image?: string; chart?: string };
  /**
   * The publish job's uploads, in the workflow's order: PyPI, npm, then the image (with its scan
   * and signature) and the chart. `refuseImage`: the image push is denied after PyPI and npm took the
   * version, the seed's failure; the chart still goes out.
   */
  publish(options?: { refuseImage?: boolean }): Promise<{ refused?: string }>;
  /** The GitHub release the release job creates: every file SHA256SUMS names, and SHA256SUMS. */
  createRelease(): void;
  close(): Promise<void>;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A SLSA v1 provenance statement over `files`, as the release workflow's attest step writes it. */
function slsaStatement(files: Map<string, Buffer>, tag: string, sha: string): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [...files].map(([name, bytes]) => ({ name, digest: { sha256: sha256(bytes) } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: `refs/tags/${tag}`, repository: `https://github.com/${REPOSITORY}`, path: '.github/workflows/release.yml' } },
        internalParameters: { github: { event_name: 'push', repository_id: '4242', repository_owner_id: '4241' } },
        resolvedDependencies: [{ uri: `git+https://github.com/${REPOSITORY}@refs/tags/${tag}`, digest: { gitCommit: sha } }]
      },
      runDetails: {
        builder: { id: `https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/tags/${tag}` },
        metadata: { invocationId: `https://github.com/${REPOSITORY}/actions/runs/1/attempts/1` }
      }
    }
  };
}

function distFiles(distDir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(distDir)
      .sort()
      .map((name) => [name, readFileSync(path.join(distDir, name))])
  );
}

/** Starts every server; the release commit is tagged and its CI passed, nothing is published yet. */
export async function startPipelineScenario(): Promise<PipelineScenario> {
  const release = await startReleaseScenario({ deferPackages: true });
  let ghcr: PushTestRegistry | undefined;
  let github: GitHubTestServer | undefined;
  try {
    const { version, sha, tag, repo, distDir } = release;
    ghcr = await startPushRegistry({ pusher: { user: 'sketchlog', password: PIPELINE_TOKEN } });
    // The maintainer's `release-gates tag --push`: the Go tag first, then the annotated release tag.
    repo.tag(`clients/go/v${version}`);
    repo.tag(tag, { annotated: true, message: `sketchlog ${tag}` });
    github = await startGitHubServer({ repoDir: release.workspace, token: PIPELINE_TOKEN });
    github.runs.push({ headSha: sha, event: 'push', branch: 'main', status: 'completed', conclusion: 'success' });
    // The publisher owns the org; its packages exist (and are listed) once the first publish made them.
    const org = { members: { balavignesh: 'owner' as const }, packages: {}, teams: { developers: { members: ['balavignesh'], packages: {} } } };
    release.npm.orgs.sketchlog = org;
    const ghcrHost = ghcr.host;
    const config = release.writeConfig('release-gates-pipeline', (c) => {
      c.container = { image: `${ghcrHost}/{owner}/{repo}`, platforms: ['linux/amd64', 'linux/arm64'] };
      c.helm = { chart: `oci://${ghcrHost}/{owner}/charts/sketchlog` };
      Object.assign(c, {
        oci: { 'push-hosts': [ghcrHost] },
        // The scan step's policy: fail on high and critical findings that have a fix.
        'supply-chain': { ...c['supply-chain'], scan: { report: 'trivy-results.json', severity: 'high', 'ignore-unfixed': true } },
        release: { checksum: 'SHA256SUMS', sbom: '*.spdx.json', provenance: '*.sigstore.json' }
      });
    });

    // The build job's SBOM, then its provenance over every release file: in dist before the artifacts gate checksums them.
    const sbom = readFileSync(path.join(FIXTURES, 'sbom/sketchlog-1.2.3.spdx.json'), 'utf8').replaceAll('1.2.3', version);
    writeFileSync(path.join(distDir, `sketchlog-${version}.spdx.json`), sbom);
    const bundle = await release.sigstore.signDsse(slsaStatement(distFiles(distDir), tag, sha), release.signer());
    writeFileSync(path.join(distDir, `sketchlog-${version}.sigstore.json`), JSON.stringify(bundle));

    const pusher = new OciPusher({ ...ghcr.registry, url: ghcr.url, host: ghcr.host }, { user: 'sketchlog', password: PIPELINE_TOKEN });
    /** cosign sign --yes in the release workflow: keyless, as the workflow's identity. */
    const cosignSign = async (repository: string, digest: string) => {
      const payload = simpleSigningPayload(`${ghcrHost}/${repository}`, digest);
      const signature = (await release.sigstore.signMessage(payload, release.signer())) as unknown as SignedBundleJson;
      const chain = chainPemOf(release.sigstore.trustedRoot() as Parameters<typeof chainPemOf>[0]);
      await pushCosignSignatures(pusher, repository, digest, [cosignLayer(signature, payload, chain)]);
    };
    const digests: PipelineScenario['digests'] = {};
    const servers = { ghcr, github };
    return {
      release,
      github,
      ghcr,
      config,
      digests,
      async publish(options = {}) {
        // SHA256SUMS, written by the artifacts gate after the provenance bundle: attested on GitHub (actions/attest-build-provenance).
        const sums = new Map([['SHA256SUMS', readFileSync(path.join(distDir, 'SHA256SUMS'))]]);
        const attestation = await release.sigstore.signDsse(slsaStatement(sums, tag, sha), release.signer());
        servers.github.attestations.push({ subjects: [`sha256:${sha256(sums.get('SHA256SUMS')!)}`], bundle: attestation });
        await release.publishPackages();
        let refused: string | undefined;
        const everyPackage = Object.fromEntries(NPM_PACKAGES.map((name) => [name, 'read-write' as const]));
        Object.assign(org, { packages: everyPackage, teams: { developers: { members: ['balavignesh'], packages: everyPackage } } });
        const build = { tags: [version], attestations: { provenance: { revision: sha, source: `https://github.com/${REPOSITORY}` } } };
        if (options.refuseImage) {
          // The digest the build reported, from the builder's own store (the release scenario's registry stands for it).
          digests.image = (await pushBuildKitImage(release.pusher, 'sketchlog/build-cache', build)).index.digest;
          // GHCR refuses the push: the package's settings do not grant this repository write access.
          servers.ghcr.fault = ({ method, path: p }) =>
            method !== 'GET' && method !== 'HEAD' && p.startsWith(`/v2/${IMAGE_REPOSITORY}/`)
              ? { answer: { status: 403, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errors: [DENIED] }) } }
              : null;
          try {
            await pushBuildKitImage(pusher, IMAGE_REPOSITORY, build);
          } catch {
            refused = `${ghcrHost}/${IMAGE_REPOSITORY}:${version}: 403 ${DENIED.code} ${DENIED.message}`;
          } finally {
            servers.ghcr.fault = () => null;
          }
        } else {
          const image = await pushBuildKitImage(pusher, IMAGE_REPOSITORY, build);
          digests.image = image.index.digest;
          await cosignSign(IMAGE_REPOSITORY, image.index.digest);
          // trivy image --format json, as the scan step writes it for the pushed digest.
          const report = JSON.parse(readFileSync(path.join(FIXTURES, 'scan/trivy.json'), 'utf8')) as { Metadata: { RepoDigests: string[] } };
          report.Metadata.RepoDigests = [`${ghcrHost}/${REPOSITORY}@${image.index.digest}`];
          writeFileSync(path.join(release.workspace, 'trivy-results.json'), JSON.stringify(report));
        }
        digests.chart = (await pushHelmChartAs(pusher, CHART_REPOSITORY, 'sketchlog', version)).digest;
        await cosignSign(CHART_REPOSITORY, digests.chart);
        return { refused };
      },
      createRelease() {
        const sums = readFileSync(path.join(distDir, 'SHA256SUMS'), 'utf8');
        const names = sums
          .split('\n')
          .filter(Boolean)
          .map((line) => line.replace(/^[0-9a-f]{64} [ *]/, ''));
        const assets = [...names, 'SHA256SUMS'].map((name) => ({
          name,
          content: readFileSync(path.join(distDir, name)),
          contentType: name.endsWith('.json') ? 'application/json' : name === 'SHA256SUMS' ? 'text/plain' : 'application/octet-stream'
        }));
        servers.github.releases.push({ tag, name: `SketchLog ${version}`, targetCommitish: 'main', assets });
      },
      async close() {
        await Promise.allSettled([release.close(), servers.ghcr.close(), servers.github.close()]);
      }
    };
  } catch (error) {
    await Promise.allSettled([release.close(), ghcr?.close(), github?.close()]);
    throw error;
  }
}
