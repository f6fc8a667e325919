/**
 * SPDX 2.2 / 2.3 JSON documents, validated against the SPDX project's own JSON schemas (vendored
 * under src/schemas/spdx/, see its README) with ajv, plus what the schema leaves optional and a
 * release SBOM needs: `SPDXID` `SPDXRef-DOCUMENT`, a `documentNamespace` and a `created` date.
 * A pure reader: a parsed JSON value in, a summary or the first problem out. Where real generators
 * and the vendored schemas disagree, the generators and the specification text win (each case below
 * says why); real documents are in __fixtures__/real/spdx (see its README).
 *
 * An SBOM of a large image (every file listed) runs to tens of MiB, so a file is read as a stream
 * (SpdxReader, fed in chunks): each element of the document's big lists (packages, files,
 * relationships, …) is validated on its own as it is read, against the schema's own sub-schema for
 * that list's items, and then dropped; the rest of the document, those lists left empty, is validated
 * against the whole schema at the end. The vendored schemas put nothing on those lists but their type
 * and their items (no minItems, uniqueItems or $ref; checked where they are compiled), so this judges
 * exactly what validating the whole tree judged, without ever holding the tree.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { clip } from '../util/text.js';
import { JsonStream, type JsonPath } from '../util/json-stream.js';
import spdx22Schema from '../schemas/spdx/spdx-2.2.schema.json' with { type: 'json' };
import spdx23Schema from '../schemas/spdx/spdx-2.3.schema.json' with { type: 'json' };

export type SpdxVersion = 'SPDX-2.2' | 'SPDX-2.3';

/** A summary of a valid document, for the check's details. */
export interface SpdxDocument {
  version: SpdxVersion;
  name: string;
  namespace: string;
  created: string;
  packages: number;
}

export type SpdxValidation = { ok: true; document: SpdxDocument } | { ok: false; problem: string };

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The 2.2 schema with `PACKAGE-MANAGER` added to the external reference categories. The SPDX 2.2
 * specification text (7.21, external reference field) spells the category `PACKAGE-MANAGER`, its JSON schema
 * `PACKAGE_MANAGER`; syft, Microsoft's sbom-tool and GitHub write the first, so SPEC (`sbom`) takes
 * both. The vendored file stays byte-for-byte the SPDX project's; the copy is patched where it is
 * compiled, and a schema without that enum (a different file vendored) fails loudly here.
 */
export function spdx22SchemaWithBothPackageManagerSpellings(schema: unknown): unknown {
  const copy = structuredClone(schema) as JsonObject;
  const category = (
    ((((copy.properties as JsonObject | undefined)?.packages as JsonObject | undefined)?.items as JsonObject | undefined)?.properties as JsonObject | undefined)
      ?.externalRefs as JsonObject | undefined
  )?.items as JsonObject | undefined;
  const values = ((category?.properties as JsonObject | undefined)?.referenceCategory as JsonObject | undefined)?.enum;
  if (!Array.isArray(values) || !values.includes('PACKAGE_MANAGER')) {
    throw new Error(
      'the vendored SPDX 2.2 schema has no packages.externalRefs.referenceCategory enum with PACKAGE_MANAGER; re-check src/schemas/spdx/README.md'
    );
  }
  values.push('PACKAGE-MANAGER');
  return copy;
}

/** The document's lists that are streamed one element at a time (SpdxReader). */
const STREAMED_LISTS = ['packages', 'files', 'snippets', 'relationships', 'hasExtractedLicensingInfos', 'annotations'] as const;

interface Validators {
  document: ValidateFunction;
  /** The schema's `items` of each streamed list. */
  elements: Map<string, ValidateFunction>;
}

let validators: Record<SpdxVersion, Validators> | null = null;

/**
 * The list's item schema. Validating each element against it and the document, with the list empty, against the
 * whole schema is the same as validating the whole document only when the schema says nothing else of the list;
 * a vendored schema that does (minItems, uniqueItems, …) fails loudly here rather than judging less.
 */
function itemsSchema(schema: JsonObject, list: string): object {
  const property = (schema.properties as JsonObject | undefined)?.[list];
  const keywords = isObject(property) ? Object.keys(property) : [];
  if (!isObject(property) || property.type !== 'array' || !isObject(property.items) || keywords.some((k) => !['description', 'type', 'items'].includes(k))) {
    throw new Error(
      `the vendored SPDX schema's ${list} is not a plain list of items, so its elements cannot be validated one by one; re-check src/schemas/spdx/README.md`
    );
  }
  return property.items;
}

