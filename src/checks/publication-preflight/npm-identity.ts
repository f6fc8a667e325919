import type { NpmWhoAmI } from '../../clients/npm/index.js';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass } from '../../gate.js';
import { NPM_TOKEN_HINT, npmWhoAmI, rejectionMessage } from '../shared/npm.js';

/** `npm-identity`: the token is set and the registry's whoami answers `npm.publisher`. */
export const npmIdentity = defineCheck({
  id: 'npm-identity',
  sections: ['npm'],
  async run(ctx, { npm }) {
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
  }
});
