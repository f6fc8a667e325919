/**
 * publication's `pypi-provenance` over the real PyPI client against the loopback PyPI server (PEP 691 pages with
 * `provenance` URLs, the PEP 740 integrity API), with attestations made by the real @sigstore/sign against the tests'
 * own CA and transparency log, verified with a trusted_root.json in the workspace; and the real PEP 740 samples of the
 * corpus, verified against the real public-good trusted root.
 */
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { pypiProvenance } from '../../../src/checks/publication/pypi-provenance.js';
import { createVerifier } from '../../../src/clients/sigstore/index.js';
import { judgeProvenance } from '../../../src/checks/shared/pypi-publisher.js';
import { runDeclaredCheck } from '../../../src/engine.js';
import { readPep740Provenance } from '../../../src/formats/pep740.js';
import { removeTempDirs, tempDir } from '../../../test-support/git-repo.js';
import { githubPublisher, pep740Attestation, pep740Provenance, publishStatement, signedProvenance } from '../../../test-support/pep740.js';
import { sha256Of, startPypiServer, type PypiFileSpec, type PypiTestServer } from '../../../test-support/pypi-server.js';
import { realFolder } from '../../../test-support/real-samples.js';
import { startTestSigstore, type TestSigner, type TestSignerIdentity, type TestSigstore } from '../../../test-support/sigstore.js';
import { onIndex, pypiContext, resetPypiServers, writePypiDist, type BuiltDistFile, type PypiContextOptions } from '../pypi-context.js';
import * as fs from 'node:fs';

const SHA = 'e'.repeat(40);
const OTHER_SHA = 'f'.repeat(40);
const WORKFLOW = '.github/workflows/release.yml';
const REPOSITORY = 'sketchlog/sketchlog';

let index: PypiTestServer;
let rehearsal: PypiTestServer;
let sigstore: TestSigstore;
let workspace: string;
let built: BuiltDistFile[];

beforeAll(async () => {
  [index, rehearsal, sigstore] = await Promise.all([startPypiServer(), startPypiServer(), startTestSigstore()]);
  workspace = tempDir('rg-pypi-provenance-');
  built = await writePypiDist(path.join(workspace, 'dist'), '1.2.3');
  sigstore.trustedRootFile(workspace);
}, 60_000);

afterAll(async () => {
  await Promise.all([index?.close(), rehearsal?.close(), sigstore?.close()]);
  removeTempDirs();
});

beforeEach(() => resetPypiServers(index, rehearsal));

const SUPPLY_CHAIN = { workflow: WORKFLOW, 'trusted-root': 'trusted_root.json', scan: { report: 'trivy.json' } };

function ctx(options: Partial<PypiContextOptions> = {}) {
  return pypiContext({
    gate: 'publication',
    index: index.url,
    rehearsalIndex: rehearsal.url,
    workspace,
    sha: SHA,
    supplyChain: SUPPLY_CHAIN,
    pypiKeys: { environment: 'pypi' },
    ...options
  });
}

function identity(change: Partial<TestSignerIdentity> = {}, tag = 'v1.2.3'): TestSignerIdentity {
  return {
    san: `https://github.com/${REPOSITORY}/${WORKFLOW}@refs/tags/${tag}`,
    workflowRef: `${REPOSITORY}/${WORKFLOW}@refs/tags/${tag}`,
    repository: REPOSITORY,
    sourceRef: `refs/tags/${tag}`,
    sourceCommit: SHA,
    ...change
  };
}

const PUBLISHER = { repository: REPOSITORY, workflow: 'release.yml', environment: 'pypi' };

/** Each built file on the index with provenance from `who` (per file), published by `publisher`. */
async function withProvenance(
  files: BuiltDistFile[],
  options: { who?: TestSignerIdentity; publisher?: object; signer?: TestSigner; change?: Record<string, Partial<PypiFileSpec>> } = {}
): Promise<PypiFileSpec[]> {
  return Promise.all(
    files.map(async (f) => ({
      filename: f.filename,
      bytes: f.bytes,
      provenance: await signedProvenance(options.signer ?? sigstore, {
        filename: f.filename,
        sha256: sha256Of(f.bytes),
        identity: options.who ?? identity(),
        publisher: options.publisher ?? githubPublisher(PUBLISHER)
      }),
      ...options.change?.[f.filename]
    }))
  );
}

