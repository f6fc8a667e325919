import { z } from 'zod';
import { clip } from '../errors.js';
import { canonicalizeName } from '../version.js';
import { HttpClient, rethrowAs, shownUrl } from './http.js';

/** One release as PyPI's JSON API describes it. */
export interface PypiRelease {
  name: string;
  version: string;
  /** Files PyPI holds for the release. */
  files: string[];
  /** Whether the release was yanked (still burned: PyPI never takes the same file twice). */
  yanked: boolean;
}

/** The PyPI JSON API calls the gates make, against one index. */
export interface PypiApi {
  readonly index: string;
  /**
   * `/pypi/{project}/{version}/json`; null when the index has no such release, which
   * PyPI says with a JSON 404. Any other 404 (an HTML page, a wrong base URL) throws.
   */
  release(project: string, version: string): Promise<PypiRelease | null>;
}

export class PypiError extends Error {
  override name = 'PypiError';
}

const releaseBody = z.looseObject({
  info: z.looseObject({
    name: z.string().max(256),
    version: z.string().max(256),
    yanked: z.boolean().optional()
  }),
  urls: z.array(z.looseObject({ filename: z.string().max(512) })).optional()
});

/** Whether a response is JSON by its content type (`application/json`, or a `+json` type). */
function isJsonType(contentType: string | null): boolean {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(media);
}

/** The index for a message: no credentials, query or trailing slash. */
function shownIndex(index: string): string {
  return shownUrl(index).replace(/\/+$/, '');
}

export function createPypiApi(options: { index: string; http: HttpClient }): PypiApi {
  const { index, http } = options;
  return {
    index,
    async release(project, version) {
      const url = `${index}/pypi/${encodeURIComponent(canonicalizeName(project))}/${encodeURIComponent(version)}/json`;
      const what = `${clip(project)} ${clip(version)}`;
      let response;
      try {
        response = await http.request({ url, headers: { accept: 'application/json' }, accept: [404], maxBytes: 8 * 1024 * 1024 });
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
      let raw: unknown;
      try {
        raw = HttpClient.json(response);
      } catch {
        throw new PypiError(
          `PyPI answered ${response.status} for ${what} with a body that is not JSON (${shownUrl(response.url)}); check that pypi.index ${shownIndex(index)} is the index base, e.g. https://pypi.org`
        );
      }
      const parsed = releaseBody.safeParse(raw);
      if (!parsed.success) {
        throw new PypiError(`PyPI answered ${response.status} for ${what} without info.name and info.version (${shownUrl(response.url)})`);
      }
      const body = parsed.data;
      return {
        name: body.info.name,
        version: body.info.version,
        files: (body.urls ?? []).map((u) => u.filename),
        yanked: body.info.yanked === true
      };
    }
  };
}
