/** Log lines are one line with no workflow command in them, whatever outside text they carry. */
import { describe, expect, it } from '@jest/globals';
import { neutralizeForLog, neutralizeLines } from '../../src/util/log-escape.js';

describe('neutralizeForLog', () => {
  it.each([
    ['a file name with a line break and a command', 'demo.whl\n::warning file=x::pwned', 'demo.whl\\n:\\:warning file=x:\\:pwned'],
    ['a CR LF pair', 'a\r\n::error::x', 'a\\n:\\:error:\\:x'],
    ['a lone CR', 'a\r::add-mask::x', 'a\\r:\\:add-mask:\\:x'],
    ['the Unicode line separators', 'a\u2028b\u2029c\u0085d', 'a\\u2028b\\u2029c\\x85d'],
    ['a command at the very start, after spaces', '  ::stop-commands::tok', '  :\\:stop-commands:\\:tok'],
    ['a run of colons', ':::x', ':\\:\\:x'],
    ['the old ##[ form', 'x ##[set-output name=a]b', 'x #\\#[set-output name=a]b'],
    ['control and bidirectional-override characters', 'a\u0000b\u001bc\u202ed', 'a\\x00b\\x1bc\\u202ed'],
    ['ordinary text, URLs, tabs and one colon', 'pass tag-format: v1.2.3 at https://x.test:443/a\tb', 'pass tag-format: v1.2.3 at https://x.test:443/a\tb']
  ])('neutralises %s', (_what, input, expected) => {
    expect(neutralizeForLog(input)).toBe(expected);
  });

  it('changes nothing when applied again', () => {
    const once = neutralizeForLog('x\n::warning::y ##[z] \u202e :::');
    expect(neutralizeForLog(once)).toBe(once);
  });
});

describe('neutralizeLines', () => {
  it('keeps a report multi-line while no line can start a command', () => {
    const report = 'release-gates artifacts: pass\n  fail files: demo\n::warning::pwned\r\n  ok';
    expect(neutralizeLines(report)).toBe('release-gates artifacts: pass\n  fail files: demo\n:\\:warning:\\:pwned\n  ok');
  });
});
