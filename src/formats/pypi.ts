import { z } from 'zod';
import { clip } from '../util/text.js';
import { firstZodIssue } from '../util/zod-issue.js';
import { canonicalizeName } from '../version.js';
import { ReleaseGatesError } from '../errors.js';
import { standIn, type JsonOutline, type SelectedValue } from '../util/json-stream.js';

/**
 * PyPI's two JSON answers, read as pip and the publication checks need them: the JSON API's
 * release document (`/pypi/{project}/{version}/json`) and a project page of the PEP 691 JSON
 * simple API (`/simple/{project}/`, `application/vnd.pypi.simple.v1+json`). Pure: parsed JSON
 * (or, for a project page, the values a streamed read selected) in, typed values out; src/clients/pypi.ts asks the index and words the errors with the URL.
 */

export class PypiError extends ReleaseGatesError {
  override name = 'PypiError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

/** One file of a release as PyPI's JSON API lists it (`urls[]`). */
export interface PypiFile {
  filename: string;
  /** Lower-case hex sha256 (`digests.sha256`). */
  sha256: string;
  /** Whether this file is yanked (PyPI yanks per release; the JSON API says it per file). */
  yanked: boolean;
  yankedReason: string | null;
  /** `bdist_wheel`, `sdist`, … */
  packagetype: string;
  url: string;
}

/** One release as PyPI's JSON API describes it. */
export interface PypiRelease {
  name: string;
  version: string;
  /** Names of the files PyPI holds for the release. */
  files: string[];
  /** The same files with their digests and yanked state. */
  dists: PypiFile[];
  /** Whether the release was yanked (still burned: PyPI never takes the same file twice). */
  yanked: boolean;
  /** The release's yank reason (`info.yanked_reason`), when it gives one. */
  yankedReason: string | null;
}

/** One file of a project as the PEP 691 simple API lists it, as pip reads it. */
export interface SimpleFile {
  filename: string;
  /** Absolute URL (a relative one is resolved against the page, as pip does). */
  url: string;
  /** Lower-case hex `hashes.sha256`, or null when the index gives none (pip then cannot verify the download). */
  sha256: string | null;
  /** PEP 592: a yanked file is skipped by pip unless pinned exactly; a string is the reason. */
  yanked: boolean;
  yankedReason: string | null;
  /**
   * PEP 658/714: the file's core metadata is served at `{url}.metadata`; `sha256` is its digest
   * when the index gives one. Null when the index says it has none (or says nothing).
   */
  coreMetadata: { sha256: string | null } | null;
  /** PEP 740: where the file's provenance (attestations) is served, absolute; null when the index names none. */
  provenance: string | null;
  /** `requires-python` as the index gives it. */
  requiresPython: string | null;
}

/** A project page of the PEP 691 JSON simple API. */
export interface SimpleProject {
  /** The normalised project name the page says it is for. */
  name: string;
  /** `meta.api-version`, e.g. `1.1`. */
  apiVersion: string;
  /** The page's URL (after redirects). */
  url: string;
  files: SimpleFile[];
}

/** The one PEP 691 JSON content type of API version 1. */
export const SIMPLE_JSON_TYPE = 'application/vnd.pypi.simple.v1+json';

const sha256Hex = z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits');

const releaseFile = z.looseObject({
  filename: z.string().min(1).max(512),
  packagetype: z.string().max(64),
  url: z.string().max(4096),
  digests: z.looseObject({ sha256: sha256Hex }),
  yanked: z.boolean().optional(),
  yanked_reason: z.string().max(4096).nullable().optional()
});

const releaseBody = z.looseObject({
  info: z.looseObject({
    name: z.string().max(256),
    version: z.string().max(256),
    yanked: z.boolean().optional(),
    yanked_reason: z.string().max(4096).nullable().optional()
  }),
  urls: z.array(releaseFile).max(100_000)
});

/** PEP 714: `core-metadata` (and the older `data-dist-info-metadata`) is false, true, or a hash table. */
const metadataFlag = z
  .union([z.boolean(), z.record(z.string().max(64), z.string().max(256))])
  .nullable()
  .optional();

const simpleBody = z.looseObject({
  meta: z.looseObject({
    'api-version': z.string().regex(/^\d+\.\d+$/, 'must be MAJOR.MINOR')
  }),
  name: z.string().min(1).max(256),
  files: z
    .array(
      z.looseObject({
        filename: z.string().min(1).max(512),
        url: z.string().min(1).max(4096),
        hashes: z.record(z.string().max(64), z.string().max(256)),
        // PEP 691: false, true, or the reason as a string (which also means yanked).
        yanked: z.union([z.boolean(), z.string().max(4096)]).optional(),
        'core-metadata': metadataFlag,
        'data-dist-info-metadata': metadataFlag,
        provenance: z.string().max(4096).nullable().optional(),
        'requires-python': z.string().max(1024).nullable().optional()
      })
    )
    .max(1_000_000)
});

/** Where a zod parse failed, as `urls.3.digests.sha256: must be 64 hex digits`. */
const issueText = (error: z.ZodError): string => firstZodIssue(error, { top: 'the document', pathMax: 60, messageMax: 80, none: 'unexpected shape' });

/** A release document read, or why not: `missingInfo` when it lacks `info.name`/`info.version` (not a release document at all). */
export type ReleaseRead = { ok: true; release: PypiRelease } | { ok: false; missingInfo: boolean; issue: string };

/** Reads the JSON API's release document (`/pypi/{project}/{version}/json`). */
export function readPypiRelease(raw: unknown): ReleaseRead {
  const parsed = releaseBody.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const missingInfo = issue?.path[0] === 'info' || typeof raw !== 'object' || raw === null || !('info' in raw);
    return { ok: false, missingInfo, issue: issueText(parsed.error) };
  }
  const body = parsed.data;
  const dists = body.urls.map((u): PypiFile => ({
    filename: u.filename,
    sha256: u.digests.sha256.toLowerCase(),
    yanked: u.yanked === true,
    // PyPI writes `yanked_reason: null` for a file yanked without a reason; an empty reason is none too.
    yankedReason: u.yanked_reason ? u.yanked_reason : null,
    packagetype: u.packagetype,
    url: u.url
  }));
  return {
    ok: true,
    release: {
      name: body.info.name,
      version: body.info.version,
      files: dists.map((d) => d.filename),
      dists,
      yanked: body.info.yanked === true,
      yankedReason: body.info.yanked_reason ? body.info.yanked_reason : null
    }
  };
}

