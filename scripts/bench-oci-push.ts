/**
 * npx tsx scripts/bench-oci-push.ts — the requests `oci-push` makes per repository, as the
 * registry sees them: the real Distribution registry with token auth, laid out as GHCR is (the
 * token service at `/token` on the registry's origin), probed for the SketchLog image and chart
 * at once, as the check does. Goal: 3 requests per repository after the challenge (token, upload
 * start, cancel). Then the same for a chart the token may only pull: the probe stops at the token.
 *
 * Figures, not pass/fail: the tests prove the behaviour.
 */
import { performance } from 'node:perf_hooks';
import { HttpClient } from '../src/clients/http.js';
import { createOciApi, OciError, parseImageRef } from '../src/clients/oci/index.js';
import { removeTempDirs } from '../test-support/git-repo.js';
import { startPushRegistry, type PushTestRegistry, type SeenRequest } from '../test-support/oci-token-service.js';

const TOKEN = 'ghs_BenchOciPushToken0123456789abcdef';
const BASIC = `Basic ${Buffer.from(`sketchlog:${TOKEN}`).toString('base64')}`;
const REPOSITORIES = ['sketchlog/sketchlog', 'sketchlog/charts/sketchlog'];

let chartGrants: ReadonlyArray<'pull' | 'push'> = ['pull', 'push'];
const registry: PushTestRegistry = await startPushRegistry({
  pusher: { user: 'sketchlog', password: TOKEN },
  grants: (repository) => (repository.includes('/charts/') ? chartGrants : ['pull', 'push'])
});
const oci = createOciApi({ http: new HttpClient({ retries: 2, retryBaseMs: 20, timeoutMs: 10_000, userAgent: 'bench' }) });

/** Which repository a request at the front is for: its `/v2/{name}/` path or its token scope. */
function repositoryOf(r: SeenRequest): string {
  if (r.url === '/v2/') return '(challenge)';
  const scope = new URL(r.url, 'http://front').searchParams.get('scope');
  const name = scope ? /^repository:(.+):[^:]+$/.exec(scope)?.[1] : /^\/v2\/(.+)\/blobs\/uploads\//.exec(r.url)?.[1];
  return name ?? '(other)';
}

function credentialOf(r: SeenRequest): string {
  const auth = r.headers.authorization;
  if (auth === undefined) return 'no credential';
  if (auth === BASIC) return 'Basic (owner, GitHub token)';
  return auth.startsWith('Bearer ') ? 'Bearer (registry token)' : 'other';
}

async function round(title: string): Promise<void> {
  const before = registry.requests.length;
  const started = performance.now();
  const outcomes = await Promise.all(
    REPOSITORIES.map((name) =>
      oci.probePush(parseImageRef(`${registry.host}/${name}`), { user: 'sketchlog', password: TOKEN }, { pushHosts: [registry.host] }).then(
        (r) => `push allowed${r.notes.length ? ` (${r.notes.join('; ')})` : ''}`,
        (e: unknown) => (e instanceof OciError ? `denied: ${e.message.slice(0, 90)}…` : `error: ${String(e)}`)
      )
    )
  );
  const ms = performance.now() - started;
  const seen = registry.requests.slice(before);
  console.log(`\n${title} (${ms.toFixed(0)} ms for both, concurrently)`);
  for (const [i, name] of REPOSITORIES.entries()) {
    const mine = seen.filter((r) => repositoryOf(r) === name);
    console.log(`  ${name}: ${outcomes[i]}`);
    for (const r of mine)
      console.log(
        `    ${r.method.padEnd(6)} ${r.url
          .split('?')[0]!
          .replace(/[0-9a-f-]{36}$/, '{uuid}')
          .padEnd(52)} ${credentialOf(r)}`
      );
    console.log(`    → ${mine.length} requests after the challenge (goal: 3 for a push that is allowed)`);
  }
  console.log(`  challenges (GET /v2/, no credential): ${seen.filter((r) => r.url === '/v2/').length}, one per repository`);
  const leftovers = REPOSITORIES.flatMap((name) => registry.uploads(name));
  console.log(`  upload sessions left: ${leftovers.length}; blobs written: ${registry.blobs().length}`);
}

try {
  await round('oci-push, push granted on the image and the chart');
  chartGrants = ['pull'];
  await round('oci-push, the chart package grants the token pull only');
} finally {
  await registry.close();
  removeTempDirs();
}
