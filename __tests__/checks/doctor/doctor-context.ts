/** A GateContext for the doctor checks' unit tests: the contract's config and a fake GitHub. */
import type { Clients } from '../../../src/clients/index.js';
import { runGate } from '../../../src/engine.js';
import type { Check, CheckResult, GateContext } from '../../../src/gate.js';
import type { GitHubApi, Ruleset } from '../../../src/clients/github/index.js';
import { fakeGitHub, testContext, type TestGateContext } from '../../helpers/context.js';

export const DOCTOR_CONFIG = {
  tags: { release: 'v{version}' },
  main: { branch: 'main', workflow: 'ci.yml' },
  go: { dir: 'clients/go', tag: 'clients/go/v{version}' },
  pypi: { project: 'sketchlog', python: ['cp312'], platforms: ['manylinux_x86_64'], environment: 'pypi' },
  'supply-chain': { workflow: '.github/workflows/release.yml', scan: { report: 'trivy-results.json' } }
};

export function doctorContext(
  github: Partial<GitHubApi>,
  config: Record<string, unknown> = DOCTOR_CONFIG
): TestGateContext & { github: ReturnType<typeof fakeGitHub> } {
  const fake = fakeGitHub(github);
  // doctor runs for no tag: the settings' tag is the template, as the command sets it.
  const ctx = testContext({ gate: 'preflight', config, tag: 'v{version}', clients: { github: fake } as unknown as Clients, settings: { gate: 'doctor' } });
  return Object.assign(ctx, { github: fake });
}

let nextId = 1;
/** A ruleset in detail, active tag ruleset by default. */
export function ruleset(fields: Partial<Ruleset> & { name: string }): Ruleset {
  return {
    id: fields.id ?? nextId++,
    target: 'tag',
    enforcement: 'active',
    sourceType: 'Repository',
    source: 'sketchlog/sketchlog',
    include: [],
    exclude: [],
    rules: [],
    bypassActors: [],
    htmlUrl: null,
    ...fields
  };
}

/** One check run as the engine runs it in a gate: a CheckFailed (a setting that could not be read) becomes the failure's summary. */
export async function runAlone(check: Check, ctx: GateContext): Promise<CheckResult> {
  const run = await runGate({ id: 'doctor', title: 'doctor', checks: [check] }, ctx, []);
  return run.checks[0]!;
}
