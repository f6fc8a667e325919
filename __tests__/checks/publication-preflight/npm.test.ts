/**
 * npm-identity, npm-scope and the npm part of unpublished against a real
 * Verdaccio (in-process, temp storage and htpasswd) behind the test proxy that
 * adds npm's org and collaborator endpoints. Users are registered and log in
 * for real; package versions are published for real.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { npmIdentity } from '../../../src/checks/publication-preflight/npm-identity.js';
import { npmScope } from '../../../src/checks/publication-preflight/npm-scope.js';
import { unpublished } from '../../../src/checks/publication-preflight/unpublished.js';
import type { Check, CheckOutcome } from '../../../src/gate.js';
import { removeTempDirs } from '../../../test-support/git-repo.js';
import { startNpmRegistry, type NpmTestRegistry } from '../../../test-support/npm-registry.js';
import { fakeGitHub } from '../../helpers/context.js';
import { outcomeText, publicationContext } from '../../helpers/publication-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

let registry: NpmTestRegistry;
let publisherToken: string;
let readerToken: string;
let outsiderToken: string;
let viewerToken: string;
let newcomerToken: string;
let elsewhere: http.Server;
let elsewhereUrl: string;
const elsewhereSaw: Array<string | undefined> = [];

const PACKAGES = ['@sketchlog/client', '@sketchlog/react', '@sketchlog/wasm'];

beforeAll(async () => {
  registry = await startNpmRegistry();
  // Registering writes the htpasswd entry; logging in again proves the password round-trips.
  await registry.addUser('balavignesh', 'publisher-password-1');
  publisherToken = await registry.login('balavignesh', 'publisher-password-1');
  readerToken = await registry.addUser('reader', 'reader-password-1');
  outsiderToken = await registry.addUser('mallory', 'mallory-password-1');
  viewerToken = await registry.addUser('viewer', 'viewer-password-1');
  newcomerToken = await registry.addUser('newcomer', 'newcomer-password-1');

  await registry.publish('@sketchlog/client', '1.2.3', publisherToken);
  await registry.publish('@sketchlog/react', '1.2.2', publisherToken);
  await registry.publish('@sketchlog/legacy', '0.1.0', publisherToken);
  await registry.publish('@sketchlog/orphan', '0.0.1', publisherToken);

  registry.orgs.sketchlog = {
    members: { balavignesh: 'owner', reader: 'developer', viewer: 'developer', newcomer: 'developer' },
    // The org's packages with the ORG's access level: every member gets this same answer, whatever
    // their own grants. @sketchlog/secret is restricted: listed, but its packument answers 404.
    packages: { '@sketchlog/client': 'read-write', '@sketchlog/react': 'write', '@sketchlog/secret': 'read-write' },
    // Each user's own rights come from team grants (and direct grants), as npm's collaborators answer them.
    teams: {
      developers: { members: ['balavignesh'], packages: { '@sketchlog/client': 'read-write', '@sketchlog/react': 'write', '@sketchlog/secret': 'read-write' } },
      frontend: { members: ['reader'], packages: { '@sketchlog/client': 'read-only', '@sketchlog/react': 'read-write' } },
      readers: { members: ['viewer'], packages: { '@sketchlog/client': 'read', '@sketchlog/react': 'read-only' } }
    }
  };
  // A package published before the org existed: only its collaborators know who may write it.
  registry.collaborators['@sketchlog/legacy'] = { balavignesh: 'read-write', reader: 'read' };

  // Another origin a redirect may point at: it records whether a token came along.
  elsewhere = http.createServer((req, res) => {
    elsewhereSaw.push(req.headers.authorization);
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((r) => elsewhere.listen(0, '127.0.0.1', r));
  elsewhereUrl = `http://localhost:${(elsewhere.address() as AddressInfo).port}`;
});

afterAll(async () => {
  elsewhere?.closeAllConnections();
  await Promise.all([registry?.close(), new Promise((r) => (elsewhere ? elsewhere.close(r) : r(null)))]);
  removeTempDirs();
});

const npmConfig = (over: Record<string, unknown> = {}) => ({
  tags: { release: 'v{version}' },
  npm: { registry: registry.url, publisher: 'balavignesh', scope: 'sketchlog', packages: PACKAGES, ...over },
  pypi: false,
  container: false,
  helm: false
});

function run(check: Check, npmToken: string, over: Record<string, unknown> = {}, tag = 'v1.2.4'): Promise<CheckOutcome> {
  const ctx = publicationContext({
    config: npmConfig(over),
    npmToken,
    tag,
    // No release, and the release tag exists: GitHub is not what these tests are about.
    clients: {
      github: fakeGitHub({
        getReleaseByTag: () => Promise.resolve(null),
        getTagRef: (t) => Promise.resolve({ ref: `refs/tags/${t}`, object: { type: 'tag', sha: 'b'.repeat(40) } })
      })
    }
  });
  return runDeclaredCheck(check, ctx);
}

/** Every token the tests hold must stay out of every outcome. */
function expectNoToken(outcome: CheckOutcome): void {
  for (const token of [publisherToken, readerToken, outsiderToken, viewerToken, newcomerToken]) expect(outcomeText(outcome)).not.toContain(token);
}

