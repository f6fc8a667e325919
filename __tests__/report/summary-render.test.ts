/**
 * Every gate's job summary of a whole release (npm run demo -- --pipeline: real gates over real local
 * registries), and the failing one of a partial publication, rendered as GitHub shows a job summary:
 * headless Chromium, GitHub's Markdown CSS, 1012 px (test-support/summary-render.ts). Nothing may
 * scroll sideways: every table fits (folded ones opened too), so every check's verdict is in view.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPipeline } from '../../scripts/demo-pipeline.js';
import { removeTempDirs } from '../../test-support/git-repo.js';
import { renderSummary, SUMMARY_WIDTH_PX } from '../../test-support/summary-render.js';

const summaries: Array<[string, string]> = [];
// Not tempDir(): the pipeline removes the temporary folders test-support made when it ends.
const kept: string[] = [];
const keptDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  kept.push(dir);
  return dir;
};

beforeAll(async () => {
  const passing = keptDir('rg-render-pass-');
  const pass = await runPipeline({ summaryDir: passing, print: () => {} });
  expect(pass.code).toBe(0);
  for (const [gate, file] of Object.entries(pass.summaries)) summaries.push([`${gate} (pass)`, readFileSync(file!, 'utf8')]);
  const failing = keptDir('rg-render-fail-');
  const partial = await runPipeline({ partial: true, summaryDir: failing, print: () => {} });
  expect(partial.code).toBe(1);
  summaries.push(['publication (fail)', readFileSync(path.join(failing, 'publication.md'), 'utf8')]);
}, 120_000);

afterAll(() => {
  for (const dir of kept) rmSync(dir, { recursive: true, force: true });
  removeTempDirs();
});

describe('job summaries rendered at 1012 px', () => {
  it('covers all seven gates passing and the failing publication', () => {
    expect(summaries.map(([name]) => name)).toEqual([
      'preflight (pass)',
      'publication-preflight (pass)',
      'artifacts (pass)',
      'publication (pass)',
      'supply-chain (pass)',
      'smoke (pass)',
      'release (pass)',
      'publication (fail)'
    ]);
    expect(summaries.find(([name]) => name === 'publication (fail)')![1]).toContain('❌ fail');
  });

  it('nothing scrolls sideways in any of them: every table fits, every verdict is in view', async () => {
    const overflowing: string[] = [];
    for (const [name, markdown] of summaries) {
      const rendered = await renderSummary(markdown);
      expect(rendered.tables.length).toBeGreaterThan(0);
      if (rendered.page.scrollWidth > SUMMARY_WIDTH_PX) overflowing.push(`${name}: the page is ${rendered.page.scrollWidth} px wide`);
      for (const t of rendered.tables) {
        if (t.scrollWidth > t.clientWidth) overflowing.push(`${name}: table "${t.head}" is ${t.scrollWidth} px in ${t.clientWidth} px`);
      }
    }
    expect(overflowing).toEqual([]);
  }, 120_000);

  it('can fail: a summary line with an unbreakable 300-character token overflows', async () => {
    const rendered = await renderSummary(
      `<table><tr><th>check</th><th>status</th><th>summary</th></tr><tr><td>x</td><td>pass</td><td>${'a'.repeat(300)}</td></tr></table>`
    );
    expect(rendered.tables[0]!.scrollWidth).toBeGreaterThan(rendered.tables[0]!.clientWidth);
  });
});
