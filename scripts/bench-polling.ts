/**
 * npx tsx scripts/bench-polling.ts — what waiting costs the registries. The smoke gate runs
 * in-process against the release scenario's real local servers (the PyPI test server,
 * Verdaccio, the Distribution registry laid out as GHCR, the Go proxy and checksum database),
 * and the release is published `lag` seconds after the gate started. Time is a fake clock that
 * moves only while every check sleeps (no request in flight), so a 10-minute wait runs in
 * seconds and the figures do not depend on the machine.
 *
 * Per registry host: the poll rounds (distinct moments it was asked), the requests, the requests
 * again for something that had already answered 200 after the publish, and when the verdict came
 * after the publish. Goal: over a 10-minute wait at most 60 rounds per host, nothing asked again
 * once found, and the verdict within max(1 s, 10 % of the lag). Figures, not pass/fail.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gateCommand } from '../src/cli/commands/gate.js';
import { cliOutput } from '../src/cli/output.js';
import { formatDuration } from '../src/util/duration.js';
import { removeTempDirs } from '../test-support/git-repo.js';
import { ManualClock, settle } from '../test-support/manual-clock.js';
import { PIPELINE_TOKEN, startPipelineScenario } from '../test-support/pipeline-scenario.js';

const LAGS_S = [5, 60, 600];
const WAIT_MINUTES = 11;
/** Real time with no request in flight and nothing new asked, after which every check is taken to be asleep. */
const QUIET_MS = 40;

interface Asked {
  host: string;
  path: string;
  at: number;
  status: number | null;
}

/** Requests as undici (Node's fetch) reports them: each with the fake time it was sent at and its status. */
function recordRequests(now: () => number) {
  const asked: Asked[] = [];
  /** While set, requests are the publisher's (the pushes and uploads), not the gate's. */
  const state = { publishing: false };
  const open = new Map<object, Asked>();
  let lastEvent = performance.now();
  const onCreate = (message: unknown) => {
    const { request } = message as { request: { origin: string; path: string } };
    const entry = { host: new URL(request.origin).host, path: request.path, at: now(), status: null };
    if (!state.publishing) asked.push(entry);
    open.set(request, entry);
    lastEvent = performance.now();
  };
  const onHeaders = (message: unknown) => {
    const { request, response } = message as { request: object; response: { statusCode: number } };
    const entry = open.get(request);
    if (entry) entry.status = response.statusCode;
    lastEvent = performance.now();
  };
  const onDone = (message: unknown) => {
    open.delete((message as { request: object }).request);
    lastEvent = performance.now();
  };
  diagnosticsChannel.subscribe('undici:request:create', onCreate);
  diagnosticsChannel.subscribe('undici:request:headers', onHeaders);
  diagnosticsChannel.subscribe('undici:request:trailers', onDone);
  diagnosticsChannel.subscribe('undici:request:error', onDone);
  return {
    asked,
    state,
    quiet: () => open.size === 0 && performance.now() - lastEvent >= QUIET_MS,
    stop() {
      diagnosticsChannel.unsubscribe('undici:request:create', onCreate);
      diagnosticsChannel.unsubscribe('undici:request:headers', onHeaders);
      diagnosticsChannel.unsubscribe('undici:request:trailers', onDone);
      diagnosticsChannel.unsubscribe('undici:request:error', onDone);
    }
  };
}

interface HostFigures {
  name: string;
  rounds: number;
  requests: number;
  againAfterFound: number;
}

