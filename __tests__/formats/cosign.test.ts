/**
 * cosign's format readers on real material (__fixtures__/real/cosign/): the simple-signing payload example of
 * cosign's own SIGNATURE_SPEC (note its `Docker-manifest-digest` spelling, which cosign's Go decoder accepts)
 * and a real keyless `.sig` manifest pushed by cosign from GitHub Actions (salrashid123/server_image),
 * whose layer annotations become the Sigstore bundle cosign builds from them.
 */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { BUNDLE_V01, CosignFormatError, SIMPLE_SIGNING_TYPE, bundleFromCosignLayer, parseSimpleSigning } from '../../src/formats/cosign.js';

const FOLDER = new URL('../../__fixtures__/real/cosign/', import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, FOLDER));
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PAYLOADS: Record<string, { dockerReference: string; manifestDigest: string; type: string }> = {
  'simple-signing-signature-spec.json': { dockerReference: 'testing/manifest', manifestDigest: 'sha256:20be...fe55', type: 'cosign container image signature' }
};
const MANIFESTS: Record<string, Array<{ layer: string; logIndex: string; integratedTime: string; kind: string; certificates: number }>> = {
  'sig-manifest-salrashid123-server-image.json': [
    {
      layer: 'sha256:af9b2992adfd134df1467f1f9ab4ab516798fa9cecf2e857ca06c139fb98b34f',
      logIndex: '924321775',
      integratedTime: '1770388876',
      kind: 'hashedrekord',
      certificates: 3
    }
  ]
};

describe('real cosign material', () => {
  test('every sample in the folder has expectations', () => {
    const files = fs.readdirSync(FOLDER).filter((n) => n.endsWith('.json'));
    expect(files.sort()).toEqual([...Object.keys(PAYLOADS), ...Object.keys(MANIFESTS)].sort());
  });

  test.each(Object.keys(PAYLOADS))('simple-signing payload %s', (name) => {
    expect(parseSimpleSigning(read(name))).toEqual(PAYLOADS[name]);
  });

  test.each(Object.keys(MANIFESTS))('signature manifest %s', (name) => {
    const manifest = JSON.parse(read(name).toString('utf8')) as Json;
    const layers = manifest.layers as Json[];
    expect(layers.map((l) => l.mediaType)).toEqual(MANIFESTS[name]!.map(() => SIMPLE_SIGNING_TYPE));
    // The payload blob is not part of the sample: any bytes stand for it, only the message digest depends on them.
    const payload = Buffer.from('payload');
    for (const [i, expected] of MANIFESTS[name]!.entries()) {
      const layer = layers[i]!;
      const bundle = bundleFromCosignLayer(layer.annotations as Record<string, string>, payload) as Json;
      const entry = bundle.verificationMaterial.tlogEntries[0] as Json;
      expect({
        layer: layer.digest,
        logIndex: entry.logIndex,
        integratedTime: entry.integratedTime,
        kind: entry.kindVersion.kind,
        certificates: bundle.verificationMaterial.x509CertificateChain.certificates.length
      }).toEqual(expected);
      expect(bundle.mediaType).toBe(BUNDLE_V01);
      expect(entry.kindVersion.version).toBe('0.0.1');
      expect(entry.logId.keyId).toBe(Buffer.from('c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d', 'hex').toString('base64'));
      expect(bundle.messageSignature).toEqual({
        messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
        signature: layer.annotations['dev.cosignproject.cosign/signature']
      });
      // The Rekor entry is about this very layer: hashedrekord's data hash is the payload blob's digest.
      const body = JSON.parse(Buffer.from(entry.canonicalizedBody as string, 'base64').toString('utf8')) as Json;
      expect(`sha256:${body.spec.data.hash.value as string}`).toBe(layer.digest);
    }
  });
});

describe('parseSimpleSigning key spelling', () => {
  const payload = (image: Record<string, string>) =>
    Buffer.from(JSON.stringify({ critical: { identity: { 'docker-reference': 'ghcr.io/o/r' }, image, type: 'cosign container image signature' } }));

  test('reads the lower-case spelling cosign writes', () => {
    expect(parseSimpleSigning(payload({ 'docker-manifest-digest': `sha256:${'a'.repeat(64)}` })).manifestDigest).toBe(`sha256:${'a'.repeat(64)}`);
  });

  test('refuses two spellings of one key', () => {
    expect(() =>
      parseSimpleSigning(payload({ 'docker-manifest-digest': `sha256:${'a'.repeat(64)}`, 'Docker-manifest-digest': `sha256:${'b'.repeat(64)}` }))
    ).toThrow(
      new CosignFormatError(
        'the simple-signing payload has both "docker-manifest-digest" and "Docker-manifest-digest" in critical.image; cosign reads keys case-insensitively, so which one it takes is ambiguous'
      )
    );
  });
});

describe('documents nested past 128 levels are refused with the reason, before JSON.parse', () => {
  const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
  test('a simple-signing payload', () => {
    expect(() => parseSimpleSigning(Buffer.from(deep))).toThrow(new CosignFormatError('the simple-signing payload is nested deeper than 128 levels'));
  });

  test('the Rekor bundle annotation', () => {
    const [layer] = (JSON.parse(read('sig-manifest-salrashid123-server-image.json').toString()) as Json).layers as Json[];
    const annotations = { ...(layer!.annotations as Record<string, string>), 'dev.sigstore.cosign/bundle': deep };
    expect(() => bundleFromCosignLayer(annotations, Buffer.from('{}'))).toThrow(
      new CosignFormatError('the dev.sigstore.cosign/bundle annotation is nested deeper than 128 levels')
    );
  });
});
