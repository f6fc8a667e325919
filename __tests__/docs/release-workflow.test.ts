// The README's Build and Publish example (docs/release.yml) and this repository's own
// workflows, checked by GitHub's workflow parser and language service against the recorded
// inputs and outputs of every pinned action (__fixtures__/real/actions).
import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { validate } from '@actions/languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { ACTIONS_DIR, checkWorkflow, loadActions, needsOf, readAction, recordKey, ROOT, type Workflow } from './workflow-checks.js';

const actions = loadActions();
const read = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const EXAMPLE = 'docs/release.yml';
const WORKFLOWS = fs
  .readdirSync(path.join(ROOT, '.github', 'workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);
const example = read(EXAMPLE);
const wf = parse(example) as Workflow & {
  jobs: Record<string, { permissions?: unknown; 'runs-on'?: string; strategy?: { matrix: { include: Record<string, string>[] } } }>;
};
type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> };
const stepsOf = (job: string): Step[] => (wf.jobs[job] as { steps: Step[] }).steps;

// The pins, each read from the action's own repository (tag → commit); see the fixtures' README.
const PINS: Record<string, [sha: string, version: string]> = {
  'actions/checkout': ['3d3c42e5aac5ba805825da76410c181273ba90b1', 'v7.0.1'],
  'actions/setup-node': ['820762786026740c76f36085b0efc47a31fe5020', 'v7.0.0'],
  'actions/upload-artifact': ['bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', 'v7.0.0'],
  'actions/download-artifact': ['3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', 'v8.0.1'],
  'actions/attest-build-provenance': ['a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32', 'v4.1.0'],
  'pypa/cibuildwheel': ['1828c10ab37f080699c7b81cea34097c684a7074', 'v4.2.0'],
  'pypa/gh-action-pypi-publish': ['dc37677b2e1c63e2034f94d8a5b11f265b73ba33', 'v1.14.2'],
  'docker/setup-qemu-action': ['96fe6ef7f33517b61c61be40b68a1882f3264fb8', 'v4.2.0'],
  'docker/setup-buildx-action': ['37fe631027851001ddb9b187196cc803df7f5f0e', 'v4.3.0'],
  'docker/login-action': ['4907a6ddec9925e35a0a9e82d7399ccc52663121', 'v4.1.0'],
  'docker/build-push-action': ['53b7df96c91f9c12dcc8a07bcb9ccacbed38856a', 'v7.3.0'],
  'aquasecurity/trivy-action': ['ed142fd0673e97e23eac54620cfb913e5ce36c25', 'v0.36.0'],
  'sigstore/cosign-installer': ['6f9f17788090df1f26f669e9d70d6ae9567deba6', 'v4.1.2']
};

describe('every workflow passes GitHub parser and language service', () => {
  test.each([EXAMPLE, ...WORKFLOWS])('%s: no finding', async (file) => {
    expect(await checkWorkflow(path.basename(file), read(file), actions)).toEqual([]);
  });

  test('this repository has its CI and check-dist workflows', () => {
    expect(WORKFLOWS).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/check-dist.yml']));
  });

  test.each([EXAMPLE, ...WORKFLOWS])('%s: every action is pinned at the recorded commit and version', (file) => {
    const uses = [...read(file).matchAll(/^\s*(?:- )?uses: ([\w.-]+\/[\w.-]+)@(\S+) # (\S+)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, action, sha, version] of uses) expect([action, sha, version]).toEqual([action, ...PINS[action!]!]);
  });
});

// Each variant breaks the example (or a workflow) in one way; the checks must say so.
const BROKEN: [what: string, file: string, find: string, replace: string, finding: string][] = [
  [
    'a flow mapping holding ${{ }} (GitHub rejects it)',
    EXAMPLE,
    '        with:\n          name: wheels-${{ matrix.platform }}\n          path: dist/*.whl\n',
    '        with: { name: wheels-${{ matrix.platform }}, path: dist/*.whl }\n',
    'parser: release.yml: Unexpected flow-map-start'
  ],
  ['a YAML indentation error', EXAMPLE, '    runs-on: ${{ matrix.os }}\n', '   runs-on: ${{ matrix.os }}\n', 'parser: release.yml:'],
  ['an unknown input', EXAMPLE, '          output-dir: dist\n', '          output-dir: dist\n          outputdir: dist\n', "Invalid action input 'outputdir'"],
  ['a missing required input', EXAMPLE, '          path: dist/*.tar.gz\n', '', 'Missing required input `path`'],
  [
    'an unknown input of our action',
    EXAMPLE,
    '          gate: release\n',
    '          gate: release\n          gates: release\n',
    "Invalid action input 'gates'"
  ],
  ['our action without its required gate', EXAMPLE, '          gate: release\n', '          summary: true\n', 'Missing required input `gate`'],
  [
    'an action at an unrecorded ref',
    EXAMPLE,
    'setup-node@820762786026740c76f36085b0efc47a31fe5020',
    'setup-node@v7',
    'Unable to resolve action `actions/setup-node@v7`'
  ],
  [
    'a pin without its version comment',
    EXAMPLE,
    'setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
    'setup-node@820762786026740c76f36085b0efc47a31fe5020',
    'not pinned as owner/repo@<40 hex> # vX.Y.Z: - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020'
  ],
  [
    'a step output the action does not set',
    EXAMPLE,
    'steps.attest.outputs.bundle-path',
    'steps.attest.outputs.bundle',
    'sign-and-attest: steps.attest.outputs.bundle is set by no step of the job'
  ],
  [
    'a step output of a run step that does not write it',
    EXAMPLE,
    'steps.names.outputs.image',
    'steps.names.outputs.name',
    'validate-release-tag: steps.names.outputs.name is set by no step of the job'
  ],
  [
    'a job output nobody sets',
    EXAMPLE,
    'needs.validate-release-tag.outputs.chart-repo',
    'needs.validate-release-tag.outputs.chart',
    'Context access might be invalid: chart'
  ],
  [
    'a needs output of a job not in needs',
    EXAMPLE,
    'needs: [check-publication, check-supply-chain]',
    'needs: [check-supply-chain]',
    'smoke: needs.check-publication is not in needs:'
  ],
  [
    'a job after skippable jobs with the implicit success()',
    EXAMPLE,
    "    if: ${{ !cancelled() && needs.check-supply-chain.result == 'success' && needs.smoke.result == 'success' }}\n",
    '',
    'github-release: has a skippable ancestor but no if: with !cancelled() and needs.<job>.result'
  ],
  [
    'an unknown input of ./',
    '.github/workflows/ci.yml',
    '          gate: no-such-gate\n',
    '          gate: no-such-gate\n          gates: x\n',
    'self-test: ./ has no input gates'
  ],
  ['./ without its required gate', '.github/workflows/ci.yml', '          gate: no-such-gate\n', '          summary: true\n', 'self-test: ./ needs input gate'],
  [
    'an output ./ does not set',
    '.github/workflows/ci.yml',
    'steps.gate.outputs.kind',
    'steps.gate.outputs.kinds',
    'self-test: steps.gate.outputs.kinds is set by no step of the job'
  ],
  [
    'an unknown input in check-dist',
    '.github/workflows/check-dist.yml',
    '          node-version: 24\n',
    '          node-versions: 24\n',
    "Invalid action input 'node-versions'"
  ]
];

describe('a broken variant is found', () => {
  test.each(BROKEN)('%s (%s)', async (_what, file, find, replace, finding) => {
    const text = read(file);
    expect(text.split(find).length - 1).toBeGreaterThanOrEqual(1); // the variant really changes something
    const found = await checkWorkflow(path.basename(file), text.replace(find, replace), actions);
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining(finding)]));
  });
});

