import { z } from 'zod';
import { MEDIA_TYPES, type FetchedManifest, type ImageRef } from '../../clients/oci/index.js';
import { clip } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { poll, waitNote } from '../../util/poll.js';
import { chartName, failOnOciError, notServedYet, ociImage } from '../shared/oci-refs.js';

const EMPTY_DIGEST =
  'chart-digest is empty: without it nothing proves what was built; pass the digest `helm push` reported (its "Digest: sha256:…" line) as the chart-digest input';

/** Helm's config blob is Chart.yaml as JSON; a few KiB. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const helmConfig = z.looseObject({ name: z.string().max(256), version: z.string().max(256) });

/** The chart manifest and its config blob, once both are served. */
interface Served {
  manifest: FetchedManifest | null;
  config: Buffer | null;
}

async function look(ctx: GateContext, image: ImageRef, version: string, served: Served): Promise<{ done: boolean; seen: string }> {
  served.manifest ??= await ctx.clients.oci.getManifest(image, version);
  const manifest = served.manifest;
  if (manifest === null) return { done: false, seen: `tag ${version} not served yet` };
  const document = manifest.document;
  // What follows is a final verdict unless the config blob is not served yet.
  if (manifest.digest !== ctx.settings.chartDigest || document.kind !== 'image' || document.config.mediaType !== MEDIA_TYPES.helmConfig)
    return { done: true, seen: '' };
  served.config = await ctx.clients.oci.getBlob(image, document.config.digest, { maxBytes: MAX_CONFIG_BYTES });
  if (served.config === null) return { done: false, seen: `config blob ${document.config.digest} not served yet` };
  return { done: true, seen: '' };
}

async function checkHelm(ctx: GateContext, section: SectionValue<'helm'>, version: string): Promise<CheckOutcome> {
  const expected = ctx.settings.chartDigest;
  if (!expected) return fail(EMPTY_DIGEST);
  const { image, written } = ociImage(ctx, 'helm', section.chart);
  const name = chartName(image);
  const subject = `${written}:${version}`;
  return failOnOciError(`Helm chart ${subject}`, async () => {
    const served: Served = { manifest: null, config: null };
    const waited = await poll(ctx, `helm: ${subject}`, image.registry, async () => {
      const answer = await look(ctx, image, version, served);
      return answer.done ? { done: true, value: served } : { done: false, seen: answer.seen, value: served };
    });
    const manifest = served.manifest;
    const outputs = manifest ? { outputs: { 'chart-digest': manifest.digest } } : {};
    const details = waitNote(waited);
    if (manifest === null || (!waited.done && manifest.digest === expected)) {
      return notServedYet(
        ctx,
        `Helm chart ${subject}`,
        waited,
        `push the chart before this gate (helm push ${name}-${version}.tgz oci://${image.registry}/${image.repository.split('/').slice(0, -1).join('/')})`
      );
    }
    if (manifest.digest !== expected) {
      return fail(
        `${subject} resolves to ${manifest.digest}, not chart-digest ${expected}: the registry serves another chart under that version; pass the digest this release's helm push reported, or release a new version`,
        { details, ...outputs }
      );
    }
    const document = manifest.document;
    if (document.kind !== 'image' || document.config.mediaType !== MEDIA_TYPES.helmConfig) {
      const what =
        document.kind === 'image' ? `its config media type is ${clip(document.config.mediaType, 100)}` : `it is an image index (${document.mediaType})`;
      return fail(`${subject} is not a Helm chart: ${what}, not ${MEDIA_TYPES.helmConfig}; publish the chart with helm push`, { details, ...outputs });
    }
    const chartLayers = document.layers.filter((l) => l.mediaType === MEDIA_TYPES.helmChartContent);
    const strange = document.layers.filter((l) => l.mediaType !== MEDIA_TYPES.helmChartContent && l.mediaType !== MEDIA_TYPES.helmProvenance);
    if (strange.length > 0) {
      return fail(
        `${subject} has a layer of media type ${clip(strange[0]!.mediaType, 100)}; a Helm chart holds one ${MEDIA_TYPES.helmChartContent} layer (and optionally its provenance): publish it with helm push`,
        { details, ...outputs }
      );
    }
    if (chartLayers.length !== 1) {
      return fail(
        `${subject} has ${chartLayers.length} chart layers (${MEDIA_TYPES.helmChartContent}), not one: helm cannot tell which is the chart; publish it with helm push`,
        {
          details,
          ...outputs
        }
      );
    }
    let config: z.infer<typeof helmConfig>;
    try {
      const parsed = helmConfig.safeParse(JSON.parse(served.config!.toString('utf8')));
      if (!parsed.success)
        return fail(`${subject}: the Helm config blob has no string "name" and "version"; publish the chart with helm push`, { details, ...outputs });
      config = parsed.data;
    } catch {
      return fail(`${subject}: the Helm config blob is not JSON; publish the chart with helm push`, { details, ...outputs });
    }
    const problems: string[] = [];
    if (config.name !== name) problems.push(`name "${clip(config.name)}", not "${name}" (the last path segment of helm.chart)`);
    if (config.version !== version) problems.push(`version "${clip(config.version)}", not the release's ${version}`);
    if (problems.length > 0) {
      return fail(
        `${subject} holds a chart with ${problems.join(' and ')}: package the chart from Chart.yaml at the release commit and push it again as a new version`,
        {
          details,
          ...outputs
        }
      );
    }
    const provenance = document.layers.some((l) => l.mediaType === MEDIA_TYPES.helmProvenance);
    return pass(`${subject} resolves to ${expected}: Helm chart ${name} ${version} with one chart layer${provenance ? ' and its provenance' : ''}`, {
      details,
      ...outputs
    });
  });
}

/**
 * `helm`: `{chart}:{version}` resolves to `chart-digest`, a manifest with Helm's config (whose name and
 * version are the chart's and the release's) and one chart layer. Waits while the chart is not served yet.
 */
export const helm = defineCheck({
  id: 'helm',
  sections: ['helm'],
  releaseOnly: 'the Helm chart check',
  run: (ctx, { helm: section }) => withVersion(ctx, (version) => checkHelm(ctx, section, version))
});
