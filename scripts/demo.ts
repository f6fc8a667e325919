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
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createRepo, removeTempDirs } from '../test-support/git-repo.js';
import { startGitHubServer } from '../test-support/github-server.js';
import { cliBundlePath } from '../test-support/run-cli.js';
import { sketchlogFiles } from '../test-support/sketchlog.js';
import { releaseDemo } from './demo-release.js';
import { runPipeline } from './demo-pipeline.js';

const VERSION = '1.2.3';
const TOKEN = 'demo-token-not-a-secret';

if (process.argv.includes('--release')) {
  process.exitCode = await releaseDemo();
} else if (process.argv.includes('--pipeline')) {
  const at = process.argv.indexOf('--summaries');
  const summaryDir = at > 0 ? process.argv[at + 1] : undefined;
  process.exitCode = (await runPipeline({ partial: process.argv.includes('--partial'), ...(summaryDir ? { summaryDir: path.resolve(summaryDir) } : {}) })).code;
} else {
  await preflightDemo(process.argv.includes('--drift'));
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
