/**
 * `signatures`: the published image and chart digests each carry a Sigstore signature from the
 * release's signer identity over exactly that digest. Two layouts are read, as cosign writes them:
 *
 * - cosign's signature tag `sha256-<hex>.sig`: simple-signing payloads naming the digest and the
 *   repository, each verified as the Sigstore bundle cosign builds from the layer's annotations;
 * - Sigstore bundles attached as OCI referrers (`cosign sign --new-bundle-format`, `cosign attest`),
 *   through the referrers API or its fallback tag `sha256-<hex>`.
 *
 * Every bundle is verified before its content is believed; one that does not verify fails the check
 * even when another is good. A verified bundle from another signer, over another digest or naming
 * another repository does not count, and the details say what was found.
 */
import { z } from 'zod';
import { cosignSignatureTag, normaliseRepository, readCosignSignatures } from '../../clients/oci/cosign.js';
import { COSIGN_SIGNATURE_TYPE, CosignFormatError, parseSimpleSigning } from '../../formats/cosign.js';
import { OciError, shownReference, type ImageRef, type OciApi } from '../../clients/oci/index.js';
import { findSigstoreBundleReferrers, type BundleReferrer } from '../../clients/oci/referrers.js';
import { SigstoreVerificationError } from '../../clients/sigstore/errors.js';
import type { SignerPolicy, SigstoreVerifier, VerifiedBundle } from '../../clients/sigstore/index.js';
import { signerMismatch } from '../../clients/sigstore/signer-policy.js';
import { readDsseStatement } from '../../formats/in-toto.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, sectionMissingMessage, skip, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { OCI_KEY, OCI_LABEL, ociImage, ociTemplate, type OciSection } from '../shared/oci-refs.js';
import { signerPolicy, signerVerifier } from '../shared/supply-chain-signer.js';

/** The action input that carries each artifact's digest. */
const DIGEST_INPUT: Record<OciSection, string> = { container: 'image-digest', helm: 'chart-digest' };

/** What was learnt about one artifact's signatures. */
interface ArtifactSignatures {
  section: OciSection;
  /** `registry/repository@digest` */
  shown: string;
  /** Signatures from the signer over exactly this digest (and repository). */
  good: string[];
  /** Verified signatures that do not count, with why. */
  notCounted: string[];
  /** Signatures that do not verify or cannot be read: each fails the check. */
  failing: string[];
  /** Where was looked, for the details. */
  looked: string[];
  /** A failure that ended the look early (registry error, empty digest). */
  error: string | null;
}

/** Just the message digest of a message-signature bundle, to say what it is over before verifying it. */
const messageDigestShape = z.object({ messageSignature: z.object({ messageDigest: z.object({ algorithm: z.string(), digest: z.string() }) }) });

function signedDigestOf(bundle: unknown): string | null {
  const parsed = messageDigestShape.safeParse(bundle);
  if (!parsed.success) return null;
  const { algorithm, digest } = parsed.data.messageSignature.messageDigest;
  if (algorithm !== 'SHA2_256') return null;
  return `sha256:${Buffer.from(digest, 'base64').toString('hex')}`;
}

async function verifyOrNote(
  verifier: SigstoreVerifier,
  bundle: unknown,
  artifact: Buffer | undefined,
  failing: string[],
  what: string
): Promise<VerifiedBundle | null> {
  try {
    return await verifier.verify(bundle, artifact ? { artifact } : {});
  } catch (error) {
    if (!(error instanceof SigstoreVerificationError)) throw error;
    failing.push(`${what}: ${clip(error.message, 300)}`);
    return null;
  }
}

/** What one artifact's look needs: where it is, the digest that must be signed, and by whom. */
interface Target {
  oci: OciApi;
  image: ImageRef;
  /** The reference as the config writes it, for messages. */
  written: string;
  digest: string;
  verifier: SigstoreVerifier;
  policy: SignerPolicy;
}

