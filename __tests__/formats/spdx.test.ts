/**
 * The SPDX validator on real documents (__fixtures__/real/spdx: the SPDX project's own examples, syft,
 * Microsoft's sbom-tool and its SbomToolkit, GitHub's dependency-graph export): valid with the version,
 * name, namespace and package count each names, or refused with the reason. Every file in the folder
 * has expectations, so a sample added without them fails here.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import spdx22Schema from '../../src/schemas/spdx/spdx-2.2.schema.json' with { type: 'json' };
import { spdx22SchemaWithBothPackageManagerSpellings, validateSpdx, type SpdxValidation } from '../../src/formats/spdx.js';
import { realSamples } from '../../test-support/real-samples.js';

const FOLDER = new URL('../../__fixtures__/real/spdx/', import.meta.url);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (name: string) => JSON.parse(fs.readFileSync(new URL(name, FOLDER), 'utf8')) as Json;
const SAMPLES = realSamples('spdx');

const SPDX_EXAMPLE_NAMESPACE = 'http://spdx.org/spdxdocs/spdx-example-444504E0-4F89-41D3-9A0C-0305E82C3301';

const EXPECTED: Record<string, SpdxValidation> = {
  // The wrapper is refused, not unwrapped: see githubExportProblem in src/formats/spdx.ts.
  'github-dependency-graph-sbom-response.json': {
    ok: false,
    problem:
      'is GitHub\'s dependency-graph SBOM export ({"sbom": …} around the document), not an SPDX document; save the inner document: gh api repos/OWNER/REPO/dependency-graph/sbom --jq .sbom > NAME.spdx.json'
  },
  'sbom-tool-2.1-spdx22.json': {
    ok: true,
    document: {
      version: 'SPDX-2.2',
      name: 'glennmusa-sbom-on-pull-request 0.0.1',
      namespace: 'https://sbom.microsoft/1:I5vpEMl9wkCCZsmqQqtQDQ:MIGbmOPODUWjMVCPbweVOQ/206:8508/EWhbH34QBE2V8rvXE8kuAg',
      created: '2022-02-17T19:21:30Z',
      packages: 2
    }
  },
  // Refused before: its external references say PACKAGE-MANAGER (the 2.2 text's spelling).
  'sbom-toolkit-1.0-spdx22.json': {
    ok: true,
    document: {
      version: 'SPDX-2.2',
      name: 'PR_AudioTestFramework 12307276',
      namespace: 'https://sbom.microsoft/PR_AudioTestFramework/12307276/aUOyy6-nVECtvEm2aeZFqg',
      created: '2026-08-11T04:23:25Z',
      packages: 5
    }
  },
  'spdx-spec-example-v2.2.spdx.json': {
    ok: true,
    document: { version: 'SPDX-2.2', name: 'SPDX-Tools-v2.0', namespace: SPDX_EXAMPLE_NAMESPACE, created: '2010-01-29T18:30:22Z', packages: 4 }
  },
  'spdx-spec-example-v2.3.spdx.json': {
    ok: true,
    document: { version: 'SPDX-2.3', name: 'SPDX-Tools-v2.0', namespace: SPDX_EXAMPLE_NAMESPACE, created: '2010-01-29T18:30:22Z', packages: 4 }
  },
  // Refused before: "licenseInfoFromFiles": null (syft writes an empty optional list as null).
  'syft-0.91-spdx22.json': {
    ok: true,
    document: {
      version: 'SPDX-2.2',
      name: 'go.mod',
      namespace: 'https://anchore.com/syft/file/go.mod-3f39882d-5e0e-43a8-901e-a09668b09aea',
      created: '2023-09-29T15:18:10Z',
      packages: 2
    }
  },
  'syft-0.91-spdx23.json': {
    ok: true,
    document: {
      version: 'SPDX-2.3',
      name: 'go.mod',
      namespace: 'https://anchore.com/syft/file/go.mod-3b649f47-dca2-45ca-9d30-147003de8594',
      created: '2023-09-29T15:18:10Z',
      packages: 2
    }
  }
};

describe('real SPDX documents', () => {
  test('every sample in the folder has expectations, and every expectation a sample', () => {
    expect(SAMPLES).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(SAMPLES)('%s', (name) => {
    expect(validateSpdx(read(name))).toEqual(EXPECTED[name]);
  });
});

describe('what the real samples pin down', () => {
  test('the document inside the GitHub export is valid SPDX 2.3 (what saving .sbom gives)', () => {
    expect(validateSpdx(read('github-dependency-graph-sbom-response.json').sbom)).toEqual({
      ok: true,
      document: {
        version: 'SPDX-2.3',
        name: 'github/example',
        namespace: 'https://spdx.org/spdxdocs/protobom/15e41dd2-f961-4f4d-b8dc-f8f57ad70d57',
        created: '2021-09-01T00:00:00Z',
        packages: 2
      }
    });
  });

  test('SPDX 2.2 takes both PACKAGE-MANAGER and PACKAGE_MANAGER, and nothing else', () => {
    const doc = read('sbom-toolkit-1.0-spdx22.json');
    doc.packages[0].externalRefs[0].referenceCategory = 'PACKAGE_MANAGER';
    expect(validateSpdx(doc).ok).toBe(true);
    doc.packages[0].externalRefs[0].referenceCategory = 'PACKAGE MANAGER';
    expect(validateSpdx(doc)).toEqual({
      ok: false,
      problem:
        'is not a valid SPDX-2.2 document: /packages/0/externalRefs/0/referenceCategory: must be equal to one of the allowed values (OTHER, SECURITY, PACKAGE_MANAGER, PACKAGE-MANAGER)'
    });
  });

  test('SPDX 2.3 keeps its own spelling: PACKAGE_MANAGER is refused there', () => {
    const doc = read('syft-0.91-spdx23.json');
    doc.packages[0].externalRefs[2].referenceCategory = 'PACKAGE_MANAGER';
    expect(validateSpdx(doc)).toEqual({
      ok: false,
      problem:
        'is not a valid SPDX-2.3 document: /packages/0/externalRefs/2/referenceCategory: must be equal to one of the allowed values (OTHER, PERSISTENT-ID, SECURITY, PACKAGE-MANAGER)'
    });
  });

  test('the vendored 2.2 schema is patched in a copy, never in place', () => {
    const enumOf = (schema: unknown) => (schema as Json).properties.packages.items.properties.externalRefs.items.properties.referenceCategory.enum;
    expect(enumOf(spdx22SchemaWithBothPackageManagerSpellings(spdx22Schema))).toEqual(['OTHER', 'SECURITY', 'PACKAGE_MANAGER', 'PACKAGE-MANAGER']);
    expect(enumOf(spdx22Schema)).toEqual(['OTHER', 'SECURITY', 'PACKAGE_MANAGER']);
    expect(() => spdx22SchemaWithBothPackageManagerSpellings({ properties: {} })).toThrow(
      'the vendored SPDX 2.2 schema has no packages.externalRefs.referenceCategory enum with PACKAGE_MANAGER; re-check src/schemas/spdx/README.md'
    );
  });

  test('a required field given as null is still missing', () => {
    const doc = read('syft-0.91-spdx22.json');
    doc.packages[1].name = null;
    expect(validateSpdx(doc)).toEqual({ ok: false, problem: "is not a valid SPDX-2.2 document: /packages/1: must have required property 'name'" });
    const top = read('syft-0.91-spdx22.json');
    top.documentNamespace = null;
    expect(validateSpdx(top)).toEqual({ ok: false, problem: 'has no documentNamespace (a unique URI for this document)' });
  });

  test('a null inside a list is not dropped: the schema judges it', () => {
    const doc = read('syft-0.91-spdx22.json');
    doc.packages[0].licenseInfoFromFiles = [null];
    expect(validateSpdx(doc)).toEqual({ ok: false, problem: 'is not a valid SPDX-2.2 document: /packages/0/licenseInfoFromFiles/0: must be string' });
  });

  test('SPDX 2.2 without copyrightText (older syft wrote none) says what 2.2 requires', () => {
    const doc = read('syft-0.91-spdx22.json');
    delete doc.packages[0].copyrightText;
    expect(validateSpdx(doc)).toEqual({
      ok: false,
      problem:
        "is not a valid SPDX-2.2 document: /packages/0: must have required property 'copyrightText'; SPDX 2.2 requires copyrightText (write NOASSERTION when unknown), or write SPDX 2.3, where it is optional"
    });
  });

  test('the document it reads is not changed', () => {
    const doc = read('syft-0.91-spdx22.json');
    const before = JSON.stringify(doc);
    validateSpdx(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
