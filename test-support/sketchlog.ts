/**
 * A SketchLog-style repository at a given version: every coupled manifest of the
 * contract's example layout, a changelog, the Go module and the release-gates config.
 */
import { stringify } from 'yaml';
import { semverToPep440 } from '../src/version.js';

export interface SketchlogConfig {
  tags: { release: string; rehearsal?: string; annotated?: boolean };
  versions?: Array<{ file: string; key?: string; pattern?: string }> | false;
  changelog?: string | false;
  main?: { branch: string; workflow: string } | false;
  go?: { dir: string; tag: string } | false;
  npm?: { registry: string; publisher: string; scope: string; packages: string[]; provenance?: boolean } | false;
  pypi?: { index: string; project: string; python: string[]; platforms: string[] } | false;
  container?: { image: string; platforms: string[] } | false;
  helm?: { chart: string } | false;
  goproxy?: string | false;
  release?: { checksum: string; sbom: string; provenance: string } | false;
  oci?: { 'push-hosts': string[] } | false;
}

/** The contract's example config (registries as in production; tests point them at loopback servers). */
export function sketchlogConfig(): SketchlogConfig {
  return {
    tags: { release: 'v{version}', rehearsal: 'test-v{version}', annotated: true },
    versions: [
      { file: 'pyproject.toml', key: 'project.version' },
      { file: 'python/sketchlog/__init__.py', pattern: '__version__\\s*=\\s*"([^"]+)"' },
      { file: 'charts/sketchlog/Chart.yaml', key: 'version' },
      { file: 'charts/sketchlog/Chart.yaml', key: 'appVersion' },
      { file: 'clients/typescript/package.json', key: 'version' },
      { file: 'frontend/react-sketchlog/package.json', key: 'version' },
      { file: 'wasm/package.json', key: 'version' },
      { file: 'protocol/openapi.yaml', key: 'info.version' },
      { file: 'website/package.json', key: 'version' }
    ],
    changelog: 'CHANGELOG.md',
    main: { branch: 'main', workflow: 'ci.yml' },
    go: { dir: 'clients/go', tag: 'clients/go/v{version}' },
    npm: {
      registry: 'https://registry.npmjs.org',
      publisher: 'balavignesh',
      scope: 'sketchlog',
      packages: ['@sketchlog/client', '@sketchlog/react', '@sketchlog/wasm']
    },
    pypi: {
      index: 'https://pypi.org',
      project: 'sketchlog',
      python: ['cp310', 'cp311', 'cp312', 'cp313', 'cp314'],
      platforms: ['manylinux_x86_64', 'macosx_x86_64', 'macosx_arm64', 'win_amd64']
    },
    container: { image: 'ghcr.io/{owner}/{repo}', platforms: ['linux/amd64', 'linux/arm64'] },
    helm: { chart: 'ghcr.io/{owner}/charts/sketchlog' },
    goproxy: 'https://proxy.golang.org',
    release: { checksum: 'SHA256SUMS', sbom: '*.spdx.json', provenance: '*.intoto.jsonl' }
  };
}

export function configYaml(config: SketchlogConfig): string {
  return stringify(config);
}

const pkg = (name: string, version: string) => `${JSON.stringify({ name, version, private: false }, null, 2)}\n`;

/**
 * The repository's files at `version` (a SemVer release version such as 1.2.3 or 1.3.0-rc.1).
 * Python files carry the PEP 440 spelling, as a real release would.
 */
export function sketchlogFiles(version: string, config: SketchlogConfig = sketchlogConfig()): Record<string, string> {
  const py = semverToPep440(version) ?? version;
  return {
    '.github/release-gates.yml': configYaml(config),
    'pyproject.toml': `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "sketchlog"\nversion = "${py}"\nrequires-python = ">=3.10"\n`,
    'python/sketchlog/__init__.py': `"""SketchLog."""\n\n__version__ = "${py}"\n`,
    'charts/sketchlog/Chart.yaml': `apiVersion: v2\nname: sketchlog\ntype: application\nversion: ${version}\nappVersion: "${version}"\n`,
    'clients/typescript/package.json': pkg('@sketchlog/client', version),
    'frontend/react-sketchlog/package.json': pkg('@sketchlog/react', version),
    'wasm/package.json': pkg('@sketchlog/wasm', version),
    'protocol/openapi.yaml': `openapi: 3.1.0\ninfo:\n  title: SketchLog API\n  version: ${version}\npaths: {}\n`,
    'website/package.json': pkg('sketchlog-website', version),
    'clients/go/go.mod': 'module github.com/sketchlog/sketchlog/clients/go\n\ngo 1.22\n',
    'clients/go/client.go': 'package sketchlog\n\n// Version is the client version.\nconst Version = "' + version + '"\n',
    'CHANGELOG.md': `# Changelog\n\n## [${version}] - 2026-11-20\n\n- Coupled release of every SketchLog package.\n\n## [0.9.0] - 2026-10-01\n\n- Earlier release.\n`
  };
}