/** Both layouts cosign writes, in the order the details list them. */
async function lookAt(section: OciSection, target: Target): Promise<ArtifactSignatures> {
  const shown = shownReference(target.image, target.digest);
  const result: ArtifactSignatures = { section, shown, good: [], notCounted: [], failing: [], looked: [], error: null };
  await lookAtCosignTag(target, result);
  await lookAtReferrers(target, result);
  return result;
}

/** cosign's .sig tag: the payload is the signed artifact and must name this digest and repository. */
async function lookAtCosignTag(target: Target, result: ArtifactSignatures): Promise<void> {
  const { verifier, policy } = target;
  // Verified as each layer is read, so one payload and bundle are held at a time; the failures keep the
  // order they had when every layer was read first: the unreadable layers, then those that do not verify.
  const unverified: string[] = [];
  const cosign = await readCosignSignatures(target.oci, target.image, target.digest, async (signature) => {
    const what = `${cosignSignatureTag(target.digest)} layer ${signature.layer}`;
    const verified = await verifyOrNote(verifier, signature.bundle, signature.payload, unverified, what);
    if (!verified) return;
    const mismatch = signerMismatch(verified.signer, policy);
    if (mismatch) {
      result.notCounted.push(`${what}: a valid cosign signature, but ${mismatch}`);
      return;
    }
    const notCounted = cosignPayloadMismatch(target, signature.payload);
    if (notCounted) result.notCounted.push(`${what}: signed by the release workflow, but ${notCounted}`);
    else result.good.push(`cosign signature (${cosignSignatureTag(target.digest)}) by ${policy.san}`);
  });
  result.looked.push(cosign.found ? `cosign tag ${cosign.tag}: ${cosign.layers} signature layer(s)` : `cosign tag ${cosign.tag}: absent`);
  for (const broken of cosign.broken) result.failing.push(`${cosign.tag} layer ${broken.layer}: ${broken.problem}`);
  result.failing.push(...unverified);
}

/** Why a verified cosign payload does not vouch for this digest in this repository, or null when it does. */
function cosignPayloadMismatch(target: Target, bytes: Buffer): string | null {
  const { digest, image, written } = target;
  let payload;
  try {
    payload = parseSimpleSigning(bytes);
  } catch (error) {
    if (!(error instanceof CosignFormatError)) throw error;
    // Verified, so the signer's own; it just says nothing this check can read.
    return error.message;
  }
  if (payload.type !== COSIGN_SIGNATURE_TYPE) {
    // cosign verify refuses any other type too: the payload would be some other statement.
    return `its payload type is "${clip(payload.type, 80)}", not "${COSIGN_SIGNATURE_TYPE}"`;
  }
  if (payload.manifestDigest.toLowerCase() !== digest) return `over ${clip(payload.manifestDigest, 80)}, not ${digest}`;
  const named = normaliseRepository(payload.dockerReference);
  if (named === null || named !== normaliseRepository(`${image.registry}/${image.repository}`)) {
    return `its payload names repository ${clip(payload.dockerReference, 160)}, not ${written}`;
  }
  return null;
}

/**
 * Sigstore bundles attached as referrers: a message signature over the manifest itself, or a DSSE
 * in-toto statement whose subject is the digest (cosign attest). Either is the signer vouching for
 * exactly these bytes; a statement's predicate says more, which this check does not need.
 */
