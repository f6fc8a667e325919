/**
 * The registry's signing keys and `dist.signatures`, as `npm audit signatures` (pacote) checks them: the real
 * signatures of two real packuments verify with the real keys (both documents), key rotation is judged by the
 * version's publish time, and a tampered integrity, an unknown keyid or a bad signature fails naming the key. Then the
 * keys endpoint and made-up keys against the real Verdaccio behind the test proxy, asked without the token.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HttpClient } from '../../../src/clients/http.js';
import {
  createNpmApi,
  NpmError,
  publishTimeMatters,
  verifyRegistrySignatures,
  type NpmApi,
  type NpmRegistryKey,
  type SignedVersion
} from '../../../src/clients/npm/index.js';
import { npmKeyId, readRegistryKeys, readTufRegistryKeys } from '../../../src/formats/npm-keys.js';
import { readVersionLookup } from '../../../src/formats/packument.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import { registrySigner, startNpmRegistry, type NpmTestRegistry } from '../../../test-support/npm-registry.js';
import { realFolder } from '../../../test-support/real-samples.js';

const load = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(realFolder('npm'), file), 'utf8'));
const KEY_2022 = 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA';
const KEY_2025 = 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U';
const REGISTRY_KEYS = readRegistryKeys(load('registry-keys.json'));
const TUF_KEYS = readTufRegistryKeys(load('registry.npmjs.org-keys.tuf.json'));
const NOW = new Date('2026-06-01T00:00:00.000Z');

/** A real packument's version as verifyRegistrySignatures takes it, and its signatures. */
function realVersion(file: string, name: string): { subject: SignedVersion; signatures: Array<{ keyid: string; sig: string }> } {
  const manifest = readVersionLookup(load(file), name, '1.0.0').manifest!;
  return { subject: { name, version: '1.0.0', integrity: manifest.dist.integrity!, publishedAt: manifest.publishedAt }, signatures: manifest.dist.signatures };
}
const tiny = realVersion('tiny-tarball.full.json', 'tiny-tarball');
const notLicensed = realVersion('not-licensed.full.json', 'not-licensed');

