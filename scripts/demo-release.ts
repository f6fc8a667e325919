/**
 * npm run demo -- --release — the maintainer's side of a release, end to end, with
 * the command-line bundle in a real clone of a bare `origin`: bump, merge, prepare
 * (waiting for the merge's CI run), tag --push, and status after a publication that
 * stopped part-way. GitHub, PyPI and the Go proxy are the local test servers.
 */
import { spawn } from 'node:child_process';
import { removeTempDirs } from '../test-support/git-repo.js';
import { startGitHubServer } from '../test-support/github-server.js';
import { startGoProxy } from '../test-support/go-proxy.js';
import { startPypiServer } from '../test-support/pypi-server.js';
import { maintainerClone, MAINTAINER_GIT_ENV } from '../test-support/maintainer-clone.js';
import { cliBundlePath } from '../test-support/run-cli.js';
import { sketchlogConfig, sketchlogFiles } from '../test-support/sketchlog.js';

const TOKEN = 'demo-token-not-a-secret';
const REMOTE = 'https://github.com/sketchlog/sketchlog.git';

export async function releaseDemo(): Promise<number> {
  const [pypi, goproxy] = await Promise.all([startPypiServer(), startGoProxy()]);
  const config = {
    ...sketchlogConfig(),
    pypi: { index: pypi.url, project: 'sketchlog', python: ['cp312'], platforms: ['manylinux_x86_64'] },
    goproxy: goproxy.url,
    // npm, the image and the chart need Verdaccio and Distribution; the tests cover them.
    npm: false as const,
    container: false as const,
    helm: false as const
  };
  const { origin, clone, git } = maintainerClone(sketchlogFiles('1.2.2', config), REMOTE);
  const github = await startGitHubServer({ repoDir: origin, token: TOKEN });

  const env = { ...process.env, ...MAINTAINER_GIT_ENV, GITHUB_API_URL: github.url, GITHUB_TOKEN: TOKEN };
  const step = (title: string) => console.log(`\n━━ ${title}\n`);
  const show = (line: string) => console.log(`$ ${line}`);
  const releaseGates = (...args: string[]) =>
    new Promise<number>((resolve) => {
      show(`release-gates ${args.join(' ')}`);
      const child = spawn(process.execPath, [cliBundlePath(), ...args], { cwd: clone, env, stdio: 'inherit' });
      child.on('close', (code) => resolve(code ?? 1));
    });

  console.log(`A clone of SketchLog at 1.2.2 (temporary), with GitHub, PyPI and the Go proxy as local test servers (GitHub at ${github.url}).`);
  const codes: Array<[string, number, number]> = [];
  step('1. bump the version on a branch');
  codes.push(['bump', await releaseGates('bump', '1.2.3'), 0]);
  step('   …review, commit, merge (here: pushed straight to main)');
  show('git commit -am "Release 1.2.3" && git push origin main');
  git('commit', '-qam', 'Release 1.2.3');
  git('push', '-q', 'origin', 'main');
  // GitHub starts the merge commit's CI run; it finishes after a few looks.
  github.runs.push({ headSha: git('rev-parse', 'HEAD'), status: 'queued', conclusion: null, completeAfter: { requests: 3, conclusion: 'success' } });

  step('2. prepare: waits for the CI run of the merge commit, then prints the tag commands');
  codes.push(['prepare', await releaseGates('prepare', '1.2.3', '--wait-minutes', '1'), 0]);
  step('3. tag and push: the Go tag first, the release tag second');
  codes.push(['tag', await releaseGates('tag', '1.2.3', '--push'), 0]);

  step('4. the release workflow uploaded to PyPI and then failed: which places hold 1.2.3?');
  pypi.projects.sketchlog = { '1.2.3': { files: ['sketchlog-1.2.3.tar.gz'] } };
  codes.push(['status', await releaseGates('status', '1.2.3'), 1]);
  console.log('\n(exit 1: 1.2.3 is burned; the next release is 1.2.4, from release-gates bump 1.2.4)');

  await Promise.all([github.close(), pypi.close(), goproxy.close()]);
  removeTempDirs();
  const unexpected = codes.filter(([, code, expected]) => code !== expected);
  for (const [name, code, expected] of unexpected) console.log(`unexpected: ${name} exited ${code}, expected ${expected}`);
  return unexpected.length === 0 ? 0 : 1;
}