async function lookAtReferrers(target: Target, result: ArtifactSignatures): Promise<void> {
  const { oci, image, digest } = target;
  // Each bundle is verified as it is read (one held at a time); the failures keep the order they had when
  // every referrer was read first: the unreadable ones, then those that do not verify.
  const unverified: string[] = [];
  let subjectBytes: Buffer | null = null;
  const subject = async (): Promise<Buffer | null> => (subjectBytes ??= (await oci.getManifest(image, digest))?.body ?? null);
  const referrers = await findSigstoreBundleReferrers(oci, image, digest, (referrer) => judgeReferrer(target, referrer, subject, unverified, result));
  result.looked.push(
    referrers.via === 'none'
      ? 'referrers: no referrers API and no fallback tag'
      : `referrers (${referrers.via}): ${referrers.bundles + referrers.broken.length} Sigstore bundle(s), ${referrers.ignored.length} other`
  );
  for (const broken of referrers.broken) result.failing.push(`referrer ${broken.manifest}: ${broken.problem}`);
  result.failing.push(...unverified);
  for (const other of referrers.ignored) result.looked.push(`referrer ${other.manifest}: ${other.reason}`);
}

/** One referrer's bundle: checked against the manifest it claims to sign, verified, then judged. */
async function judgeReferrer(
  target: Target,
  referrer: BundleReferrer,
  subject: () => Promise<Buffer | null>,
  failing: string[],
  result: ArtifactSignatures
): Promise<void> {
  const { digest, verifier, policy } = target;
  const what = `referrer ${referrer.manifest}`;
  const signedDigest = signedDigestOf(referrer.bundle);
  let artifact: Buffer | undefined;
  if (signedDigest !== null) {
    if (signedDigest !== digest) {
      failing.push(`${what}: a message signature over ${signedDigest}, attached to ${digest}; it cannot be checked against the manifest it claims to sign`);
      return;
    }
    const bytes = await subject();
    if (!bytes) {
      failing.push(`${what}: the signed manifest ${result.shown} itself is not served, so its signature cannot be checked`);
      return;
    }
    artifact = bytes;
  }
  const verified = await verifyOrNote(verifier, referrer.bundle, artifact, failing, what);
  if (!verified) return;
  const mismatch = signerMismatch(verified.signer, policy);
  if (mismatch) result.notCounted.push(`${what}: a valid Sigstore bundle, but ${mismatch}`);
  else judgeReferrerContent(target, referrer.manifest, verified.content, result);
}

