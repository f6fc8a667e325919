/**
 * A PyPI test server on loopback, answering as pypi.org does:
 *
 * - the JSON API, `/pypi/{project}/json` and `/pypi/{project}/{version}/json` (404 with
 *   `{"message": "Not Found"}` and content type application/json for an unknown project
 *   or version, a redirect from a non-normalised project name to the PEP 503 one);
 * - the simple API, `/simple/{project}/`, content-negotiated as PEP 691 says: the JSON
 *   form (`application/vnd.pypi.simple.v1+json`) when the client accepts it, else the
 *   PEP 503 HTML form (`#sha256=` fragments, `data-yanked`), as pip reads either;
 * - the files themselves at `/packages/{project}/{filename}`, so pip can download them;
 * - the PEP 740 integrity API, `/integrity/{project}/{version}/{filename}/provenance`, as
 *   Warehouse's `provenance_for_file` answers: the file's provenance object (content type
 *   `application/vnd.pypi.integrity.v1+json`), a JSON 404 `{"message": "No provenance
 *   available for {filename}"}` for a file uploaded without attestations, 406 for an Accept
 *   header that takes neither that type nor application/json, and the site's HTML 404 for a
 *   file the index does not hold. The JSON simple page gives each file's absolute
 *   `provenance` URL, or null, as Warehouse does.
 *
 * Every file carries a real sha256: of the bytes a test registers, or of stand-in bytes
 * derived from its name. A test may make the index lie about a digest, yank a file, serve
 * only the HTML simple API (an old mirror), or make an API list a release only after a
 * number of requests (CDN lag, counted in requests so tests never sleep). Documents carry
 * an ETag and answer If-None-Match with 304. Every other path answers as the rest of
 * pypi.org does: an HTML 404 page (so a `pypi.index` of `{url}/simple` is a wrong base, as
 * https://pypi.org/simple is). Faults let tests make it fail like an overloaded index.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.js';

export interface PypiFileSpec {
  filename: string;
  /** The file's bytes, served at /packages/… (default: stand-in bytes derived from the name). */
  bytes?: Buffer;
  /** The sha256 the index claims (default: the real one of the bytes): set it to make the index lie. */
  sha256?: string;
  /** Yanked: true, or the reason. Default: the release's `yanked`. */
  yanked?: boolean | string;
  /** Both APIs list this file only from this many requests of their document on (a file still uploading). */
  lag?: number;
  /**
   * PEP 740: the provenance object the integrity API serves for this file (JSON-serialised as it is), or a canned
   * answer (`{ status, body, contentType? }`: a 500, a body that is not a provenance object). Absent: the file was
   * uploaded without attestations, and the integrity API answers Warehouse's JSON 404.
   */
  provenance?: PypiCannedAnswer | object;
}

/** An answer served as it is. */
export interface PypiCannedAnswer {
  status: number;
  body: string;
  /** Default application/json. */
  contentType?: string;
}

export interface PypiReleaseSpec {
  files: Array<string | PypiFileSpec>;
  yanked?: boolean;
  /** The JSON API answers 404 for the release's first `jsonLag` requests (CDN lag). */
  jsonLag?: number;
  /** The simple API leaves the release's files out of the project page's first `simpleLag` requests. */
  simpleLag?: number;
}

export interface PypiFault {
  path: RegExp;
  times: number;
  status: number;
  /** The body to answer with (default: a JSON "Service Unavailable" message). */
  body?: string;
  contentType?: string;
}

export interface PypiTestServer {
  url: string;
  /** Releases by normalised project name, then version (PEP 440 spelling). */
  projects: Record<string, Record<string, PypiReleaseSpec>>;
  faults: PypiFault[];
  /** The simple API answers HTML whatever the client accepts (an index without PEP 691). */
  simpleHtmlOnly: boolean;
  requests: Array<{
    method: string;
    path: string;
    status: number;
    accept?: string;
    authorization?: boolean;
    contentType?: string;
  }>;
  close(): Promise<void>;
}

const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The bytes served for a file given by name only: stable, distinct per name. */
export function standInBytes(filename: string): Buffer {
  return Buffer.from(`stand-in content of ${filename}\n`);
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface ServedFile {
  filename: string;
  bytes: Buffer;
  sha256: string;
  yanked: boolean | string;
  lag: number;
  provenance: PypiCannedAnswer | object | undefined;
}

/** A canned answer rather than a provenance object: a numeric status and a string body (a provenance object has neither). */
function isCanned(value: PypiCannedAnswer | object): value is PypiCannedAnswer {
  const v = value as Partial<PypiCannedAnswer>;
  return typeof v.status === 'number' && typeof v.body === 'string';
}

function served(spec: string | PypiFileSpec, release: PypiReleaseSpec): ServedFile {
  const f = typeof spec === 'string' ? { filename: spec } : spec;
  const bytes = f.bytes ?? standInBytes(f.filename);
  return {
    filename: f.filename,
    bytes,
    sha256: f.sha256 ?? sha256Of(bytes),
    yanked: f.yanked ?? release.yanked ?? false,
    lag: f.lag ?? 0,
    provenance: f.provenance
  };
}

const INTEGRITY_JSON = 'application/vnd.pypi.integrity.v1+json';

/**
 * The integrity API's content type for an Accept header, as Warehouse's `_select_content_type` picks it: its own
 * type first, then application/json; no header takes the first. Null: not acceptable (406).
 */
function integrityType(accept: string | undefined): string | null {
  if (!accept) return INTEGRITY_JSON;
  const q = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    q.set(type!, qParam ? Number(qParam.slice(2)) : 1);
  }
  const quality = (type: string) => q.get(type) ?? q.get('application/*') ?? q.get('*/*') ?? 0;
  const offers = [INTEGRITY_JSON, 'application/json'].filter((type) => quality(type) > 0);
  return offers.sort((a, b) => quality(b) - quality(a))[0] ?? null;
}

