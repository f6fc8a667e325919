/**
 * The real Sigstore bundles of __fixtures__/real/sigstore (and the one inline in a real GitHub attestations
 * answer in __fixtures__/real/github), with what each one's certificate states, exactly. Every bundle file of
 * the folder must be described here: the tests fail on a sample added without its expected values.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SignerIdentity } from '../../../src/formats/fulcio-certificate.js';

export const SIGSTORE_DIR = path.join(process.cwd(), '__fixtures__/real/sigstore');
export const GITHUB_DIR = path.join(process.cwd(), '__fixtures__/real/github');

export type Instance = 'public-good' | 'github';

export interface RealBundle {
  /** `file` or `file#attestations[0].bundle` for a bundle inside a REST answer. */
  name: string;
  json: unknown;
  /** The Sigstore instance whose CA issued the certificate (and whose root verifies it). */
  instance: Instance;
  identity: SignerIdentity;
  /** The statement's first (at most two) subjects, as written, and how many it names. */
  subjects: Array<Record<string, unknown>>;
  subjectCount: number;
  predicateType: string;
  /** Reusable workflows the policy built for its own identity must trust (`{server}/owner/repo/path@ref`). */
  signerWorkflows?: string[];
}

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** An identity as Fulcio writes it for a GitHub Actions workflow run (every v2 extension present). */
function actions(repository: string, workflow: string, ref: string, commit: string, options: { san?: string; issuer?: string } = {}): SignerIdentity {
  const buildConfigUri = `https://github.com/${repository}/${workflow}@${ref}`;
  return {
    san: options.san ?? buildConfigUri,
    issuer: options.issuer ?? GITHUB_ISSUER,
    sourceCommit: commit,
    sourceRef: ref,
    sourceRepositoryUri: `https://github.com/${repository}`,
    buildConfigUri
  };
}

/** GitHub's release attestations: a certificate naming only the releases service, no workflow identity. */
const RELEASES_SERVICE: SignerIdentity = {
  san: 'https://dotcom.releases.github.com',
  issuer: null,
  sourceCommit: null,
  sourceRef: null,
  sourceRepositoryUri: null,
  buildConfigUri: null
};

const EXPECTED: Record<string, Omit<RealBundle, 'name' | 'json'>> = {
  'sigstore-js-2.1.0-bundle.json': {
    instance: 'public-good',
    identity: actions('sigstore/sigstore-js', '.github/workflows/release.yml', 'refs/heads/main', '26d16513386ffaa790b1c32f927544f1322e4194'),
    subjects: [
      {
        name: 'pkg:npm/sigstore@2.1.0',
        digest: { sha512: '90f223f992e4c88dd068cd2a5fc57f9d2b30798343dd6e38f29c240e04ba090ef831f84490847c4e82b9232c78e8a258463b1e55c0f7469f730265008fa6633f' }
      }
    ],
    subjectCount: 1,
    predicateType: 'https://slsa.dev/provenance/v1'
  },
  'reusable-workflow-attestation.sigstore.json': {
    instance: 'public-good',
    identity: actions('malancas/attest-demo', '.github/workflows/shared.yml', 'refs/heads/main', '8304c42402aa3a569882687e0642c359e5a74ac2', {
      san: 'https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main'
    }),
    subjects: [
      { name: 'github_provenance_demo-0.0.0-py3-none-any.whl', digest: { sha256: '07e4b8c0e3580b3e4a1eb62c70f1ffb86004d3d94f50767cb404fa7a639b4d05' } }
    ],
    subjectCount: 1,
    predicateType: 'https://slsa.dev/provenance/v1',
    signerWorkflows: ['https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main']
  },
  'custom-issuer.sigstore.json': {
    instance: 'public-good',
    identity: actions('too-legit/attest', '.github/workflows/integration.yml', 'refs/heads/main', '283bf967fa3c591925dd25e6a6e8e781542117bf', {
      issuer: 'https://token.actions.githubusercontent.com/hammer-time'
    }),
    subjects: [{ name: 'artifact', digest: { sha256: 'afa27b44d43b02a9fea41d13cedc2e4016cfcf87c5dbf990e593669aa8ce286d' } }],
    subjectCount: 1,
    predicateType: 'https://slsa.dev/provenance/v1'
  },
  'github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl': {
    instance: 'github',
    identity: actions('actions/attest-demo', '.github/workflows/build-python.yml', 'refs/heads/main', 'a6c23b9806c593664f68637c8f9d45dfcf98b2db'),
    subjects: [
      { name: 'github_provenance_demo-0.0.12-py3-none-any.whl', digest: { sha256: 'ae57936def59bc4c75edd3a837d89bcefc6d3a5e31d55a6fa7a71624f92c3c3b' } }
    ],
    subjectCount: 1,
    predicateType: 'https://slsa.dev/provenance/v1'
  },
  'github_release_bundle.json': {
    instance: 'github',
    identity: RELEASES_SERVICE,
    subjects: [
      { uri: 'pkg:github/bdehamer/delme@v6', digest: { sha1: 'c5e17a62e06a1d201570249c61fae531e9244e1b' } },
      { name: 'artifact.zip', digest: { sha256: 'e15b593c6ab8d7725a3cc82226ef816cac6bf9c70eed383bd459295cc65f5ec3' } }
    ],
    subjectCount: 2,
    predicateType: 'https://in-toto.io/attestation/release/v0.1'
  },
  'attestations-inline-tsa.json#attestations[0].bundle': {
    instance: 'github',
    identity: RELEASES_SERVICE,
    subjects: [
      { uri: 'pkg:github/cli/cli@v2.96.0', digest: { sha1: 'b300f2ec7ec9dc9addc39b2ad88c54097ded7ca0' } },
      { name: 'gh_2.96.0_checksums.txt', digest: { sha256: 'fc046371efa250e2875208341a786a35a01717d5eebec6903e199a9b8a3f3565' } }
    ],
    subjectCount: 23,
    predicateType: 'https://in-toto.io/attestation/release/v0.2'
  }
};

