import { z } from 'zod';
import { clip } from '../errors.js';
import { canonicalizeName } from '../version.js';
import { HttpClient, rethrowAs, shownUrl, type HttpResponse } from './http.js';

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

export interface PypiRequestOptions {
  /** The document is polled: revalidate it with its ETag so an unchanged answer is a 304. */
  revalidate?: boolean;
}

/** The PyPI calls the gates make, against one index. */
export interface PypiApi {
  readonly index: string;
  /**
   * `/pypi/{project}/{version}/json`; null when the index has no such release, which
   * PyPI says with a JSON 404. Any other 404 (an HTML page, a wrong base URL) throws.
   */
  release(project: string, version: string, options?: PypiRequestOptions): Promise<PypiRelease | null>;
  /**
   * `/simple/{normalized-project}/` asked as pip asks it (PEP 691 content negotiation, JSON
   * preferred); null on 404 (the index does not list the project, or not yet). An index that
   * answers only HTML throws: this reads the JSON form.
   */
  simpleProject(project: string, options?: PypiRequestOptions): Promise<SimpleProject | null>;
}

export class PypiError extends Error {
  override name = 'PypiError';
}

/** pip's Accept header for the simple API (pip ≥ 22.2): the PEP 691 JSON form first, HTML as a fallback. */
export const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
/** The one PEP 691 JSON content type of API version 1. */
export const SIMPLE_JSON_TYPE = 'application/vnd.pypi.simple.v1+json';

/** A release document: a project with hundreds of wheels per release stays well under this. */
const RELEASE_MAX_BYTES = 8 * 1024 * 1024;
/** A project page lists every file of every release (numpy's is a few MiB); this leaves room. */
const SIMPLE_MAX_BYTES = 32 * 1024 * 1024;

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
    yanked: z.boolean().optional()
  }),
  urls: z.array(releaseFile).max(100_000)
});

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
        yanked: z.union([z.boolean(), z.string().max(4096)]).optional()
      })
    )
    .max(1_000_000)
});

/** The media type of a content-type header, lower-cased, without parameters. */
function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Whether a response is JSON by its content type (`application/json`, or a `+json` type). */
function isJsonType(contentType: string | null): boolean {
  const media = mediaType(contentType);
  return media === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(media);
}

/** The index for a message: no credentials, query or trailing slash. */
function shownIndex(index: string): string {
  return shownUrl(index).replace(/\/+$/, '');
}

/** Where a zod parse failed, as `urls.3.digests.sha256: must be 64 hex digits`. */
function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  const where = issue.path.length ? issue.path.map(String).join('.') : 'the document';
  return `${clip(where, 60)}: ${clip(issue.message, 80)}`;
}

function parseJsonBody(response: HttpResponse, what: string, index: string): unknown {
  try {
    return HttpClient.json(response);
  } catch {
    throw new PypiError(
      `PyPI answered ${response.status} for ${what} with a body that is not JSON (${shownUrl(response.url)}); check that the index ${shownIndex(index)} is the index base, e.g. https://pypi.org`
    );
  }
}