/** Compiled once: the schemas are large and every SBOM file and attestation uses them. */
function compiled(): Record<SpdxVersion, Validators> {
  if (validators === null) {
    // Both vendored schemas are plain draft-07 (ajv's default) and compile in ajv's strict mode. The first
    // error is reported, so validation stops there (a hostile document cannot make it collect millions).
    const ajv = new Ajv({ allErrors: false });
    const compile = (schema: JsonObject): Validators => ({
      document: ajv.compile(schema),
      elements: new Map(STREAMED_LISTS.map((list) => [list, ajv.compile(itemsSchema(schema, list))]))
    });
    validators = {
      'SPDX-2.2': compile(spdx22SchemaWithBothPackageManagerSpellings(spdx22Schema) as JsonObject),
      'SPDX-2.3': compile(spdx23Schema as JsonObject)
    };
  }
  return validators;
}

/** SPDX documents nest a few levels; deeper values are left as they are (the schema then judges them). */
const MAX_NULL_DEPTH = 32;

/**
 * A copy without object properties whose value is null. Go generators write an empty optional list
 * as null (syft 0.91's SPDX 2.2 output has `"licenseInfoFromFiles": null` and `"licenseInfoInFiles":
 * null`); the SPDX specification has no null, and an absent optional field means the same. A required
 * field given as null is then reported missing, as it is.
 */
function withoutNullProperties(value: unknown, depth = 0): unknown {
  if (depth > MAX_NULL_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => withoutNullProperties(item, depth + 1));
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) copy[key] = withoutNullProperties(item, depth + 1);
  return copy;
}

/** SPDX 2.2 makes these required on every package (2.3 made them optional); NOASSERTION is always allowed. */
const REQUIRED_IN_22 = new Set(['copyrightText', 'licenseConcluded', 'licenseDeclared', 'downloadLocation']);

