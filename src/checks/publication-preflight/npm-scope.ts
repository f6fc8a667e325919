import type { NpmApi, NpmWhoAmI } from '../../clients/npm/index.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, type GateContext } from '../../gate.js';
import { hiddenPackage, NPM_TOKEN_HINT, npmOrgPackages, npmPackument, npmWhoAmI } from '../shared/npm.js';

interface PackageAccess {
  name: string;
  /** Null when the identity may publish it. */
  problem: string | null;
  access: string;
  source: string;
}

/** Whether `name` lies inside `@scope/`. */
function inScope(name: string, scope: string): boolean {
  return name.startsWith(`@${scope}/`) && name.length > scope.length + 2 && !name.slice(scope.length + 2).includes('/');
}

/**
 * What `user` may do with one package of the scope. Which packages exist comes from the
 * org listing and the packument; the user's own permission only from the package's
 * collaborators asked for that user (team grants included), never from the org listing,
 * whose access level is the org's.
 */
async function accessOf(
  ctx: GateContext,
  api: NpmApi,
  registry: string,
  scope: string,
  user: string,
  name: string,
  orgPackages: Set<string>
): Promise<PackageAccess> {
  const grant = `npm access grant read-write ${scope}:developers ${name}`;
  const listed = orgPackages.has(name);
  const packument = await npmPackument(ctx, registry, name);
  if (packument === null && listed) {
    return {
      name,
      problem: `${hiddenPackage(registry, scope, name)}; give a team of "${user}" read-write access (${grant})`,
      access: 'hidden (restricted)',
      source: `/-/org/${scope}/package`
    };
  }
  if (packument === null) {
    // A package that does not exist yet is created on first publish by any member of the scope's org.
    const members = await ctx.once(`npm-org-members:${registry}:${scope}`, () => api.orgMembers(scope));
    if (members === null) {
      return {
        name,
        problem: `${name} does not exist yet and the registry has no org "@${scope}" (404 for /-/org/${scope}/user); create the org or correct npm.scope`,
        access: 'none',
        source: `/-/org/${scope}/user`
      };
    }
    const role = members.get(user);
    if (role === undefined) {
      return {
        name,
        problem: `${name} does not exist yet and "${user}" is not a member of org "@${scope}"; add them (npm org set ${scope} ${user} developer)`,
        access: 'none',
        source: `/-/org/${scope}/user`
      };
    }
    return { name, problem: null, access: `new package (${clip(role, 20)} of @${scope})`, source: `/-/org/${scope}/user` };
  }
  // The package exists: its collaborators, asked for this user, say what the user may do.
  const source = `/-/package/${name}/collaborators`;
  const collaborators = await api.collaborators(name, user);
  if (collaborators === null) {
    const fix = listed ? `check that the npm-token can read ${name}` : `move it into org "@${scope}" (${grant})`;
    return {
      name,
      problem: `${name} exists, but ${registry} answered 404 for ${source}, so whether "${user}" may publish it cannot be told; ${fix}`,
      access: 'unknown',
      source
    };
  }
  const permission = collaborators.get(user);
  if (permission === 'read-write') return { name, problem: null, access: 'read-write', source };
  if (permission === 'read-only') {
    return { name, problem: `${name}: "${user}" has read-only access; give a team of "${user}" write access (${grant})`, access: 'read-only', source };
  }
  const fix = listed ? `give a team of "${user}" write access (${grant})` : `move it into org "@${scope}" and grant write access (${grant})`;
  return { name, problem: `${name} exists but "${user}" has no access to it; ${fix}`, access: 'none', source };
}

/** `npm-scope`: the token's identity can publish every `npm.packages` entry, all inside `@{npm.scope}`. */
export const npmScope = defineCheck({
  id: 'npm-scope',
  sections: ['npm'],
  async run(ctx, { npm }) {
    const api = ctx.clients.npm(npm.registry);
    if (!api.hasToken) return fail(`npm-token is empty, so publish rights cannot be checked; ${NPM_TOKEN_HINT}`);
    let who: NpmWhoAmI;
    try {
      who = await npmWhoAmI(ctx, npm.registry);
    } catch (error) {
      return fail(`publish rights could not be checked: ${messageOf(error)}`);
    }
    if (!who.ok) return fail(`publish rights cannot be checked: ${npm.registry} rejected the npm-token (see npm-identity)`);
    const user = who.username;

    const rows: PackageAccess[] = [];
    const inside = npm.packages.filter((name) => inScope(name, npm.scope));
    for (const name of npm.packages.filter((n) => !inScope(n, npm.scope))) {
      rows.push({
        name,
        problem: `${clip(name)} is outside the scope "@${npm.scope}"; rename it into @${npm.scope} or correct npm.scope`,
        access: 'outside scope',
        source: 'config'
      });
    }

    if (inside.length > 0) {
      let orgPackages: Set<string> | null;
      try {
        orgPackages = await npmOrgPackages(ctx, npm.registry, npm.scope);
      } catch (error) {
        return fail(`publish rights could not be checked: ${messageOf(error)}`);
      }
      if (orgPackages === null) {
        return fail(
          `${npm.registry} answered 404 for org "@${npm.scope}" (/-/org/${npm.scope}/package): the scope is not an npm org there, so team grants cannot be checked; create the org or correct npm.scope`,
          { details: rows.map((r) => r.problem!) }
        );
      }
      try {
        const found = await Promise.all(inside.map((name) => accessOf(ctx, api, npm.registry, npm.scope, user, name, orgPackages)));
        rows.push(...found);
      } catch (error) {
        return fail(`publish rights could not be checked: ${messageOf(error)}`);
      }
    }

    rows.sort((a, b) => npm.packages.indexOf(a.name) - npm.packages.indexOf(b.name));
    const table = { columns: ['package', 'access', 'from'], rows: rows.map((r) => [r.name, r.access, r.source]) };
    const problems = rows.filter((r) => r.problem !== null);
    if (problems.length > 0) {
      const first = problems[0]!.problem!;
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more, below)` : '';
      return fail(`npm user "${clip(user)}" cannot publish ${problems.length} of ${npm.packages.length} packages: ${first}${more}`, {
        details: problems.map((r) => r.problem!),
        table
      });
    }
    return pass(`npm user "${clip(user)}" can publish all ${npm.packages.length} packages in @${npm.scope}`, { table });
  }
});