export function createPypiApi(options: { index: string; http: HttpClient }): PypiApi {
  const { index, http } = options;
  return {
    index,
    async release(project, version, requestOptions = {}) {
      const url = `${index}/pypi/${encodeURIComponent(canonicalizeName(project))}/${encodeURIComponent(version)}/json`;
      const what = `${clip(project)} ${clip(version)}`;
      let response;
      try {
        response = await http.request({
          url,
          headers: { accept: 'application/json' },
          accept: [404],
          maxBytes: RELEASE_MAX_BYTES,
          ...(requestOptions.revalidate ? { revalidate: true } : {})
        });
      } catch (error) {
        rethrowAs(error, (m, o) => new PypiError(m, o), `PyPI could not answer for ${what}`);
      }
      if (response.status === 404) {
        // PyPI answers an unknown project or version with a JSON 404 (`{"message": "Not Found"}`).
        // Any other 404 comes from something that is not the JSON API (a wrong pypi.index, such as
        // https://pypi.org/simple, or a host answering HTML pages): it says nothing about the release.
        const type = response.headers.get('content-type');
        let said = type ? `content type ${clip(type, 60)}` : 'no content type';
        if (isJsonType(type)) {
          let body: unknown;
          try {
            body = JSON.parse(response.body.toString('utf8'));
          } catch {
            body = null;
          }
          if (typeof body === 'object' && body !== null && !Array.isArray(body)) return null;
          said = `${said} but no JSON object`;
        }
        throw new PypiError(
          `pypi.index ${shownIndex(index)} does not answer like the PyPI JSON API (404 with ${said} for ${shownUrl(response.url)}); set it to the index base, e.g. https://pypi.org`
        );
      }
      const raw = parseJsonBody(response, what, index);
      const parsed = releaseBody.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        if (issue?.path[0] === 'info' || typeof raw !== 'object' || raw === null || !('info' in raw)) {
          throw new PypiError(`PyPI answered ${response.status} for ${what} without info.name and info.version (${shownUrl(response.url)})`);
        }
        throw new PypiError(
          `PyPI answered ${response.status} for ${what} with a malformed release document (${issueText(parsed.error)}) (${shownUrl(response.url)})`
        );
      }
      const body = parsed.data;
      const dists = body.urls.map((u) => ({
        filename: u.filename,
        sha256: u.digests.sha256.toLowerCase(),
        yanked: u.yanked === true,
        yankedReason: u.yanked_reason ?? null,
        packagetype: u.packagetype,
        url: u.url
      }));
      return {
        name: body.info.name,
        version: body.info.version,
        files: dists.map((d) => d.filename),
        dists,
        yanked: body.info.yanked === true
      };
    },

    async simpleProject(project, requestOptions = {}) {
      const normalized = canonicalizeName(project);
      const url = `${index}/simple/${encodeURIComponent(normalized)}/`;
      let response;
      try {
        response = await http.request({
          url,
          headers: { accept: SIMPLE_ACCEPT },
          accept: [404],
          maxBytes: SIMPLE_MAX_BYTES,
          ...(requestOptions.revalidate ? { revalidate: true } : {})
        });
      } catch (error) {
        rethrowAs(error, (m, o) => new PypiError(m, o), `the simple API could not answer for ${clip(normalized)}`);
      }
      if (response.status === 404) return null;
      const type = mediaType(response.headers.get('content-type'));
      if (type !== SIMPLE_JSON_TYPE) {
        const html = type === 'text/html' || type === 'application/vnd.pypi.simple.v1+html';
        const shownType = type ? `content type ${clip(type, 60)}` : 'no content type';
        throw new PypiError(
          html
            ? `the index ${shownIndex(index)} answers the simple API only as HTML (${shownType} for ${shownUrl(response.url)}), not the PEP 691 JSON form pip asks for first; use an index that serves ${SIMPLE_JSON_TYPE} (PyPI, TestPyPI and current mirrors do)`
            : `the index ${shownIndex(index)} answered the simple API with ${shownType} for ${shownUrl(response.url)}, which is neither PEP 691 JSON nor HTML; check that the index is the index base, e.g. https://pypi.org`
        );
      }
      let raw: unknown;
      try {
        raw = JSON.parse(response.body.toString('utf8'));
      } catch {
        throw new PypiError(
          `the simple API answered ${response.status} for ${clip(normalized)} with a ${SIMPLE_JSON_TYPE} body that is not JSON (${shownUrl(response.url)})`
        );
      }
      const parsed = simpleBody.safeParse(raw);
      if (!parsed.success) {
        throw new PypiError(
          `the simple API answered ${response.status} for ${clip(normalized)} with a malformed PEP 691 page (${issueText(parsed.error)}) (${shownUrl(response.url)})`
        );
      }
      const body = parsed.data;
      const apiVersion = body.meta['api-version'];
      // PEP 691: a client must refuse a major version it does not know (pip does too).
      if (apiVersion.split('.')[0] !== '1') {
        throw new PypiError(`the simple API at ${shownUrl(response.url)} speaks api-version ${clip(apiVersion, 20)}; pip and this check read version 1`);
      }
      if (canonicalizeName(body.name) !== normalized) {
        throw new PypiError(`the simple API page ${shownUrl(response.url)} is for project "${clip(body.name)}", not ${clip(normalized)}`);
      }
      const files = body.files.map((f, i): SimpleFile => {
        const sha256 = f.hashes.sha256;
        if (sha256 !== undefined && !sha256Hex.safeParse(sha256).success) {
          throw new PypiError(`the simple API page ${shownUrl(response.url)} gives files.${i}.hashes.sha256 that is not 64 hex digits (${clip(f.filename)})`);
        }
        let absolute: string;
        try {
          // PEP 691: a file URL may be relative to the page.
          absolute = new URL(f.url, response.url).toString();
        } catch {
          throw new PypiError(`the simple API page ${shownUrl(response.url)} gives files.${i}.url that is not a URL (${clip(f.filename)})`);
        }
        return {
          filename: f.filename,
          url: absolute,
          sha256: sha256 === undefined ? null : sha256.toLowerCase(),
          yanked: f.yanked !== undefined && f.yanked !== false,
          yankedReason: typeof f.yanked === 'string' && f.yanked !== '' ? f.yanked : null
        };
      });
      return { name: body.name, apiVersion, url: response.url, files };
    }
  };
}