describe('the README shows the example and names its file', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Using it in `Build and Publish`'));

  test('the README block is docs/release.yml byte for byte', () => {
    const block = /^```yaml\n([\s\S]*?)^```$/m.exec(section);
    expect(block?.[1]).toBe(example);
  });

  test('it says to save the file as supply-chain.workflow names it', () => {
    const config = /^supply-chain:\n {2}workflow: (\S+)/m.exec(readme);
    expect(config?.[1]).toBe('.github/workflows/release.yml');
    expect(section.slice(0, section.indexOf('```yaml'))).toContain('as `.github/workflows/release.yml`, the file `supply-chain.workflow` names');
    expect(example.split('\n')[0]).toBe('# Save as .github/workflows/release.yml: the path `supply-chain.workflow` names, which');
  });
});

describe('the release workflow fixes what a real user found', () => {
  test('the wheel matrix builds exactly pypi.python x pypi.platforms on current runners', () => {
    const include = wf.jobs['build-wheels']!.strategy!.matrix.include;
    expect(include).toEqual([
      { os: 'ubuntu-latest', platform: 'manylinux_x86_64', arch: 'x86_64' },
      { os: 'macos-15-intel', platform: 'macosx_x86_64', arch: 'x86_64' },
      { os: 'macos-15', platform: 'macosx_arm64', arch: 'arm64' },
      { os: 'windows-latest', platform: 'win_amd64', arch: 'AMD64' }
    ]);
    const env = stepsOf('build-wheels')[1]!.env!;
    expect(env.CIBW_ARCHS).toBe('${{ matrix.arch }}');
    for (const { platform } of include) {
      const built = env.CIBW_BUILD!.replaceAll('${{ matrix.platform }}', platform!).split(/\s+/);
      expect(built).toEqual(['cp310', 'cp311', 'cp312', 'cp313', 'cp314'].map((py) => `${py}-${platform}`));
    }
  });

  test('pypi-publish is a release that makes PEP 740 attestations (v1.11.0 or later)', () => {
    const [major, minor] = PINS['pypa/gh-action-pypi-publish']![1].slice(1).split('.').map(Number);
    expect(major! > 1 || minor! >= 11).toBe(true);
    expect(stepsOf('publish-pypi')[1]!.with!.attestations).toBe(true);
    expect(readAction(path.join(ACTIONS_DIR, 'pypa__gh-action-pypi-publish@dc37677b2e1c63e2034f94d8a5b11f265b73ba33.yml')).inputs.attestations).toEqual({
      required: false,
      default: 'true'
    });
  });

  test('QEMU is set up before buildx builds linux/arm64', () => {
    expect(stepsOf('publish-image').map((s) => s.uses?.split('@')[0])).toEqual([
      'actions/checkout',
      'docker/setup-qemu-action',
      'docker/setup-buildx-action',
      'docker/login-action',
      'docker/build-push-action'
    ]);
  });

  test('a failed helm push fails the step and the digest is checked', () => {
    const run = stepsOf('publish-chart')[1]!.run!;
    expect(run.split('\n')[0]).toBe('set -euo pipefail');
    expect(run).not.toContain('| tee');
    expect(run).toContain('if [[ ! "$digest" =~ ^sha256:[0-9a-f]{64}$ ]]; then');
  });

  test('the repository is lower-cased once, and every image and chart name uses that', () => {
    expect(example).not.toMatch(/github\.repository(_owner)? \}\}/);
    expect(stepsOf('validate-release-tag')[2]!.run).toBe(
      'echo "image=ghcr.io/${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"\necho "chart-repo=ghcr.io/${GITHUB_REPOSITORY_OWNER,,}/charts" >> "$GITHUB_OUTPUT"\n'
    );
    expect(example.match(/needs\.validate-release-tag\.outputs\.(image|chart-repo)\b/g)).toHaveLength(5);
  });

  test('the job order: smoke after the supply chain, the release after both', () => {
    expect(needsOf(wf.jobs.smoke!)).toEqual(['check-publication', 'check-supply-chain']);
    expect(needsOf(wf.jobs['github-release']!)).toEqual(['validate-release-tag', 'check-supply-chain', 'smoke']);
  });

  test('check-publication runs only once at least one publish job succeeded, and none failed', () => {
    expect(wf.jobs['check-publication']!.if).toBe(
      "${{ !cancelled() && !contains(needs.*.result, 'failure') && !contains(needs.*.result, 'cancelled') && (needs.publish-pypi.result == 'success' || needs.publish-npm.result == 'success' || needs.publish-image.result == 'success' || needs.publish-chart.result == 'success') }}"
    );
  });

  test('each job has the permissions it needs and no more', () => {
    const perms = Object.fromEntries(Object.entries(wf.jobs).map(([id, job]) => [id, job.permissions ?? 'workflow: contents read']));
    expect((parse(example) as { permissions: unknown }).permissions).toEqual({ contents: 'read' });
    expect(perms).toEqual({
      'validate-release-tag': { contents: 'read', actions: 'read' },
      'validate-publication-credentials': { contents: 'read', packages: 'write' },
      'build-wheels': 'workflow: contents read',
      'build-sdist': 'workflow: contents read',
      'check-artifacts': 'workflow: contents read',
      'publish-pypi': { 'id-token': 'write' },
      'publish-npm': { contents: 'read', 'id-token': 'write' },
      'publish-image': { contents: 'read', packages: 'write' },
      'publish-chart': { contents: 'read', packages: 'write' },
      'check-publication': 'workflow: contents read',
      'sign-and-attest': { contents: 'read', packages: 'write', 'id-token': 'write', attestations: 'write' },
      'check-supply-chain': { contents: 'read', attestations: 'read' },
      smoke: 'workflow: contents read',
      'github-release': { contents: 'write' }
    });
  });
});

