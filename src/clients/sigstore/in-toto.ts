import { z } from 'zod';
import { clip, messageOf } from '../../util/text.js';
import { ReleaseGatesError } from '../../errors.js';

/** An in-toto Statement (v0.1 or v1) as carried in a DSSE envelope: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md */
export interface InTotoStatement {
  predicateType: string;
  /** Each subject's name and its sha256 digest (lower-case hex), or null when it has no sha256 digest. */
  subjects: Array<{ name: string; sha256: string | null }>;
  predicate: unknown;
}

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'] as const;

/** Largest statement payload read (an SBOM predicate can be several MiB; beyond this it is not a statement to parse). */
export const MAX_STATEMENT_BYTES = 32 * 1024 * 1024;
const MAX_SUBJECTS = 10_000;

/** A DSSE payload that is not a usable in-toto statement; the message names what is wrong. */
export class InTotoStatementError extends ReleaseGatesError {
  override name = 'InTotoStatementError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

const statementSchema = z.object({
  _type: z.string(),
  predicateType: z.string().min(1).max(2048),
  subject: z
    .array(
      z.object({
        name: z.string().max(4096).optional(),
        digest: z.record(z.string(), z.string().max(1024))
      })
    )
    .min(1)
    .max(MAX_SUBJECTS),
  predicate: z.unknown().optional()
});

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

/** The in-toto statement in a DSSE payload. Throws InTotoStatementError naming what is wrong. */
export function parseStatement(payloadType: string, payload: Buffer): InTotoStatement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new InTotoStatementError(`DSSE payload type is ${clip(payloadType || '(empty)')}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
  }
  if (payload.length > MAX_STATEMENT_BYTES) {
    throw new InTotoStatementError(`in-toto statement is ${payload.length} bytes, more than the ${MAX_STATEMENT_BYTES} read`);
  }
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch (error) {
    throw new InTotoStatementError(`in-toto statement is not JSON: ${clip(messageOf(error), 120)}`, { cause: error });
  }
  const parsed = statementSchema.safeParse(json);
  if (!parsed.success) throw new InTotoStatementError(`malformed in-toto statement: ${firstIssue(parsed.error)}`);
  const statement = parsed.data;
  if (!(STATEMENT_TYPES as readonly string[]).includes(statement._type)) {
    throw new InTotoStatementError(`in-toto statement _type is ${clip(statement._type)}, expected one of ${STATEMENT_TYPES.join(', ')}`);
  }
  const subjects = statement.subject.map((subject, index) => {
    const sha256 = subject.digest.sha256;
    if (sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(sha256)) {
      throw new InTotoStatementError(`in-toto statement subject ${index} has a malformed sha256 digest ${clip(sha256, 70)}`);
    }
    return { name: subject.name ?? '', sha256: sha256 === undefined ? null : sha256.toLowerCase() };
  });
  return { predicateType: statement.predicateType, subjects, predicate: statement.predicate ?? null };
}
