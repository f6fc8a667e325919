/**
 * Attestation-manifest recognition on real image indexes (BuildKit's attestation-storage example, and
 * `docker buildx imagetools inspect` output from docker/buildx's reference): which entries are platform
 * images and which attestation manifest belongs to each. Every index in the folder has expectations.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { attestationEntryFor, isAttestationEntry, platformEntries, type IndexEntry } from '../../src/formats/buildkit-index.js';

const FOLDER = new URL('../../__fixtures__/real/buildkit/', import.meta.url);
const read = (name: string) => JSON.parse(fs.readFileSync(new URL(name, FOLDER), 'utf8')) as { manifests?: IndexEntry[] };
const shown = (e: IndexEntry) => [e.platform?.os, e.platform?.architecture, e.platform?.variant].filter(Boolean).join('/');

/** Per index: platform → [platform manifest digest, its attestation manifest digest or null]. */
const EXPECTED: Record<string, Array<[string, string, string | null]>> = {
  'attestation-storage-index.json': [
    [
      'linux/amd64',
      'sha256:23678f31b3b3586c4fb318aecfe64a96a1f0916ba8faf9b2be2abee63fa9e827',
      'sha256:02cb9aa7600e73fcf41ee9f0f19cc03122b2d8be43d41ce4b21335118f5dd943'
    ]
  ],
  'imagetools-crazymax-buildkit-attest-manifest.json': [
    [
      'linux/amd64',
      'sha256:fbd10fe50b4b174bb9ea273e2eb9827fa8bf5c88edd8635a93dc83e0d1aecb55',
      'sha256:a9de632c16998489fd63fbca42a03431df00639cfb2ecb8982bf9984b83c5b2b'
    ]
  ],
  'imagetools-moby-buildkit-master-manifest.json': [
    [
      'linux/amd64',
      'sha256:ac9dd4fbec9e36b562f910618975a2936533f8e411a3fea2858aacc0ac972e1c',
      'sha256:f2fe69bccc878e658caf21dfc99eaf726fb20d28f17398c1d66a90e62cc019f9'
    ],
    [
      'linux/arm/v7',
      'sha256:0f4dc6797db467372cbf52c7236816203654a839f64a6542c9135d1973c9d744',
      'sha256:9e112f8d4e383186f36369fba7b454e246d2e9ca5def797f1b84ede265e9f3ca'
    ],
    [
      'linux/arm64',
      'sha256:d62bb533d95afe17c4a9caf1e7c57a3b0a7a67409ccfa7af947aeb0f670ffb87',
      'sha256:09d593587f8665269ec6753eaed7fbdb09968f71587dd53e06519502cbc16775'
    ],
    [
      'linux/s390x',
      'sha256:b4944057e0c68203cdcc3dceff3b2df3c7d9e3dd801724fa977b01081da7771e',
      'sha256:985a3f4544dfb042db6a8703f5f76438667dd7958aba14cb04bebe3b4cbd9307'
    ],
    [
      'linux/ppc64le',
      'sha256:825702a51eb4234904fc9253d8b0bf0a584787ffd8fc3fd6fa374188233ce399',
      'sha256:cfccb6afeede7dc29bf8abef4815d56f2723fa482ea63c9cd519cd991c379294'
    ],
    [
      'linux/riscv64',
      'sha256:dfb27c6acc9b9f3a7c9d47366d137089565062f43c8063c9f5e408d34c87ee4a',
      'sha256:2e93733432c6a14cb57db33928b3a17d7ca298b3babe24d9f56dca2754dbde3b'
    ]
  ],
  // A Docker manifest list from before attestations: six platforms, none attested.
  'imagetools-moby-buildkit-master-raw.json': [
    ['linux/amd64', 'sha256:f9f41c85124686c2afe330a985066748a91d7a5d505777fe274df804ab5e077e', null],
    ['linux/arm/v7', 'sha256:82097c2be19c617aafb3c3e43c88548738d4b2bf3db5c36666283a918b390266', null],
    ['linux/arm64', 'sha256:b6b91e6c823d7220ded7d3b688e571ba800b13d91bbc904c1d8053593e3ee42c', null],
    ['linux/s390x', 'sha256:797061bcc16778de048b96f769c018ec24da221088050bbe926ea3b8d51d77e8', null],
    ['linux/ppc64le', 'sha256:b93d3a84d18c4d0b8c279e77343d854d9b5177df7ea55cf468d461aa2523364e', null],
    ['linux/riscv64', 'sha256:d5c950dd1b270d437c838187112a0cb44c9258248d7a3a8bcb42fae8f717dc01', null]
  ]
};

const indexes = fs
  .readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json') && Array.isArray(read(name).manifests))
  .sort();

describe('BuildKit attestation manifests in real image indexes', () => {
  test('every index in the folder has expectations', () => {
    expect(indexes).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(indexes)('%s', (name) => {
    const manifests = read(name).manifests!;
    const found = platformEntries(manifests).map((e) => [shown(e), e.digest, attestationEntryFor(manifests, e.digest)?.digest ?? null]);
    expect(found).toEqual(EXPECTED[name]);
    // Every other entry is an attestation manifest, and none is taken for a platform image.
    expect(manifests.filter(isAttestationEntry)).toHaveLength(manifests.length - EXPECTED[name]!.length);
  });

  test('an attestation manifest is found by its reference annotation, never by position', () => {
    const manifests = read('imagetools-moby-buildkit-master-manifest.json').manifests!;
    expect(attestationEntryFor([...manifests].reverse(), 'sha256:b4944057e0c68203cdcc3dceff3b2df3c7d9e3dd801724fa977b01081da7771e')?.digest).toBe(
      'sha256:985a3f4544dfb042db6a8703f5f76438667dd7958aba14cb04bebe3b4cbd9307'
    );
    expect(attestationEntryFor(manifests, 'sha256:f2fe69bccc878e658caf21dfc99eaf726fb20d28f17398c1d66a90e62cc019f9')).toBeNull();
  });
});
