import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { MEDIA_TYPES, type FetchedManifest, type ImageRef } from '../../clients/oci/index.js';
import { ReleaseGatesError } from '../../errors.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext } from '../../gate.js';
import { poll, waitNote } from '../../util/poll.js';
import { parseYamlBounded } from '../../util/yaml.js';
import { chartName, failOnOciError, notServedYet, ociImage } from '../shared/oci-refs.js';

/** Bounds for an untrusted chart: the packed layer, what it inflates to, its entries and its Chart.yaml. */
export const CHART_LIMITS = {
  maxLayerBytes: 20 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxEntries: 20_000,
  maxChartYamlBytes: 1024 * 1024
};

class ChartContentError extends ReleaseGatesError {
  override name = 'ChartContentError';
  constructor(message: string) {
    super('artifact-content', message);
  }
}

/**
 * The chart's own `Chart.yaml` from the layer: `<chart dir>/Chart.yaml` at the top of the
 * tarball, as `helm package` lays it out (a subchart's `charts/x/Chart.yaml` is not it).
 */
export async function readChartYaml(layer: Buffer, limits = CHART_LIMITS): Promise<{ path: string; text: string }> {
  let tarball: Buffer;
  try {
    tarball = gunzipSync(layer, { maxOutputLength: limits.maxInflatedBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new ChartContentError(`inflates past ${limits.maxInflatedBytes} bytes`);
    throw new ChartContentError(`is not gzip (${clip(messageOf(error), 80)})`);
  }
  const extract = tar.extract();
  Readable.from([tarball]).pipe(extract);
  let found: { path: string; text: string } | null = null;
  let entries = 0;
  try {
    for await (const entry of extract) {
      if (++entries > limits.maxEntries) throw new ChartContentError(`has more than ${limits.maxEntries} entries`);
      const name = entry.header.name.replace(/^\.\//, '');
      if (/^[^/]+\/Chart\.yaml$/.test(name) && entry.header.type === 'file') {
        if (found) throw new ChartContentError(`holds two charts (${found.path} and ${clip(name)})`);
        if ((entry.header.size ?? 0) > limits.maxChartYamlBytes) throw new ChartContentError(`has a ${name} larger than ${limits.maxChartYamlBytes} bytes`);
        const chunks: Buffer[] = [];
        for await (const chunk of entry as AsyncIterable<Buffer>) chunks.push(chunk);
        found = { path: clip(name), text: Buffer.concat(chunks).toString('utf8') };
      } else {
        entry.resume();
      }
    }
  } catch (error) {
    extract.destroy();
    if (error instanceof ChartContentError) throw error;
    throw new ChartContentError(`is not a readable tar archive (${clip(messageOf(error), 80)})`);
  }
  if (!found) throw new ChartContentError('has no <chart>/Chart.yaml');
  return found;
}

interface Pull {
  manifest: FetchedManifest | null;
  layer: Buffer | null;
  problem: string | null;
}

async function pullOnce(ctx: GateContext, image: ImageRef, version: string, pull: Pull): Promise<{ done: true } | { done: false; seen: string }> {
  pull.manifest ??= await ctx.clients.oci.getManifest(image, version);
  const manifest = pull.manifest;
  if (manifest === null) return { done: false, seen: `tag ${version} not served yet` };
  const expected = ctx.settings.chartDigest;
  if (expected && manifest.digest !== expected) {
    pull.problem = `resolves to ${manifest.digest}, not chart-digest ${expected}: an anonymous pull gets another chart; pass the digest this release's helm push reported, or release a new version`;
    return { done: true };
  }
  const document = manifest.document;
  const layers = document.kind === 'image' ? document.layers.filter((l) => l.mediaType === MEDIA_TYPES.helmChartContent) : [];
  if (layers.length !== 1) {
    const what = document.kind === 'image' ? `${layers.length} chart layers (${MEDIA_TYPES.helmChartContent})` : `an image index (${document.mediaType})`;
    pull.problem = `has ${what}, not one chart layer: helm pull cannot install it; publish the chart with helm push`;
    return { done: true };
  }
  pull.layer = await ctx.clients.oci.getBlob(image, layers[0]!.digest, { maxBytes: CHART_LIMITS.maxLayerBytes });
  if (pull.layer === null) return { done: false, seen: `chart layer ${layers[0]!.digest} not served yet` };
  return { done: true };
}

async function checkChart(ctx: GateContext, template: string, version: string): Promise<CheckOutcome> {
  const { image, written } = ociImage(ctx, 'helm', template);
  const subject = `${written}:${version}`;
  return failOnOciError(`Helm chart ${subject}`, async () => {
    const pull: Pull = { manifest: null, layer: null, problem: null };
    const waited = await poll(ctx, `chart-resolves: ${subject}`, image.registry, async () => {
      const look = await pullOnce(ctx, image, version, pull);
      return look.done ? { done: true, value: pull } : { done: false, seen: look.seen, value: pull };
    });
    const details = waitNote(waited);
    if (pull.problem) return fail(`${subject} ${pull.problem}`, { details });
    if (!waited.done || !pull.layer) return notServedYet(ctx, `Helm chart ${subject}`, waited, 'check that helm push succeeded and the package is public');
    let chartYaml: { path: string; text: string };
    try {
      chartYaml = await readChartYaml(pull.layer);
    } catch (error) {
      if (!(error instanceof ChartContentError)) throw error;
      return fail(`${subject}: the chart layer ${error.message}, so helm cannot install it; package the chart with helm package and push it as a new version`, {
        details
      });
    }
    const parsed = parseYamlBounded(chartYaml.text, { maxItems: 10_000, maxAliasCount: 100 });
    const data = parsed.ok && typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Record<string, unknown>) : null;
    if (!data) {
      const why = parsed.ok ? 'is not a YAML mapping' : parsed.problem;
      return fail(`${subject}: ${chartYaml.path} in the chart layer ${clip(why, 120)}; package the chart with helm package and push it as a new version`, {
        details
      });
    }
    const found = typeof data.version === 'string' || typeof data.version === 'number' ? String(data.version) : null;
    if (found !== version) {
      return fail(
        `${subject}: ${chartYaml.path} in the chart layer has version ${found === null ? '(none)' : `"${clip(found)}"`}, not ${version}: the chart was packaged from another Chart.yaml; set its version, package and push a new version`,
        { details }
      );
    }
    const given = ctx.settings.chartDigest ? '' : ' (chart-digest not given, so which push it is was not compared)';
    const name = typeof data.name === 'string' ? clip(data.name) : chartName(image);
    return pass(
      `${subject} resolves to ${pull.manifest!.digest} for an anonymous client${given}; its chart layer downloads and ${chartYaml.path} is ${name} ${version}`,
      { details }
    );
  });
}

/**
 * `chart-resolves`: an anonymous pull of `{chart}:{version}` resolves to `chart-digest` (when given);
 * its chart layer downloads and is a gzip tarball whose `Chart.yaml` has the release version.
 */
export const chartResolves = defineCheck({
  id: 'chart-resolves',
  sections: ['helm'],
  releaseOnly: 'the anonymous chart pull',
  run: (ctx, { helm }) => withVersion(ctx, (version) => checkChart(ctx, helm.chart, version))
});