describe('real signatures with the real keys', () => {
  test.each([
    ['/-/npm/v1/keys', REGISTRY_KEYS],
    ["TUF's keys.json", TUF_KEYS]
  ])('tiny-tarball and not-licensed verify with the 2022 key from %s', (_from, keys) => {
    expect(verifyRegistrySignatures(keys, tiny.subject, tiny.signatures, NOW)).toEqual({ ok: true, keyIds: [KEY_2022] });
    expect(verifyRegistrySignatures(keys, notLicensed.subject, notLicensed.signatures, NOW)).toEqual({ ok: true, keyIds: [KEY_2022] });
  });

  test('key rotation: the 2022 key vouches for a version published before 2025-01-29, not after', () => {
    const before = { ...tiny.subject, publishedAt: '2025-01-28T23:59:59.999Z' };
    expect(verifyRegistrySignatures(REGISTRY_KEYS, before, tiny.signatures, NOW)).toEqual({ ok: true, keyIds: [KEY_2022] });
    const after = { ...tiny.subject, publishedAt: '2025-02-03T12:00:00.000Z' };
    expect(verifyRegistrySignatures(REGISTRY_KEYS, after, tiny.signatures, NOW)).toEqual({
      ok: false,
      reason: `tiny-tarball@1.0.0 is signed with key ${KEY_2022}, which expired on 2025-01-29 before the version was published on 2025-02-03`
    });
    // Published the very moment the key expired: pacote's `publishedTime < expires` is false, so not valid.
    const atExpiry = { ...tiny.subject, publishedAt: '2025-01-29T00:00:00.000Z' };
    expect(verifyRegistrySignatures(REGISTRY_KEYS, atExpiry, tiny.signatures, NOW).ok).toBe(false);
  });

  test('no publish time (an abbreviated packument): an expired key is not enough, an unexpired one is judged by now', () => {
    const untimed = { ...tiny.subject, publishedAt: null };
    expect(verifyRegistrySignatures(REGISTRY_KEYS, untimed, tiny.signatures, NOW)).toEqual({
      ok: false,
      reason: `tiny-tarball@1.0.0 is signed with key ${KEY_2022}, which expired on 2025-01-29, and the packument gives no publish time to place the signature before that`
    });
    expect(verifyRegistrySignatures(REGISTRY_KEYS, untimed, tiny.signatures, new Date('2025-01-01T00:00:00.000Z'))).toEqual({ ok: true, keyIds: [KEY_2022] });
  });

  test('a tampered integrity, name or version does not verify', () => {
    const reason = `tiny-tarball@1.0.0 has a registry signature by key ${KEY_2022} that does not verify over its name, version and dist.integrity`;
    const tampered = { ...tiny.subject, integrity: notLicensed.subject.integrity };
    expect(verifyRegistrySignatures(REGISTRY_KEYS, tampered, tiny.signatures, NOW)).toEqual({ ok: false, reason });
    expect(verifyRegistrySignatures(REGISTRY_KEYS, { ...tiny.subject, version: '1.0.1' }, tiny.signatures, NOW)).toEqual({
      ok: false,
      reason: reason.replace('@1.0.0', '@1.0.1')
    });
    // Another package's real signature by the same key does not stand in.
    expect(verifyRegistrySignatures(REGISTRY_KEYS, tiny.subject, notLicensed.signatures, NOW)).toEqual({ ok: false, reason });
  });

  test('an unknown keyid, a signature that is not base64, and no signatures at all', () => {
    expect(verifyRegistrySignatures(REGISTRY_KEYS, tiny.subject, [{ keyid: 'SHA256:unknown', sig: tiny.signatures[0]!.sig }], NOW)).toEqual({
      ok: false,
      reason: "tiny-tarball@1.0.0 is signed with key SHA256:unknown, which the registry's keys do not list"
    });
    expect(verifyRegistrySignatures(REGISTRY_KEYS, tiny.subject, [{ keyid: KEY_2022, sig: 'not base64!' }], NOW)).toEqual({
      ok: false,
      reason: `tiny-tarball@1.0.0 has a signature by key ${KEY_2022} that is not base64`
    });
    expect(verifyRegistrySignatures(REGISTRY_KEYS, tiny.subject, [], NOW)).toEqual({
      ok: false,
      reason: 'tiny-tarball@1.0.0 carries no registry signature (its dist.signatures is empty)'
    });
  });

  test('every signature must verify: a good one next to an unknown one fails', () => {
    const signatures = [...tiny.signatures, { keyid: KEY_2025, sig: tiny.signatures[0]!.sig }];
    expect(verifyRegistrySignatures(REGISTRY_KEYS, tiny.subject, signatures, NOW)).toEqual({
      ok: false,
      reason: `tiny-tarball@1.0.0 has a registry signature by key ${KEY_2025} that does not verify over its name, version and dist.integrity`
    });
  });

  test('a key listed under the keyid that is not ECDSA P-256, and a publish time that is not a date', () => {
    const ed25519 = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ format: 'der', type: 'spki' });
    const as = (spki: Buffer): NpmRegistryKey[] => [{ ...REGISTRY_KEYS[0]!, spki }];
    const reasonFor = (which: string) => ({ ok: false, reason: `tiny-tarball@1.0.0 is signed with key ${KEY_2022}, which ${which}` });
    expect(verifyRegistrySignatures(as(ed25519), tiny.subject, tiny.signatures, NOW)).toEqual(reasonFor('is ed25519, not ECDSA P-256'));
    expect(verifyRegistrySignatures(as(p384), tiny.subject, tiny.signatures, NOW)).toEqual(reasonFor('is secp384r1, not ECDSA P-256'));
    expect(verifyRegistrySignatures(as(Buffer.from('AAAA', 'base64')), tiny.subject, tiny.signatures, NOW)).toEqual(reasonFor('is not a public key'));
    expect(verifyRegistrySignatures(REGISTRY_KEYS, { ...tiny.subject, publishedAt: 'last week' }, tiny.signatures, NOW)).toEqual({
      ok: false,
      reason: 'tiny-tarball@1.0.0 has the publish time "last week", which is not a date'
    });
  });
});

