import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import { GATE_IDS, GATES, gateNamed, loadGate } from '../../src/gates/index.js';
import { readSettings } from '../../src/settings.js';

const SHA = 'a'.repeat(40);
const ENV = { GITHUB_REPOSITORY: 'sketchlog/sketchlog', GITHUB_WORKSPACE: '/work/ws', GITHUB_SHA: SHA, GITHUB_REF: 'refs/tags/v1.2.3' };

describe('GATES', () => {
  it('is the contract’s gates in the contract’s order, and GATE_IDS (what the entry points load by) names the same', () => {
    expect(GATE_IDS).toEqual(['preflight', 'publication-preflight', 'artifacts', 'publication', 'supply-chain', 'smoke', 'release']);
    expect(GATES.map((gate) => gate.id)).toEqual(GATE_IDS);
  });

  it('loads each gate by its id as the entry points do, the very definition GATES holds', async () => {
    for (const id of GATE_IDS) expect(await loadGate(id)).toBe(GATES.find((gate) => gate.id === id));
  });

  it('gives no two checks of a gate the same id', () => {
    for (const gate of GATES) expect(new Set(gate.checks.map((c) => c.id)).size).toBe(gate.checks.length);
  });
});

describe('gateNamed', () => {
  it('finds each gate by its id', () => {
    for (const gate of GATES) expect(gateNamed(gate.id)).toBe(gate);
  });

  it.each([
    ['', 'input "gate" is required; use one of: preflight, publication-preflight, artifacts, publication, supply-chain, smoke, release'],
    ['deploy', 'unknown gate "deploy"; use one of: preflight, publication-preflight, artifacts, publication, supply-chain, smoke, release'],
    // A maintainer command is no gate of the action.
    ['prepare', 'unknown gate "prepare"; use one of: preflight, publication-preflight, artifacts, publication, supply-chain, smoke, release']
  ])('refuses %j with one clear message', (name, message) => {
    expect(() => gateNamed(name)).toThrow(InputError);
    expect(() => gateNamed(name)).toThrow(message);
  });

  it('clips a huge name in the message instead of echoing it whole', () => {
    let message = '';
    try {
      gateNamed('x'.repeat(5000));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('(5000 characters)');
    expect(message.length).toBeLessThan(400);
  });

  it('is what checks the gate input: settings keep it as given, before the gates are loaded', () => {
    const settings = readSettings((name) => ({ gate: 'deploy' })[name] ?? '', ENV);
    expect(settings.gate).toBe('deploy');
    expect(() => gateNamed(settings.gate)).toThrow('unknown gate "deploy"');
  });
});
