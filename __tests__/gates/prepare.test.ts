import { describe, expect, it } from '@jest/globals';
import { prepare } from '../../src/gates/prepare.js';

describe('prepare', () => {
  it('runs the gates’ checks where the question is the same, and the clone-only ones', () => {
    expect(prepare.checks.map((c) => c.id)).toEqual(['coupled-versions', 'changelog', 'working-tree', 'main-tip', 'main-ci', 'tags-free', 'unpublished']);
  });
});
