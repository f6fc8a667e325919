/** One registry and one token, and the rules every npm call of this client goes through. */
import type { z } from 'zod';
import { ReleaseGatesError } from '../../errors.js';
import { PackumentError } from '../../formats/packument.js';
import { JsonStreamError, selectJson, type JsonOutline, type SelectedValue } from '../../util/json-stream.js';
import { redactor } from '../../util/redact.js';
import { firstZodIssueParts } from '../../util/zod-issue.js';
import { HttpClient, rethrowAs, shownUrl, type HttpResponse } from '../http.js';
import type { NpmApiOptions } from './api.js';

/** A registry answer the gate cannot use; the message names the call and the cause. */
export class NpmError extends ReleaseGatesError {
  override name = 'NpmError';
  constructor(message: string, options?: ErrorOptions) {
    super('npm', message, options);
  }
}

const SMALL_MAX_BYTES = 4 * 1024 * 1024;
/** A streamed document gets the same overall deadline as any registry document (HttpClient's request default). */
const SELECT_DEADLINE_MS = 2 * 60_000;
export const FULL_ACCEPT = 'application/json';
const FIX = 'check that npm.registry is the registry base URL (e.g. https://registry.npmjs.org)';

export interface GetOptions {
  /** Largest answer read (default 4 MiB: every answer but a packument is small). */
  maxBytes?: number;
  /** The Accept header (default `application/json`). */
  accepts?: string;
  /** Revalidate with the ETag of the last answer, for polling. */
  revalidate?: boolean;
  /** Send no token: for public documents (the signing keys), which a token adds nothing to and must not travel with. */
  anonymous?: boolean;
}

export class NpmSession {
  readonly registry: string;
  readonly http: HttpClient;
  /** The token travels in a header, never in a URL, and HttpClient drops it on a redirect to another host. */
  readonly credential: { header: string; value: string } | undefined;
  /** A registry may echo what it was sent in an error body; nothing this client reports may carry the token. */
  readonly scrub: (text: string) => string;

  constructor(options: NpmApiOptions) {
    this.registry = options.registry;
    this.http = options.http;
    this.credential = options.token ? { header: 'authorization', value: `Bearer ${options.token}` } : undefined;
    this.scrub = redactor([options.token]);
  }

  /** GET `path` on the registry with the token (unless `anonymous`); a status outside 2xx and `accept` throws NpmError naming `what`. */
  async get(path: string, what: string, accept: number[], options: GetOptions = {}): Promise<HttpResponse> {
    try {
      return await this.http.request({
        url: `${this.registry}${path}`,
        headers: { accept: options.accepts ?? FULL_ACCEPT },
        credential: options.anonymous ? undefined : this.credential,
        accept,
        maxBytes: options.maxBytes ?? SMALL_MAX_BYTES,
        ...(options.revalidate ? { revalidate: true } : {})
      });
    } catch (error) {
      rethrowAs(error, (m, o) => new NpmError(m, o), `npm registry could not answer ${what}`, this.scrub);
    }
  }

  /**
   * GET `path` and read its JSON as it arrives, handing `onValue` the values at `paths` only
   * (see util/json-stream.ts); the document's outline, or null on 404. For the documents too
   * large to hold (packuments): never revalidated, since a remembered answer would keep its
   * bytes for the whole run.
   */
  async select(
    path: string,
    what: string,
    paths: string[],
    onValue: (found: SelectedValue) => void,
    options: { maxBytes: number; accepts?: string }
  ): Promise<{ outline: JsonOutline; url: string } | null> {
    const url = `${this.registry}${path}`;
    let shown = url;
    try {
      const stream = await this.http.stream({
        url,
        headers: { accept: options.accepts ?? FULL_ACCEPT },
        credential: this.credential,
        accept: [404],
        maxBytes: options.maxBytes,
        deadlineMs: SELECT_DEADLINE_MS,
        document: true
      });
      shown = stream.url;
      if (stream.status === 404) {
        // Leaving the body early cancels the transfer of whatever the 404 page holds.
        for await (const _chunk of stream.body) break;
        return null;
      }
      return { outline: await selectJson(stream.body, paths, onValue), url: stream.url };
    } catch (error) {
      if (error instanceof JsonStreamError) {
        const body = error.deep ? `JSON ${error.reason}, which no real document is` : 'a body that is not JSON';
        throw new NpmError(`npm registry answered ${what} with ${body} (${shownUrl(shown)})`, { cause: error });
      }
      rethrowAs(error, (m, o) => new NpmError(m, o), `npm registry could not answer ${what}`, this.scrub);
    }
  }

  /** The answer's JSON in `schema`'s shape; otherwise NpmError naming `what` and the first wrong field. */
  parse<T extends z.ZodType>(response: HttpResponse, schema: T, what: string): z.infer<T> {
    const result = schema.safeParse(json(response, what));
    if (!result.success) {
      const { path } = firstZodIssueParts(result.error, { pathMax: 60 });
      throw new NpmError(`npm registry answered ${what} with an unexpected shape${path ? ` at ${path}` : ''} (${shownUrl(response.url)})`);
    }
    return result.data;
  }

  /** A packument reader's answer, or its PackumentError worded with the registry, the call and the fix. */
  readOrExplain<T>(response: HttpResponse | { raw: unknown; url: string }, what: string, read: (raw: unknown) => T): T {
    const raw = 'raw' in response ? response.raw : json(response, what);
    try {
      return read(raw);
    } catch (error) {
      if (!(error instanceof PackumentError)) throw error;
      const then = error.then === 'fix' ? `; ${FIX}` : error.then === 'url' ? ` (${shownUrl(response.url)})` : '';
      throw new NpmError(`${this.registry} answered ${what} ${error.message}${then}`, { cause: error });
    }
  }
}

function json(response: HttpResponse, what: string): unknown {
  try {
    return HttpClient.json(response);
  } catch (error) {
    throw new NpmError(`npm registry answered ${what} with a body that is not JSON (${shownUrl(response.url)})`, { cause: error });
  }
}
