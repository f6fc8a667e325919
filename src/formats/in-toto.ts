/**
 * The in-toto Statement (v0.1 or v1): https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 * One reader for every place a statement is found: a BuildKit attestation layer
 * (`application/vnd.in-toto+json`), a DSSE envelope's payload (Sigstore bundles, cosign attest)
 * and a PEP 740 attestation, which adds its own rules on top (src/formats/pep740.ts).
 * A pure reader: bytes in, a typed statement out, or an InTotoFormatError whose message names what is wrong.
 */
import { z } from 'zod';
import { ReleaseGatesError } from '../errors.js';
import { clip } from '../util/text.js';
import { firstZodIssue } from '../util/zod-issue.js';
import { parseJson } from '../util/json.js';
import { JsonSelector, JsonStreamError, type JsonPath } from '../util/json-stream.js';

export const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'] as const;
/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Largest DSSE statement payload read (an SBOM predicate can be several MiB; beyond this it is not a statement to parse). */
export const MAX_DSSE_STATEMENT_BYTES = 32 * 1024 * 1024;
const MAX_SUBJECTS = 10_000;

/** One statement: its type, predicate type, subjects (sha256 lower-case hex, or null without one) and predicate (null when absent). */
export interface InTotoStatement {
  type: (typeof IN_TOTO_STATEMENT_TYPES)[number];
  predicateType: string;
  subjects: Array<{ name: string; sha256: string | null }>;
  predicate: unknown;
}

/**
 * Not an in-toto statement. `reason` says which rule it breaks: 'size' (more bytes than read), 'json' (not JSON
 * at all), 'shape' (JSON, but not a statement), 'digest' (a subject's sha256 is not 64 hex digits). The message is
 * a fragment ("not JSON", "subject: …") for the caller to place; `describeInTotoFault` words it as a sentence.
 */
export class InTotoFormatError extends ReleaseGatesError {
  override name = 'InTotoFormatError';
  constructor(
    message: string,
    readonly reason: 'size' | 'json' | 'shape' | 'digest',
    options?: ErrorOptions
  ) {
    super('format', message, options);
  }
}

/** How much of a statement is read: each place a statement comes from bounds it differently. */
export interface InTotoReadOptions {
  /** Largest statement read, in bytes. */
  maxBytes: number;
  /** Most subjects (default 10,000, what a DSSE statement of a large release carries). */
  maxSubjects?: number;
  /** Longest predicate type (default 2048). */
  maxPredicateType?: number;
  /** Longest digest value of a subject (default 1024). */
  maxDigestValue?: number;
}

/** The statement's shape within `limits`; built once per set of limits (a gate run uses two or three). */
const schemas = new Map<string, ReturnType<typeof statementSchema>>();

// z.looseObject: a statement may carry fields a newer spec adds, which this reader does not need.
function statementSchema(maxSubjects: number, maxPredicateType: number, maxDigestValue: number) {
  return z.looseObject({
    _type: z.string().refine((t) => (IN_TOTO_STATEMENT_TYPES as readonly string[]).includes(t), {
      message: `must be ${IN_TOTO_STATEMENT_TYPES.join(' or ')}`
    }),
    predicateType: z.string().min(1).max(maxPredicateType),
    subject: z
      .array(z.looseObject({ name: z.string().max(4096).optional(), digest: z.record(z.string().max(64), z.string().max(maxDigestValue)) }))
      .min(1, { message: 'is empty: a statement is about at least one subject' })
      .max(maxSubjects),
    // Optional: sigstore-python's statement model (which pypi-attestations verifies with) makes it so.
    predicate: z.unknown().optional()
  });
}

function schemaFor(options: InTotoReadOptions): ReturnType<typeof statementSchema> {
  const limits = [options.maxSubjects ?? MAX_SUBJECTS, options.maxPredicateType ?? 2048, options.maxDigestValue ?? 1024] as const;
  const key = limits.join('/');
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = statementSchema(...limits)));
  return schema;
}

/** Reads one statement from its JSON bytes; throws InTotoFormatError ("not JSON" or "path: what is wrong"). */
export function readInTotoStatement(bytes: Buffer | string, options: InTotoReadOptions): InTotoStatement {
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (size > options.maxBytes) throw new InTotoFormatError(`${size} bytes, more than the ${options.maxBytes} read`, 'size');
  // Depth bounded before parsing (util/json.ts): the message names the nesting instead of "not JSON".
  const raw = parseJson(bytes);
  if (!raw.ok) throw new InTotoFormatError(raw.deep ? raw.reason : 'not JSON', 'json');
  return statementOf(raw.value, options);
}