/** The absolute integrity URL of a file, as Warehouse's `route_url('integrity.provenance', …)` writes it. */
export function integrityUrl(base: string, project: string, version: string, filename: string): string {
  return `${base}/integrity/${normalize(project)}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`;
}

function jsonFile(base: string, project: string, file: ServedFile) {
  const wheel = file.filename.endsWith('.whl');
  return {
    filename: file.filename,
    packagetype: wheel ? 'bdist_wheel' : 'sdist',
    python_version: wheel ? 'cp312' : 'source',
    size: file.bytes.length,
    digests: {
      sha256: file.sha256,
      md5: createHash('md5').update(file.bytes).digest('hex'),
      blake2b_256: '0'.repeat(64)
    },
    url: `${base}/packages/${project}/${file.filename}`,
    upload_time_iso_8601: '2026-11-20T10:00:00.000000Z',
    yanked: file.yanked !== false,
    yanked_reason: typeof file.yanked === 'string' ? file.yanked : null,
    requires_python: '>=3.10'
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What pypi.org answers outside its APIs for a page it does not have. */
const NOT_FOUND_PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><title>404 Not Found · PyPI</title></head><body><h1>404</h1><p>We looked everywhere but couldn\'t find this page</p></body></html>\n';

const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
const SIMPLE_HTML = 'application/vnd.pypi.simple.v1+html';

/**
 * The simple API's representation for an Accept header, as Warehouse negotiates it:
 * the highest-q of the PEP 691 JSON, PEP 691 HTML and text/html forms (JSON on a tie).
 */
function negotiate(accept: string | undefined): 'json' | 'html' | 'text-html' {
  if (!accept) return 'text-html';
  const q: Record<string, number> = {};
  for (const part of accept.split(',')) {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    q[type!] = qParam ? Number(qParam.slice(2)) : 1;
  }
  const choices: Array<['json' | 'html' | 'text-html', number]> = [
    ['json', q[SIMPLE_JSON] ?? q['application/vnd.pypi.simple.latest+json'] ?? 0],
    ['html', q[SIMPLE_HTML] ?? q['application/vnd.pypi.simple.latest+html'] ?? 0],
    ['text-html', q['text/html'] ?? q['*/*'] ?? 0]
  ];
  const best = choices.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : 'text-html';
}

export async function startPypiServer(): Promise<PypiTestServer> {
  const state: PypiTestServer = {
    url: '',
    projects: {},
    faults: [],
    simpleHtmlOnly: false,
    requests: [],
    close: async () => {}
  };
  /** Requests seen per release and API, for lags: kept on the release a test set, so a new one starts at zero. */
  const hits = new WeakMap<PypiReleaseSpec, { json: number; simple: number }>();
  const hit = (release: PypiReleaseSpec, api: 'json' | 'simple') => {
    const counts = hits.get(release) ?? { json: 0, simple: 0 };
    counts[api]++;
    hits.set(release, counts);
    return counts[api];
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://pypi');
    const record = (status: number, contentType?: string) =>
      state.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        status,
        ...(req.headers.accept ? { accept: req.headers.accept } : {}),
        authorization: req.headers.authorization !== undefined,
        ...(contentType ? { contentType } : {})
      });
    const raw = (status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}) => {
      record(status, contentType);
      res.writeHead(status, { 'content-type': contentType, ...headers }).end(body);
    };
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => raw(status, JSON.stringify(body), 'application/json', headers);
    /** A document with an ETag of its bytes: If-None-Match with the same tag gets 304. */
    const document = (body: string, contentType: string, extra: Record<string, string> = {}) => {
      const etag = `"${sha256Of(Buffer.from(`${contentType}\n${body}`)).slice(0, 32)}"`;
      if (req.headers['if-none-match'] === etag) {
        record(304, contentType);
        res.writeHead(304, { etag, ...extra }).end();
        return;
      }
      raw(200, body, contentType, { etag, ...extra });
    };
    const notFoundPage = () => raw(404, NOT_FOUND_PAGE, 'text/html; charset=utf-8');

    const fault = state.faults.find((f) => f.times > 0 && f.path.test(url.pathname));
    if (fault) {
      fault.times--;
      return raw(fault.status, fault.body ?? JSON.stringify({ message: 'Service Unavailable' }), fault.contentType ?? 'application/json');
    }

    const simple = /^\/simple\/([^/]+)\/?$/.exec(url.pathname);
    if (simple) {
      const asked = decodeURIComponent(simple[1]!);
      const name = normalize(asked);
      if (asked !== name || !url.pathname.endsWith('/')) return raw(301, '', 'text/html', { location: `/simple/${name}/` });
      const releases = state.projects[name];
      if (!releases) return notFoundPage();
      const listed = Object.entries(releases).flatMap(([version, release]) => {
        const n = hit(release, 'simple');
        return n > (release.simpleLag ?? 0) ? release.files.map((f) => ({ ...served(f, release), version })).filter((f) => n > f.lag) : [];
      });
      const form = state.simpleHtmlOnly ? 'text-html' : negotiate(req.headers.accept);
      const headers = { vary: 'Accept' };
      if (form === 'json') {
        const body = {
          meta: { 'api-version': '1.1', '_last-serial': 1 },
          name,
          versions: Object.keys(releases),
          files: listed.map((f) => ({
            filename: f.filename,
            url: `../../packages/${name}/${f.filename}`,
            hashes: { sha256: f.sha256 },
            'requires-python': '>=3.10',
            yanked: f.yanked,
            size: f.bytes.length,
            'upload-time': '2026-11-20T10:00:00.000000Z',
            provenance: f.provenance === undefined ? null : integrityUrl(state.url, name, f.version, f.filename)
          }))
        };
        return document(JSON.stringify(body), SIMPLE_JSON, headers);
      }
      const links = listed.map((f) => {
        const yanked = f.yanked === false ? '' : ` data-yanked="${escapeHtml(f.yanked === true ? '' : f.yanked)}"`;
        return `    <a href="/packages/${name}/${escapeHtml(f.filename)}#sha256=${f.sha256}" data-requires-python="&gt;=3.10"${yanked}>${escapeHtml(f.filename)}</a><br />`;
      });
      const page = `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="1.1">\n    <title>Links for ${name}</title>\n  </head>\n  <body>\n    <h1>Links for ${name}</h1>\n${links.join('\n')}\n  </body>\n</html>\n`;
      return document(page, form === 'html' ? SIMPLE_HTML : 'text/html; charset=utf-8', headers);
    }

    const download = /^\/packages\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (download) {
      const [project, filename] = [decodeURIComponent(download[1]!), decodeURIComponent(download[2]!)];
      for (const release of Object.values(state.projects[project] ?? {})) {
        const file = release.files.map((f) => served(f, release)).find((f) => f.filename === filename);
        if (file) return raw(200, file.bytes, 'application/octet-stream');
      }
      return notFoundPage();
    }

    const integrity = /^\/integrity\/([^/]+)\/([^/]+)\/([^/]+)\/provenance$/.exec(url.pathname);
    if (integrity) {
      const [project, version, filename] = integrity.slice(1).map((s) => decodeURIComponent(s)) as [string, string, string];
      const release = state.projects[normalize(project)]?.[version];
      const file = release?.files.map((f) => served(f, release)).find((f) => f.filename === filename);
      if (!file || req.method !== 'GET') return notFoundPage();
      const type = integrityType(req.headers.accept);
      if (!type) return send(406, { message: 'Request not acceptable' });
      if (file.provenance === undefined) return send(404, { message: `No provenance available for ${file.filename}` });
      if (isCanned(file.provenance)) return raw(file.provenance.status, file.provenance.body, file.provenance.contentType ?? 'application/json');
      return document(JSON.stringify(file.provenance), type, { vary: 'Accept' });
    }

    const m = /^\/pypi\/([^/]+)(?:\/([^/]+))?\/json\/?$/.exec(url.pathname);
    if (!url.pathname.startsWith('/pypi/')) return notFoundPage();
    if (!m || req.method !== 'GET') return send(404, { message: 'Not Found' });
    const asked = decodeURIComponent(m[1]!);
    const name = normalize(asked);
    if (asked !== name) return send(301, {}, { location: url.pathname.replace(`/pypi/${m[1]}/`, `/pypi/${name}/`) });
    const releases = state.projects[name];
    if (!releases) return send(404, { message: 'Not Found' });
    const version = m[2] ? decodeURIComponent(m[2]) : Object.keys(releases).at(-1);
    const release = version === undefined ? undefined : releases[version];
    if (!release || version === undefined) return send(404, { message: 'Not Found' });
    const n = hit(release, 'json');
    if (n <= (release.jsonLag ?? 0)) return send(404, { message: 'Not Found' });
    const files = release.files.map((f) => served(f, release)).filter((f) => n > f.lag);
    return document(
      JSON.stringify({
        info: {
          name,
          version,
          summary: 'SketchLog',
          requires_python: '>=3.10',
          yanked: release.yanked ?? false,
          yanked_reason: null
        },
        last_serial: 1,
        urls: files.map((f) => jsonFile(state.url, name, f)),
        vulnerabilities: []
      }),
      'application/json'
    );
  });
  state.url = await listenOnLoopback(server);
  state.close = () => closeServer(server);
  return state;
}
