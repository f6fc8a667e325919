/**
 * Real tag rulesets (__fixtures__/real/rulesets, GitHub's own starter recipes) read by the client's ruleset
 * reader and judged by tag-rules: both restrict deletions and force pushes but not updates, so a release
 * tag under either could still be moved. Table-driven over the folder: a sample added without
 * expectations fails.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { judgeTagRules } from '../../../src/checks/doctor/tag-rules.js';
import { toRuleset } from '../../../src/clients/github/settings-answers.js';
import type { TagFamily } from '../../../src/checks/doctor/common.js';
import { realFolder, realSamples } from '../../../test-support/real-samples.js';

const DIR = realFolder('rulesets');
const FAMILIES: TagFamily[] = [
  { label: 'the release tags', pattern: 'v*', samples: ['v1.2.3', 'v10.20.30', 'v0.1.0-rc.1'] },
  { label: 'the Go module tags', pattern: 'clients/go/v*', samples: ['clients/go/v1.2.3', 'clients/go/v10.20.30', 'clients/go/v0.1.0-rc.1'] }
];
const MOVABLE = (name: string) =>
  `the release tags (refs/tags/v*) and the Go module tags (refs/tags/clients/go/v*) can be moved: Settings → Rules → Rulesets → "${name}": enable 'Restrict updates'`;

const EXPECTED: Record<string, { name: string; rules: string[]; findings: string[] }> = {
  'prevent-tag-delete.json': { name: 'Prevent Tag Deletion', rules: ['deletion', 'non_fast_forward'], findings: [MOVABLE('Prevent Tag Deletion')] },
  // An export without an id (an organization ruleset to import): read with the id the API would add.
  'tag-defaults.json': { name: 'Tags', rules: ['deletion', 'non_fast_forward', 'tag_name_pattern'], findings: [MOVABLE('Tags')] }
};

describe('real tag rulesets', () => {
  it('has expectations for every sample in the folder', () => {
    expect(realSamples('rulesets')).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const raw = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Record<string, unknown>;
    const ruleset = toRuleset({ id: 1, ...raw }, file);
    expect([ruleset.name, ruleset.target, ruleset.enforcement, ruleset.include, ruleset.exclude, ruleset.rules, ruleset.bypassActors]).toEqual([
      expected.name,
      'tag',
      'active',
      ['~ALL'],
      [],
      expected.rules,
      []
    ]);
    const verdict = judgeTagRules(FAMILIES, [ruleset], []);
    expect(verdict.findings).toEqual(expected.findings);
  });
});
