/** Who the token is and what it may do: `/-/whoami`, an org's packages and members, a package's collaborators. */
import { z } from 'zod';
import { clip } from '../../util/text.js';
import type { HttpResponse } from '../http.js';
import type { NpmPermission, NpmWhoAmI } from './api.js';
import { escapedPackageName } from './packuments.js';
import { NpmError, type NpmSession } from './session.js';

/** npm's own CLI translates the registry's `read`/`write` to `read-only`/`read-write`; both spellings occur. */
const permission = z
  .enum(['read', 'write', 'read-only', 'read-write'])
  .transform((p): NpmPermission => (p === 'write' || p === 'read-write' ? 'read-write' : 'read-only'));
const permissionTable = z.record(z.string().max(214), permission);
const memberTable = z.record(z.string().max(214), z.string().max(64));
const whoamiBody = z.looseObject({ username: z.string().max(214).optional() });

/** 401/403 on an authenticated listing: the token cannot read it, which the check must not mistake for "no access". */
function refused(response: HttpResponse, what: string): NpmError {
  return new NpmError(
    `npm registry refused ${what} (${response.status}): the npm-token cannot read it; use a token of the publisher with read access to the org`
  );
}

export async function whoami(session: NpmSession): Promise<NpmWhoAmI> {
  const response = await session.get('/-/whoami', '/-/whoami', [401, 403]);
  if (response.status === 401 || response.status === 403) {
    return { ok: false, status: response.status, reason: `the registry answered ${response.status}` };
  }
  const body = session.parse(response, whoamiBody, '/-/whoami');
  // Some registries answer 200 `{}` to a token they do not know: that is a rejection, not an identity.
  if (!body.username) return { ok: false, status: response.status, reason: `the registry answered ${response.status} without a username` };
  return { ok: true, username: body.username };
}

export async function orgPackages(session: NpmSession, scope: string): Promise<Set<string> | null> {
  const path = `/-/org/${encodeURIComponent(scope)}/package`;
  const response = await session.get(path, path, [401, 403, 404]);
  if (response.status === 404) return null;
  if (response.status !== 200) throw refused(response, path);
  // The values are the org's access level, not the token user's: only the names are used.
  return new Set(Object.keys(session.parse(response, permissionTable, path)));
}

export async function orgMembers(session: NpmSession, scope: string): Promise<Map<string, string> | null> {
  const path = `/-/org/${encodeURIComponent(scope)}/user`;
  const response = await session.get(path, path, [401, 403, 404]);
  if (response.status === 404) return null;
  if (response.status !== 200) throw refused(response, path);
  return new Map(Object.entries(session.parse(response, memberTable, path)));
}

export async function collaborators(session: NpmSession, name: string, user: string): Promise<Map<string, NpmPermission> | null> {
  // As npm's CLI asks (libnpmaccess lsCollaborators): the escaped name, format=cli, and the user.
  const query = new URLSearchParams({ format: 'cli', user }).toString();
  const path = `/-/package/${escapedPackageName(name)}/collaborators?${query}`;
  const what = `/-/package/${clip(name)}/collaborators?user=${clip(user)}`;
  const response = await session.get(path, what, [401, 403, 404]);
  if (response.status === 404) return null;
  if (response.status !== 200) throw refused(response, what);
  return new Map(Object.entries(session.parse(response, permissionTable, what)));
}
