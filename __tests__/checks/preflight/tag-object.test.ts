import { describe, expect, it } from '@jest/globals';
import type { GitRef, TagObject } from '../../../src/clients/github/index.js';
import { MAX_TAG_CHAIN, tagObject } from '../../../src/checks/preflight/tag-object.js';
import { BASE_CONFIG, OTHER_SHA, SHA, fakeGitHub, makeContext } from '../../helpers/preflight-context.js';
import { runDeclaredCheck } from '../../../src/engine.js';

const TAG1 = '1'.repeat(40);
const TAG2 = '2'.repeat(40);

/** A GitHub whose tag ref and tag objects come from a little object graph. */
function github(ref: GitRef | null, objects: Record<string, TagObject> = {}) {
  return fakeGitHub({
    getTagRef: () => Promise.resolve(ref),
    getTagObject: (sha) => {
      const object = objects[sha];
      return object ? Promise.resolve(object) : Promise.reject(new Error(`GitHub answered 404 for git/tags/${sha}`));
    }
  });
}
const ref = (type: string, sha: string): GitRef => ({ ref: 'refs/tags/v1.2.3', object: { type, sha } });
const tagObj = (sha: string, type: string, target: string, name = 'v1.2.3'): TagObject => ({ sha, tag: name, object: { type, sha: target } });

describe('tag-object', () => {
  it('passes an annotated tag on the commit, with two requests: ref, then tag object', async () => {
    const gh = github(ref('tag', TAG1), { [TAG1]: tagObj(TAG1, 'commit', SHA) });
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: gh }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(`annotated tag v1.2.3 peels to ${SHA}`);
    expect(gh.calls).toEqual(['getTagRef "v1.2.3"', `getTagObject "${TAG1}"`]);
  });

  it('follows a tag that points at a tag', async () => {
    const gh = github(ref('tag', TAG1), { [TAG1]: tagObj(TAG1, 'tag', TAG2), [TAG2]: tagObj(TAG2, 'commit', SHA, 'inner') });
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: gh }));
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toEqual([
      `refs/tags/v1.2.3 → tag ${TAG1}`,
      `tag object ${TAG1} ("v1.2.3") → tag ${TAG2}`,
      `tag object ${TAG2} ("inner") → commit ${SHA}`
    ]);
  });

  it(`stops after ${MAX_TAG_CHAIN} tag objects instead of following a loop`, async () => {
    // A tag object that points at itself: only a bounded walk ends.
    const gh = github(ref('tag', TAG1), { [TAG1]: tagObj(TAG1, 'tag', TAG1) });
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: gh }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`a chain of more than ${MAX_TAG_CHAIN} tag objects`);
    expect(gh.calls).toHaveLength(1 + MAX_TAG_CHAIN);
  });

  it('fails a lightweight release tag, with the commit it found', async () => {
    const gh = github(ref('commit', SHA));
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: gh }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `tag v1.2.3 is lightweight (release tags must be annotated: git tag -a); tag the commit with an annotated tag: git tag -a v1.2.3 ${SHA}`
    );
    expect(outcome.details).toEqual([`refs/tags/v1.2.3 → commit ${SHA}`, 'tags.annotated is true in the config']);
    expect(gh.calls).toEqual(['getTagRef "v1.2.3"']);
  });

  it('passes a lightweight tag when tags.annotated is false', async () => {
    const config = { ...BASE_CONFIG, tags: { ...BASE_CONFIG.tags, annotated: false } };
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: github(ref('commit', SHA)), config }));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(`lightweight tag v1.2.3 peels to ${SHA}`);
  });

  it('fails a moved annotated tag, naming both commits', async () => {
    const gh = github(ref('tag', TAG1), { [TAG1]: tagObj(TAG1, 'commit', OTHER_SHA) });
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: gh }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      `tag v1.2.3 points at commit ${OTHER_SHA}, not at ${SHA} being released (moved tag); tags are immutable: do not move a release tag, release a new patch version`
    );
  });

  it('reports both problems of a lightweight tag on another commit', async () => {
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: github(ref('commit', OTHER_SHA)) }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`is lightweight (release tags must be annotated: git tag -a) and points at commit ${OTHER_SHA}, not at ${SHA}`);
  });

  it('fails a tag that does not exist', async () => {
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: github(null) }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('tag v1.2.3 does not exist on GitHub');
  });

  it('fails a tag that peels to a tree, not a commit', async () => {
    const gh = github(ref('tag', TAG1), { [TAG1]: tagObj(TAG1, 'tree', OTHER_SHA) });
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: gh }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain(`points at a tree ${OTHER_SHA}, not a commit`);
  });

  it('notes a tag object whose own name differs from the ref', async () => {
    const gh = github(ref('tag', TAG1), { [TAG1]: tagObj(TAG1, 'commit', SHA, 'v1.2.2') });
    const outcome = await runDeclaredCheck(tagObject, makeContext({ github: gh }));
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toContain('note: the tag object names itself "v1.2.2", not v1.2.3');
  });

  it('lets an API error through, so the engine fails the check with the cause', async () => {
    const gh = fakeGitHub({ getTagRef: () => Promise.reject(new Error('GitHub answered 502 for git/ref/tags/v1.2.3 after retries')) });
    await expect(runDeclaredCheck(tagObject, makeContext({ github: gh }))).rejects.toThrow('502');
  });

  it('skips a rehearsal tag with the reason, asking GitHub nothing', async () => {
    const gh = fakeGitHub({});
    const outcome = await runDeclaredCheck(tagObject, makeContext({ tag: 'test-v1.2.3', github: gh }));
    expect(outcome).toEqual({ status: 'skip', summary: 'rehearsal tag: the tag object check applies to release tags only' });
    expect(gh.calls).toEqual([]);
  });
});
