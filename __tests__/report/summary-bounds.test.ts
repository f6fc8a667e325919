import { describe, expect, it } from '@jest/globals';
import type { GateRun } from '../../src/engine.js';
import { escapeText, neutralizeBidi } from '../../src/report/escape.js';
import { buildReport, reportJson } from '../../src/report/report.js';
import { SUMMARY_LIMITS, addGateSummary, type SummaryWriter } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

/** Collects the HTML as core.summary would build it. */
function recorder(): SummaryWriter & { html: string } {
  const w = {
    html: '',
    addHeading: (t: string, l: number | string = 1) => ((w.html += `<h${l}>${t}</h${l}>\n`), w),
    addRaw: (t: string) => ((w.html += t), w),
    addTable: (rows: Array<Array<string | { data: string; header?: boolean }>>) => (
      (w.html += `<table>${rows.map((r) => `<tr>${r.map((c) => (typeof c === 'string' ? `<td>${c}</td>` : `<th>${c.data}</th>`)).join('')}</tr>`).join('')}</table>\n`),
      w
    ),
    addList: (items: string[]) => ((w.html += `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>\n`), w),
    addEOL: () => ((w.html += '\n'), w)
  };
  return w;
}

const release = { tag: 'v1.2.3', version: '1.2.3', kind: 'release' as const, tagProblem: null };

function runWith(checks: GateRun['checks']): GateRun {
  return { gate: 'artifacts', result: 'fail', failureLine: 'release-gates artifacts: 1 check failed: checksums', durationMs: 1, checks };
}

describe('the job summary is bounded', () => {
  it("5,000 files with hostile names stay far under GitHub's 1 MiB and say how many more are in the report", () => {
    const name = (i: number) => `${'|<>&*_'.repeat(20)}-${i}.whl`;
    const names = Array.from({ length: 5000 }, (_, i) => name(i));
    const run = runWith([
      {
        id: 'checksums',
        status: 'fail',
        summary: 'x'.repeat(100_000),
        details: names.map((n) => `${n} is not listed in SHA256SUMS`),
        links: [],
        table: { columns: ['file', 'sha256', 'bytes'], rows: names.map((n) => [n, 'f'.repeat(64), '1']) }
      }
    ]);
    const w = recorder();
    addGateSummary(w, run, release, 'a'.repeat(40), 'Artifacts');
    expect(Buffer.byteLength(w.html)).toBeLessThan(400 * 1024);
    expect(w.html).toContain(`… ${5000 - SUMMARY_LIMITS.maxTableRows} more rows in the report file`);
    expect(w.html).toContain(`… ${5000 - SUMMARY_LIMITS.maxDetails} more details in the report file`);
    expect(w.html).toContain(escapeText('… (100000 characters, see the report file)'));
  });

  it('many checks with large details: the budget ends the details and names the checks left out', () => {
    const big = 'é&'.repeat(250);
    const checks = Array.from({ length: 40 }, (_, i) => ({
      id: `check-${i}`,
      status: 'fail' as const,
      summary: 'bad',
      details: Array.from({ length: 50 }, () => big),
      links: []
    }));
    const w = recorder();
    addGateSummary(w, runWith(checks), release, 'a'.repeat(40), 'Artifacts');
    expect(w.html.length).toBeLessThan(SUMMARY_LIMITS.maxChars + 64 * 1024);
    expect(w.html).toMatch(/… \d+ more checks' details \(check&#45;\d+, /);
    // The check table itself is whole: every check has its row.
    for (let i = 0; i < 40; i++) expect(w.html).toContain(`<td><code>check&#45;${i}</code></td>`);
  });
});

describe('bidirectional controls are neutralised', () => {
  const trojan = 'sketchlog\u202Egnp.exe\u2066x\u2069.whl';

  it('in the summary: shown as code points, never as the character or an entity of it', () => {
    const w = recorder();
    addGateSummary(
      w,
      runWith([{ id: 'wheels', status: 'fail', summary: trojan, details: [trojan], links: [], table: { columns: ['f'], rows: [[trojan]] } }]),
      { ...release, tag: `v1.2.3${'\u202D'}` },
      'a'.repeat(40),
      't'
    );
    expect(w.html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(w.html).not.toMatch(/&#(8234|8235|8236|8237|8238|8294|8295|8296|8297);/);
    expect(w.html.replace(/<wbr>/g, '')).toContain('sketchlog&#60;U&#43;202E&#62;gnp.exe&#60;U&#43;2066&#62;x&#60;U&#43;2069&#62;.whl');
  });

  it('in the text report for the command line', () => {
    const text = renderText(runWith([{ id: 'wheels', status: 'fail', summary: trojan, details: [trojan], links: [] }]), release, 'a'.repeat(40), 't');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('sketchlog<U+202E>gnp.exe<U+2066>x<U+2069>.whl');
  });

  it('in the JSON report: written as \\u escapes, so the data reads back unchanged', () => {
    const report = buildReport(runWith([{ id: 'wheels', status: 'fail', summary: trojan, details: [], links: [] }]), release, 'a'.repeat(40));
    const json = reportJson(report);
    expect(json).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(json).toContain('sketchlog\\u202egnp.exe');
    expect(JSON.parse(json)).toEqual(report);
  });

  it('escapeText and neutralizeBidi agree', () => {
    expect(neutralizeBidi('a\u200Fb')).toBe('a<U+200F>b');
    expect(escapeText('a\u200Fb')).toBe('a&#60;U&#43;200F&#62;b');
  });
});
