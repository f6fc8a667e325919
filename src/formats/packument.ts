import { z } from 'zod';
import { ReleaseGatesError } from '../errors.js';
import { standIn, type JsonOutline, type SelectedValue } from '../util/json-stream.js';
import { clip } from '../util/text.js';
import { firstZodIssueParts } from '../util/zod-issue.js';

/**
 * npm packuments as the registry serves them, full (`Accept: application/json`) and abbreviated
 * (`application/vnd.npm.install-v1+json`, what npm's installer reads): which versions a package
 * holds (and held: unpublished versions stay in `time`), and one version's `dist` (tarball,
 * integrity, shasum, the registry's signatures and the provenance attestations' URL) and
 * `gitHead`. Also npm's per-version document (`GET /{name}/{version}`: one entry of the
 * packument, as the registry serves it alone). Pure: parsed JSON (or the values a streamed
 * read selected) in, typed values out; src/clients/npm/ asks the registry and words each
 * PackumentError with the registry and the URL.
 */

/** Why a document is not the packument asked for; `then` says what the client appends to the message. */
export class PackumentError extends ReleaseGatesError {
  override name = 'PackumentError';
  constructor(
    message: string,
    readonly then: 'fix' | 'url' | 'nothing'
  ) {
    super('format', message);
  }
}

/** The parts of a packument that tell whether a version was ever published. */
export interface NpmPackument {
  /** The package's name, as the packument states it (always the name asked for). */
  name: string;
  /** Versions the registry serves now. */
  versions: string[];
  /** Versions with a publish time, including unpublished ones (npm never lets a version be reused). */
  timedVersions: string[];
}

/** A registry signature of a version (`dist.signatures[]`): ECDSA over `{name}@{version}:{integrity}`. */
export interface NpmSignature {
  keyid: string;
  sig: string;
}

/** One version's entry in a packument: what the publication and smoke checks compare. */
export interface NpmVersionManifest {
  version: string;
  dist: {
    /** Where the tarball is served (may be on another host than the registry). */
    tarball: string;
    /** The Subresource Integrity string npm recorded at publish time (`sha512-<base64>`), when recorded. */
    integrity: string | null;
    /** The tarball's sha1 in hex, npm's older digest, when recorded. */
    shasum: string | null;
    /** The registry's signatures (npm signs every version since 2022; older packuments have none). */
    signatures: NpmSignature[];
    /** `dist.attestations`: where the version's attestations are served, and the provenance's predicate type; null without provenance. */
    attestations: { url: string; provenancePredicateType: string | null } | null;
  };
  /** The commit the version was published from, when npm recorded it (full packument only). */
  gitHead: string | null;
  /**
   * When the version was published (`time[version]` of the full packument, an ISO string as the registry wrote it);
   * null in an abbreviated packument, which has no `time`. Which registry key was valid for `dist.signatures` depends on it.
   */
  publishedAt: string | null;
}

/** A packument read for one version: its entry, or which versions the packument lists instead. */
export interface NpmVersionLookup {
  /** The version's entry; null when the packument does not list the version (yet). */
  manifest: NpmVersionManifest | null;
  /** Every version the packument lists. */
  versions: string[];
  /** The `latest` dist-tag, when there is one (for "not yet" messages). */
  latest: string | null;
}

const packumentBody = z.looseObject({
  name: z.string().max(214).optional(),
  versions: z.record(z.string(), z.unknown()).optional(),
  time: z
    .looseObject({
      unpublished: z.looseObject({ versions: z.array(z.string()).optional() }).optional()
    })
    .optional()
});

/**
 * A version entry, validated only for the version asked about: an old, odd entry of another
 * version must not fail a check about this one.
 */
const versionEntry = z.looseObject({
  version: z.string().max(256),
  gitHead: z.string().max(256).optional(),
  dist: z.looseObject({
    tarball: z.string().min(1).max(2048),
    integrity: z.string().max(4096).optional(),
    shasum: z.string().max(128).optional(),
    signatures: z
      .array(z.looseObject({ keyid: z.string().max(256), sig: z.string().max(4096) }))
      .max(64)
      .optional(),
    attestations: z
      .looseObject({
        url: z.string().min(1).max(2048),
        provenance: z.looseObject({ predicateType: z.string().max(512) }).optional()
      })
      .optional()
  })
});

const versionedPackumentBody = z.looseObject({
  name: z.string().max(214).optional(),
  'dist-tags': z.record(z.string(), z.unknown()).optional(),
  versions: z.record(z.string(), z.unknown()).optional(),
  // Values are read only for the version asked about: `time.unpublished` is an object, not a time.
  time: z.record(z.string(), z.unknown()).optional()
});

