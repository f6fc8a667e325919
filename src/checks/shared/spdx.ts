/**
 * SPDX 2.2 / 2.3 JSON documents, validated against the SPDX project's own JSON schemas (vendored
 * under src/schemas/spdx/, see its README) with ajv, plus what the schema leaves optional and a
 * release SBOM needs: `SPDXID` `SPDXRef-DOCUMENT`, a `documentNamespace` and a `created` date.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { clip } from '../../errors.js';
import spdx22Schema from '../../schemas/spdx/spdx-2.2.schema.json' with { type: 'json' };
import spdx23Schema from '../../schemas/spdx/spdx-2.3.schema.json' with { type: 'json' };

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

let validators: Record<SpdxVersion, ValidateFunction> | null = null;

/** Compiled once: the schemas are large and every SBOM file and attestation uses them. */
function compiled(): Record<SpdxVersion, ValidateFunction> {
  if (validators === null) {
    // Both vendored schemas are plain draft-07 (ajv's default) and compile in ajv's strict mode. The first
    // error is reported, so validation stops there (a hostile document cannot make it collect millions).
    const ajv = new Ajv({ allErrors: false });
    validators = { 'SPDX-2.2': ajv.compile(spdx22Schema), 'SPDX-2.3': ajv.compile(spdx23Schema) };
  }
  return validators;
}

function shownError(error: ErrorObject | undefined): string {
  if (!error) return 'invalid';
  const at = error.instancePath || '(document)';
  const extra = error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})` : '';
  const allowed = error.keyword === 'enum' ? ` (${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')})` : '';
  return `${clip(at, 120)}: ${clip(error.message ?? error.keyword, 120)}${clip(extra, 80)}${clip(allowed, 120)}`;
}

/** ISO 8601 combined date and time in UTC, as SPDX requires for `created` (e.g. 2026-11-20T10:00:00Z). */
const CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Validates a parsed JSON value as an SPDX 2.2/2.3 document; the problem names the first thing wrong. */
export function validateSpdx(data: unknown): SpdxValidation {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: 'is not a JSON object (an SPDX JSON document was expected)' };
  const record = data as Record<string, unknown>;
  const version = record.spdxVersion;
  if (version !== 'SPDX-2.2' && version !== 'SPDX-2.3') {
    const shown = typeof version === 'string' ? `"${clip(version, 40)}"` : version === undefined ? 'missing' : `a ${typeof version}`;
    return { ok: false, problem: `spdxVersion is ${shown}, not SPDX-2.2 or SPDX-2.3 (an SPDX 2.2/2.3 JSON document was expected)` };
  }
  const validate = compiled()[version];
  if (!validate(data)) return { ok: false, problem: `is not a valid ${version} document: ${shownError(validate.errors?.[0])}` };
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
  const packages = Array.isArray(record.packages) ? record.packages.length : 0;
  return { ok: true, document: { version, name: String(record.name), namespace, created, packages } };
}
