/**
 * The action's output boundary (src/action-log.ts, as src/index.ts wires it): main.ts hands over
 * plain text, and every line that reaches the runner is redacted and neutralised there, once.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import { actionLogLine, throughLogBoundary } from '../src/action-log.js';
import { HttpClient } from '../src/clients/http.js';
import { run } from '../src/main.js';
import type { ActionIO } from '../src/main.js';
import { testSettings } from './helpers/context.js';
import { BASE_CONFIG, SHA, fakeGit, fakeGitHub, workspaceWith } from './helpers/preflight-context.js';

interface Printed {
  lines: string[];
  failed: string[];
  io: ActionIO;
}

/** What the runner would print, through the boundary the action uses. */
function printedThroughBoundary(secrets: string[]): Printed {
  const lines: string[] = [];
  const failed: string[] = [];
  const runner: ActionIO = { setOutput: () => {}, setFailed: (m) => failed.push(m), info: (m) => lines.push(m), writeSummary: async () => {} };
  return { lines, failed, io: throughLogBoundary(runner, actionLogLine(secrets)) };
}

/** A preflight run whose three GitHub calls all fail with `message`. */
async function preflightWithGitHubFailing(message: string, token: string, printed: Printed): Promise<void> {
  const workspace = await workspaceWith({
    '.github/release-gates.yml': JSON.stringify(BASE_CONFIG),
    'package.json': JSON.stringify({ name: 'x', version: '1.2.3' }),
    'CHANGELOG.md': '# Changelog\n\n## [1.2.3] - 2026-11-20\n'
  });
  const github = fakeGitHub({
    getTagRef: () => Promise.reject(new Error(message)),
    compareCommits: () => Promise.reject(new Error(message)),
    listWorkflowRuns: () => Promise.reject(new Error(message))
  });
  const clients = { github, git: fakeGit(SHA), http: new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 1000, userAgent: 'test' }) };
  try {
    await run(testSettings(workspace, { gate: 'preflight', tag: 'v1.2.3', sha: SHA, token, summary: false, runnerTemp: workspace }), printed.io, {
      clients: clients as never,
      sleep: async () => {}
    });
  } finally {
    await fs.rm(workspace, { recursive: true, force: true });
  }
}

describe('the gate run prints outside text neutralised and redacted', () => {
  it('a GitHub answer carrying a line break, a workflow command and the token reaches the runner as one safe line', async () => {
    const token = 'ghs_logline_token_0123456789';
    const printed = printedThroughBoundary([token]);
    await preflightWithGitHubFailing(`${'y'.repeat(90)}${token}\n::warning file=x::pwned\r\n##[error]also`, token, printed);
    expect(printed.lines.some((l) => l.includes('pwned'))).toBe(true);
    for (const line of [...printed.lines, ...printed.failed]) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toContain('::');
      expect(line).not.toContain('##[');
      expect(line).not.toContain(token.slice(0, 10));
    }
  });

  it('escapes a workflow command and redacts the token in a thrown error exactly once', async () => {
    const token = 'ghs_exactly_once_0123456789';
    const printed = printedThroughBoundary([token]);
    await preflightWithGitHubFailing(`refused ${token} ::set-output name=result::pass`, token, printed);
    const tagObject = printed.lines.find((l) => l.startsWith('fail tag-object: '));
    expect(tagObject).toBe('fail tag-object: tag-object could not finish: refused *** :\\:set-output name=result:\\:pass');
    expect(printed.failed).toEqual([expect.stringMatching(/^release-gates preflight: \d checks failed: [a-z-, ]+$/)]);
  });
});
