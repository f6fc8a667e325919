/** `immutable-releases`: on passes; off (a 200 saying so, or GitHub's 404) fails naming the setting; a 403 is "could not be read". */
import { describe, expect, it } from '@jest/globals';
import { SettingUnreadable, type ImmutableReleases } from '../../../src/clients/github/index.js';
import { immutableReleases } from '../../../src/checks/doctor/immutable-releases.js';
import { doctorContext, runAlone } from './doctor-context.js';

const SETTING = "Settings → General → Releases: tick 'Enable release immutability'";

const run = (answer: ImmutableReleases | Error) =>
  runAlone(
    immutableReleases,
    doctorContext({
      getImmutableReleases: () => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)),
      listRulesets: () => Promise.resolve([])
    })
  );

describe('immutable-releases', () => {
  it.each<[string, ImmutableReleases, string, string, string[]]>([
    [
      'enabled',
      { enabled: true, enforcedByOwner: false, notFound: false },
      'pass',
      "immutable releases are enabled: no published release's assets can be replaced",
      []
    ],
    [
      'enforced by the owner',
      { enabled: true, enforcedByOwner: true, notFound: false },
      'pass',
      "immutable releases are enabled (enforced by the owner for its repositories): no published release's assets can be replaced",
      []
    ],
    [
      'disabled (a 200 saying so)',
      { enabled: false, enforcedByOwner: false, notFound: false },
      'fail',
      `immutable releases are off, so a published release's assets can be replaced: ${SETTING}`,
      []
    ],
    [
      'disabled (GitHub’s 404)',
      { enabled: false, enforcedByOwner: false, notFound: true },
      'fail',
      `immutable releases are off, so a published release's assets can be replaced: ${SETTING}`,
      [
        'GitHub answered 404, its answer when immutable releases are off; it gives the same answer to a token that cannot read the setting, so if they are on, the token needs administration: read'
      ]
    ]
  ])('%s', async (_case, answer, status, summary, details) => {
    const result = await run(answer);
    expect([result.status, result.summary, result.details]).toEqual([status, summary, details]);
  });

  it('believes GitHub’s 404 only once the repository answered: a token that cannot see it could not read the setting', async () => {
    const ctx = doctorContext({
      getImmutableReleases: () => Promise.resolve({ enabled: false, enforcedByOwner: false, notFound: true }),
      listRulesets: () =>
        Promise.reject(new SettingUnreadable('the rulesets of sketchlog/sketchlog could not be read: GitHub answered 404', 404, 'metadata: read'))
    });
    const result = await runAlone(immutableReleases, ctx);
    expect([result.status, result.summary]).toEqual([
      'fail',
      'the immutable releases setting could not be read: GitHub answered 404, as it does when the token cannot see sketchlog/sketchlog (its rulesets answered 404 too); the token needs metadata: read on sketchlog/sketchlog (check the repository name too)'
    ]);
  });

  it('a token without administration: read could not read it: a failure, never a pass', async () => {
    const message = 'the immutable releases setting of sketchlog/sketchlog could not be read: the token needs administration: read';
    const result = await run(new SettingUnreadable(message, 403, 'administration: read'));
    expect([result.status, result.summary]).toEqual(['fail', message]);
  });
});
