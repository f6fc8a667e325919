import { OciError, type ImageRef, type PushProbeResult } from '../../clients/oci/index.js';
import { defineCheck, fail, pass, sectionMissingMessage, skip, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { mapLimit } from '../../util/map-limit.js';
import { OCI_KEY, OCI_LABEL, ociImage, ociTemplate, type OciSection } from '../shared/oci-refs.js';

/** Two at a time: an image and a chart, without opening more connections to one registry than a push does. */
const PROBES_AT_ONCE = 2;

interface Probed {
  section: OciSection;
  image: ImageRef;
  written: string;
  /** What the probe found, or why it was not run. */
  result: { ok: true; probe: PushProbeResult } | { ok: false; message: string; probed: boolean };
}

const SECTIONS: readonly OciSection[] = ['container', 'helm'];

/** The request lines of a probe, for the details: what went where, with which kind of credential. */
function requestLines(p: Probed): string[] {
  if (!p.result.ok) return [];
  return p.result.probe.requests.map((r) => `  ${r.method} ${r.url} → ${r.status} (${r.credential === 'none' ? 'no credential' : r.credential})`);
}

function verdict(p: Probed): string {
  if (p.result.ok) return p.result.probe.notes.length ? 'push allowed (the cancel failed: see below)' : 'push allowed (upload started and cancelled)';
  return p.result.probed ? `FAILS: ${p.result.message}` : `not probed: ${p.result.message}`;
}

async function probeAll(ctx: GateContext, pushHosts: readonly string[], wanted: Array<{ section: OciSection; template: string }>): Promise<Probed[]> {
  const credentials = { user: ctx.settings.owner, password: ctx.settings.token };
  return mapLimit(wanted, PROBES_AT_ONCE, async ({ section, template }): Promise<Probed> => {
    const { image, written } = ociImage(ctx, section, template);
    const base = { section, image, written };
    // Checked here, before the client is called, so the fix names the config key; the client refuses such a host too.
    if (!pushHosts.includes(image.registry.toLowerCase())) {
      return {
        ...base,
        result: {
          ok: false,
          probed: false,
          message: `${image.registry} is not in oci.push-hosts (${pushHosts.join(', ') || 'empty'}), and the GitHub token is sent to no other host; add it to oci.push-hosts, or set oci: false`
        }
      };
    }
    try {
      return { ...base, result: { ok: true, probe: await ctx.clients.oci.probePush(image, credentials, { pushHosts }) } };
    } catch (error) {
      if (!(error instanceof OciError)) throw error;
      return { ...base, result: { ok: false, probed: true, message: error.message } };
    }
  });
}

/**
 * `oci-push`: before any registry sees the release, the workflow's GitHub token can push the
 * container image and the Helm chart. A version PyPI and npm accepted is burned if the image push
 * is then denied, so the denial must come first: each repository's token service is asked for
 * push, and a blob upload is started and cancelled (nothing is written).
 */
async function checkOciPush(ctx: GateContext, oci: SectionValue<'oci'>): Promise<CheckOutcome> {
  const wanted: Array<{ section: OciSection; template: string }> = [];
  const off: OciSection[] = [];
  for (const section of SECTIONS) {
    const template = ociTemplate(ctx.config, section);
    if (template.state === 'missing') {
      return fail(
        sectionMissingMessage(section, 'oci-push', {
          purpose: `to know where the ${OCI_LABEL[section]} is pushed`,
          remedy: `when the release publishes no ${OCI_LABEL[section]}`
        })
      );
    }
    if (template.state === 'off') off.push(section);
    else wanted.push({ section, template: template.value });
  }
  if (wanted.length === 0) return skip('no container image or Helm chart to push ("container: false" and "helm: false")');
  if (!ctx.settings.token) {
    return fail('input "token" is empty; keep its default (github.token) or pass a token with the permissions in the README (packages: write for oci-push)');
  }

  const probed = await probeAll(ctx, oci['push-hosts'], wanted);
  const table = {
    columns: ['repository', 'host', 'verdict'],
    rows: probed.map((p) => [p.image.repository, p.image.registry, verdict(p)]),
    failing: probed.flatMap((p, i) => (p.result.ok ? [] : [i]))
  };
  const details: string[] = [];
  for (const p of probed) {
    details.push(`${OCI_LABEL[p.section]} ${p.written} (${OCI_KEY[p.section]}):`, ...requestLines(p));
    if (p.result.ok) for (const note of p.result.probe.notes) details.push(`  note: ${note}`);
    else details.push(`  ${p.result.message}`);
  }
  const notAsked = off.map((s) => `${OCI_LABEL[s]} not probed ("${s}: false")`).join('; ');
  const failed = probed.filter((p) => !p.result.ok);
  if (failed.length > 0) {
    const first = failed[0]!;
    const more = failed.length > 1 ? ` (and ${failed.length - 1} more, below)` : '';
    return fail(`${OCI_LABEL[first.section]} ${first.written}: ${first.result.ok ? '' : first.result.message}${more}`, { details, table });
  }
  const pushed = probed.map((p) => `${OCI_LABEL[p.section]} ${p.written}`).join(' and ');
  return pass(`the GitHub token can push the ${pushed} (an upload was started and cancelled; nothing was written)${notAsked ? `; ${notAsked}` : ''}`, {
    details,
    table
  });
}

export const ociPush = defineCheck({
  id: 'oci-push',
  sections: ['oci'],
  releaseOnly: 'the OCI push permission check (a rehearsal publishes no image or chart)',
  run: (ctx, { oci }) => checkOciPush(ctx, oci)
});
