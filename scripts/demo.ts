/**
 * npm run demo — runs the `preflight` gate on an embedded SketchLog-style
 * repository against the local GitHub test server and prints its summary.
 *
 *   npm run demo               a release that passes every check
 *   npm run demo -- --drift    the same release with one coupled manifest left behind
 *   npm run demo -- --release  the maintainer's side instead: bump, prepare, tag --push, status
 *   npm run demo -- --pipeline all seven gates of Build and Publish over a release published into loopback registries
 *   npm run demo -- --pipeline --partial
 *                              the image push refused after PyPI and npm took the version: publication
 *                              fails, the rest does not run, status says the version is burned (exit 1)
 *   --summaries DIR            (with --pipeline) keep each gate's job summary as DIR/<gate>.md
 *   --screenshots DIR          (with --pipeline) write each gate's job summary, rendered as GitHub shows
 *                              it (headless Chromium, GitHub's Markdown CSS, 1012 px), as DIR/<gate>.png
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createRepo, removeTempDirs } from '../test-support/git-repo.js';
import { startGitHubServer } from '../test-support/github-server.js';
import { cliBundlePath } from '../test-support/run-cli.js';
import { sketchlogFiles } from '../test-support/sketchlog.js';
import { renderSummary } from '../test-support/summary-render.js';
import { releaseDemo } from './demo-release.js';
import { runPipeline } from './demo-pipeline.js';

const VERSION = '1.2.3';
const TOKEN = 'demo-token-not-a-secret';

if (process.argv.includes('--release')) {
  process.exitCode = await releaseDemo();
} else if (process.argv.includes('--pipeline')) {
  const option = (name: string) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const screenshots = option('--screenshots');
  // Screenshots are made from the summaries, so they are kept (in a temporary folder unless --summaries names one).
  const summaryDir = option('--summaries') ?? (screenshots ? mkdtempSync(path.join(tmpdir(), 'rg-demo-summaries-')) : undefined);
  const result = await runPipeline({ partial: process.argv.includes('--partial'), ...(summaryDir ? { summaryDir: path.resolve(summaryDir) } : {}) });
  if (screenshots) await writeScreenshots(result.summaries, path.resolve(screenshots));
  if (screenshots && !option('--summaries') && summaryDir) rmSync(summaryDir, { recursive: true, force: true });
  process.exitCode = result.code;
} else {
  await preflightDemo(process.argv.includes('--drift'));
}

/** Each gate's job summary as GitHub shows it, as DIR/<gate>.png. */
async function writeScreenshots(summaries: Record<string, string | undefined>, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [gate, file] of Object.entries(summaries)) {
    if (!file) continue;
    const shot = path.join(dir, `${gate}.png`);
    await renderSummary(readFileSync(file, 'utf8'), { screenshot: shot });
    console.log(`screenshot: ${shot}`);
  }
  removeTempDirs();
}

async function preflightDemo(drift: boolean): Promise<void> {
  const files = sketchlogFiles(VERSION);
  if (drift) files['wasm/package.json'] = files['wasm/package.json']!.replace(`"version": "${VERSION}"`, '"version": "1.2.2"');
  const repo = createRepo(files);
  const sha = repo.head();
  repo.tag(`v${VERSION}`, { annotated: true });
  repo.tag(`clients/go/v${VERSION}`);
  const server = await startGitHubServer({ repoDir: repo.dir, token: TOKEN });
  server.runs.push({ headSha: sha, event: 'push', branch: 'main', conclusion: 'success' });

  const cli = cliBundlePath();
  const args = ['preflight', '--workspace', repo.dir, '--tag', `v${VERSION}`, '--sha', sha, '--repository', 'sketchlog/sketchlog'];
  // What runs is what is shown: the same arguments, with the temporary paths as they are.
  console.log(`A SketchLog sample repository (temporary, removed at the end) and a GitHub test server at ${server.url}.\n`);
  console.log(`$ GITHUB_API_URL=${server.url} GITHUB_TOKEN=*** release-gates ${args.join(' ')}\n`);

  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: 'inherit',
      env: { ...process.env, GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN, GITHUB_SERVER_URL: 'https://github.com' }
    });
    child.on('close', (c) => resolve(c ?? 1));
  });
  await server.close();
  removeTempDirs();
  console.log(`\nexit code ${code} (${code === 0 ? 'the gate passed' : 'the gate failed, as a required check would'})`);
  // The demo's own exit code is the gate's, so `npm run demo -- --drift` fails as the job would.
  process.exitCode = code;
}