async function runLag(lagS: number): Promise<{ code: number; verdictAfterMs: number; hosts: HostFigures[]; checks: string }> {
  const p = await startPipelineScenario();
  const s = p.release;
  const clock = new ManualClock(Date.now());
  const recorder = recordRequests(() => clock.now());
  try {
    // The artifacts gate's SHA256SUMS, which the publish attests (smoke does not read it).
    const sums = readdirSync(s.distDir)
      .sort()
      .map(
        (name) =>
          `${createHash('sha256')
            .update(readFileSync(path.join(s.distDir, name)))
            .digest('hex')}  ${name}\n`
      );
    writeFileSync(path.join(s.distDir, 'SHA256SUMS'), sums.join(''));
    // The Go proxy keeps the version to itself until the publish (its .info answers 404).
    s.goProxy.lag(Number.MAX_SAFE_INTEGER);
    const start = clock.now();
    const publishAt = start + lagS * 1000;
    let published = false;
    let out = '';
    const terminal = cliOutput({ out: (t) => (out += t), err: () => {} }, [PIPELINE_TOKEN, s.npmToken]);
    const env = { HOME: process.env.HOME ?? '', GITHUB_API_URL: p.github.url, GITHUB_TOKEN: PIPELINE_TOKEN, NPM_TOKEN: s.npmToken, RUNNER_TEMP: s.workspace };
    let finishedAt: number | null = null;
    let code = 1;
    const gate = gateCommand(
      'smoke',
      [
        '--tag',
        s.tag,
        '--sha',
        s.sha,
        '--workspace',
        s.workspace,
        '--config',
        p.config,
        '--repository',
        'sketchlog/sketchlog',
        '--wait-minutes',
        String(WAIT_MINUTES)
      ],
      { terminal, env, clock, sleep: (ms) => new Promise<void>((resolve) => clock.setTimer(resolve, ms)) }
    ).then((c) => {
      code = c;
      finishedAt = clock.now();
    });
    // Time moves only while nothing is in flight: then every check sleeps until its next round.
    while (finishedAt === null) {
      await new Promise((r) => setTimeout(r, 5));
      await settle();
      if (finishedAt !== null || !recorder.quiet()) continue;
      const next = clock.nextAt();
      if (next === null) continue;
      if (!published && next >= publishAt) {
        recorder.state.publishing = true;
        await p.publish();
        recorder.state.publishing = false;
        s.goProxy.lag(0);
        published = true;
        await clock.advance(Math.max(0, publishAt - clock.now()));
        continue;
      }
      await clock.advance(next - clock.now());
    }
    await gate;
    const hosts = new Map<string, string>([
      [new URL(s.pypi.url).host, 'PyPI'],
      [new URL(s.npm.url).host, 'npm (Verdaccio)'],
      [new URL(p.ghcr.url).host, 'GHCR-like registry'],
      [new URL(s.goProxy.url).host, 'Go proxy'],
      [new URL(s.sumdb.url).host, 'checksum database']
    ]);
    const figures: HostFigures[] = [];
    for (const [host, name] of hosts) {
      const mine = recorder.asked.filter((a) => a.host === host);
      const foundAt = new Map<string, number>();
      let again = 0;
      for (const a of mine) {
        if (foundAt.has(a.path) && a.at > foundAt.get(a.path)!) again++;
        if (a.status === 200 && a.at >= publishAt && !foundAt.has(a.path)) foundAt.set(a.path, a.at);
      }
      figures.push({ name, rounds: new Set(mine.map((a) => a.at)).size, requests: mine.length, againAfterFound: again });
    }
    const checks = out
      .split('\n')
      .map((l) => /^\s*(pass|fail|skip)\s+([a-z-]+)/.exec(l))
      .filter((m) => m !== null)
      .map((m) => `${m[2]} ${m[1]}`)
      .join(', ');
    return { code, verdictAfterMs: (finishedAt ?? clock.now()) - publishAt, hosts: figures, checks };
  } finally {
    recorder.stop();
    await p.close();
    removeTempDirs();
  }
}

console.log(`\nPolling: smoke against local registries, the release published after a lag (wait-minutes ${WAIT_MINUTES}, fake clock)`);
console.log('lag     | host               | rounds | requests | asked again once found | verdict after the publish (goal)');
for (const lagS of LAGS_S) {
  const result = await runLag(lagS);
  const goal = Math.max(1000, lagS * 100);
  for (const [i, h] of result.hosts.entries()) {
    const verdict = i === 0 ? `${formatDuration(result.verdictAfterMs)} (≤ ${formatDuration(goal)}), exit ${result.code}` : '';
    console.log(
      `${`${lagS} s`.padEnd(7)} | ${h.name.padEnd(18)} | ${String(h.rounds).padStart(6)} | ${String(h.requests).padStart(8)} | ${String(h.againAfterFound).padStart(22)} | ${verdict}`
    );
  }
  console.log(`        checks: ${result.checks}`);
}
