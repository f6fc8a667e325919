import { clip } from '../util/text.js';
import { isAllowedUrl } from '../util/loopback.js';
import { Pep740FormatError, PEP740_PROVENANCE_MEDIA_TYPE, readPep740Provenance, type Pep740Provenance } from '../formats/pep740.js';
import {
  PypiError,
  readPypiRelease,
  readSimpleProject,
  SIMPLE_JSON_TYPE,
  SIMPLE_PATHS,
  SimplePageCollector,
  type PypiRelease,
  type SimpleProject
} from '../formats/pypi.js';
import { JsonStreamError, selectJson } from '../util/json-stream.js';
import { canonicalizeName } from '../version.js';
import { HttpClient, rethrowAs, shownUrl, type HttpResponse, type HttpStream } from './http.js';

export { PEP740_PROVENANCE_MEDIA_TYPE, PypiError, SIMPLE_JSON_TYPE };
export type { Pep740Provenance } from '../formats/pep740.js';
export type { PypiFile, PypiRelease, SimpleFile, SimpleProject } from '../formats/pypi.js';

export interface PypiRequestOptions {
  /** The document is polled: revalidate it with its ETag so an unchanged answer is a 304. */
  revalidate?: boolean;
}

/** How a simple page is read. It is streamed, so never revalidated (a 304 would need the page held). */
export interface SimpleProjectOptions {
  /**
   * Which files of the page are read (by filename): the others are skipped unread, never held nor
   * validated. Default: every file.
   */
  files?: (filename: string) => boolean;
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
  simpleProject(project: string, options?: SimpleProjectOptions): Promise<SimpleProject | null>;
  /**
   * Where PEP 740 puts a file's provenance on this index: `{index}/integrity/{project}/{version}/{filename}/provenance`,
   * the project in its PEP 503 normal form as Warehouse's simple API writes it. Where the PEP 691 page gives a file's
   * `provenance` URL, use that one instead.
   */
  provenanceUrl(project: string, version: string, filename: string): string;
  /**
   * The PEP 740 provenance object at `url` (a `provenanceUrl`, or a simple page's `provenance`), asked anonymously as
   * the integrity API wants it; null on PyPI's JSON 404, which means the file was uploaded without attestations.
   * Throws PypiError for anything else, naming the URL: a URL that is not https (or http on loopback), a failed
   * call, a 404 that is not PyPI's, a 200 that is not a provenance object.
   */
  provenance(url: string, options?: PypiRequestOptions): Promise<Pep740Provenance | null>;
}

/** pip's Accept header for the simple API (pip ≥ 22.2): the PEP 691 JSON form first, HTML as a fallback. */
export const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
/** A release document: a project with hundreds of wheels per release stays well under this. */
const RELEASE_MAX_BYTES = 8 * 1024 * 1024;
/**
 * A project page lists every file of every release (numpy's is a few MiB); this leaves room. The
 * bytes are held (and remembered, for ETag revalidation while polling) but never parsed whole:
 * the read streams over them keeping the asked files only, so a page costs its bytes plus those
 * entries. One project per config: 32 MiB at most, where JSON.parse of it would hold ~12× that.
 */
const SIMPLE_MAX_BYTES = 32 * 1024 * 1024;
/** A provenance object is a few KiB per attestation (a certificate and a Rekor entry); 1 MiB is far beyond a real one. */
const PROVENANCE_MAX_BYTES = 1024 * 1024;

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

function parseJsonBody(response: HttpResponse, what: string, index: string): unknown {
  try {
    return HttpClient.json(response);
  } catch {
    throw new PypiError(
      `PyPI answered ${response.status} for ${what} with a body that is not JSON (${shownUrl(response.url)}); check that the index ${shownIndex(index)} is the index base, e.g. https://pypi.org`
    );
  }
}

/** The file a provenance URL is for (the segment before `/provenance`), for messages; the URL when it names none. */
function provenanceFile(url: string): string {
  const segments = shownUrl(url).split('/');
  const named = segments.at(-1) === 'provenance' ? segments.at(-2) : undefined;
  if (!named) return shownUrl(url);
  try {
    return clip(decodeURIComponent(named));
  } catch {
    return clip(named);
  }
}

/** A 404 is PyPI's "no provenance" only when it is a JSON object (`{"message": "No provenance available for …"}`). */
function isPypiNotFound(response: HttpResponse): boolean {
  if (!isJsonType(response.headers.get('content-type'))) return false;
  try {
    const body: unknown = JSON.parse(response.body.toString('utf8'));
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  } catch {
    return false;
  }
}