function shownError(error: ErrorObject | undefined, version: SpdxVersion): string {
  if (!error) return 'invalid';
  const at = error.instancePath || '(document)';
  const extra = error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})` : '';
  const allowed = error.keyword === 'enum' ? ` (${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')})` : '';
  const missing = error.keyword === 'required' ? String((error.params as { missingProperty?: unknown }).missingProperty) : '';
  const hint =
    version === 'SPDX-2.2' && REQUIRED_IN_22.has(missing)
      ? `; SPDX 2.2 requires ${missing} (write NOASSERTION when unknown), or write SPDX 2.3, where it is optional`
      : '';
  return `${clip(at, 120)}: ${clip(error.message ?? error.keyword, 120)}${clip(extra, 80)}${clip(allowed, 120)}${hint}`;
}

/** ISO 8601 combined date and time in UTC, as SPDX requires for `created` (e.g. 2026-11-20T10:00:00Z). */
const CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * GitHub's `GET /repos/{owner}/{repo}/dependency-graph/sbom` answers `{ "sbom": { …SPDX 2.3… } }`. That
 * wrapper is refused rather than unwrapped: the file is published as the release SBOM, and SPDX tools
 * (syft, grype, the SPDX validators) read only the document itself, so a wrapped file would pass here
 * and be unreadable for everyone downloading it. The fix is one jq filter.
 */
function githubExportProblem(record: JsonObject): string | null {
  if ('spdxVersion' in record || !isObject(record.sbom) || !('spdxVersion' in record.sbom)) return null;
  return 'is GitHub\'s dependency-graph SBOM export ({"sbom": …} around the document), not an SPDX document; save the inner document: gh api repos/OWNER/REPO/dependency-graph/sbom --jq .sbom > NAME.spdx.json';
}

/** Validates a parsed JSON value as an SPDX 2.2/2.3 document; the problem names the first thing wrong. */
export function validateSpdx(data: unknown): SpdxValidation {
  if (!isObject(data)) return { ok: false, problem: 'is not a JSON object (an SPDX JSON document was expected)' };
  const wrapped = githubExportProblem(data);
  if (wrapped) return { ok: false, problem: wrapped };
  const version = data.spdxVersion;
  if (version !== 'SPDX-2.2' && version !== 'SPDX-2.3') {
    const shown = typeof version === 'string' ? `"${clip(version, 40)}"` : version === undefined ? 'missing' : `a ${typeof version}`;
    return { ok: false, problem: `spdxVersion is ${shown}, not SPDX-2.2 or SPDX-2.3 (an SPDX 2.2/2.3 JSON document was expected)` };
  }
  const record = withoutNullProperties(data) as JsonObject;
  const validate = compiled()[version].document;
  if (!validate(record)) return { ok: false, problem: `is not a valid ${version} document: ${shownError(validate.errors?.[0], version)}` };
  return afterSchema(record, version, Array.isArray(record.packages) ? record.packages.length : 0);
}

/** What the schema leaves optional and a release SBOM needs, on a document the schema accepted. */
function afterSchema(record: JsonObject, version: SpdxVersion, packages: number): SpdxValidation {
  if (record.SPDXID !== 'SPDXRef-DOCUMENT') return { ok: false, problem: `SPDXID is "${clip(String(record.SPDXID), 60)}", not SPDXRef-DOCUMENT` };
  const namespace = record.documentNamespace;
  if (typeof namespace !== 'string' || namespace.trim() === '') return { ok: false, problem: 'has no documentNamespace (a unique URI for this document)' };
  const created = (record.creationInfo as { created?: unknown }).created;
  if (typeof created !== 'string' || !CREATED.test(created) || Number.isNaN(Date.parse(created))) {
    return {
      ok: false,
      problem: `creationInfo.created is ${typeof created === 'string' ? `"${clip(created, 40)}"` : 'missing'}, not a UTC date and time (YYYY-MM-DDThh:mm:ssZ)`
    };
  }
  return { ok: true, document: { version, name: String(record.name), namespace, created, packages } };
}

/** Where a streamed list's elements are, in the document and in GitHub's `{"sbom": …}` wrapper (refused, so only dropped). */
const STREAMED_PATHS = STREAMED_LISTS.flatMap((list) => [`$.${list}.*`, `$.sbom.${list}.*`]);

/** How deep an element of a streamed list sits (document, list), for withoutNullProperties' bound. */
const ELEMENT_DEPTH = 2;

/**
 * Validates an SPDX JSON document fed in chunks (write, then end), as JSON.parse and validateSpdx would. The
 * version is known only once the document is read (spdxVersion may come after the lists), so each element is
 * validated against both versions' item schemas and the first problem of each kept.
 */
export class SpdxReader {
  private readonly firstProblem: Record<SpdxVersion, string | null> = { 'SPDX-2.2': null, 'SPDX-2.3': null };
  private packages = 0;
  private readonly stream = new JsonStream({ elements: STREAMED_PATHS, onElement: (path, value) => this.element(path, value) });

  private element(path: JsonPath, value: unknown): void {
    const [list, index] = path;
    if (path.length !== 2 || typeof list !== 'string') return;
    if (list === 'packages') this.packages++;
    const element = withoutNullProperties(value, ELEMENT_DEPTH);
    for (const version of ['SPDX-2.2', 'SPDX-2.3'] as const) {
      if (this.firstProblem[version] !== null) continue;
      const validate = compiled()[version].elements.get(list)!;
      if (validate(element)) continue;
      const error = validate.errors?.[0];
      const at = error && { ...error, instancePath: `/${list}/${String(index)}${error.instancePath}` };
      this.firstProblem[version] = `is not a valid ${version} document: ${shownError(at, version)}`;
    }
  }

  /** Feeds the next chunk; a JsonStreamError when the text is no JSON (see end for the verdict). */
  write(chunk: Uint8Array | string): void {
    this.stream.write(chunk);
  }

  /** The verdict; throws JsonStreamError when the text is no JSON. */
  end(): SpdxValidation {
    const data = this.stream.end();
    if (!isObject(data)) return validateSpdx(data);
    const wrapped = githubExportProblem(data);
    if (wrapped) return { ok: false, problem: wrapped };
    const version = data.spdxVersion;
    // The lists are empty here: the version problem and what the document itself lacks are found as validateSpdx finds them.
    if (version !== 'SPDX-2.2' && version !== 'SPDX-2.3') return validateSpdx(data);
    const record = withoutNullProperties(data) as JsonObject;
    const validate = compiled()[version].document;
    if (!validate(record)) return { ok: false, problem: `is not a valid ${version} document: ${shownError(validate.errors?.[0], version)}` };
    const problem = this.firstProblem[version];
    if (problem !== null) return { ok: false, problem };
    return afterSchema(record, version, this.packages);
  }
}
