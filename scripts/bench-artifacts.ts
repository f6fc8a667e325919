/**
 * npx tsx scripts/bench-artifacts.ts — prints what the artifacts gate's hot paths
 * cost on this machine: classifying 1,000 wheel names into the interpreter ×
 * platform matrix, and hashing a 1 GiB file next to `sha256sum` on the same file
 * (throughput ratio, target ≥ 0.8) with the peak RSS of the hashing process
 * (target under 100 MiB). Figures, not pass/fail: tests stay untimed.
 *
 * The hashing runs in a child process (this script with --hash-child) so its
 * peak RSS is the hash function's alone; an idle child is measured beside it.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { classifyWheelNames } from '../src/formats/wheel-name.js';
import { sha256File } from '../src/util/hash.js';
import { bundlePath } from '../test-support/run-action.js';

const MiB = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface ChildReport {
  hex: string;
  ms: number;
  maxRssKiB: number;
}

if (process.argv[2] === '--hash-child' || process.argv[2] === '--idle-child') {
  let report: ChildReport = { hex: '', ms: 0, maxRssKiB: 0 };
  if (process.argv[2] === '--hash-child') {
    const started = performance.now();
    const { hex } = await sha256File(process.argv[3]!);
    report = { hex, ms: performance.now() - started, maxRssKiB: 0 };
  }
  report.maxRssKiB = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
}

// --- 1. Wheel name classification --------------------------------------------------------
const interpreters = ['cp38', 'cp39', 'cp310', 'cp311', 'cp312', 'cp313', 'cp313t', 'cp314'];
const platforms = [
  'manylinux_2_17_x86_64.manylinux2014_x86_64',
  'manylinux_2_28_aarch64',
  'musllinux_1_2_x86_64',
  'macosx_10_9_x86_64',
  'macosx_11_0_arm64',
  'macosx_10_9_universal2',
  'win_amd64',
  'win_arm64',
  'win32'
];
const names: string[] = [];
for (let i = 0; names.length < 1000; i++) {
  const python = interpreters[i % interpreters.length]!;
  const abi = python === 'cp313t' ? 'cp313t' : i % 17 === 0 ? 'abi3' : python;
  const version = i % 13 === 0 ? '1.2.0' : '1.3.0rc1';
  const project = i % 29 === 0 ? 'sketchbook' : i % 2 ? 'sketchlog' : 'SketchLog';
  const build = i % 11 === 0 ? `-${i % 5}` : '';
  const py = python === 'cp313t' ? 'cp313' : python;
  names.push(`${project}-${version}${build}-${py}-${abi}-${platforms[Math.floor(i / interpreters.length) % platforms.length]}.whl`);
}
const spec = {
  project: 'sketchlog',
  version: '1.3.0rc1',
  python: ['cp310', 'cp311', 'cp312', 'cp313', 'cp314'],
  platforms: ['manylinux_x86_64', 'macosx_x86_64', 'macosx_arm64', 'win_amd64']
};
classifyWheelNames(names, spec); // warm-up (JIT)
const classifyTimes: number[] = [];
let cellsFilled = 0;
for (let i = 0; i < 21; i++) {
  const t = performance.now();
  const result = classifyWheelNames(names, spec);
  classifyTimes.push(performance.now() - t);
  cellsFilled = result.cells.flat().filter((c) => c.length > 0).length;
}
const classifyMs = median(classifyTimes);
const perNameUs = (classifyMs * 1000) / names.length;
console.log(
  `wheel names: classified ${names.length.toLocaleString('en')} names into a 5 × 4 matrix in ${classifyMs.toFixed(2)} ms (median of 21; ${perNameUs.toFixed(2)} µs per name; ${cellsFilled} cells filled)`
);

// --- 2. Streaming sha256 against sha256sum ------------------------------------------------
const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-bench-hash-'));
const file = path.join(dir, 'release-file.bin');
const cleanUp = () => rmSync(dir, { recursive: true, force: true });
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
try {
  const chunk = randomBytes(MiB);
  const fd = openSync(file, 'w');
  for (let i = 0; i < 1024; i++) {
    chunk.writeUInt32LE(i, 0); // no two MiB alike
    writeSync(fd, chunk);
  }
  closeSync(fd);

  const sha256sum = () => {
    const t = performance.now();
    const out = spawnSync('sha256sum', [file], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`sha256sum failed: ${out.stderr}`);
    return { hex: out.stdout.slice(0, 64), ms: performance.now() - t };
  };
  const self = fileURLToPath(import.meta.url);
  const child = (mode: string): ChildReport => {
    // The same loader flags (tsx) this script runs under, so the child imports the TypeScript source.
    const out = spawnSync(process.execPath, [...process.execArgv, self, mode, file], { encoding: 'utf8', maxBuffer: MiB });
    if (out.status !== 0) throw new Error(`hash child failed: ${out.stderr}`);
    return JSON.parse(out.stdout) as ChildReport;
  };

  sha256sum(); // warm the page cache, so both read from memory
  const theirs: number[] = [];
  const ours: ChildReport[] = [];
  for (let i = 0; i < 3; i++) {
    theirs.push(sha256sum().ms);
    ours.push(child('--hash-child'));
  }
  const reference = sha256sum().hex;
  if (ours.some((r) => r.hex !== reference)) throw new Error('the streaming hash disagrees with sha256sum');
  const idle = child('--idle-child');

  const oursMs = median(ours.map((r) => r.ms));
  const theirsMs = median(theirs);
  const gib = 1; // the file is 1,024 MiB
  const peakMiB = Math.max(...ours.map((r) => r.maxRssKiB)) / 1024;
  console.log(
    `sha256 of 1 GiB: ours ${oursMs.toFixed(0)} ms (${(gib / (oursMs / 1000)).toFixed(2)} GiB/s), sha256sum ${theirsMs.toFixed(0)} ms (${(gib / (theirsMs / 1000)).toFixed(2)} GiB/s): throughput ratio ${(theirsMs / oursMs).toFixed(2)} (target ≥ 0.8; median of 3, digests equal)`
  );
  console.log(
    `peak RSS of the hashing process: ${peakMiB.toFixed(1)} MiB (target < 100 MiB; an idle child of the same runtime: ${(idle.maxRssKiB / 1024).toFixed(1)} MiB)`
  );

  // --- 3. The action's own process: the bundle runs the artifacts gate over a dist holding the file.
  const workspace = path.join(dir, 'workspace');
  mkdirSync(path.join(workspace, 'dist'), { recursive: true });
  mkdirSync(path.join(workspace, '.github'), { recursive: true });
  linkSync(file, path.join(workspace, 'dist', 'sketchlog-1.3.0rc1.spdx.json')); // a hard link: no second GiB on disk
  writeFileSync(
    path.join(workspace, '.github', 'release-gates.yml'),
    'tags: { release: "v{version}" }\npypi: { project: sketchlog, python: [cp312], platforms: [win_amd64] }\nrelease: { checksum: SHA256SUMS, sbom: "*.spdx.json", provenance: "*.intoto.jsonl" }\n'
  );
  const rssFile = path.join(dir, 'rss.txt');
  const preload = path.join(dir, 'rss.mjs');
  writeFileSync(
    preload,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.RG_RSS_FILE, String(process.resourceUsage().maxRSS)));\n"
  );
  const outputFile = path.join(dir, 'output.txt');
  writeFileSync(outputFile, '');
  const started = performance.now();
  const action = spawnSync(process.execPath, ['--import', preload, bundlePath()], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      RG_RSS_FILE: rssFile,
      INPUT_GATE: 'artifacts',
      INPUT_TAG: 'v1.3.0-rc.1',
      INPUT_SUMMARY: 'false',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REPOSITORY: 'sketchlog/sketchlog',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: dir
    }
  });
  const actionMs = performance.now() - started;
  const sums = readFileSync(path.join(workspace, 'dist', 'SHA256SUMS'), 'utf8');
  if (!sums.includes(`${reference}  sketchlog-1.3.0rc1.spdx.json`)) {
    throw new Error(`the action's checksums check did not write the expected line:\n${sums}\n${action.stdout}${action.stderr}`);
  }
  const actionMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  console.log(
    `peak RSS of the action's process (dist/index.js, artifacts gate over the 1 GiB file): ${actionMiB.toFixed(1)} MiB in ${actionMs.toFixed(0)} ms (target < 100 MiB; the checksum line equals sha256sum's)`
  );
} finally {
  cleanUp();
}
