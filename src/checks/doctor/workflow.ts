/**
 * `workflow` — `supply-chain.workflow` exists on `main.branch` and runs on pushes of the release tags: its
 * `on.push.tags` (GitHub's filter patterns) lets every release tag through, or `on.push` has no ref
 * filter at all. Read from main through the contents API, so no checkout is needed.
 */
import { defineCheck, type CheckOutcome } from '../../gate.js';
import { actionsFilterIncludes } from '../../util/ref-pattern.js';
import { clip } from '../../util/text.js';
import { parseYamlBounded } from '../../util/yaml.js';
import { confirmAbsent, outcomeOf, readable, releaseTags, type TagFamily } from './common.js';

/** What a workflow's `on:` says about tag pushes. */
export type PushTrigger =
  { kind: 'none' } | { kind: 'all' } | { kind: 'branches-only' } | { kind: 'tags'; patterns: string[] } | { kind: 'tags-ignore'; patterns: string[] };

const strings = (value: unknown): string[] | null =>
  typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;

/**
 * The push trigger of an `on:` value: a string or a list of event names (every push, branches and tags),
 * or a map whose `push` may filter refs. As GitHub documents, a push filter that names only branches
 * (`branches`, `branches-ignore`) runs for no tag at all, and one with neither lets every ref through.
 */
export function pushTrigger(on: unknown): PushTrigger {
  const events = strings(on);
  if (events) return events.includes('push') ? { kind: 'all' } : { kind: 'none' };
  if (!on || typeof on !== 'object' || !Object.hasOwn(on, 'push')) return { kind: 'none' };
  const push = (on as Record<string, unknown>).push;
  if (push === null || typeof push !== 'object') return { kind: 'all' };
  const filters = push as Record<string, unknown>;
  // A filter that is not a list of patterns (GitHub refuses the file) lets no tag through.
  if ('tags' in filters) return { kind: 'tags', patterns: strings(filters.tags) ?? [] };
  if ('tags-ignore' in filters) {
    const ignored = strings(filters['tags-ignore']);
    return ignored ? { kind: 'tags-ignore', patterns: ignored } : { kind: 'tags', patterns: [] };
  }
  return 'branches' in filters || 'branches-ignore' in filters ? { kind: 'branches-only' } : { kind: 'all' };
}

/** The findings for a workflow file's text (null: not on the branch). */
export function judgeWorkflow(file: string, branch: string, text: string | null, tags: TagFamily): string[] {
  const where = `${clip(file)} on ${clip(branch)}`;
  const add = `on: push: tags: ['${tags.pattern}']`;
  if (text === null) return [`${where} does not exist: commit the release workflow to ${clip(branch)} (supply-chain.workflow names it), with ${add}`];
  const parsed = parseYamlBounded(text, { maxItems: 20_000, maxAliasCount: 100 });
  if (!parsed.ok) return [`${where} ${parsed.problem}`];
  const doc = parsed.data as Record<string, unknown> | null;
  // A YAML 1.1 reader makes the key `on` the boolean true; `yaml` reads 1.2, unless the file says %YAML 1.1.
  const on = doc && typeof doc === 'object' ? (doc.on ?? doc.true) : undefined;
  const trigger = pushTrigger(on);
  if (trigger.kind === 'all') return [];
  if (trigger.kind === 'none') return [`${where} does not run on push: add ${add}`];
  if (trigger.kind === 'branches-only') return [`${where} runs on pushes of branches only, not of ${tags.label}: add tags: ['${tags.pattern}'] under on.push`];
  if (trigger.kind === 'tags-ignore') {
    const ignored = tags.samples.find((tag) => actionsFilterIncludes(trigger.patterns, tag));
    return ignored === undefined ? [] : [`on.push.tags-ignore of ${where} ignores ${ignored}: remove the pattern that matches it`];
  }
  const missed = tags.samples.find((tag) => !actionsFilterIncludes(trigger.patterns, tag));
  return missed === undefined ? [] : [`on.push.tags of ${where} does not match ${missed}: add '${tags.pattern}' to on.push.tags`];
}

export const workflow = defineCheck({
  id: 'workflow',
  sections: ['supply-chain', 'main'],
  async run(ctx, sections): Promise<CheckOutcome> {
    const file = sections['supply-chain'].workflow;
    const branch = sections.main.branch;
    const tags = releaseTags(ctx);
    const text = await readable(() => ctx.clients.github.getFileText(file, branch));
    // GitHub answers 404 both for an absent file and for a repository the token cannot see.
    if (text === null) await readable(() => confirmAbsent(ctx, `${clip(file)} on ${clip(branch)}`));
    return outcomeOf(judgeWorkflow(file, branch, text, tags), `${clip(file)} on ${clip(branch)} runs on pushes of ${tags.label} (${tags.pattern})`);
  }
});