describe('action.yml', () => {
  test('its description is under the Marketplace limit of 125 characters', () => {
    const { description } = parse(read('action.yml')) as { description: string };
    expect(description).toBe('Fail-closed release gates: tag/version parity, exact-main CI, npm identity, Go tag, wheels, registries, GitHub release.');
    expect(description.length).toBeLessThan(125);
  });

  test('GitHub language service accepts it', async () => {
    const doc = TextDocument.create('file:///check-own/action.yml', 'yaml', 1, read('action.yml'));
    expect((await validate(doc)).map((d) => d.message)).toEqual([]);
  });
});

describe('the recorded actions', () => {
  const files = fs.readdirSync(ACTIONS_DIR).filter((f) => f !== 'README.md');
  const readme = fs.readFileSync(path.join(ACTIONS_DIR, 'README.md'), 'utf8');

  test.each(files)('%s: named by a pinned commit, listed in the README', (file) => {
    const [action, sha] = recordKey(file).split('@');
    expect(PINS[action!]?.[0]).toBe(sha);
    expect(readme).toContain(`| ${file} | ${action} | `);
    const text = fs.readFileSync(path.join(ACTIONS_DIR, file), 'utf8');
    // A record (not a byte-exact action.yml) names its action, tag and commit first.
    if (text.startsWith('#')) expect(text.split('\n')[0]).toContain(`${action} ${PINS[action!]![1]} (${sha})`);
  });

  test('one record per pin', () => {
    expect(files.map((f) => recordKey(f).split('@')[0]).sort()).toEqual(Object.keys(PINS).sort());
  });

  // What each record must say, so a wrong or stale record fails here and not only in use.
  const EXPECTED: [action: string, input: string, spec: { required: boolean; default?: string } | undefined, outputs: string[]][] = [
    ['actions/checkout', 'allow-unsafe-pr-checkout', { required: false, default: 'false' }, ['ref', 'commit']],
    ['actions/setup-node', 'always-auth', undefined, ['cache-hit', 'cache-primary-key', 'cache-matched-key', 'node-version']],
    ['actions/upload-artifact', 'path', { required: true }, ['artifact-id', 'artifact-url', 'artifact-digest']],
    ['actions/download-artifact', 'merge-multiple', { required: false, default: 'false' }, ['download-path']],
    ['actions/attest-build-provenance', 'subject-path', { required: false }, ['bundle-path', 'attestation-id', 'attestation-url', 'storage-record-ids']],
    ['pypa/cibuildwheel', 'output-dir', { required: false, default: 'wheelhouse' }, []],
    ['pypa/gh-action-pypi-publish', 'repository-url', { required: false }, []],
    ['docker/setup-qemu-action', 'platforms', { required: false, default: 'all' }, ['platforms']],
    ['docker/setup-buildx-action', 'use', { required: false, default: 'true' }, ['name', 'driver', 'platforms', 'nodes', 'endpoint', 'status', 'flags']],
    ['docker/login-action', 'logout', { required: false, default: 'true' }, []],
    ['docker/build-push-action', 'provenance', { required: false }, ['imageid', 'digest', 'metadata']],
    ['aquasecurity/trivy-action', 'scan-type', { required: false, default: 'image' }, []],
    ['sigstore/cosign-installer', 'cosign-release', { required: false, default: 'v3.0.6' }, []]
  ];
  test.each(EXPECTED)('%s: input %s and its outputs', (action, input, spec, outputs) => {
    const recorded = actions.get(`${action}@${PINS[action]![0]}`)!;
    expect(recorded.inputs[input]).toEqual(spec);
    expect(recorded.outputs).toEqual(outputs);
  });
});
