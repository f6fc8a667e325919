/**
 * The in-toto Statement (v0.1 or v1) as BuildKit stores it in an attestation layer
 * (`application/vnd.in-toto+json`): https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 * A pure reader: bytes in, a typed statement out, or an InTotoFormatError whose message names what is wrong.
 */
import { z } from 'zod';
import { ReleaseGatesError } from '../errors.js';
import { clip } from '../util/text.js';

export const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'] as const;

/** One statement: its predicate type, its subjects (sha256 lower-case hex, or null without one) and the raw predicate. */
export interface InTotoStatement {
  type: (typeof IN_TOTO_STATEMENT_TYPES)[number];
  predicateType: string;
  subjects: Array<{ name: string; sha256: string | null }>;
  predicate: unknown;
}

/** Not an in-toto statement; `reason` is 'json' (not JSON at all) or 'shape' (JSON, but not a statement). */
export class InTotoFormatError extends ReleaseGatesError {
  override name = 'InTotoFormatError';
  constructor(
    message: string,
    readonly reason: 'json' | 'shape'
  ) {
    super('format', message);
  }
}

const statementSchema = z.looseObject({
  _type: z.string().refine((t) => (IN_TOTO_STATEMENT_TYPES as readonly string[]).includes(t), {
    message: `must be ${IN_TOTO_STATEMENT_TYPES.join(' or ')}`
  }),
  predicateType: z.string().min(1).max(512),
  subject: z
    .array(z.looseObject({ name: z.string().max(4096).optional(), digest: z.record(z.string().max(64), z.string().max(256)) }))
    .min(1)
    .max(4096),
  predicate: z.unknown()
});

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.length ? clip(issue.path.join('.'), 80) : '(statement)'}: ${clip(issue.message, 120)}`;
}

/** Reads one statement from its JSON bytes; throws InTotoFormatError ("not JSON" or "path: what is wrong"). */
export function readInTotoStatement(bytes: Buffer | string): InTotoStatement {
  let raw: unknown;
  try {
    raw = JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8'));
  } catch {
    throw new InTotoFormatError('not JSON', 'json');
  }
  const parsed = statementSchema.safeParse(raw);
  if (!parsed.success) throw new InTotoFormatError(firstIssue(parsed.error), 'shape');
  const statement = parsed.data;
  return {
    type: statement._type as InTotoStatement['type'],
    predicateType: statement.predicateType,
    subjects: statement.subject.map((s) => ({ name: s.name ?? '', sha256: s.digest.sha256?.toLowerCase() ?? null })),
    predicate: statement.predicate
  };
}