async function getProvenance(http: HttpClient, index: string, url: string, options: PypiRequestOptions): Promise<Pep740Provenance | null> {
  let parsed: URL | null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  // The URL may come from an index's page: it gets the same transport rule as the configured registries.
  if (!parsed || !isAllowedUrl(parsed)) {
    throw new PypiError(`the provenance URL ${shownUrl(url)} must use https:// (http:// is allowed only on a loopback address); it was not asked`);
  }
  const file = provenanceFile(url);
  let response;
  try {
    response = await http.request({
      url,
      headers: { accept: PEP740_PROVENANCE_MEDIA_TYPE },
      accept: [404],
      maxBytes: PROVENANCE_MAX_BYTES,
      ...(options.revalidate ? { revalidate: true } : {})
    });
  } catch (error) {
    rethrowAs(error, (m, o) => new PypiError(m, o), `the integrity API could not answer for the provenance of ${file}`);
  }
  if (response.status === 404) {
    if (isPypiNotFound(response)) return null;
    // An HTML 404 is the site's page for a path it has no route for (a wrong pypi.index), or a file it does not hold.
    const type = response.headers.get('content-type');
    throw new PypiError(
      `the index ${shownIndex(index)} answered 404 for the provenance of ${file} with ${type ? `content type ${clip(type, 60)}` : 'no content type'}, not the PyPI integrity API's JSON 404 (${shownUrl(response.url)}); check that the index is the index base, e.g. https://pypi.org, and holds the file`
    );
  }
  try {
    return readPep740Provenance(response.body);
  } catch (error) {
    if (!(error instanceof Pep740FormatError)) throw error;
    throw new PypiError(`the integrity API answered ${response.status} for the provenance of ${file} with ${error.message} (${shownUrl(response.url)})`, {
      cause: error
    });
  }
}

/** Ends a streamed answer that is not read (a 404, a wrong content type): its transfer is cancelled. */
async function drain(body: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const chunk of body) {
    void chunk;
    break;
  }
}

/** A PEP 691 page's JSON, parsed as it streams in, keeping the files `keep` accepts. */
async function readPage(response: HttpStream, project: string, normalized: string, keep: ((filename: string) => boolean) | null): Promise<SimpleProject> {
  const collector = new SimplePageCollector(keep);
  let outline;
  try {
    outline = await selectJson(response.body, SIMPLE_PATHS, (found) => collector.take(found));
  } catch (error) {
    if (!(error instanceof JsonStreamError)) throw error;
    const body = error.deep ? `body of JSON ${error.reason}, which no real page is` : 'body that is not JSON';
    throw new PypiError(`the simple API answered ${response.status} for ${clip(normalized)} with a ${SIMPLE_JSON_TYPE} ${body} (${shownUrl(response.url)})`, {
      cause: error
    });
  }
  return readSimpleProject(collector.reduced(outline), project, response.url, shownUrl(response.url), collector.positions);
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
      const read = readPypiRelease(raw);
      if (!read.ok) {
        if (read.missingInfo) {
          throw new PypiError(`PyPI answered ${response.status} for ${what} without info.name and info.version (${shownUrl(response.url)})`);
        }
        throw new PypiError(`PyPI answered ${response.status} for ${what} with a malformed release document (${read.issue}) (${shownUrl(response.url)})`);
      }
      return read.release;
    },

    async simpleProject(project, requestOptions = {}) {
      const normalized = canonicalizeName(project);
      const url = `${index}/simple/${encodeURIComponent(normalized)}/`;
      let response;
      try {
        // Streamed, never buffered: a busy project's page runs to tens of MiB, and only this release's
        // entries are kept off it. The price is no ETag revalidation while polling (a 304 needs the
        // page it stands for): each look reads the page again, within the same memory.
        response = await http.stream({ url, headers: { accept: SIMPLE_ACCEPT }, accept: [404], maxBytes: SIMPLE_MAX_BYTES, document: true });
      } catch (error) {
        rethrowAs(error, (m, o) => new PypiError(m, o), `the simple API could not answer for ${clip(normalized)}`);
      }
      if (response.status === 404) {
        await drain(response.body);
        return null;
      }
      const type = mediaType(response.headers.get('content-type'));
      if (type !== SIMPLE_JSON_TYPE) {
        await drain(response.body);
        const html = type === 'text/html' || type === 'application/vnd.pypi.simple.v1+html';
        const shownType = type ? `content type ${clip(type, 60)}` : 'no content type';
        throw new PypiError(
          html
            ? `the index ${shownIndex(index)} answers the simple API only as HTML (${shownType} for ${shownUrl(response.url)}), not the PEP 691 JSON form pip asks for first; use an index that serves ${SIMPLE_JSON_TYPE} (PyPI, TestPyPI and current mirrors do)`
            : `the index ${shownIndex(index)} answered the simple API with ${shownType} for ${shownUrl(response.url)}, which is neither PEP 691 JSON nor HTML; check that the index is the index base, e.g. https://pypi.org`
        );
      }
      return readPage(response, project, normalized, requestOptions.files ?? null);
    },

    provenanceUrl(project, version, filename) {
      const segments = [canonicalizeName(project), version, filename].map(encodeURIComponent);
      return `${index}/integrity/${segments.join('/')}/provenance`;
    },

    provenance(url, requestOptions = {}) {
      return getProvenance(http, index, url, requestOptions);
    }
  };
}
