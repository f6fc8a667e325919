/**
 * Where real BuildKit provenance records the build's commit: SLSA v0.2 and v1, mode=min and max, a local
 * context with docker/build-push-action's vcs hint, and Git-context builds (the real config source of
 * moby/buildkit's docs put into the real v0.2 and v1 statements, as BuildKit writes it for a Git context).
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import {
  REVISION_PLACES,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  gitContextNamesRepository,
  isBuildKitProvenanceType,
  recordedRevisions,
  type RecordedRevision
} from '../../src/formats/buildkit-provenance.js';

const FOLDER = new URL('../../__fixtures__/real/buildkit/', import.meta.url);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (name: string): Json => JSON.parse(fs.readFileSync(new URL(name, FOLDER), 'utf8')) as Json;

const V02_VCS = 'predicate.metadata["https://mobyproject.org/buildkit@v1#metadata"].vcs.revision';
const V1_VCS = 'predicate.runDetails.metadata.buildkit_metadata.vcs.revision';
const V02_CONFIG = 'predicate.invocation.configSource.digest.sha1';
const V1_CONFIG = 'predicate.buildDefinition.externalParameters.configSource.digest.sha1';
const BUILDKIT_COMMIT = '4b220de5058abfd01ff619c9d2ff6b09a049bea0';
const BUILDKIT_URI = 'https://github.com/moby/buildkit.git#refs/tags/v0.11.0';

/** Real statements with a Git context: the docs' configSource in place of the local one, and no vcs (BuildKit records none). */
function gitContext(statementFile: string, configSourceFile: string): Json {
  const statement = read(statementFile);
  const v1 = statement.predicateType === SLSA_PROVENANCE_V1;
  if (v1) {
    statement.predicate.buildDefinition.externalParameters.configSource = read(configSourceFile);
    delete statement.predicate.runDetails.metadata.buildkit_metadata.vcs;
  } else {
    statement.predicate.invocation.configSource = read(configSourceFile);
    delete statement.predicate.metadata['https://mobyproject.org/buildkit@v1#metadata'].vcs;
  }
  return statement;
}

const CASES: Array<[string, Json, RecordedRevision[], string[]]> = [
  [
    'v0.2 mode=min, local context with the vcs hint (docker docs)',
    read('provenance-v02-min.json'),
    [{ kind: 'vcs', revision: 'a9ba846486420e07d30db1107411ac3697ecab68', source: 'git@github.com:<org>/<repo>.git', place: V02_VCS }],
    [V02_VCS, V02_CONFIG]
  ],
  [
    'v0.2 mode=max, a dirty work tree (docker docs)',
    read('provenance-v02-max.json'),
    [{ kind: 'vcs', revision: 'a9ba846486420e07d30db1107411ac3697ecab68-dirty', source: 'git@github.com:<org>/<repo>.git', place: V02_VCS }],
    [V02_VCS, V02_CONFIG]
  ],
  [
    'v0.2 from docker/build-push-action (microcks)',
    read('provenance-v02-microcks.json'),
    [{ kind: 'vcs', revision: 'f3cfa7c2c741e6023bd2bef77a5b87278f01d540', source: 'https://github.com/microcks/microcks', place: V02_VCS }],
    [V02_VCS, V02_CONFIG]
  ],
  ['v1 mode=min, local context without a hint (buildkit docs)', read('provenance-v1-min.json'), [], [V1_VCS, V1_CONFIG]],
  ['v1 mode=max, local context without a hint (buildkit docs)', read('provenance-v1-max.json'), [], [V1_VCS, V1_CONFIG]],
  [
    'v0.2 Git context',
    gitContext('provenance-v02-min.json', 'configsource-v02-git-context.json'),
    [{ kind: 'config-source', revision: BUILDKIT_COMMIT, uri: BUILDKIT_URI, place: V02_CONFIG }],
    [V02_VCS, V02_CONFIG]
  ],
  [
    'v1 Git context',
    gitContext('provenance-v1-max.json', 'configsource-v1-git-context.json'),
    [{ kind: 'config-source', revision: BUILDKIT_COMMIT, uri: BUILDKIT_URI, place: V1_CONFIG }],
    [V1_VCS, V1_CONFIG]
  ]
];

describe('recordedRevisions on real BuildKit provenance', () => {
  test('every provenance statement in the folder is a case', () => {
    const files = fs.readdirSync(FOLDER).filter((n) => n.startsWith('provenance-') && n.endsWith('.json'));
    const covered = ['provenance-v02-min.json', 'provenance-v02-max.json', 'provenance-v02-microcks.json', 'provenance-v1-min.json', 'provenance-v1-max.json'];
    expect(files.sort()).toEqual(covered.sort());
  });

  test.each(CASES)('%s', (_, statement, revisions, read) => {
    expect(isBuildKitProvenanceType(statement.predicateType as string)).toBe(true);
    expect(recordedRevisions(statement.predicateType as typeof SLSA_PROVENANCE_V02, statement.predicate)).toEqual({ revisions, read });
  });

  test('v1 keeps the revision under buildkit_metadata, never under the v0.2 key', () => {
    const statement = read('provenance-v1-min.json');
    statement.predicate.runDetails.metadata['https://mobyproject.org/buildkit@v1#metadata'] = { vcs: { revision: 'f'.repeat(40) } };
    expect(recordedRevisions(SLSA_PROVENANCE_V1, statement.predicate).revisions).toEqual([]);
    statement.predicate.runDetails.metadata.buildkit_metadata = { vcs: { revision: 'f'.repeat(40) } };
    expect(recordedRevisions(SLSA_PROVENANCE_V1, statement.predicate).revisions).toEqual([
      { kind: 'vcs', revision: 'f'.repeat(40), source: null, place: V1_VCS }
    ]);
  });

  test('the places named in messages', () => {
    expect(REVISION_PLACES).toEqual({
      [SLSA_PROVENANCE_V02]: { vcs: V02_VCS, configSource: 'predicate.invocation.configSource' },
      [SLSA_PROVENANCE_V1]: { vcs: V1_VCS, configSource: 'predicate.buildDefinition.externalParameters.configSource' }
    });
    expect(isBuildKitProvenanceType('https://spdx.dev/Document')).toBe(false);
  });
});

describe('gitContextNamesRepository', () => {
  test.each([
    [BUILDKIT_URI, true],
    ['https://github.com/moby/buildkit', true],
    ['https://github.com/Moby/BuildKit.git#4b220de5058abfd01ff619c9d2ff6b09a049bea0', true],
    ['https://github.com/moby/buildkit-fork.git#refs/tags/v0.11.0', false],
    ['https://github.com/other/buildkit.git', false],
    ['https://gitlab.com/moby/buildkit.git', false],
    ['git@github.com:moby/buildkit.git', false]
  ])('%s → %s', (uri, names) => {
    expect(gitContextNamesRepository(uri, 'https://github.com/', 'moby', 'buildkit')).toBe(names);
  });
});
