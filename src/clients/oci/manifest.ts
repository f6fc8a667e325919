import { z } from 'zod';
import { clip } from '../../util/text.js';
import { firstZodIssue } from '../../util/zod-issue.js';
import { DIGEST } from './reference.js';
import { ReleaseGatesError } from '../../errors.js';

/** The media types the gates read. */
export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  helmConfig: 'application/vnd.cncf.helm.config.v1+json',
  helmChartContent: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
  helmProvenance: 'application/vnd.cncf.helm.chart.provenance.v1.prov'
} as const;

const INDEX_TYPES: readonly string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList];
const IMAGE_TYPES: readonly string[] = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest];

/**
 * Every manifest type a release may be pushed as (a Helm chart is an OCI image manifest with Helm's
 * config type). A registry only serves an index or an OCI manifest to a client that accepts it
 * (Distribution answers 404 otherwise), so all four are asked for.
 */
export const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifestList, MEDIA_TYPES.dockerManifest].join(', ');

/** The distribution spec caps a manifest at 4 MiB. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

const text = (max: number) => z.string().max(max);
const annotations = z.record(text(512), text(16_384));

const platformSchema = z.looseObject({
  architecture: text(64),
  os: text(64),
  variant: text(64).optional(),
  'os.version': text(256).optional()
});

const descriptorSchema = z.looseObject({
  mediaType: text(255).min(1),
  digest: z.string().regex(DIGEST, 'must be a sha256:<64 hex> or sha512:<128 hex> digest'),
  size: z.number().int().nonnegative(),
  platform: platformSchema.optional(),
  annotations: annotations.optional(),
  // OCI 1.1: what an artifact manifest (a referrer) holds, copied into index and referrers entries.
  artifactType: text(255).optional()
});

const indexSchema = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: text(255).optional(),
  manifests: z.array(descriptorSchema).max(4096),
  annotations: annotations.optional()
});

/** A Docker manifest list names the platform of every entry. */
const dockerListSchema = indexSchema.extend({
  manifests: z.array(descriptorSchema.extend({ platform: platformSchema })).max(4096)
});

const imageSchema = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: text(255).optional(),
  config: descriptorSchema,
  layers: z.array(descriptorSchema).max(4096),
  annotations: annotations.optional(),
  // OCI 1.1 referrers: the artifact's type and the manifest it refers to.
  artifactType: text(255).optional(),
  subject: descriptorSchema.optional()
});

export type Platform = z.infer<typeof platformSchema>;
export type Descriptor = z.infer<typeof descriptorSchema>;

/** A manifest as the gates read it: an index of manifests, or one image (or Helm chart) manifest. */
export type ManifestDocument =
  | { kind: 'index'; mediaType: string; manifests: Descriptor[]; annotations: Record<string, string> }
  | {
      kind: 'image';
      mediaType: string;
      config: Descriptor;
      layers: Descriptor[];
      annotations: Record<string, string>;
      /** OCI 1.1: the artifact type, when the manifest declares one. */
      artifactType?: string;
      /** OCI 1.1: the manifest this one refers to (a signature's or attestation's subject). */
      subject?: Descriptor;
    };

export class ManifestError extends ReleaseGatesError {
  override name = 'ManifestError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

const firstIssue = (error: z.ZodError): string => firstZodIssue(error, { top: '(document)', pathMax: 80, messageMax: 120 });

/**
 * Reads a manifest body, validated against the schema of its media type. The type comes from the
 * document's `mediaType` (required for Docker's types, optional in OCI's) or, when absent, the
 * Content-Type the registry sent; the two must agree when both name a manifest type.
 */
export function parseManifest(body: Buffer, contentType: string | null): ManifestDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(body.toString('utf8'));
  } catch {
    throw new ManifestError('is not JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ManifestError('is not a JSON object');
  const declared = (raw as { mediaType?: unknown }).mediaType;
  if (declared !== undefined && typeof declared !== 'string') throw new ManifestError('mediaType: must be a string');
  const served = contentType?.split(';')[0]?.trim().toLowerCase() || null;
  const known = [...INDEX_TYPES, ...IMAGE_TYPES];
  if (declared !== undefined && served !== null && known.includes(served) && served !== declared) {
    throw new ManifestError(`is served as ${clip(served, 100)} but declares mediaType ${clip(declared, 100)}`);
  }
  const mediaType = declared ?? served ?? '';
  if (!known.includes(mediaType)) {
    const schema1 = (raw as { schemaVersion?: unknown }).schemaVersion === 1;
    throw new ManifestError(
      schema1
        ? 'is a Docker schema 1 manifest, which current registries and clients no longer accept; push with a current Docker or BuildKit'
        : `has media type "${clip(mediaType || '(none)', 100)}", which is none of ${known.join(', ')}`
    );
  }
  if (INDEX_TYPES.includes(mediaType)) {
    const parsed = (mediaType === MEDIA_TYPES.dockerManifestList ? dockerListSchema : indexSchema).safeParse(raw);
    if (!parsed.success) throw new ManifestError(`is not a valid ${mediaType} (${firstIssue(parsed.error)})`);
    return { kind: 'index', mediaType, manifests: parsed.data.manifests, annotations: parsed.data.annotations ?? {} };
  }
  const parsed = imageSchema.safeParse(raw);
  if (!parsed.success) throw new ManifestError(`is not a valid ${mediaType} (${firstIssue(parsed.error)})`);
  const { artifactType, subject } = parsed.data;
  return {
    kind: 'image',
    mediaType,
    config: parsed.data.config,
    layers: parsed.data.layers,
    annotations: parsed.data.annotations ?? {},
    ...(artifactType === undefined ? {} : { artifactType }),
    ...(subject === undefined ? {} : { subject })
  };
}
