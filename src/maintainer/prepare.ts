import { ORIGIN } from '../clients/git.js';
import { fillTemplate, type Config } from '../config.js';

/** The two tags of a release, in the order they must be pushed: the Go tag first, so the module exists when the release runs. */
export interface ReleaseTags {
  /** Lightweight; null when the config has no `go` section. */
  goTag: string | null;
  /** Annotated, with `message`. */
  releaseTag: string;
  message: string;
}

export function releaseTags(config: Config, version: string, owner: string, repo: string): ReleaseTags {
  const values = { version, owner, repo };
  const releaseTag = fillTemplate(config.tags.release, values);
  return {
    goTag: config.go ? fillTemplate(config.go.tag, values) : null,
    releaseTag,
    message: `${repo} ${releaseTag}`
  };
}

/**
 * The commands `tag --push` runs, for a maintainer who would rather type them. `--end-of-options` comes before the
 * names, so a pasted command cannot take a name for an option.
 */
export function tagCommands(tags: ReleaseTags, sha: string): string[] {
  const quote = (s: string) => (/^[\w./@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return [
    ...(tags.goTag ? [`git tag --end-of-options ${quote(tags.goTag)} ${sha}`] : []),
    `git tag -a -m ${quote(tags.message)} --end-of-options ${quote(tags.releaseTag)} ${sha}`,
    ...(tags.goTag ? [`git push --end-of-options ${ORIGIN} ${quote(`refs/tags/${tags.goTag}`)}`] : []),
    `git push --end-of-options ${ORIGIN} ${quote(`refs/tags/${tags.releaseTag}`)}`
  ];
}