/**
 * PEP 691 `yanked` as pip reads it (pip's Link.from_json): a non-empty string is the reason and
 * means yanked, `true` is yanked without a reason, and `false`, `""` or no key is not yanked. An
 * empty string is falsy to pip, so a file with `"yanked": ""` installs; this follows pip.
 */
function yankedAsPip(yanked: boolean | string | undefined): { yanked: boolean; reason: string | null } {
  if (typeof yanked === 'string') return yanked === '' ? { yanked: false, reason: null } : { yanked: true, reason: yanked };
  return { yanked: yanked === true, reason: null };
}

/**
 * PEP 714: `core-metadata` is the key; indexes written before it send `data-dist-info-metadata`,
 * which pip reads when `core-metadata` is absent. `true` means served without a hash.
 */
function coreMetadataOf(modern: z.infer<typeof metadataFlag>, legacy: z.infer<typeof metadataFlag>): SimpleFile['coreMetadata'] {
  const flag = modern ?? legacy;
  if (flag === undefined || flag === null || flag === false) return null;
  if (flag === true) return { sha256: null };
  const sha256 = flag.sha256;
  return { sha256: sha256 !== undefined && sha256Hex.safeParse(sha256).success ? sha256.toLowerCase() : null };
}

/**
 * What a streamed read of a project page selects: `meta`, `name` and each `files` entry, one
 * at a time. A page lists every file of every release (tens of MiB for a busy project); only
 * the entries a check asks about are kept.
 */
export const SIMPLE_PATHS = ['$.meta', '$.name', '$.files.*'];

/**
 * Collects a streamed project page (SIMPLE_PATHS) into the page readSimpleProject takes, with
 * only the `files` entries whose filename `keep` accepts (every entry when `keep` is null). An
 * entry without a string filename cannot be told to belong elsewhere: it is kept, and refused
 * by the reader. Entries not kept are never validated: an old release's odd entry does not
 * fail a check about this one. `positions` are the kept entries' places on the page, for messages.
 */
