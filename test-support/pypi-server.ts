/**
 * A PyPI JSON API test server on loopback: `/pypi/{project}/json` and
 * `/pypi/{project}/{version}/json` answer like pypi.org (404 with
 * `{"message": "Not Found"}` and content type application/json for an unknown
 * project or version, a redirect from a non-normalised project name to the
 * PEP 503 one), from releases the test sets. Every other path answers as the
 * rest of pypi.org does: an HTML 404 page (so a `pypi.index` of `{url}/simple`
 * is a wrong base, as https://pypi.org/simple is). Faults let tests make it
 * fail like an overloaded index.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PypiReleaseSpec {
  files: string[];
  yanked?: boolean;
}

export interface PypiFault {
  path: RegExp;
  times: number;
  status: number;
}

export interface PypiTestServer {
  url: string;
  /** Releases by normalised project name, then version (PEP 440 spelling). */
  projects: Record<string, Record<string, PypiReleaseSpec>>;
  faults: PypiFault[];
  requests: Array<{ method: string; path: string; status: number }>;
  close(): Promise<void>;
}

const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

function file(url: string, project: string, version: string, filename: string) {
  return {
    filename,
    packagetype: filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist',
    python_version: filename.endsWith('.whl') ? 'cp312' : 'source',
    size: 1024,
    digests: { sha256: '0'.repeat(64), md5: '0'.repeat(32), blake2b_256: '0'.repeat(64) },
    url: `${url}/packages/${project}/${filename}`,
    upload_time_iso_8601: '2026-11-20T10:00:00.000000Z',
    yanked: false,
    yanked_reason: null,
    requires_python: '>=3.10'
  };
}

/** What pypi.org answers outside its JSON API for a page it does not have. */
const NOT_FOUND_PAGE = '<!DOCTYPE html>\n<html lang="en"><head><title>404 Not Found · PyPI</title></head><body><h1>404</h1><p>We looked everywhere but couldn\'t find this page</p></body></html>\n';

export async function startPypiServer(): Promise<PypiTestServer> {
  const state: PypiTestServer = { url: '', projects: {}, faults: [], requests: [], close: async () => {} };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://pypi');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      state.requests.push({ method: req.method ?? 'GET', path: url.pathname, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const fault = state.faults.find((f) => f.times > 0 && f.path.test(url.pathname));
    if (fault) {
      fault.times--;
      return send(fault.status, { message: 'Service Unavailable' });
    }
    const m = /^\/pypi\/([^/]+)(?:\/([^/]+))?\/json\/?$/.exec(url.pathname);
    if (!url.pathname.startsWith('/pypi/')) {
      state.requests.push({ method: req.method ?? 'GET', path: url.pathname, status: 404 });
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(NOT_FOUND_PAGE);
      return;
    }
    if (!m || req.method !== 'GET') return send(404, { message: 'Not Found' });
    const asked = decodeURIComponent(m[1]!);
    const name = normalize(asked);
    if (asked !== name) return send(301, {}, { location: url.pathname.replace(`/pypi/${m[1]}/`, `/pypi/${name}/`) });
    const releases = state.projects[name];
    if (!releases) return send(404, { message: 'Not Found' });
    const version = m[2] ? decodeURIComponent(m[2]) : Object.keys(releases).at(-1);
    const release = version === undefined ? undefined : releases[version];
    if (!release || version === undefined) return send(404, { message: 'Not Found' });
    return send(200, {
      info: { name, version, summary: 'SketchLog', requires_python: '>=3.10', yanked: release.yanked ?? false, yanked_reason: null },
      last_serial: 1,
      urls: release.files.map((f) => file(state.url, name, version, f)),
      vulnerabilities: []
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return state;
}
