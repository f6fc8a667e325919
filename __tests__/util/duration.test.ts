/** The one duration format of messages, progress lines and summaries. */
import { describe, expect, it } from '@jest/globals';
import { formatDuration } from '../../src/util/duration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [150, '150 ms'],
    [999.4, '999 ms'],
    [1000, '1.0 s'],
    [1500, '1.5 s'],
    [4000, '4.0 s'],
    [30_000, '30.0 s'],
    [118_000, '118.0 s'],
    [119_999, '120.0 s'],
    [120_000, '2.0 min'],
    [150_000, '2.5 min'],
    [600_000, '10.0 min'],
    [360 * 60_000, '360.0 min']
  ])('%s ms reads "%s"', (ms, shown) => {
    expect(formatDuration(ms)).toBe(shown);
  });
});