function manifestOf(entry: z.infer<typeof versionEntry>, version: string, publishedAt: string | null): NpmVersionManifest {
  const { dist, gitHead } = entry;
  return {
    version,
    dist: {
      tarball: dist.tarball,
      integrity: dist.integrity ?? null,
      shasum: dist.shasum ?? null,
      signatures: (dist.signatures ?? []).map((s) => ({ keyid: s.keyid, sig: s.sig })),
      attestations: dist.attestations ? { url: dist.attestations.url, provenancePredicateType: dist.attestations.provenance?.predicateType ?? null } : null
    },
    gitHead: gitHead ?? null,
    publishedAt
  };
}

function shapeError(error: z.ZodError, prefix: string[] = []): PackumentError {
  const where = firstZodIssueParts(error, { prefix, pathMax: 80 }).path;
  return new PackumentError(where ? `with an unexpected shape at ${where}` : 'with an unexpected shape', 'url');
}

/** Only a packument OF this package says which versions it holds: a 200 `{}`, or JSON of another package, must never read as "none". */
function checkName(name: string | undefined, wanted: string): void {
  if (name !== wanted) {
    const said = name === undefined ? 'without a "name"' : `naming "${clip(name)}"`;
    throw new PackumentError(`with JSON ${said}, not a packument of ${clip(wanted)}`, 'fix');
  }
}

/** Reads which versions a packument (full or abbreviated) holds and held, for `name`. */
export function readPackumentVersions(raw: unknown, name: string): NpmPackument {
  const parsed = packumentBody.safeParse(raw);
  if (!parsed.success) throw shapeError(parsed.error);
  const body = parsed.data;
  checkName(body.name, name);
  // A package unpublished entirely keeps a tombstone: no versions, but time.unpublished lists them.
  if (body.versions === undefined && body.time?.unpublished === undefined) {
    throw new PackumentError('without a "versions" object, so which versions it holds cannot be told', 'fix');
  }
  const unpublished = body.time?.unpublished?.versions ?? [];
  // An abbreviated packument has no `time` (only `modified`): then the versions it lists are all it tells.
  const timed = Object.keys(body.time ?? {}).filter((k) => k !== 'created' && k !== 'modified' && k !== 'unpublished');
  return { name, versions: Object.keys(body.versions ?? {}), timedVersions: [...timed, ...unpublished] };
}

/** Reads a packument (full or abbreviated) for one version of `name`. */
export function readVersionLookup(raw: unknown, name: string, version: string): NpmVersionLookup {
  const parsed = versionedPackumentBody.safeParse(raw);
  if (!parsed.success) throw shapeError(parsed.error);
  const body = parsed.data;
  checkName(body.name, name);
  if (body.versions === undefined) {
    throw new PackumentError(`without a "versions" object, so whether it holds ${clip(version)} cannot be told`, 'fix');
  }
  const tag = body['dist-tags']?.latest;
  const latest = typeof tag === 'string' ? tag : null;
  const versions = Object.keys(body.versions);
  const entry = Object.hasOwn(body.versions, version) ? body.versions[version] : undefined;
  if (entry === undefined) return { manifest: null, versions, latest };
  const read = versionEntry.safeParse(entry);
  if (!read.success) throw shapeError(read.error, ['versions', version]);
  if (read.data.version !== version) {
    throw new PackumentError(`with an entry for ${clip(version)} that says version "${clip(read.data.version)}"`, 'nothing');
  }
  const time = body.time && Object.hasOwn(body.time, version) ? body.time[version] : undefined;
  const publishedAt = typeof time === 'string' && time.length <= 64 ? time : null;
  return {
    manifest: manifestOf(read.data, version, publishedAt),
    versions,
    latest
  };
}

/** The one-version document `GET /{name}/{version}`: the packument's entry for it, with the package's `name`. */
const versionDocument = versionEntry.extend({ name: z.string().max(214).optional() });

/**
 * Reads npm's per-version document for `version` of `name`. It has no `time`, so `publishedAt`
 * is null here (the caller asks the packument's `time` only when a signature needs it).
 */
