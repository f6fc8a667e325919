import type { NpmPackument, NpmWhoAmI } from '../../clients/npm.js';
import { clip } from '../../errors.js';
import type { GateContext } from '../../gate.js';

/** npm lookups shared by several checks; each is asked once per gate run (ctx.once). */

/** How to pass the token, for every message that finds it missing. */
export const NPM_TOKEN_HINT = 'pass the publisher\'s token to the action as `npm-token: ${{ secrets.NPM_TOKEN }}`';

/** `/-/whoami` asked once per registry and shared by npm-identity and npm-scope. */
export function npmWhoAmI(ctx: GateContext, registry: string): Promise<NpmWhoAmI> {
  return ctx.once(`npm-whoami:${registry}`, () => ctx.clients.npm(registry).whoami());
}

/** Why a token was not accepted, as one sentence naming the registry and the fix. */
export function rejectionMessage(registry: string, who: Extract<NpmWhoAmI, { ok: false }>, publisher: string): string {
  return `${registry} rejected the npm-token (token rejected: ${who.reason}); create a new publish token for npm user "${publisher}" and store it as the NPM_TOKEN secret`;
}

/** A packument asked once per registry and package, shared by npm-scope and unpublished. */
export function npmPackument(ctx: GateContext, registry: string, name: string): Promise<NpmPackument | null> {
  return ctx.once(`npm-packument:${registry}:${name}`, () => ctx.clients.npm(registry).packument(name));
}

/** The packages of org `@scope` (`/-/org/{scope}/package`), asked once per registry and scope; shared by npm-scope and unpublished. */
export function npmOrgPackages(ctx: GateContext, registry: string, scope: string): Promise<Set<string> | null> {
  return ctx.once(`npm-org-packages:${registry}:${scope}`, () => ctx.clients.npm(registry).orgPackages(scope));
}

/**
 * Why a package the org lists answered 404 for its packument: it exists, restricted,
 * and the registry hides it from this reader. Never "new", never "free".
 */
export function hiddenPackage(registry: string, scope: string, name: string): string {
  return `${clip(name)} exists but ${registry} would not show it to this token (404 for its packument, yet /-/org/${scope}/package lists it): it is restricted and the reader cannot read it`;
}

