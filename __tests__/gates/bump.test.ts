import { describe, expect, it } from '@jest/globals';
import { bump } from '../../src/gates/bump.js';

describe('bump', () => {
  it('checks what it wrote with preflight’s two file checks', () => {
    expect(bump.checks.map((c) => c.id)).toEqual(['coupled-versions', 'changelog']);
  });
});
