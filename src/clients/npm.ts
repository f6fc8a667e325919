import { z } from 'zod';
import { clip } from '../errors.js';
import { HttpClient, rethrowAs, shownUrl, type HttpResponse } from './http.js';
import { redactor } from '../util/redact.js';

/** A package permission as the registry grants it to the token's user. */
export type NpmPermission = 'read-only' | 'read-write';

/** What `/-/whoami` says about the token. */
export type NpmWhoAmI =
  | { ok: true; username: string }
  | { ok: false; status: number; reason: string };

/** The parts of a packument that tell whether a version was ever published. */
export interface NpmPackument {
  /** The package's name, as the packument states it (always the name asked for). */
  name: string;
  /** Versions the registry serves now. */
  versions: string[];
  /** Versions with a publish time, including unpublished ones (npm never lets a version be reused). */
  timedVersions: string[];
}

/** The npm registry calls the gates make, against one registry. */
export interface NpmApi {
  /** The registry base URL, for messages. */
  readonly registry: string;
  /** Whether an npm token was given (every authenticated call needs one). */
  readonly hasToken: boolean;
  /** `/-/whoami` with the token. */
  whoami(): Promise<NpmWhoAmI>;
  /**
   * `/-/org/{scope}/package`: the packages the org holds; null when the registry has no such org.
   * The listing carries the ORG's access level (libnpmaccess lsPackages), the same whoever asks,
   * so it tells which packages exist, never what the token's user may do with them.
   */
  orgPackages(scope: string): Promise<Set<string> | null>;
  /** `/-/org/{scope}/user`: the org's members and their roles; null when the registry has no such org. */
  orgMembers(scope: string): Promise<Map<string, string> | null>;
  /**
   * `/-/package/{name}/collaborators?user={user}` (libnpmaccess lsCollaborators): `user`'s own
   * permission on the package, team grants included; null when the registry answers 404.
   */
  collaborators(name: string, user: string): Promise<Map<string, NpmPermission> | null>;
  /**
   * The packument of a package; null when the registry answers 404 (never published, or not
   * shown to this reader: a restricted package answers 404 too). A 200 that is not a packument
   * of `name` throws.
   */
  packument(name: string): Promise<NpmPackument | null>;
}

/** A registry answer the gate cannot use; the message names the call and the cause. */
export class NpmError extends Error {
  override name = 'NpmError';
}

/** npm's own CLI translates the registry's `read`/`write` to `read-only`/`read-write`; both spellings occur. */
const permission = z.enum(['read', 'write', 'read-only', 'read-write']).transform((p): NpmPermission =>
  p === 'write' || p === 'read-write' ? 'read-write' : 'read-only'
);
const permissionTable = z.record(z.string().max(214), permission);
const memberTable = z.record(z.string().max(214), z.string().max(64));
const whoamiBody = z.looseObject({ username: z.string().max(214).optional() });
const packumentBody = z.looseObject({
  name: z.string().max(214).optional(),
  versions: z.record(z.string(), z.unknown()).optional(),
  time: z
    .looseObject({
      unpublished: z.looseObject({ versions: z.array(z.string()).optional() }).optional()
    })
    .optional()
});

/** Packuments of busy packages are large; anything past this is not a packument we publish. */
const PACKUMENT_MAX_BYTES = 64 * 1024 * 1024;
const SMALL_MAX_BYTES = 4 * 1024 * 1024;

/** A scoped name as npm puts it in a packument URL: `@scope%2fname`. */
export function escapedPackageName(name: string): string {
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  if (scoped) return `@${encodeURIComponent(scoped[1]!)}%2f${encodeURIComponent(scoped[2]!)}`;
  return encodeURIComponent(name);
}

export interface NpmApiOptions {
  /** Base URL without a trailing slash (config has checked https, or http on loopback). */
  registry: string;
  token: string;
  http: HttpClient;
}

