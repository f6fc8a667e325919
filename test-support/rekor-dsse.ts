/**
 * What real Rekor does with a proposed `dsse` 0.0.1 entry before logging it, which @sigstore/mock's Rekor does not
 * do (it logs the proposed entry as it is, so the body would hold `proposedContent` and no verifier could match it
 * against the bundle). Real Rekor (pkg/types/dsse/v0.0.1) checks each signature of the envelope with the verifiers
 * given, then stores only hashes and signatures:
 *   {"apiVersion":"0.0.1","kind":"dsse","spec":{"envelopeHash":{"algorithm":"sha256","value":<sha256 of the
 *   envelope JSON as sent>},"payloadHash":{"algorithm":"sha256","value":<sha256 of the payload>},
 *   "signatures":[{"signature":<base64>,"verifier":<base64 PEM>}]}}
 * — the body of npm's real publish attestations (__fixtures__/real/npm/playwright-cli-0.1.1.attestations.json,
 * whose envelopeHash is exactly the sha256 of its envelope's JSON). Other kinds pass through unchanged.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';

interface ProposedDsse {
  apiVersion?: unknown;
  kind?: unknown;
  spec?: { proposedContent?: { envelope?: unknown; verifiers?: unknown } };
}

interface Envelope {
  payloadType: string;
  payload: string;
  signatures: { sig: string; keyid?: string }[];
}

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** DSSE's pre-authentication encoding: what the signature covers. */
function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

/** The entry Rekor would log for `proposed`; throws (Rekor answers 400) when a signature matches no verifier. */
export function canonicalRekorEntry(proposed: unknown): unknown {
  const entry = proposed as ProposedDsse;
  if (entry.kind !== 'dsse' || entry.apiVersion !== '0.0.1') return proposed;
  const content = entry.spec?.proposedContent;
  if (typeof content?.envelope !== 'string' || !Array.isArray(content.verifiers)) throw new Error('dsse entry without proposedContent');
  const envelope = JSON.parse(content.envelope) as Envelope;
  const payload = Buffer.from(envelope.payload, 'base64');
  const verifiers = (content.verifiers as string[]).map((v) => Buffer.from(v, 'base64').toString('utf8'));
  const signatures = envelope.signatures.map(({ sig }) => {
    const signature = Buffer.from(sig, 'base64');
    const verifier = verifiers.find((pem) => verify('sha256', pae(envelope.payloadType, payload), createPublicKey(pem), signature));
    if (!verifier) throw new Error('dsse envelope signature does not verify with any verifier given');
    return { signature: sig, verifier: Buffer.from(verifier).toString('base64') };
  });
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(payload) },
      signatures
    }
  };
}