describe('against the test registry', () => {
  let registry: NpmTestRegistry;
  let token: string;
  let integrity: string;
  const http = () => new HttpClient({ retries: 0, retryBaseMs: 0, timeoutMs: 5000, userAgent: 'test' });
  const api = (): NpmApi => createNpmApi({ registry: registry.url, token, http: http() });
  const keysRequests = () => registry.requests.filter((r) => r.path === '/-/npm/v1/keys');

  beforeAll(async () => {
    registry = await startNpmRegistry();
    token = await registry.addUser('balavignesh', 'publisher-password-1');
    const tgz = await registry.publish('@sketchlog/client', '1.2.3', token);
    integrity = `sha512-${createHash('sha512').update(tgz).digest('base64')}`;
  });

  afterAll(async () => {
    await registry?.close();
    removeTempDirs();
  });

  test('registryKeys reads /-/npm/v1/keys without sending the token', async () => {
    const signer = registrySigner();
    // The helper's keyid is npm's (npmKeyId reproduces the real keys' keyids, npm-keys.test.ts).
    expect(signer.keyId).toBe(npmKeyId(signer.spki));
    registry.keys = { keys: [signer.keysEntry({ expires: '2030-01-01T00:00:00.000Z' })] };
    const keys = await api().registryKeys();
    expect(keys.map((k) => ({ ...k, spki: k.spki.toString('base64') }))).toEqual([
      {
        keyId: signer.keyId,
        spki: signer.spki.toString('base64'),
        keyType: 'ecdsa-sha2-nistp256',
        scheme: 'ecdsa-sha2-nistp256',
        validFrom: null,
        expires: new Date('2030-01-01T00:00:00.000Z')
      }
    ]);
    expect(keysRequests().at(-1)).toMatchObject({ method: 'GET', status: 200, authorization: undefined });
    expect(keysRequests().at(-1)?.headers.accept).toBe('application/json');
  });

  test('a made-up registry key signs a version the registry serves, and the packument signature verifies', async () => {
    const signer = registrySigner();
    registry.keys = { keys: [signer.keysEntry()] };
    const signature = signer.sign('@sketchlog/client', '1.2.3', integrity);
    registry.distExtras['@sketchlog/client@1.2.3'] = { signatures: [signature] };
    const manifest = (await api().publishedVersion('@sketchlog/client', '1.2.3'))!.manifest!;
    expect(manifest.dist.signatures).toEqual([signature]);
    // The abbreviated packument carries the same signatures.
    expect((await api().installVersion('@sketchlog/client', '1.2.3'))!.manifest!.dist.signatures).toEqual([signature]);
    // The per-version document has no time; the packument's is asked when it matters.
    expect(manifest.publishedAt).toBeNull();
    const publishedAt = await api().publishTime('@sketchlog/client', '1.2.3');
    expect(publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const subject = { name: '@sketchlog/client', version: '1.2.3', integrity: manifest.dist.integrity!, publishedAt };
    const keys = await api().registryKeys();
    expect(verifyRegistrySignatures(keys, subject, manifest.dist.signatures)).toEqual({ ok: true, keyIds: [signer.keyId] });
    // The real registry's keys do not vouch for it, nor another made-up key.
    expect(verifyRegistrySignatures(REGISTRY_KEYS, subject, manifest.dist.signatures)).toEqual({
      ok: false,
      reason: `@sketchlog/client@1.2.3 is signed with key ${signer.keyId}, which the registry's keys do not list`
    });
    const other = registrySigner();
    const impostor = [{ ...keys[0]!, spki: other.spki }];
    expect(verifyRegistrySignatures(impostor, subject, manifest.dist.signatures).ok).toBe(false);
  });

  test('a key that expired before the registry says the version was published fails', async () => {
    const signer = registrySigner();
    registry.keys = { keys: [signer.keysEntry({ expires: '2025-01-29T00:00:00.000Z' })] };
    registry.distExtras['@sketchlog/client@1.2.3'] = { signatures: [signer.sign('@sketchlog/client', '1.2.3', integrity)] };
    registry.publishTimes['@sketchlog/client@1.2.3'] = '2025-03-01T08:00:00.000Z';
    const manifest = (await api().publishedVersion('@sketchlog/client', '1.2.3'))!.manifest!;
    // The key has expired by now, so the verdict depends on the publish time, which the packument gives.
    expect(publishTimeMatters(await api().registryKeys(), manifest.dist.signatures)).toBe(true);
    expect(publishTimeMatters(await api().registryKeys(), manifest.dist.signatures, new Date('2025-01-01T00:00:00Z'))).toBe(false);
    const publishedAt = await api().publishTime('@sketchlog/client', '1.2.3');
    expect(publishedAt).toBe('2025-03-01T08:00:00.000Z');
    const subject = { name: '@sketchlog/client', version: '1.2.3', integrity: manifest.dist.integrity!, publishedAt };
    expect(verifyRegistrySignatures(await api().registryKeys(), subject, manifest.dist.signatures)).toEqual({
      ok: false,
      reason: `@sketchlog/client@1.2.3 is signed with key ${signer.keyId}, which expired on 2025-01-29 before the version was published on 2025-03-01`
    });
    delete registry.publishTimes['@sketchlog/client@1.2.3'];
  });

  test('a registry without signing keys (404) fails saying so', async () => {
    registry.keys = undefined;
    await expect(api().registryKeys()).rejects.toThrow(
      new NpmError(
        `${registry.url} serves no signing keys (/-/npm/v1/keys answered 404), so its dist.signatures cannot be verified; npm audit signatures needs them too`
      )
    );
    expect(keysRequests().at(-1)).toMatchObject({ status: 404, authorization: undefined });
  });

  test.each([
    ['an empty list', { keys: [] }, 'keys: is empty, so no registry signature can be verified'],
    ['a key that is not base64', { keys: [{ expires: null, keyid: 'SHA256:x', keytype: 'k', scheme: 's', key: '!' }] }, 'keys.0.key: is not base64']
  ])('an answer with %s fails naming the field', async (_what, body, reason) => {
    registry.keys = body;
    const error = await api()
      .registryKeys()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NpmError);
    expect((error as NpmError).message).toBe(`${registry.url} answered /-/npm/v1/keys with keys npm cannot use: ${reason} (${registry.url}/-/npm/v1/keys)`);
  });

  test('a body that is not JSON fails naming the call', async () => {
    registry.keys = undefined;
    registry.answers['/-/npm/v1/keys'] = { status: 200, body: '<html>', contentType: 'text/html' };
    await expect(api().registryKeys()).rejects.toThrow(`${registry.url} answered /-/npm/v1/keys with a body that is not JSON (${registry.url}/-/npm/v1/keys)`);
    delete registry.answers['/-/npm/v1/keys'];
  });
});
