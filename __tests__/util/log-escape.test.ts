/** Log lines are one line with no workflow command in them, whatever outside text they carry. */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import { HttpClient } from '../../src/clients/http.js';
import { run } from '../../src/main.js';
import { neutralizeForLog, neutralizeLines } from '../../src/util/log-escape.js';
import { testSettings } from '../helpers/context.js';
import { BASE_CONFIG, SHA, fakeGit, fakeGitHub, workspaceWith } from '../helpers/preflight-context.js';

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

describe('the gate run prints outside text neutralised and redacted', () => {
  it('a GitHub answer carrying a line break, a workflow command and the token reaches io.info as one safe line', async () => {
    const token = 'ghs_logline_token_0123456789';
    const workspace = await workspaceWith({
      '.github/release-gates.yml': JSON.stringify(BASE_CONFIG),
      'package.json': JSON.stringify({ name: 'x', version: '1.2.3' }),
      'CHANGELOG.md': '# Changelog\n\n## [1.2.3] - 2026-11-20\n'
    });
    const hostile = `${'y'.repeat(90)}${token}\n::warning file=x::pwned\r\n##[error]also`;
    const github = fakeGitHub({
      getTagRef: () => Promise.reject(new Error(hostile)),
      compareCommits: () => Promise.reject(new Error(hostile)),
      listWorkflowRuns: () => Promise.reject(new Error(hostile))
    });
    const clients = { github, git: fakeGit(SHA), http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 1000, userAgent: 'test' }) };
    const lines: string[] = [];
    const failed: string[] = [];
    try {
      await run(
        testSettings(workspace, { gate: 'preflight', tag: 'v1.2.3', sha: SHA, token, summary: false, runnerTemp: workspace }),
        { setOutput: () => {}, setFailed: (m) => failed.push(m), info: (m) => lines.push(m), writeSummary: async () => {} },
        { clients: clients as never, sleep: async () => {} }
      );
    } finally {
      await fs.rm(workspace, { recursive: true, force: true });
    }
    expect(lines.some((l) => l.includes('pwned'))).toBe(true);
    for (const line of [...lines, ...failed]) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toContain('::');
      expect(line).not.toContain('##[');
      expect(line).not.toContain(token.slice(0, 10));
    }
  });
});
