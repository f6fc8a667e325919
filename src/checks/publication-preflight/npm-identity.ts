import type { NpmWhoAmI } from '../../clients/npm.js';
import { clip, messageOf } from '../../errors.js';
import { fail, pass, withSection, type Check, type GateContext } from '../../gate.js';

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

/** `npm-identity`: the token is set and the registry's whoami answers `npm.publisher`. */
export const npmIdentity: Check = {
  id: 'npm-identity',
  run: (ctx) =>
    withSection(ctx, 'npm', 'npm-identity', async (npm) => {
      if (!ctx.clients.npm(npm.registry).hasToken) {
        return fail(`npm-token is empty, so the npm identity cannot be verified; ${NPM_TOKEN_HINT}`);
      }
      let who: NpmWhoAmI;
      try {
        who = await npmWhoAmI(ctx, npm.registry);
      } catch (error) {
        return fail(`the npm identity could not be verified: ${messageOf(error)}`);
      }
      if (!who.ok) return fail(rejectionMessage(npm.registry, who, npm.publisher));
      if (who.username !== npm.publisher) {
        return fail(
          `npm-token belongs to npm user "${clip(who.username)}", but npm.publisher is "${npm.publisher}"; use the publisher's token, or correct npm.publisher`
        );
      }
      return pass(`npm-token authenticates as "${npm.publisher}" on ${npm.registry}`);
    })
};
