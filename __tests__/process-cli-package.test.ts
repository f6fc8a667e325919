/**
 * The CLI as users install it: `npm pack` makes the package the registry would
 * serve, `npm install --global` installs it (offline: the bundle needs no
 * dependency), and the installed `release-gates` runs.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import * as path from 'node:path';
import { removeTempDirs, tempDir } from '../test-support/git-repo.js';
import { ROOT } from '../test-support/run-action.js';

afterAll(removeTempDirs);

interface PackResult {
  name: string;
  filename: string;
  files: Array<{ path: string }>;
}

describe('the npm package', () => {
  it('is a public scoped package holding the CLI bundle only, and installs and runs with no dependency to fetch', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.name).toBe('@sketchlog/release-gates');
    // Everything is bundled into dist/: an install must not pull a dependency tree.
    expect(manifest.dependencies).toBeUndefined();

    const out = tempDir('rg-pack-');
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    ) as PackResult[];
    const files = packed[0]!.files.map((f) => f.path).sort();
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('README.md');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('__tests__/') || f === 'dist/index.js')).toEqual([]);

    const prefix = tempDir('rg-global-');
    execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(out, packed[0]!.filename)], {
      stdio: ['ignore', 'pipe', 'pipe']
    });
    const bin = path.join(prefix, 'bin', 'release-gates');
    expect(existsSync(bin)).toBe(true);
    const installed = path.resolve(path.dirname(bin), readlinkSync(bin));
    expect(installed).toBe(path.join(prefix, 'lib/node_modules/@sketchlog/release-gates/dist/cli/index.js'));
    // Run with this Node 24, as the engines field asks.
    const version = execFileSync(process.execPath, [installed, '--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe(manifest.version);
    const help = execFileSync(process.execPath, [installed, '--help'], { encoding: 'utf8' });
    expect(help).toContain('usage: release-gates <command> [options]');
  });
});