/** The statement in a parsed value (the whole document, or the members a streamed read selected). */
function statementOf(raw: unknown, options: InTotoReadOptions): InTotoStatement {
  const parsed = schemaFor(options).safeParse(raw);
  if (!parsed.success) throw new InTotoFormatError(firstZodIssue(parsed.error, { top: '(top level)', pathMax: 80, messageMax: 120 }), 'shape');
  const statement = parsed.data;
  const subjects = statement.subject.map((subject, index) => {
    const sha256 = subject.digest.sha256;
    if (sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(sha256)) {
      throw new InTotoFormatError(`subject ${subject.name ? clip(subject.name) : index} has a malformed sha256 digest ${clip(sha256, 70)}`, 'digest');
    }
    return { name: subject.name ?? '', sha256: sha256 === undefined ? null : sha256.toLowerCase() };
  });
  return {
    type: statement._type as InTotoStatement['type'],
    predicateType: statement.predicateType,
    subjects,
    predicate: statement.predicate ?? null
  };
}

/** The members of a statement a header read selects; everything else (the predicate) is skipped unbuilt. */
const HEADER_PATHS = ['$._type', '$.predicateType', '$.subject'] as const;

/**
 * A statement's `_type`, `predicateType` and `subject`, read from its bytes chunk by chunk without building
 * its predicate (an SBOM predicate runs to tens of MiB): `predicate` comes back null. `predicatePaths`
 * (`$.predicate.spdxVersion`, no wildcards) are selected too, each value handed to `onPredicateValue` as it
 * is read. Throws InTotoFormatError as readInTotoStatement does.
 *
 * With `stopWhenRead`, the read ends once the header and every predicate path are in (in-toto and BuildKit
 * write `_type`, `subject` and `predicateType` before `predicate`, and SPDX starts with `spdxVersion`): the
 * tens of MiB after them are not tokenized, and the rest of `chunks` is left for the caller, which hashes it
 * (the bytes are the ones the digest names, parsed or not). Tokenizing them made a value per package to
 * drop, and that garbage took eight 40 MB layers to 320 MiB of peak RSS in some runs. A statement whose
 * header or paths come last is read to its end.
 */
export async function readInTotoStatementHeader(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: InTotoReadOptions & { stopWhenRead?: boolean },
  predicatePaths: readonly string[] = [],
  onPredicateValue: (path: JsonPath, value: unknown) => void = () => {}
): Promise<InTotoStatement> {
  const header: Record<string, unknown> = {};
  const awaited = new Set(predicatePaths);
  const canStop = options.stopWhenRead === true && predicatePaths.every((p) => !p.includes('*'));
  const selector = new JsonSelector([...HEADER_PATHS, ...predicatePaths], (path, value) => {
    if (path.length === 1 && path[0] !== 'predicate') header[path[0] as string] = value;
    else {
      awaited.delete(`$.${path.join('.')}`);
      onPredicateValue(path, value);
    }
  });
  const complete = () => canStop && awaited.size === 0 && HEADER_PATHS.every((p) => p.slice(2) in header);
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > options.maxBytes) throw new InTotoFormatError(`more than the ${options.maxBytes} bytes read`, 'size');
      selector.write(chunk);
      if (complete()) return statementOf(header, options);
    }
    selector.end();
  } catch (error) {
    if (!(error instanceof JsonStreamError)) throw error;
    throw new InTotoFormatError(error.deep ? error.message : 'not JSON', 'json', { cause: error });
  }
  return statementOf(header, options);
}

/** An InTotoFormatError as one sentence about `noun` ("in-toto statement", "attestation statement"). */
export function describeInTotoFault(error: InTotoFormatError, noun: string): string {
  switch (error.reason) {
    case 'size':
      return `${noun} is ${error.message}`;
    case 'json':
      // "not JSON", or "nested deeper than 128 levels".
      return `${noun} is ${error.message}`;
    case 'shape':
      return `malformed ${noun}: ${error.message}`;
    case 'digest':
      return `${noun} ${error.message}`;
  }
}

/**
 * The in-toto statement in a verified DSSE envelope's payload. Throws InTotoFormatError whose message is a
 * sentence naming what is wrong: another payload type, or a payload that is not a statement.
 */
export function readDsseStatement(payloadType: string, payload: Buffer): InTotoStatement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new InTotoFormatError(`DSSE payload type is ${clip(payloadType || '(empty)')}, expected ${IN_TOTO_PAYLOAD_TYPE}`, 'shape');
  }
  try {
    return readInTotoStatement(payload, { maxBytes: MAX_DSSE_STATEMENT_BYTES });
  } catch (error) {
    if (!(error instanceof InTotoFormatError)) throw error;
    throw new InTotoFormatError(describeInTotoFault(error, 'in-toto statement'), error.reason, { cause: error });
  }
}