describe('npm-identity', () => {
  test("the publisher's token passes", async () => {
    const outcome = await run(npmIdentity, publisherToken);
    expect(outcome).toEqual({ status: 'pass', summary: `npm-token authenticates as "balavignesh" on ${registry.url}` });
  });

  test("another user's token fails, showing both names", async () => {
    const outcome = await run(npmIdentity, outsiderToken);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'npm-token belongs to npm user "mallory", but npm.publisher is "balavignesh"; use the publisher\'s token, or correct npm.publisher'
    );
    expectNoToken(outcome);
  });

  test('no token fails with how to pass it, and asks the registry nothing', async () => {
    const before = registry.requests.length;
    const outcome = await run(npmIdentity, '');
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('npm-token is empty');
    expect(outcome.summary).toContain('npm-token: ${{ secrets.NPM_TOKEN }}');
    expect(registry.requests.length).toBe(before);
  });

  test('a token Verdaccio does not know (it answers 200 {}) is rejected', async () => {
    const bogus = `${publisherToken.slice(0, -6)}AAAAAA`;
    const outcome = await run(npmIdentity, bogus);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${registry.url} rejected the npm-token (token rejected: the registry answered 200 without a username); create a new publish token for npm user "balavignesh" and store it as the NPM_TOKEN secret`
    );
    expect(outcomeText(outcome)).not.toContain(bogus);
  });

  test('a 401 from the registry (as registry.npmjs.org answers an unknown token) is "token rejected"', async () => {
    registry.rejectUnknownTokens = true;
    try {
      const outcome = await run(npmIdentity, 'npm_0123456789abcdefghijklmnopqrstuvwxyz');
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain('rejected the npm-token (token rejected: the registry answered 401)');
      // The same front still lets a good token through.
      expect((await run(npmIdentity, publisherToken)).status).toBe('pass');
    } finally {
      registry.rejectUnknownTokens = false;
    }
  });

  test('a registry error that echoes the token is reported without it', async () => {
    registry.faults.push({ path: /^\/-\/whoami$/, times: 1, status: 400, echoAuthorization: true });
    const outcome = await run(npmIdentity, publisherToken);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(
      /^the npm identity could not be verified: npm registry could not answer \/-\/whoami: .* answered 400 \(.*cannot use \*\*\*/
    );
    expectNoToken(outcome);
    // The echo is longer than the message keeps: not even the start of the token may survive the shortening.
    expect(outcomeText(outcome)).not.toContain(publisherToken.slice(0, 24));
  });

  test('a registry failing after retries fails closed', async () => {
    registry.faults.push({ path: /^\/-\/whoami$/, times: 2, status: 502 });
    const outcome = await run(npmIdentity, publisherToken);
    expect(outcome.summary).toMatch(/could not be verified: .*answered 502 .*\(after 2 attempts\)/);
    expect(registry.faults[0]!.times).toBe(0);
    registry.faults.length = 0;
  });

  test('the token goes only in the Authorization header to the registry, never in a URL', async () => {
    const before = registry.requests.length;
    await run(npmIdentity, publisherToken);
    const seen = registry.requests.slice(before);
    expect(seen.map((r) => r.path)).toEqual(['/-/whoami']);
    expect(seen[0]!.authorization).toBe(`Bearer ${publisherToken}`);
    for (const r of registry.requests) expect(r.path).not.toContain(publisherToken);
  });
});

describe('npm-scope', () => {
  test('the publisher can publish every package: team grants and a new package as org member', async () => {
    const before = registry.requests.length;
    const outcome = await run(npmScope, publisherToken);
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('npm user "balavignesh" can publish all 3 packages in @sketchlog');
    // The user's own rights come from the collaborators asked for that user, never from the org listing.
    expect(outcome.table?.rows).toEqual([
      ['@sketchlog/client', 'read-write', '/-/package/@sketchlog/client/collaborators'],
      ['@sketchlog/react', 'read-write', '/-/package/@sketchlog/react/collaborators'],
      ['@sketchlog/wasm', 'new package (owner of @sketchlog)', '/-/org/sketchlog/user']
    ]);
    const asked = registry.requests.slice(before).filter((r) => r.path.endsWith('/collaborators'));
    expect(asked.map((r) => [r.path, r.query])).toEqual(
      expect.arrayContaining([
        ['/-/package/@sketchlog%2fclient/collaborators', 'format=cli&user=balavignesh'],
        ['/-/package/@sketchlog%2freact/collaborators', 'format=cli&user=balavignesh']
      ])
    );
  });

  test('a member whose org listing shows write but whose own grant is read-only fails', async () => {
    // The org listing answers this member read-write / write for both packages, as it does everyone ...
    const listing = await fetch(`${registry.url}/-/org/sketchlog/package`, { headers: { authorization: `Bearer ${viewerToken}` } });
    expect(await listing.json()).toMatchObject({ '@sketchlog/client': 'read-write', '@sketchlog/react': 'write' });
    // ... but their team grants read-only only, which is what npm publish goes by.
    const outcome = await run(npmScope, viewerToken, { publisher: 'viewer' });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'npm user "viewer" cannot publish 2 of 3 packages: @sketchlog/client: "viewer" has read-only access; give a team of "viewer" write access (npm access grant read-write sketchlog:developers @sketchlog/client) (and 1 more, below)'
    );
    expect(outcome.details).toEqual([
      '@sketchlog/client: "viewer" has read-only access; give a team of "viewer" write access (npm access grant read-write sketchlog:developers @sketchlog/client)',
      '@sketchlog/react: "viewer" has read-only access; give a team of "viewer" write access (npm access grant read-write sketchlog:developers @sketchlog/react)'
    ]);
    expect(outcome.table?.rows).toContainEqual(['@sketchlog/wasm', 'new package (developer of @sketchlog)', '/-/org/sketchlog/user']);
    expectNoToken(outcome);
  });

  test('a member on no team that grants an existing package fails: membership covers new packages only', async () => {
    const outcome = await run(npmScope, newcomerToken, { publisher: 'newcomer' });
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toEqual([
      '@sketchlog/client exists but "newcomer" has no access to it; give a team of "newcomer" write access (npm access grant read-write sketchlog:developers @sketchlog/client)',
      '@sketchlog/react exists but "newcomer" has no access to it; give a team of "newcomer" write access (npm access grant read-write sketchlog:developers @sketchlog/react)'
    ]);
  });

  test('a restricted package the org lists but the registry hides (404 packument) is not "new"', async () => {
    const outcome = await run(npmScope, readerToken, { publisher: 'reader', packages: ['@sketchlog/secret'] });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `npm user "reader" cannot publish 1 of 1 packages: @sketchlog/secret exists but ${registry.url} would not show it to this token (404 for its packument, yet /-/org/sketchlog/package lists it): it is restricted and the reader cannot read it; give a team of "reader" read-write access (npm access grant read-write sketchlog:developers @sketchlog/secret)`
    );
    expect(outcome.table?.rows).toEqual([['@sketchlog/secret', 'hidden (restricted)', '/-/org/sketchlog/package']]);
  });

  test('read-only access to one package fails, naming it and the grant to make', async () => {
    const outcome = await run(npmScope, readerToken, { publisher: 'reader' });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'npm user "reader" cannot publish 1 of 3 packages: @sketchlog/client: "reader" has read-only access; give a team of "reader" write access (npm access grant read-write sketchlog:developers @sketchlog/client)'
    );
    expectNoToken(outcome);
  });

  test('a package outside the scope fails', async () => {
    const outcome = await run(npmScope, publisherToken, { packages: ['@sketchlog/client', '@other/tool', 'unscoped-tool'] });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toMatch(/^npm user "balavignesh" cannot publish 2 of 3 packages: @other\/tool is outside the scope "@sketchlog"/);
    expect(outcome.details).toEqual([
      '@other/tool is outside the scope "@sketchlog"; rename it into @sketchlog or correct npm.scope',
      'unscoped-tool is outside the scope "@sketchlog"; rename it into @sketchlog or correct npm.scope'
    ]);
  });

  test('a new package is refused for a user who is not a member of the org', async () => {
    const outcome = await run(npmScope, outsiderToken, { publisher: 'mallory', packages: ['@sketchlog/wasm'] });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(
      '@sketchlog/wasm does not exist yet and "mallory" is not a member of org "@sketchlog"; add them (npm org set sketchlog mallory developer)'
    );
  });

  test('an existing package outside the org listing is judged by its collaborators', async () => {
    const publisher = await run(npmScope, publisherToken, { packages: ['@sketchlog/legacy'] });
    expect(publisher.status).toBe('pass');
    expect(publisher.table?.rows).toEqual([['@sketchlog/legacy', 'read-write', '/-/package/@sketchlog/legacy/collaborators']]);
    const reader = await run(npmScope, readerToken, { publisher: 'reader', packages: ['@sketchlog/legacy'] });
    expect(reader.status).toBe('fail');
    expect(reader.summary).toContain('@sketchlog/legacy: "reader" has read-only access');
    const outsider = await run(npmScope, outsiderToken, { publisher: 'mallory', packages: ['@sketchlog/legacy'] });
    expect(outsider.summary).toContain('@sketchlog/legacy exists but "mallory" has no access to it');
  });

  test('an existing package that neither the org listing nor its collaborators know fails', async () => {
    const outcome = await run(npmScope, publisherToken, { packages: ['@sketchlog/orphan'] });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('@sketchlog/orphan exists, but');
    expect(outcome.summary).toContain('answered 404 for /-/package/@sketchlog/orphan/collaborators');
  });

  test('a registry that answers 404 for the org fails clearly', async () => {
    const outcome = await run(npmScope, publisherToken, { scope: 'balavignesh', packages: ['@balavignesh/tool'] });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `${registry.url} answered 404 for org "@balavignesh" (/-/org/balavignesh/package): the scope is not an npm org there, so team grants cannot be checked; create the org or correct npm.scope`
    );
  });

  test('without a token, or with a rejected one, scope rights are not guessed', async () => {
    expect((await run(npmScope, '')).summary).toContain('npm-token is empty, so publish rights cannot be checked');
    expect((await run(npmScope, 'not-a-token-at-all')).summary).toContain('rejected the npm-token (see npm-identity)');
  });
});

describe('unpublished: npm', () => {
  test('a version already on the registry is burned; other packages are free', async () => {
    const outcome = await run(unpublished, publisherToken, {}, 'v1.2.3');
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'version 1.2.3 is burned: npm (@sketchlog/client@1.2.3) already holds it; registries never accept a version twice, so bump the patch and release 1.2.4 instead'
    );
    expect(outcome.table?.rows).toContainEqual(['npm', '@sketchlog/wasm@1.2.3', `free: @sketchlog/wasm was never published on ${registry.url}`]);
    expect(outcome.table?.rows).toContainEqual(['npm', '@sketchlog/react@1.2.3', 'free: @sketchlog/react has 1 other version(s), not 1.2.3']);
    expectNoToken(outcome);
  });

  test('the next version is free on every package', async () => {
    const outcome = await run(unpublished, publisherToken);
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('1.2.4 is on no registry: npm (3 packages), GitHub release; not asked (turned off): PyPI, container image, Helm chart');
  });

  test('a package the org lists but the registry hides from this token cannot be called free', async () => {
    const outcome = await run(unpublished, readerToken, { publisher: 'reader', packages: ['@sketchlog/client', '@sketchlog/secret'] });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `cannot confirm that 1.2.4 is unpublished: npm (@sketchlog/secret@1.2.4): @sketchlog/secret exists but ${registry.url} would not show it to this token (404 for its packument, yet /-/org/sketchlog/package lists it): it is restricted and the reader cannot read it, so whether it holds this version cannot be told; use the publisher's npm-token, with read access to @sketchlog/secret`
    );
  });

  test('without a token, a 404 packument of a scoped package is not taken for "never published"', async () => {
    const outcome = await run(unpublished, '');
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `cannot confirm that 1.2.4 is unpublished: npm (@sketchlog/wasm@1.2.4): ${registry.url} shows no @sketchlog/wasm to an anonymous reader, and without npm-token the org listing that tells a restricted package from a new one cannot be asked; pass the publisher's token to the action as \`npm-token: \${{ secrets.NPM_TOKEN }}\``
    );
    // The packages the registry does show were still read, anonymously.
    expect(outcome.table?.rows).toContainEqual(['npm', '@sketchlog/client@1.2.4', 'free: @sketchlog/client has 1 other version(s), not 1.2.4']);
  });

  test.each([
    ['a 200 {}', {}, 'with JSON without a "name", not a packument of @sketchlog/wasm'],
    ['JSON without versions', { name: '@sketchlog/wasm', 'dist-tags': {} }, 'without a "versions" object, so which versions it holds cannot be told'],
    [
      'the packument of another package',
      { name: '@sketchlog/client', versions: {} },
      'with JSON naming "@sketchlog/client", not a packument of @sketchlog/wasm'
    ]
  ])('%s for a packument fails unpublished and npm-scope closed, naming the registry and package', async (_, body, problem) => {
    registry.answers['/@sketchlog%2fwasm'] = { status: 200, body };
    try {
      const fix = 'check that npm.registry is the registry base URL (e.g. https://registry.npmjs.org)';
      const outcome = await run(unpublished, publisherToken);
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toBe(
        `cannot confirm that 1.2.4 is unpublished: npm (@sketchlog/wasm@1.2.4): could not be asked: ${registry.url} answered the packument of @sketchlog/wasm ${problem}; ${fix}`
      );
      const scope = await run(npmScope, publisherToken);
      expect(scope.status).toBe('fail');
      expect(scope.summary).toBe(`publish rights could not be checked: ${registry.url} answered the packument of @sketchlog/wasm ${problem}; ${fix}`);
    } finally {
      delete registry.answers['/@sketchlog%2fwasm'];
    }
  });

  test('a tombstone (every version unpublished, no versions object) still burns its versions', async () => {
    registry.answers['/@sketchlog%2fwasm'] = {
      status: 200,
      body: {
        _id: '@sketchlog/wasm',
        name: '@sketchlog/wasm',
        time: { modified: '2026-11-20T10:00:00.000Z', unpublished: { time: '2026-11-20T10:00:00.000Z', versions: ['1.2.4'] } }
      }
    };
    try {
      const outcome = await run(unpublished, publisherToken);
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain('version 1.2.4 is burned: npm (@sketchlog/wasm@1.2.4) already holds it');
    } finally {
      delete registry.answers['/@sketchlog%2fwasm'];
    }
  });

  test('a registry redirect to another origin fails the check: the token does not go there, so its answer does not count', async () => {
    registry.redirects['/@sketchlog%2fwasm'] = `${elsewhereUrl}/@sketchlog%2fwasm`;
    elsewhereSaw.length = 0;
    try {
      const outcome = await run(unpublished, publisherToken);
      // The other origin would answer 404 ("never published"): believing it would pass a burned version.
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toMatch(/redirected to http:\/\/localhost:\d+\/@sketchlog%2fwasm, another host; the credential is not sent there/);
      expect(elsewhereSaw).toEqual([]);
    } finally {
      delete registry.redirects['/@sketchlog%2fwasm'];
    }
  });
});