/** Files of the folder that are trust material or subjects, not bundles. */
const NOT_BUNDLES = new Set(['README.md', 'public-good-trusted_root.json', 'github-trusted_root.json', 'custom-issuer-artifact']);

/** Every real bundle: each bundle file of the sigstore folder (a JSON Lines file gives its lines) and the inline bundles of the GitHub answers. */
export function realBundles(): RealBundle[] {
  const bundles: RealBundle[] = [];
  const add = (name: string, json: unknown) => {
    const expected = EXPECTED[name];
    if (!expected) throw new Error(`${name} is a real sample without expected values: describe it in real-samples.ts`);
    bundles.push({ name, json, ...expected });
  };
  for (const file of fs.readdirSync(SIGSTORE_DIR).sort()) {
    if (NOT_BUNDLES.has(file)) continue;
    const text = fs.readFileSync(path.join(SIGSTORE_DIR, file), 'utf8');
    const lines = file.endsWith('.jsonl') ? text.split('\n').filter((line) => line.trim()) : [text];
    if (lines.length !== 1) throw new Error(`${file}: expected one bundle, found ${lines.length}`);
    add(file, JSON.parse(lines[0]!) as unknown);
  }
  for (const file of fs.readdirSync(GITHUB_DIR).sort()) {
    if (!file.endsWith('.json')) continue;
    const answer = JSON.parse(fs.readFileSync(path.join(GITHUB_DIR, file), 'utf8')) as { attestations: Array<{ bundle: unknown }> };
    answer.attestations.forEach((attestation, index) => {
      if (attestation.bundle) add(`${file}#attestations[${index}].bundle`, attestation.bundle);
    });
  }
  return bundles;
}

/** Both real instances as JSON Lines, as `gh attestation trusted-root` prints them. */
export function trustedRootLines(): string {
  const read = (file: string) => JSON.stringify(JSON.parse(fs.readFileSync(path.join(SIGSTORE_DIR, file), 'utf8')));
  return `${read('public-good-trusted_root.json')}\n${read('github-trusted_root.json')}\n`;
}

export const ROOT_FILE: Record<Instance, string> = {
  'public-good': path.join(SIGSTORE_DIR, 'public-good-trusted_root.json'),
  github: path.join(SIGSTORE_DIR, 'github-trusted_root.json')
};
