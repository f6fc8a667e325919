import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { createClients } from '../../src/clients/index.js';
import { testSettings } from '../helpers/context.js';

const clients = () => createClients(testSettings(os.tmpdir(), { npmToken: 'npm_test-token-never-sent' }));

describe('createClients: one client per registry, index and source within a run', () => {
  test('npm gives the same client for the same registry, another for another registry', () => {
    const c = clients();
    const registry = 'https://registry.npmjs.org';
    expect(c.npm(registry)).toBe(c.npm(registry));
    expect(c.npm('https://npm.example.test')).not.toBe(c.npm(registry));
  });

  test('the anonymous npm client is its own, and holds no token', () => {
    const c = clients();
    const registry = 'https://registry.npmjs.org';
    const anonymous = c.npm(registry, { anonymous: true });
    expect(anonymous).toBe(c.npm(registry, { anonymous: true }));
    expect(anonymous).not.toBe(c.npm(registry));
    expect([anonymous.hasToken, c.npm(registry).hasToken]).toEqual([false, true]);
  });

  test.each([
    ['pypi', (c: ReturnType<typeof clients>, at: string) => c.pypi(at), 'https://pypi.org', 'https://test.pypi.org'],
    ['goproxy', (c: ReturnType<typeof clients>, at: string) => c.goproxy(at), 'https://proxy.golang.org', 'https://goproxy.example.test']
  ])('%s gives the same client for the same base URL', (_name, build, one, other) => {
    const c = clients();
    expect(build(c, one)).toBe(build(c, one));
    expect(build(c, other)).not.toBe(build(c, one));
  });

  test('gosumdb gives the same client for the same GOSUMDB value', () => {
    const c = clients();
    const spec = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
    expect(c.gosumdb(spec)).toBe(c.gosumdb(spec));
  });

  test('a new run builds new clients', () => {
    expect(clients().npm('https://registry.npmjs.org')).not.toBe(clients().npm('https://registry.npmjs.org'));
  });

  test('the Sigstore verifier is loaded once per source, a failed load included', async () => {
    const c = clients();
    const missing = { trustedRootFile: path.join(os.tmpdir(), 'rg-no-such-dir', 'trusted_root.json') };
    const first = c.sigstore(missing);
    const again = c.sigstore({ ...missing });
    const other = c.sigstore({ trustedRootFile: path.join(os.tmpdir(), 'rg-no-such-dir', 'other.json') });
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    // Both handlers attached at once: the second load may fail before the first is awaited.
    await Promise.all([expect(first).rejects.toThrow(/trusted_root\.json/), expect(other).rejects.toThrow(/other\.json/)]);
  });
});
