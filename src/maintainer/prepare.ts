import { changelog } from '../checks/preflight/changelog.js';
import { coupledVersions } from '../checks/preflight/coupled-versions.js';
import { mainCi } from '../checks/preflight/main-ci.js';
import { headIsMainTip, REMOTE } from '../checks/prepare/on-main.js';
import { tagsFree } from '../checks/prepare/tags-free.js';
import { workingTree } from '../checks/prepare/working-tree.js';
import { unpublished } from '../checks/publication-preflight/unpublished.js';
import { fillTemplate, type Config } from '../config.js';
import type { GateDefinition } from '../gate.js';

/**
 * `release-gates prepare`: the seed's "Prepare and validate" section as checks,
 * run on the maintainer's clone before any tag exists. It reuses the gates'
 * checks where the question is the same (versions, changelog, CI, registries)
 * and adds the ones only a clone can answer (committed, main's tip, tags free).
 */
export const PREPARE: GateDefinition = {
  id: 'prepare',
  title: 'the release commit is ready to tag',
  checks: [coupledVersions, changelog, workingTree, headIsMainTip, mainCi, tagsFree, unpublished]
};

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

/** The commands `tag --push` runs, for a maintainer who would rather type them. */
export function tagCommands(tags: ReleaseTags, sha: string): string[] {
  const quote = (s: string) => (/^[\w./@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return [
    ...(tags.goTag ? [`git tag ${quote(tags.goTag)} ${sha}`] : []),
    `git tag -a ${quote(tags.releaseTag)} -m ${quote(tags.message)} ${sha}`,
    ...(tags.goTag ? [`git push ${REMOTE} ${quote(`refs/tags/${tags.goTag}`)}`] : []),
    `git push ${REMOTE} ${quote(`refs/tags/${tags.releaseTag}`)}`
  ];
}