describe('pypi-provenance', () => {
  test('every file with a PEP 740 attestation from the release workflow passes, one row per file', async () => {
    index.projects.sketchlog = { '1.2.3': { files: await withProvenance(built) } };
    const outcome = await runDeclaredCheck(pypiProvenance, ctx());
    expect(outcome.summary).toBe(
      `all 3 files of SketchLog 1.2.3 (2 wheels and 1 sdist) carry PEP 740 provenance on pypi.index ${index.url}, published by ${REPOSITORY} release.yml in environment pypi and signed by ${WORKFLOW}@refs/tags/v1.2.3 at ${SHA.slice(0, 12)}`
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.table?.columns).toEqual(['file', 'publisher', 'signer', 'commit', 'verdict']);
    expect(outcome.table?.rows.map((r) => r.slice(1))).toEqual(
      built.map(() => [`${REPOSITORY} release.yml (pypi)`, `${WORKFLOW}@refs/tags/v1.2.3`, SHA.slice(0, 12), 'ok'])
    );
    // Each provenance object was asked at the URL the simple page gave, with the integrity API's media type.
    const asked = index.requests.filter((r) => r.path.startsWith('/integrity/'));
    expect(asked).toHaveLength(3);
    expect(asked.every((r) => r.accept === 'application/vnd.pypi.integrity.v1+json' && !r.authorization)).toBe(true);
  });

  const cases: Array<[string, () => Promise<PypiFileSpec[]>, RegExp]> = [
    [
      'a file uploaded without attestations (404)',
      () => Promise.resolve(onIndex(built)),
      /has no PEP 740 provenance on pypi\.index .* \(integrity API 404\): it was uploaded without trusted-publishing attestations — by an API token, or by pypa\/gh-action-pypi-publish before v1\.11/
    ],
    [
      'another workflow',
      () =>
        withProvenance(built, {
          who: identity({
            san: `https://github.com/${REPOSITORY}/.github/workflows/deploy.yml@refs/tags/v1.2.3`,
            workflowRef: `${REPOSITORY}/.github/workflows/deploy.yml@refs/tags/v1.2.3`
          }),
          publisher: githubPublisher({ ...PUBLISHER, workflow: 'deploy.yml' })
        }),
      /its trusted publisher is GitHub sketchlog\/sketchlog deploy\.yml, expected GitHub sketchlog\/sketchlog release\.yml \(environment pypi\)/
    ],
    [
      'another environment',
      () => withProvenance(built, { publisher: githubPublisher({ ...PUBLISHER, environment: 'staging' }) }),
      /its trusted publisher names environment staging, expected environment pypi \(pypi\.environment\)/
    ],
    [
      'a branch ref',
      () =>
        withProvenance(built, {
          who: identity({
            san: `https://github.com/${REPOSITORY}/${WORKFLOW}@refs/heads/main`,
            workflowRef: `${REPOSITORY}/${WORKFLOW}@refs/heads/main`,
            sourceRef: 'refs/heads/main'
          })
        }),
      /certificate Build Config URI \(the workflow run\) is https:\/\/github\.com\/sketchlog\/sketchlog\/\.github\/workflows\/release\.yml@refs\/heads\/main/
    ],
    [
      'another commit',
      () => withProvenance(built, { who: identity({ sourceCommit: OTHER_SHA }) }),
      new RegExp(`signed from commit ${OTHER_SHA}, expected ${SHA}`)
    ],
    ['an untrusted CA and log', () => withProvenance(built, { signer: sigstore.foreign }), /does not verify as a Sigstore bundle/]
  ];

  test.each(cases)('fails for %s, with the reason', async (_what, files, reason) => {
    index.projects.sketchlog = { '1.2.3': { files: await files() } };
    const outcome = await runDeclaredCheck(pypiProvenance, ctx());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^3 of 3 files of SketchLog 1\.2\.3 lack provenance from the release workflow: /);
    expect(outcome.summary).toMatch(reason);
    expect(outcome.table?.rows.every((r) => r[4] !== 'ok')).toBe(true);
  });

  /** One file's provenance with one attestation over `statement`, signed as the release workflow. */
  async function oneAttestation(statement: object, tamper?: (attestation: Record<string, unknown>) => void): Promise<object> {
    const attestation = pep740Attestation(await sigstore.signDsse(statement, identity())) as Record<string, unknown>;
    tamper?.(attestation);
    return pep740Provenance([{ publisher: githubPublisher(PUBLISHER), attestations: [attestation] }]);
  }

  test.each([
    [
      'a subject naming another file',
      (f: BuiltDistFile) => publishStatement('sketchlog-9.9.9.tar.gz', sha256Of(f.bytes)),
      undefined,
      /attests sketchlog-9\.9\.9\.tar\.gz, not this file/
    ],
    [
      'a subject with another digest',
      (f: BuiltDistFile) => publishStatement(f.filename, 'ab'.repeat(32)),
      undefined,
      /attests sha256 abab.*, but the built file's is [0-9a-f]{64}/
    ],
    [
      'a wrong predicate',
      (f: BuiltDistFile) => publishStatement(f.filename, sha256Of(f.bytes), 'https://slsa.dev/provenance/v1'),
      undefined,
      /has predicate type https:\/\/slsa\.dev\/provenance\/v1, not PyPI's publish attestation/
    ],
    [
      'a tampered envelope',
      (f: BuiltDistFile) => publishStatement(f.filename, sha256Of(f.bytes)),
      (a: Record<string, unknown>) => {
        const envelope = a.envelope as { statement: string };
        envelope.statement = Buffer.from(Buffer.from(envelope.statement, 'base64').toString('utf8').replace('"predicate":null', '"predicate":{}')).toString(
          'base64'
        );
      },
      /does not verify as a Sigstore bundle/
    ]
  ] as const)('fails the one file whose attestation has %s', async (_what, statementOf, tamper, reason) => {
    const [first, ...rest] = built;
    const good = await withProvenance(rest);
    index.projects.sketchlog = {
      '1.2.3': { files: [{ filename: first!.filename, bytes: first!.bytes, provenance: await oneAttestation(statementOf(first!), tamper) }, ...good] }
    };
    const outcome = await runDeclaredCheck(pypiProvenance, ctx());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^1 of 3 files of SketchLog 1\.2\.3 lack provenance from the release workflow: /);
    expect(outcome.details?.join('\n')).toMatch(reason);
    // The failing file is the table's first row.
    expect(outcome.table?.rows[0]?.[0]).toBe(first!.filename);
    expect(outcome.table?.rows.slice(1).map((r) => r[4])).toEqual(['ok', 'ok']);
  });

  test('an attestation that does not verify fails the file even next to a good one', async () => {
    const files = await withProvenance(built);
    const first = built[0]!;
    const good = (await signedProvenance(sigstore, {
      filename: first.filename,
      sha256: sha256Of(first.bytes),
      identity: identity(),
      publisher: githubPublisher(PUBLISHER)
    })) as {
      attestation_bundles: Array<{ publisher: object; attestations: object[] }>;
    };
    const bad = pep740Attestation(await sigstore.foreign.signDsse(publishStatement(first.filename, sha256Of(first.bytes)), identity()));
    good.attestation_bundles[0]!.attestations.push(bad);
    files[0] = { ...files[0]!, provenance: good };
    index.projects.sketchlog = { '1.2.3': { files } };
    const outcome = await runDeclaredCheck(pypiProvenance, ctx());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/attestation 2 of bundle 1 \(sketchlog\/sketchlog release\.yml \(pypi\)\) does not verify as a Sigstore bundle/);
    expect(outcome.table?.rows[0]?.[4]).toBe('bad attestation beside a good one');
  });

  test('an integrity API answering 500 or garbage fails closed, naming the file', async () => {
    const files = await withProvenance(built, {
      change: {
        [built[0]!.filename]: { provenance: { status: 500, body: '{"message":"Internal Server Error"}' } },
        [built[1]!.filename]: { provenance: { status: 200, body: '{"version":1,"attestation_bundles":"no"}' } }
      }
    });
    index.projects.sketchlog = { '1.2.3': { files } };
    const outcome = await runDeclaredCheck(pypiProvenance, ctx());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^2 of 3 files/);
    expect(outcome.table?.rows.slice(0, 2).map((r) => r[4])).toEqual(['could not be read', 'could not be read']);
    expect(outcome.details?.join('\n')).toContain(built[0]!.filename);
  });

  test('a rehearsal tag is checked against pypi.rehearsal-index, signed for the rehearsal tag', async () => {
    rehearsal.projects.sketchlog = { '1.2.3': { files: await withProvenance(built, { who: identity({}, 'test-v1.2.3') }) } };
    const outcome = await runDeclaredCheck(pypiProvenance, ctx({ tag: 'test-v1.2.3' }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toContain(`on pypi.rehearsal-index ${rehearsal.url}`);
    expect(index.requests).toHaveLength(0);
  });

  test('without pypi.environment any environment of the publisher counts', async () => {
    index.projects.sketchlog = { '1.2.3': { files: await withProvenance(built, { publisher: githubPublisher({ ...PUBLISHER, environment: null }) }) } };
    expect((await runDeclaredCheck(pypiProvenance, ctx({ pypiKeys: {} }))).status).toBe('pass');
    expect((await runDeclaredCheck(pypiProvenance, ctx())).summary).toMatch(/names no environment, expected environment pypi/);
  });

  test('pypi.provenance false skips; a missing supply-chain section fails; an empty dist fails', async () => {
    expect(await runDeclaredCheck(pypiProvenance, ctx({ pypiKeys: { provenance: false } }))).toEqual({
      status: 'skip',
      summary: 'turned off in config ("pypi.provenance: false")'
    });
    const missing = await runDeclaredCheck(pypiProvenance, ctx({ supplyChain: undefined }));
    expect(missing.summary).toMatch(/^config has no "supply-chain" section, which pypi-provenance needs .*set "pypi\.provenance: false"/);
    const empty = tempDir('rg-pypi-provenance-empty-');
    fs.mkdirSync(path.join(empty, 'dist'));
    fs.copyFileSync(path.join(workspace, 'trusted_root.json'), path.join(empty, 'trusted_root.json'));
    expect((await runDeclaredCheck(pypiProvenance, ctx({ workspace: empty }))).summary).toMatch(/^dist .* holds no wheel or sdist of SketchLog 1\.2\.3/);
  });
});