/** A referrer verified as the signer's: good when what it signs is this digest. */
function judgeReferrerContent(target: Target, manifest: string, content: VerifiedBundle['content'], result: ArtifactSignatures): void {
  const { digest, policy } = target;
  const what = `referrer ${manifest}`;
  if (content.kind === 'message-signature') {
    const over = `${content.digest.algorithm}:${content.digest.hex}`;
    if (over !== digest) result.notCounted.push(`${what}: signed by the release workflow, but over ${over}`);
    else result.good.push(`Sigstore bundle referrer ${manifest} (message signature over the manifest) by ${policy.san}`);
    return;
  }
  let statement;
  try {
    statement = readDsseStatement(content.payloadType, content.payload);
  } catch (error) {
    // Verified, so genuinely the signer's; just not a statement about anything this check can read.
    result.notCounted.push(`${what}: signed by the release workflow, but its DSSE payload is no in-toto statement (${clip(messageOf(error), 200)})`);
    return;
  }
  const hex = digest.slice('sha256:'.length);
  if (!digest.startsWith('sha256:') || !statement.subjects.some((s) => s.sha256?.toLowerCase() === hex)) {
    const subjects = statement.subjects.map((s) => (s.sha256 ? `sha256:${s.sha256.slice(0, 12)}…` : s.name)).join(', ');
    result.notCounted.push(
      `${what}: signed by the release workflow, but its in-toto statement is about ${clip(subjects || '(no subject)', 200)}, not ${digest}`
    );
    return;
  }
  result.good.push(`Sigstore bundle referrer ${manifest} (in-toto ${clip(statement.predicateType, 100)} about the digest) by ${policy.san}`);
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function describe(a: ArtifactSignatures): string {
  const label = OCI_LABEL[a.section];
  if (a.error) return `${label}: ${a.error}`;
  if (a.failing.length) {
    return `${label} ${a.shown}: ${count(a.failing.length, 'signature does', 'signatures do')} not verify or cannot be read — ${a.failing[0]}`;
  }
  if (a.good.length) return `${label} ${a.shown}: signed (${a.good.map((g) => g.split(' by ')[0]).join(', ')})`;
  const found = a.notCounted.length
    ? `found ${count(a.notCounted.length, 'signature that does', 'signatures that do')} not count — ${a.notCounted[0]}`
    : 'found no signature (no cosign .sig tag signature, no Sigstore bundle referrer)';
  return `${label} ${a.shown}: no Sigstore signature from the release workflow over the digest; ${found}`;
}

async function checkSignatures(ctx: GateContext, supplyChain: SectionValue<'supply-chain'>): Promise<CheckOutcome> {
  const sections: OciSection[] = ['container', 'helm'];
  const wanted: Array<{ section: OciSection; template: string }> = [];
  for (const section of sections) {
    const template = ociTemplate(ctx.config, section);
    if (template.state === 'missing') {
      return fail(
        sectionMissingMessage(section, 'signatures', {
          purpose: `to know which ${OCI_LABEL[section]} must be signed`,
          remedy: `when the release publishes no ${OCI_LABEL[section]}`
        })
      );
    }
    if (template.state === 'on') wanted.push({ section, template: template.value });
  }
  if (wanted.length === 0) return skip('no container image or Helm chart to sign ("container: false" and "helm: false")');

  const results: ArtifactSignatures[] = [];
  let verifier: SigstoreVerifier | null = null;
  const policy = signerPolicy(ctx, supplyChain);
  for (const { section, template } of wanted) {
    const digest = section === 'container' ? ctx.settings.imageDigest : ctx.settings.chartDigest;
    const base: ArtifactSignatures = { section, shown: OCI_KEY[section], good: [], notCounted: [], failing: [], looked: [], error: null };
    if (!digest) {
      results.push({
        ...base,
        error: `input ${DIGEST_INPUT[section]} is empty, so nothing says which ${OCI_LABEL[section]} must be signed; pass the digest the push reported`
      });
      continue;
    }
    const { image, written } = ociImage(ctx, section, template);
    verifier ??= await signerVerifier(ctx, supplyChain);
    try {
      results.push(await lookAt(section, { oci: ctx.clients.oci, image, written, digest, verifier, policy }));
    } catch (error) {
      if (!(error instanceof OciError)) throw error;
      const what = error.reason === 'private' ? 'its signatures cannot be read anonymously' : 'cannot read its signatures';
      results.push({ ...base, shown: shownReference(image, digest), error: `${shownReference(image, digest)}: ${what}: ${error.message}` });
    }
  }

  const details: string[] = [];
  for (const a of results) {
    details.push(`${OCI_LABEL[a.section]} ${a.shown}:`);
    for (const line of a.looked) details.push(`  looked at ${line}`);
    for (const line of a.good) details.push(`  good: ${line}`);
    for (const line of a.failing) details.push(`  FAILS: ${line}`);
    for (const line of a.notCounted) details.push(`  does not count: ${line}`);
    if (a.error) details.push(`  ${a.error}`);
  }
  const reusable = policy.signerWorkflows.length ? `; the signing step may run in ${policy.signerWorkflows.join(', ')}` : '';
  details.push(`signer: ${policy.san} (issuer ${policy.issuer}, commit ${policy.sourceCommit}${reusable})`);
  const bad = results.filter((a) => a.error || a.failing.length || a.good.length === 0);
  // Every artifact, what fails first.
  const summary = [...bad, ...results.filter((a) => !bad.includes(a))].map(describe).join('; ');
  return bad.length ? fail(summary, { details }) : pass(summary, { details });
}

export const signatures = defineCheck({
  id: 'signatures',
  sections: ['supply-chain'],
  releaseOnly: 'signatures (a rehearsal publishes no image or chart to sign)',
  run: (ctx, { 'supply-chain': supplyChain }) => checkSignatures(ctx, supplyChain)
});
