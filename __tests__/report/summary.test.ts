import { describe, expect, it } from '@jest/globals';
import type { GateRun } from '../../src/engine.js';
import { escapeText, safeHref } from '../../src/report/escape.js';
import { addGateSummary, type SummaryWriter } from '../../src/report/summary.js';
import { buildReport } from '../../src/report/report.js';
import { renderText } from '../../src/report/text.js';

/** Collects what the summary API is asked to write, as core.summary would. */
function recorder(): SummaryWriter & { html: string } {
  const w = {
    html: '',
    addHeading(text: string, level: number | string = 1) {
      w.html += `<h${level}>${text}</h${level}>\n`;
      return w;
    },
    addRaw(text: string) {
      w.html += text;
      return w;
    },
    addTable(rows: Array<Array<string | { data: string; header?: boolean }>>) {
      w.html += `<table>${rows.map((r) => `<tr>${r.map((c) => (typeof c === 'string' ? `<td>${c}</td>` : `<th>${c.data}</th>`)).join('')}</tr>`).join('')}</table>\n`;
      return w;
    },
    addList(items: string[]) {
      w.html += `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>\n`;
      return w;
    },
    addEOL() {
      w.html += '\n';
      return w;
    }
  };
  return w;
}

const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) | **bold** `code`\n# heading';

const run: GateRun = {
  gate: 'preflight',
  result: 'fail',
  failureLine: 'release-gates preflight: 1 check failed: coupled-versions',
  durationMs: 5,
  checks: [
    { id: 'tag-format', status: 'pass', summary: 'tag v1.2.3 is a release of 1.2.3', details: [], links: [] },
    {
      id: 'coupled-versions',
      status: 'fail',
      summary: `1 of 2 files disagree: ${hostile}`,
      details: [hostile],
      links: ['https://github.example.test/o/r/actions/runs/1', 'javascript:alert(1)'],
      table: { columns: ['file', 'key', 'version found'], rows: [['package.json', 'version', hostile]] }
    }
  ]
};
const release = { tag: 'v1.2.3<script>', version: '1.2.3', kind: 'release' as const, tagProblem: null };

describe('job summary', () => {
  it('shows the gate, verdict, version, kind and short sha, then one row per check', () => {
    const w = recorder();
    addGateSummary(w, run, release, 'abcdef0123456789abcdef0123456789abcdef01', 'Tag/version parity');
    expect(w.html).toContain('release-gates · preflight · ❌ fail');
    expect(w.html).toContain('<code>abcdef0</code>');
    expect(w.html).toContain('kind release');
    expect(w.html).toContain('<td><code>tag&#45;format</code></td><td>✅ pass</td>');
    expect(w.html).toContain('<td><code>coupled&#45;versions</code></td><td>❌ fail</td>');
  });

  it('escapes everything from outside so it cannot inject HTML or Markdown', () => {
    const w = recorder();
    addGateSummary(w, run, release, 'a'.repeat(40), 'title');
    expect(w.html).not.toContain('<img');
    expect(w.html).not.toContain('<script>');
    expect(w.html).not.toContain('[click]');
    expect(w.html).not.toContain('**bold**');
    expect(w.html).not.toContain('`code`');
    expect(w.html).not.toContain('javascript:');
    expect(w.html).toContain('&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;');
    expect(w.html).toContain('<a href="https://github.example.test/o/r/actions/runs/1">');
  });

  it('keeps the detail table in the report and renders it in text', () => {
    const report = buildReport(run, release, 'a'.repeat(40));
    expect(report.checks[1]!.details).toContain(`package.json | version | ${hostile}`);
    expect(Object.keys(report)).toEqual(['gate', 'result', 'tag', 'version', 'kind', 'sha', 'checks', 'durationMs']);
    const text = renderText(run, release, 'a'.repeat(40), 'title');
    expect(text).toMatch(/fail {2}coupled-versions/);
    expect(text).toContain('file          key      version found');
  });
});

describe('escapeText and safeHref', () => {
  it.each([
    ['a|b', 'a&#124;b'],
    ['line1\nline2', 'line1 line2'],
    ['<b>&</b>', '&#60;b&#62;&#38;&#60;/b&#62;'],
    ['plain text 1.2.3', 'plain text 1.2.3'],
    ['bell\u0007', 'bell']
  ])('escapeText(%j) = %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it.each([
    ['https://x.test/a?b=c', 'https://x.test/a?b=c'],
    ['http://127.0.0.1:8/x', 'http://127.0.0.1:8/x'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null]
  ])('safeHref(%j) = %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('job summary that fits a glance', () => {
  const digest = `sha256:${'6e0227e8'.repeat(8)}`;
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`file-${i}.whl`, 'ab'.repeat(32), i === 7 || i === 9 ? 'not covered' : 'covered']);
  const gate = (status: 'pass' | 'fail', n: number): GateRun => ({
    gate: 'supply-chain',
    result: status,
    failureLine: status === 'fail' ? 'release-gates supply-chain: 1 check failed: provenance' : null,
    durationMs: 1,
    checks: [
      {
        id: 'provenance',
        status,
        summary: `127.0.0.1:39811/sketchlog/sketchlog@${digest} at ${'c'.repeat(40)}`,
        details: [`image 127.0.0.1:39811/sketchlog/sketchlog@${digest}`],
        links: [],
        table: { columns: ['file', 'sha256', 'verdict'], rows: rows(n), failing: [7, 9] }
      }
    ]
  });

  it('shortens references and digests in the one-line summary, and keeps them whole in the details', () => {
    const w = recorder();
    addGateSummary(w, gate('pass', 3), release, 'a'.repeat(40), 'Supply chain');
    expect(w.html).toContain('<td>sketchlog@<wbr>sha256&#58;<wbr>6e0227e8… at ccccccc</td>');
    expect(w.html).toContain(`sha256&#58;<wbr>${'6e0227e8'.repeat(8)}`);
    expect(buildReport(gate('pass', 3), release, 'a'.repeat(40)).checks[0]!.summary).toContain(digest);
  });

  it.each([
    [8, false],
    [9, true]
  ])('folds a passing table of %i rows into <details>: %s', (n, folded) => {
    const w = recorder();
    addGateSummary(w, gate('pass', n), release, 'a'.repeat(40), 'Supply chain');
    expect(w.html.includes(`<details><summary>file, sha256, verdict: ${n} rows</summary>`)).toBe(folded);
    expect(w.html.includes('</details>')).toBe(folded);
  });

  it('never folds a failing check, and lists its failing rows first, in their order', () => {
    const w = recorder();
    addGateSummary(w, gate('fail', 12), release, 'a'.repeat(40), 'Supply chain');
    expect(w.html).not.toContain('<details>');
    const files = [...w.html.matchAll(/<td>file&#45;(\d+)\.whl<\/td>/g)].map((m) => Number(m[1]));
    expect(files).toEqual([7, 9, 0, 1, 2, 3, 4, 5, 6, 8, 10, 11]);
  });
});
