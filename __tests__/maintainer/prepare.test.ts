import { describe, expect, it } from '@jest/globals';
import { configSchema } from '../../src/config.js';
import { releaseTags, tagCommands } from '../../src/maintainer/prepare.js';

const SHA = 'c'.repeat(40);

describe('prepare', () => {
  it('names the tags from the config’s templates and prints the commands Go tag first', () => {
    const config = configSchema.parse({ tags: { release: 'release-{version}' }, go: { dir: 'go', tag: 'go/v{version}' } });
    const tags = releaseTags(config, '2.0.0-rc.1', 'acme', 'widget');
    expect(tags).toEqual({ goTag: 'go/v2.0.0-rc.1', releaseTag: 'release-2.0.0-rc.1', message: 'widget release-2.0.0-rc.1' });
    expect(tagCommands(tags, SHA)).toEqual([
      `git tag --end-of-options go/v2.0.0-rc.1 ${SHA}`,
      `git tag -a -m 'widget release-2.0.0-rc.1' --end-of-options release-2.0.0-rc.1 ${SHA}`,
      'git push --end-of-options origin refs/tags/go/v2.0.0-rc.1',
      'git push --end-of-options origin refs/tags/release-2.0.0-rc.1'
    ]);
  });

  it('without a Go module there is one tag to make and push', () => {
    const config = configSchema.parse({ tags: { release: 'v{version}' } });
    expect(tagCommands(releaseTags(config, '1.0.0', 'o', 'r'), SHA)).toEqual([
      `git tag -a -m 'r v1.0.0' --end-of-options v1.0.0 ${SHA}`,
      'git push --end-of-options origin refs/tags/v1.0.0'
    ]);
  });
});
