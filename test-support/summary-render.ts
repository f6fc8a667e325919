/**
 * Renders a job summary as GitHub shows it, in headless Chromium (Debian's `chromium`, installed
 * by setup.sh and .ci/run): the Markdown through a GFM renderer (`marked`; raw HTML passes through
 * as GitHub passes the summary's tables), styled by GitHub's own Markdown CSS
 * (`github-markdown-css`, the light theme), in a 1012 px content column — the width of a job
 * summary on github.com. A script in the page measures every table (with every `<details>` opened,
 * so folded tables are held to the width too) and writes the figures into the page, which
 * Chromium's --dump-dom hands back. Screenshots are taken the same way, with the details closed.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { marked } from 'marked';
import { tempDir } from './git-repo.js';

/** The width of a job summary's content on github.com. */
export const SUMMARY_WIDTH_PX = 1012;

export interface TableFit {
  /** The table's first row, for naming it in a failure. */
  head: string;
  scrollWidth: number;
  clientWidth: number;
}

export interface RenderedSummary {
  tables: TableFit[];
  /** The page itself (wider than the window: the whole summary scrolls sideways); its height with the details closed. */
  page: { scrollWidth: number; clientWidth: number; height: number };
}

const CHROMIUM = process.env.RELEASE_GATES_CHROMIUM ?? '/usr/bin/chromium';

function markdownCss(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
}

const MEASURE = `
for (const d of document.querySelectorAll('details')) d.open = true;
const tables = [...document.querySelectorAll('.markdown-body table')].map((t) => ({
  head: (t.rows[0] ? t.rows[0].innerText : '').replace(/\\s+/g, ' ').trim().slice(0, 80),
  scrollWidth: t.scrollWidth,
  clientWidth: t.clientWidth
}));
const root = document.documentElement;
const page = { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, height: 0 };
for (const d of document.querySelectorAll('details')) d.open = false;
// The height as a reader first sees it (details closed), for the screenshot's window.
page.height = document.querySelector('.markdown-body').scrollHeight;
document.getElementById('rg-result').textContent = JSON.stringify({ tables, page });
`;

function page(markdown: string, measure: boolean): string {
  const body = marked.parse(markdown, { async: false, gfm: true });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${markdownCss()}</style>
<style>html,body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:${SUMMARY_WIDTH_PX}px;padding:16px}</style></head>
<body><article class="markdown-body">${body}</article>${measure ? `<pre id="rg-result"></pre><script>${MEASURE}</script>` : ''}</body></html>`;
}

function chromium(args: string[]): Promise<string> {
  const profile = tempDir('rg-chromium-');
  const child = spawn(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${profile}`, '--virtual-time-budget=5000', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`${CHROMIUM} could not start (${error.message}); run npm run setup, which installs Debian's chromium`)));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`chromium exited ${code}: ${err.slice(-400)}`))));
  });
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Renders `markdown` as a job summary and measures it; with `screenshot`, also writes a PNG of it there. */
export async function renderSummary(markdown: string, options: { screenshot?: string } = {}): Promise<RenderedSummary> {
  const dir = tempDir('rg-summary-page-');
  const file = path.join(dir, 'summary.html');
  writeFileSync(file, page(markdown, true));
  const dom = await chromium([`--window-size=${SUMMARY_WIDTH_PX},900`, '--dump-dom', `file://${file}`]);
  const found = /<pre id="rg-result">([^<]*)<\/pre>/.exec(dom);
  if (!found || !found[1]) throw new Error(`the summary page did not report its measures; chromium printed: ${dom.slice(0, 300)}`);
  const rendered = JSON.parse(unescapeHtml(found[1])) as RenderedSummary;
  if (options.screenshot) {
    const shot = path.join(dir, 'shot.html');
    writeFileSync(shot, page(markdown, false));
    await chromium([
      `--window-size=${SUMMARY_WIDTH_PX},${Math.min(4000, rendered.page.height)}`,
      `--screenshot=${path.resolve(options.screenshot)}`,
      `file://${shot}`
    ]);
  }
  return rendered;
}