export class SimplePageCollector {
  private meta: unknown;
  private name: unknown;
  private readonly files: unknown[] = [];
  readonly positions: number[] = [];

  constructor(private readonly keep: ((filename: string) => boolean) | null) {}

  take({ path, value }: SelectedValue): void {
    const [top, index] = path;
    if (path.length === 1 && top === 'meta') this.meta = value;
    else if (path.length === 1 && top === 'name') this.name = value;
    else if (top === 'files' && typeof index === 'number') {
      const filename = typeof value === 'object' && value !== null ? (value as { filename?: unknown }).filename : undefined;
      if (typeof filename === 'string' && this.keep !== null && !this.keep(filename)) return;
      this.files.push(value);
      this.positions.push(index);
    }
  }

  /** The page with only the kept entries, shaped by `outline` (which members it had, of which kind). */
  reduced(outline: JsonOutline): unknown {
    if (outline.root !== 'object') return standIn(outline.root);
    const body: Record<string, unknown> = {};
    if (outline.members.has('meta')) body.meta = this.meta;
    if (outline.members.has('name')) body.name = this.name;
    const files = outline.members.get('files');
    if (files !== undefined) body.files = files === 'array' ? this.files : standIn(files);
    return body;
  }
}

/**
 * Reads a PEP 691 JSON project page for `project` (its PEP 503 normal form is compared with the
 * page's `name`), resolving relative URLs against `pageUrl` as pip does. `shown` names the page
 * in messages; `positions` are where the given `files` stood on the page (SimplePageCollector),
 * so a message names the entry's place there. Throws PypiError with the reason.
 */
export function readSimpleProject(raw: unknown, project: string, pageUrl: string, shown: string, positions?: readonly number[]): SimpleProject {
  const normalized = canonicalizeName(project);
  const parsed = simpleBody.safeParse(raw);
  const at = (i: number) => positions?.[i] ?? i;
  if (!parsed.success && positions) {
    for (const issue of parsed.error.issues) if (issue.path[0] === 'files' && typeof issue.path[1] === 'number') issue.path[1] = at(issue.path[1]);
  }
  if (!parsed.success) throw new PypiError(`the simple API page ${shown} is a malformed PEP 691 page (${issueText(parsed.error)})`);
  const body = parsed.data;
  const apiVersion = body.meta['api-version'];
  // PEP 691: a client must refuse a major version it does not know (pip does too).
  if (apiVersion.split('.')[0] !== '1') {
    throw new PypiError(`the simple API at ${shown} speaks api-version ${clip(apiVersion, 20)}; pip and this check read version 1`);
  }
  if (canonicalizeName(body.name) !== normalized) {
    throw new PypiError(`the simple API page ${shown} is for project "${clip(body.name)}", not ${clip(normalized)}`);
  }
  const resolve = (url: string, i: number, what: string, filename: string) => {
    try {
      // PEP 691: a URL may be relative to the page.
      return new URL(url, pageUrl).toString();
    } catch {
      throw new PypiError(`the simple API page ${shown} gives files.${at(i)}.${what} that is not a URL (${clip(filename)})`);
    }
  };
  const files = body.files.map((f, i): SimpleFile => {
    const sha256 = f.hashes.sha256;
    if (sha256 !== undefined && !sha256Hex.safeParse(sha256).success) {
      throw new PypiError(`the simple API page ${shown} gives files.${at(i)}.hashes.sha256 that is not 64 hex digits (${clip(f.filename)})`);
    }
    const { yanked, reason } = yankedAsPip(f.yanked);
    return {
      filename: f.filename,
      url: resolve(f.url, i, 'url', f.filename),
      sha256: sha256 === undefined ? null : sha256.toLowerCase(),
      yanked,
      yankedReason: reason,
      coreMetadata: coreMetadataOf(f['core-metadata'], f['data-dist-info-metadata']),
      provenance: f.provenance ? resolve(f.provenance, i, 'provenance', f.filename) : null,
      requiresPython: f['requires-python'] ?? null
    };
  });
  return { name: body.name, apiVersion, url: pageUrl, files };
}