export function createNpmApi(options: NpmApiOptions): NpmApi {
  const { registry, token, http } = options;
  // The token travels in a header, never in a URL, and HttpClient drops it on a redirect to another host.
  const credential = token ? { header: 'authorization', value: `Bearer ${token}` } : undefined;
  // A registry may echo what it was sent in an error body; nothing this client reports may carry the token.
  const scrub = redactor([token]);

  async function get(path: string, what: string, accept: number[], maxBytes = SMALL_MAX_BYTES): Promise<HttpResponse> {
    try {
      return await http.request({
        url: `${registry}${path}`,
        headers: { accept: 'application/json' },
        credential,
        accept,
        maxBytes
      });
    } catch (error) {
      rethrowAs(error, (m, o) => new NpmError(m, o), `npm registry could not answer ${what}`, scrub);
    }
  }

  function parse<T extends z.ZodType>(response: HttpResponse, schema: T, what: string): z.infer<T> {
    let raw: unknown;
    try {
      raw = HttpClient.json(response);
    } catch (error) {
      throw new NpmError(`npm registry answered ${what} with a body that is not JSON (${shownUrl(response.url)})`, { cause: error });
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` at ${clip(issue.path.map(String).join('.'), 60)}` : '';
      throw new NpmError(`npm registry answered ${what} with an unexpected shape${where} (${shownUrl(response.url)})`);
    }
    return result.data;
  }

  /** 401/403 on an authenticated listing: the token cannot read it, which the check must not mistake for "no access". */
  function refused(response: HttpResponse, what: string): NpmError {
    return new NpmError(
      `npm registry refused ${what} (${response.status}): the npm-token cannot read it; use a token of the publisher with read access to the org`
    );
  }

  return {
    registry,
    hasToken: token.length > 0,

    async whoami() {
      const response = await get('/-/whoami', '/-/whoami', [401, 403]);
      if (response.status === 401 || response.status === 403) {
        return { ok: false, status: response.status, reason: `the registry answered ${response.status}` };
      }
      const body = parse(response, whoamiBody, '/-/whoami');
      // Some registries answer 200 `{}` to a token they do not know: that is a rejection, not an identity.
      if (!body.username) return { ok: false, status: response.status, reason: `the registry answered ${response.status} without a username` };
      return { ok: true, username: body.username };
    },

    async orgPackages(scope) {
      const path = `/-/org/${encodeURIComponent(scope)}/package`;
      const response = await get(path, path, [401, 403, 404]);
      if (response.status === 404) return null;
      if (response.status !== 200) throw refused(response, path);
      // The values are the org's access level, not the token user's: only the names are used.
      return new Set(Object.keys(parse(response, permissionTable, path)));
    },

    async orgMembers(scope) {
      const path = `/-/org/${encodeURIComponent(scope)}/user`;
      const response = await get(path, path, [401, 403, 404]);
      if (response.status === 404) return null;
      if (response.status !== 200) throw refused(response, path);
      return new Map(Object.entries(parse(response, memberTable, path)));
    },

    async collaborators(name, user) {
      // As npm's CLI asks (libnpmaccess lsCollaborators): the escaped name, format=cli, and the user.
      const query = new URLSearchParams({ format: 'cli', user }).toString();
      const path = `/-/package/${escapedPackageName(name)}/collaborators?${query}`;
      const what = `/-/package/${clip(name)}/collaborators?user=${clip(user)}`;
      const response = await get(path, what, [401, 403, 404]);
      if (response.status === 404) return null;
      if (response.status !== 200) throw refused(response, what);
      return new Map(Object.entries(parse(response, permissionTable, what)));
    },

    async packument(name) {
      const what = `the packument of ${clip(name)}`;
      const response = await get(`/${escapedPackageName(name)}`, what, [404], PACKUMENT_MAX_BYTES);
      if (response.status === 404) return null;
      const body = parse(response, packumentBody, what);
      // Only a packument OF this package says which versions it holds: a 200 `{}`, or JSON of
      // another package, would otherwise read as "no versions" and let a burned version pass.
      const fix = 'check that npm.registry is the registry base URL (e.g. https://registry.npmjs.org)';
      if (body.name !== name) {
        const said = body.name === undefined ? 'without a "name"' : `naming "${clip(body.name)}"`;
        throw new NpmError(`${registry} answered the packument of ${clip(name)} with JSON ${said}, not a packument of ${clip(name)}; ${fix}`);
      }
      // A package unpublished entirely keeps a tombstone: no versions, but time.unpublished lists them.
      if (body.versions === undefined && body.time?.unpublished === undefined) {
        throw new NpmError(`${registry} answered the packument of ${clip(name)} without a "versions" object, so which versions it holds cannot be told; ${fix}`);
      }
      const unpublished = body.time?.unpublished?.versions ?? [];
      const timed = Object.keys(body.time ?? {}).filter((k) => k !== 'created' && k !== 'modified' && k !== 'unpublished');
      return { name: body.name, versions: Object.keys(body.versions ?? {}), timedVersions: [...timed, ...unpublished] };
    }
  };
}