export function readVersionDocument(raw: unknown, name: string, version: string): NpmVersionManifest {
  // Whose document it is comes first: JSON of something else is named as such, not as a bad shape.
  const named = z.looseObject({ name: z.string().max(214).optional() }).safeParse(raw);
  if (!named.success) throw shapeError(named.error);
  checkName(named.data.name, name);
  const parsed = versionDocument.safeParse(raw);
  if (!parsed.success) throw shapeError(parsed.error);
  if (parsed.data.version !== version) {
    throw new PackumentError(`with a document for ${clip(version)} that says version "${clip(parsed.data.version)}"`, 'nothing');
  }
  return manifestOf(parsed.data, version, null);
}

/**
 * What a streamed read of a packument selects: the name, the `latest` tag, every version's key
 * (its entry is read and dropped), every `time` key, `time.unpublished`, and the entry and time
 * of one version only. A packument of 55 MB is then held as a list of version strings.
 */
export const PACKUMENT_PATHS = ['$.name', '$.dist-tags.latest', '$.versions.*', '$.time.*'];

/**
 * Collects a streamed packument (PACKUMENT_PATHS) into the reduced packument the readers take:
 * the same keys, with every value but the wanted version's (and `time.unpublished`) left out.
 * Later duplicates win, as with JSON.parse.
 */
export class PackumentCollector {
  private name: unknown;
  private latest: unknown;
  private readonly versions = new Set<string>();
  private readonly timed = new Set<string>();
  private entry: unknown;
  private time: unknown;
  private unpublished: unknown;

  constructor(private readonly version: string | null) {}

  take({ path, value }: SelectedValue): void {
    const [top, key] = path;
    // A numeric key is an array's element: `versions` or `time` is then not an object, which the outline says.
    if (top === 'name' && path.length === 1) this.name = value;
    else if (top === 'dist-tags') this.latest = value;
    else if (typeof key !== 'string') return;
    else if (top === 'versions') {
      this.versions.add(key);
      if (key === this.version) this.entry = value;
    } else if (top === 'time') {
      this.timed.add(key);
      if (key === 'unpublished') this.unpublished = value;
      if (key === this.version) this.time = value;
    }
  }

  /** The reduced packument, shaped by `outline` (which members the document had, of which kind). */
  reduced(outline: JsonOutline): unknown {
    if (outline.root !== 'object') return standIn(outline.root);
    const member = (name: string, build: () => Record<string, unknown>) => {
      const kind = outline.members.get(name);
      return kind === 'object' ? build() : standIn(kind);
    };
    const body: Record<string, unknown> = {};
    if (outline.members.has('name')) body.name = this.name;
    const distTags = member('dist-tags', () => (this.latest === undefined ? {} : { latest: this.latest }));
    if (distTags !== undefined) body['dist-tags'] = distTags;
    const versions = member('versions', () => Object.fromEntries([...this.versions].map((v) => [v, v === this.version ? this.entry : true])));
    if (versions !== undefined) body.versions = versions;
    const time = member('time', () => {
      const kept: Record<string, unknown> = Object.fromEntries([...this.timed].map((v) => [v, '']));
      if (this.unpublished !== undefined) kept.unpublished = this.unpublished;
      if (this.version !== null && this.time !== undefined) kept[this.version] = this.time;
      return kept;
    });
    if (time !== undefined) body.time = time;
    return body;
  }
}

/**
 * The sha512 digest (base64) of an SRI string as npm records `dist.integrity`. An SRI string
 * may list several hashes separated by spaces (`sha512-… sha1-…`) and options after `?`; npm's
 * ssri reads it so. Written by hand because ssri is not a dependency of this action and the
 * rule is this small. Throws PackumentError when there is no sha512 hash: a sha1-only integrity
 * cannot prove the bytes (sha1 collisions are practical), so the check must not accept it.
 */
export function sha512OfIntegrity(integrity: string, what: string): string {
  const hashes = integrity.trim().split(/\s+/).filter(Boolean);
  const found: string[] = [];
  for (const hash of hashes) {
    const m = /^([a-z0-9]+)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/i.exec(hash);
    if (!m) continue;
    const algorithm = m[1]!.toLowerCase();
    found.push(algorithm);
    // A sha512 digest is 64 bytes: 88 base64 characters with padding.
    if (algorithm === 'sha512' && Buffer.from(m[2]!, 'base64').length === 64) return m[2]!;
  }
  const seen = found.length ? `only ${[...new Set(found)].join(', ')}` : `"${clip(integrity, 60)}", which is not an SRI hash`;
  throw new PackumentError(
    `dist.integrity of ${what} has no sha512 hash (${seen}); npm records sha512-<base64> for every publish since npm 5, so these bytes cannot be verified`,
    'nothing'
  );
}