describe('pypi-provenance on real PEP 740 provenance (public-good)', () => {
  const real = realFolder('pep740');
  const publicGood = path.join(realFolder('sigstore'), 'public-good-trusted_root.json');
  const samples = [
    {
      file: 'pypi_attestations-0.0.19.tar.gz',
      sha256: '9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3',
      repository: 'trailofbits/pypi-attestations',
      tag: 'v0.0.19',
      commit: '08802efe1f8e5fec4ad842d6b8ce97656092ee72'
    },
    {
      file: 'sigstore-3.6.1.tar.gz',
      sha256: 'ee60fdc9236fd6709271ad53b44027461360c3fde155d2af15482e4c451ff865',
      repository: 'sigstore/sigstore-python',
      tag: 'v3.6.1',
      commit: '896cfe13105495e6dc6f8faf23e1007da35edeeb'
    }
  ];

  test.each(samples)('$file passes under its own repository and fails under SketchLog', async (sample) => {
    const verifier = await createVerifier({ trustedRootFile: publicGood });
    const provenance = readPep740Provenance(fs.readFileSync(path.join(real, `${sample.file}.provenance`)));
    const policyFor = (repository: string, commit: string) => ({
      san: `https://github.com/${repository}/.github/workflows/release.yml@refs/tags/${sample.tag}`,
      signerWorkflows: [],
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepositoryUri: `https://github.com/${repository}`,
      sourceRef: `refs/tags/${sample.tag}`,
      sourceCommit: commit
    });
    const trustFor = (repository: string, commit: string) => ({
      section: SUPPLY_CHAIN as never,
      policy: policyFor(repository, commit),
      verifier,
      workflowFile: 'release.yml'
    });
    const file = { file: sample.file, sha256: sample.sha256 };
    const own = await judgeProvenance(
      trustFor(sample.repository, sample.commit),
      { repository: sample.repository, workflow: 'release.yml', environment: null },
      provenance,
      file
    );
    expect(own.problems).toEqual([]);
    expect(own.row).toEqual([
      sample.file,
      `${sample.repository} release.yml`,
      `.github/workflows/release.yml@refs/tags/${sample.tag}`,
      sample.commit.slice(0, 12),
      'ok'
    ]);
    const ours = await judgeProvenance(trustFor(REPOSITORY, SHA), { repository: REPOSITORY, workflow: 'release.yml', environment: 'pypi' }, provenance, file);
    expect(ours.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${sample.file.replace(/\./g, '\\.')} has no PEP 740 attestation from the release workflow: its trusted publisher is GitHub ${sample.repository}`
        )
      )
    ]);
  });
});
